package product_test

import (
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/product"
	"github.com/digitale-helgeland/veiviser/stakeholder"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

// finding is the part of a phase.Finding the rule tables compare.
type finding struct {
	Code     phase.Code
	Path     string
	Severity phase.Severity
}

const (
	E = phase.SeverityError
	W = phase.SeverityWarning
)

func summarise(t *testing.T, fs phase.Findings) []finding {
	t.Helper()
	var out []finding
	for _, f := range fs {
		if f.Message.NB == "" || f.Message.NN == "" || f.Message.EN == "" {
			t.Errorf("finding %v lacks a message in one of the three languages", f)
		}
		if !f.Severity.IsValid() {
			t.Errorf("finding %v has no severity", f)
		}
		out = append(out, finding{f.Code, f.Path, f.Severity})
	}
	return out
}

type ruleTest[D product.Document] struct {
	name   string
	change func(D)
	want   []finding
}

func runRules[D product.Document](t *testing.T, sample func() D, tests []ruleTest[D]) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := sample()
			tt.change(d)
			if diff := cmp.Diff(tt.want, summarise(t, d.Validate())); diff != "" {
				t.Errorf("Validate() (-want +got):\n%s", diff)
			}
		})
	}
}

func TestMandateRules(t *testing.T) {
	guidance := "[For å sikre at alle relevante interessenter har mottatt siste versjon av dokumentet, må distribusjonsloggen oppdateres i tråd med versjonshåndteringen.]"
	runRules(t, sample.Mandate, []ruleTest[*product.Mandate]{
		{"complete", func(*product.Mandate) {}, nil},
		{"section blank", func(m *product.Mandate) { m.Background = product.Section{Text: " \n"} }, []finding{
			{"mandate.section_blank", "background", E}}},
		{"case number in Noark's form", func(m *product.Mandate) { m.Header.Decision.CaseNumber = "2021 / 01234" }, nil},
		{"case number as case systems show it", func(m *product.Mandate) { m.Header.Decision.CaseNumber = "21/01234" }, nil},
		{"case number in no Noark form", func(m *product.Mandate) { m.Header.Decision.CaseNumber = "sak 1234" }, []finding{
			{"mandate.case_number_form", "header.decision.caseNumber", phase.SeverityInfo}}},
		{"not relevant, nynorsk", func(m *product.Mandate) { m.Background = sample.Section("«Ikkje relevant»") }, nil},
		{"not relevant with reason", func(m *product.Mandate) {
			m.Constraints.Procurement = sample.Section("Ikke relevant: ingen anskaffelser")
		}, nil},
		{"optional intro left out", func(m *product.Mandate) { m.Purpose.Intro = product.Section{} }, nil},
		{"chapter intros and other deliverables left out", func(m *product.Mandate) {
			m.Constraints.Intro = product.Section{}
			m.ConceptPhase.Intro = product.Section{}
			m.ConceptPhase.Results.Summary = product.Section{}
			m.ConceptPhase.Results.Other = product.Section{}
		}, nil},
		{"other deliverables with the guidance", func(m *product.Mandate) {
			m.ConceptPhase.Results.Other = sample.Section("[Spesifiser hvilke andre leveranser som skal ferdigstilles i konseptfasen.]")
		}, []finding{{"mandate.placeholder", "conceptPhase.results.other.text", E}}},
		{"chapter intro with a placeholder", func(m *product.Mandate) { m.Constraints.Intro = sample.Section("Se <vedlegg>.") }, []finding{
			{"mandate.placeholder", "constraints.intro.text", E}}},
		{"unknown template version", func(m *product.Mandate) { m.Header.TemplateVersion = "2.0" }, []finding{
			{"mandate.template_version_unknown", "header.templateVersion", W}}},
		{"version 4.0 named", func(m *product.Mandate) { m.Header.TemplateVersion = "4.0" }, nil},
		{"placeholder", func(m *product.Mandate) { m.Purpose.Needs = sample.Section("Behovet er <beskriv behovet>.") }, []finding{
			{"mandate.placeholder", "purpose.needs.text", E}}},
		{"masked date in a part", func(m *product.Mandate) { m.ConceptPhase.Organisation.Parts[0].Text = "Møtes første gang xx.xx.xx." }, []finding{
			{"mandate.placeholder", "conceptPhase.organisation.parts[0].text", E}}},
		{"bracketed guidance placeholder", func(m *product.Mandate) { m.Constraints.ITPolicy = sample.Section("[Beskriv føringer]") }, []finding{
			{"mandate.placeholder", "constraints.itPolicy.text", E}}},
		{"guidance copied", func(m *product.Mandate) { m.Constraints.Procurement = sample.Section(guidance) }, []finding{
			{"mandate.guidance_copied", "constraints.procurement.text", E}}},
		{"guidance copied unbracketed", func(m *product.Mandate) {
			m.Experience = sample.Section("Hvis et punkt overhodet ikke er relevant for ditt prosjekt, skriver du bare «Ikke relevant».")
		}, []finding{{"mandate.guidance_copied", "experience.text", E}}},
		{"part without text", func(m *product.Mandate) { m.ConceptPhase.Organisation.Parts[0].Text = "" }, []finding{
			{"mandate.section_blank", "conceptPhase.organisation.parts[0].text", E}}},
		// The mandate template does not ask for the null alternative: a
		// warning by default (product.Rules.MandateNullConcept).
		{"no null alternative", func(m *product.Mandate) { m.ConceptPhase.Concepts = m.ConceptPhase.Concepts[1:] }, []finding{
			{"mandate.null_concept_missing", "conceptPhase.concepts", W}}},
		{"null alternative spelt otherwise", func(m *product.Mandate) { m.ConceptPhase.Concepts[0].Name = "Null-alternativet" }, nil},
		{"too few concepts", func(m *product.Mandate) { m.ConceptPhase.Concepts = m.ConceptPhase.Concepts[:3] }, []finding{
			{"mandate.concepts_few", "conceptPhase.concepts", W}}},
		{"no concepts", func(m *product.Mandate) { m.ConceptPhase.Concepts = nil }, []finding{
			{"mandate.section_blank", "conceptPhase.concepts", E}}},
		{"concept undescribed", func(m *product.Mandate) { m.ConceptPhase.Concepts[2].Description = "" }, []finding{
			{"mandate.section_blank", "conceptPhase.concepts[2].description", E}}},
		{"concept unnamed", func(m *product.Mandate) { m.ConceptPhase.Concepts[2].Name = "" }, []finding{
			{"field.filled", "conceptPhase.concepts[2].name", E}}},
		{"resources blank", func(m *product.Mandate) { m.ConceptPhase.Resources = product.ConceptResources{} }, []finding{
			{"mandate.section_blank", "conceptPhase.resources", E}}},
		{"task without resources", func(m *product.Mandate) { m.ConceptPhase.Resources.Tasks[0].Resources = "" }, []finding{
			{"mandate.section_blank", "conceptPhase.resources.tasks[0].resources", E}}},
		{"checklist not reviewed", func(m *product.Mandate) { m.Checklist = product.ChecklistReview{} }, []finding{
			{"mandate.checklist_missing", "checklist.items", E}}},
		{"checkpoint unanswered", func(m *product.Mandate) { m.Checklist.Items[2].Comment = "" }, []finding{
			{"checklist.unanswered", "checklist.items[2].comment", E}}},
		{"checkpoint unfavourable", func(m *product.Mandate) { m.Checklist.Items[6].Comment = "ja" }, []finding{
			{"checklist.unfavourable", "checklist.items[6].comment", E}}},
		{"checkpoint unreadable", func(m *product.Mandate) { m.Checklist.Items[3].Comment = "kanskje" }, []finding{
			{"checklist.answer_invalid", "checklist.items[3].comment", E}}},
		{"checkpoint placeholder", func(m *product.Mandate) { m.Checklist.Items[1].Comment = "<ja/nei>" }, []finding{
			{"mandate.placeholder", "checklist.items[1].comment", E}}},
		{"checkpoint not relevant without reason", func(m *product.Mandate) { m.Checklist.Items[4].Comment = "Ikke relevant" }, []finding{
			{"checklist.comment_missing", "checklist.items[4].comment", E}}},
		{"checkpoint not relevant with reason", func(m *product.Mandate) {
			m.Checklist.Items[4].Comment = "Ikke relevant: kommunene har ingen egne IT-føringer"
		}, nil},
		{"checkpoint missing", func(m *product.Mandate) { m.Checklist.Items = m.Checklist.Items[:6] }, []finding{
			{"checklist.unanswered", "checklist.items", E}}},
		{"checkpoint unknown", func(m *product.Mandate) {
			m.Checklist.Items = append(m.Checklist.Items, product.ChecklistEntry{Number: 8, Question: "Er alt klart?", Comment: "ja"})
		}, []finding{{"mandate.checklist_item_unknown", "checklist.items[7].number", W}}},
		{"checkpoint reworded", func(m *product.Mandate) { m.Checklist.Items[1].Question = "Følger tiltaket strategien?" }, []finding{
			{"mandate.checklist_question_changed", "checklist.items[1].question", W}}},
		{"checkpoint twice", func(m *product.Mandate) { m.Checklist.Items[1].Number = 1 }, []finding{
			{"mandate.checklist_item_duplicate", "checklist.items[1].number", E},
			{"checklist.unanswered", "checklist.items", E}}},
		{"approved without signature", func(m *product.Mandate) { m.Header.Decision.Signature = "" }, []finding{
			{"mandate.signature_missing", "header.decision.signature", E}}},
		{"approved with placeholders", func(m *product.Mandate) {
			m.Header.Decision.ProcessedDate = product.DateField{Text: "<dato>"}
			m.Header.Decision.ProcessedBy = "<navn>"
			m.Header.Decision.Decision = ""
		}, []finding{
			{"mandate.decision_incomplete", "header.decision.processedDate", E},
			{"mandate.decision_incomplete", "header.decision.processedBy", E},
			{"mandate.decision_incomplete", "header.decision.decision", E}}},
		{"approved without case number", func(m *product.Mandate) { m.Header.Decision.CaseNumber = "" }, []finding{
			{"mandate.decision_incomplete", "header.decision.caseNumber", W}}},
		{"submitted with an empty box", func(m *product.Mandate) {
			m.Header.Status = product.StatusSubmitted
			m.Header.Decision = product.DecisionBox{ProcessedDate: product.DateField{Text: "<dato>"}}
		}, []finding{{"mandate.placeholder", "header.decision.processedDate", W}}},
		{"approved but sent back", func(m *product.Mandate) { m.Header.Decision.Outcome = phase.SentBack }, []finding{
			{"mandate.outcome_conflict", "header.decision.outcome", E}}},
		{"approval not marked", func(m *product.Mandate) { m.Header.Status = product.StatusSubmitted }, []finding{
			{"mandate.outcome_conflict", "header.status", W}}},
		{"date not a date", func(m *product.Mandate) { m.Header.Decision.NextPhaseDone = product.DateField{Text: "uke 52"} }, []finding{
			{"mandate.date_invalid", "header.decision.nextPhaseDone", E}}},
		{"no change log", func(m *product.Mandate) { m.Header.Changes = nil; m.Header.Distribution = nil }, []finding{
			{"mandate.changes_missing", "header.changes", W}}},
		{"version twice", func(m *product.Mandate) { m.Header.Changes[1].Version = "1"; m.Header.Distribution[0].Version = "1" }, []finding{
			{"mandate.change_version_duplicate", "header.changes[1].version", E}}},
		{"change log out of order", func(m *product.Mandate) { m.Header.Changes[1].Date = phase.MustDate("01.01.2020") }, []finding{
			{"mandate.change_order", "header.changes[1].date", W}}},
		{"change undescribed", func(m *product.Mandate) { m.Header.Changes[1].Change = "" }, []finding{
			{"mandate.change_undescribed", "header.changes[1].change", W}}},
		{"unknown version distributed", func(m *product.Mandate) { m.Header.Distribution[0].Version = "3" }, []finding{
			{"mandate.distribution_version_unknown", "header.distribution[0].version", W}}},
		{"struct rules", func(m *product.Mandate) {
			m.Header.Project = ""
			m.Header.Status = 0
			m.Header.Changes[0].Date = phase.Date{}
			m.Header.Distribution[0].Recipients = nil
		}, []finding{
			{"field.filled", "header.project", E},
			{"field.valid", "header.status", E},
			{"field.valid", "header.changes[0].date", E},
			{"field.min", "header.distribution[0].recipients", E}}},
	})
}

