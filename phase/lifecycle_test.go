package phase

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func decision(p DecisionPoint, o Outcome, date string) Decision {
	return Decision{Point: p, Outcome: o, Date: MustDate(date), Body: "Styringsgruppen", DecidedBy: "Leder"}
}

// through returns a standard lifecycle approved through the given points.
func through(t *testing.T, points ...DecisionPoint) *Lifecycle {
	t.Helper()
	l := New(nil)
	for _, p := range points {
		if err := l.Decide(decision(p, Approved, "2020-01-01")); err != nil {
			t.Fatalf("approve %v: %v", p, err)
		}
	}
	return l
}

func TestDecideErrors(t *testing.T) {
	blocking := GateFunc(func(c GateContext) Findings {
		return Findings{
			newFinding("mandate.missing", "products.mandate", SeverityError, Text{EN: "no mandate"}),
			newFinding("checklist.open", "checklists.bp1.items[6]", SeverityError, Text{EN: "item 7 open"}),
			newFinding("note", "x", SeverityWarning, Text{EN: "just a warning"}),
		}
	})
	warnOnly := GateFunc(func(c GateContext) Findings {
		return Findings{newFinding("note", "x", SeverityWarning, Text{EN: "just a warning"})}
	})
	stopped := through(t)
	if err := stopped.Decide(decision(BP1, Stopped, "2020-01-01")); err != nil {
		t.Fatal(err)
	}
	completed := through(t, BP1, BP2, BP3, BP4, BP5, BP6)

	tests := []struct {
		name      string
		l         *Lifecycle
		d         Decision
		gates     []Gate
		want      error
		wantCodes []Code
	}{
		{"wrong point", New(nil), decision(BP2, Approved, "2020-01-01"), nil, ErrWrongPoint, []Code{"decision.wrong_point"}},
		{"invalid", New(nil), Decision{Point: BP1}, nil, ErrInvalidDecision, []Code{"decision.outcome", "decision.date", "text.blank", "text.blank"}},
		{"placeholder", New(nil), Decision{Point: BP1, Outcome: Approved, Date: MustDate("2020-01-01"), Body: "S", DecidedBy: "<navn>"}, nil, ErrInvalidDecision, []Code{"text.placeholder"}},
		{"blank condition", New(nil), Decision{Point: BP1, Outcome: Approved, Date: MustDate("2020-01-01"), Body: "S", DecidedBy: "L", Conditions: []string{""}}, nil, ErrInvalidDecision, []Code{"text.blank"}},
		{"out of order", through(t, BP1), decision(BP2, Approved, "2019-12-31"), nil, ErrOutOfOrder, []Code{"decision.out_of_order"}},
		{"refused by gate", New(nil), decision(BP1, Approved, "2020-01-01"), []Gate{blocking}, ErrRefused, []Code{"mandate.missing", "checklist.open"}},
		{"after stop", stopped, decision(BP1, Approved, "2020-01-01"), nil, ErrTerminal, []Code{"decision.terminal"}},
		{"after completion", completed, decision(BP6, Approved, "2020-01-01"), nil, ErrTerminal, []Code{"decision.terminal"}},
		{"warnings do not block", New(nil), decision(BP1, Approved, "2020-01-01"), []Gate{warnOnly}, nil, nil},
		{"gates ignored when sent back", New(nil), decision(BP1, SentBack, "2020-01-01"), []Gate{blocking}, nil, nil},
		{"gates ignored when stopped", New(nil), decision(BP1, Stopped, "2020-01-01"), []Gate{blocking}, nil, nil},
	}
	for _, tt := range tests {
		before := tt.l.Clone()
		err := tt.l.Decide(tt.d, tt.gates...)
		if !errors.Is(err, tt.want) || (tt.want == nil) != (err == nil) {
			t.Errorf("%s: Decide = %v, want %v", tt.name, err, tt.want)
			continue
		}
		if err == nil {
			continue
		}
		var de *DecisionError
		if !errors.As(err, &de) {
			t.Errorf("%s: %T is not a *DecisionError", tt.name, err)
			continue
		}
		var codes []Code
		for _, f := range de.Unmet {
			codes = append(codes, f.Code)
			if f.Severity != SeverityError {
				t.Errorf("%s: unmet finding %v is not an error", tt.name, f)
			}
		}
		if diff := cmp.Diff(tt.wantCodes, codes); diff != "" {
			t.Errorf("%s: unmet codes (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(snapshot(before), snapshot(tt.l)); diff != "" {
			t.Errorf("%s: refused decision changed the lifecycle (-before +after):\n%s", tt.name, diff)
		}
	}
}

// state is a comparable picture of everything a Lifecycle exposes.
type state struct {
	Position Position
	Status   Status
	History  []Decision
	Next     DecisionPoint
	JSON     string
}

func snapshot(l *Lifecycle) state {
	next, _ := l.Next()
	b, err := json.Marshal(l)
	if err != nil {
		panic(err)
	}
	return state{l.Position(), l.Status(), l.History(), next.Point, string(b)}
}

func TestGateContext(t *testing.T) {
	m, err := NewModel(Tailoring{Skips: []Skip{{Planning, "lite prosjekt"}}})
	if err != nil {
		t.Fatal(err)
	}
	l := New(m)
	if err := l.Decide(decision(BP1, Approved, "2020-01-01")); err != nil {
		t.Fatal(err)
	}
	var got GateContext
	capture := GateFunc(func(c GateContext) Findings { got = c; return nil })
	d := decision(BP2, Approved, "2020-02-01")
	d.Conditions = []string{"budsjett avklares"}
	if err := l.Decide(d, Gates(capture)); err != nil {
		t.Fatal(err)
	}
	want := GateContext{Decision: d, From: Concept, To: Execution, Target: Position{Phase: Execution}, Covers: []DecisionPoint{BP2, BP3},
		Skipped: []Skip{{Planning, "lite prosjekt"}}, Model: m}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b *Model) bool { return a == b })); diff != "" {
		t.Errorf("GateContext (-want +got):\n%s", diff)
	}
	got.Decision.Conditions[0] = "changed by gate"
	if l.History()[1].Conditions[0] != "budsjett avklares" {
		t.Error("a gate could change the recorded decision")
	}
}

