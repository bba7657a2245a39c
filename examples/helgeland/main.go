// Command helgeland tells the story of Digitale Helgeland, a digitalisation
// collaboration of 18 municipalities, through Prosjektveiviseren: the mandate
// for the concept phase is sent back at the steering group meeting of
// 25 February 2020 (seed 002), updated, approved, and the project enters the
// concept phase. It prints a status report in Norwegian.
//
//	go run ./examples/helgeland
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "helgeland:", err)
		os.Exit(1)
	}
}

const body = "Styringsgruppen for Digitale Helgeland"

func run(w io.Writer) error {
	l := phase.New(phase.Standard())

	// Styringsgruppemøte, Vefsn rådhus, 25. februar 2020 (seed 002), sak 2b.
	err := l.Decide(phase.Decision{
		Point:     phase.BP1,
		Outcome:   phase.SentBack,
		Date:      phase.MustDate("25.02.2020"),
		Body:      body,
		DecidedBy: "Leder for styringsgruppen",
		Comment:   "Prosjektleder vil oppdatere mandatet med nye faggrupper og beskrivelse av ressursbehov. Når endringen er gjort vil mandatet sendes ut for endelig godkjenning.",
	})
	if err != nil {
		return err
	}

	// An approval dated before the meeting is refused, and nothing changes.
	early := phase.Decision{
		Point: phase.BP1, Outcome: phase.Approved, Date: phase.MustDate("24.02.2020"),
		Body: body, DecidedBy: "Leder for styringsgruppen",
	}
	refusal := l.Decide(early)

	// The updated mandate is approved. The seeds do not give the date; this
	// example uses the next meeting in the minutes, 28 May 2020.
	err = l.Decide(phase.Decision{
		Point:      phase.BP1,
		Outcome:    phase.Approved,
		Date:       phase.MustDate("28.05.2020"),
		Body:       body,
		DecidedBy:  "Leder for styringsgruppen",
		Comment:    "Oppdatert mandat med sammenslåtte faggrupper godkjent (dato antatt: neste styringsgruppemøte).",
		Conditions: []string{"Konseptfasen får en frist for når den skal være ferdig."},
	})
	if err != nil {
		return err
	}

	heading(w, "Digitale Helgeland – statusrapport")
	var names []string
	for _, p := range l.Model().Phases() {
		names = append(names, strings.ToLower(p.Label(phase.Bokmal)))
	}
	fmt.Fprintf(w, "Prosjektmodell: %s (%s)\n", l.Model().Name(), strings.Join(names, ", "))
	fmt.Fprintf(w, "Fase nå: %s (%s). Ansvarlig: %s.\n",
		l.Position().Label(phase.Bokmal), strings.ToLower(l.Status().Label(phase.Bokmal)), l.Phase().Owner(phase.Bokmal))
	if next, ok := l.Next(); ok {
		fmt.Fprintf(w, "Neste beslutningspunkt: %s – %s (%s)\n",
			next.Point.Label(), next.Title(phase.Bokmal), next.Point.Responsible().Label(phase.Bokmal))
		var products []string
		for _, p := range next.Point.Products() {
			products = append(products, p.Label(phase.Bokmal))
		}
		fmt.Fprintf(w, "Må foreligge: %s\n", strings.Join(products, ", "))
	}

	heading(w, "Beslutningshistorikk")
	treated := map[phase.DecisionPoint]int{}
	for _, d := range l.History() {
		treated[d.Point]++
		fmt.Fprintf(w, "%s  %s  %s (%d. behandling) – %s\n",
			d.Date.Norwegian(), d.Point.Label(), d.Outcome.Label(phase.Bokmal), treated[d.Point], d.Body)
		if d.Comment != "" {
			fmt.Fprintf(w, "            %s\n", d.Comment)
		}
		for _, c := range d.Conditions {
			fmt.Fprintf(w, "            Vilkår: %s\n", c)
		}
	}
	fmt.Fprintf(w, "BP1 ble sendt tilbake %d gang før godkjenning.\n", l.Resubmissions(phase.BP1))

	heading(w, "Avvist registrering")
	fmt.Fprintf(w, "En godkjenning datert %s ble ikke registrert:\n", early.Date.Norwegian())
	var de *phase.DecisionError
	if errors.As(refusal, &de) {
		for _, f := range de.Unmet {
			fmt.Fprintf(w, "  - %s\n", f.Message.In(phase.Bokmal))
		}
	}

	for _, section := range sections {
		fmt.Fprintln(w)
		if err := section(w); err != nil {
			return err
		}
	}
	return nil
}

// sections are the further parts of the report, in order.
var sections = []func(io.Writer) error{printChecklist, printBenefits, printStakeholders}

func heading(w io.Writer, s string) {
	fmt.Fprintf(w, "\n%s\n%s\n", s, strings.Repeat("=", len([]rune(s))))
}