// TestMandateV3Rules: a mandate of template version 3.0 is asked for the
// sections of that version only, by their 3.0 headings.
func TestMandateV3Rules(t *testing.T) {
	runRules(t, sample.MandateV3, []ruleTest[*product.Mandate]{
		{"complete", func(*product.Mandate) {}, nil},
		{"idea left out", func(m *product.Mandate) { m.Idea = product.Section{} }, nil},
		{"procurement blank", func(m *product.Mandate) { m.Constraints.Procurement = product.Section{} }, []finding{
			{"mandate.section_blank", "constraints.procurement", E}}},
		{"no concepts", func(m *product.Mandate) { m.ConceptPhase.Concepts = nil }, []finding{
			{"mandate.section_blank", "conceptPhase.concepts", E}}},
		{"resources blank", func(m *product.Mandate) { m.ConceptPhase.Resources = product.ConceptResources{} }, []finding{
			{"mandate.section_blank", "conceptPhase.resources", E}}},
		{"checked as version 4.0", func(m *product.Mandate) { m.Header.TemplateVersion = "" }, []finding{
			{"mandate.section_blank", "constraints.relatedProjects", E},
			{"mandate.section_blank", "constraints.otherOrganisations", E},
			{"mandate.section_blank", "constraints.enterpriseArchitecture", E},
			{"mandate.section_blank", "experience", E},
			{"mandate.section_blank", "conceptPhase.stakeholders", E},
			{"mandate.section_blank", "conceptPhase.results.businessCase", E},
			{"mandate.section_blank", "conceptPhase.results.projectProposal", E},
			{"mandate.section_blank", "conceptPhase.results.phasePlan", E},
			{"mandate.checklist_missing", "checklist.items", E}}},
	})
	m := sample.MandateV3()
	m.Constraints.Procurement = product.Section{}
	fs := m.Validate()
	if len(fs) != 1 || !strings.Contains(fs[0].Message.NB, "«Er anskaffelse(r) av varer og tjenester aktuelt?»") {
		t.Errorf("Validate() = %v, want one finding quoting the heading of version 3.0", fs)
	}
}

