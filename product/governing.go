package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// GoverningDocument is "Styringsdokument", the management product the
// project owner signs at BP3, in the structure of Digdir's template
// «Styringsdokument», versjon 4.0 (governingV4):
//
//  1. Bakgrunn og begrunnelse for prosjektet
//  2. Prosjektets mål (virksomhetsmål, effektmål, resultatmål, each with
//     success criteria)
//  3. Beskrivelse av prosjektproduktet: 3.1 Beskrivelse av
//     hovedproduktene, 3.2 Produktnedbrytningsstruktur, 3.3 Beskrivelse
//     av produktene
//  4. Interessenter: 4.1 Interessentoversikt, 4.2 Kommunikasjonsstrategi
//  5. Rammebetingelser: 5.1 Føringer for prosjektet, 5.2 Prosjektets
//     avgrensninger, 5.3 Rettslige reguleringer, 5.4 Prinsipielle
//     spørsmål
//  6. Organisering, roller og ansvar: 6.1 Prosjektorganisering, 6.2
//     Rollebeskrivelser
//  7. Strategi for gjennomføring
//  8. Prosjektets avhengigheter
//  9. Prosjektplan: 9.1 Faser og leveranser, 9.2 Total
//     gjennomføringsplan, 9.3 Periodisert budsjett, 9.4 Relevant
//     informasjon og erfaringer fra tidligere prosjekter, 9.5
//     Forutsetninger som er lagt til grunn, 9.6 Vurdering av prosjektets
//     usikkerheter, 9.7 Prosjektstyring og rapporteringsmekanismer
//  10. Toleranser (time, cost, scope, quality, uncertainty and benefits)
//  11. Vedlegg
//
// Every section is required but the text directly under the headings of
// chapters 3, 5, 6 and 9, which introduces their sub-headings; 5.4, which
// takes the project proposal's 5.4 as its starting point ("Ta
// utgangspunkt i punkt 5.4 i prosjektforslaget"), and the proposal asks
// for that only if questions of principle limit the concept; and 11
// Vedlegg, as "Avhengig av prosjektets størrelse, vil noen av punktene
// ligge som vedlegg". Chapter 9's guidance asks for all of 9.1–9.7:
// "Uansett skal prosjektplanen omfatte punktene nedenfor".
type GoverningDocument struct {
	Header     Header  `json:"header"`
	Background Section `json:"background"`                      // 1 Bakgrunn og begrunnelse for prosjektet
	Goals      []Goal  `json:"goals,omitempty" validate:"dive"` // 2 Prosjektets mål
	// Product is chapter 3, Beskrivelse av prosjektproduktet. Documents
	// stored before schema version 3 held the whole chapter in one
	// Section; Decode moves it to Product.Intro and its parts titled as
	// 3.1–3.3 there.
	Product             ProductDescription  `json:"product"`
	Stakeholders        Section             `json:"stakeholders"`                            // 4 Interessenter
	StakeholderOverview Section             `json:"stakeholderOverview"`                     // 4.1 Interessentoversikt
	Communication       []CommunicationLine `json:"communication,omitempty" validate:"dive"` // 4.2 Kommunikasjonsstrategi
	Constraints         ProjectConstraints  `json:"constraints"`                             // 5 Rammebetingelser
	OrganisationIntro   Section             `json:"organisationIntro,omitzero"`              // 6 Organisering, roller og ansvar
	ProjectOrganisation Section             `json:"projectOrganisation"`                     // 6.1 Prosjektorganisering
	Organisation        []Appointment       `json:"organisation,omitempty" validate:"dive"`  // 6.2 Rollebeskrivelser
	Strategies          Section             `json:"strategies"`                              // 7 Strategi for gjennomføring
	Dependencies        Section             `json:"dependencies"`                            // 8 Prosjektets avhengigheter
	Plan                ProjectPlan         `json:"plan"`                                    // 9 Prosjektplan
	Tolerances          []Tolerance         `json:"tolerances,omitempty" validate:"dive"`    // 10 Toleranser
	Attachments         Section             `json:"attachments,omitzero"`                    // 11 Vedlegg
}

