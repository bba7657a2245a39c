package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// GoverningDocument is "Styringsdokument", the management product the
// project owner signs at BP3: the goals (virksomhetsmål, effektmål,
// resultatmål, each with success criteria), the product, the stakeholders
// and communication strategy, the organisation, the strategies, the plan
// with its decision points and periodised budget, and the tolerances for
// time, cost, scope, quality, uncertainty and benefits.
type GoverningDocument struct {
	Header        Header              `json:"header"`
	Goals         []Goal              `json:"goals,omitempty" validate:"dive"`         // Mål
	Product       Section             `json:"product"`                                 // Produkt
	Stakeholders  Section             `json:"stakeholders"`                            // Interessenter
	Communication []CommunicationLine `json:"communication,omitempty" validate:"dive"` // Kommunikasjonsstrategi
	Organisation  []Appointment       `json:"organisation,omitempty" validate:"dive"`  // Organisering
	Strategies    Section             `json:"strategies"`                              // Strategier
	Plan          ProjectPlan         `json:"plan"`                                    // Prosjektplan
	Tolerances    []Tolerance         `json:"tolerances,omitempty" validate:"dive"`    // Toleranser
}

// CommunicationLine is a row of the communication strategy: to whom
// (interessent), to what end (mål), what (budskap), how (form), when (når)
// and who is responsible (ansvarlig).
type CommunicationLine struct {
	Stakeholder string `json:"stakeholder" validate:"filled"`
	Goal        string `json:"goal"`
	Message     string `json:"message"`
	Form        string `json:"form"`
	When        string `json:"when"`
	Responsible string `json:"responsible"`
}

// ProjectPlan is the plan of a governing document: its milestones, marked
// with the decision points they lead to, and the budget by period.
type ProjectPlan struct {
	Text       Section      `json:"text,omitzero"`
	Milestones []Milestone  `json:"milestones,omitempty" validate:"dive"`
	Budget     []BudgetLine `json:"budget,omitempty" validate:"dive"`
}

// Milestone is a dated step of a plan. Point marks a milestone that is a
// decision point (BP markers in the template's plan).
type Milestone struct {
	Name  string              `json:"name" validate:"filled"`
	Date  phase.Date          `json:"date" validate:"valid"`
	Point phase.DecisionPoint `json:"point,omitempty" validate:"omitempty,valid"`
}

// BudgetLine is the budget of one period ("2021", "1. halvår 2021") in
// whole kroner.
type BudgetLine struct {
	Period string `json:"period" validate:"filled"`
	Amount int64  `json:"amount" validate:"gte=0"`
	Note   string `json:"note,omitempty"`
}

// Kind returns phase.GoverningDocument.
func (d *GoverningDocument) Kind() phase.Product { return phase.GoverningDocument }

// Template returns TemplateGoverningDocument.
func (d *GoverningDocument) Template() Template { return TemplateGoverningDocument }

func (*GoverningDocument) sealed() {}

// Head returns a deep copy of the document's header.
func (d *GoverningDocument) Head() Header { return d.Header.Clone() }

// governingFieldsOf binds the keys of the governing document's section
// table (governingV4) to the fields of GoverningDocument.
var governingFieldsOf = fields[*GoverningDocument]{
	"goals": custom(func(c *checker, p string, t title, d *GoverningDocument) {
		if c.list(p, t, len(d.Goals)) {
			c.goals(p, d.Goals)
		}
	}),
	"product":      prose(func(d *GoverningDocument) Section { return d.Product }),
	"stakeholders": prose(func(d *GoverningDocument) Section { return d.Stakeholders }),
	"communication": custom(func(c *checker, p string, t title, d *GoverningDocument) {
		if c.list(p, t, len(d.Communication)) {
			c.communication(p, d.Communication)
		}
	}),
	"organisation": custom(func(c *checker, p string, t title, d *GoverningDocument) {
		if c.list(p, t, len(d.Organisation)) {
			c.organisation(p, d.Organisation)
		}
	}),
	"strategies": prose(func(d *GoverningDocument) Section { return d.Strategies }),
	"plan.text":  intro(func(d *GoverningDocument) Section { return d.Plan.Text }),
	"plan.milestones": custom(func(c *checker, p string, t title, d *GoverningDocument) {
		if c.list(p, t, len(d.Plan.Milestones)) {
			c.milestones(p, d.Plan.Milestones)
		}
	}),
	"plan.budget": custom(func(c *checker, p string, t title, d *GoverningDocument) {
		c.list(p, t, len(d.Plan.Budget))
	}),
	"tolerances": custom(func(c *checker, p string, _ title, d *GoverningDocument) {
		c.tolerances(p, d.Tolerances)
	}),
}

