package phase_test

import (
	"errors"
	"fmt"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/phase"
)

// A full decision sequence: BP1 is sent back for rework, then approved, and
// the project enters the concept phase (Digitale Helgeland, February 2020).
func Example() {
	l := phase.New(phase.Standard())

	err := l.Decide(phase.Decision{
		Point:     phase.BP1,
		Outcome:   phase.SentBack,
		Date:      phase.MustDate("25.02.2020"),
		Body:      "Styringsgruppen for Digitale Helgeland",
		DecidedBy: "Styringsgruppens leder",
		Comment:   "Mandatet oppdateres og legges fram på nytt.",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(l.Position().Label(phase.Bokmal), "– behandlet", l.Resubmissions(phase.BP1), "gang(er) tidligere")

	err = l.Decide(phase.Decision{
		Point:     phase.BP1,
		Outcome:   phase.Approved,
		Date:      phase.MustDate("24.03.2020"),
		Body:      "Styringsgruppen for Digitale Helgeland",
		DecidedBy: "Styringsgruppens leder",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	next, _ := l.Next()
	fmt.Println(l.Position().Label(phase.Bokmal), "– neste:", next.Point.Label(), next.Point.Title(phase.Bokmal))
	for _, d := range l.History() {
		fmt.Println(d.Date.Norwegian(), d.Point.Label(), d.Outcome.Label(phase.Bokmal))
	}
	// Output:
	// Idéfase – behandlet 1 gang(er) tidligere
	// Konseptfase – neste: BP2 Beslutte oppstart av planleggingsfasen
	// 25.02.2020 BP1 Sendt tilbake for omarbeiding
	// 24.03.2020 BP1 Godkjent
}

// A gate that is not met refuses the decision and lists every unmet
// requirement; the lifecycle stays where it was.
func ExampleLifecycle_Decide_refused() {
	l := phase.New(nil)
	mandateSigned := phase.GateFunc(func(c phase.GateContext) phase.Findings {
		return phase.Findings{finding.New("mandate.unsigned", "products.mandate.signature", phase.SeverityError,
			phase.Text{NB: "Mandatet er ikke signert", NN: "Mandatet er ikkje signert", EN: "The mandate is not signed"})}
	})
	err := l.Decide(phase.Decision{
		Point: phase.BP1, Outcome: phase.Approved, Date: phase.MustDate("2020-03-24"),
		Body: "Styringsgruppen", DecidedBy: "Leder",
	}, mandateSigned)

	var de *phase.DecisionError
	if errors.Is(err, phase.ErrRefused) && errors.As(err, &de) {
		for _, f := range de.Unmet {
			fmt.Println(f.Path+":", f.Message.In(phase.Bokmal))
		}
	}
	fmt.Println("Fortsatt i", l.Phase().Label(phase.Bokmal))
	// Output:
	// products.mandate.signature: Mandatet er ikke signert
	// Fortsatt i Idéfase
}

// The timeline of the Digitale Asker 2020 mandate lets the closure phase
// start a year before execution ends.
func ExampleTimeline_Validate() {
	tl := phase.Timeline{
		{Phase: phase.Concept, Start: phase.MustDate("30.09.2016"), End: phase.MustDate("31.12.2016")},
		{Phase: phase.Planning, Start: phase.MustDate("01.01.2017"), End: phase.MustDate("30.06.2017")},
		{Phase: phase.Execution, Start: phase.MustDate("01.07.2017"), End: phase.MustDate("31.12.2019")},
		{Phase: phase.Closure, Start: phase.MustDate("01.01.2019"), End: phase.MustDate("30.06.2020")},
		{Phase: phase.Realisation, Start: phase.MustDate("01.07.2020"), End: phase.MustDate("31.12.2022")},
	}
	for _, f := range tl.Validate() {
		fmt.Println(f.Severity, f.Code, f.Path)
		fmt.Println(f.Message.In(phase.Bokmal))
	}
	// Output:
	// error timeline.overlap [3].start
	// Avslutningsfase starter 01.01.2019, før Gjennomføringsfase slutter 31.12.2019
}

// A tailored model: no idea phase, execution in two sub-phases, and an
// explicit, justified skip of the closure phase.
func ExampleNewModel() {
	m, err := phase.NewModel(phase.Tailoring{
		Name:               "Kommune X",
		WithoutIdea:        true,
		ExecutionSubPhases: 2,
		Skips:              []phase.Skip{{Phase: phase.Closure, Justification: "Overlevering skjer i siste delfase"}},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, s := range m.Steps() {
		to := s.To.Label(phase.Bokmal)
		if s.Completes() {
			to = phase.Completed.Label(phase.Bokmal)
		}
		fmt.Printf("%-6s %s -> %s %v\n", s.Point.Label(), s.From.Label(phase.Bokmal), to, s.Covers)
	}
	// Output:
	// BP1    Ikke startet -> Konseptfase [bp1]
	// BP2    Konseptfase -> Planleggingsfase [bp2]
	// BP3    Planleggingsfase -> Gjennomføringsfase 1 [bp3]
	// BP3.1  Gjennomføringsfase 1 -> Gjennomføringsfase 2 [bp3.1]
	// BP4    Gjennomføringsfase 2 -> Realiseringsfase [bp4 bp5]
	// BP6    Realiseringsfase -> Fullført [bp6]
}

func ExampleModel_Mermaid() {
	m, _ := phase.NewModel(phase.Tailoring{Skips: []phase.Skip{
		{Phase: phase.Concept, Justification: "Konseptet er gitt"},
		{Phase: phase.Planning, Justification: "Lite prosjekt"},
	}})
	fmt.Print(m.Mermaid(phase.English))
	// Output:
	// stateDiagram-v2
	//     direction LR
	//     idea: Idea phase
	//     execution: Execution phase
	//     closure: Closure phase
	//     realisation: Realisation phase
	//     stopped: Stopped
	//     completed: Completed
	//     [*] --> idea
	//     idea --> execution: BP1+BP2+BP3 Decide to move to the execution phases
	//     execution --> closure: BP4 Decide to move to the closure phase
	//     closure --> realisation: BP5 Decide to close the project
	//     realisation --> completed: BP6 Decide further measures for increased benefit realisation
	//     completed --> [*]
	//     idea --> stopped: BP1 Stopped
	//     execution --> stopped: BP4 Stopped
	//     closure --> stopped: BP5 Stopped
	//     realisation --> stopped: BP6 Stopped
	//     stopped --> [*]
	//     note right of idea: Concept phase skipped#58; Konseptet er gitt
	//     note right of idea: Planning phase skipped#58; Lite prosjekt
}

func ExampleParseDate() {
	for _, s := range []string{"25.02.2020", "2020-02-25", "<dato>", "xx.xx.xx"} {
		d, err := phase.ParseDate(s)
		fmt.Println(d, errors.Is(err, phase.ErrInvalidDate))
	}
	// Output:
	// 2020-02-25 false
	// 2020-02-25 false
	//  true
	//  true
}