func TestProjectMandateRules(t *testing.T) {
	runRules(t, sample.ProjectMandate, []ruleTest[*product.ProjectMandate]{
		{"complete", func(*product.ProjectMandate) {}, nil},
		{"no timeline", func(m *product.ProjectMandate) { m.Schedule.Timeline = nil }, []finding{
			{"mandate.section_blank", "schedule.timeline", E}}},
		{"overlap", func(m *product.ProjectMandate) { m.Schedule.Timeline[1].Start = phase.MustDate("01.12.2016") }, []finding{
			{"timeline.overlap", "schedule.timeline[1].start", E}}},
		{"next phase done elsewhere", func(m *product.ProjectMandate) {
			m.Header.Decision.NextPhaseDone = product.DateOn(phase.MustDate("31.01.2017"))
		}, []finding{{"mandate.next_phase_mismatch", "header.decision.nextPhaseDone", W}}},
		{"no change log needed", func(m *product.ProjectMandate) { m.Header.Changes = nil; m.Header.Distribution = nil }, nil},
		{"goals blank", func(m *product.ProjectMandate) { m.Goals.Effects = product.Section{} }, []finding{
			{"mandate.section_blank", "goals.effects", E}}},
		{"blank attachment", func(m *product.ProjectMandate) { m.Attachments = append(m.Attachments, " ") }, []finding{
			{"mandate.section_blank", "attachments[1]", E}}},
	})
}

