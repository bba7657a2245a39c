package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
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

// goRun matches the README's "go run ./cmd/veiviser ARGS" command lines.
var goRun = regexp.MustCompile("go run \\./cmd/veiviser ([^`\n]+)")

// TestREADMECommands runs each "go run ./cmd/veiviser …" command line of
// the README, as the installed command from the repository's root: the
// first, the README's main job, must check the Helgeland mandate in Word
// and report what the README says it reports, exiting 1; each must run
// (exit 0 or 1: no usage error, no unreadable file).
func TestREADMECommands(t *testing.T) {
	root := filepath.Join("..", "..")
	readme, err := os.ReadFile(filepath.Join(root, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	found := goRun.FindAllSubmatch(readme, -1)
	if len(found) == 0 {
		t.Fatal("README.md has no go run ./cmd/veiviser command")
	}
	for i, m := range found {
		args := strings.Fields(string(m[1]))
		cmd := exec.Command("veiviser", args...)
		cmd.Dir = root
		var stdout, stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stdout, &stderr
		err := cmd.Run()
		code := cmd.ProcessState.ExitCode()
		if code != exitOK && code != exitFailed {
			t.Errorf("veiviser %s: exit code %d (%v)\n%s", m[1], code, err, stderr.Bytes())
			continue
		}
		if i > 0 {
			continue
		}
		if want := "check examples/helgeland/testdata/mandat-digitale-helgeland.docx"; string(m[1]) != want {
			t.Errorf("the README's first command is veiviser %s, want veiviser %s", m[1], want)
		}
		if code != exitFailed {
			t.Errorf("veiviser %s: exit code %d, want %d, as the README says", m[1], code, exitFailed)
		}
		// What the README says the check reports: the one blank section,
		// the decision box's placeholders, the authors' sub-headings as
		// notes, each with heading and paragraph or table and row.
		for _, want := range []string{
			": Mandat for konseptfasen (mandate), 1 feil, ",
			"5.3.3 Faseplan for planleggingsfasen», avsnitt ",
			"[mandate.section_blank]",
			"(tabell 2, rad ",
			"[mandate.placeholder]",
			"  Merknad: ",
		} {
			if !strings.Contains(stdout.String(), want) {
				t.Errorf("veiviser %s: no %q in\n%s", m[1], want, stdout.Bytes())
			}
		}
	}
}
