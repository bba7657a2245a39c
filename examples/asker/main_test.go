package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

// TestRun checks the key lines of the printed report: the timeline as the
// mandate gives it, the overlap of execution and closure with both dates,
// and the decision box left incomplete although the mandate was approved.
func TestRun(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
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
		"Kontroll av mandatet for øvrig: 2 feil, 2 advarsler",
		"Feil: «Behandlet dato» må fylles ut når dokumentet er godkjent",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q; got:\n%s", want, out)
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
