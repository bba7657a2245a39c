package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
)

// errChanged reports a file that changed between reading and replacing it.
var errChanged = errors.New("the file changed while veiviser worked on it; nothing was written, run the command again")

// tempFile is what replacer writes into: an *os.File, or in tests a file
// that fails.
type tempFile interface {
	io.Writer
	Name() string
	Chmod(os.FileMode) error
	Sync() error
	Close() error
}

// replacer replaces files atomically. Its zero value works on the file
// system; tests give it a createTemp whose files fail and a crash that
// ends the process at a stage.
type replacer struct {
	// createTemp creates a temporary file in dir; nil means os.CreateTemp.
	createTemp func(dir, pattern string) (tempFile, error)
	// crash, when set, is called at each stage: "partial" (half the data
	// written), "written" (all written, not yet synced), "synced" (synced
	// and closed, not yet renamed) and "renamed" (renamed, the directory
	// not yet synced).
	crash func(stage string)
}

// replace puts data in the file name in place of old, what name held when
// it was read, so that whoever reads name, and whatever is left after a
// crash or a power cut, is the old content or the new in full, never part
// of either: data goes to a temporary file in the same directory (so that
// the rename stays on one file system), which gets name's permissions and
// is synced to disk before it is renamed over name; then the directory is
// synced, so that the rename itself is on disk. If name no longer holds old
// when the new content is ready, nothing is replaced (errChanged). On any
// error the temporary file is removed and name is untouched.
//
// A symbolic link is followed: the file it points to is replaced.
func (r replacer) replace(name string, old, data []byte) (err error) {
	if real, err := filepath.EvalSymlinks(name); err == nil {
		name = real
	}
	fi, err := os.Stat(name)
	if err != nil {
		return err
	}
	dir, base := filepath.Split(name)
	if dir == "" {
		dir = "."
	}
	create := r.createTemp
	if create == nil {
		create = func(dir, pattern string) (tempFile, error) { return os.CreateTemp(dir, pattern) }
	}
	f, err := create(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	tmp := f.Name()
	renamed := false
	defer func() {
		if err != nil && !renamed {
			f.Close()
			os.Remove(tmp)
			err = fmt.Errorf("%s: nothing was written: %w", name, err)
		}
	}()
	half := len(data) / 2
	if _, err := f.Write(data[:half]); err != nil {
		return err
	}
	r.stage("partial")
	if _, err := f.Write(data[half:]); err != nil {
		return err
	}
	r.stage("written")
	if err := f.Chmod(fi.Mode().Perm()); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	r.stage("synced")
	now, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if !bytes.Equal(now, old) {
		return errChanged
	}
	if err := os.Rename(tmp, name); err != nil {
		return err
	}
	renamed = true
	r.stage("renamed")
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("%s is replaced, but perhaps not yet on disk: %w", name, err)
	}
	return nil
}

// stage calls r.crash, if set, at stage s.
func (r replacer) stage(s string) {
	if r.crash != nil {
		r.crash(s)
	}
}

// syncDir syncs the directory dir, so that a rename in it is on disk.
// Windows cannot sync a directory, and its renames need no such step.
func syncDir(dir string) error {
	if runtime.GOOS == "windows" {
		return nil
	}
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := d.Sync(); err != nil && !errors.Is(err, os.ErrInvalid) {
		return fmt.Errorf("syncing %s: %w", dir, err)
	}
	return nil
}
