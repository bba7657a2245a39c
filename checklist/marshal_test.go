package checklist

import (
	"encoding/json"
	"errors"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

// TestMarshalRefuses: what UnmarshalJSON would refuse, MarshalJSON refuses
// first, with a *phase.PathError naming where, instead of writing a project that
// cannot be loaded.
func TestMarshalRefuses(t *testing.T) {
	tests := []struct {
		name   string
		change func(s *Set)
		path   string
		err    error
	}{
		{"level cleared", func(s *Set) { s.At(phase.BP1).Level = 0 }, "bp1.level", phase.ErrUnknownValue},
		{"level out of range", func(s *Set) { s.KS().Level = 7 }, "ks.level", phase.ErrUnknownValue},
		{"point changed", func(s *Set) { s.At(phase.BP2).Point = phase.BP3 }, "bp2.point", ErrInvalidChecklist},
		{"point cleared", func(s *Set) { s.At(phase.BP2).Point = 0 }, "bp2.point", ErrInvalidChecklist},
		{"point invalid", func(s *Set) { s.At(phase.BP4).Point = phase.BP1 | 1 }, "bp4.point", phase.ErrUnknownValue},
		{"ID blank", func(s *Set) { s.At(phase.BP3).ID = " " }, "bp3.id", ErrInvalidChecklist},
		{"ID not UTF-8", func(s *Set) { s.At(phase.BP3).ID = "bp\xff" }, "bp3.id", ErrInvalidChecklist},
		{"title cleared", func(s *Set) { s.At(phase.BP6).Title = phase.Text{} }, "bp6.title", ErrInvalidChecklist},
		{"phase against the point", func(s *Set) { s.At(phase.BP2).Phase = phase.Execution }, "bp2.phase", ErrInvalidChecklist},
		{"phase invalid", func(s *Set) { s.At(phase.BP2).Phase = 9 }, "bp2.phase", phase.ErrUnknownValue},
		{"negative minimum comment", func(s *Set) { s.At(phase.BP2).MinComment = -1 }, "bp2.minComment", ErrInvalidChecklist},
		{"KS given a point", func(s *Set) { s.KS().Point = phase.BP2 }, "ks.point", ErrInvalidChecklist},
		{"KS given a phase", func(s *Set) { s.KS().Phase = phase.Concept }, "ks.phase", ErrInvalidChecklist},
		{"KS renamed", func(s *Set) { s.KS().ID = "kommune" }, "ks.id", ErrInvalidChecklist},
		{"phase checklist given a point", func(s *Set) { s.ForPhase(phase.Planning).Point = phase.BP3 }, "phase:planning.point", ErrInvalidChecklist},
		{"phase checklist moved", func(s *Set) { s.ForPhase(phase.Planning).Phase = phase.Closure }, "phase:planning.phase", ErrInvalidChecklist},
		{"phase checklist lost its phase", func(s *Set) { s.ForPhase(phase.Planning).Phase = 0 }, "phase:planning.phase", ErrInvalidChecklist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := busy(t)
			must(t, s.Put(orgPlanning(t)))
			tt.change(s)
			b, err := json.Marshal(s)
			var pe *phase.PathError
			if !errors.As(err, &pe) || !errors.Is(err, tt.err) || pe.Path != tt.path {
				t.Fatalf("Marshal = %.60s, %v; want a *phase.PathError at %q wrapping %v", b, err, tt.path, tt.err)
			}
		})
	}
}

// TestMarshalChecklistRefuses: a checklist and an item on their own.
func TestMarshalChecklistRefuses(t *testing.T) {
	c := MustBP(phase.BP1)
	c.Level = 0
	var pe *phase.PathError
	if _, err := json.Marshal(c); !errors.As(err, &pe) || pe.Path != "level" {
		t.Errorf("checklist with level 0: %v", err)
	}
	it := MustBP(phase.BP1).Items()[0]
	it.ID = ""
	if _, err := json.Marshal(it); !errors.As(err, &pe) || pe.Path != "id" {
		t.Errorf("item without an ID: %v", err)
	}
	it = busy(t).At(phase.BP1).Items()[3] // a choice, answered "prosjekt"
	it.Kind = YesNo
	it.Options = nil
	if _, err := json.Marshal(it); !errors.As(err, &pe) || pe.Path != "history[0].answer" {
		t.Errorf("answered choice turned yes/no: %v", err)
	}
}

