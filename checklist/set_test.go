package checklist

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

func approve(p phase.DecisionPoint, on phase.Date) phase.Decision {
	return phase.Decision{Point: p, Outcome: phase.Approved, Date: on, Body: "Porteføljestyret", DecidedBy: "Direktøren"}
}

type pathCode struct {
	Path string
	Code phase.Code
	Sev  phase.Severity
}

func summary(fs phase.Findings) []pathCode {
	var out []pathCode
	for _, f := range fs {
		out = append(out, pathCode{f.Path, f.Code, f.Severity})
	}
	return out
}

// ks applies the KS checklist, as for a state agency's project that affects
// the municipal sector.
var ks = Options{KS: true}

func TestGateStandardMunicipal(t *testing.T) {
	s := NewSet()
	gate := s.Gate(ks) // reads the set at check time
	l := phase.New(nil)

	err := l.Decide(approve(phase.BP1, day1), gate)
	var de *phase.DecisionError
	if !errors.As(err, &de) || !errors.Is(err, phase.ErrRefused) || len(de.Unmet) != 7 || de.Unmet[6].Path != "checklists.bp1.items[6]" {
		t.Fatalf("BP1 with an empty checklist: %v", err)
	}
	answerAll(t, s.At(phase.BP1), "ja", day1)
	must(t, s.At(phase.BP1).Record("7", "nei", note(day1, "")))
	if err := l.Decide(approve(phase.BP1, day1), gate); err != nil {
		t.Fatalf("BP1 answered: %v", err)
	}

	answerAll(t, s.At(phase.BP2), "ja", day2)
	got := summary(l.Check(approve(phase.BP2, day2), gate))
	// Checkpoint 1 blocks ("KS må involverast i konseptfasen"); 2–4 and 8
	// say "bør" and name no phase: they warn.
	want := []pathCode{
		{"checklists.ks.items[0]", "checklist.unanswered", phase.SeverityError},
		{"checklists.ks.items[1]", "checklist.unanswered", phase.SeverityWarning},
		{"checklists.ks.items[2]", "checklist.unanswered", phase.SeverityWarning},
		{"checklists.ks.items[3]", "checklist.unanswered", phase.SeverityWarning},
		{"checklists.ks.items[7]", "checklist.unanswered", phase.SeverityWarning},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("BP2 findings (-want +got):\n%s", diff)
	}
	before := l.Clone()
	if err := l.Decide(approve(phase.BP2, day2), gate); !errors.Is(err, phase.ErrRefused) {
		t.Fatalf("BP2 with KS 1 open: %v", err)
	}
	if l.Phase() != before.Phase() || len(l.History()) != len(before.History()) {
		t.Fatal("a refused decision moved the lifecycle")
	}
	must(t, s.KS().Record("1", "ja", note(day2, "")))
	if err := l.Decide(approve(phase.BP2, day2), gate); err != nil {
		t.Fatalf("BP2 with KS 1 handled: %v", err)
	}
	if l.Phase() != phase.Planning {
		t.Errorf("phase = %v, want planning", l.Phase())
	}
}

func TestGateNotMunicipal(t *testing.T) {
	s := NewSet()
	answerAll(t, s.At(phase.BP2), "ja", day2)
	fs := s.Gate(Options{}).Check(phase.GateContext{Decision: approve(phase.BP2, day2), From: phase.Concept, To: phase.Planning, Covers: []phase.DecisionPoint{phase.BP2}})
	if len(fs) != 0 {
		t.Errorf("a project outside the municipal sector got KS findings: %v", fs)
	}
}

