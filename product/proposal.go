package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// ProjectProposal is "Prosjektforslag", the product the concept phase
// delivers for BP2, signed by the project owner: background and
// justification, the choice of concept (the null alternative, the rejected
// concepts, the recommended concept and why), the main products, the
// stakeholders, the constraints, the expected benefits, the organisation,
// dependencies and assumptions, and a sketch of the project plan.
type ProjectProposal struct {
	Header       Header            `json:"header"`
	Background   Section           `json:"background"`                         // Bakgrunn og begrunnelse
	Concepts     ConceptChoice     `json:"concepts"`                           // Konseptvalg
	Products     Section           `json:"products"`                           // Hovedprodukter
	Stakeholders Section           `json:"stakeholders"`                       // Interessenter
	Constraints  Section           `json:"constraints"`                        // Rammebetingelser
	Benefits     []ExpectedBenefit `json:"benefits,omitempty" validate:"dive"` // Forventede gevinster
	Organisation Section           `json:"organisation"`                       // Organisering
	Dependencies Section           `json:"dependencies"`                       // Avhengigheter og forutsetninger
	PlanSketch   PlanSketch        `json:"planSketch"`                         // Skisse til prosjektplan
}

// ConceptChoice is "Konseptvalg": the null alternative, the concepts
// studied and rejected, the recommended concept and the reasons.
type ConceptChoice struct {
	NullAlternative Section   `json:"nullAlternative"`                    // Nullalternativet
	Rejected        []Concept `json:"rejected,omitempty" validate:"dive"` // Forkastede konsepter, each with why
	Recommended     Concept   `json:"recommended"`                        // Anbefalt konsept
	Justification   Section   `json:"justification"`                      // Begrunnelse
}

// ExpectedBenefit is a row of "Forventede gevinster": the benefit, for whom
// and how it arises, and the assumptions it rests on.
type ExpectedBenefit struct {
	Benefit     string `json:"benefit" validate:"filled"`
	ForWhom     string `json:"forWhom"`
	Assumptions string `json:"assumptions,omitempty"`
}

// PlanSketch is "Skisse til prosjektplan": the sub-phases, the costs and
// the uncertainties.
type PlanSketch struct {
	SubPhases Section       `json:"subPhases"`                       // Delfaser
	Costs     Section       `json:"costs"`                           // Kostnader
	Risks     []Uncertainty `json:"risks,omitempty" validate:"dive"` // Usikkerheter
}

// Kind returns phase.ProjectProposal.
func (d *ProjectProposal) Kind() phase.Product { return phase.ProjectProposal }

// Template returns TemplateProjectProposal.
func (d *ProjectProposal) Template() Template { return TemplateProjectProposal }

func (*ProjectProposal) sealed() {}

// Head returns a deep copy of the document's header.
func (d *ProjectProposal) Head() Header { return d.Header.Clone() }

// Titles of the columns of the table under 6.1 Gevinstoversikt, for
// messages: see proposalFields.
var (
	titleForWhom     = mustTitle(TemplateProjectProposal, "benefits.forWhom")
	titleAssumptions = mustTitle(TemplateProjectProposal, "benefits.assumptions")
)

// proposalFieldsOf binds the keys of the proposal's section table
// (proposalV4) to the fields of ProjectProposal.
var proposalFieldsOf = fields[*ProjectProposal]{
	"background":               prose(func(d *ProjectProposal) Section { return d.Background }),
	"concepts.nullAlternative": prose(func(d *ProjectProposal) Section { return d.Concepts.NullAlternative }),
	"concepts.rejected": custom(func(c *checker, p string, _ title, d *ProjectProposal) {
		for i, r := range d.Concepts.Rejected {
			c.text(indexPath(p, i)+".description", t3(r.Name, r.Name, r.Name), r.Description)
		}
	}),
	"concepts.recommended": custom(func(c *checker, p string, t title, d *ProjectProposal) {
		c.text(p+".description", t, d.Concepts.Recommended.Description)
	}),
	"concepts.justification": prose(func(d *ProjectProposal) Section { return d.Concepts.Justification }),
	"products":               prose(func(d *ProjectProposal) Section { return d.Products }),
	"stakeholders":           prose(func(d *ProjectProposal) Section { return d.Stakeholders }),
	"constraints":            prose(func(d *ProjectProposal) Section { return d.Constraints }),
	"benefits": custom(func(c *checker, p string, t title, d *ProjectProposal) {
		if c.list(p, t, len(d.Benefits)) {
			for i, b := range d.Benefits {
				c.text(indexPath(p, i)+".forWhom", titleForWhom, b.ForWhom)
				c.optionalText(indexPath(p, i)+".assumptions", titleAssumptions, b.Assumptions)
			}
		}
	}),
	"organisation":         prose(func(d *ProjectProposal) Section { return d.Organisation }),
	"dependencies":         prose(func(d *ProjectProposal) Section { return d.Dependencies }),
	"planSketch.subPhases": prose(func(d *ProjectProposal) Section { return d.PlanSketch.SubPhases }),
	"planSketch.costs":     prose(func(d *ProjectProposal) Section { return d.PlanSketch.Costs }),
	"planSketch.risks": custom(func(c *checker, p string, t title, d *ProjectProposal) {
		if c.list(p, t, len(d.PlanSketch.Risks)) {
			c.risks(p, d.PlanSketch.Risks)
		}
	}),
}

// Validate reports the struct rules, the header (see Mandate.Validate) and,
// with codes prefixed "project_proposal.": unanswered sections
// (section_blank), guidance and placeholders left in (guidance_copied,
// placeholder), a rejected concept without the reason (section_blank), no
// expected benefits or uncertainties (section_blank), and a recommended
// concept that is also listed as rejected (recommended_rejected). Fewer
// concepts studied (the recommended and the rejected) than Rules.MinConcepts
// give a warning (concepts_few).
func (d *ProjectProposal) Validate() phase.Findings { return d.ValidateWith(Rules{}) }

// ValidateWith is Validate under the organisation's rules r.
func (d *ProjectProposal) ValidateWith(r Rules) phase.Findings {
	c := checkDocument(d, d.Header, r, true, proposalFieldsOf)
	k := d.Concepts
	for i, r := range k.Rejected {
		if !isBlank(r.Name) && normalize(r.Name) == normalize(k.Recommended.Name) {
			c.add("recommended_rejected", indexPath("concepts.rejected", i)+".name", phase.SeverityError, phase.Text{
				NB: "«" + r.Name + "» er både anbefalt og forkastet",
				NN: "«" + r.Name + "» er både tilrådd og forkasta",
				EN: "“" + r.Name + "” is both recommended and rejected",
			})
		}
	}
	studied := len(k.Rejected)
	if !isBlank(k.Recommended.Name) {
		studied++
	}
	c.fewConcepts("concepts", studied)
	return c.fs
}
