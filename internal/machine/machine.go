// Package machine wraps github.com/looplab/fsm for the lifecycles of this
// module, so that no fsm type or string event reaches a public API.
//
// A machine is declared once, as a table of Transitions whose states and
// events are the owning package's own enum types. NewSpec hands that table
// to fsm, turning each state and event into its String once; from then on
// fsm answers every question about what may happen (Can, Available, Fire),
// so the table is the only statement of a machine's rules and nothing
// beside it needs to repeat them.
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

// ErrUnknownState is returned by Machine.Set for a state its spec does not
// name.
var ErrUnknownState = errors.New("machine: unknown state")

// TransitionError reports an event that the machine cannot take in its
// current state. Event and State are the String of each.
type TransitionError struct {
	Event string
	State string
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("event %q not allowed in state %q", e.Event, e.State)
}

// Unwrap returns ErrNotAllowed.
func (e *TransitionError) Unwrap() error { return ErrNotAllowed }

// Enum is what a state or event type must be: a small named integer whose
// String is a code, unique among the values one Spec names. The enums of
// this module (type X uint8 with String from its wire code) are.
type Enum interface {
	~uint8
	String() string
}

// Transition is one row of a machine's table: Event leads from any of From
// to To. When To is one of From, that is a self-transition: allowed, and
// it changes nothing.
type Transition[S, E Enum] struct {
	Event E
	From  []S
	To    S
}

// Spec is a validated machine definition over states S and events E. It is
// immutable and safe for concurrent use; every Machine made from it is
// independent.
type Spec[S, E Enum] struct {
	initial   S
	events    fsm.Events // the table, in fsm's terms
	states    []S        // every state the table names, in order
	stateName map[S]string
	stateOf   map[string]S
	eventName map[E]string
	eventOf   map[string]E
}

// NewSpec validates the table ts of a machine that starts in initial. Each
// row needs a source state; each state and event needs a non-empty String
// that no other value of its type in the table shares; no event may leave
// the same state twice; initial must be a state of the table.
func NewSpec[S, E Enum](initial S, ts []Transition[S, E]) (*Spec[S, E], error) {
	if len(ts) == 0 {
		return nil, errors.New("machine: no transitions")
	}
	s := &Spec[S, E]{
		initial:   initial,
		stateName: map[S]string{}, stateOf: map[string]S{},
		eventName: map[E]string{}, eventOf: map[string]E{},
	}
	seen := map[[2]string]bool{}
	for _, t := range ts {
		if len(t.From) == 0 {
			return nil, fmt.Errorf("machine: event %s has no source state", t.Event)
		}
		ev, err := name(s.eventName, s.eventOf, t.Event, "event")
		if err != nil {
			return nil, err
		}
		to, err := name(s.stateName, s.stateOf, t.To, "state")
		if err != nil {
			return nil, err
		}
		src := make([]string, len(t.From))
		for i, f := range t.From {
			if src[i], err = name(s.stateName, s.stateOf, f, "state"); err != nil {
				return nil, err
			}
			k := [2]string{ev, src[i]}
			if seen[k] {
				return nil, fmt.Errorf("machine: event %q leaves %q twice", ev, src[i])
			}
			seen[k] = true
		}
		s.events = append(s.events, fsm.EventDesc{Name: ev, Src: src, Dst: to})
	}
	if _, ok := s.stateName[initial]; !ok {
		return nil, fmt.Errorf("machine: initial state %s is not in the table", initial)
	}
	for st := range s.stateName {
		s.states = append(s.states, st)
	}
	slices.Sort(s.states)
	return s, nil
}

// name records and returns the String of v, checking that it is non-empty
// and names no other value.
func name[T Enum](names map[T]string, values map[string]T, v T, kind string) (string, error) {
	if n, ok := names[v]; ok {
		return n, nil
	}
	n := v.String()
	if n == "" {
		return "", fmt.Errorf("machine: %s %d has an empty name", kind, uint8(v))
	}
	if w, dup := values[n]; dup {
		return "", fmt.Errorf("machine: %ss %d and %d are both named %q", kind, uint8(w), uint8(v), n)
	}
	names[v], values[n] = n, v
	return n, nil
}