// ProductDescription is chapter 3 of the governing document, "Beskrivelse
// av prosjektproduktet": the main products, what each consists of, and
// each product described.
type ProductDescription struct {
	Intro        Section `json:"intro,omitzero"` // the text under 3 itself
	MainProducts Section `json:"mainProducts"`   // 3.1 Beskrivelse av hovedproduktene
	Breakdown    Section `json:"breakdown"`      // 3.2 Produktnedbrytningsstruktur
	Products     Section `json:"products"`       // 3.3 Beskrivelse av produktene
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

// ProjectPlan is chapter 9 of the governing document, "Prosjektplan":
// its milestones, marked with the decision points they lead to, the
// budget by period, and what the plan rests on.
type ProjectPlan struct {
	Text          Section      `json:"text,omitzero"`                        // the text under 9 itself
	Milestones    []Milestone  `json:"milestones,omitempty" validate:"dive"` // 9.1 Faser og leveranser
	Schedule      Section      `json:"schedule"`                             // 9.2 Total gjennomføringsplan for prosjektet
	Budget        []BudgetLine `json:"budget,omitempty" validate:"dive"`     // 9.3 Periodisert budsjett
	Experience    Section      `json:"experience"`                           // 9.4 Relevant informasjon og erfaringer fra tidligere prosjekter
	Assumptions   Section      `json:"assumptions"`                          // 9.5 Forutsetninger som er lagt til grunn
	Uncertainties Section      `json:"uncertainties"`                        // 9.6 Vurdering av prosjektets usikkerheter
	Control       Section      `json:"control"`                              // 9.7 Prosjektstyring og rapporteringsmekanismer
}

// Milestone is a dated step of a plan. Point marks a milestone that is a
// decision point (BP markers in the template's plan). Deliverables and
// Description are the last two columns of the milestone tables under 9.1
// Faser og leveranser of Digdir's «Styringsdokument» 4.0 («Milepæler |
// Tid | Leveranser | Beskrivelse»).
type Milestone struct {
	Name         string              `json:"name" validate:"filled"`
	Date         phase.Date          `json:"date" validate:"valid"`
	Point        phase.DecisionPoint `json:"point,omitempty" validate:"omitempty,valid"`
	Deliverables string              `json:"deliverables,omitempty"`
	Description  string              `json:"description,omitempty"`
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
// table (governingV4) to the fields of GoverningDocument; see
// GoverningDocument for what is required.
var governingFieldsOf = fields[*GoverningDocument]{
	"background":              prose(func(d *GoverningDocument) Section { return d.Background }),
	"goals":                   list(func(d *GoverningDocument) []Goal { return d.Goals }, (*checker).goals),
	"product.intro":           intro(func(d *GoverningDocument) Section { return d.Product.Intro }),
	"product.mainProducts":    prose(func(d *GoverningDocument) Section { return d.Product.MainProducts }),
	"product.breakdown":       prose(func(d *GoverningDocument) Section { return d.Product.Breakdown }),
	"product.products":        prose(func(d *GoverningDocument) Section { return d.Product.Products }),
	"stakeholders":            prose(func(d *GoverningDocument) Section { return d.Stakeholders }),
	"stakeholderOverview":     prose(func(d *GoverningDocument) Section { return d.StakeholderOverview }),
	"communication":           list(func(d *GoverningDocument) []CommunicationLine { return d.Communication }, (*checker).communication),
	"constraints.intro":       intro(func(d *GoverningDocument) Section { return d.Constraints.Intro }),
	"constraints.guidelines":  prose(func(d *GoverningDocument) Section { return d.Constraints.Guidelines }),
	"constraints.boundaries":  prose(func(d *GoverningDocument) Section { return d.Constraints.Boundaries }),
	"constraints.regulations": prose(func(d *GoverningDocument) Section { return d.Constraints.Regulations }),
	// 5.4: "Ta utgangspunkt i punkt 5.4 i prosjektforslaget", which is
	// asked for only if questions of principle limit the concept.
	"constraints.principles": optional(func(d *GoverningDocument) Section { return d.Constraints.Principles }),
	"organisationIntro":      intro(func(d *GoverningDocument) Section { return d.OrganisationIntro }),
	"projectOrganisation":    prose(func(d *GoverningDocument) Section { return d.ProjectOrganisation }),
	"organisation":           list(func(d *GoverningDocument) []Appointment { return d.Organisation }, (*checker).organisation),
	"strategies":             prose(func(d *GoverningDocument) Section { return d.Strategies }),
	"dependencies":           prose(func(d *GoverningDocument) Section { return d.Dependencies }),
	"plan.text":              intro(func(d *GoverningDocument) Section { return d.Plan.Text }),
	"plan.milestones":        list(func(d *GoverningDocument) []Milestone { return d.Plan.Milestones }, (*checker).milestones),
	"plan.schedule":          prose(func(d *GoverningDocument) Section { return d.Plan.Schedule }),
	"plan.budget":            list(func(d *GoverningDocument) []BudgetLine { return d.Plan.Budget }, nil),
	"plan.experience":        prose(func(d *GoverningDocument) Section { return d.Plan.Experience }),
	"plan.assumptions":       prose(func(d *GoverningDocument) Section { return d.Plan.Assumptions }),
	"plan.uncertainties":     prose(func(d *GoverningDocument) Section { return d.Plan.Uncertainties }),
	"plan.control":           prose(func(d *GoverningDocument) Section { return d.Plan.Control }),
	"tolerances": custom(func(c *checker, p string, _ title, d *GoverningDocument) {
		c.tolerances(p, d.Tolerances)
	}),
	// 11: "Avhengig av prosjektets størrelse, vil noen av punktene ligge
	// som vedlegg".
	"attachments": optional(func(d *GoverningDocument) Section { return d.Attachments }),
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
