package checklist

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Kind is the kind of answer an item takes. The zero value is unset and
// not valid.
type Kind uint8

// The answer kinds.
const (
	YesNo  Kind = iota + 1 // "ja" or "nei"; Item.Favourable says which lets the decision pass
	Choice                 // one of Item.Options, such as "prosjekt" or "linjeoppgave"
	Text                   // free text
)

var kinds = enum.Table[Kind]{
	Type:  "answer kind",
	Codes: []string{"yes_no", "choice", "text"},
	Labels: []enum.Label{
		YesNo:  {NB: "Ja/nei", NN: "Ja/nei", EN: "Yes/no"},
		Choice: {NB: "Valg", NN: "Val", EN: "Choice"},
		Text:   {NB: "Fritekst", NN: "Fritekst", EN: "Free text"},
	},
}

// String returns the wire code: "yes_no", "choice" or "text".
func (k Kind) String() string { return kinds.String(k) }

// IsValid reports whether k is YesNo, Choice or Text.
func (k Kind) IsValid() bool { return kinds.Valid(k) }

// Text returns the name of k in bokmål, nynorsk and English; for an invalid
// k, its String form.
func (k Kind) Text() phase.Text { return phase.Text(kinds.Label(k)) }

// Label returns the kind's name in language l.
func (k Kind) Label(l phase.Language) string { return k.Text().In(l) }

// MarshalText encodes k as its wire code.
func (k Kind) MarshalText() ([]byte, error) { return kinds.Marshal(k) }

// UnmarshalText decodes a wire code.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.Unmarshal(b, k) }