// MustSpec is like NewSpec but panics; for package-level definitions whose
// validity a test asserts.
func MustSpec[S, E Enum](initial S, ts []Transition[S, E]) *Spec[S, E] {
	s, err := NewSpec(initial, ts)
	if err != nil {
		panic(err)
	}
	return s
}

// Initial returns the state every new machine starts in.
func (s *Spec[S, E]) Initial() S { return s.initial }

// States returns every state named by the table, in order of value.
func (s *Spec[S, E]) States() []S { return slices.Clone(s.states) }

// Result returns the state event e leads to, and false when e is not in
// the table or leads to different states from different sources.
func (s *Spec[S, E]) Result(e E) (S, bool) {
	ev, ok := s.eventName[e]
	if !ok {
		return 0, false
	}
	to := ""
	for _, d := range s.events {
		if d.Name != ev {
			continue
		}
		if to != "" && d.Dst != to {
			return 0, false
		}
		to = d.Dst
	}
	return s.stateOf[to], true
}

// Allows reports whether event e can fire in state st, as a machine of the
// spec set to st answers Can(e), from the table alone: no machine is made
// and nothing is fired. It reports false for a state or an event the
// table does not name.
func (s *Spec[S, E]) Allows(st S, e E) bool {
	from, ok := s.stateName[st]
	ev, ok2 := s.eventName[e]
	if !ok || !ok2 {
		return false
	}
	for _, d := range s.events {
		if d.Name == ev && slices.Contains(d.Src, from) {
			return true
		}
	}
	return false
}

// Machine is one running instance of a Spec. Fire and Set need exclusive
// access; State, Can and Available only read, and may run from several
// goroutines at once while nothing fires or sets.
type Machine[S, E Enum] struct {
	spec *Spec[S, E]
	f    *fsm.FSM
}

// New returns a machine in the spec's initial state.
func (s *Spec[S, E]) New() *Machine[S, E] {
	return &Machine[S, E]{spec: s, f: fsm.NewFSM(s.stateName[s.initial], s.events, nil)}
}

// Clone returns an independent machine of the same spec in the same state.
func (m *Machine[S, E]) Clone() *Machine[S, E] {
	return &Machine[S, E]{spec: m.spec, f: fsm.NewFSM(m.f.Current(), m.spec.events, nil)}
}

// State returns the current state.
func (m *Machine[S, E]) State() S { return m.spec.stateOf[m.f.Current()] }

// Can reports whether event e can fire in the current state.
func (m *Machine[S, E]) Can(e E) bool {
	ev, ok := m.spec.eventName[e]
	return ok && m.f.Can(ev)
}

// Fire takes the transition of event e. When the transition is not allowed
// the machine is unchanged and the error is a *TransitionError. A
// self-transition (allowed, same state) succeeds and changes nothing.
func (m *Machine[S, E]) Fire(e E) error {
	ev, ok := m.spec.eventName[e]
	if !ok {
		return &TransitionError{Event: e.String(), State: m.f.Current()}
	}
	err := m.f.Event(context.Background(), ev)
	var none fsm.NoTransitionError
	switch {
	case err == nil:
		return nil
	case errors.As(err, &none) && none.Err == nil:
		return nil
	default:
		return &TransitionError{Event: ev, State: m.f.Current()}
	}
}

// Set puts the machine in state st without running any check, or returns
// an error wrapping ErrUnknownState, and changes nothing, when the spec
// does not name st. Use it to restore a state that was validated before.
func (m *Machine[S, E]) Set(st S) error {
	n, ok := m.spec.stateName[st]
	if !ok {
		return fmt.Errorf("%w %s", ErrUnknownState, st)
	}
	m.f.SetState(n)
	return nil
}

// Available returns the events that can fire now, in order of value; nil
// in a final state.
func (m *Machine[S, E]) Available() []E {
	names := m.f.AvailableTransitions()
	if len(names) == 0 {
		return nil
	}
	out := make([]E, len(names))
	for i, n := range names {
		out[i] = m.spec.eventOf[n]
	}
	slices.Sort(out)
	return out
}
