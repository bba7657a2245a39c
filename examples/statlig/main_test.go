package main

import (
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/phase"
)

func TestRun(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"BP1 01.09.2016: godkjent – Konseptfase",
		"BP2 15.12.2016: avvist – 1 krav er ikke oppfylt:",
		"Sjekkliste for involvering av kommunesektoren, punkt 1: ikke besvart (checklists.ks.items[0])",
		"Sjekkliste for involvering av kommunesektoren, punkt 4: ikke besvart (checklists.ks.items[3])",
		"BP2 20.01.2017: godkjent – Planleggingsfase",
		"Advarsel: Sjekkliste for involvering av kommunesektoren, punkt 8: ikke besvart (checklists.ks.items[7])",
		"Status: Planleggingsfase.",
		"7 av 7 prosjekter tatt med.",
		"NAV;DigiSOS;",
		";;;Planleggingsfase;ja;ja;ja;nei;10000001;;;Vedlegg 1: oppstart «Høst 2016», planlagt ferdig «Ikke avklart», fase «Konsept- og testfase».",
		"eHelse;Nasjonalt velferdsteknologiprogram;",
		";01.08.2013;01.12.2020;Gjennomføringsfase;ja;ja;;;10000001;",
		"så hvert prosjekt er satt til 10 000 001 kr.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if strings.Contains(out, "punkt 5: ikke besvart") {
		t.Error("checkpoint 5 (planning) must not be reported at BP2")
	}

	golden.Check(t, filepath.Join("testdata", "output.golden"), []byte(out))
}

// TestOverviewCSV reads the printed overview back with encoding/csv: a
// heading and one record per appendix project, each with its verbatim
// table text in the note and the investment marked as assumed.
func TestOverviewCSV(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	start := strings.Index(out, "Virksomhet;")
	end := strings.Index(out, "\nAntakelser:")
	if start < 0 || end < start {
		t.Fatalf("no CSV in the output:\n%s", out)
	}
	cr := csv.NewReader(strings.NewReader(out[start:end]))
	cr.Comma = ';'
	recs, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 1+len(appendix) {
		t.Fatalf("%d records, want %d", len(recs), 1+len(appendix))
	}
	for i, rec := range recs[1:] {
		row := appendix[i]
		got := []string{rec[0], rec[1], rec[2], rec[6], rec[10]}
		want := []string{row.agency, row.name, row.description, "ja", "10000001"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", row.name, diff)
		}
		note := rec[13]
		for _, s := range []string{"«" + row.start + "»", "«" + row.end + "»", "«" + row.phase + "»", "Investering antatt."} {
			if !strings.Contains(note, s) {
				t.Errorf("%s: note %q lacks %q", row.name, note, s)
			}
		}
	}
}

func TestTableDate(t *testing.T) {
	for _, tc := range []struct {
		text       string
		start, end string
	}{
		{"28.2.2018", "28.02.2018", "28.02.2018"},
		{"01.12.2020", "01.12.2020", "01.12.2020"},
		{"Januar 2015", "01.01.2015", "31.01.2015"},
		{"Juni 2017", "01.06.2017", "30.06.2017"},
		{"Februar 2016", "01.02.2016", "29.02.2016"},
		{"Aug.13", "01.08.2013", "31.08.2013"},
		{"2016", "01.01.2016", "31.12.2016"},
		{"Høst 2016", "", ""},
		{"Ikke avklart", "", ""},
		{"TD", "", ""},
		{"Løpende", "", ""},
		{"", "", ""},
	} {
		if got := tableDate(tc.text, false).Norwegian(); got != tc.start {
			t.Errorf("tableDate(%q, start) = %q, want %q", tc.text, got, tc.start)
		}
		if got := tableDate(tc.text, true).Norwegian(); got != tc.end {
			t.Errorf("tableDate(%q, end) = %q, want %q", tc.text, got, tc.end)
		}
	}
}

// TestAppendixPhases checks that every phase text of the table reads as one
// phase.
func TestAppendixPhases(t *testing.T) {
	for _, row := range appendix {
		if _, err := phase.Parse(row.phase); err != nil {
			t.Errorf("%s: %v", row.name, err)
		}
	}
}