func TestProposalRules(t *testing.T) {
	runRules(t, sample.Proposal, []ruleTest[*product.ProjectProposal]{
		{"complete", func(*product.ProjectProposal) {}, nil},
		{"no null alternative", func(d *product.ProjectProposal) { d.Concepts.NullAlternative = product.Section{} }, []finding{
			{"project_proposal.section_blank", "concepts.nullAlternative", E}}},
		{"no recommendation", func(d *product.ProjectProposal) { d.Concepts.Recommended = product.Concept{} }, []finding{
			{"field.filled", "concepts.recommended.name", E},
			{"project_proposal.section_blank", "concepts.recommended.description", E},
			{"project_proposal.concepts_few", "concepts", W}}},
		{"two concepts studied", func(d *product.ProjectProposal) { d.Concepts.Rejected = d.Concepts.Rejected[:1] }, []finding{
			{"project_proposal.concepts_few", "concepts", W}}},
		{"recommended and rejected", func(d *product.ProjectProposal) { d.Concepts.Rejected[0].Name = "felles skyplattform" }, []finding{
			{"project_proposal.recommended_rejected", "concepts.rejected[0].name", E}}},
		{"benefit for no one", func(d *product.ProjectProposal) { d.Benefits[0].ForWhom = "" }, []finding{
			{"project_proposal.section_blank", "benefits[0].forWhom", E}}},
		{"no risks", func(d *product.ProjectProposal) { d.PlanSketch.Risks = nil }, []finding{
			{"project_proposal.section_blank", "planSketch.risks", E}}},
		{"risk without measure", func(d *product.ProjectProposal) { d.PlanSketch.Risks[0].Measure = "Ikke relevant" }, nil},
		{"chapter intros and questions of principle left out", func(d *product.ProjectProposal) {
			d.Concepts.Intro = product.Section{}
			d.Constraints.Intro = product.Section{}
			d.Constraints.Principles = product.Section{}
			d.BenefitsIntro = product.Section{}
			d.Dependencies.Intro = product.Section{}
			d.PlanSketch.Intro = product.Section{}
		}, nil},
		{"chapter 5 blank", func(d *product.ProjectProposal) { d.Constraints = product.ProjectConstraints{} }, []finding{
			{"project_proposal.section_blank", "constraints.guidelines", E},
			{"project_proposal.section_blank", "constraints.boundaries", E},
			{"project_proposal.section_blank", "constraints.regulations", E}}},
		{"no benefit map", func(d *product.ProjectProposal) { d.BenefitMap = product.Section{} }, []finding{
			{"project_proposal.section_blank", "benefitMap", E}}},
		{"chapter 8 blank", func(d *product.ProjectProposal) { d.Dependencies = product.ProposalDependencies{} }, []finding{
			{"project_proposal.section_blank", "dependencies.known", E},
			{"project_proposal.section_blank", "dependencies.prerequisites", E}}},
		{"plan sketch without strategy and experience", func(d *product.ProjectProposal) {
			d.PlanSketch.Strategy = product.Section{}
			d.PlanSketch.Experience = sample.Section("Kommer senere")
		}, []finding{
			{"project_proposal.section_blank", "planSketch.strategy", E},
			{"project_proposal.section_blank", "planSketch.experience", E}}},
	})
}

