package product

import (
	"strconv"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/phase"
)

// titleCost titles the cost of the concept phase in messages: see
// mandateFields.
var titleCost = mustTitle(TemplateMandate, "conceptPhase.resources.cost")

// mandateFieldsOf binds the keys of the mandate's section tables (mandateV4,
// mandateV3) to the fields of Mandate. Every section the template asks for
// is required: the guidance of «Mandat for konseptfasen» 4.0 («Veiledning»)
// asks that a point that does not apply is answered «Ikke relevant».
var mandateFieldsOf = fields[*Mandate]{
	"background":                           prose(func(m *Mandate) Section { return m.Background }),
	"purpose.intro":                        intro(func(m *Mandate) Section { return m.Purpose.Intro }),
	"purpose.needs":                        prose(func(m *Mandate) Section { return m.Purpose.Needs }),
	"purpose.changes":                      prose(func(m *Mandate) Section { return m.Purpose.Changes }),
	"idea":                                 intro(func(m *Mandate) Section { return m.Idea }),
	"constraints.intro":                    intro(func(m *Mandate) Section { return m.Constraints.Intro }),
	"constraints.relatedProjects":          prose(func(m *Mandate) Section { return m.Constraints.RelatedProjects }),
	"constraints.otherOrganisations":       prose(func(m *Mandate) Section { return m.Constraints.OtherOrganisations }),
	"constraints.procurement":              prose(func(m *Mandate) Section { return m.Constraints.Procurement }),
	"constraints.itPolicy":                 prose(func(m *Mandate) Section { return m.Constraints.ITPolicy }),
	"constraints.enterpriseArchitecture":   prose(func(m *Mandate) Section { return m.Constraints.EnterpriseArchitecture }),
	"experience":                           prose(func(m *Mandate) Section { return m.Experience }),
	"conceptPhase.intro":                   intro(func(m *Mandate) Section { return m.ConceptPhase.Intro }),
	"conceptPhase.organisation":            prose(func(m *Mandate) Section { return m.ConceptPhase.Organisation }),
	"conceptPhase.stakeholders":            prose(func(m *Mandate) Section { return m.ConceptPhase.Stakeholders }),
	"conceptPhase.results.summary":         intro(func(m *Mandate) Section { return m.ConceptPhase.Results.Summary }),
	"conceptPhase.results.businessCase":    prose(func(m *Mandate) Section { return m.ConceptPhase.Results.BusinessCase }),
	"conceptPhase.results.projectProposal": prose(func(m *Mandate) Section { return m.ConceptPhase.Results.ProjectProposal }),
	"conceptPhase.results.phasePlan":       prose(func(m *Mandate) Section { return m.ConceptPhase.Results.PhasePlan }),
	// 5.3 says the results "kan også inneholde andre leveranser".
	"conceptPhase.results.other": optional(func(m *Mandate) Section { return m.ConceptPhase.Results.Other }),
	"conceptPhase.resources": custom(func(c *checker, p string, t title, m *Mandate) {
		c.resources(p, t, m.ConceptPhase.Resources)
	}),
	"conceptPhase.concepts": custom(func(c *checker, p string, t title, m *Mandate) {
		c.concepts(p, t, m.ConceptPhase.Concepts)
	}),
	"checklist": custom(func(c *checker, p string, t title, m *Mandate) {
		c.checklistReview(p, t, m.Checklist, reviewNote(m.Header))
	}),
}

// Validate reports, in document order:
//   - field.*: struct rules (project named, status set, change-log rows
//     with version and date, …);
//   - mandate.changes_missing, change_*, distribution_*: change and
//     distribution log problems;
//   - mandate.placeholder, decision_incomplete, signature_missing,
//     date_invalid, outcome_conflict: the decision box (placeholders are
//     warnings until the mandate is approved, when date, processor,
//     decision and signature become required);
//   - mandate.template_version_unknown: a template version this package
//     has no table for (warning; the current version is used);
//   - mandate.section_blank: a section neither answered nor marked «Ikke
//     relevant»;
//   - mandate.guidance_copied: template guidance left in an answer;
//   - mandate.placeholder: a template placeholder left in an answer;
//   - mandate.null_concept_missing: no null alternative among the concepts
//     (error); mandate.concepts_few: fewer than three other concepts
//     (warning);
//   - mandate.checklist_*: the BP1 checklist review (see ChecklistReview).
func (m *Mandate) Validate() phase.Findings { return m.ValidateWith(Rules{}) }

