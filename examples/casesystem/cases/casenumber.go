package cases

import "github.com/digitale-helgeland/veiviser/phase"

// caseNumber returns the Noark case reference (saksnummer) of decision d
// in the text form the decisions table stores, or "" when it has none.
//
// It is the only place that reads the case number: should
// phase.Decision.CaseNumber become a type of its own with MarshalText,
// this function changes and nothing else does.
func caseNumber(d phase.Decision) (string, error) {
	return d.CaseNumber, nil
}
