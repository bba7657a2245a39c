package checklist

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Bool is the answer to a yes/no item. The zero value is unset and not
// valid.
type Bool uint8

// The two answers to a yes/no item.
const (
	Yes Bool = iota + 1 // ja
	No                  // nei
)

var bools = enum.Table[Bool]{
	Type:  "yes/no answer",
	Codes: []string{"yes", "no"},
	Labels: []enum.Label{
		Yes: {NB: "Ja", NN: "Ja", EN: "Yes"},
		No:  {NB: "Nei", NN: "Nei", EN: "No"},
	},
}

// String returns the wire code: "yes" or "no".
func (b Bool) String() string { return bools.String(b) }

// IsValid reports whether b is Yes or No.
func (b Bool) IsValid() bool { return bools.Valid(b) }

// Text returns the name of b in bokmål, nynorsk and English; for an invalid
// b, its String form.
func (b Bool) Text() phase.Text { return phase.Text(bools.Label(b)) }

// Label returns "Ja", "Nei", "Yes" or "No".
func (b Bool) Label(l phase.Language) string { return b.Text().In(l) }

// MarshalText encodes b as its wire code.
func (b Bool) MarshalText() ([]byte, error) { return bools.Marshal(b) }

// UnmarshalText decodes a wire code.
func (b *Bool) UnmarshalText(t []byte) error { return bools.Unmarshal(t, b) }
