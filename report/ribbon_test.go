package report

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
)

// TestRibbonStates checks the state of each phase and decision point on
// the ribbon for lifecycles at their edges.
func TestRibbonStates(t *testing.T) {
	date := phase.MustDate
	approve := func(pts ...phase.DecisionPoint) []phase.Decision {
		var h []phase.Decision
		d := date("01.01.2020")
		for _, pt := range pts {
			h = append(h, phase.Decision{Point: pt, Outcome: phase.Approved, Date: d, Body: "Styret", DecidedBy: "Leder"})
			d = d.AddDays(30)
		}
		return h
	}
	withoutIdea, err := phase.NewModel(phase.Tailoring{Name: "Uten idéfase", WithoutIdea: true})
	must(t, err)
	for _, tc := range []struct {
		name    string
		model   *phase.Model
		history []phase.Decision
		states  []string // each segment's class
		markers []string // each marker's class
	}{
		{
			name:    "new, standard model",
			states:  []string{"seg current ph-idea", "seg ahead ph-concept", "seg ahead ph-planning", "seg ahead ph-execution", "seg ahead ph-closure", "seg ahead ph-realisation"},
			markers: []string{"bp next", "bp", "bp", "bp", "bp", "bp"},
		},
		{
			name:    "not started, without an idea phase",
			model:   withoutIdea,
			states:  []string{"seg ahead ph-concept", "seg ahead ph-planning", "seg ahead ph-execution", "seg ahead ph-closure", "seg ahead ph-realisation"},
			markers: []string{"bp next", "bp", "bp", "bp", "bp", "bp"},
		},
		{
			name:    "completed",
			history: approve(phase.BP1, phase.BP2, phase.BP3, phase.BP4, phase.BP5, phase.BP6),
			states:  []string{"seg done ph-idea", "seg done ph-concept", "seg done ph-planning", "seg done ph-execution", "seg done ph-closure", "seg done ph-realisation"},
			markers: []string{"bp approved", "bp approved", "bp approved", "bp approved", "bp approved", "bp approved"},
		},
		{
			name:    "stopped at BP2",
			history: append(approve(phase.BP1), phase.Decision{Point: phase.BP2, Outcome: phase.Stopped, Date: date("01.06.2020"), Body: "Styret", DecidedBy: "Leder"}),
			states:  []string{"seg done ph-idea", "seg current stopped ph-concept", "seg ahead ph-planning", "seg ahead ph-execution", "seg ahead ph-closure", "seg ahead ph-realisation"},
			markers: []string{"bp approved", "bp stopped", "bp", "bp", "bp", "bp"},
		},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p, err := veiviser.NewProject(veiviser.ProjectConfig{ID: "P", Name: "P", Agency: "A", Model: tc.model, History: tc.history})
			must(t, err)
			r := phaseRibbon(p, Options{Today: today})
			var states, markers []string
			for _, s := range r.Segments {
				states = append(states, s.Class)
			}
			for _, m := range r.Markers {
				markers = append(markers, m.Class)
			}
			if diff := cmp.Diff(tc.states, states); diff != "" {
				t.Errorf("segments (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tc.markers, markers); diff != "" {
				t.Errorf("markers (-want +got):\n%s", diff)
			}
		})
	}
}
