package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// ProjectProposal is "Prosjektforslag", the product the concept phase
// delivers for BP2, signed by the project owner, in the structure of
// Digdir's template «Prosjektforslag», versjon 4.0 (proposalV4):
//
//  1. Bakgrunn og begrunnelse for prosjektet
//  2. Konseptvalgets vurderinger: 2.1 Nullalternativet, 2.2 Alternative,
//     forkastede konsepter, 2.3 Anbefalt konsept, 2.4 Begrunnelse for det
//     foreslåtte konseptvalget
//  3. Prosjektets hovedprodukter
//  4. Interessenter
//  5. Rammebetingelser: 5.1 Føringer for prosjektet, 5.2 Prosjektets
//     avgrensninger, 5.3 Rettslige reguleringer, 5.4 Prinsipielle
//     spørsmål
//  6. Prosjektets forventede gevinster: 6.1 Gevinstoversikt, 6.2
//     Gevinstkart
//  7. Overordnet organisering
//  8. Prosjektets avhengigheter og forutsetninger: 8.1 Avhengigheter, 8.2
//     Forutsetninger for en vellykket gjennomføring
//  9. Skisse til overordnet prosjektplan: 9.1 Hovedleveranser i
//     gjennomføringens delfaser, 9.2 Prosjektets kostnader, 9.3 Strategi
//     for gjennomføring, 9.4 Vurdering av prosjektets usikkerheter, 9.5
//     Relevant informasjon og erfaringer fra tidligere prosjekter
//
// Every section is required but the text directly under the headings of
// chapters 2, 5, 6, 8 and 9, which introduces their sub-headings (the
// template's guidance there names the concept-phase activities the
// chapter draws on), and 5.4, which the guidance asks for only "Dersom
// den tilsvarende konseptfaseaktiviteten […] har avdekket noe som
// innebærer absolutte begrensninger".
type ProjectProposal struct {
	Header       Header        `json:"header"`
	Background   Section       `json:"background"`   // 1 Bakgrunn og begrunnelse for prosjektet
	Concepts     ConceptChoice `json:"concepts"`     // 2 Konseptvalgets vurderinger
	Products     Section       `json:"products"`     // 3 Prosjektets hovedprodukter
	Stakeholders Section       `json:"stakeholders"` // 4 Interessenter
	// Constraints is chapter 5, Rammebetingelser. Documents stored before
	// schema version 3 held the whole chapter in one Section; Decode moves
	// it to Constraints.Intro and its parts titled as 5.1–5.4 there.
	Constraints   ProjectConstraints `json:"constraints"`
	BenefitsIntro Section            `json:"benefitsIntro,omitzero"`             // 6 Prosjektets forventede gevinster
	Benefits      []ExpectedBenefit  `json:"benefits,omitempty" validate:"dive"` // 6.1 Gevinstoversikt
	BenefitMap    Section            `json:"benefitMap"`                         // 6.2 Gevinstkart
	Organisation  Section            `json:"organisation"`                       // 7 Overordnet organisering
	// Dependencies is chapter 8, Prosjektets avhengigheter og
	// forutsetninger. Documents stored before schema version 3 held the
	// whole chapter in one Section; Decode moves it as it moves
	// Constraints.
	Dependencies ProposalDependencies `json:"dependencies"`
	PlanSketch   PlanSketch           `json:"planSketch"` // 9 Skisse til overordnet prosjektplan
}

// ConceptChoice is chapter 2 of the proposal, "Konseptvalgets
// vurderinger": the null alternative, the concepts studied and rejected,
// the recommended concept and the reasons.
type ConceptChoice struct {
	Intro           Section   `json:"intro,omitzero"`                     // the text under 2 itself
	NullAlternative Section   `json:"nullAlternative"`                    // 2.1 Nullalternativet
	Rejected        []Concept `json:"rejected,omitempty" validate:"dive"` // 2.2 Alternative, forkastede konsepter, each with why
	Recommended     Concept   `json:"recommended"`                        // 2.3 Anbefalt konsept
	Justification   Section   `json:"justification"`                      // 2.4 Begrunnelse for det foreslåtte konseptvalget
}

// ProjectConstraints is chapter 5 of the project proposal and of the
// governing document, "Rammebetingelser", in both templates' version 4.0
// (the governing document's 5.1–5.4 take the proposal's as their
// starting point).
type ProjectConstraints struct {
	Intro       Section `json:"intro,omitzero"` // the text under 5 itself
	Guidelines  Section `json:"guidelines"`     // 5.1 Føringer for prosjektet
	Boundaries  Section `json:"boundaries"`     // 5.2 Prosjektets avgrensninger: what the project does not deliver
	Regulations Section `json:"regulations"`    // 5.3 Rettslige reguleringer
	// Principles is 5.4 Prinsipielle spørsmål: absolute limits that
	// questions of principle put on the concept, if any were found.
	Principles Section `json:"principles,omitzero"`
}

// ExpectedBenefit is a row of the table under 6.1 Gevinstoversikt: the
// benefit, for whom and how it arises, and the assumptions it rests on.
type ExpectedBenefit struct {
	Benefit     string `json:"benefit" validate:"filled"`
	ForWhom     string `json:"forWhom"`
	Assumptions string `json:"assumptions,omitempty"`
}