// TestMarshalThenUnmarshal is a property over random changes to every
// exported field of a Set, its checklists and items: whatever MarshalJSON
// accepts, UnmarshalJSON accepts, and the decoded value encodes to what it
// was decoded from. Refusals must be *PathErrors. The test also counts
// both outcomes, so that it cannot pass by refusing everything.
func TestMarshalThenUnmarshal(t *testing.T) {
	base := busy(t)
	must(t, base.Put(orgPlanning(t)))
	rng := rand.New(rand.NewPCG(2020, 225))
	n := 200
	if testing.Short() {
		n = 50
	}
	var accepted, refused int
	for range n {
		s := base.Clone()
		var log []string
		for range 1 + rng.IntN(3) {
			log = append(log, mutateSet(rng, s))
		}
		b, err := json.Marshal(s)
		if err != nil {
			var pe *phase.PathError
			if !errors.As(err, &pe) {
				t.Fatalf("after %q: Marshal error %v is not a *phase.PathError", log, err)
			}
			refused++
			continue
		}
		accepted++
		roundTrip(t, log, b, new(Set))
		// Each checklist on its own, too.
		for _, c := range slots(s) {
			if cb, err := json.Marshal(c); err == nil {
				roundTrip(t, log, cb, new(Checklist))
			}
		}
	}
	t.Logf("accepted %d, refused %d", accepted, refused)
	if accepted < n/10 || refused < n/10 {
		t.Errorf("accepted %d and refused %d of %d; the mutations do not exercise both sides", accepted, refused, n)
	}
}

// TestItemMarshalThenUnmarshal is the same property for items with history.
func TestItemMarshalThenUnmarshal(t *testing.T) {
	s := busy(t)
	pool := append(s.At(phase.BP1).Items(), s.KS().Items()...)
	pool = append(pool, s.At(phase.BP6).Items()...)
	rng := rand.New(rand.NewPCG(17, 2))
	var accepted, refused int
	for range 1000 {
		it := pool[rng.IntN(len(pool))].Clone()
		var log []string
		for range 1 + rng.IntN(3) {
			log = append(log, mutateItem(rng, &it))
		}
		b, err := json.Marshal(it)
		if err != nil {
			var pe *phase.PathError
			if !errors.As(err, &pe) {
				t.Fatalf("after %q: Marshal error %v is not a *phase.PathError", log, err)
			}
			refused++
			continue
		}
		accepted++
		var d Item
		roundTrip(t, log, b, &d)
	}
	if accepted < 100 || refused < 100 {
		t.Errorf("accepted %d and refused %d; the mutations do not exercise both sides", accepted, refused)
	}
}

// roundTrip decodes b into v, which must succeed, and checks that v
// encodes to b again. Strings that are not valid UTF-8 are the one change
// allowed: encoding/json writes them as U+FFFD, so b may differ from the
// next encoding then, but that one must be a fixed point.
func roundTrip(t *testing.T, log []string, b []byte, v json.Marshaler) {
	t.Helper()
	if err := json.Unmarshal(b, v); err != nil {
		t.Fatalf("after %q: Marshal accepted but Unmarshal refuses: %v\n%s", log, err, b)
	}
	again, err := json.Marshal(v)
	if err != nil {
		t.Fatalf("after %q: the decoded value does not encode: %v", log, err)
	}
	if string(again) == string(b) {
		return
	}
	if err := json.Unmarshal(again, v); err != nil {
		t.Fatalf("after %q: second decode: %v", log, err)
	}
	third, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(again), string(third)); diff != "" {
		t.Fatalf("after %q: encoding is not stable (-second +third):\n%s", log, diff)
	}
}

// orgPlanning returns an organisation's own checklist for the planning
// phase, with one answer.
func orgPlanning(t testing.TB) *Checklist {
	t.Helper()
	c, err := New("org-planning", phase.Text{NB: "Virksomhetens sjekkliste for planleggingsfasen", EN: "Our planning checklist"}, 0,
		Item{ID: "1", Question: Wording{Text: "Er risikologgen etablert?", English: "Is the risk log in place?"}, Kind: YesNo, Favourable: Yes},
		Item{ID: "2", Question: Wording{Text: "Er budsjettet godkjent?"}, Kind: YesNo, Favourable: Yes})
	must(t, err)
	c.Phase = phase.Planning
	must(t, c.Record("1", "ja", note(day2, "")))
	return c
}

// slots returns every checklist of s.
func slots(s *Set) []*Checklist {
	var out []*Checklist
	for _, p := range s.Points() {
		out = append(out, s.At(p))
	}
	for _, ph := range s.Phases() {
		out = append(out, s.ForPhase(ph))
	}
	if s.KS() != nil {
		out = append(out, s.KS())
	}
	return out
}

