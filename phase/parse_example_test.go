package phase_test

import (
	"errors"
	"fmt"

	"github.com/digitale-helgeland/veiviser/phase"
)

func ExampleParse() {
	for _, s := range []string{
		"Konseptfasen",
		"Under planlegging",
		"GJENNOMFØRE",
		"Concept phase",
		"Konsept- og testfase",
		"Gjennomføring for del 1, konseptfase for del 2 og 3.",
		"Forprosjekt",
		"Drift",
	} {
		p, err := phase.Parse(s)
		switch {
		case errors.Is(err, phase.ErrAmbiguous):
			var amb *phase.AmbiguousError
			errors.As(err, &amb)
			fmt.Printf("%q: ambiguous: %v\n", s, amb.Phases)
		case errors.Is(err, phase.ErrUnknownValue):
			fmt.Printf("%q: no phase\n", s)
		default:
			fmt.Printf("%q: %s (%s)\n", s, p, p.Label(phase.Bokmal))
		}
	}
	// Output:
	// "Konseptfasen": concept (Konseptfase)
	// "Under planlegging": planning (Planleggingsfase)
	// "GJENNOMFØRE": execution (Gjennomføringsfase)
	// "Concept phase": concept (Konseptfase)
	// "Konsept- og testfase": concept (Konseptfase)
	// "Gjennomføring for del 1, konseptfase for del 2 og 3.": ambiguous: [execution concept]
	// "Forprosjekt": ambiguous: [concept planning]
	// "Drift": no phase
}

func ExampleParseAll() {
	for _, s := range []string{
		"Gjennomføring for del 1, konseptfase for del 2 og 3.",
		"Implementeringsfase - kortsiktig løsning. Utredning og kravspesifiseringsfase - langsiktig løsning.",
		"Passert KS2, venter på bevilgning i statsbudsjettet. Gjennomfører forberedelsesprosjekt.",
	} {
		phases, err := phase.ParseAll(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		for i, p := range phases {
			if i > 0 {
				fmt.Print(", ")
			}
			fmt.Print(p.Label(phase.Bokmal))
		}
		fmt.Println()
	}
	// Output:
	// Gjennomføringsfase, Konseptfase
	// Gjennomføringsfase, Konseptfase, Planleggingsfase
	// veiviser: unknown phase "Passert KS2, venter på bevilgning i statsbudsjettet. Gjennomfører forberedelsesprosjekt."
}
