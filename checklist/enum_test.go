package checklist

import (
	"encoding"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/internal/enum/enumtest"
	"github.com/digitale-helgeland/veiviser/internal/enum/texttest"
	"github.com/digitale-helgeland/veiviser/internal/machine"
	"github.com/digitale-helgeland/veiviser/phase"
)

type enumValue interface {
	String() string
	IsValid() bool
	Label(phase.Language) string
	encoding.TextMarshaler
}

// enumCase describes one enumeration: its valid values in order, their
// wire codes, and a fresh pointer to decode into.
type enumCase struct {
	name   string
	values []enumValue
	codes  []string
	zero   enumValue
	newPtr func() encoding.TextUnmarshaler
	deref  func(encoding.TextUnmarshaler) enumValue
}

func enumCases() []enumCase {
	return []enumCase{
		{"Kind", []enumValue{YesNo, Choice, Text}, []string{"yes_no", "choice", "text"}, Kind(0),
			func() encoding.TextUnmarshaler { return new(Kind) }, func(u encoding.TextUnmarshaler) enumValue { return *u.(*Kind) }},
		{"Bool", []enumValue{Yes, No}, []string{"yes", "no"}, Bool(0),
			func() encoding.TextUnmarshaler { return new(Bool) }, func(u encoding.TextUnmarshaler) enumValue { return *u.(*Bool) }},
		{"Level", []enumValue{Mandatory, Advisory}, []string{"mandatory", "advisory"}, Level(0),
			func() encoding.TextUnmarshaler { return new(Level) }, func(u encoding.TextUnmarshaler) enumValue { return *u.(*Level) }},
		{"Reason", []enumValue{Unanswered, Unfavourable, CommentMissing, StillOpen}, []string{"unanswered", "unfavourable", "comment_missing", "still_open"}, Reason(0),
			func() encoding.TextUnmarshaler { return new(Reason) }, func(u encoding.TextUnmarshaler) enumValue { return *u.(*Reason) }},
		{"State", []enumValue{Open, Answered, NotRelevant, Deferred, Archived}, []string{"open", "answered", "not_relevant", "deferred", "archived"}, State(0),
			func() encoding.TextUnmarshaler { return new(State) }, func(u encoding.TextUnmarshaler) enumValue { return *u.(*State) }},
	}
}

func TestEnums(t *testing.T) {
	for _, ec := range enumCases() {
		t.Run(ec.name, func(t *testing.T) {
			var codes []string
			for _, v := range ec.values {
				if !v.IsValid() {
					t.Errorf("%v is not valid", v)
				}
				b, err := v.MarshalText()
				if err != nil {
					t.Fatal(err)
				}
				codes = append(codes, string(b))
				u := ec.newPtr()
				if err := u.UnmarshalText(b); err != nil || ec.deref(u) != v {
					t.Errorf("UnmarshalText(%s) = %v, %v", b, ec.deref(u), err)
				}
				for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English} {
					if v.Label(l) == "" || v.Label(l) == v.String() && l != phase.English {
						t.Errorf("%v has no %v label", v, l)
					}
				}
			}
			if diff := cmp.Diff(ec.codes, codes); diff != "" {
				t.Errorf("wire codes (-want +got):\n%s", diff)
			}
			if ec.zero.IsValid() {
				t.Error("the zero value is valid")
			}
			if _, err := ec.zero.MarshalText(); !errors.Is(err, phase.ErrUnknownValue) {
				t.Errorf("marshalling zero: %v", err)
			}
			u := ec.newPtr()
			var ve *enum.ValueError
			if err := u.UnmarshalText([]byte("tja")); !errors.As(err, &ve) || ve.Value != "tja" {
				t.Errorf("UnmarshalText(tja) = %v, want a *enum.ValueError", err)
			}
			if ec.deref(u) != ec.zero {
				t.Error("a failed UnmarshalText changed the value")
			}
		})
	}
	if got := States(); len(got) != 5 || got[0] != Open {
		t.Errorf("States() = %v", got)
	}
}

func TestEnumTables(t *testing.T) {
	enumtest.Tables(t, map[string]enumtest.Checker{
		"bools":   bools,
		"kinds":   kinds,
		"reasons": reasons,
		"states":  states,
	},
		"levels", // Level keeps its own labels until level.go is free to change
	)
}

// TestText checks that Label is Text in one language, and that an invalid
// value is named by its String form.
func TestText(t *testing.T) {
	for i := range 8 {
		texttest.Check(t, Bool(i), Kind(i), Reason(i), State(i))
	}
}

// TestItemMachine pins the item lifecycle: which state may follow which.
func TestItemMachine(t *testing.T) {
	all := States()
	want := map[State][]State{
		Open:        {Answered, NotRelevant, Deferred},
		Answered:    {Open, Answered, NotRelevant, Deferred, Archived},
		NotRelevant: {Open, Answered, NotRelevant, Deferred, Archived},
		Deferred:    {Open, Answered, NotRelevant, Deferred, Archived},
		Archived:    nil,
	}
	for _, from := range all {
		var got []State
		for _, to := range all {
			if canMove(from, to) {
				got = append(got, to)
			}
		}
		if diff := cmp.Diff(want[from], got); diff != "" {
			t.Errorf("from %v (-want +got):\n%s", from, diff)
		}
	}
	if canMove(0, Answered) || canMove(Open, 0) {
		t.Error("the zero state moves")
	}
	if _, err := move(Archived, Answered); !errors.Is(err, machine.ErrNotAllowed) {
		t.Errorf("move(archived, answered) = %v", err)
	}
	if _, err := move(0, Answered); !errors.Is(err, machine.ErrNotAllowed) {
		t.Errorf("move(0, answered) = %v", err)
	}
	if s, err := move(Answered, Answered); err != nil || s != Answered {
		t.Errorf("move(answered, answered) = %v, %v; want a self-transition", s, err)
	}
	// move asks the machine and reads the state from its table without
	// firing the event: it ends where firing the event on the machine
	// ends, and refuses what firing refuses.
	for _, from := range append([]State{0}, all...) {
		for _, to := range append([]State{0}, all...) {
			m := itemSpec.New()
			fired, ferr := from, m.Set(from)
			if ferr == nil {
				if ferr = m.Fire(to); ferr == nil {
					fired = m.State()
				}
			}
			got, err := move(from, to)
			if got != fired || (err == nil) != (ferr == nil) {
				t.Errorf("move(%v, %v) = %v, %v; firing the event gives %v, %v", from, to, got, err, fired, ferr)
			}
		}
	}
}

func TestLevelBlocks(t *testing.T) {
	got := map[Level]bool{}
	for _, v := range []Level{0, Mandatory, Advisory, 3, 255} {
		got[v] = v.Blocks()
	}
	want := map[Level]bool{0: true, Mandatory: true, Advisory: false, 3: true, 255: true}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Blocks (-want +got):\n%s", diff)
	}
}