func TestBusinessCaseRules(t *testing.T) {
	runRules(t, sample.BusinessCase, []ruleTest[*product.BusinessCase]{
		{"complete", func(*product.BusinessCase) {}, nil},
		{"preliminary without appraisal and investment analysis", func(d *product.BusinessCase) {
			d.Appraisal = product.Section{}
			d.Investment = product.Section{}
		}, nil},
		{"final without appraisal and investment analysis", func(d *product.BusinessCase) {
			d.Preliminary = false
			d.Appraisal = product.Section{}
			d.Investment = product.Section{}
		}, []finding{
			{"business_case.section_blank", "appraisal", E},
			{"business_case.section_blank", "investment", E}}},
		{"chapter 3 intro left out", func(d *product.BusinessCase) { d.Purpose.Intro = product.Section{} }, nil},
		{"no null alternative", func(d *product.BusinessCase) { d.Purpose.WithoutProject = product.Section{} }, []finding{
			{"business_case.section_blank", "purpose.withoutProject", E}}},
		{"summary and funding blank", func(d *product.BusinessCase) {
			d.Summary = product.Section{}
			d.Funding = sample.Section("TBD")
		}, []finding{
			{"business_case.section_blank", "summary", E},
			{"business_case.section_blank", "funding", E}}},
	})
}

