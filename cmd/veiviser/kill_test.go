package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestDecideKilled kills veiviser decide (the test binary, on PATH through
// testscript.Main) with os.Process.Kill, SIGKILL on Unix, at moments spread
// over the time an uninterrupted run takes, and checks that the project
// file then holds the old project or the new one, byte for byte, never
// anything else. crash.txtar ends the process at each named stage of the
// write; this kills it wherever it happens to be.
func TestDecideKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("kills processes: not in -short")
	}
	f, err := newFixtures(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	old := f["ready.json"]
	dir := t.TempDir()
	project := filepath.Join(dir, "ready.json")
	decide := func() *exec.Cmd {
		if err := os.WriteFile(project, old, 0o644); err != nil {
			t.Fatal(err)
		}
		cmd := exec.Command("veiviser", "decide", "ready.json", "--point", "BP1", "--outcome", "approved",
			"--date", "15.03.2024", "--by", "Direktør", "--body", "Ledergruppen")
		cmd.Dir = dir
		return cmd
	}
	start := time.Now()
	if out, err := decide().CombinedOutput(); err != nil {
		t.Fatalf("veiviser decide: %v\n%s", err, out)
	}
	whole := time.Since(start)
	updated, err := os.ReadFile(project)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Equal(updated, old) {
		t.Fatal("the decision changed nothing: the test proves nothing")
	}
	const runs = 8
	var kept, replaced int
	for i := range runs {
		cmd := decide()
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(whole * time.Duration(i) / runs)
		cmd.Process.Kill() // it may have ended already
		cmd.Wait()
		got, err := os.ReadFile(project)
		if err != nil {
			t.Fatalf("run %d: %v", i, err)
		}
		switch {
		case bytes.Equal(got, old):
			kept++
		case bytes.Equal(got, updated):
			replaced++
		default:
			t.Fatalf("run %d, killed after %v: the project file is neither the old project nor the new one (%d bytes)", i, whole*time.Duration(i)/runs, len(got))
		}
	}
	t.Logf("an uninterrupted run took %v; of %d killed runs, %d left the old project, %d the new one", whole, runs, kept, replaced)
}
