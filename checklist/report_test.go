package checklist

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

// answerAll records text for every item of c that is still open.
func answerAll(t testing.TB, c *Checklist, text string, on phase.Date) {
	t.Helper()
	for _, it := range c.Items() {
		if it.State() != Open {
			continue
		}
		a := text
		if it.Kind == Choice {
			a = it.Options[0].ID
		} else if it.Kind == Text {
			a = "Svar i fritekst"
		}
		if err := c.Record(it.ID, a, Note{By: "Test", On: on}); err != nil {
			t.Fatal(err)
		}
	}
}

func TestEvaluate(t *testing.T) {
	helgeland := func() *Checklist {
		c := MustBP(phase.BP1)
		for i, a := range []string{"ja", "ja", "ja", "prosjekt", "ja", "ja", "nei"} {
			if err := c.Record(c.Items()[i].ID, a, note(day1, "")); err != nil {
				t.Fatal(err)
			}
		}
		return c
	}
	tests := []struct {
		name   string
		setup  func() *Checklist
		ready  bool
		probs  []Problem
		counts Counts
	}{
		{"untouched BP2 blocks on every item", func() *Checklist { return MustBP(phase.BP2) }, false,
			func() []Problem {
				var ps []Problem
				for i := range 13 {
					ps = append(ps, Problem{Index: i, ID: MustBP(phase.BP2).Items()[i].ID, Reason: Unanswered, Blocking: true})
				}
				return ps
			}(), Counts{Open: 13}},
		{"Helgeland BP1 as in seed 000", helgeland, true, nil, Counts{Answered: 7}},
		{"BP1 item 7 answered ja", func() *Checklist {
			c := helgeland()
			must(t, c.Record("7", "Ja", note(day2, "")))
			return c
		}, false, []Problem{{Index: 6, ID: "7", Reason: Unfavourable, Blocking: true}}, Counts{Answered: 7}},
		{"BP1 item 4 linjeoppgave", func() *Checklist {
			c := helgeland()
			must(t, c.Record("4", "linjeoppgave", note(day2, "")))
			return c
		}, false, []Problem{{Index: 3, ID: "4", Reason: Unfavourable, Blocking: true}}, Counts{Answered: 7}},
		{"BP4 item 3 favourable nei", func() *Checklist {
			c := MustBP(phase.BP4)
			answerAll(t, c, "ja", day1)
			return c
		}, false, []Problem{{Index: 2, ID: "3", Reason: Unfavourable, Blocking: true}}, Counts{Answered: 9}},
		{"deferred with comment warns only", func() *Checklist {
			c := helgeland()
			must(t, c.Defer("5", note(day2, "Arkitekturprinsipper avklares i konseptfasen")))
			return c
		}, true, []Problem{{Index: 4, ID: "5", Reason: StillOpen}}, Counts{Answered: 6, Deferred: 1}},
		{"not relevant with comment passes", func() *Checklist {
			c := helgeland()
			must(t, c.NotRelevant("6", note(day2, "Finansiert av skjønnsmidler")))
			return c
		}, true, nil, Counts{Answered: 6, NotRelevant: 1}},
		{"comment too short after MinComment was raised", func() *Checklist {
			c := helgeland()
			must(t, c.NotRelevant("6", note(day2, "Finansiert av skjønnsmidler")))
			must(t, c.Defer("5", note(day2, "Avklares senere")))
			c.MinComment = 40
			return c
		}, false, []Problem{
			{Index: 4, ID: "5", Reason: CommentMissing, Blocking: true},
			{Index: 5, ID: "6", Reason: CommentMissing, Blocking: true},
		}, Counts{Answered: 5, NotRelevant: 1, Deferred: 1}},
		{"advisory never blocks", func() *Checklist {
			c := MustBP(phase.BP6)
			c.Level = Advisory
			return c
		}, true, []Problem{{Index: 0, ID: "1", Reason: Unanswered}, {Index: 1, ID: "2", Reason: Unanswered}}, Counts{Open: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := tt.setup().Evaluate()
			if r.Ready != tt.ready {
				t.Errorf("Ready = %v, want %v", r.Ready, tt.ready)
			}
			if diff := cmp.Diff(tt.probs, r.Problems); diff != "" {
				t.Errorf("Problems (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.counts, r.Counts); diff != "" {
				t.Errorf("Counts (-want +got):\n%s", diff)
			}
			if got := len(r.Blocking()); got != len(r.Findings().Errors()) {
				t.Errorf("%d blocking problems but %d error findings", got, len(r.Findings().Errors()))
			}
		})
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestKSTiming pins which checkpoints block, warn or are ignored when a
// decision leaves each phase.
func TestKSTiming(t *testing.T) {
	type verdict struct{ block, warn []string }
	tests := []struct {
		leaving phase.Phase
		within  bool
		want    verdict
	}{
		{phase.Idea, false, verdict{}},
		{phase.Concept, false, verdict{block: []string{"1", "2", "3", "4"}, warn: []string{"8"}}},
		{phase.Planning, false, verdict{block: []string{"1", "2", "3", "4", "5"}, warn: []string{"8"}}},
		{phase.Execution, true, verdict{block: []string{"1", "2", "3", "4", "5"}, warn: []string{"6", "7", "8"}}},
		{phase.Execution, false, verdict{block: []string{"1", "2", "3", "4", "5", "6", "7"}, warn: []string{"8"}}},
		{phase.Closure, false, verdict{block: []string{"1", "2", "3", "4", "5", "6", "7", "8"}}},
		{phase.Realisation, false, verdict{block: []string{"1", "2", "3", "4", "5", "6", "7", "8"}}},
	}
	for _, tt := range tests {
		r := KS().evaluate(tt.leaving, tt.within, phase.Date{})
		var got verdict
		for _, p := range r.Problems {
			if p.Blocking {
				got.block = append(got.block, p.ID)
			} else {
				got.warn = append(got.warn, p.ID)
			}
		}
		if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(verdict{})); diff != "" {
			t.Errorf("leaving %s (within %v) (-want +got):\n%s", tt.leaving, tt.within, diff)
		}
		if r.Ready != (len(tt.want.block) == 0) {
			t.Errorf("leaving %s: Ready = %v", tt.leaving, r.Ready)
		}
	}
}

func TestFindings(t *testing.T) {
	c := MustBP(phase.BP2)
	answerAll(t, c, "ja", day1)
	must(t, c.Reopen("4", note(day2, "")))
	must(t, c.Defer("13", note(day2, "Avklares med personvernombudet")))
	got := c.Evaluate().Findings()
	want := phase.Findings{
		{Code: "checklist.unanswered", Path: "items[3]", Severity: phase.SeverityError, Message: phase.Text{
			NB: "Sjekkliste for BP2, punkt 4: ikke besvart",
			NN: "Sjekkliste for BP2, punkt 4: ikkje svara på",
			EN: "BP2 checklist, item 4: not answered"}},
		{Code: "checklist.still_open", Path: "items[12]", Severity: phase.SeverityWarning, Message: phase.Text{
			NB: "Sjekkliste for BP2, punkt 13: fortsatt åpen",
			NN: "Sjekkliste for BP2, punkt 13: framleis open",
			EN: "BP2 checklist, item 13: still open"}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Findings (-want +got):\n%s", diff)
	}
}

// TestPhaseChecklist: a checklist that belongs to a phase rather than a
// decision point is due when that phase is left.
func TestPhaseChecklist(t *testing.T) {
	c, err := New("planlegging", phase.Text{NB: "Sjekkliste for planleggingsfasen"}, 0,
		Item{ID: "1", Question: Wording{Text: "Er risikologgen etablert?"}, Kind: YesNo, Favourable: Yes})
	must(t, err)
	c.Phase = phase.Planning
	if r := c.EvaluateAt(phase.Concept); !r.Ready || len(r.Problems) != 0 {
		t.Errorf("leaving concept: %+v", r)
	}
	if r := c.Evaluate(); r.Ready || r.Leaving != phase.Planning {
		t.Errorf("own phase: %+v", r)
	}
	b, err := c.MarshalJSON()
	must(t, err)
	var d Checklist
	must(t, d.UnmarshalJSON(b))
	if diff := cmp.Diff(c, &d, cmpChecklist); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	bad := MustBP(phase.BP2)
	bad.Phase = phase.Execution
	var pe *phase.PathError
	if _, err := bad.MarshalJSON(); !errors.As(err, &pe) || pe.Path != "phase" {
		t.Errorf("encoding a BP2 checklist claiming execution: %v", err)
	}
	b, err = MustBP(phase.BP2).MarshalJSON()
	must(t, err)
	b = []byte(strings.Replace(string(b), `"point":"bp2",`, `"point":"bp2","phase":"execution",`, 1))
	if err := d.UnmarshalJSON(b); !errors.As(err, &pe) || pe.Path != "phase" {
		t.Errorf("decoding a BP2 checklist claiming execution: %v", err)
	}
}

// TestLevelFailsClosed: only Advisory lets unmet items pass. A level that
// was cleared or mistyped through the exported field blocks as Mandatory
// does, in Evaluate and in the Set's gate.
func TestLevelFailsClosed(t *testing.T) {
	type result struct {
		Ready    bool
		Level    Level
		Blocking int
		Errors   int
	}
	tests := []struct {
		name  string
		level Level
		want  result
	}{
		{"mandatory", Mandatory, result{Ready: false, Level: Mandatory, Blocking: 7, Errors: 7}},
		{"advisory", Advisory, result{Ready: true, Level: Advisory, Blocking: 0, Errors: 0}},
		{"zero", 0, result{Ready: false, Level: Mandatory, Blocking: 7, Errors: 7}},
		{"invalid", Level(9), result{Ready: false, Level: Mandatory, Blocking: 7, Errors: 7}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewSet()
			s.At(phase.BP1).Level = tt.level
			r := s.At(phase.BP1).Evaluate()
			got := result{Ready: r.Ready, Level: r.Level, Blocking: len(r.Blocking())}
			ctx := phase.GateContext{Decision: approve(phase.BP1, day1), Covers: []phase.DecisionPoint{phase.BP1}}
			for _, f := range s.Gate(Options{}).Check(ctx) {
				if f.Severity == phase.SeverityError {
					got.Errors++
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("level %v (-want +got):\n%s", tt.level, diff)
			}
		})
	}
}
