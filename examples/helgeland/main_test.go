package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/golden"
)

// TestReport compares the whole report with testdata/report.golden
// (go test ./examples/helgeland -update rewrites it) and checks the lines a
// project manager would look for.
func TestReport(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	golden.Check(t, filepath.Join("testdata", "report.golden"), buf.Bytes())
	for _, line := range []string{
		"Advarsel  header.decision.processedDate: «Behandlet dato»: mal-plassholderen <dato> står igjen",
		"Advarsel  header.decision.processedBy: «Behandlet av»: mal-plassholderen <navn> står igjen",
		"  - Nullkonsept alternativ (nullalternativet)",
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
