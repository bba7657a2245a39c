package product

import (
	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/internal/validate"
	"github.com/digitale-helgeland/veiviser/phase"
)

// BenefitPlan is "Gevinstrealiseringsplan" as a management product,
// required at BP3, in the structure of Digdir's template
// «Gevinstrealiseringsplan», versjon 4.0 (benefitPlanV4):
//
//  1. Prosjektets begrunnelse, mål og hovedprodukter
//  2. Gevinstansvarlig
//  3. Prosjektets gevinster: 3.1 Nyttevirkninger i egen virksomhet, 3.2
//     Anvendelse av nyttevirkninger i egen virksomhet, 3.3 Prissatte
//     nyttevirkninger i andre offentlige virksomheter, 3.4 Ikke-prissatte
//     nyttevirkninger
//  4. Tiltak og oppfølging: 4.1 Tiltak for å realisere gevinster, 4.2
//     Oppfølging/måling av ikke-prissatte gevinster
//  5. Oppdatert gevinstkart
//
// The plan itself, a benefit.Plan whose content the benefit package
// models and validates, holds chapter 2 (Plan.Responsible), the benefits
// of chapter 3 (Plan.Benefits, each with where it arises and whether it is
// priced: the rows of the tables under 3.1, 3.3 and 3.4), the measures of
// 4.1 (Plan.Measures) and, in each benefit's indicators, the measurements
// of 4.2. The fields beside it hold the template's prose.
//
// Every section is required but the text directly under chapter 4's
// heading, which introduces its sub-headings, and the text beside the
// tables of 3.1, 3.3, 3.4 and 4.2, whose rows are the plan's benefits and
// indicators. 3.2 asks for text of its own ("Her skal det redegjøres for
// planlagt bruk av alle prissatte nyttevirkninger i tabell A").
type BenefitPlan struct {
	Header     Header  `json:"header"`
	Background Section `json:"background"` // 1 Prosjektets begrunnelse, mål og hovedprodukter
	// Plan is the plan itself: 2 Gevinstansvarlig, 3 Prosjektets
	// gevinster, 4.1 Tiltak for å realisere gevinster.
	Plan                benefit.Plan `json:"plan"`
	OwnBenefits         Section      `json:"ownBenefits,omitzero"`         // 3.1 Nyttevirkninger i egen virksomhet, beside its tables
	BenefitUse          Section      `json:"benefitUse"`                   // 3.2 Anvendelse av nyttevirkninger i egen virksomhet
	OtherPublicBenefits Section      `json:"otherPublicBenefits,omitzero"` // 3.3 Prissatte nyttevirkninger i andre offentlige virksomheter, beside its tables
	UnpricedBenefits    Section      `json:"unpricedBenefits,omitzero"`    // 3.4 Ikke-prissatte nyttevirkninger, beside its table
	MeasuresIntro       Section      `json:"measuresIntro,omitzero"`       // 4 Tiltak og oppfølging
	UnpricedFollowUp    Section      `json:"unpricedFollowUp,omitzero"`    // 4.2 Oppfølging/måling av ikke-prissatte gevinster, beside its table
	BenefitMap          Section      `json:"benefitMap"`                   // 5 Oppdatert gevinstkart
}

// benefitPlanStored is BenefitPlan as DecodeStored reads it: its plan
// without benefit.Plan's UnmarshalJSON, so that the plan, most of a stored
// project, is checked and decoded in the same pass as the document around
// it instead of being scanned three times more by a decoder of its own
// (issue 14). The checks that UnmarshalJSON makes beyond the fields are
// made after (benefit.Plan.CheckStructure); unknown fields and every rule
// of the stored form are refused by the one strict decoder at every level.
// It is the parts Encode writes around the plan (benefitPlanHead,
// benefitPlanTail) with the plan between them; TestBenefitPlanStored holds
// its fields to BenefitPlan's.
type benefitPlanStored struct {
	benefitPlanHead
	Plan planData `json:"plan"`
	benefitPlanTail
}

