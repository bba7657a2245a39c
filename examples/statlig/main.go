// Command statlig follows a state agency's digitalisation project that
// affects the municipal sector from the concept phase into planning: NAV's
// DigiSOS (digital social services, run in the NAV offices together with
// the municipalities), one of the 29 projects in the appendix table of
// Difi's 2016 report (seed 003: "Høst 2016", "Konsept- og testfase").
//
// The project is marked as affecting the municipal sector, so Difi's KS
// checklist (seed 004) applies. BP2 is refused while KS checkpoints 1–4
// are open; once they are handled, BP2 is approved and the project enters
// the planning phase. Checkpoint 8 ("throughout") is reported as a
// warning until it becomes due at BP5.
//
// The seeds give no exact dates or answers for DigiSOS; the dates and
// comments below are illustrative.
//
//	go run ./examples/statlig
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/phase"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "statlig:", err)
		os.Exit(1)
	}
}

const (
	body   = "Arbeids- og velferdsdirektoratets ledelse"
	signer = "Arbeids- og velferdsdirektøren"
)

func decision(p phase.DecisionPoint, date string) phase.Decision {
	return phase.Decision{Point: p, Outcome: phase.Approved, Date: phase.MustDate(date), Body: body, DecidedBy: signer}
}

// answerAll records "ja" for every item of c, or the answer given in
// special, as the project's own review of the checklist.
func answerAll(c *checklist.Checklist, special map[string]string, n checklist.Note) error {
	for _, it := range c.Items() {
		a, ok := special[it.ID]
		if !ok {
			a = "ja"
		}
		if err := c.Record(it.ID, a, n); err != nil {
			return err
		}
	}
	return nil
}

func run(w io.Writer) error {
	set := checklist.NewSet(true) // DigiSOS affects the municipal sector
	gate := set.Gate()
	l := phase.New(nil)
	pm := "Prosjektleder DigiSOS"

	fmt.Fprintln(w, "DigiSOS (NAV) – statlig prosjekt som påvirker kommunesektoren")
	fmt.Fprintf(w, "Modell: %s. Start: %s.\n\n", l.Model().Name(), l.Phase().Label(phase.Bokmal))

	// BP1: start of the concept phase, autumn 2016.
	if err := answerAll(set.At(phase.BP1), map[string]string{"4": "prosjekt", "7": "nei"},
		checklist.Note{By: pm, On: phase.MustDate("15.08.2016")}); err != nil {
		return err
	}
	if err := decide(w, l, decision(phase.BP1, "01.09.2016"), gate); err != nil {
		return err
	}

	// BP2, first attempt: the BP2 checklist is answered, but KS has not been
	// contacted.
	if err := answerAll(set.At(phase.BP2), nil, checklist.Note{By: pm, On: phase.MustDate("01.12.2016")}); err != nil {
		return err
	}
	if err := decide(w, l, decision(phase.BP2, "15.12.2016"), gate); err != nil {
		return err
	}

	// The agency meets KS and handles checkpoints 1–4 (seed 004).
	meeting := phase.MustDate("10.01.2017")
	ks := set.KS()
	n := checklist.Note{By: pm, On: meeting, Comment: "Første møte med KS 10.01.2017; KS peikar ut fem pilotkommunar"}
	for _, id := range []string{"1", "2", "3"} {
		if err := ks.Record(id, "ja", n); err != nil {
			return err
		}
	}
	if err := ks.Defer("4", checklist.Note{By: pm, On: meeting,
		Comment: "Nytteverknadene vert greia ut med pilotkommunane i testfasen; avtalt med KS"}); err != nil {
		return err
	}
	fmt.Fprintf(w, "KS-sjekkpunkter behandlet %s:\n", meeting.Norwegian())
	for _, it := range ks.Items()[:4] {
		status := it.State().Label(phase.Bokmal)
		if a, ok := it.Answer(); ok {
			status = a.Label(it, phase.Bokmal)
		}
		fmt.Fprintf(w, "  %s. %s: %s\n", it.ID, it.Question.Text, status)
	}
	fmt.Fprintln(w)

	// BP2 again: approved; the deferred checkpoint 4 and checkpoint 8 are warnings.
	if err := decide(w, l, decision(phase.BP2, "20.01.2017"), gate); err != nil {
		return err
	}

	r := ks.EvaluateAt(l.Phase())
	fmt.Fprintf(w, "Status: %s. KS-sjekklisten: %d besvart, %d fortsatt åpen, %d åpne.\n",
		l.Phase().Label(phase.Bokmal), r.Counts.Answered, r.Counts.Deferred, r.Counts.Open)
	return nil
}

// decide takes decision d with the gate and prints the outcome. A refusal
// by the gate is printed, not returned: it is part of the story.
func decide(w io.Writer, l *phase.Lifecycle, d phase.Decision, gate phase.Gate) error {
	warnings := l.Check(d, gate).Warnings()
	err := l.Decide(d, gate)
	var de *phase.DecisionError
	switch {
	case errors.As(err, &de) && errors.Is(err, phase.ErrRefused):
		fmt.Fprintf(w, "%s %s: avvist – %d krav er ikke oppfylt:\n", d.Point.Label(), d.Date.Norwegian(), len(de.Unmet))
		for _, f := range de.Unmet {
			fmt.Fprintf(w, "  %s (%s)\n", f.Message.NB, f.Path)
		}
	case err != nil:
		return err
	default:
		fmt.Fprintf(w, "%s %s: godkjent – %s\n", d.Point.Label(), d.Date.Norwegian(), l.Phase().Label(phase.Bokmal))
	}
	for _, f := range warnings {
		fmt.Fprintf(w, "  %s: %s (%s)\n", f.Severity.Label(phase.Bokmal), f.Message.NB, f.Path)
	}
	fmt.Fprintln(w)
	return nil
}