// TestGateSkippedPlanning: a tailored model without a planning phase folds
// BP3 into BP2. BP3's checklist must be answered or waived; it is never
// dropped.
func TestGateSkippedPlanning(t *testing.T) {
	m, err := phase.NewModel(phase.Tailoring{Name: "Lite prosjekt", Skips: []phase.Skip{
		{Phase: phase.Planning, Justification: "Små prosjekter planlegges i konseptfasen"},
	}})
	must(t, err)
	s := NewSet()
	for _, p := range []phase.DecisionPoint{phase.BP1, phase.BP2} {
		answerAll(t, s.At(p), "ja", day1)
	}
	must(t, s.At(phase.BP1).Record("7", "nei", note(day1, "")))
	for _, id := range []string{"1", "2", "3", "4", "8"} {
		must(t, s.KS().Record(id, "ja", note(day1, "")))
	}
	l := phase.New(m)
	must(t, l.Decide(approve(phase.BP1, day1), s.Gate(ks)))

	err = l.Decide(approve(phase.BP2, day2), s.Gate(ks))
	var de *phase.DecisionError
	if !errors.As(err, &de) {
		t.Fatalf("BP2 covering BP3: %v", err)
	}
	var paths []string
	for _, f := range de.Unmet {
		paths = append(paths, f.Path)
	}
	want := []string{
		"checklists.bp3.items[0]", "checklists.bp3.items[1]", "checklists.bp3.items[2]", "checklists.bp3.items[3]",
		"checklists.bp3.items[4]", "checklists.bp3.items[5]", "checklists.bp3.items[6]", "checklists.bp3.items[7]",
		"checklists.bp3.items[8]", "checklists.bp3.items[9]", "checklists.bp3.items[10]", "checklists.bp3.items[11]",
		"checklists.bp3.items[12]",
		"checklists.ks.items[4]", // checkpoint 5 belongs to the skipped planning phase
	}
	if diff := cmp.Diff(want, paths); diff != "" {
		t.Errorf("unmet (-want +got):\n%s", diff)
	}

	must(t, s.At(phase.BP3).Waive(note(day2, "Planleggingsfasen utgår; styringsdokumentet lages i konseptfasen")))
	must(t, s.KS().NotRelevant("5", note(day2, "Ingen gevinstar i kommunesektoren ut over dei i prosjektforslaget")))
	fs := l.Check(approve(phase.BP2, day2), s.Gate(ks))
	if diff := cmp.Diff([]pathCode{{"checklists.bp3", "checklist.waived", phase.SeverityWarning}}, summary(fs)); diff != "" {
		t.Errorf("after the waiver (-want +got):\n%s", diff)
	}
	if err := l.Decide(approve(phase.BP2, day2), s.Gate(ks)); err != nil {
		t.Fatal(err)
	}
	if l.Phase() != phase.Execution {
		t.Errorf("phase = %v, want execution", l.Phase())
	}
}

func TestGateSubPhasePoint(t *testing.T) {
	s := NewSet()
	for _, id := range []string{"1", "2", "3", "4", "5"} {
		must(t, s.KS().Record(id, "ja", note(day1, "")))
	}
	ctx := phase.GateContext{Decision: approve(phase.ExecutionPoint(1), day2), From: phase.Execution, To: phase.Execution,
		Covers: []phase.DecisionPoint{phase.ExecutionPoint(1)}}
	want := []pathCode{
		{"checklists.ks.items[5]", "checklist.unanswered", phase.SeverityWarning},
		{"checklists.ks.items[6]", "checklist.unanswered", phase.SeverityWarning},
		{"checklists.ks.items[7]", "checklist.unanswered", phase.SeverityWarning},
		{"checklists.ks.items[5]", "checklist.rollout_unknown", phase.SeverityWarning},
	}
	if diff := cmp.Diff(want, summary(s.Gate(ks).Check(ctx))); diff != "" {
		t.Errorf("BP3.1 (-want +got):\n%s", diff)
	}
}

func TestGateMissingChecklists(t *testing.T) {
	var s Set
	fs := s.Gate(ks).Check(phase.GateContext{Decision: approve(phase.BP1, day1), Covers: []phase.DecisionPoint{phase.BP1}})
	want := []pathCode{
		{"checklists.bp1", "checklist.missing", phase.SeverityError},
		{"checklists.ks", "checklist.missing", phase.SeverityError},
	}
	if diff := cmp.Diff(want, summary(fs)); diff != "" {
		t.Errorf("zero Set (-want +got):\n%s", diff)
	}
}

func TestFreshCopies(t *testing.T) {
	a, b := NewSet(), NewSet()
	must(t, a.At(phase.BP1).Record("1", "ja", note(day1, "")))
	must(t, a.KS().Record("1", "ja", note(day1, "")))
	if b.At(phase.BP1).Items()[0].State() != Open || b.KS().Items()[0].State() != Open {
		t.Error("answers in one set reached another")
	}
	if MustBP(phase.BP1).Items()[0].State() != Open || KS().Items()[0].State() != Open {
		t.Error("answers reached the built-ins")
	}
	c := a.Clone()
	must(t, c.At(phase.BP1).Record("1", "nei", note(day2, "")))
	if a.At(phase.BP1).Items()[0].History()[0].Answer.Bool != Yes || len(a.At(phase.BP1).Items()[0].History()) != 1 {
		t.Error("Clone shares items with the original")
	}
	items := a.KS().Items()
	items[0].Sub[0].Text = "endra"
	items[0].Question.Text = "endra"
	if a.KS().Items()[0].Sub[0].Text == "endra" || KS().Items()[0].Sub[0].Text == "endra" {
		t.Error("Items() shares sub-questions")
	}
}

