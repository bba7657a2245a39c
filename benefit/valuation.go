package benefit

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Valuation says whether a benefit is priced (prissatt: valued in kroner,
// with a yearly profile) or unpriced (ikke prissatt: described, with an
// importance and a justification). The zero value is unset.
type Valuation uint8

// The valuations.
const (
	Priced   Valuation = iota + 1 // prissatt
	Unpriced                      // ikke prissatt
)

var valuations = enum.Table[Valuation]{
	Type:  "valuation",
	Codes: []string{"priced", "unpriced"},
	Labels: []enum.Label{
		Priced:   {NB: "Prissatt", NN: "Prissett", EN: "Priced"},
		Unpriced: {NB: "Ikke prissatt", NN: "Ikkje prissett", EN: "Unpriced"},
	},
}

// String returns the wire code: "priced" or "unpriced".
func (v Valuation) String() string { return valuations.String(v) }

// IsValid reports whether v is Priced or Unpriced.
func (v Valuation) IsValid() bool { return valuations.Valid(v) }

// Text returns the name of v in bokmål, nynorsk and English; for an invalid
// v, its String form.
func (v Valuation) Text() phase.Text { return phase.Text(valuations.Label(v)) }

// Label returns the valuation in language l.
func (v Valuation) Label(l phase.Language) string { return v.Text().In(l) }

// MarshalText encodes v as its wire code.
func (v Valuation) MarshalText() ([]byte, error) { return valuations.Marshal(v) }

// UnmarshalText decodes a wire code.
func (v *Valuation) UnmarshalText(b []byte) error { return valuations.Unmarshal(b, v) }

// Importance is how important an unpriced benefit is (viktighet: lav,
// moderat, høy). The zero value is unset.
type Importance uint8

// The importances, lowest first.
const (
	Low      Importance = iota + 1 // lav
	Moderate                       // moderat
	High                           // høy
)

var importances = enum.Table[Importance]{
	Type:  "importance",
	Codes: []string{"low", "moderate", "high"},
	Labels: []enum.Label{
		Low:      {NB: "Lav", NN: "Låg", EN: "Low"},
		Moderate: {NB: "Moderat", NN: "Moderat", EN: "Moderate"},
		High:     {NB: "Høy", NN: "Høg", EN: "High"},
	},
}

// String returns the wire code: "low", "moderate" or "high".
func (i Importance) String() string { return importances.String(i) }

// IsValid reports whether i is Low, Moderate or High.
func (i Importance) IsValid() bool { return importances.Valid(i) }

// Text returns the name of i in bokmål, nynorsk and English; for an invalid
// i, its String form.
func (i Importance) Text() phase.Text { return phase.Text(importances.Label(i)) }

// Label returns the importance in language l.
func (i Importance) Label(l phase.Language) string { return i.Text().In(l) }

// MarshalText encodes i as its wire code.
func (i Importance) MarshalText() ([]byte, error) { return importances.Marshal(i) }

// UnmarshalText decodes a wire code.
func (i *Importance) UnmarshalText(b []byte) error { return importances.Unmarshal(b, i) }
