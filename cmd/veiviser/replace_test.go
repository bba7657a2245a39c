package main

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var errInjected = errors.New("injected failure")

// failingFile is a temporary file that fails at one operation: the write
// that reaches byte failAt, or Chmod, Sync or Close.
type failingFile struct {
	*os.File
	failAt  int    // fail the write that would pass this many bytes; -1 never
	failOp  string // "chmod", "sync", "close" or ""
	written int
}

func (f *failingFile) Write(b []byte) (int, error) {
	if f.failAt >= 0 && f.written+len(b) > f.failAt {
		n := f.failAt - f.written
		f.File.Write(b[:n]) // a short write, as a full disk gives
		f.written += n
		return n, errInjected
	}
	n, err := f.File.Write(b)
	f.written += n
	return n, err
}

func (f *failingFile) Chmod(m os.FileMode) error {
	if f.failOp == "chmod" {
		return errInjected
	}
	return f.File.Chmod(m)
}

func (f *failingFile) Sync() error {
	if f.failOp == "sync" {
		return errInjected
	}
	return f.File.Sync()
}

func (f *failingFile) Close() error {
	err := f.File.Close()
	if f.failOp == "close" {
		return errInjected
	}
	return err
}

// setup writes old into a file project.json in a new directory and returns
// its name.
func setup(t *testing.T, old []byte, perm os.FileMode) string {
	t.Helper()
	name := filepath.Join(t.TempDir(), "project.json")
	if err := os.WriteFile(name, old, perm); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(name, perm); err != nil { // past the umask
		t.Fatal(err)
	}
	return name
}

// leftovers returns the files in dir besides project.json.
func leftovers(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, e := range entries {
		if e.Name() != "project.json" {
			out = append(out, e.Name())
		}
	}
	return out
}

// TestReplaceFails makes the temporary file fail at every step before the
// rename: the original file stays byte for byte as it was, the error says
// nothing was written, and no temporary file is left.
func TestReplaceFails(t *testing.T) {
	old := []byte(`{"schemaVersion": 2, "id": "old"}` + "\n")
	data := []byte(`{"schemaVersion": 2, "id": "new", "name": "a longer project"}` + "\n")
	tests := []struct {
		name   string
		failAt int
		failOp string
	}{
		{"first write", 3, ""},
		{"second write", len(data) - 5, ""},
		{"chmod", -1, "chmod"},
		{"sync", -1, "sync"},
		{"close", -1, "close"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := setup(t, old, 0o640)
			r := replacer{createTemp: func(dir, pattern string) (tempFile, error) {
				f, err := os.CreateTemp(dir, pattern)
				if err != nil {
					return nil, err
				}
				return &failingFile{File: f, failAt: tt.failAt, failOp: tt.failOp}, nil
			}}
			err := r.replace(name, old, data)
			if !errors.Is(err, errInjected) {
				t.Fatalf("replace: %v, want the injected failure", err)
			}
			got, rerr := os.ReadFile(name)
			if rerr != nil {
				t.Fatal(rerr)
			}
			if diff := cmp.Diff(string(old), string(got)); diff != "" {
				t.Errorf("the file changed (-want +got):\n%s", diff)
			}
			if l := leftovers(t, filepath.Dir(name)); len(l) > 0 {
				t.Errorf("left behind: %v", l)
			}
		})
	}
}

// TestReplace replaces a file: it holds the new data, keeps its
// permissions, and nothing else is left in the directory; the crash hook
// sees every stage in order.
func TestReplace(t *testing.T) {
	old, data := []byte("old\n"), []byte("new content\n")
	name := setup(t, old, 0o600)
	var stages []string
	r := replacer{crash: func(s string) { stages = append(stages, s) }}
	if err := r.replace(name, old, data); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != string(data) {
		t.Errorf("file holds %q, want %q", got, data)
	}
	if fi, err := os.Stat(name); err != nil {
		t.Fatal(err)
	} else if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o600 {
		t.Errorf("permissions %v, want 0600", fi.Mode().Perm())
	}
	if l := leftovers(t, filepath.Dir(name)); len(l) > 0 {
		t.Errorf("left behind: %v", l)
	}
	if diff := cmp.Diff([]string{"partial", "written", "synced", "renamed"}, stages); diff != "" {
		t.Errorf("stages (-want +got):\n%s", diff)
	}
}

// TestReplaceChanged refuses to overwrite a file that changed after it was
// read.
func TestReplaceChanged(t *testing.T) {
	name := setup(t, []byte("changed by someone else\n"), 0o644)
	err := replacer{}.replace(name, []byte("what was read\n"), []byte("new\n"))
	if !errors.Is(err, errChanged) {
		t.Fatalf("replace: %v, want errChanged", err)
	}
	got, _ := os.ReadFile(name)
	if string(got) != "changed by someone else\n" {
		t.Errorf("the file changed to %q", got)
	}
	if l := leftovers(t, filepath.Dir(name)); len(l) > 0 {
		t.Errorf("left behind: %v", l)
	}
}

// TestReplaceSymlink replaces the file a symbolic link points to and keeps
// the link.
func TestReplaceSymlink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges on Windows")
	}
	target := setup(t, []byte("old\n"), 0o644)
	link := filepath.Join(t.TempDir(), "link.json")
	if err := os.Symlink(target, link); err != nil {
		t.Fatal(err)
	}
	if err := (replacer{}).replace(link, []byte("old\n"), []byte("new\n")); err != nil {
		t.Fatal(err)
	}
	if fi, err := os.Lstat(link); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link is gone: %v, %v", fi, err)
	}
	if got, _ := os.ReadFile(target); string(got) != "new\n" {
		t.Errorf("target holds %q, want new", got)
	}
}