func TestPhasePlanRules(t *testing.T) {
	runRules(t, sample.PhasePlan, []ruleTest[*product.PhasePlan]{
		{"complete", func(*product.PhasePlan) {}, nil},
		{"ends before it starts", func(d *product.PhasePlan) { d.End = phase.MustDate("01.12.2020") }, []finding{
			{"phase_plan.end_before_start", "end", E}}},
		{"milestone outside", func(d *product.PhasePlan) { d.Milestones[1].Date = phase.MustDate("01.08.2021") }, []finding{
			{"phase_plan.milestone_outside", "milestones[1].date", W}}},
		{"milestones out of order", func(d *product.PhasePlan) {
			d.Milestones[0].Date = phase.MustDate("29.06.2021")
			d.Milestones[1].Date = phase.MustDate("02.01.2021")
		}, []finding{
			{"phase_plan.milestone_order", "milestones[1].date", W}}},
		{"no phase", func(d *product.PhasePlan) { d.Phase = 0 }, []finding{{"field.valid", "phase", E}}},
	})
	if got := sample.PhasePlan().Position().Label(phase.Bokmal); got != "Gjennomføringsfase 1" {
		t.Errorf("Position().Label = %q", got)
	}
}

func TestGoverningRules(t *testing.T) {
	runRules(t, sample.Governing, []ruleTest[*product.GoverningDocument]{
		{"complete", func(*product.GoverningDocument) {}, nil},
		{"no effect goal", func(d *product.GoverningDocument) { d.Goals = append(d.Goals[:1], d.Goals[2]) }, []finding{
			{"governing_document.goal_missing", "goals", E}}},
		{"goal without success criteria", func(d *product.GoverningDocument) { d.Goals[2].SuccessCriteria = nil }, []finding{
			{"governing_document.success_criteria_missing", "goals[2].successCriteria", E}}},
		{"no goals", func(d *product.GoverningDocument) { d.Goals = nil }, []finding{
			{"governing_document.section_blank", "goals", E}}},
		{"tolerance missing", func(d *product.GoverningDocument) { d.Tolerances = d.Tolerances[:5] }, []finding{
			{"governing_document.tolerance_missing", "tolerances", E}}},
		{"tolerance twice", func(d *product.GoverningDocument) { d.Tolerances[5].Area = product.ToleranceTime }, []finding{
			{"governing_document.tolerance_duplicate", "tolerances[5].area", E},
			{"governing_document.tolerance_missing", "tolerances", E}}},
		{"tolerance blank", func(d *product.GoverningDocument) { d.Tolerances[1].Limit = "" }, []finding{
			{"governing_document.section_blank", "tolerances[1].limit", E}}},
		{"no owner", func(d *product.GoverningDocument) { d.Organisation[0].Role = stakeholder.SeniorUser }, []finding{
			{"governing_document.owner_missing", "organisation", E}}},
		{"untitled role", func(d *product.GoverningDocument) { d.Organisation[1].Title = "" }, []finding{
			{"governing_document.role_untitled", "organisation[1].title", E}}},
		{"unknown goal kind", func(d *product.GoverningDocument) { d.Goals[0].Kind = 0 }, []finding{
			{"field.valid", "goals[0].kind", E},
			{"governing_document.goal_missing", "goals", E}}},
		{"no budget", func(d *product.GoverningDocument) { d.Plan.Budget = nil }, []finding{
			{"governing_document.section_blank", "plan.budget", E}}},
		{"negative budget", func(d *product.GoverningDocument) { d.Plan.Budget[0].Amount = -1 }, []finding{
			{"field.gte", "plan.budget[0].amount", E}}},
		{"chapter intros, questions of principle and attachments left out", func(d *product.GoverningDocument) {
			d.Product.Intro = product.Section{}
			d.Constraints.Intro = product.Section{}
			d.Constraints.Principles = product.Section{}
			d.OrganisationIntro = product.Section{}
			d.Plan.Text = product.Section{}
			d.Attachments = product.Section{}
		}, nil},
		{"new chapters blank", func(d *product.GoverningDocument) {
			d.Background = product.Section{}
			d.Product = product.ProductDescription{}
			d.StakeholderOverview = product.Section{}
			d.Constraints = product.ProjectConstraints{}
			d.ProjectOrganisation = product.Section{}
			d.Dependencies = product.Section{}
		}, []finding{
			{"governing_document.section_blank", "background", E},
			{"governing_document.section_blank", "product.mainProducts", E},
			{"governing_document.section_blank", "product.breakdown", E},
			{"governing_document.section_blank", "product.products", E},
			{"governing_document.section_blank", "stakeholderOverview", E},
			{"governing_document.section_blank", "constraints.guidelines", E},
			{"governing_document.section_blank", "constraints.boundaries", E},
			{"governing_document.section_blank", "constraints.regulations", E},
			{"governing_document.section_blank", "projectOrganisation", E},
			{"governing_document.section_blank", "dependencies", E}}},
		{"plan without its points", func(d *product.GoverningDocument) {
			p := d.Plan
			d.Plan = product.ProjectPlan{Text: p.Text, Milestones: p.Milestones, Budget: p.Budget}
		}, []finding{
			{"governing_document.section_blank", "plan.schedule", E},
			{"governing_document.section_blank", "plan.experience", E},
			{"governing_document.section_blank", "plan.assumptions", E},
			{"governing_document.section_blank", "plan.uncertainties", E},
			{"governing_document.section_blank", "plan.control", E}}},
		{"attachment placeholder", func(d *product.GoverningDocument) { d.Attachments = sample.Section("Vedlegg: <liste>") }, []finding{
			{"governing_document.placeholder", "attachments.text", E}}},
	})
}

