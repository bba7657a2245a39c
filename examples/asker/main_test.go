package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

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

// TestRun checks the key lines of the printed report: the timeline as the
// mandate gives it, the overlap of execution and closure with both dates,
// and the decision box left without a date although the mandate was
// approved.
func TestRun(t *testing.T) {
	out := output(t)
	for _, want := range []string{
		"Prosjektmandat (mal 2.5) for Digitale Asker 2020",
		"Beslutning: Konseptfasen for Digitale Asker 2020 startes opp",
		"Neste fase ferdig: 31.12.2016",
		"Konseptfase:         30.09.2016–31.12.2016",
		"Gjennomføringsfase:  01.07.2017–31.12.2019",
		"Avslutningsfase:     01.01.2019–30.06.2020",
		"Realiseringsfase:    01.07.2020–31.12.2022",
		"Kontroll av tidsplanen: 1 feil, 0 advarsler",
		"Feil: Avslutningsfase starter 01.01.2019, før Gjennomføringsfase slutter 31.12.2019\n    (schedule.timeline[3].start, timeline.overlap)",
		"Kontroll av mandatet for øvrig (gjelder begge lesningene): 1 feil, 2 advarsler",
		"(header.decision.processedDate, mandate.decision_incomplete)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q; got:\n%s", want, out)
		}
	}
}

// TestThreeKAmbiguous checks that the report says what «3K Rådmenn» is
// ambiguous about instead of asserting that "Behandlet av" is missing: the
// finding for processedBy belongs to reading A only, reading B has none,
// and the findings common to both do not include it.
func TestThreeKAmbiguous(t *testing.T) {
	out := output(t)
	for _, want := range []string{
		"«3K Rådmenn»: utarbeidet av eller behandlet av?",
		"«Behandlet dato: Behandlet av / Prosjekteier:\n  Utarbeidet av: 3K Rådmenn»",
		"Lesning A, «Utarbeidet av: 3K Rådmenn»",
		"Lesning B, «Behandlet av / Prosjekteier: 3K Rådmenn»:\n    Ingen funn utover dem som gjelder begge lesningene.",
		"Antatt: «3K» står for de tre kommunene",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	common := out[strings.Index(out, "Kontroll av mandatet for øvrig"):]
	if strings.Contains(common, "header.decision.processedBy") {
		t.Error("the findings common to both readings assert that «Behandlet av» is missing")
	}

	m, err := load()
	if err != nil {
		t.Fatal(err)
	}
	paths := func(fs phase.Findings) []string {
		var ps []string
		for _, f := range fs.Errors() {
			ps = append(ps, f.Path)
		}
		return ps
	}
	_, onlyA, onlyB := split(m.Validate(), readingB(m).Validate())
	if diff := cmp.Diff([]string{"header.decision.processedBy"}, paths(onlyA)); diff != "" {
		t.Errorf("errors of reading A only (-want +got):\n%s", diff)
	}
	if len(onlyB) != 0 {
		t.Errorf("reading B has findings of its own: %v", onlyB)
	}
	if m.Header.PreparedBy != "3K Rådmenn" || readingB(m).Header.Decision.ProcessedBy != "3K Rådmenn" || m.Header.Decision.ProcessedBy != "" {
		t.Errorf("readings: A prepared by %q, processed by %q; B processed by %q",
			m.Header.PreparedBy, m.Header.Decision.ProcessedBy, readingB(m).Header.Decision.ProcessedBy)
	}
}

// TestSeedFacts checks that the report quotes the budget of 5 MNOK, the
// ROS requirement and the external quality assurance of seed 001.
func TestSeedFacts(t *testing.T) {
	out := output(t)
	for _, want := range []string{
		"Budsjett: «Budsjettet for konsept- og planleggingsfasen er satt til 5 mill.»",
		"ROS-analyse: «En viktig leveranse i konseptfasen er en mulighets- og usikkerhetsanalyse (ROS-analyse)»",
		"«Analysen skal jevnlig oppdateres, og minimum i forkant av overgang fra en prosjektfase til den neste.»",
		"Ekstern kvalitetssikring (kap. 3): «Det skal i tillegg vurderes hvorvidt det skal gjennomføres en ekstern kvalitetssikring",
		"Ekstern kvalitetssikring (kap. 4): «Ut fra kompleksiteten i prosjektet",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
}

// TestAssumptionsMarked checks the one convention for assumptions: every
// line that speaks of one starts with "Antatt:".
func TestAssumptionsMarked(t *testing.T) {
	for line := range strings.Lines(output(t)) {
		s := strings.TrimSpace(line)
		l := strings.ToLower(s)
		for _, w := range []string{"antatt", "antak", "illustrativ", "eksempelets"} {
			if strings.Contains(l, w) && !strings.HasPrefix(s, "Antatt: ") {
				t.Errorf("assumption not marked with «Antatt:»: %q", s)
				break
			}
		}
	}
}

// TestMandate checks the stored mandate against seed 001.
func TestMandate(t *testing.T) {
	m, err := load()
	if err != nil {
		t.Fatal(err)
	}
	want := phase.Timeline{
		{Phase: phase.Concept, Start: phase.MustDate("30.09.2016"), End: phase.MustDate("31.12.2016")},
		{Phase: phase.Planning, Start: phase.MustDate("01.01.2017"), End: phase.MustDate("30.06.2017")},
		{Phase: phase.Execution, Start: phase.MustDate("01.07.2017"), End: phase.MustDate("31.12.2019")},
		{Phase: phase.Closure, Start: phase.MustDate("01.01.2019"), End: phase.MustDate("30.06.2020")},
		{Phase: phase.Realisation, Start: phase.MustDate("01.07.2020"), End: phase.MustDate("31.12.2022")},
	}
	if diff := cmp.Diff(want, m.Schedule.Timeline); diff != "" {
		t.Errorf("timeline (-want +got):\n%s", diff)
	}
	var titles []string
	for _, p := range m.Organisation.Parts {
		titles = append(titles, p.Title)
	}
	wantTitles := []string{"Oppdragsgiver / prosjekteier", "Prosjektstyre", "Prosjektleder og prosjektgruppe", "Delprosjekter, arbeidsgrupper og referansegrupper"}
	if diff := cmp.Diff(wantTitles, titles); diff != "" {
		t.Errorf("organisation parts (-want +got):\n%s", diff)
	}
}
