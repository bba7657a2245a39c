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

var states = enum.Table[State]{Type: "item state", Codes: []string{"open", "answered", "not_relevant", "deferred", "archived"}}

var stateLabels = [...]phase.Text{
	Open:        {NB: "Åpen", NN: "Open", EN: "Open"},
	Answered:    {NB: "Besvart", NN: "Svara", EN: "Answered"},
	NotRelevant: {NB: "Ikke relevant", NN: "Ikkje relevant", EN: "Not relevant"},
	Deferred:    {NB: "Fortsatt åpen", NN: "Framleis open", EN: "Still open"},
	Archived:    {NB: "Arkivert", NN: "Arkivert", EN: "Archived"},
}

// States returns every state in order.
func States() []State { return states.All() }

// String returns the wire code, such as "not_relevant".
func (s State) String() string { return states.String(s) }

// IsValid reports whether s is one of the states.
func (s State) IsValid() bool { return states.Valid(s) }

// Label returns the state's name in language l, such as "Ikke relevant".
func (s State) Label(l phase.Language) string {
	if !s.IsValid() {
		return s.String()
	}
	return stateLabels[s].In(l)
}

// MarshalText encodes s as its wire code.
func (s State) MarshalText() ([]byte, error) { return states.Marshal(s) }

// UnmarshalText decodes a wire code.
func (s *State) UnmarshalText(b []byte) error { return states.Unmarshal(b, s) }

// event returns the name of the item-machine event that leads to s.
func (s State) event() string {
	switch s {
	case Open:
		return "reopen"
	case Answered:
		return "answer"
	case NotRelevant:
		return "dismiss"
	case Deferred:
		return "defer"
	case Archived:
		return "archive"
	}
	return ""
}

// itemSpec is the lifecycle of an item. Every state but Archived can be
// left for any other handled state; re-answering is a self-transition that
// adds a history entry. Archiving needs the item handled first; an archived
// item is final.
var itemSpec = machine.MustSpec([]machine.Event{
	{Name: "answer", From: []string{"open", "answered", "not_relevant", "deferred"}, To: "answered"},
	{Name: "dismiss", From: []string{"open", "answered", "not_relevant", "deferred"}, To: "not_relevant"},
	{Name: "defer", From: []string{"open", "answered", "not_relevant", "deferred"}, To: "deferred"},
	{Name: "reopen", From: []string{"answered", "not_relevant", "deferred"}, To: "open"},
	{Name: "archive", From: []string{"answered", "not_relevant", "deferred"}, To: "archived"},
})

// walker takes items through the item lifecycle on one machine of
// itemSpec: before each question or transition the machine is set to the
// item's current state (a state its validated history reached), so that
// neither checking a change nor replaying a history builds a machine per
// step. A Checklist keeps one walker for its life (Checklist.walker); code
// that must not change its checklist, such as validation before encoding,
// makes its own.
type walker struct{ m *machine.Machine }

func newWalker() walker { return walker{m: itemSpec.New(Open.String())} }

// can reports whether the item machine allows going from state from to
// state to.
func (w walker) can(from, to State) bool {
	ev := to.event()
	if ev == "" || !from.IsValid() {
		return false
	}
	w.m.Set(from.String())
	return w.m.Can(ev)
}

// move takes the transition from from to to and returns the state the
// machine reached. A transition the machine does not allow is an error
// wrapping machine.ErrNotAllowed, and the state stays from.
func (w walker) move(from, to State) (State, error) {
	ev := to.event()
	if ev == "" || !from.IsValid() {
		return from, &machine.TransitionError{Event: ev, State: from.String()}
	}
	w.m.Set(from.String())
	if err := w.m.Fire(ev); err != nil {
		return from, err
	}
	s, ok := states.Parse(w.m.State())
	if !ok {
		return from, ErrNotAllowed
	}
	return s, nil
}
