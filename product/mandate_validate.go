package product

import (
	"strconv"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Titles of the sections of "Mandat for konseptfasen", for messages:
// Digdir's headings (mandateV4), and for the cost the title of
// mandateFields.
var (
	titleBackground          = mustTitle(TemplateMandate, "background")
	titlePurpose             = mustTitle(TemplateMandate, "purpose.intro")
	titleNeeds               = mustTitle(TemplateMandate, "purpose.needs")
	titleChanges             = mustTitle(TemplateMandate, "purpose.changes")
	titleRelated             = mustTitle(TemplateMandate, "constraints.relatedProjects")
	titleOtherOrgs           = mustTitle(TemplateMandate, "constraints.otherOrganisations")
	titleProcurement         = mustTitle(TemplateMandate, "constraints.procurement")
	titleITPolicy            = mustTitle(TemplateMandate, "constraints.itPolicy")
	titleArchitecture        = mustTitle(TemplateMandate, "constraints.enterpriseArchitecture")
	titleExperience          = mustTitle(TemplateMandate, "experience")
	titleOrganisation        = mustTitle(TemplateMandate, "conceptPhase.organisation")
	titleConceptStakeholders = mustTitle(TemplateMandate, "conceptPhase.stakeholders")
	titleBusinessCase        = mustTitle(TemplateMandate, "conceptPhase.results.businessCase")
	titleProposal            = mustTitle(TemplateMandate, "conceptPhase.results.projectProposal")
	titlePhasePlan           = mustTitle(TemplateMandate, "conceptPhase.results.phasePlan")
	titleResultsSummary      = mustTitle(TemplateMandate, "conceptPhase.results.summary")
	titleResources           = mustTitle(TemplateMandate, "conceptPhase.resources")
	titleCost                = mustTitle(TemplateMandate, "conceptPhase.resources.cost")
	titleConcepts            = mustTitle(TemplateMandate, "conceptPhase.concepts")
	titleChecklistReview     = mustTitle(TemplateMandate, "checklist")
)

// Validate reports, in document order:
//   - field.*: struct rules (project named, status set, change-log rows
//     with version and date, …);
//   - mandate.changes_missing, change_*, distribution_*: change and
//     distribution log problems;
//   - mandate.placeholder, decision_incomplete, signature_missing,
//     date_invalid, outcome_conflict: the decision box (placeholders are
//     warnings until the mandate is approved, when date, processor,
//     decision and signature become required);
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
	c := newChecker(phase.Mandate, m.Header)
	c.rules = r
	c.structure(m)
	c.header(m.Header, true)
	c.section("background", titleBackground, m.Background)
	c.sectionIf("purpose.intro", titlePurpose, m.Purpose.Intro, false)
	c.section("purpose.needs", titleNeeds, m.Purpose.Needs)
	c.section("purpose.changes", titleChanges, m.Purpose.Changes)
	k := m.Constraints
	c.section("constraints.relatedProjects", titleRelated, k.RelatedProjects)
	c.section("constraints.otherOrganisations", titleOtherOrgs, k.OtherOrganisations)
	c.section("constraints.procurement", titleProcurement, k.Procurement)
	c.section("constraints.itPolicy", titleITPolicy, k.ITPolicy)
	c.section("constraints.enterpriseArchitecture", titleArchitecture, k.EnterpriseArchitecture)
	c.section("experience", titleExperience, m.Experience)
	s := m.ConceptPhase
	c.section("conceptPhase.organisation", titleOrganisation, s.Organisation)
	c.section("conceptPhase.stakeholders", titleConceptStakeholders, s.Stakeholders)
	c.section("conceptPhase.results.businessCase", titleBusinessCase, s.Results.BusinessCase)
	c.section("conceptPhase.results.projectProposal", titleProposal, s.Results.ProjectProposal)
	c.section("conceptPhase.results.phasePlan", titlePhasePlan, s.Results.PhasePlan)
	c.sectionIf("conceptPhase.results.summary", titleResultsSummary, s.Results.Summary, false)
	c.resources("conceptPhase.resources", s.Resources)
	c.concepts("conceptPhase.concepts", s.Concepts)
	c.checklistReview("checklist", m.Checklist, reviewNote(m.Header))
	return c.fs
}

// resources checks "Kostnader, tidsramme og ressursbehov".
func (c *checker) resources(path string, r ConceptResources) {
	if !r.Intro.Answered() && !r.Cost.Answered() && len(r.WorkGroups) == 0 && len(r.Tasks) == 0 {
		c.blank(path, titleResources)
		return
	}
	c.sectionIf(path+".intro", titleResources, r.Intro, false)
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

// concepts checks the proposed concepts: each described, the null
// alternative among them, and enough others to compare.
func (c *checker) concepts(path string, cs []Concept) {
	if !c.list(path, titleConcepts, len(cs)) {
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
