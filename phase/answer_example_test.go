package phase_test

import (
	"fmt"

	"github.com/digitale-helgeland/veiviser/phase"
)

// A section or checklist item that does not apply is answered «Ikke
// relevant»; a dash or «Kommer senere» is no answer at all.
func ExampleSaysNothing() {
	for _, s := range []string{"Ikke relevant", "«Ikkje aktuelt»", "Kommer senere", "-", "Rådmennene i kommunene"} {
		fmt.Printf("%-24q not relevant: %-5v says nothing: %v\n", s, phase.IsNotRelevant(s), phase.SaysNothing(s))
	}
	// Output:
	// "Ikke relevant"          not relevant: true  says nothing: false
	// "«Ikkje aktuelt»"        not relevant: true  says nothing: false
	// "Kommer senere"          not relevant: false says nothing: true
	// "-"                      not relevant: false says nothing: true
	// "Rådmennene i kommunene" not relevant: false says nothing: false
}
