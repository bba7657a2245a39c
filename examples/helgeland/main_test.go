package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite testdata/report.golden")

// TestReport compares the whole report with testdata/report.golden
// (go test ./examples/helgeland -update rewrites it) and checks the lines a
// project manager would look for.
func TestReport(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	path := filepath.Join("testdata", "report.golden")
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if diff := cmp.Diff(string(want), got); diff != "" {
		t.Errorf("report (-want +got):\n%s", diff)
	}
	for _, line := range []string{
		"Advarsel  header.decision.processedDate: «Behandlet dato»: mal-plassholderen <dato> står igjen",
		"Advarsel  header.decision.processedBy: «Behandlet av»: mal-plassholderen <navn> står igjen",
		"  - Nullkonsept alternativ (nullalternativet)",
		"  - Mandatet for konseptfasen må være godkjent og signert ved BP1",
		"Fase nå: Konseptfase (aktiv).",
		"Gjeldende mandat: versjon 3, godkjent.",
		"25.02.2020  BP1  Sendt tilbake for omarbeiding (1. behandling)",
		"28.05.2020  BP1  Godkjent (2. behandling)",
		"Neste beslutningspunkt: BP2 – Beslutte oppstart av planleggingsfasen",
		"Beslutningsloggen: 2 oppføringer, kjeden er kontrollert og hel",
		"Valideringsrapport: Digitale Helgeland",
	} {
		if !strings.Contains(got, line) {
			t.Errorf("report lacks %q", line)
		}
	}
}
