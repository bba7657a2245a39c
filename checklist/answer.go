package checklist

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// Answer is the answer to one item. Exactly one field is set, the one that
// fits the item's Kind: Bool for YesNo, Option for Choice, Text for Text.
type Answer struct {
	Bool   Bool   `json:"bool,omitempty"`   // Yes or No
	Option string `json:"option,omitempty"` // the chosen Option's ID
	Text   string `json:"text,omitempty"`   // a free-text answer
}

// IsZero reports whether no field of a is set.
func (a Answer) IsZero() bool { return a == Answer{} }

// Label returns the answer as a person would read it, in language l:
// "Ja", the option's label, or the text. Options are looked up in it.
func (a Answer) Label(it Item, l phase.Language) string {
	switch {
	case a.Bool != 0:
		return a.Bool.Label(l)
	case a.Option != "":
		if o, ok := it.option(a.Option); ok {
			return o.Label.In(l)
		}
		return a.Option
	}
	return a.Text
}

// Option is one of the named answers of a Choice item.
type Option struct {
	// ID is the option's stable code, such as "prosjekt".
	ID string `json:"id"`
	// Label names the option in each language.
	Label phase.Text `json:"label"`
	// Favourable reports whether choosing the option lets the decision pass.
	// When no option of an item is favourable, every option is.
	Favourable bool `json:"favourable,omitempty"`
}

// Note says who makes a change, when, and why. The date comes from the
// caller; the package never reads the clock.
type Note struct {
	By      string     `json:"by" validate:"filled"`
	On      phase.Date `json:"on" validate:"valid"`
	Comment string     `json:"comment,omitempty"`
}

// Entry is one change in an item's history: the state it put the item in,
// the answer (for Answered, and kept when archiving), the comment, and who
// and when.
type Entry struct {
	State   State      `json:"state"`
	Answer  Answer     `json:"answer,omitzero"`
	Comment string     `json:"comment,omitempty"`
	By      string     `json:"by"`
	On      phase.Date `json:"on"`
}
