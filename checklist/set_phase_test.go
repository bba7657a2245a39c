package checklist

import (
	"encoding/json"
	"errors"
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

// TestPutSlots: Put files a checklist by its own fields. An organisation's
// phase checklist gets its phase's slot and leaves Difi's KS checklist
// alone; only a checklist with ID "ks" replaces the KS checklist.
func TestPutSlots(t *testing.T) {
	type slotsOf struct {
		KS     string // the KS slot's checklist ID
		Phases map[phase.Phase]string
		BP3    string
	}
	std := slotsOf{KS: "ks", Phases: map[phase.Phase]string{}, BP3: "bp3"}
	tests := []struct {
		name string
		c    func(t *testing.T) *Checklist
		err  string // the refusal's path; "" for none
		want slotsOf
	}{
		{"phase checklist", orgPlanningT, "",
			slotsOf{KS: "ks", Phases: map[phase.Phase]string{phase.Planning: "org-planning"}, BP3: "bp3"}},
		{"phase checklist with the KS ID", func(t *testing.T) *Checklist {
			c := orgPlanning(t)
			c.ID = "ks"
			return c
		}, "", slotsOf{KS: "ks", Phases: map[phase.Phase]string{phase.Planning: "ks"}, BP3: "bp3"}},
		{"point checklist of the phase", func(t *testing.T) *Checklist {
			c := MustBP(phase.BP3)
			c.ID = "bp3-egen"
			c.Phase = phase.Planning
			return c
		}, "", slotsOf{KS: "ks", Phases: map[phase.Phase]string{}, BP3: "bp3-egen"}},
		{"a new KS checklist", func(t *testing.T) *Checklist {
			c := KS()
			c.Title.EN = "KS, our wording"
			return c
		}, "", std},
		{"neither point, phase nor KS", func(t *testing.T) *Checklist {
			c, err := New("egen", phase.Text{NB: "Egen sjekkliste"}, 0, Item{ID: "1", Question: Wording{Text: "Ok?"}, Kind: YesNo})
			must(t, err)
			return c
		}, "point", std},
		{"invalid", func(t *testing.T) *Checklist {
			c := orgPlanning(t)
			c.Level = 0
			return c
		}, "level", std},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewSet()
			ks := s.KS()
			c := tt.c(t)
			err := s.Put(c)
			var pe *phase.PathError
			switch {
			case tt.err == "" && err != nil:
				t.Fatalf("Put = %v", err)
			case tt.err != "" && (!errors.As(err, &pe) || pe.Path != tt.err || !errors.Is(err, ErrInvalidChecklist) && !errors.Is(err, phase.ErrUnknownValue)):
				t.Fatalf("Put = %v, want a *phase.PathError at %q", err, tt.err)
			}
			got := slotsOf{KS: s.KS().ID, Phases: map[phase.Phase]string{}, BP3: s.At(phase.BP3).ID}
			for _, ph := range s.Phases() {
				got.Phases[ph] = s.ForPhase(ph).ID
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("slots (-want +got):\n%s", diff)
			}
			if c.Point == 0 && c.Phase != 0 && s.KS() != ks {
				t.Error("a phase checklist replaced the KS checklist")
			}
		})
	}
}

func orgPlanningT(t *testing.T) *Checklist { return orgPlanning(t) }

