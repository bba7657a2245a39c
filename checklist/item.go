package checklist

import (
	"slices"

	"github.com/digitale-helgeland/veiviser/phase"
)

// Item is one question of a checklist: its definition (exported fields)
// and its history of answers (reached through methods, changed only
// through the Checklist that holds it).
//
// The zero value is not a valid item; an item needs at least an ID, a
// question and a kind.
type Item struct {
	// ID is stable within its checklist; the built-ins number their items
	// "1", "2", … as the sources do.
	ID string
	// Lang is the language of the official texts: bokmål for Digdir's
	// decision-point checklists, nynorsk for Difi's KS checkpoints.
	Lang phase.Language
	// Question is the official question or checkpoint, word for word.
	Question Wording
	// Guidance is optional explanatory text from the source.
	Guidance Wording
	// Lead introduces the sub-questions, as in "Aktuelle spørsmål er:".
	Lead Wording
	// Sub lists the sub-questions in order.
	Sub []Wording
	// Kind is the kind of answer the item takes.
	Kind Kind
	// Favourable is the answer that lets a YesNo item pass; zero means
	// either answer does.
	Favourable Bool
	// Options are the named answers of a Choice item, at least two.
	Options []Option
	// From is the first phase in which the item matters: leaving From or a
	// later phase before Due reports an unhandled item as a warning. Zero
	// means Due.
	From phase.Phase
	// Due is the phase by whose end the item must be handled: it blocks
	// decisions that leave Due or a later phase. Zero means the item is
	// due at its checklist's own decision point.
	Due phase.Phase

	history []Entry
}

// State returns the item's current state; Open for an item with no history.
func (it Item) State() State {
	if n := len(it.history); n > 0 {
		return it.history[n-1].State
	}
	return Open
}

// Current returns the latest entry of the history, and false when the item
// was never touched.
func (it Item) Current() (Entry, bool) {
	if n := len(it.history); n > 0 {
		return it.history[n-1], true
	}
	return Entry{}, false
}

// Answer returns the current answer, and false when the item is not
// answered (an archived answered item still has its answer).
func (it Item) Answer() (Answer, bool) {
	e, ok := it.Current()
	if !ok || e.Answer.IsZero() {
		return Answer{}, false
	}
	return e.Answer, true
}

// Comment returns the current comment, if any.
func (it Item) Comment() string {
	e, _ := it.Current()
	return e.Comment
}

// History returns a copy of every change, oldest first; the last entry is
// the current one. Earlier answers are never removed.
func (it Item) History() []Entry { return slices.Clone(it.history) }

// Clone returns a deep copy of it.
func (it Item) Clone() Item {
	it.Sub = slices.Clone(it.Sub)
	it.Options = slices.Clone(it.Options)
	it.history = slices.Clone(it.history)
	return it
}

// Definition returns a copy of it without its history: the blank item, as
// a built-in checklist carries it.
func (it Item) Definition() Item {
	c := it.Clone()
	c.history = nil
	return c
}

func (it Item) option(id string) (Option, bool) {
	for _, o := range it.Options {
		if o.ID == id {
			return o, true
		}
	}
	return Option{}, false
}

// favourable reports whether answer a lets the item pass.
func (it Item) favourable(a Answer) bool {
	switch it.Kind {
	case YesNo:
		return it.Favourable == 0 || a.Bool == it.Favourable
	case Choice:
		if !slices.ContainsFunc(it.Options, func(o Option) bool { return o.Favourable }) {
			return true
		}
		o, ok := it.option(a.Option)
		return ok && o.Favourable
	}
	return true
}

// window returns the phases from which the item warns and from which it
// blocks, given the phase its checklist's point leaves (zero for none).
func (it Item) window(own phase.Phase) (warn, due phase.Phase) {
	due = it.Due
	if due == 0 {
		due = own
	}
	warn = it.From
	if warn == 0 || warn > due {
		warn = due
	}
	return warn, due
}
