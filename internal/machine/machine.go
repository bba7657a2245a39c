// Package machine wraps github.com/looplab/fsm for the lifecycles of this
// module, so that no fsm type or string event reaches a public API.
//
// The wrapper keeps to the rules learnt from fsm's issue tracker: no
// callbacks at all (guards are evaluated by the caller before Fire, so a
// refused transition never touches the machine), no asynchronous
// transitions, sorted output where fsm iterates maps, and an explicit answer
// for self-transitions.
package machine

import (
	"context"
	"errors"
	"fmt"
	"slices"

	"github.com/looplab/fsm"
)

// ErrNotAllowed is wrapped by a *TransitionError.
var ErrNotAllowed = errors.New("transition not allowed")

// TransitionError reports an event that the machine cannot take in its
// current state.
type TransitionError struct {
	Event string
	State string
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("event %q not allowed in state %q", e.Event, e.State)
}

// Unwrap returns ErrNotAllowed.
func (e *TransitionError) Unwrap() error { return ErrNotAllowed }

// Event is one transition: from any of From to To, named Name.
type Event struct {
	Name string
	From []string
	To   string
}

// Spec is a validated machine definition. It is immutable and safe for
// concurrent use; every Machine made from it is independent.
type Spec struct {
	events fsm.Events
	states []string
	table  []Event
}

// NewSpec validates the events: names and states must be non-empty, and no
// event may leave the same state twice.
func NewSpec(events []Event) (*Spec, error) {
	seen := map[[2]string]bool{}
	states := map[string]bool{}
	s := &Spec{}
	for _, e := range events {
		if e.Name == "" || e.To == "" || len(e.From) == 0 {
			return nil, fmt.Errorf("machine: incomplete event %+v", e)
		}
		for _, f := range e.From {
			if f == "" {
				return nil, fmt.Errorf("machine: event %q has an empty source state", e.Name)
			}
			k := [2]string{e.Name, f}
			if seen[k] {
				return nil, fmt.Errorf("machine: event %q leaves %q twice", e.Name, f)
			}
			seen[k] = true
			states[f] = true
		}
		states[e.To] = true
		s.events = append(s.events, fsm.EventDesc{Name: e.Name, Src: slices.Clone(e.From), Dst: e.To})
		s.table = append(s.table, Event{Name: e.Name, From: slices.Clone(e.From), To: e.To})
	}
	for st := range states {
		s.states = append(s.states, st)
	}
	slices.Sort(s.states)
	return s, nil
}

// MustSpec is like NewSpec but panics; for package-level definitions whose
// validity a test asserts.
func MustSpec(events []Event) *Spec {
	s, err := NewSpec(events)
	if err != nil {
		panic(err)
	}
	return s
}

// States returns every state named by the spec, sorted.
func (s *Spec) States() []string { return slices.Clone(s.states) }

// Events returns the transitions in definition order, each one a copy.
func (s *Spec) Events() []Event {
	out := make([]Event, len(s.table))
	for i, e := range s.table {
		out[i] = Event{Name: e.Name, From: slices.Clone(e.From), To: e.To}
	}
	return out
}

// Machine is one running instance of a Spec. It is not safe for concurrent
// use; its owner serialises access.
type Machine struct {
	f *fsm.FSM
}

// New returns a machine in state initial.
func (s *Spec) New(initial string) *Machine {
	return &Machine{f: fsm.NewFSM(initial, s.events, nil)}
}

// State returns the current state.
func (m *Machine) State() string { return m.f.Current() }

// Can reports whether event can fire in the current state.
func (m *Machine) Can(event string) bool { return m.f.Can(event) }

// Fire takes the transition named event. When the transition is not allowed
// the machine is unchanged and the error is a *TransitionError. A
// self-transition (allowed, same state) succeeds and changes nothing.
func (m *Machine) Fire(event string) error {
	err := m.f.Event(context.Background(), event)
	var none fsm.NoTransitionError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &none) && none.Err == nil:
		return nil
	default:
		return &TransitionError{Event: event, State: m.f.Current()}
	}
}

// Set puts the machine in state without running any check. Use it only to
// restore a state that was validated before.
func (m *Machine) Set(state string) { m.f.SetState(state) }

// Available returns the events that can fire now, sorted.
func (m *Machine) Available() []string {
	out := m.f.AvailableTransitions()
	slices.Sort(out)
	return out
}
