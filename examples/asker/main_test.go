package main

import (
	"strings"
	"testing"
)

func TestRun(t *testing.T) {
	var b strings.Builder
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"Avslutningsfase:     01.01.2019–30.06.2020",
		"Kontroll av tidsplanen: 1 feil, 0 advarsler",
		"Feil: Avslutningsfase starter 01.01.2019, før Gjennomføringsfase slutter 31.12.2019 (timeline[3].start, timeline.overlap)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q; got:\n%s", want, out)
		}
	}
}
