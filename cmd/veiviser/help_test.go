package main

import (
	"bytes"
	"strings"
	"testing"
)

// TestEveryCommandHelp: every command in the overview, including any added
// later, answers --help on standard output with exit code 0: its usage,
// its description, --lang among its flags, and at least one example that
// runs the command itself.
func TestEveryCommandHelp(t *testing.T) {
	for _, cmd := range commands() {
		t.Run(cmd.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			c := newCLI(nil, &stdout, &stderr)
			if code := c.main([]string{cmd.name, "--help"}); code != exitOK {
				t.Fatalf("exit code %d, want %d; stderr:\n%s", code, exitOK, stderr.String())
			}
			if stderr.Len() > 0 {
				t.Errorf("stderr: %s", stderr.String())
			}
			help := stdout.String()
			for _, want := range []string{
				"Usage: veiviser " + cmd.name,
				"\n  --lang nb|nn|en\n",
				"\nExamples:\n  veiviser " + cmd.name,
			} {
				if !strings.Contains(help, want) {
					t.Errorf("help has no %q:\n%s", want, help)
				}
			}
			if strings.TrimSpace(cmd.help) == "" || cmd.summary == "" {
				t.Error("no description or summary")
			}
		})
	}
}