func TestReportRules(t *testing.T) {
	runRules(t, sample.FinalReport, []ruleTest[*product.FinalReport]{
		{"complete", func(*product.FinalReport) {}, nil},
		{"result goal unreported", func(d *product.FinalReport) { d.Goals = d.Goals[:2] }, []finding{
			{"final_report.goal_result_missing", "goals", E}}},
		{"no lessons", func(d *product.FinalReport) { d.Lessons = nil }, []finding{
			{"final_report.section_blank", "lessons", E}}},
		{"result blank", func(d *product.FinalReport) { d.Goals[0].Result = "" }, []finding{
			{"final_report.section_blank", "goals[0].result", E}}},
		{"chapter intros and goal notes left out", func(d *product.FinalReport) {
			d.Summary.Intro = product.Section{}
			d.GoalNotes = product.GoalNotes{}
			d.Governance.Intro = product.Section{}
		}, nil},
		{"goal note with a placeholder", func(d *product.FinalReport) { d.GoalNotes.Result = sample.Section("Forankret hos <enhet>.") }, []finding{
			{"final_report.placeholder", "goalNotes.result.text", E}}},
		{"new sections blank", func(d *product.FinalReport) {
			d.Summary = product.ReportSummary{}
			d.Justification = product.Section{}
			d.ITPolicy = product.Section{}
			d.Governance = product.GovernanceEvaluation{}
			d.Learning = product.LessonAreas{}
		}, []finding{
			{"final_report.section_blank", "summary.background", E},
			{"final_report.section_blank", "summary.execution", E},
			{"final_report.section_blank", "justification", E},
			{"final_report.section_blank", "itPolicy", E},
			{"final_report.section_blank", "governance.successFactors", E},
			{"final_report.section_blank", "governance.organisation", E},
			{"final_report.section_blank", "governance.stakeholders", E},
			{"final_report.section_blank", "governance.benefits", E},
			{"final_report.section_blank", "governance.uncertainty", E},
			{"final_report.section_blank", "learning.process", E},
			{"final_report.section_blank", "learning.constraints", E},
			{"final_report.section_blank", "learning.lineOrganisation", E}}},
	})
	runRules(t, sample.Closure, []ruleTest[*product.ClosureRecommendation]{
		{"complete", func(*product.ClosureRecommendation) {}, nil},
		{"handover blank", func(d *product.ClosureRecommendation) { d.Handover = product.Section{} }, []finding{
			{"closure_recommendation.section_blank", "handover", E}}},
	})
	runRules(t, sample.ConceptEvaluation, []ruleTest[*product.ConceptEvaluation]{
		{"complete", func(*product.ConceptEvaluation) {}, nil},
		{"measures blank", func(d *product.ConceptEvaluation) { d.Measures = product.Section{} }, []finding{
			{"concept_evaluation.section_blank", "measures", E}}},
	})
}

