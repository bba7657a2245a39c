package checklist

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/internal/machine"
	"github.com/digitale-helgeland/veiviser/phase"
)

// State is where an item stands in its lifecycle. The zero value is unset
// and not valid; an item with no history is Open.
type State uint8

// The states of an item. The portal practice the model follows calls them
// Åpen, Utført, Ikke relevant and Fortsatt åpen.
const (
	Open        State = iota + 1 // not handled yet
	Answered                     // answered; see Item.Answer
	NotRelevant                  // marked not relevant, with a comment
	Deferred                     // still open on purpose ("fortsatt åpen"), with a comment
	Archived                     // closed after its decision; no further changes
)

var states = enum.Table[State]{
	Type:  "item state",
	Codes: []string{"open", "answered", "not_relevant", "deferred", "archived"},
	Labels: []enum.Label{
		Open:        {NB: "Åpen", NN: "Open", EN: "Open"},
		Answered:    {NB: "Besvart", NN: "Svara", EN: "Answered"},
		NotRelevant: {NB: "Ikke relevant", NN: "Ikkje relevant", EN: "Not relevant"},
		Deferred:    {NB: "Fortsatt åpen", NN: "Framleis open", EN: "Still open"},
		Archived:    {NB: "Arkivert", NN: "Arkivert", EN: "Archived"},
	},
}

// States returns every state in order.
func States() []State { return states.All() }

// String returns the wire code, such as "not_relevant".
func (s State) String() string { return states.String(s) }

// IsValid reports whether s is one of the states.
func (s State) IsValid() bool { return states.Valid(s) }

// Text returns the name of s in bokmål, nynorsk and English; for an invalid
// s, its String form.
func (s State) Text() phase.Text { return phase.Text(states.Label(s)) }

// Label returns the state's name in language l, such as "Ikke relevant".
func (s State) Label(l phase.Language) string { return s.Text().In(l) }

// MarshalText encodes s as its wire code.
func (s State) MarshalText() ([]byte, error) { return states.Marshal(s) }

// UnmarshalText decodes a wire code.
func (s *State) UnmarshalText(b []byte) error { return states.Unmarshal(b, s) }

// itemSpec is the lifecycle of an item. An event is named by the state it
// leads to: a change asks for a state, and the machine says whether the
// item may go there. Every state but Archived can be left for any other
// handled state; re-answering is a self-transition that adds a history
// entry. Archiving needs the item handled first; an archived item is final.
var itemSpec = machine.MustSpec(Open, []machine.Transition[State, State]{
	{Event: Answered, From: []State{Open, Answered, NotRelevant, Deferred}, To: Answered},
	{Event: NotRelevant, From: []State{Open, Answered, NotRelevant, Deferred}, To: NotRelevant},
	{Event: Deferred, From: []State{Open, Answered, NotRelevant, Deferred}, To: Deferred},
	{Event: Open, From: []State{Answered, NotRelevant, Deferred}, To: Open},
	{Event: Archived, From: []State{Answered, NotRelevant, Deferred}, To: Archived},
})

// Items go through the item lifecycle on itemSpec, the item machine's
// validated table, which is immutable and shared by every checklist and
// goroutine: canMove asks it whether a transition is allowed
// (machine.Spec.Allows, what a machine set to the item's state answers)
// and move where it leads (machine.Spec.Result), so that neither a change,
// nor replaying a history, nor recording a mandate's review builds a
// machine or fires an event (issue 14: the review built one on every
// call).

// canMove reports whether the item lifecycle allows going from state from
// to state to.
func canMove(from, to State) bool { return itemSpec.Allows(from, to) }

// move takes the transition from from to to and returns the state it
// leads to, from the table: firing the event on a looplab/fsm machine
// would cost a context and an event value each time (issue 14). A
// transition the lifecycle does not allow is an error wrapping
// machine.ErrNotAllowed, and the state stays from.
func move(from, to State) (State, error) {
	if !canMove(from, to) {
		return from, &machine.TransitionError{Event: to.String(), State: from.String()}
	}
	st, ok := itemSpec.Result(to)
	if !ok { // unreachable: every event of itemSpec leads to one state
		return from, &machine.TransitionError{Event: to.String(), State: from.String()}
	}
	return st, nil
}
