package product

import (
	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/internal/validate"
	"github.com/digitale-helgeland/veiviser/phase"
)

// BenefitPlan is "Gevinstrealiseringsplan" as a management product,
// required at BP3: the document's header (versions, change and
// distribution logs, decision box) around the plan itself, a benefit.Plan,
// whose content the benefit package models and validates.
type BenefitPlan struct {
	Header Header       `json:"header"`
	Plan   benefit.Plan `json:"plan"`
}

// Kind returns phase.BenefitPlan.
func (d *BenefitPlan) Kind() phase.Product { return phase.BenefitPlan }

// Template returns TemplateBenefitPlan.
func (d *BenefitPlan) Template() Template { return TemplateBenefitPlan }

func (*BenefitPlan) sealed() {}

// Head returns a deep copy of the document's header.
func (d *BenefitPlan) Head() Header { return d.Header.Clone() }

// Validate is ValidateWith with the zero benefit.Options: the plan checked
// on its own, without the project's timeline.
func (d *BenefitPlan) Validate() phase.Findings { return d.ValidateWith(benefit.Options{}) }

// ValidateWith reports the header's findings (struct rules, change and
// distribution logs, decision box; see Mandate.Validate), with codes
// prefixed "benefit_plan.", and then the plan's own findings
// (benefit.Plan.Validate with o, codes "benefit.*") with paths under
// "plan". A plan without benefits, a warning for the benefit package, is
// an error here: the product must name at least one benefit.
func (d *BenefitPlan) ValidateWith(o benefit.Options) phase.Findings {
	c := newChecker(phase.BenefitPlan, d.Header)
	c.fs = append(c.fs, validate.Struct(&d.Header).WithPrefix("header")...)
	c.header(d.Header, true)
	c.list("plan.benefits", titleBenefitsPlan, len(d.Plan.Benefits))
	c.fs = append(c.fs, d.Plan.Validate(o).WithPrefix("plan")...)
	return c.fs
}

// titleBenefitsPlan is the title of the benefits in messages: Digdir's
// heading (benefitPlanV4).
var titleBenefitsPlan = mustTitle(TemplateBenefitPlan, "plan.benefits")
