package phase

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestNewModelRejects(t *testing.T) {
	tests := map[string]struct {
		t    Tailoring
		path string
	}{
		"negative sub-phases":    {Tailoring{ExecutionSubPhases: -1}, "executionSubPhases"},
		"too many sub-phases":    {Tailoring{ExecutionSubPhases: 101}, "executionSubPhases"},
		"skip a split execution": {Tailoring{ExecutionSubPhases: 2, Skips: []Skip{{Execution, "no"}}}, "skips[0].phase"},
		"skip idea":              {Tailoring{Skips: []Skip{{Idea, "use WithoutIdea"}}}, "skips[0].phase"},
		"skip zero phase":        {Tailoring{Skips: []Skip{{0, "what"}}}, "skips[0].phase"},
		"no justification":       {Tailoring{Skips: []Skip{{Planning, "  "}}}, "skips[0].justification"},
		"placeholder reason":     {Tailoring{Skips: []Skip{{Planning, "<begrunnelse>"}}}, "skips[0].justification"},
		"skipped twice":          {Tailoring{Skips: []Skip{{Planning, "small"}, {Planning, "small"}}}, "skips[1].phase"},
	}
	for name, tt := range tests {
		_, err := NewModel(tt.t)
		var me *PathError
		if !errors.Is(err, ErrInvalidModel) || !errors.As(err, &me) || me.Path != tt.path {
			t.Errorf("%s: NewModel = %v, want a *PathError at %s", name, err, tt.path)
		}
	}
}

func TestModelSteps(t *testing.T) {
	tests := []struct {
		name       string
		tailoring  Tailoring
		wantStr    string
		wantPhases []Phase
	}{
		{
			name:       "standard",
			wantStr:    "Prosjektveiviseren: idea -bp1-> concept -bp2-> planning -bp3-> execution -bp4-> closure -bp5-> realisation -bp6-> completed",
			wantPhases: []Phase{Idea, Concept, Planning, Execution, Closure, Realisation},
		},
		{
			name:       "without idea, three sub-phases",
			tailoring:  Tailoring{Name: "Kommune X", WithoutIdea: true, ExecutionSubPhases: 3},
			wantStr:    "Kommune X: start -bp1-> concept -bp2-> planning -bp3-> execution.1 -bp3.1-> execution.2 -bp3.2-> execution.3 -bp4-> closure -bp5-> realisation -bp6-> completed",
			wantPhases: []Phase{Concept, Planning, Execution, Closure, Realisation},
		},
		{
			name:       "one sub-phase is no split",
			tailoring:  Tailoring{ExecutionSubPhases: 1},
			wantStr:    "Prosjektveiviseren: idea -bp1-> concept -bp2-> planning -bp3-> execution -bp4-> closure -bp5-> realisation -bp6-> completed",
			wantPhases: []Phase{Idea, Concept, Planning, Execution, Closure, Realisation},
		},
		{
			name:       "concept and planning skipped",
			tailoring:  Tailoring{Skips: []Skip{{Planning, "lite prosjekt"}, {Concept, "konsept gitt av staten"}}},
			wantStr:    "Prosjektveiviseren: idea -bp1-> execution -bp4-> closure -bp5-> realisation -bp6-> completed",
			wantPhases: []Phase{Idea, Execution, Closure, Realisation},
		},
		{
			// No phase is beyond the organisation's choice (Digdir names
			// none): an analysis ending at BP2 without execution, and a
			// project with no realisation phase of its own.
			name:       "execution and realisation skipped",
			tailoring:  Tailoring{Skips: []Skip{{Execution, "utredning uten gjennomføring"}, {Realisation, "gevinster følges i linjen"}}},
			wantStr:    "Prosjektveiviseren: idea -bp1-> concept -bp2-> planning -bp3-> closure -bp5-> completed",
			wantPhases: []Phase{Idea, Concept, Planning, Closure},
		},
	}
	for _, tt := range tests {
		m, err := NewModel(tt.tailoring)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if diff := cmp.Diff(tt.wantStr, m.String()); diff != "" {
			t.Errorf("%s: String (-want +got):\n%s", tt.name, diff)
		}
		if diff := cmp.Diff(tt.wantPhases, m.Phases()); diff != "" {
			t.Errorf("%s: Phases (-want +got):\n%s", tt.name, diff)
		}
	}
}

