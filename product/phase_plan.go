package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// PhasePlan is "Faseplan", the detailed plan for steering and following up
// one phase (or execution sub-phase): first made for the planning phase
// during the concept phase (BP2), then for each execution sub-phase (BP3,
// BP3.1, …).
type PhasePlan struct {
	Header Header `json:"header"`
	// Phase is the phase the plan is for; Sub numbers an execution
	// sub-phase (1, 2, …) and is 0 otherwise.
	Phase        phase.Phase   `json:"phase,omitempty" validate:"valid"`
	Sub          int           `json:"sub,omitempty" validate:"gte=0"`
	Start        phase.Date    `json:"start" validate:"valid"`
	End          phase.Date    `json:"end" validate:"valid"`
	Goals        Section       `json:"goals"`                                // Mål og leveranser for fasen
	Milestones   []Milestone   `json:"milestones,omitempty" validate:"dive"` // Aktiviteter og milepæler
	Organisation Section       `json:"organisation"`                         // Organisering og ressurser
	Budget       Section       `json:"budget"`                               // Kostnader og budsjett
	Risks        []Uncertainty `json:"risks,omitempty" validate:"dive"`      // Usikkerheter
}

// Position returns the phase and sub-phase the plan is for.
func (d *PhasePlan) Position() phase.Position { return phase.Position{Phase: d.Phase, Sub: d.Sub} }

// Kind returns phase.PhasePlan.
func (d *PhasePlan) Kind() phase.Product { return phase.PhasePlan }

// Template returns TemplatePhasePlan.
func (d *PhasePlan) Template() Template { return TemplatePhasePlan }

func (*PhasePlan) sealed() {}

// Head returns a deep copy of the document's header.
func (d *PhasePlan) Head() Header { return d.Header.Clone() }

// Titles of the sections of "Faseplan", for messages: see phasePlanFields.
var (
	titlePhaseGoals  = mustTitle(TemplatePhasePlan, "goals")
	titleMilestones  = mustTitle(TemplatePhasePlan, "milestones")
	titlePhaseOrg    = mustTitle(TemplatePhasePlan, "organisation")
	titlePhaseBudget = mustTitle(TemplatePhasePlan, "budget")
	titlePhaseRisks  = mustTitle(TemplatePhasePlan, "risks")
)

// Validate reports the struct rules, the header (see Mandate.Validate) and,
// with codes prefixed "phase_plan.": unanswered sections (section_blank),
// guidance and placeholders left in, an end before the start
// (end_before_start), milestones out of order (milestone_order, warning) or
// outside the phase (milestone_outside, warning), and no uncertainties.
func (d *PhasePlan) Validate() phase.Findings {
	c := newChecker(phase.PhasePlan, d.Header)
	c.structure(d)
	c.header(d.Header, true)
	if d.Start.IsValid() && d.End.IsValid() && d.End.Before(d.Start) {
		c.add("end_before_start", "end", phase.SeverityError, phase.Text{
			NB: "Fasen slutter " + d.End.Norwegian() + ", før den starter " + d.Start.Norwegian(),
			NN: "Fasen sluttar " + d.End.Norwegian() + ", før han startar " + d.Start.Norwegian(),
			EN: "The phase ends " + d.End.Norwegian() + ", before it starts " + d.Start.Norwegian(),
		})
	}
	c.section("goals", titlePhaseGoals, d.Goals)
	if c.list("milestones", titleMilestones, len(d.Milestones)) {
		c.milestones("milestones", d.Milestones)
		for i, m := range d.Milestones {
			if !m.Date.IsValid() || !d.Start.IsValid() || !d.End.IsValid() || d.End.Before(d.Start) ||
				(!m.Date.Before(d.Start) && !m.Date.After(d.End)) {
				continue
			}
			c.add("milestone_outside", indexPath("milestones", i)+".date", phase.SeverityWarning, phase.Text{
				NB: "«" + m.Name + "» (" + m.Date.Norwegian() + ") ligger utenfor fasen " + d.Start.Norwegian() + "–" + d.End.Norwegian(),
				NN: "«" + m.Name + "» (" + m.Date.Norwegian() + ") ligg utanfor fasen " + d.Start.Norwegian() + "–" + d.End.Norwegian(),
				EN: "“" + m.Name + "” (" + m.Date.Norwegian() + ") lies outside the phase " + d.Start.Norwegian() + "–" + d.End.Norwegian(),
			})
		}
	}
	c.section("organisation", titlePhaseOrg, d.Organisation)
	c.section("budget", titlePhaseBudget, d.Budget)
	if c.list("risks", titlePhaseRisks, len(d.Risks)) {
		c.risks("risks", d.Risks)
	}
	return c.fs
}