// ProposalDependencies is chapter 8 of the project proposal,
// "Prosjektets avhengigheter og forutsetninger".
type ProposalDependencies struct {
	Intro Section `json:"intro,omitzero"` // the text under 8 itself
	// Known is 8.1 Avhengigheter: the known internal and external
	// dependencies ("kjente avhengigheter (ikke usikkerheter)").
	Known         Section `json:"known"`
	Prerequisites Section `json:"prerequisites"` // 8.2 Forutsetninger for en vellykket gjennomføring
}

// PlanSketch is chapter 9 of the project proposal, "Skisse til overordnet
// prosjektplan": the sub-phases, the costs, the strategy, the
// uncertainties and the experience it draws on.
type PlanSketch struct {
	Intro      Section       `json:"intro,omitzero"`                  // the text under 9 itself
	SubPhases  Section       `json:"subPhases"`                       // 9.1 Hovedleveranser i gjennomføringens delfaser
	Costs      Section       `json:"costs"`                           // 9.2 Prosjektets kostnader
	Strategy   Section       `json:"strategy"`                        // 9.3 Strategi for gjennomføring
	Risks      []Uncertainty `json:"risks,omitempty" validate:"dive"` // 9.4 Vurdering av prosjektets usikkerheter
	Experience Section       `json:"experience"`                      // 9.5 Relevant informasjon og erfaringer fra tidligere prosjekter
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
// (proposalV4) to the fields of ProjectProposal; see ProjectProposal for
// what is required.
var proposalFieldsOf = fields[*ProjectProposal]{
	"background":               prose(func(d *ProjectProposal) Section { return d.Background }),
	"concepts.intro":           intro(func(d *ProjectProposal) Section { return d.Concepts.Intro }),
	"concepts.nullAlternative": prose(func(d *ProjectProposal) Section { return d.Concepts.NullAlternative }),
	"concepts.rejected": custom(func(c *checker, p string, _ title, d *ProjectProposal) {
		for i, r := range d.Concepts.Rejected {
			c.text(indexPath(p, i)+".description", t3(r.Name, r.Name, r.Name), r.Description)
		}
	}),
	"concepts.recommended": custom(func(c *checker, p string, t title, d *ProjectProposal) {
		c.text(p+".description", t, d.Concepts.Recommended.Description)
	}),
	"concepts.justification":  prose(func(d *ProjectProposal) Section { return d.Concepts.Justification }),
	"products":                prose(func(d *ProjectProposal) Section { return d.Products }),
	"stakeholders":            prose(func(d *ProjectProposal) Section { return d.Stakeholders }),
	"constraints.intro":       intro(func(d *ProjectProposal) Section { return d.Constraints.Intro }),
	"constraints.guidelines":  prose(func(d *ProjectProposal) Section { return d.Constraints.Guidelines }),
	"constraints.boundaries":  prose(func(d *ProjectProposal) Section { return d.Constraints.Boundaries }),
	"constraints.regulations": prose(func(d *ProjectProposal) Section { return d.Constraints.Regulations }),
	// 5.4: "Dersom den tilsvarende konseptfaseaktiviteten […] har avdekket
	// noe som innebærer absolutte begrensninger […], beskriver dere dette
	// her."
	"constraints.principles":     optional(func(d *ProjectProposal) Section { return d.Constraints.Principles }),
	"benefitsIntro":              intro(func(d *ProjectProposal) Section { return d.BenefitsIntro }),
	"benefits":                   list(func(d *ProjectProposal) []ExpectedBenefit { return d.Benefits }, (*checker).expectedBenefits),
	"benefitMap":                 prose(func(d *ProjectProposal) Section { return d.BenefitMap }),
	"organisation":               prose(func(d *ProjectProposal) Section { return d.Organisation }),
	"dependencies.intro":         intro(func(d *ProjectProposal) Section { return d.Dependencies.Intro }),
	"dependencies.known":         prose(func(d *ProjectProposal) Section { return d.Dependencies.Known }),
	"dependencies.prerequisites": prose(func(d *ProjectProposal) Section { return d.Dependencies.Prerequisites }),
	"planSketch.intro":           intro(func(d *ProjectProposal) Section { return d.PlanSketch.Intro }),
	"planSketch.subPhases":       prose(func(d *ProjectProposal) Section { return d.PlanSketch.SubPhases }),
	"planSketch.costs":           prose(func(d *ProjectProposal) Section { return d.PlanSketch.Costs }),
	"planSketch.strategy":        prose(func(d *ProjectProposal) Section { return d.PlanSketch.Strategy }),
	"planSketch.risks":           list(func(d *ProjectProposal) []Uncertainty { return d.PlanSketch.Risks }, (*checker).risks),
	"planSketch.experience":      prose(func(d *ProjectProposal) Section { return d.PlanSketch.Experience }),
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

// expectedBenefits checks the rows of the table under 6.1 Gevinstoversikt:
// each says for whom and how the benefit arises.
func (c *checker) expectedBenefits(path string, bs []ExpectedBenefit) {
	for i, b := range bs {
		c.text(indexPath(path, i)+".forWhom", titleForWhom, b.ForWhom)
		c.optionalText(indexPath(path, i)+".assumptions", titleAssumptions, b.Assumptions)
	}
}