// TestMessages checks that messages name the section in each language,
// by Digdir's heading in bokmål and nynorsk.
func TestMessages(t *testing.T) {
	m := sample.Mandate()
	m.Constraints.Procurement = product.Section{}
	fs := m.Validate()
	if len(fs) != 1 {
		t.Fatalf("Validate() = %v", fs)
	}
	msg := fs[0].Message
	for _, want := range []string{"«Er det aktuelt å gjøre anskaffelse(r) for å gjennomføre prosjektet?»", "«Ikke relevant»"} {
		if !strings.Contains(msg.NB, want) {
			t.Errorf("NB %q lacks %q", msg.NB, want)
		}
	}
	if !strings.Contains(msg.NN, "«Er det aktuelt å gjere anskaffing(ar) for å gjennomføre prosjektet?»") || !strings.Contains(msg.NN, "«Ikkje relevant»") {
		t.Errorf("NN %q", msg.NN)
	}
	if !strings.Contains(msg.EN, "Will anything be procured to carry out the project?") {
		t.Errorf("EN %q", msg.EN)
	}
}

func TestBenefitPlanRules(t *testing.T) {
	runRules(t, sample.BenefitPlan, []ruleTest[*product.BenefitPlan]{
		{"complete", func(*product.BenefitPlan) {}, nil},
		{"no benefits", func(d *product.BenefitPlan) { d.Plan.Benefits = nil }, []finding{
			{"benefit_plan.section_blank", "plan.benefits", E},
			{"benefit.no_benefits", "plan.benefits", W}}},
		{"no responsible", func(d *product.BenefitPlan) { d.Plan.Responsible = "" }, []finding{
			{"field.filled", "plan.responsible", E}}},
		{"header", func(d *product.BenefitPlan) { d.Header.Project = ""; d.Header.Decision.Signature = "" }, []finding{
			{"field.filled", "header.project", E},
			{"benefit_plan.signature_missing", "header.decision.signature", E}}},
		{"text beside the tables left out", func(d *product.BenefitPlan) {
			d.OwnBenefits = product.Section{}
			d.OtherPublicBenefits = product.Section{}
			d.UnpricedBenefits = product.Section{}
			d.MeasuresIntro = product.Section{}
			d.UnpricedFollowUp = product.Section{}
		}, nil},
		{"prose blank", func(d *product.BenefitPlan) {
			d.Background = product.Section{}
			d.BenefitUse = product.Section{}
			d.BenefitMap = sample.Section("-")
		}, []finding{
			{"benefit_plan.section_blank", "background", E},
			{"benefit_plan.section_blank", "benefitUse", E},
			{"benefit_plan.section_blank", "benefitMap", E}}},
		{"guidance left beside a table", func(d *product.BenefitPlan) {
			d.UnpricedFollowUp = sample.Section("[Beskriv hvordan de ikke-prissatte gevinstene skal følges opp.]")
		}, []finding{{"benefit_plan.placeholder", "unpricedFollowUp.text", E}}},
	})
}

// TestRulesSettings: the organisation's rules change what the sources leave
// open, and nothing else.
func TestRulesSettings(t *testing.T) {
	m := sample.Mandate()
	m.ConceptPhase.Concepts = m.ConceptPhase.Concepts[1:] // no null alternative
	strict := product.Rules{MandateNullConcept: phase.SeverityError, MinConcepts: 5}
	var got []finding
	for _, f := range product.ValidateWith(m, strict) {
		got = append(got, finding{f.Code, f.Path, f.Severity})
	}
	want := []finding{
		{"mandate.null_concept_missing", "conceptPhase.concepts", phase.SeverityError},
		{"mandate.concepts_few", "conceptPhase.concepts", phase.SeverityWarning},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ValidateWith (-want +got):\n%s", diff)
	}
}
