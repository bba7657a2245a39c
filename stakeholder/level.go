package stakeholder

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Level grades a stakeholder's interest or influence on the template's scale
// ingen / liten / middels / stor. The zero value is unset; None is a real
// grade ("ingen").
type Level uint8

// The grades, lowest first.
const (
	None   Level = iota + 1 // ingen
	Low                     // liten
	Medium                  // middels
	High                    // stor
)

var levels = enum.Table[Level]{
	Type:  "level",
	Codes: []string{"none", "low", "medium", "high"},
	Labels: []enum.Label{
		None:   {NB: "Ingen", NN: "Ingen", EN: "None"},
		Low:    {NB: "Liten", NN: "Liten", EN: "Low"},
		Medium: {NB: "Middels", NN: "Middels", EN: "Medium"},
		High:   {NB: "Stor", NN: "Stor", EN: "High"},
	},
}

// Levels returns every grade, lowest first.
func Levels() []Level { return levels.All() }

// String returns the wire code: "none", "low", "medium" or "high".
func (v Level) String() string { return levels.String(v) }

// IsValid reports whether v is None, Low, Medium or High.
func (v Level) IsValid() bool { return levels.Valid(v) }

// IsHigh reports whether v is on the upper half of the grid, Medium or High.
// The quadrant of a stakeholder and the communication-plan check both use
// this split.
func (v Level) IsHigh() bool { return v == Medium || v == High }

// Text returns the name of v in bokmål, nynorsk and English; for an invalid
// v, its String form.
func (v Level) Text() phase.Text { return phase.Text(levels.Label(v)) }

// Label returns the grade in language l, such as "Middels".
func (v Level) Label(l phase.Language) string { return v.Text().In(l) }

// MarshalText encodes v as its wire code.
func (v Level) MarshalText() ([]byte, error) { return levels.Marshal(v) }

// UnmarshalText decodes a wire code.
func (v *Level) UnmarshalText(b []byte) error { return levels.Unmarshal(b, v) }
