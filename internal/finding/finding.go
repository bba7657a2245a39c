// Package finding builds the module's findings, so that every package
// makes them one way.
package finding

import (
	"strconv"

	"github.com/digitale-helgeland/veiviser/phase"
)

// New returns a finding: a stable code, the JSON path of the value it is
// about, its severity and its message in bokmål, nynorsk and English.
func New(code phase.Code, path string, sev phase.Severity, msg phase.Text) phase.Finding {
	return phase.Finding{Code: code, Path: path, Severity: sev, Message: msg}
}

// Count returns n followed by the noun in the form that agrees with it, in
// each language: one for 1, many for any other number. Count(2,
// {"advarsel", "åtvaring", "warning"}, {"advarsler", "åtvaringar",
// "warnings"}) gives "2 advarsler", "2 åtvaringar", "2 warnings".
func Count(n int, one, many phase.Text) phase.Text {
	w := many
	if n == 1 {
		w = one
	}
	s := strconv.Itoa(n) + " "
	return phase.Text{NB: s + w.NB, NN: s + w.NN, EN: s + w.EN}
}
