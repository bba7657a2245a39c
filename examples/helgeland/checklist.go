package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/phase"
)

// printChecklist prints the BP1 checklist of Digitale Helgeland answered as
// in the mandate (version 2, 17.02.2020, prepared by the project manager)
// and its evaluation, with Norwegian labels.
func printChecklist(w io.Writer, _ *veiviser.Project) error {
	c, err := checklist.BP(phase.BP1)
	if err != nil {
		return err
	}
	// The column "Kommentar" of "Gjennomgang av BP1 sjekkliste" in the
	// mandate (seed 000), as written there.
	answers := []string{"ja", "ja", "ja", "prosjekt", "ja", "ja", "nei"}
	note := checklist.Note{By: "Hilde T Lauvset Rafaelsen, prosjektleder", On: phase.MustDate("17.02.2020")}
	for i, it := range c.Items() {
		if err := c.Record(it.ID, answers[i], note); err != nil {
			return err
		}
	}

	fmt.Fprintf(w, "%s – %s\n", c.Title.NB, phase.BP1.Title(phase.Bokmal))
	for _, it := range c.Items() {
		a, _ := it.Answer()
		fmt.Fprintf(w, "  %s. %s\n     Svar: %s\n", it.ID, it.Question.Text, a.Label(it, phase.Bokmal))
	}

	r := c.Evaluate()
	verdict := "klar for beslutning"
	if !r.Ready {
		verdict = "ikke klar for beslutning"
	}
	counts := make([]string, 0, 4)
	for _, s := range []checklist.State{checklist.Answered, checklist.Open, checklist.NotRelevant, checklist.Deferred} {
		counts = append(counts, fmt.Sprintf("%s: %d", s.Label(phase.Bokmal), r.Counts.Of(s)))
	}
	fmt.Fprintf(w, "Gjennomgått av %s, %s\n", note.By, note.On.Norwegian())
	fmt.Fprintf(w, "Vurdering: %s (%s)\n", verdict, strings.Join(counts, ", "))
	for _, f := range r.Findings() {
		fmt.Fprintf(w, "  %s: %s (%s)\n", f.Severity.Label(phase.Bokmal), f.Message.NB, f.Path)
	}
	return nil
}
