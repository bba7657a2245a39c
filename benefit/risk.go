package benefit

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Risk is the risk profile of a measure (tiltak): how likely it is that the
// measure fails to deliver the benefits it supports. The zero value is
// unset.
type Risk uint8

// The risk profiles, lowest first.
const (
	LowRisk    Risk = iota + 1 // lav
	MediumRisk                 // middels
	HighRisk                   // høy
)

var risks = enum.Table[Risk]{
	Type:  "risk",
	Codes: []string{"low", "medium", "high"},
	Labels: []enum.Label{
		LowRisk:    {NB: "Lav risiko", NN: "Låg risiko", EN: "Low risk"},
		MediumRisk: {NB: "Middels risiko", NN: "Middels risiko", EN: "Medium risk"},
		HighRisk:   {NB: "Høy risiko", NN: "Høg risiko", EN: "High risk"},
	},
}

// String returns the wire code: "low", "medium" or "high".
func (r Risk) String() string { return risks.String(r) }

// IsValid reports whether r is LowRisk, MediumRisk or HighRisk.
func (r Risk) IsValid() bool { return risks.Valid(r) }

// Text returns the name of r in bokmål, nynorsk and English; for an invalid
// r, its String form.
func (r Risk) Text() phase.Text { return phase.Text(risks.Label(r)) }

// Label returns the risk profile in language l.
func (r Risk) Label(l phase.Language) string { return r.Text().In(l) }

// MarshalText encodes r as its wire code.
func (r Risk) MarshalText() ([]byte, error) { return risks.Marshal(r) }

// UnmarshalText decodes a wire code.
func (r *Risk) UnmarshalText(b []byte) error { return risks.Unmarshal(b, r) }