// Values the mutations pick from: valid ones, and the edge cases around them.
var (
	mutStrings = []string{"", " ", "x", "ks", "bp2", "a\xffb", "<navn>", "Ikke relevant", "1", "2"}
	mutPoints  = []phase.DecisionPoint{0, phase.BP1, phase.BP2, phase.BP3, phase.BP4, phase.BP5, phase.BP6,
		phase.ExecutionPoint(1), phase.ExecutionPoint(99), 7 << 8, phase.BP3 | 200, phase.BP1 | 1}
	mutPhases  = []phase.Phase{0, phase.Idea, phase.Concept, phase.Planning, phase.Execution, phase.Closure, phase.Realisation, 7, 255}
	mutLevels  = []Level{0, Mandatory, Advisory, 3}
	mutInts    = []int{-1, 0, 1, 10, 1000}
	mutTitles  = []phase.Text{{}, {NB: "x"}, {EN: " "}, {NB: "a\xffb"}}
	mutKinds   = []Kind{0, YesNo, Choice, Text, 4}
	mutBools   = []Bool{0, Yes, No, 3}
	mutLangs   = []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English, 0, 9}
	mutOptions = [][]Option{nil, {{ID: "prosjekt"}, {ID: "linjeoppgave"}}, {{ID: "a"}}, {{ID: "a"}, {ID: "a"}}, {{ID: " "}, {ID: "b"}}, {{ID: "a\xff"}, {ID: "b"}}}
	mutWords   = []Wording{{}, {Text: "Er det gjort?"}, {Text: " "}, {English: "only English"}}
)

func pick[T any](rng *rand.Rand, from []T) T { return from[rng.IntN(len(from))] }

// mutateSet changes one exported field of s or of one of its checklists,
// or puts or adds something through the Set's and checklists' methods,
// and says what it did.
func mutateSet(rng *rand.Rand, s *Set) string {
	cs := slots(s)
	c := cs[rng.IntN(len(cs))]
	switch rng.IntN(10) {
	case 0:
		c.ID = pick(rng, mutStrings)
		return c.ID + ": ID"
	case 1:
		c.Title = pick(rng, mutTitles)
		return c.ID + ": title"
	case 2:
		c.Point = pick(rng, mutPoints)
		return c.ID + ": point " + c.Point.String()
	case 3:
		c.Phase = pick(rng, mutPhases)
		return c.ID + ": phase " + c.Phase.String()
	case 4:
		c.Level = pick(rng, mutLevels)
		return c.ID + ": level " + c.Level.String()
	case 5:
		c.MinComment = pick(rng, mutInts)
		return c.ID + ": minComment"
	case 7: // an item with history, changed, added under a new ID
		items := c.Items()
		it := items[rng.IntN(len(items))]
		mutateItem(rng, &it)
		it.ID = "ny-" + it.ID
		_ = c.Add(it)
		return c.ID + ": add item"
	case 8: // a checklist of its own, in whatever slot its fields give it
		d := c.Clone()
		d.ID = pick(rng, mutStrings)
		d.Point = pick(rng, mutPoints)
		d.Phase = pick(rng, mutPhases)
		_ = s.Put(d)
		return "put " + d.ID
	default: // a change through the checklist's methods
		items := c.Items()
		it := items[rng.IntN(len(items))]
		_ = c.Record(it.ID, pick(rng, []string{"ja", "nei", "prosjekt", "ikke relevant", "fritekst"}), note(day3, "Vurdert i styringsgruppen"))
		return c.ID + ": record " + it.ID
	}
}

// mutateItem changes one exported field of it and says which.
func mutateItem(rng *rand.Rand, it *Item) string {
	switch rng.IntN(11) {
	case 0:
		it.ID = pick(rng, mutStrings)
		return "id"
	case 1:
		it.Lang = pick(rng, mutLangs)
		return "lang"
	case 2:
		it.Question = pick(rng, mutWords)
		return "question"
	case 3:
		it.Guidance = pick(rng, mutWords)
		return "guidance"
	case 4:
		it.Lead = pick(rng, mutWords)
		return "lead"
	case 5:
		it.Sub = pick(rng, [][]Wording{nil, {{Text: "Kva?"}}, {{Text: ""}}, {{English: "x"}}})
		return "sub"
	case 6:
		it.Kind = pick(rng, mutKinds)
		return "kind " + it.Kind.String()
	case 7:
		it.Favourable = pick(rng, mutBools)
		return "favourable"
	case 8:
		it.Options = pick(rng, mutOptions)
		return "options"
	case 9:
		it.From = pick(rng, mutPhases)
		return "from " + it.From.String()
	default:
		it.Due = pick(rng, mutPhases)
		return "due " + it.Due.String()
	}
}
