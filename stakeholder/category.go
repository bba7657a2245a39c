package stakeholder

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Category is a stakeholder's main category (hovedkategori) in the
// Interessentanalyse template. The zero value is unset.
type Category uint8

// The main categories of the Interessentanalyse template.
const (
	Management    Category = iota + 1 // virksomhetsledelse
	User                              // bruker
	Supplier                          // leverandør
	PremiseSetter                     // premissgiver: sets rules or frames the project must follow
	OtherCategory                     // andre
)

var categories = enum.Table[Category]{
	Type:  "category",
	Codes: []string{"management", "user", "supplier", "premise_setter", "other"},
	Labels: []enum.Label{
		Management:    {NB: "Virksomhetsledelse", NN: "Verksemdsleiing", EN: "Executive management"},
		User:          {NB: "Bruker", NN: "Brukar", EN: "User"},
		Supplier:      {NB: "Leverandør", NN: "Leverandør", EN: "Supplier"},
		PremiseSetter: {NB: "Premissgiver", NN: "Premissgivar", EN: "Premise setter"},
		OtherCategory: {NB: "Andre", NN: "Andre", EN: "Other"},
	},
}

// Categories returns every category in order.
func Categories() []Category { return categories.All() }

// String returns the wire code, such as "premise_setter".
func (c Category) String() string { return categories.String(c) }

// IsValid reports whether c is one of the five categories.
func (c Category) IsValid() bool { return categories.Valid(c) }

// Text returns the name of c in bokmål, nynorsk and English; for an invalid
// c, its String form.
func (c Category) Text() phase.Text { return phase.Text(categories.Label(c)) }

// Label returns the category's name in language l, such as "Premissgiver".
func (c Category) Label(l phase.Language) string { return c.Text().In(l) }

// MarshalText encodes c as its wire code.
func (c Category) MarshalText() ([]byte, error) { return categories.Marshal(c) }

// UnmarshalText decodes a wire code.
func (c *Category) UnmarshalText(b []byte) error { return categories.Unmarshal(b, c) }