// planData is benefit.Plan without its methods.
type planData benefit.Plan

// document returns the benefit plan s holds.
func (s *benefitPlanStored) document() *BenefitPlan {
	h, t := &s.benefitPlanHead, &s.benefitPlanTail
	return &BenefitPlan{
		Header: h.Header, Background: h.Background, Plan: benefit.Plan(s.Plan),
		OwnBenefits: t.OwnBenefits, BenefitUse: t.BenefitUse, OtherPublicBenefits: t.OtherPublicBenefits,
		UnpricedBenefits: t.UnpricedBenefits, MeasuresIntro: t.MeasuresIntro,
		UnpricedFollowUp: t.UnpricedFollowUp, BenefitMap: t.BenefitMap,
	}
}

// Kind returns phase.BenefitPlan.
func (d *BenefitPlan) Kind() phase.Product { return phase.BenefitPlan }

// Template returns TemplateBenefitPlan.
func (d *BenefitPlan) Template() Template { return TemplateBenefitPlan }

func (*BenefitPlan) sealed() {}

// Head returns a deep copy of the document's header.
func (d *BenefitPlan) Head() Header { return d.Header.Clone() }

// benefitPlanFieldsOf binds the keys of the benefit plan's section table
// (benefitPlanV4) to the fields of BenefitPlan; see BenefitPlan for what
// is required. The plan's responsible and measures are checked by
// benefit.Plan.Validate.
var benefitPlanFieldsOf = fields[*BenefitPlan]{
	"background":       prose(func(d *BenefitPlan) Section { return d.Background }),
	"plan.responsible": custom(func(*checker, string, title, *BenefitPlan) {}),
	"plan.benefits":    list(func(d *BenefitPlan) []benefit.Benefit { return d.Plan.Benefits }, nil),
	// 3.1, 3.3, 3.4 and 4.2: the rows of their tables are the plan's
	// benefits (by area and valuation) and their indicators; the text
	// beside them may be left out.
	"ownBenefits":         optional(func(d *BenefitPlan) Section { return d.OwnBenefits }),
	"benefitUse":          prose(func(d *BenefitPlan) Section { return d.BenefitUse }),
	"otherPublicBenefits": optional(func(d *BenefitPlan) Section { return d.OtherPublicBenefits }),
	"unpricedBenefits":    optional(func(d *BenefitPlan) Section { return d.UnpricedBenefits }),
	"measuresIntro":       intro(func(d *BenefitPlan) Section { return d.MeasuresIntro }),
	"plan.measures":       custom(func(*checker, string, title, *BenefitPlan) {}),
	"unpricedFollowUp":    optional(func(d *BenefitPlan) Section { return d.UnpricedFollowUp }),
	"benefitMap":          prose(func(d *BenefitPlan) Section { return d.BenefitMap }),
}

// Validate is ValidateWith with the zero benefit.Options: the plan checked
// on its own, without the project's timeline.
func (d *BenefitPlan) Validate() phase.Findings { return d.ValidateWith(benefit.Options{}) }

// ValidateWith reports the header's findings (struct rules, change and
// distribution logs, decision box; see Mandate.Validate) and the
// document's sections (section_blank, guidance_copied, placeholder), with
// codes prefixed "benefit_plan.", and then the plan's own findings
// (benefit.Plan.Validate with o, codes "benefit.*") with paths under
// "plan". A plan without benefits, a warning for the benefit package, is
// an error here: the product must name at least one benefit.
func (d *BenefitPlan) ValidateWith(o benefit.Options) phase.Findings {
	c := newChecker(phase.BenefitPlan, d.Header)
	c.fs = append(c.fs, validate.Struct(&d.Header).WithPrefix("header")...)
	c.header(d.Header, true)
	checkSections(c, c.outline(TemplateBenefitPlan, d.Header.TemplateVersion), d, benefitPlanFieldsOf)
	c.fs = append(c.fs, d.Plan.Validate(o).WithPrefix("plan")...)
	return c.fs
}