// Validate reports the struct rules, the header (see Mandate.Validate), and
// with codes prefixed "governing_document.": unanswered sections
// (section_blank), guidance and placeholders left in, a goal level with no
// goal (goal_missing), a goal without success criteria
// (success_criteria_missing), no project owner (owner_missing), a plan
// without milestones or budget (section_blank), milestones out of date
// order (milestone_order, warning), and a tolerance area left out
// (tolerance_missing) or given twice (tolerance_duplicate).
func (d *GoverningDocument) Validate() phase.Findings {
	return checkDocument(d, d.Header, Rules{}, true, governingFieldsOf).fs
}

// communication checks the rows of the communication strategy: each with
// its message; goal, form, time and who is responsible may be open.
func (c *checker) communication(path string, ls []CommunicationLine) {
	for i, r := range ls {
		p := indexPath(path, i)
		t := t3(r.Stakeholder, r.Stakeholder, r.Stakeholder)
		c.text(p+".message", t, r.Message)
		c.optionalText(p+".goal", t, r.Goal)
		c.optionalText(p+".form", t, r.Form)
		c.optionalText(p+".when", t, r.When)
		c.optionalText(p+".responsible", t, r.Responsible)
	}
}

// organisation checks that the project owner is named.
func (c *checker) organisation(path string, ms []Appointment) {
	owner := false
	for i, m := range ms {
		c.leftovers(indexPath(path, i)+".title", m.Title, phase.SeverityError)
		if m.Role == stakeholder.OtherRole && isBlank(m.Title) {
			c.add("role_untitled", indexPath(path, i)+".title", phase.SeverityError, phase.Text{
				NB: "Rollen til " + m.Name + " har ingen tittel", NN: "Rolla til " + m.Name + " har ingen tittel",
				EN: "The role of " + m.Name + " has no title",
			})
		}
		owner = owner || m.Role == stakeholder.ProjectOwner
	}
	if owner {
		return
	}
	c.add("owner_missing", path, phase.SeverityError, phase.Text{
		NB: "Prosjekteier er ikke navngitt", NN: "Prosjekteigar er ikkje namngjeven", EN: "The project owner is not named",
	})
}

// milestones warns about milestones out of date order.
func (c *checker) milestones(path string, ms []Milestone) {
	for i := 1; i < len(ms); i++ {
		a, b := ms[i-1], ms[i]
		if a.Date.IsValid() && b.Date.IsValid() && b.Date.Before(a.Date) {
			c.add("milestone_order", indexPath(path, i)+".date", phase.SeverityWarning, phase.Text{
				NB: "«" + b.Name + "» (" + b.Date.Norwegian() + ") står etter «" + a.Name + "» (" + a.Date.Norwegian() + ")",
				NN: "«" + b.Name + "» (" + b.Date.Norwegian() + ") står etter «" + a.Name + "» (" + a.Date.Norwegian() + ")",
				EN: "“" + b.Name + "” (" + b.Date.Norwegian() + ") is listed after “" + a.Name + "” (" + a.Date.Norwegian() + ")",
			})
		}
	}
}
