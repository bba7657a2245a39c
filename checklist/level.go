package checklist

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Level says whether a checklist blocks its decision. The zero value is
// unset and not valid: a checklist with it cannot be created, stored or
// put in a Set. A checklist whose Level is changed to it anyway (the field
// is exported) still blocks: every level but Advisory is evaluated as
// Mandatory, so a checklist fails closed (see Blocks).
type Level uint8

// The levels of a checklist.
const (
	Mandatory Level = iota + 1 // unmet items block the decision
	Advisory                   // unmet items are warnings only
)

var levels = enum.Table[Level]{Type: "checklist level", Codes: []string{"mandatory", "advisory"}}

var levelLabels = [...]phase.Text{
	Mandatory: {NB: "Obligatorisk", NN: "Obligatorisk", EN: "Mandatory"},
	Advisory:  {NB: "Rådgivende", NN: "Rådgjevande", EN: "Advisory"},
}

// Blocks reports whether unmet items of a checklist at level v block its
// decision. Only Advisory does not block; Mandatory, the zero Level and
// any invalid value do, so that a checklist whose level was lost or
// mistyped fails closed instead of waving a decision through.
func (v Level) Blocks() bool { return v != Advisory }

// String returns the wire code: "mandatory" or "advisory".
func (v Level) String() string { return levels.String(v) }

// IsValid reports whether v is Mandatory or Advisory.
func (v Level) IsValid() bool { return levels.Valid(v) }

// Label returns the level's name in language l.
func (v Level) Label(l phase.Language) string {
	if !v.IsValid() {
		return v.String()
	}
	return levelLabels[v].In(l)
}

// MarshalText encodes v as its wire code.
func (v Level) MarshalText() ([]byte, error) { return levels.Marshal(v) }

// UnmarshalText decodes a wire code.
func (v *Level) UnmarshalText(b []byte) error { return levels.Unmarshal(b, v) }
