package machine

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func door(t *testing.T) *Spec {
	t.Helper()
	s, err := NewSpec([]Event{
		{Name: "open", From: []string{"closed"}, To: "opened"},
		{Name: "close", From: []string{"opened"}, To: "closed"},
		{Name: "lock", From: []string{"closed", "locked"}, To: "locked"},
	})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestMachine(t *testing.T) {
	s := door(t)
	m := s.New("closed")
	if diff := cmp.Diff([]string{"lock", "open"}, m.Available()); diff != "" {
		t.Errorf("Available (-want +got):\n%s", diff)
	}
	if err := m.Fire("close"); !errors.Is(err, ErrNotAllowed) {
		t.Errorf("Fire(close) in closed = %v, want ErrNotAllowed", err)
	}
	if m.State() != "closed" {
		t.Errorf("refused Fire changed state to %q", m.State())
	}
	if err := m.Fire("nonsense"); !errors.Is(err, ErrNotAllowed) {
		t.Errorf("Fire(nonsense) = %v, want ErrNotAllowed", err)
	}
	for _, ev := range []string{"lock", "lock"} { // second is a self-transition
		if err := m.Fire(ev); err != nil {
			t.Fatalf("Fire(%s) = %v", ev, err)
		}
	}
	if m.State() != "locked" {
		t.Errorf("state = %q, want locked", m.State())
	}
	m.Set("opened")
	if !m.Can("close") || m.Can("open") {
		t.Error("Can after Set is wrong")
	}
	if diff := cmp.Diff([]string{"closed", "locked", "opened"}, s.States()); diff != "" {
		t.Errorf("States (-want +got):\n%s", diff)
	}
	if got := len(s.Events()); got != 3 {
		t.Errorf("len(Events) = %d", got)
	}
}

func TestNewSpecRejects(t *testing.T) {
	for name, evs := range map[string][]Event{
		"empty name":   {{From: []string{"a"}, To: "b"}},
		"no source":    {{Name: "x", To: "b"}},
		"empty source": {{Name: "x", From: []string{""}, To: "b"}},
		"twice":        {{Name: "x", From: []string{"a"}, To: "b"}, {Name: "x", From: []string{"a"}, To: "c"}},
	} {
		if _, err := NewSpec(evs); err == nil {
			t.Errorf("%s: NewSpec accepted %+v", name, evs)
		}
	}
}
