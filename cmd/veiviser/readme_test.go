package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// pythonBlock matches a fenced Python block in Markdown.
var pythonBlock = regexp.MustCompile("(?ms)^```python\n(.*?)^```$")

// TestREADMEPython runs the Python script the README shows, as it stands,
// from the repository's root, calling this command ("veiviser" on PATH is
// the test binary, put there by testscript.Main), and compares its output
// with testdata/readme-python.golden (go test -update rewrites it). So the
// README cannot promise what the command does not do. It is skipped,
// saying so, where python3 is not installed.
func TestREADMEPython(t *testing.T) {
	root := filepath.Join("..", "..")
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	blocks := pythonBlock.FindAllSubmatch(readme, -1)
	if len(blocks) != 1 {
		t.Fatalf("README.md has %d Python blocks, want 1: the script this test runs", len(blocks))
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not installed: the README's Python script is not run")
	}
	script := filepath.Join(t.TempDir(), "readme.py")
	if err := os.WriteFile(script, blocks[0][1], 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(python, script)
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	got, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3 README.md's script: %v\n%s", err, stderr.Bytes())
	}
	if stderr.Len() > 0 {
		t.Errorf("the script wrote to standard error:\n%s", stderr.Bytes())
	}
	golden := filepath.Join("testdata", "readme-python.golden")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test -run TestREADMEPython -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("the README's Python script prints otherwise than %s (-want +got):\n%s", golden, diff)
	}
}