// TestGatePhaseChecklist: a phase's own checklist is evaluated when a step
// leaves its phase or passes over it, in any project, municipal or not.
func TestGatePhaseChecklist(t *testing.T) {
	execution, err := New("org-execution", phase.Text{NB: "Virksomhetens sjekkliste for gjennomføring"}, 0,
		Item{ID: "1", Question: Wording{Text: "Er leveransen akseptert av linjen?"}, Kind: YesNo, Favourable: Yes})
	must(t, err)
	execution.Phase = phase.Execution
	tests := []struct {
		name   string
		covers []phase.DecisionPoint
		want   []pathCode
	}{
		{"BP2 leaves concept", []phase.DecisionPoint{phase.BP2}, nil},
		{"BP3 leaves planning", []phase.DecisionPoint{phase.BP3},
			[]pathCode{{"checklists.phase:planning.items[1]", "checklist.unanswered", phase.SeverityError}}},
		{"BP2 passes over a skipped planning phase", []phase.DecisionPoint{phase.BP2, phase.BP3},
			[]pathCode{{"checklists.phase:planning.items[1]", "checklist.unanswered", phase.SeverityError}}},
		{"BP3.1 stays in execution", []phase.DecisionPoint{phase.ExecutionPoint(1)},
			[]pathCode{{"checklists.phase:execution.items[0]", "checklist.unanswered", phase.SeverityWarning}}},
		{"BP4 leaves execution", []phase.DecisionPoint{phase.BP4},
			[]pathCode{{"checklists.phase:execution.items[0]", "checklist.unanswered", phase.SeverityError}}},
		{"BP5 leaves closure", []phase.DecisionPoint{phase.BP5}, nil},
	}
	for _, ks := range []Options{{}, {KS: true}} {
		s := NewSet()
		must(t, s.Put(orgPlanning(t)))
		must(t, s.Put(execution.Clone()))
		for _, tt := range tests {
			ctx := phase.GateContext{Decision: approve(tt.covers[0], day2), Covers: tt.covers}
			var got []pathCode
			for _, f := range s.Gate(ks).Check(ctx) {
				if strings.HasPrefix(f.Path, "checklists.phase:") {
					got = append(got, pathCode{f.Path, f.Code, f.Severity})
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%s, KS %v (-want +got):\n%s", tt.name, ks.KS, diff)
			}
		}
	}
}

// TestGatePhaseChecklistLifecycle: in a model that skips planning, the
// planning checklist is not lost with its phase: BP2 is refused until it
// is answered.
func TestGatePhaseChecklistLifecycle(t *testing.T) {
	m, err := phase.NewModel(phase.Tailoring{Name: "Lite prosjekt", Skips: []phase.Skip{
		{Phase: phase.Planning, Justification: "Små prosjekter planlegges i konseptfasen"},
	}})
	must(t, err)
	s, ks := NewSet(), Options{}
	must(t, s.Put(orgPlanning(t)))
	for _, p := range []phase.DecisionPoint{phase.BP1, phase.BP2, phase.BP3} {
		answerAll(t, s.At(p), "ja", day1)
	}
	must(t, s.At(phase.BP1).Record("7", "nei", note(day1, "")))
	l := phase.New(m)
	must(t, l.Decide(approve(phase.BP1, day1), s.Gate(ks)))
	err = l.Decide(approve(phase.BP2, day2), s.Gate(ks))
	var de *phase.DecisionError
	if !errors.As(err, &de) {
		t.Fatalf("BP2 over a skipped planning phase with its checklist open: %v", err)
	}
	if diff := cmp.Diff([]pathCode{{"checklists.phase:planning.items[1]", "checklist.unanswered", phase.SeverityError}}, summary(de.Unmet)); diff != "" {
		t.Errorf("unmet (-want +got):\n%s", diff)
	}
	must(t, s.ForPhase(phase.Planning).Record("2", "ja", note(day2, "")))
	must(t, l.Decide(approve(phase.BP2, day2), s.Gate(ks)))
}

// TestSetPhaseChecklists: Evaluate, Clone and the stored form know phase
// checklists, under keys "phase:<phase>".
func TestSetPhaseChecklists(t *testing.T) {
	s := busy(t)
	must(t, s.Put(orgPlanning(t)))

	var ids []string
	for _, r := range s.Evaluate(ks) {
		ids = append(ids, r.ID)
	}
	if diff := cmp.Diff([]string{"bp1", "bp2", "bp3", "bp4", "bp5", "bp6", "org-planning", "ks"}, ids); diff != "" {
		t.Errorf("Evaluate order (-want +got):\n%s", diff)
	}

	c := s.Clone()
	must(t, c.ForPhase(phase.Planning).Record("2", "nei", note(day3, "")))
	if s.ForPhase(phase.Planning).Items()[1].State() != Open {
		t.Error("Clone shares the phase checklist")
	}

	b, err := json.Marshal(s)
	must(t, err)
	var obj map[string]json.RawMessage
	must(t, json.Unmarshal(b, &obj))
	want := []string{"bp1", "bp2", "bp3", "bp4", "bp5", "bp6", "ks", "phase:planning"}
	if diff := cmp.Diff(want, slices.Sorted(maps.Keys(obj))); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
	var got Set
	must(t, json.Unmarshal(b, &got))
	if diff := cmp.Diff(s, &got, cmpChecklist, cmp.AllowUnexported(Set{})); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	again, err := json.Marshal(&got)
	must(t, err)
	if diff := cmp.Diff(string(b), string(again)); diff != "" {
		t.Errorf("re-encoding (-want +got):\n%s", diff)
	}
}

// TestSetLegacyKS: earlier versions stored a phase checklist put into a Set
// under "ks", in place of the KS checklist. Such a project still loads:
// the checklist returns to its phase, and the KS checklist is missing.
func TestSetLegacyKS(t *testing.T) {
	org, err := json.Marshal(orgPlanning(t))
	must(t, err)
	legacy := `{"ks":` + string(org) + `}`
	var s Set
	must(t, json.Unmarshal([]byte(legacy), &s))
	if s.KS() != nil || s.ForPhase(phase.Planning) == nil || s.ForPhase(phase.Planning).ID != "org-planning" {
		t.Fatalf("legacy set: KS %v, planning %v", s.KS(), s.ForPhase(phase.Planning))
	}
	ctx := phase.GateContext{Decision: approve(phase.BP2, day2), Covers: []phase.DecisionPoint{phase.BP2}}
	if diff := cmp.Diff([]pathCode{
		{"checklists.bp2", "checklist.missing", phase.SeverityError},
		{"checklists.ks", "checklist.missing", phase.SeverityError},
	}, summary(s.Gate(ks).Check(ctx))); diff != "" {
		t.Errorf("gate (-want +got):\n%s", diff)
	}
	b, err := json.Marshal(&s)
	must(t, err)
	if want := `{"phase:planning":` + string(org) + `}`; string(b) != want {
		t.Errorf("re-encoded as %s, want %s", b, want)
	}
	both := `{"municipal":true,"ks":` + string(org) + `,"phase:planning":` + string(org) + `}`
	var pe *phase.PathError
	if err := json.Unmarshal([]byte(both), &s); !errors.As(err, &pe) || pe.Path != "ks.phase" {
		t.Errorf("the same phase under two keys: %v", err)
	}
}

// TestDecodeSetKeys: only the keys MarshalJSON writes are read, and each
// checklist must fit its key.
func TestDecodeSetKeys(t *testing.T) {
	enc := func(c *Checklist) string {
		b, err := json.Marshal(c)
		must(t, err)
		return string(b)
	}
	org := enc(orgPlanning(t))
	concept := orgPlanning(t)
	concept.Phase = phase.Concept
	own := MustBP(phase.BP3)
	own.ID = "egen"
	renamed := KS()
	renamed.ID = "kommune"
	tests := []struct {
		name, in, path string
	}{
		{"phase key not canonical", `{"phase:Planning":` + org + `}`, "phase:Planning"},
		{"phase key without a phase", `{"phase:":` + org + `}`, "phase:"},
		{"phase key with the zero phase", `{"phase:none":` + org + `}`, "phase:none"},
		{"phase key with spaces", `{"phase: planning":` + org + `}`, "phase: planning"},
		{"bare phase code", `{"planning":` + org + `}`, "planning"},
		{"point key not canonical", `{"BP1":` + enc(MustBP(phase.BP1)) + `}`, "BP1"},
		{"phase checklist of another phase", `{"phase:planning":` + enc(concept) + `}`, "phase:planning.phase"},
		{"point checklist under a phase key", `{"phase:planning":` + enc(own) + `}`, "phase:planning.point"},
		{"phase checklist under a point key", `{"bp3":` + org + `}`, "bp3.point"},
		{"KS renamed", `{"ks":` + enc(renamed) + `}`, "ks.id"},
		{"trailing data", `{"municipal":true} {}`, ""},
		{"null checklist", `{"phase:planning":null}`, "phase:planning"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := NewSet()
			err := s.UnmarshalJSON([]byte(tt.in))
			var pe *phase.PathError
			if !errors.As(err, &pe) || pe.Path != tt.path {
				t.Fatalf("error = %v, want a *phase.PathError at %q", err, tt.path)
			}
			if s.KS() == nil || len(s.Points()) != 6 || len(s.Phases()) != 0 {
				t.Error("a failed decode changed the set")
			}
		})
	}
}
