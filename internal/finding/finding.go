// Package finding builds the module's findings, so that every package
// makes them one way.
package finding

import "github.com/digitale-helgeland/veiviser/phase"

// New returns a finding: a stable code, the JSON path of the value it is
// about, its severity and its message in bokmål, nynorsk and English.
func New(code phase.Code, path string, sev phase.Severity, msg phase.Text) phase.Finding {
	return phase.Finding{Code: code, Path: path, Severity: sev, Message: msg}
}