func TestSequence(t *testing.T) {
	m, err := NewModel(Tailoring{WithoutIdea: true, ExecutionSubPhases: 2})
	if err != nil {
		t.Fatal(err)
	}
	l := New(m)
	steps := []struct {
		d       Decision
		wantPos Position
		wantSt  Status
	}{
		{decision(BP1, SentBack, "2020-02-25"), Position{}, Active},
		{decision(BP1, SentBack, "2020-03-01"), Position{}, Active},
		{decision(BP1, Approved, "2020-03-01"), Position{Phase: Concept}, Active},
		{decision(BP2, Approved, "2020-06-01"), Position{Phase: Planning}, Active},
		{decision(BP3, Approved, "2020-09-01"), Position{Phase: Execution, Sub: 1}, Active},
		{decision(ExecutionPoint(1), Approved, "2021-01-01"), Position{Phase: Execution, Sub: 2}, Active},
		{decision(BP4, Stopped, "2021-06-01"), Position{Phase: Execution, Sub: 2}, Halted},
	}
	for i, s := range steps {
		if err := l.Decide(s.d); err != nil {
			t.Fatalf("step %d: %v", i, err)
		}
		if l.Position() != s.wantPos || l.Status() != s.wantSt {
			t.Errorf("step %d: at %+v %v, want %+v %v", i, l.Position(), l.Status(), s.wantPos, s.wantSt)
		}
	}
	if got := l.Resubmissions(BP1); got != 2 {
		t.Errorf("Resubmissions(BP1) = %d, want 2", got)
	}
	if _, ok := l.Next(); ok {
		t.Error("Next() on a stopped lifecycle reported a step")
	}
	if got := l.Position().Label(Bokmal); got != "Gjennomføringsfase 2" {
		t.Errorf("Label = %q", got)
	}
}

func TestRebuild(t *testing.T) {
	good := []Decision{
		decision(BP1, SentBack, "2020-02-25"),
		decision(BP1, Approved, "2020-03-10"),
		decision(BP2, Approved, "2020-06-01"),
	}
	l, err := Rebuild(nil, good)
	if err != nil {
		t.Fatal(err)
	}
	if l.Phase() != Planning || l.Resubmissions(BP1) != 1 {
		t.Errorf("Rebuild: at %v with %d resubmissions", l.Phase(), l.Resubmissions(BP1))
	}
	tests := []struct {
		name    string
		history []Decision
		index   int
		want    error
	}{
		{"skipped point", []Decision{good[1], decision(BP3, Approved, "2020-06-01")}, 1, ErrWrongPoint},
		{"reordered", []Decision{good[0], good[2], good[1]}, 1, ErrWrongPoint},
		{"dates backwards", []Decision{good[1], decision(BP2, Approved, "2020-01-01")}, 1, ErrOutOfOrder},
		{"after stop", []Decision{decision(BP1, Stopped, "2020-01-01"), good[1]}, 1, ErrTerminal},
		{"blank", []Decision{{}}, 0, ErrInvalidDecision},
	}
	for _, tt := range tests {
		_, err := Rebuild(nil, tt.history)
		var he *HistoryError
		if !errors.As(err, &he) || he.Index != tt.index || !errors.Is(err, tt.want) || !errors.Is(err, ErrInvalidHistory) {
			t.Errorf("%s: Rebuild = %v, want HistoryError at %d wrapping %v", tt.name, err, tt.index, tt.want)
		}
	}
}

