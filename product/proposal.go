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

// Titles of the sections of "Prosjektforslag", for messages: Digdir's
// headings (proposalV4) and the columns of proposalFields.
var (
	titleBackgroundJust       = mustTitle(TemplateProjectProposal, "background")
	titleNullAlt              = mustTitle(TemplateProjectProposal, "concepts.nullAlternative")
	titleRecommended          = mustTitle(TemplateProjectProposal, "concepts.recommended")
	titleJustification        = mustTitle(TemplateProjectProposal, "concepts.justification")
	titleMainProducts         = mustTitle(TemplateProjectProposal, "products")
	titleProposalStakeholders = mustTitle(TemplateProjectProposal, "stakeholders")
	titleConstraints          = mustTitle(TemplateProjectProposal, "constraints")
	titleBenefits             = mustTitle(TemplateProjectProposal, "benefits")
	titleForWhom              = mustTitle(TemplateProjectProposal, "benefits.forWhom")
	titleAssumptions          = mustTitle(TemplateProjectProposal, "benefits.assumptions")
	titleProposalOrganisation = mustTitle(TemplateProjectProposal, "organisation")
	titleDependencies         = mustTitle(TemplateProjectProposal, "dependencies")
	titleSubPhases            = mustTitle(TemplateProjectProposal, "planSketch.subPhases")
	titleCosts                = mustTitle(TemplateProjectProposal, "planSketch.costs")
	titleRisks                = mustTitle(TemplateProjectProposal, "planSketch.risks")
)

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
	c := newChecker(phase.ProjectProposal, d.Header)
	c.rules = r
	c.structure(d)
	c.header(d.Header, true)
	c.section("background", titleBackgroundJust, d.Background)
	k := d.Concepts
	c.section("concepts.nullAlternative", titleNullAlt, k.NullAlternative)
	for i, r := range k.Rejected {
		p := indexPath("concepts.rejected", i)
		c.text(p+".description", t3(r.Name, r.Name, r.Name), r.Description)
	}
	c.text("concepts.recommended.description", titleRecommended, k.Recommended.Description)
	for i, r := range k.Rejected {
		if !isBlank(r.Name) && normalize(r.Name) == normalize(k.Recommended.Name) {
			c.add("recommended_rejected", indexPath("concepts.rejected", i)+".name", phase.SeverityError, phase.Text{
				NB: "«" + r.Name + "» er både anbefalt og forkastet",
				NN: "«" + r.Name + "» er både tilrådd og forkasta",
				EN: "“" + r.Name + "” is both recommended and rejected",
			})
		}
	}
	c.section("concepts.justification", titleJustification, k.Justification)
	studied := len(k.Rejected)
	if !isBlank(k.Recommended.Name) {
		studied++
	}
	c.fewConcepts("concepts", studied)
	c.section("products", titleMainProducts, d.Products)
	c.section("stakeholders", titleProposalStakeholders, d.Stakeholders)
	c.section("constraints", titleConstraints, d.Constraints)
	if c.list("benefits", titleBenefits, len(d.Benefits)) {
		for i, b := range d.Benefits {
			p := indexPath("benefits", i)
			c.text(p+".forWhom", titleForWhom, b.ForWhom)
			c.optionalText(p+".assumptions", titleAssumptions, b.Assumptions)
		}
	}
	c.section("organisation", titleProposalOrganisation, d.Organisation)
	c.section("dependencies", titleDependencies, d.Dependencies)
	c.section("planSketch.subPhases", titleSubPhases, d.PlanSketch.SubPhases)
	c.section("planSketch.costs", titleCosts, d.PlanSketch.Costs)
	if c.list("planSketch.risks", titleRisks, len(d.PlanSketch.Risks)) {
		c.risks("planSketch.risks", d.PlanSketch.Risks)
	}
	return c.fs
}
