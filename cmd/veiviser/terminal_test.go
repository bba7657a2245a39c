package main

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// TestIsTerminal: what isTerminal takes for a terminal, and what not: a
// buffer, a regular file, the null device (2>/dev/null), and a
// pseudo-terminal's master side where the system has one (/dev/ptmx).
func TestIsTerminal(t *testing.T) {
	regular, err := os.Create(filepath.Join(t.TempDir(), "stderr.txt"))
	if err != nil {
		t.Fatal(err)
	}
	defer regular.Close()
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	type test struct {
		name string
		w    io.Writer
		want bool
	}
	tests := []test{
		{"buffer", &bytes.Buffer{}, false},
		{"nil file", (*os.File)(nil), false},
		{"regular file", regular, false},
		{"null device", null, false},
	}
	if runtime.GOOS == "linux" {
		if pty, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0); err == nil {
			defer pty.Close()
			tests = append(tests, test{"pseudo-terminal", pty, true})
		} else {
			t.Logf("no pseudo-terminal to test with: %v", err)
		}
	}
	for _, tt := range tests {
		if got := isTerminal(tt.w); got != tt.want {
			t.Errorf("isTerminal(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}