func TestBuiltinShape(t *testing.T) {
	type shape struct {
		n      int
		noFav  []string // yes/no items favourable when "nei"
		choice []string
		text   []string
	}
	want := map[phase.DecisionPoint]shape{
		phase.BP1: {n: 7, noFav: []string{"7"}, choice: []string{"4"}},
		phase.BP2: {n: 13},
		phase.BP3: {n: 13},
		phase.BP4: {n: 9, noFav: []string{"3"}},
		phase.BP5: {n: 9},
		phase.BP6: {n: 2, text: []string{"2"}},
	}
	for p, w := range want {
		c := MustBP(p)
		got := shape{n: c.Len()}
		for _, it := range c.Items() {
			switch it.Kind {
			case YesNo:
				if it.Favourable == No {
					got.noFav = append(got.noFav, it.ID)
				}
			case Choice:
				got.choice = append(got.choice, it.ID)
			case Text:
				got.text = append(got.text, it.ID)
			}
		}
		if diff := cmp.Diff(w, got, cmp.AllowUnexported(shape{})); diff != "" {
			t.Errorf("%s (-want +got):\n%s", p.Label(), diff)
		}
		if c.ID != p.String() || c.Point != p || c.Level != Mandatory {
			t.Errorf("%s: ID %q, point %v, level %v", p.Label(), c.ID, c.Point, c.Level)
		}
	}
	if _, err := BP(phase.ExecutionPoint(1)); !errors.Is(err, ErrNoBuiltin) {
		t.Errorf("BP(BP3.1) = %v, want ErrNoBuiltin", err)
	}
	if _, err := BP(0); !errors.Is(err, ErrNoBuiltin) {
		t.Errorf("BP(0) = %v, want ErrNoBuiltin", err)
	}
	if err := KS().validate(); err != nil {
		t.Errorf("KS() invalid: %v", err)
	}
	for _, p := range phase.Points() {
		if err := MustBP(p).validate(); err != nil {
			t.Errorf("%s invalid: %v", p.Label(), err)
		}
	}
}

func TestSetPut(t *testing.T) {
	s := NewSet()
	own, err := New("bp3.1", phase.Text{NB: "Sjekkliste for BP3.1"}, phase.ExecutionPoint(1),
		Item{ID: "1", Question: Wording{Text: "Er delleveranse 1 godkjent?"}, Kind: YesNo, Favourable: Yes})
	must(t, err)
	must(t, s.Put(own))
	if s.At(phase.ExecutionPoint(1)) != own {
		t.Error("Put did not store the checklist")
	}
	if diff := cmp.Diff([]phase.DecisionPoint{phase.BP1, phase.BP2, phase.BP3, phase.ExecutionPoint(1), phase.BP4, phase.BP5, phase.BP6}, s.Points()); diff != "" {
		t.Errorf("Points (-want +got):\n%s", diff)
	}
	if err := s.Put(&Checklist{ID: "x"}); !errors.Is(err, ErrInvalidChecklist) {
		t.Errorf("Put(invalid) = %v", err)
	}
	if err := s.Put(nil); !errors.Is(err, ErrInvalidChecklist) {
		t.Errorf("Put(nil) = %v", err)
	}
	ctx := phase.GateContext{Decision: approve(phase.ExecutionPoint(1), day2), Covers: []phase.DecisionPoint{phase.ExecutionPoint(1)}}
	if fs := s.Gate(Options{}).Check(ctx); len(fs) != 1 || fs[0].Path != "checklists.bp3.1.items[0]" {
		t.Errorf("own BP3.1 checklist: %v", fs)
	}
}

// TestAnswersAfterTheDecision: an answer or a waiver dated after the
// decision does not count for it.
func TestAnswersAfterTheDecision(t *testing.T) {
	s := NewSet()
	answerAll(t, s.At(phase.BP2), "ja", day2)
	unmet := func(on phase.Date) int {
		ctx := phase.GateContext{Decision: approve(phase.BP2, on), Covers: []phase.DecisionPoint{phase.BP2}}
		return len(s.Gate(Options{}).Check(ctx).Errors())
	}
	if n := unmet(day2); n != 0 {
		t.Errorf("decision on the day of the answers: %d unmet", n)
	}
	if n := unmet(day1); n == 0 {
		t.Error("answers dated after the decision counted for it")
	}
	w := NewSet()
	must(t, w.At(phase.BP2).Waive(note(day2, "Ikke relevant for dette tiltaket")))
	ctx := phase.GateContext{Decision: approve(phase.BP2, day1), Covers: []phase.DecisionPoint{phase.BP2}}
	if len(w.Gate(Options{}).Check(ctx).Errors()) == 0 {
		t.Error("a waiver dated after the decision counted for it")
	}
}
