package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/phase"
)

// output runs the example and returns what it prints.
func output(t *testing.T) string {
	t.Helper()
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestRun(t *testing.T) {
	out := output(t)
	golden.Check(t, filepath.Join("testdata", "output.golden"), []byte(out))
}

// TestKSChecklistByDate checks that each decision meets the checklists of
// its date: the KS checklist, published 16.11.2017 (seed 004), is not
// applied before that day, and the output says so.
func TestKSChecklistByDate(t *testing.T) {
	out := output(t)
	for _, want := range []string{
		"Difis KS-sjekkliste ble publisert 16.11.2017",
		"beslutninger datert før 16.11.2017 kontrolleres ikke mot KS-sjekklisten",
		"BP1 01.09.2016: godkjent – Konseptfase (KS-sjekklisten fantes ikke ennå og er ikke kontrollert)",
		"BP2 15.12.2016: KS-sjekklisten fantes ikke og kontrolleres ikke (0 krav fra den). Porten sier: Sjekklisten for involvering av kommunesektoren ble publisert 16.11.2017; beslutningen 15.12.2016 kontrolleres ikke mot den",
		"BP2 15.01.2018: KS-sjekklisten kontrolleres;",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}

	// The gate itself, on the state the story leaves.
	set := checklist.NewSet()
	l := phase.New(nil)
	if err := answerAll(set.At(phase.BP1), map[string]string{"4": "prosjekt", "7": "nei"},
		checklist.Note{By: "test", On: phase.MustDate("15.08.2016")}); err != nil {
		t.Fatal(err)
	}
	if err := l.Decide(decision(phase.BP1, "01.09.2016"), gate(set)); err != nil {
		t.Fatal(err)
	}
	// How many KS checkpoints BP2 asks for, and how strictly, is the
	// library's timing; whether it asks at all is the date's. Checkpoint 1
	// (contact KS) is due by BP2 under any timing.
	for _, tc := range []struct {
		date string
		ks   bool // the KS checklist is checked
	}{
		{"15.12.2016", false},
		{"15.11.2017", false},
		{"16.11.2017", true},
		{"15.01.2018", true},
	} {
		fs := ksFindings(l.Check(decision(phase.BP2, tc.date), gate(set)))
		first := slices.ContainsFunc(fs, func(f phase.Finding) bool { return f.Path == checklist.PathPrefix+".ks.items[0]" })
		if tc.ks != first || (!tc.ks && len(fs.Errors()) > 0) {
			t.Errorf("BP2 %s: KS findings %v; want the KS checklist checked: %v", tc.date, fs, tc.ks)
		}
	}
}

// TestSeedPhase checks that DigiSOS stands in the phase the table gives,
// «Konsept- og testfase» read with phase.Parse, and that the output says
// how the compound was read.
func TestSeedPhase(t *testing.T) {
	out := output(t)
	concept := phase.Concept.Label(phase.Bokmal)
	for _, want := range []string{
		"fase i juni 2016 «Konsept- og testfase»",
		"teksten nevner både konsept og test; phase.Parse gir " + concept,
		"Antatt: «test» er her testing av konsepter",
		"Status: " + concept + " – den fasen tabellen oppgir.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	recs := overviewRecords(t, out)
	for _, rec := range recs[1:] {
		if rec[1] == "DigiSOS" && rec[5] != concept {
			t.Errorf("DigiSOS phase %q, want %q", rec[5], concept)
		}
	}
}

// TestPhaseOf checks the reading of the table's phase texts, the
// ambiguous ones from the rest of the appendix included.
func TestPhaseOf(t *testing.T) {
	for _, tc := range []struct {
		text string
		want phase.Phase
		all  []phase.Phase
	}{
		{"Konsept- og testfase", phase.Concept, []phase.Phase{phase.Concept}},
		{"Under planlegging", phase.Planning, []phase.Phase{phase.Planning}},
		{"Gjennomføring for del 1, konseptfase for del 2 og 3.", 0, []phase.Phase{phase.Execution, phase.Concept}},
		{"Implementeringsfase - kortsiktig løsning. Utredning og kravspesifiseringsfase - langsiktig løsning.", 0,
			[]phase.Phase{phase.Execution, phase.Concept, phase.Planning}},
	} {
		got, all, err := phaseOf(tc.text)
		if err != nil {
			t.Errorf("phaseOf(%q): %v", tc.text, err)
			continue
		}
		if got != tc.want {
			t.Errorf("phaseOf(%q) = %v, want %v", tc.text, got, tc.want)
		}
		if diff := cmp.Diff(tc.all, all); diff != "" {
			t.Errorf("phaseOf(%q) phases (-want +got):\n%s", tc.text, diff)
		}
	}
	if _, _, err := phaseOf("Løpende"); err == nil || errors.Is(err, phase.ErrAmbiguous) {
		t.Errorf("phaseOf(Løpende) = %v, want an unknown-value error", err)
	}
}

// TestSevenOf29 checks that the overview says it holds seven of the
// appendix's 29 projects.
func TestSevenOf29(t *testing.T) {
	out := output(t)
	if want := "7 av vedleggets 29 prosjekter"; !strings.Contains(out, want) {
		t.Errorf("output lacks %q", want)
	}
	if got := len(overviewRecords(t, out)) - 1; got != len(appendix) || len(appendix) != 7 {
		t.Errorf("%d rows, appendix holds %d, want 7", got, len(appendix))
	}
}

// TestInvestmentUnknown checks that no investment is made up: every row's
// investment is printed as unknown, and the output shows what the default
// threshold does with it.
func TestInvestmentUnknown(t *testing.T) {
	out := output(t)
	for _, bad := range []string{"10000001", "10 000 001"} {
		if strings.Contains(out, bad) {
			t.Errorf("output holds the made-up investment %q", bad)
		}
	}
	for _, want := range []string{
		"Investering: ukjent for alle 7.",
		"Terskel: en ukjent investering kan ikke sammenlignes med terskelen (investering over " + veiviser.DefaultThreshold.Short() + ").",
		"som «ukjent» (7 av 7); bare med ExcludeUnknown faller de ut (da 0 av 7).",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	const investmentColumn = 10 // Difi's six columns, the four yes/no questions, then the investment
	for _, rec := range overviewRecords(t, out)[1:] {
		if rec[investmentColumn] != "ukjent" {
			t.Errorf("%s: investment %q, want «ukjent»", rec[1], rec[investmentColumn])
		}
	}
	// The rows hold no investment; the default overview keeps them, as
	// unknown, and ExcludeUnknown leaves them out.
	for _, tr := range appendix {
		r, err := reported(tr)
		if err != nil {
			t.Fatal(err)
		}
		if r.Investment != nil {
			t.Errorf("%s: investment %v, want none", tr.name, *r.Investment)
		}
		if !(veiviser.OverviewOptions{}).Includes(r) || (veiviser.OverviewOptions{ExcludeUnknown: true}).Includes(r) {
			t.Errorf("%s: an unknown investment is not kept by default and left out on request", tr.name)
		}
	}
}

// TestAssumptionsMarked checks the one convention for assumptions: every
// line that speaks of one starts with "Antatt:".
func TestAssumptionsMarked(t *testing.T) {
	checkAssumptions(t, output(t))
}

func checkAssumptions(t *testing.T, out string) {
	t.Helper()
	for line := range strings.Lines(out) {
		s := strings.TrimSpace(line)
		l := strings.ToLower(s)
		marked := strings.HasPrefix(s, "Antatt: ")
		for _, w := range []string{"antatt", "antak", "illustrativ", "eksempelets"} {
			if strings.Contains(l, w) && !marked {
				t.Errorf("assumption not marked with «Antatt:»: %q", s)
				break
			}
		}
	}
}

// TestOverviewCSV reads the printed overview back with encoding/csv: a
// heading and one record per appendix project, each with its verbatim
// table text in the note.
func TestOverviewCSV(t *testing.T) {
	recs := overviewRecords(t, output(t))
	if len(recs) != 1+len(appendix) {
		t.Fatalf("%d records, want %d", len(recs), 1+len(appendix))
	}
	for i, rec := range recs[1:] {
		row := appendix[i]
		got := []string{rec[0], rec[1], rec[2], rec[6]}
		want := []string{row.agency, row.name, row.description, "ja"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", row.name, diff)
		}
		note := rec[13]
		for _, s := range []string{"«" + row.start + "»", "«" + row.end + "»", "«" + row.phase + "»"} {
			if !strings.Contains(note, s) {
				t.Errorf("%s: note %q lacks %q", row.name, note, s)
			}
		}
	}
}

// overviewRecords returns the records of the CSV in the output.
func overviewRecords(t *testing.T, out string) [][]string {
	t.Helper()
	start := strings.Index(out, "Virksomhet;")
	end := strings.Index(out, "\nDatoer:")
	if start < 0 || end < start {
		t.Fatalf("no CSV in the output:\n%s", out)
	}
	cr := csv.NewReader(bytes.NewReader([]byte(out[start:end])))
	cr.Comma = ';'
	recs, err := cr.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return recs
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