func TestModelSkipCovers(t *testing.T) {
	m, err := NewModel(Tailoring{Skips: []Skip{{Planning, "lite prosjekt"}, {Concept, "konsept gitt av staten"}}})
	if err != nil {
		t.Fatal(err)
	}
	want := Step{
		Point:   BP1,
		From:    Position{Phase: Idea},
		To:      Position{Phase: Execution},
		Covers:  []DecisionPoint{BP1, BP2, BP3},
		Skipped: []Skip{{Concept, "konsept gitt av staten"}, {Planning, "lite prosjekt"}},
	}
	if diff := cmp.Diff(want, m.Steps()[0]); diff != "" {
		t.Errorf("first step (-want +got):\n%s", diff)
	}
	// Steps and Tailoring are copies.
	m.Steps()[0].Covers[0] = BP6
	tl := m.Tailoring()
	tl.Skips[0].Justification = "changed"
	if m.Steps()[0].Covers[0] != BP1 || m.Tailoring().Skips[0].Justification != "lite prosjekt" {
		t.Error("Steps or Tailoring share memory with the model")
	}
	if got := Standard().Name(); got != "Prosjektveiviseren" {
		t.Errorf("Standard().Name() = %q", got)
	}
}

// TestModelMachine walks each model's machine along its steps: in every
// open node it offers approval and stop (a send-back is no transition), an
// approval takes the step to the next node, and the final nodes offer
// nothing. The largest tailoring shows that every node fits in a node.
func TestModelMachine(t *testing.T) {
	for _, tl := range []Tailoring{
		{},
		{WithoutIdea: true, ExecutionSubPhases: 3},
		{Skips: []Skip{{Concept, "lite prosjekt"}, {Planning, "lite prosjekt"}, {Closure, "ingen"}}},
		{ExecutionSubPhases: maxSubPoint + 1},
	} {
		m := mustModel(tl)
		mc := m.spec.New()
		for i := range m.steps {
			if got := mc.State(); got != node(i) {
				t.Fatalf("%v: at step %d the machine is in %v", tl, i, got)
			}
			if diff := cmp.Diff([]Outcome{Approved, Stopped}, mc.Available()); diff != "" {
				t.Errorf("%v: Available at %v (-want +got):\n%s", tl, node(i), diff)
			}
			stop := mc.Clone()
			if err := stop.Fire(Stopped); err != nil || stop.State() != nodeStopped || stop.Available() != nil {
				t.Errorf("%v: stop at %v: %v, now %v offering %v", tl, node(i), err, stop.State(), stop.Available())
			}
			if err := mc.Fire(Approved); err != nil {
				t.Fatalf("%v: approve at %v: %v", tl, node(i), err)
			}
		}
		if mc.State() != nodeCompleted || mc.Available() != nil {
			t.Errorf("%v: after the last step in %v offering %v", tl, mc.State(), mc.Available())
		}
		if _, ok := m.step(nodeCompleted); ok {
			t.Errorf("%v: a step leaves the completed node", tl)
		}
	}
}

func TestModelLabel(t *testing.T) {
	m := Standard()
	got := []string{m.Label(Bokmal), m.Label(Nynorsk), m.Label(English)}
	if diff := cmp.Diff([]string{"Prosjektveiviseren", "Prosjektvegvisaren", "Prosjektveiviseren"}, got); diff != "" {
		t.Errorf("Label (-want +got):\n%s", diff)
	}
	own, err := NewModel(Tailoring{Name: "Digitale Helgeland"})
	if err != nil {
		t.Fatal(err)
	}
	if got := own.Label(Nynorsk); got != "Digitale Helgeland" {
		t.Errorf("tailored Label = %q", got)
	}
}
