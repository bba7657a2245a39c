package cases

import "github.com/digitale-helgeland/veiviser/phase"

// caseNumber returns the Noark case reference (saksnummer) of decision d
// in the text form the decisions table stores, or "" when it has none.
//
// It is the only place that reads the case number, a phase.CaseNumber
// (Noark 5 saksår/sekvensnummer), stored as its canonical text.
func caseNumber(d phase.Decision) (string, error) {
	b, err := d.CaseNumber.MarshalText()
	return string(b), err
}
