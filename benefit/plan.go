package benefit

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// Plan is a benefit realisation plan (gevinstrealiseringsplan): who is
// responsible for realising the benefits (gevinstansvarlig), the benefits,
// the measures (tiltak) that make them happen, the municipal sector's
// share, and the plan's revisions.
//
// A Plan is plain data: build it in code or decode it from JSON, change
// benefits through Apply, check it with Validate, and sum it up with
// Summarise. It is not safe for concurrent use while being changed.
type Plan struct {
	// Project names the project the plan belongs to.
	Project string `json:"project,omitempty"`
	// Responsible is the benefit-responsible person or role
	// (gevinstansvarlig), usually in the line organisation.
	Responsible string `json:"responsible" validate:"filled"`
	// Benefits are the plan's benefits, each with a unique ID.
	Benefits []Benefit `json:"benefits,omitempty" validate:"dive"`
	// Measures are the measures (tiltak) that realise the benefits.
	Measures []Measure `json:"measures,omitempty" validate:"dive"`
	// Municipal holds the municipal sector's costs and benefits by
	// municipality size and its implementation cost estimate, for projects
	// that affect municipalities (Difi checkpoints 3–6).
	Municipal *MunicipalShare `json:"municipal,omitempty"`
	// Revisions is the plan's change log (endringslogg), one entry per
	// update; Validate uses it to see whether the plan was updated at each
	// phase end.
	Revisions []Revision `json:"revisions,omitempty" validate:"dive"`
}

// Measure is a measure (tiltak) that helps realise benefits: what is done,
// who owns it, its risk profile, which benefits it supports and when it is
// due.
type Measure struct {
	ID          string     `json:"id" validate:"filled"`
	Description string     `json:"description" validate:"filled"`
	Owner       string     `json:"owner" validate:"filled"`
	Risk        Risk       `json:"risk,omitempty" validate:"valid"`
	Benefits    []string   `json:"benefits,omitempty"` // IDs of the benefits it supports
	Due         phase.Date `json:"due,omitzero" validate:"omitzero,valid"`
}

// Revision is one entry of the plan's change log: when it was updated, by
// whom, and what changed.
type Revision struct {
	Date phase.Date `json:"date" validate:"valid"`
	By   string     `json:"by,omitempty"`
	Note string     `json:"note,omitempty"`
}

// Updated returns the date of the latest revision, or the zero Date.
func (p *Plan) Updated() phase.Date {
	var d phase.Date
	for _, r := range p.Revisions {
		if r.Date.After(d) {
			d = r.Date
		}
	}
	return d
}

// Find returns the benefit with ID id, or nil. The pointer points into the
// plan: changes through it change the plan.
func (p *Plan) Find(id string) *Benefit {
	for i := range p.Benefits {
		if p.Benefits[i].ID == id {
			return &p.Benefits[i]
		}
	}
	return nil
}

// Apply applies change c to the benefit with ID id (see Benefit.Apply). An
// unknown ID gives a *ChangeError wrapping ErrNotFound; the plan is then
// unchanged.
func (p *Plan) Apply(id string, c Change) error {
	b := p.Find(id)
	if b == nil {
		return &ChangeError{Benefit: id, Event: c.Event, Err: ErrNotFound}
	}
	return b.Apply(c)
}
