package veiviser

import (
	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Complete, valid documents of every template, with every field set, for
// round-trip and validation tests.

func sampleHeader(project string) Header {
	return Header{
		Project:      project,
		Organisation: "Vefsn kommune",
		PreparedBy:   "Hilde T Lauvset Rafaelsen, prosjektleder",
		Status:       StatusApproved,
		Changes: []Change{
			{Version: "1", Date: phase.MustDate("05.02.2020"), Producer: "Prosjektleder"},
			{Version: "2", Date: phase.MustDate("17.02.2020"), Change: "Oppdatert etter styringsgruppemøtet", Producer: "Prosjektleder", ApprovedBy: "Styringsgruppen"},
		},
		Distribution: []Distribution{
			{Version: "2", Date: phase.MustDate("17.02.2020"), Recipients: []string{"Styringsgruppen", "IKT-ledere"}},
		},
		Decision: DecisionBox{
			ProjectNumber: "DH-2020-1",
			CaseNumber:    "20/123",
			ProcessedDate: DateOn(phase.MustDate("25.02.2020")),
			ProcessedBy:   "Styringsgruppen",
			Decision:      "Starte en konseptfase",
			Outcome:       phase.Approved,
			Staffing:      Staffing{Lead: "Prosjektleder", Others: "Faggruppene"},
			NextPhaseDone: DateOn(phase.MustDate("31.12.2020")),
			Signature:     "Styringsgruppens leder",
		},
	}
}

func sec(s string) Section { return Section{Text: s} }

func sampleMandate() *Mandate {
	return &Mandate{
		Header:     sampleHeader("Digitale Helgeland"),
		Background: sec("Kommunene på Helgeland vil samarbeide om digitalisering."),
		Purpose: MandatePurpose{
			Intro:   sec("Overordnet mål: bedre tjenester."),
			Needs:   sec("Mer tilgjengelige tjenester."),
			Changes: sec("En varig samarbeidsform."),
		},
		Constraints: MandateConstraints{
			RelatedProjects:        sec("Nasjonalt velferdsteknologiprogram."),
			OtherOrganisations:     sec("Ikke relevant"),
			Procurement:            sec("Konsulentbistand til workshop."),
			ITPolicy:               sec("Digitaliseringsstrategien for offentlig sektor."),
			EnterpriseArchitecture: sec("Arkitekturprinsippene for offentlig sektor."),
		},
		Experience: Section{Parts: []Part{{Title: "Prosjektveiviseren", Text: "https://www.prosjektveiviseren.no"}}},
		ConceptPhase: ConceptPhaseScope{
			Organisation: Section{Text: "Styringsgruppe og prosjektgruppe.", Parts: []Part{{Title: "Styringsgruppe", Text: "Rådmennene."}}},
			Stakeholders: sec("IT-ledere, fagansvarlige, innbyggere og ansatte."),
			Results: ConceptResults{
				BusinessCase:    sec("Utarbeides i konseptfasen."),
				ProjectProposal: sec("Utarbeides i konseptfasen."),
				PhasePlan:       sec("Utarbeides mot slutten av konseptfasen."),
				Summary:         sec("Prosjektforslag og prosjektbegrunnelse er ferdige."),
			},
			Resources: ConceptResources{
				Intro:      sec("Faggrupper og oppgaver."),
				WorkGroups: []WorkGroup{{Name: "Oppvekst", Task: "Kartlegge fagprogram.", Members: "En fra hver kommune."}},
				Tasks:      []Task{{Task: "Workshop", Resources: "Alle i prosjektet.", Timeframe: "1-2 dager"}},
				Cost:       sec("Reiser dekkes av kommunene."),
			},
			Concepts: []Concept{
				{Name: "Nullkonsept alternativ", Description: "Alle fortsetter som før."},
				{Name: "Kjøre felles fagprogram", Description: "Samme fagprogram i alle kommuner."},
				{Name: "Felles skyplattform", Description: "En felles skyplattform."},
				{Name: "Felles digitale tjenester", Description: "Felles skjemaløsning."},
			},
		},
		Checklist: ChecklistReview{Items: bp1Review("ja", "ja", "ja", "prosjekt", "ja", "ja", "nei")},
	}
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

func bp1Review(answers ...string) []ChecklistEntry {
	out := make([]ChecklistEntry, len(answers))
	for i, a := range answers {
		out[i] = ChecklistEntry{Number: i + 1, Question: bp1Questions[i], Comment: a}
	}
	return out
}

func sampleProjectMandate() *ProjectMandate {
	h := sampleHeader("Digitale Asker 2020")
	h.Decision.NextPhaseDone = DateOn(phase.MustDate("31.12.2016"))
	return &ProjectMandate{
		Header: h,
		Idea:   sec("Tre kommuner slås sammen."),
		Goals: MandateGoals{
			Intro:   sec("Målene deles inn i resultatmål og effektmål."),
			Results: sec("- Etablere en felles IKT-systemportefølje"),
			Effects: sec("Utredes i konseptfasen."),
		},
		Schedule: MandateSchedule{
			Intro: sec("Faseinndeling etter prosjektmodellen."),
			Timeline: phase.Timeline{
				{Phase: phase.Concept, Start: phase.MustDate("30.09.2016"), End: phase.MustDate("31.12.2016")},
				{Phase: phase.Planning, Start: phase.MustDate("01.01.2017"), End: phase.MustDate("30.06.2017")},
			},
			Resources: sec("Budsjettet for konsept- og planleggingsfasen er 5 mill."),
		},
		Organisation: Section{Parts: []Part{{Title: "Prosjektstyre", Text: "Én representant fra hver kommune."}}},
		ITPolicy:     sec("Intensjonsavtalen."),
		Attachments:  []string{"Vedlegg 1 - Intensjonsavtale"},
	}
}

func sampleRisks() []Risk {
	return []Risk{{Event: "Nøkkelpersoner slutter", Impact: "Forsinkelse", Measure: "Dokumentere underveis"}}
}

func sampleProposal() *ProjectProposal {
	return &ProjectProposal{
		Header:     sampleHeader("Digitale Helgeland"),
		Background: sec("Behov for felles løsninger."),
		Concepts: ConceptChoice{
			NullAlternative: sec("Alle kommuner fortsetter som før."),
			Rejected:        []Concept{{Name: "Felles innkjøp", Description: "Utredes som eget prosjekt."}},
			Recommended:     Concept{Name: "Felles skyplattform", Description: "En felles plattform for alle kommuner."},
			Justification:   sec("Størst samlet nytte."),
		},
		Products:     sec("Plattform og forvaltningsmodell."),
		Stakeholders: sec("Kommunene, KS og innbyggerne."),
		Constraints:  sec("Skjønnsmidler 2020–2021."),
		Benefits:     []ExpectedBenefit{{Benefit: "Lavere driftskostnader", ForWhom: "Kommunene, ved felles drift", Assumptions: "Alle blir med"}},
		Organisation: sec("Styringsgruppe og prosjektgruppe."),
		Dependencies: sec("Altinn studio."),
		PlanSketch: PlanSketch{
			SubPhases: sec("To delfaser."),
			Costs:     sec("4 MNOK per år."),
			Risks:     sampleRisks(),
		},
	}
}

func sampleBusinessCase() *BusinessCase {
	return &BusinessCase{
		Header:      sampleHeader("Digitale Helgeland"),
		Preliminary: true,
		Reasons:     sec("Kommunene har 18 ulike løsninger."),
		Options: []Concept{
			{Name: "Nullalternativet", Description: "Fortsette som før."},
			{Name: "Felles skyplattform", Description: "En plattform."},
		},
		Benefits:    sec("Lavere kostnader."),
		Disbenefits: sec("Omstilling for ansatte."),
		Timescale:   sec("2020–2022."),
		Costs:       sec("8 MNOK."),
		Appraisal:   sec("Positiv netto nåverdi."),
		Risks:       sampleRisks(),
	}
}

func samplePhasePlan() *PhasePlan {
	return &PhasePlan{
		Header: sampleHeader("Digitale Helgeland"),
		Phase:  phase.Execution,
		Sub:    1,
		Start:  phase.MustDate("01.01.2021"),
		End:    phase.MustDate("30.06.2021"),
		Goals:  sec("Plattformen er satt i drift."),
		Milestones: []Milestone{
			{Name: "Avtale signert", Date: phase.MustDate("01.02.2021")},
			{Name: "BP3.1", Date: phase.MustDate("30.06.2021"), Point: phase.ExecutionPoint(1)},
		},
		Organisation: sec("Prosjektleder og to utviklere."),
		Budget:       sec("2 MNOK."),
		Risks:        sampleRisks(),
	}
}

func sampleGoverning() *GoverningDocument {
	return &GoverningDocument{
		Header: sampleHeader("Digitale Helgeland"),
		Goals: []Goal{
			{Kind: BusinessGoal, ID: "V1", Text: "Bedre tjenester til innbyggerne", SuccessCriteria: []string{"Høyere brukertilfredshet"}},
			{Kind: EffectGoal, ID: "E1", Text: "Raskere saksbehandling", SuccessCriteria: []string{"Halvert saksbehandlingstid"}},
			{Kind: ResultGoal, ID: "R1", Text: "Felles skjemaløsning", SuccessCriteria: []string{"Tjue skjema digitalisert"}},
		},
		Product:      sec("Felles skjemaløsning."),
		Stakeholders: sec("Innbyggere, ansatte, KS."),
		Communication: []Communication{
			{Stakeholder: "Rådmennene", Goal: "Forankring", Message: "Status og beslutninger", Form: "Møte", When: "Kvartalsvis", Responsible: "Prosjektleder"},
		},
		Organisation: []Member{
			{Role: RoleOwner, Name: "Styringsgruppens leder"},
			{Role: RoleOther, Title: "Arkitekt", Name: "Kari Nordmann"},
		},
		Strategies: sec("Kommunikasjons-, kvalitets- og anskaffelsesstrategi."),
		Plan: ProjectPlan{
			Text:       sec("Tre delfaser."),
			Milestones: []Milestone{{Name: "BP4", Date: phase.MustDate("31.12.2022"), Point: phase.BP4}},
			Budget:     []BudgetLine{{Period: "2021", Amount: 4_000_000, Note: "Skjønnsmidler"}},
		},
		Tolerances: []Tolerance{
			{Area: ToleranceTime, Limit: "3 måneder"},
			{Area: ToleranceCost, Limit: "±10 %"},
			{Area: ToleranceScope, Limit: "Ingen reduksjon i hovedprodukter"},
			{Area: ToleranceQuality, Limit: "Universell utforming oppfylt"},
			{Area: ToleranceUncertainty, Limit: "Ingen høye risikoer uten tiltak"},
			{Area: ToleranceBenefits, Limit: "Ikke relevant"},
		},
	}
}

func sampleBenefitPlan() *BenefitPlan {
	d := phase.MustDate
	return &BenefitPlan{
		Header: sampleHeader("Digitale Helgeland"),
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
	}
}

func sampleGoalResults() []GoalResult {
	return []GoalResult{
		{Kind: BusinessGoal, Goal: "Bedre tjenester", Result: "Delvis nådd"},
		{Kind: EffectGoal, Goal: "Raskere saksbehandling", Result: "Nådd"},
		{Kind: ResultGoal, Goal: "Felles skjemaløsning", Result: "Levert"},
	}
}

func sampleClosure() *ClosureRecommendation {
	return &ClosureRecommendation{
		Header:         sampleHeader("Digitale Helgeland"),
		Deliverables:   sec("Alle leveranser er godkjent."),
		Outstanding:    sec("Ikke relevant"),
		Handover:       sec("Forvaltning overtar 1. januar."),
		Operations:     sec("Driftsavtale inngått."),
		Benefits:       sec("Gevinstansvarlig følger opp."),
		Recommendation: sec("Prosjektet går over i avslutningsfasen."),
		ClosingDate:    phase.MustDate("31.03.2023"),
	}
}

func sampleFinalReport() *FinalReport {
	return &FinalReport{
		Header:     sampleHeader("Digitale Helgeland"),
		Goals:      sampleGoalResults(),
		Products:   sec("Skjemaløsning."),
		Progress:   sec("Tre måneder forsinket."),
		Deviations: sec("Ingen utover forsinkelsen."),
		Governance: sec("Styringsgruppen fungerte godt."),
		Lessons:    []string{"Involver brukerne tidlig."},
	}
}

func sampleConceptEvaluation() *ConceptEvaluation {
	return &ConceptEvaluation{
		Header:     sampleHeader("Digitale Helgeland"),
		Background: sec("Evaluering tre år etter avslutning."),
		Goals:      sampleGoalResults(),
		Benefits:   sec("80 % av gevinstene er realisert."),
		Concept:    sec("Konseptvalget var riktig."),
		Measures:   sec("Nye skjema digitaliseres."),
		Lessons:    []string{"Mål gevinstene fra start."},
	}
}

// samples returns one complete document of every template, in template order.
func samples() []Document {
	return []Document{
		sampleMandate(), sampleProjectMandate(), sampleProposal(), sampleBusinessCase(), samplePhasePlan(),
		sampleGoverning(), sampleBenefitPlan(), sampleClosure(), sampleFinalReport(), sampleConceptEvaluation(),
	}
}
