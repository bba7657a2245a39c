package machine

import (
	"errors"
	"strconv"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type door uint8

const (
	closed door = iota + 1
	opened
	locked
	ajar // named by no transition
)

func (d door) String() string {
	switch d {
	case closed:
		return "closed"
	case opened:
		return "opened"
	case locked:
		return "locked"
	}
	return "door(" + strconv.Itoa(int(d)) + ")"
}

type push uint8

const (
	open push = iota + 1
	shut
	lock
	kick // named by no transition
)

func (p push) String() string {
	switch p {
	case open:
		return "open"
	case shut:
		return "close"
	case lock:
		return "lock"
	}
	return "push(" + strconv.Itoa(int(p)) + ")"
}

var doorTable = []Transition[door, push]{
	{Event: open, From: []door{closed}, To: opened},
	{Event: shut, From: []door{opened}, To: closed},
	{Event: lock, From: []door{closed, locked}, To: locked},
}

func TestMachine(t *testing.T) {
	s, err := NewSpec(closed, doorTable)
	if err != nil {
		t.Fatal(err)
	}
	m := s.New()
	if m.State() != closed || s.Initial() != closed {
		t.Errorf("new machine in %v, initial %v", m.State(), s.Initial())
	}
	if diff := cmp.Diff([]push{open, lock}, m.Available()); diff != "" {
		t.Errorf("Available (-want +got):\n%s", diff)
	}
	if err := m.Fire(shut); !errors.Is(err, ErrNotAllowed) {
		t.Errorf("Fire(close) in closed = %v, want ErrNotAllowed", err)
	}
	if m.State() != closed {
		t.Errorf("refused Fire changed state to %v", m.State())
	}
	if err := m.Fire(kick); !errors.Is(err, ErrNotAllowed) || m.Can(kick) {
		t.Errorf("Fire(kick) = %v, want ErrNotAllowed", err)
	}
	for _, ev := range []push{lock, lock} { // the second is a self-transition
		if err := m.Fire(ev); err != nil {
			t.Fatalf("Fire(%v) = %v", ev, err)
		}
	}
	if m.State() != locked {
		t.Errorf("state = %v, want locked", m.State())
	}
	if diff := cmp.Diff([]push{lock}, m.Available()); diff != "" {
		t.Errorf("Available when locked (-want +got):\n%s", diff)
	}
	c := m.Clone()
	if err := m.Set(opened); err != nil {
		t.Fatal(err)
	}
	if !m.Can(shut) || m.Can(open) {
		t.Error("Can after Set is wrong")
	}
	if c.State() != locked {
		t.Errorf("the clone followed Set to %v", c.State())
	}
	if err := m.Set(ajar); !errors.Is(err, ErrUnknownState) || m.State() != opened {
		t.Errorf("Set(ajar) = %v, state %v", err, m.State())
	}
	if diff := cmp.Diff([]door{closed, opened, locked}, s.States()); diff != "" {
		t.Errorf("States (-want +got):\n%s", diff)
	}
	for ev, want := range map[push]door{open: opened, shut: closed, lock: locked} {
		if got, ok := s.Result(ev); !ok || got != want {
			t.Errorf("Result(%v) = %v, %v; want %v", ev, got, ok, want)
		}
	}
	if _, ok := s.Result(kick); ok {
		t.Error("Result(kick) is known")
	}
}

// TestAllows holds Spec.Allows to what a machine set to each state answers
// for each event, states and events the table does not name included.
func TestAllows(t *testing.T) {
	s, err := NewSpec(closed, doorTable)
	if err != nil {
		t.Fatal(err)
	}
	allowed := 0
	for _, st := range []door{0, closed, opened, locked, ajar} {
		for _, ev := range []push{0, open, shut, lock, kick} {
			m := s.New()
			want := m.Set(st) == nil && m.Can(ev)
			if got := s.Allows(st, ev); got != want {
				t.Errorf("Allows(%v, %v) = %v, a machine in that state says %v", st, ev, got, want)
			}
			if want {
				allowed++
			}
		}
	}
	if allowed != 4 { // open and lock from closed, close from opened, lock from locked
		t.Errorf("%d transitions allowed, want 4", allowed)
	}
}

func TestResultAmbiguous(t *testing.T) {
	s := MustSpec(closed, []Transition[door, push]{
		{Event: lock, From: []door{closed}, To: locked},
		{Event: lock, From: []door{opened}, To: opened},
	})
	if got, ok := s.Result(lock); ok {
		t.Errorf("Result(lock) = %v, true; it leads to two states", got)
	}
}

// TestAvailableSorted: fsm iterates a map, so an unsorted answer would show
// up within a few hundred tries.
func TestAvailableSorted(t *testing.T) {
	var all []push
	var ts []Transition[door, push]
	for e := push(1); e <= 40; e++ {
		all = append(all, e)
		ts = append(ts, Transition[door, push]{Event: e, From: []door{closed}, To: opened})
	}
	m := MustSpec(closed, ts).New()
	for range 200 {
		if diff := cmp.Diff(all, m.Available()); diff != "" {
			t.Fatalf("Available (-want +got):\n%s", diff)
		}
	}
	if m.Fire(3) != nil || m.Available() != nil {
		t.Errorf("Available in a final state = %v, want nil", m.Available())
	}
}

// TestReadConcurrently: State, Can and Available only read.
func TestReadConcurrently(t *testing.T) {
	m := MustSpec(closed, doorTable).New()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if m.State() != closed || !m.Can(open) || len(m.Available()) != 2 {
				t.Error("concurrent read is wrong")
			}
		})
	}
	wg.Wait()
}

func TestNewSpecRejects(t *testing.T) {
	for name, tc := range map[string]struct {
		initial door
		ts      []Transition[door, push]
	}{
		"empty":          {closed, nil},
		"no source":      {closed, []Transition[door, push]{{Event: open, To: opened}}},
		"twice":          {closed, []Transition[door, push]{{Event: open, From: []door{closed}, To: opened}, {Event: open, From: []door{closed}, To: locked}}},
		"twice in a row": {closed, []Transition[door, push]{{Event: open, From: []door{closed, closed}, To: opened}}},
		"initial":        {ajar, doorTable},
	} {
		if _, err := NewSpec(tc.initial, tc.ts); err == nil {
			t.Errorf("%s: NewSpec accepted %+v", name, tc.ts)
		}
	}
	if _, err := NewSpec(1, []Transition[twin, push]{{Event: open, From: []twin{1}, To: 2}}); err == nil {
		t.Error("NewSpec accepted two states with one name")
	}
	if _, err := NewSpec(closed, []Transition[door, twin]{{Event: 1, From: []door{closed}, To: opened}, {Event: 2, From: []door{opened}, To: closed}}); err == nil {
		t.Error("NewSpec accepted two events with one name")
	}
	if _, err := NewSpec(1, []Transition[blank, push]{{Event: open, From: []blank{1}, To: 1}}); err == nil {
		t.Error("NewSpec accepted a state with an empty name")
	}
}

// twin names every value alike.
type twin uint8

func (twin) String() string { return "twin" }

// blank names no value.
type blank uint8

func (blank) String() string { return "" }
