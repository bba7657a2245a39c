// Package sample builds complete, valid management products of every
// template, with every field set, for the round-trip, validation and
// benchmark tests of product and veiviser. Each call returns a fresh value.
package sample

import (
	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// Header returns a complete, approved header for project.
func Header(project string) product.Header {
	return product.Header{
		Project:      project,
		Organisation: "Vefsn kommune",
		PreparedBy:   "Hilde T Lauvset Rafaelsen, prosjektleder",
		Status:       product.StatusApproved,
		Changes: []product.ChangeEntry{
			{Version: "1", Date: phase.MustDate("05.02.2020"), Producer: "Prosjektleder"},
			{Version: "2", Date: phase.MustDate("17.02.2020"), Change: "Oppdatert etter styringsgruppemøtet", Producer: "Prosjektleder", ApprovedBy: "Styringsgruppen"},
		},
		Distribution: []product.Distribution{
			{Version: "2", Date: phase.MustDate("17.02.2020"), Recipients: []string{"Styringsgruppen", "IKT-ledere"}},
		},
		Decision: product.DecisionBox{
			ProjectNumber: "DH-2020-1",
			CaseNumber:    "20/123",
			ProcessedDate: product.DateOn(phase.MustDate("25.02.2020")),
			ProcessedBy:   "Styringsgruppen",
			Decision:      "Starte en konseptfase",
			Outcome:       phase.Approved,
			Staffing:      product.Staffing{Lead: "Prosjektleder", Others: "Faggruppene"},
			NextPhaseDone: product.DateOn(phase.MustDate("31.12.2020")),
			Signature:     "Styringsgruppens leder",
		},
	}
}

// Section returns a section answered with s.
func Section(s string) product.Section { return product.Section{Text: s} }

// Mandate returns a complete mandate for the concept phase.
func Mandate() *product.Mandate {
	return &product.Mandate{
		Header:     Header("Digitale Helgeland"),
		Background: Section("Kommunene på Helgeland vil samarbeide om digitalisering."),
		Purpose: product.MandatePurpose{
			Intro:   Section("Overordnet mål: bedre tjenester."),
			Needs:   Section("Mer tilgjengelige tjenester."),
			Changes: Section("En varig samarbeidsform."),
		},
		Constraints: product.MandateConstraints{
			Intro:                  Section("Føringene under gjelder for konseptfasen."),
			RelatedProjects:        Section("Nasjonalt velferdsteknologiprogram."),
			OtherOrganisations:     Section("Ikke relevant"),
			Procurement:            Section("Konsulentbistand til workshop."),
			ITPolicy:               Section("Digitaliseringsstrategien for offentlig sektor."),
			EnterpriseArchitecture: Section("Arkitekturprinsippene for offentlig sektor."),
		},
		Experience: product.Section{Parts: []product.Part{{Title: "Prosjektveiviseren", Text: "https://www.prosjektveiviseren.no"}}},
		ConceptPhase: product.ConceptPhaseScope{
			Intro:        Section("Konseptfasen varer ut 2020."),
			Organisation: product.Section{Text: "Styringsgruppe og prosjektgruppe.", Parts: []product.Part{{Title: "Styringsgruppe", Text: "Rådmennene."}}},
			Stakeholders: Section("IT-ledere, fagansvarlige, innbyggere og ansatte."),
			Results: product.ConceptResults{
				BusinessCase:    Section("Utarbeides i konseptfasen."),
				ProjectProposal: Section("Utarbeides i konseptfasen."),
				Summary:         Section("Prosjektforslag og prosjektbegrunnelse er ferdige."),
				PhasePlan:       Section("Utarbeides mot slutten av konseptfasen."),
				Other:           Section("Kartlegging av fagsystemene i kommunene."),
			},
			Resources: product.ConceptResources{
				Intro:      Section("Faggrupper og oppgaver."),
				WorkGroups: []product.WorkGroup{{Name: "Oppvekst", Task: "Kartlegge fagprogram.", Members: "En fra hver kommune."}},
				Tasks:      []product.Task{{Task: "Workshop", Resources: "Alle i prosjektet.", Timeframe: "1-2 dager"}},
				Cost:       Section("Reiser dekkes av kommunene."),
			},
			Concepts: []product.Concept{
				{Name: "Nullkonsept alternativ", Description: "Alle fortsetter som før."},
				{Name: "Kjøre felles fagprogram", Description: "Samme fagprogram i alle kommuner."},
				{Name: "Felles skyplattform", Description: "En felles skyplattform."},
				{Name: "Felles digitale tjenester", Description: "Felles skjemaløsning."},
			},
		},
		Checklist: product.ChecklistReview{Items: BP1Review("ja", "ja", "ja", "prosjekt", "ja", "ja", "nei")},
	}
}

// MandateV3 returns a complete mandate for the concept phase in Difi's
// template version 3.0, which has none of version 4.0's chapters 3.1, 3.2,
// 3.4 (as such), 3.5, 4, 5.2, 5.3 and 6.
func MandateV3() *product.Mandate {
	m := &product.Mandate{
		Header:     Header("Digitale Helgeland"),
		Background: Section("Kommunene på Helgeland vil samarbeide om digitalisering."),
		Purpose: product.MandatePurpose{
			Needs:   Section("Mer tilgjengelige tjenester."),
			Changes: Section("En varig samarbeidsform."),
		},
		Idea: Section("Kommunene har en idé om felles løsninger."),
		Constraints: product.MandateConstraints{
			Procurement: Section("Ikke relevant"),
			ITPolicy:    Section("Digitaliseringsstrategien for offentlig sektor."),
		},
		ConceptPhase: product.ConceptPhaseScope{
			Organisation: Section("Styringsgruppe og prosjektgruppe."),
			Resources:    product.ConceptResources{Intro: Section("Seks måneder, to årsverk.")},
			Concepts: []product.Concept{
				{Name: "Nullalternativet", Description: "Alle fortsetter som før."},
				{Name: "Felles fagprogram", Description: "Samme fagprogram i alle kommuner."},
				{Name: "Felles skyplattform", Description: "En felles skyplattform."},
				{Name: "Felles digitale tjenester", Description: "Felles skjemaløsning."},
			},
		},
	}
	m.Header.TemplateVersion = "3.0"
	return m
}

// bp1Questions are the BP1 checkpoints as printed in seed 000.
var bp1Questions = []string{
	"Er det en tydelig definert problemstilling som synliggjør behovet for nærmere utredning?",
	"Er tiltaket i henhold til virksomhetsstrategien?",
	"Er det vurdert hvordan og i hvilken grad et eventuelt prosjekt vil påvirke organisasjonen?",
	"Er det mest riktig å gjennomføre tiltaket som et prosjekt eller som en linjeoppgave?",
	"Er det tydeliggjort hvilke IT-politiske føringer, arkitekturprinsipper og andre standarder som gjelder for, og må tas hensyn til i utredningen?",
	"Er det tydeliggjort hvordan eller av hvem utredningen skal finansieres?",
	"Er det behov for mer informasjon før det kan fattes en beslutning?",
}

// BP1Review returns the mandate's BP1 checklist review with the given answers, in order.
func BP1Review(answers ...string) []product.ChecklistEntry {
	out := make([]product.ChecklistEntry, len(answers))
	for i, a := range answers {
		out[i] = product.ChecklistEntry{Number: i + 1, Question: bp1Questions[i], Comment: a}
	}
	return out
}

// ProjectMandate returns a complete project mandate (template 2.5).
func ProjectMandate() *product.ProjectMandate {
	h := Header("Digitale Asker 2020")
	h.Decision.NextPhaseDone = product.DateOn(phase.MustDate("31.12.2016"))
	return &product.ProjectMandate{
		Header: h,
		Idea:   Section("Tre kommuner slås sammen."),
		Goals: product.MandateGoals{
			Intro:   Section("Målene deles inn i resultatmål og effektmål."),
			Results: Section("- Etablere en felles IKT-systemportefølje"),
			Effects: Section("Utredes i konseptfasen."),
		},
		Schedule: product.MandateSchedule{
			Intro: Section("Faseinndeling etter prosjektmodellen."),
			Timeline: phase.Timeline{
				{Phase: phase.Concept, Start: phase.MustDate("30.09.2016"), End: phase.MustDate("31.12.2016")},
				{Phase: phase.Planning, Start: phase.MustDate("01.01.2017"), End: phase.MustDate("30.06.2017")},
			},
			Resources: Section("Budsjettet for konsept- og planleggingsfasen er 5 mill."),
		},
		Organisation: product.Section{Parts: []product.Part{{Title: "Prosjektstyre", Text: "Én representant fra hver kommune."}}},
		ITPolicy:     Section("Intensjonsavtalen."),
		Attachments:  []string{"Vedlegg 1 - Intensjonsavtale"},
	}
}

// Risks returns a complete risk list.
func Risks() []product.Uncertainty {
	return []product.Uncertainty{{Event: "Nøkkelpersoner slutter", Impact: "Forsinkelse", Measure: "Dokumentere underveis"}}
}

// Proposal returns a complete project proposal.
func Proposal() *product.ProjectProposal {
	return &product.ProjectProposal{
		Header:     Header("Digitale Helgeland"),
		Background: Section("Behov for felles løsninger."),
		Concepts: product.ConceptChoice{
			Intro:           Section("Konseptene ble vurdert i fire arbeidsmøter."),
			NullAlternative: Section("Alle kommuner fortsetter som før."),
			Rejected: []product.Concept{
				{Name: "Felles innkjøp", Description: "Utredes som eget prosjekt."},
				{Name: "Hver kommune for seg", Description: "Gir ingen stordriftsfordeler."},
			},
			Recommended:   product.Concept{Name: "Felles skyplattform", Description: "En felles plattform for alle kommuner."},
			Justification: Section("Størst samlet nytte."),
		},
		Products:     Section("Plattform og forvaltningsmodell."),
		Stakeholders: Section("Kommunene, KS og innbyggerne."),
		Constraints: product.ProjectConstraints{
			Intro:       Section("Rammene er satt av styringsgruppen."),
			Guidelines:  Section("Skjønnsmidler 2020–2021."),
			Boundaries:  Section("Prosjektet leverer ikke nye fagsystemer."),
			Regulations: Section("Personopplysningsloven og arkivloven."),
			Principles:  Section("Ikke relevant"),
		},
		BenefitsIntro: Section("Gevinstene er hentet fra nytte/kost-vurderingen."),
		Benefits:      []product.ExpectedBenefit{{Benefit: "Lavere driftskostnader", ForWhom: "Kommunene, ved felles drift", Assumptions: "Alle blir med"}},
		BenefitMap:    Section("Felles drift gir lavere kostnader, som frigjør tid til tjenesteutvikling."),
		Organisation:  Section("Styringsgruppe og prosjektgruppe."),
		Dependencies: product.ProposalDependencies{
			Intro:         Section("Avhengighetene er kartlagt med IKT-lederne."),
			Known:         Section("Altinn studio."),
			Prerequisites: Section("Alle kommunene deltar."),
		},
		PlanSketch: product.PlanSketch{
			Intro:      Section("En første skisse."),
			SubPhases:  Section("To delfaser."),
			Costs:      Section("4 MNOK per år."),
			Strategy:   Section("Smidig utvikling, felles anskaffelse."),
			Risks:      Risks(),
			Experience: Section("Erfaringer fra Digitale Salten."),
		},
	}
}

// BusinessCase returns a complete business case.
func BusinessCase() *product.BusinessCase {
	return &product.BusinessCase{
		Header:      Header("Digitale Helgeland"),
		Preliminary: true,
		Summary:     Section("Felles skyplattform gir lavere kostnader og bedre tjenester."),
		Reasons:     Section("Kommunene har 18 ulike løsninger."),
		Purpose: product.BusinessCasePurpose{
			Intro:          Section("Endringsbehovet er det samme som i mandatet."),
			Current:        Section("Hver kommune drifter sine egne systemer."),
			Desired:        Section("Én plattform, driftet i fellesskap."),
			WithoutProject: Section("Fortsette som før, med økende driftskostnader."),
			Effect:         Section("Frigjort tid til tjenesteutvikling."),
			Needs:          Section("Stabil drift og felles kompetanse."),
			Alignment:      Section("Kommuneplanens mål om digitalisering."),
		},
		Disbenefits: Section("Omstilling for ansatte."),
		Appraisal:   Section("Positiv netto nåverdi."),
		Investment:  Section("Tilbakebetalt på fem år."),
		Funding:     Section("Skjønnsmidler og kommunenes driftsbudsjett."),
	}
}

// PhasePlan returns a complete phase plan.
func PhasePlan() *product.PhasePlan {
	return &product.PhasePlan{
		Header: Header("Digitale Helgeland"),
		Phase:  phase.Execution,
		Sub:    1,
		Start:  phase.MustDate("01.01.2021"),
		End:    phase.MustDate("30.06.2021"),
		Goals:  Section("Plattformen er satt i drift."),
		Milestones: []product.Milestone{
			{Name: "Avtale signert", Date: phase.MustDate("01.02.2021")},
			{Name: "BP3.1", Date: phase.MustDate("30.06.2021"), Point: phase.ExecutionPoint(1)},
		},
		Organisation: Section("Prosjektleder og to utviklere."),
		Budget:       Section("2 MNOK."),
		Risks:        Risks(),
	}
}

// Governing returns a complete governing document.
func Governing() *product.GoverningDocument {
	return &product.GoverningDocument{
		Header:     Header("Digitale Helgeland"),
		Background: Section("Prosjektforslaget ble godkjent ved BP2."),
		Goals: []product.Goal{
			{Kind: product.BusinessGoal, ID: "V1", Text: "Bedre tjenester til innbyggerne", SuccessCriteria: []string{"Høyere brukertilfredshet"}},
			{Kind: product.EffectGoal, ID: "E1", Text: "Raskere saksbehandling", SuccessCriteria: []string{"Halvert saksbehandlingstid"}},
			{Kind: product.ResultGoal, ID: "R1", Text: "Felles skjemaløsning", SuccessCriteria: []string{"Tjue skjema digitalisert"}},
		},
		Product: product.ProductDescription{
			Intro:        Section("Prosjektproduktet har tre hovedprodukter."),
			MainProducts: Section("Felles skjemaløsning, opplæring og forvaltningsmodell."),
			Breakdown:    Section("Skjemaløsning: skjema, integrasjoner, brukerstøtte."),
			Products:     Section("Skjema for byggesak og barnehageopptak."),
		},
		Stakeholders:        Section("Innbyggere, ansatte, KS."),
		StakeholderOverview: Section("Se interessentregisteret."),
		Communication: []product.CommunicationLine{
			{Stakeholder: "Rådmennene", Goal: "Forankring", Message: "Status og beslutninger", Form: "Møte", When: "Kvartalsvis", Responsible: "Prosjektleder"},
		},
		Constraints: product.ProjectConstraints{
			Intro:       Section("Som i prosjektforslaget, oppdatert."),
			Guidelines:  Section("Skjønnsmidler 2020–2021."),
			Boundaries:  Section("Prosjektet leverer ikke nye fagsystemer."),
			Regulations: Section("Personopplysningsloven og arkivloven."),
			Principles:  Section("Ikke relevant"),
		},
		OrganisationIntro:   Section("Prosjektet er organisert etter prosjektveiviseren."),
		ProjectOrganisation: Section("Styringsgruppe, prosjektleder, prosjektgruppe og referansegruppe."),
		Organisation: []product.Appointment{
			{Role: stakeholder.ProjectOwner, Name: "Styringsgruppens leder"},
			{Role: stakeholder.OtherRole, Title: "Arkitekt", Name: "Kari Nordmann"},
		},
		Strategies:   Section("Kommunikasjons-, kvalitets- og anskaffelsesstrategi."),
		Dependencies: Section("Altinn studio og nasjonale felleskomponenter."),
		Plan: product.ProjectPlan{
			Text:          Section("Tre delfaser."),
			Milestones:    []product.Milestone{{Name: "BP4", Date: phase.MustDate("31.12.2022"), Point: phase.BP4}},
			Schedule:      Section("Gantt-diagram i vedlegg 2."),
			Budget:        []product.BudgetLine{{Period: "2021", Amount: 4_000_000, Note: "Skjønnsmidler"}},
			Experience:    Section("Erfaringer fra Digitale Salten."),
			Assumptions:   Section("Alle kommunene deltar."),
			Uncertainties: Section("Se usikkerhetsloggen."),
			Control:       Section("Månedlig statusrapport til styringsgruppen."),
		},
		Tolerances: []product.Tolerance{
			{Area: product.ToleranceTime, Limit: "3 måneder"},
			{Area: product.ToleranceCost, Limit: "±10 %"},
			{Area: product.ToleranceScope, Limit: "Ingen reduksjon i hovedprodukter"},
			{Area: product.ToleranceQuality, Limit: "Universell utforming oppfylt"},
			{Area: product.ToleranceUncertainty, Limit: "Ingen høye risikoer uten tiltak"},
			{Area: product.ToleranceBenefits, Limit: "Ikke relevant"},
		},
		Attachments: Section("Interessentanalyse; usikkerhetsanalyse."),
	}
}

// BenefitPlan returns a complete benefit realisation plan document.
func BenefitPlan() *product.BenefitPlan {
	d := phase.MustDate
	return &product.BenefitPlan{
		Header:     Header("Digitale Helgeland"),
		Background: Section("Felles digitale tjenester skal gi raskere saksbehandling; se styringsdokumentet."),
		Plan: benefit.Plan{
			Project:     "Digitale Helgeland",
			Responsible: "Styringsgruppens leder",
			Benefits: []benefit.Benefit{{
				ID: "G1", Description: "Raskere saksbehandling", Product: "Felles digitale tjenester",
				Area: benefit.Citizens, Valuation: benefit.Unpriced, Importance: benefit.High,
				Justification: "Innbyggere og næringsliv får svar raskere",
				Owner:         "Kommunalsjef plan og utvikling",
				Indicators: []benefit.Indicator{{
					Name: "Saksbehandlingstid, byggesak", Unit: benefit.Named, UnitName: "dager",
					Method: "Uttrekk fra sak-arkiv", MeasuredBy: "Arkivleder",
					Baseline: benefit.Reading{Value: benefit.Units(42), Date: d("2020-09-01")},
					Target:   benefit.Reading{Value: benefit.Units(21), Date: d("2023-12-31")},
				}},
				History: []benefit.Change{{Event: benefit.EventPlan, Date: d("2020-10-01")}},
			}},
			Revisions: []benefit.Revision{{Date: d("2020-10-01"), By: "Prosjektleder", Note: "Første versjon"}},
		},
		OwnBenefits:         Section("Ingen prissatte nyttevirkninger i egen virksomhet ennå."),
		BenefitUse:          Section("Ikke relevant: ingen prissatte nyttevirkninger."),
		OtherPublicBenefits: Section("Ikke relevant"),
		UnpricedBenefits:    Section("Raskere saksbehandling er viktigst for innbyggerne."),
		MeasuresIntro:       Section("Tiltakene følges opp av gevinstansvarlig."),
		UnpricedFollowUp:    Section("Saksbehandlingstiden måles hvert kvartal."),
		BenefitMap:          Section("Digitale skjema gir raskere saksbehandling, som gir mer fornøyde innbyggere."),
	}
}

// GoalResults returns complete goal results for a final report.
func GoalResults() []product.GoalResult {
	return []product.GoalResult{
		{Kind: product.BusinessGoal, Goal: "Bedre tjenester", Result: "Delvis nådd"},
		{Kind: product.EffectGoal, Goal: "Raskere saksbehandling", Result: "Nådd"},
		{Kind: product.ResultGoal, Goal: "Felles skjemaløsning", Result: "Levert"},
	}
}

// Closure returns a complete closure recommendation.
func Closure() *product.ClosureRecommendation {
	return &product.ClosureRecommendation{
		Header:         Header("Digitale Helgeland"),
		Deliverables:   Section("Alle leveranser er godkjent."),
		Outstanding:    Section("Ikke relevant"),
		Handover:       Section("Forvaltning overtar 1. januar."),
		Operations:     Section("Driftsavtale inngått."),
		Benefits:       Section("Gevinstansvarlig følger opp."),
		Recommendation: Section("Prosjektet går over i avslutningsfasen."),
		ClosingDate:    phase.MustDate("31.03.2023"),
	}
}

// FinalReport returns a complete final report.
func FinalReport() *product.FinalReport {
	return &product.FinalReport{
		Header: Header("Digitale Helgeland"),
		Summary: product.ReportSummary{
			Intro:      Section("Prosjektet ble gjennomført 2021–2022."),
			Background: Section("Kommunene ville ha felles digitale tjenester."),
			Execution:  Section("To delfaser, levert med tre måneders forsinkelse."),
		},
		Goals:         GoalResults(),
		GoalNotes:     product.GoalNotes{Effect: Section("Forankret hos kommunalsjefene.")},
		Products:      Section("Skjemaløsning."),
		Justification: Section("Gevinstene er som forventet; kostnadene 5 % over budsjett."),
		Progress:      Section("Tre måneder forsinket."),
		Deviations:    Section("Ingen utover forsinkelsen."),
		ITPolicy:      Section("Felleskomponentene ID-porten og Altinn er tatt i bruk."),
		Governance: product.GovernanceEvaluation{
			Intro:          Section("Styringsgruppen fungerte godt."),
			SuccessFactors: Section("Tydelig prosjekteier."),
			Organisation:   Section("Riktig bemannet."),
			Stakeholders:   Section("Brukerne ble involvert tidlig."),
			Benefits:       Section("Gevinstansvarlig fulgte opp."),
			Uncertainty:    Section("Usikkerhetsloggen ble brukt månedlig."),
		},
		Lessons: []string{"Involver brukerne tidlig."},
		Learning: product.LessonAreas{
			Process:          Section("Prosjektveiviseren var et nyttig hjelpemiddel."),
			Constraints:      Section("Rammen var for stram i første delfase."),
			LineOrganisation: Section("Overføringen til forvaltning gikk godt."),
		},
	}
}

// ConceptEvaluation returns a complete concept evaluation.
func ConceptEvaluation() *product.ConceptEvaluation {
	return &product.ConceptEvaluation{
		Header:     Header("Digitale Helgeland"),
		Background: Section("Evaluering tre år etter avslutning."),
		Goals:      GoalResults(),
		Benefits:   Section("80 % av gevinstene er realisert."),
		Concept:    Section("Konseptvalget var riktig."),
		Measures:   Section("Nye skjema digitaliseres."),
		Lessons:    []string{"Mål gevinstene fra start."},
	}
}

// All returns one complete document of every template, in template order.
// All returns one complete document of every template, in template order.
func All() []product.Document {
	return []product.Document{
		Mandate(), ProjectMandate(), Proposal(), BusinessCase(), PhasePlan(),
		Governing(), BenefitPlan(), Closure(), FinalReport(), ConceptEvaluation(),
	}
}
