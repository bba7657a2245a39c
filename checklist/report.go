package checklist

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// Evaluation is the result of evaluating a checklist.
type Evaluation struct {
	// ID is the checklist's ID.
	ID string `json:"id"`
	// Title is the checklist's title.
	Title phase.Text `json:"title"`
	// Level is the level the checklist was evaluated at: Advisory, or
	// Mandatory for any other value of Checklist.Level (an unset or
	// invalid level fails closed; see Level.Blocks).
	Level Level `json:"level"`
	// Leaving is the phase the evaluated decision leaves.
	Leaving phase.Phase `json:"leaving,omitempty"`
	// Ready reports whether nothing blocks the decision.
	Ready bool `json:"ready"`
	// Waived reports whether the checklist was waived as a whole; the
	// waiver's justification is in Checklist.Waiver.
	Waived bool `json:"waived,omitempty"`
	// Justification is the waiver's comment when Waived.
	Justification string `json:"justification,omitempty"`
	// Problems lists, in item order, every item that is due or in its
	// warning window and not properly handled, with why.
	Problems []Problem `json:"problems,omitempty"`
	// Counts counts all items per state, due or not.
	Counts Counts `json:"counts"`
}

// Problem is one item that stands in the way of a decision, or is worth a
// warning.
type Problem struct {
	Index    int    `json:"index"` // position in the checklist, from 0
	ID       string `json:"id"`    // the item's ID
	Reason   Reason `json:"reason"`
	Blocking bool   `json:"blocking"` // blocks the decision; otherwise a warning
}

// Counts holds the number of items in each state.
type Counts struct {
	Open        int `json:"open"`
	Answered    int `json:"answered"`
	NotRelevant int `json:"notRelevant"`
	Deferred    int `json:"deferred"`
	Archived    int `json:"archived"`
}

// Of returns the count for state s.
func (c Counts) Of(s State) int {
	switch s {
	case Open:
		return c.Open
	case Answered:
		return c.Answered
	case NotRelevant:
		return c.NotRelevant
	case Deferred:
		return c.Deferred
	case Archived:
		return c.Archived
	}
	return 0
}

func (c *Counts) add(s State) {
	switch s {
	case Open:
		c.Open++
	case Answered:
		c.Answered++
	case NotRelevant:
		c.NotRelevant++
	case Deferred:
		c.Deferred++
	case Archived:
		c.Archived++
	}
}

// Blocking returns the problems that block the decision.
func (r Evaluation) Blocking() []Problem {
	var out []Problem
	for _, p := range r.Problems {
		if p.Blocking {
			out = append(out, p)
		}
	}
	return out
}

// Evaluate evaluates c for its own decision point (or the end of its
// Phase): every item is due, unless it names a later phase in Due. A
// checklist with neither (such as KS) is evaluated as at the end of the
// project, with every item due.
func (c *Checklist) Evaluate() Evaluation {
	leaving := c.own()
	if leaving == 0 {
		leaving = phase.Realisation
	}
	return c.EvaluateAt(leaving)
}

// own returns the phase the checklist's own decision leaves: its Point's,
// else its Phase; zero for a checklist that belongs to neither.
func (c *Checklist) own() phase.Phase {
	if c.Point.IsValid() {
		return c.Point.Leaves()
	}
	return c.Phase
}

// EvaluateAt evaluates c for a decision that leaves phase leaving. An item
// is due when leaving is its Due phase or later (its checklist's point's
// phase when Due is zero); an item whose From phase has been reached but
// which is not yet due only warns; other items are counted but not
// judged.
//
// A due item of a Mandatory checklist blocks when it is open, answered
// unfavourably, or not relevant or deferred without a long enough
// comment. A deferred item with a comment is always a warning. In an
// Advisory checklist nothing blocks; any other level, including the zero
// Level, counts as Mandatory. A waived checklist is ready.
func (c *Checklist) EvaluateAt(leaving phase.Phase) Evaluation {
	return c.evaluate(leaving, false, phase.Date{})
}

// evaluate is EvaluateAt; within reports a decision inside phase leaving
// (an execution sub-phase point BP3.k), where items due by the end of
// leaving only warn. With a valid asOf, the decision's date, only what was
// recorded on or before it counts: an answer or a waiver dated after the
// decision could not have been before the body that decided.
func (c *Checklist) evaluate(leaving phase.Phase, within bool, asOf phase.Date) Evaluation {
	blocks := c.Level.Blocks()
	r := Evaluation{ID: c.ID, Title: c.Title, Level: Advisory, Leaving: leaving, Ready: true}
	if blocks {
		r.Level = Mandatory
	}
	if c.waiver != nil && (!asOf.IsValid() || !asOf.Before(c.waiver.On)) {
		r.Waived, r.Justification = true, c.waiver.Comment
	}
	own := c.own()
	min := c.minComment()
	for i := range c.items {
		it := &c.items[i]
		if asOf.IsValid() {
			at := it.asOf(asOf)
			it = &at
		}
		s := it.State()
		r.Counts.add(s)
		if r.Waived {
			continue
		}
		warn, due := it.window(own)
		if leaving < warn {
			continue
		}
		var why Reason
		switch s {
		case Open:
			why = Unanswered
		case Answered:
			if a, _ := it.Answer(); !it.favourable(a) {
				why = Unfavourable
			}
		case NotRelevant:
			if !commentOK(it.Comment(), min) {
				why = CommentMissing
			}
		case Deferred:
			why = StillOpen
			if !commentOK(it.Comment(), min) {
				why = CommentMissing
			}
		}
		if why == 0 {
			continue
		}
		blocking := blocks && (leaving > due || leaving == due && !within) && why != StillOpen
		if blocking {
			r.Ready = false
		}
		r.Problems = append(r.Problems, Problem{Index: i, ID: it.ID, Reason: why, Blocking: blocking})
	}
	return r
}

// AsOf returns it as it stood on date d: its history up to the last entry
// dated on or before d. An answer dated after a decision does not count for
// that decision (see Checklist.Evaluate with a date).
func (it Item) AsOf(d phase.Date) Item { return it.asOf(d) }

// asOf returns it as it stood on date d: its history up to the last entry
// dated on or before d.
func (it Item) asOf(d phase.Date) Item {
	n := len(it.history)
	for n > 0 && d.Before(it.history[n-1].On) {
		n--
	}
	it.history = it.history[:n:n]
	return it
}
