package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/output.golden")

func TestRun(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"BP1 01.09.2016: godkjent – Konseptfase",
		"BP2 15.12.2016: avvist – 4 krav er ikke oppfylt:",
		"Sjekkliste for involvering av kommunesektoren, punkt 1: ikke besvart (checklists.ks.items[0])",
		"Sjekkliste for involvering av kommunesektoren, punkt 4: ikke besvart (checklists.ks.items[3])",
		"BP2 20.01.2017: godkjent – Planleggingsfase",
		"Advarsel: Sjekkliste for involvering av kommunesektoren, punkt 8: ikke besvart (checklists.ks.items[7])",
		"Status: Planleggingsfase.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(out, "punkt 5: ikke besvart") {
		t.Error("checkpoint 5 (planning) must not be reported at BP2")
	}

	golden := filepath.Join("testdata", "output.golden")
	if *update {
		if err := os.WriteFile(golden, []byte(out), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), out); diff != "" {
		t.Errorf("output changed (-want +got); run go test -update if intended:\n%s", diff)
	}
}
