package stakeholder

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Attitude is a stakeholder's attitude (holdning) to the project. It is
// optional: the zero value means not assessed.
type Attitude uint8

// The attitudes.
const (
	Positive Attitude = iota + 1 // positiv
	Neutral                      // nøytral
	Negative                     // negativ
)

var attitudes = enum.Table[Attitude]{
	Type:  "attitude",
	Codes: []string{"positive", "neutral", "negative"},
	Labels: []enum.Label{
		Positive: {NB: "Positiv", NN: "Positiv", EN: "Positive"},
		Neutral:  {NB: "Nøytral", NN: "Nøytral", EN: "Neutral"},
		Negative: {NB: "Negativ", NN: "Negativ", EN: "Negative"},
	},
}

// String returns the wire code: "positive", "neutral" or "negative".
func (a Attitude) String() string { return attitudes.String(a) }

// IsValid reports whether a is Positive, Neutral or Negative.
func (a Attitude) IsValid() bool { return attitudes.Valid(a) }

// Text returns the name of a in bokmål, nynorsk and English; for an invalid
// a, its String form.
func (a Attitude) Text() phase.Text { return phase.Text(attitudes.Label(a)) }

// Label returns the attitude in language l.
func (a Attitude) Label(l phase.Language) string { return a.Text().In(l) }

// MarshalText encodes a as its wire code.
func (a Attitude) MarshalText() ([]byte, error) { return attitudes.Marshal(a) }

// UnmarshalText decodes a wire code.
func (a *Attitude) UnmarshalText(b []byte) error { return attitudes.Unmarshal(b, a) }