func TestLifecycleJSON(t *testing.T) {
	m, err := NewModel(Tailoring{Name: "Digitale Helgeland", WithoutIdea: true})
	if err != nil {
		t.Fatal(err)
	}
	l := New(m)
	d := decision(BP1, Approved, "2020-03-10")
	d.CaseNumber = CaseNumber{Year: 2020, Sequence: 123}
	d.Conditions = []string{"mandatet oppdateres"}
	if err := l.Decide(d); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(l)
	if err != nil {
		t.Fatal(err)
	}
	var got Lifecycle
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(snapshot(l), snapshot(&got)); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if got.Model().Tailoring().Name != "Digitale Helgeland" {
		t.Error("model name lost")
	}
	for name, in := range map[string]string{
		"bad point":    `{"model":{},"history":[{"point":"bp9","outcome":"approved","date":"2020-01-01","body":"S","decidedBy":"L"}]}`,
		"bad outcome":  `{"model":{},"history":[{"point":"bp1","outcome":"maybe","date":"2020-01-01","body":"S","decidedBy":"L"}]}`,
		"wrong order":  `{"model":{},"history":[{"point":"bp2","outcome":"approved","date":"2020-01-01","body":"S","decidedBy":"L"}]}`,
		"bad model":    `{"model":{"skips":[{"phase":"execution","justification":" "}]},"history":[]}`,
		"truncated":    `{"model":{},"history":[`,
		"not an array": `{"model":{},"history":{}}`,
	} {
		keep := l.Clone()
		if err := json.Unmarshal([]byte(in), keep); err == nil {
			t.Errorf("%s: Unmarshal accepted %s", name, in)
		} else if diff := cmp.Diff(snapshot(l), snapshot(keep)); diff != "" {
			t.Errorf("%s: failed Unmarshal changed the lifecycle (-want +got):\n%s", name, diff)
		}
	}
}

func TestReadiness(t *testing.T) {
	var seen GateContext
	gate := GateFunc(func(c GateContext) Findings {
		seen = c
		return Findings{newFinding("x", "p", SeverityError, Text{EN: "missing"})}
	})
	l := New(nil)
	st, fs, ok := l.Readiness(gate)
	if !ok || st.Point != BP1 || len(fs) != 1 {
		t.Fatalf("Readiness = %v, %v, %v", st, fs, ok)
	}
	if seen.Decision.Point != BP1 || seen.Decision.Outcome != Approved || seen.To != Concept {
		t.Errorf("gate saw %+v", seen)
	}
	if err := l.Decide(decision(BP1, Stopped, "2020-01-01")); err != nil {
		t.Fatal(err)
	}
	if _, _, ok := l.Readiness(gate); ok {
		t.Error("Readiness on a stopped lifecycle reported a step")
	}
}

func TestDecisionEqual(t *testing.T) {
	a := decision(BP1, Approved, "2020-01-01")
	a.Conditions = []string{"x"}
	for name, change := range map[string]func(*Decision){
		"point": func(d *Decision) { d.Point = BP2 }, "outcome": func(d *Decision) { d.Outcome = Stopped },
		"date": func(d *Decision) { d.Date = MustDate("2020-01-02") }, "body": func(d *Decision) { d.Body = "x" },
		"by": func(d *Decision) { d.DecidedBy = "x" }, "case": func(d *Decision) { d.CaseNumber = CaseNumber{Year: 2020, Sequence: 1} },
		"comment": func(d *Decision) { d.Comment = "x" }, "conditions": func(d *Decision) { d.Conditions[0] = "y" },
	} {
		b := a.Clone()
		if !a.Equal(b) {
			t.Fatalf("%s: clone is not equal", name)
		}
		change(&b)
		if a.Equal(b) {
			t.Errorf("%s: a change is not noticed", name)
		}
	}
}

func TestZeroLifecycle(t *testing.T) {
	var l Lifecycle
	if l.Status() != Active || l.Phase() != Idea || l.Model() != Standard() {
		t.Errorf("zero Lifecycle: %v %v", l.Status(), l.Phase())
	}
	if err := l.Decide(decision(BP1, Approved, "2020-01-01")); err != nil {
		t.Fatal(err)
	}
	if l.Phase() != Concept {
		t.Errorf("at %v", l.Phase())
	}
	var z Lifecycle
	if b, err := json.Marshal(&z); err != nil || string(b) != `{"model":{},"history":[]}` {
		t.Errorf("Marshal(zero) = %s, %v", b, err)
	}
}

func TestLifecycleJSONIsStrict(t *testing.T) {
	for _, in := range []string{
		`{"model":{"withoutIdae":true},"history":[]}`,
		`{"modle":{},"history":[]}`,
		`{"model":{},"history":[{"point":"bp1","outcome":"approved","date":"2020-01-01","body":"S","decidedBy":"L","extra":1}]}`,
	} {
		var l Lifecycle
		if err := json.Unmarshal([]byte(in), &l); !errors.Is(err, ErrInvalidHistory) {
			t.Errorf("Unmarshal(%s) = %v, want ErrInvalidHistory", in, err)
		}
	}
	var l Lifecycle
	if err := json.Unmarshal([]byte(`{"model":{},"history":[]} {}`), &l); err == nil {
		t.Error("trailing data accepted")
	}
}