// ValidateWith is Validate under the organisation's rules r (see Rules:
// how a missing null alternative and too few concepts are reported).
func (m *Mandate) ValidateWith(r Rules) phase.Findings {
	return checkDocument(m, m.Header, r, true, mandateFieldsOf).fs
}

// resources checks "Kostnader, tidsramme og ressursbehov", titled t.
func (c *checker) resources(path string, t title, r ConceptResources) {
	if !r.Intro.Answered() && !r.Cost.Answered() && len(r.WorkGroups) == 0 && len(r.Tasks) == 0 {
		c.blank(path, t)
		return
	}
	c.sectionIf(path+".intro", t, r.Intro, false)
	for i, g := range r.WorkGroups {
		p := path + ".workGroups[" + strconv.Itoa(i) + "]"
		t := t3(g.Name, g.Name, g.Name)
		c.text(p+".task", t, g.Task)
		c.optionalText(p+".members", t, g.Members)
	}
	for i, k := range r.Tasks {
		p := path + ".tasks[" + strconv.Itoa(i) + "]"
		t := t3(k.Task, k.Task, k.Task)
		c.text(p+".resources", t, k.Resources)
		c.optionalText(p+".timeframe", t, k.Timeframe)
	}
	c.sectionIf(path+".cost", titleCost, r.Cost, false)
}

// concepts checks the proposed concepts, titled t: each described, the
// null alternative among them, and enough others to compare.
func (c *checker) concepts(path string, t title, cs []Concept) {
	if !c.list(path, t, len(cs)) {
		return
	}
	for i, k := range cs {
		p := path + "[" + strconv.Itoa(i) + "]"
		c.text(p+".description", t3(k.Name, k.Name, k.Name), k.Description)
	}
	others := 0
	for _, k := range cs {
		if !IsNullConcept(k.Name) {
			others++
		}
	}
	if NullConcept(cs) < 0 {
		c.add("null_concept_missing", path, c.rules.mandateNullConcept(), phase.Text{
			NB: "Nullalternativet (nullkonseptet) er ikke nevnt blant konseptene",
			NN: "Nullalternativet (nullkonseptet) er ikkje nemnt blant konsepta",
			EN: "The null alternative (nullkonsept) is not named among the concepts",
		})
	}
	c.fewConcepts(path, others)
}

// fewConcepts warns when fewer than the rules' minimum of concepts besides
// the null alternative are named: Digdir's advice, "Minst tre alternative
// konsepter bør utredes".
func (c *checker) fewConcepts(path string, n int) {
	want := c.rules.minConcepts()
	if n >= want {
		return
	}
	c.add("concepts_few", path, phase.SeverityWarning, fewConceptsText(n, want))
}

// fewConceptsText says that only n concepts are named where want should be
// studied, with the noun agreeing with the number in each language.
func fewConceptsText(n, want int) phase.Text {
	k := finding.Count(n, phase.Text{NB: "konsept", NN: "konsept", EN: "concept"}, phase.Text{NB: "konsepter", NN: "konsept", EN: "concepts"})
	w := strconv.Itoa(want)
	return phase.Text{
		NB: "Bare " + k.NB + " i tillegg til nullalternativet; minst " + w + " alternative konsepter bør utredes",
		NN: "Berre " + k.NN + " i tillegg til nullalternativet; minst " + w + " alternative konsept bør greiast ut",
		EN: "Only " + k.EN + " besides the null alternative; at least " + w + " alternative concepts should be studied",
	}
}
