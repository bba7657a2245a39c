package product

// The titles of the fields that no heading of a Digdir template names, per
// document type; see fieldTitle. TestSectionKeys holds every key to a field
// of its type, and every Section of a type to a heading or a row here.

// noDigdirTemplate is the note on the fields of a document type for which
// this repository holds no Digdir template: the titles are ours.
const noDigdirTemplate = "no Digdir template in this repository: the titles are ours"

// mandateFields are the fields of Mandate that no heading of «Mandat for
// konseptfasen» 4.0 names.
var mandateFields = []fieldTitle{
	{key: "conceptPhase.resources.cost", title: t3("Kostnad", "Kostnad", "Cost"),
		note: "a sub-heading under 5.4 in the Helgeland mandate (seed 000), not in the template; nynorsk and English ours"},
	{key: "idea", title: t3("Idé til et nytt prosjekt", "Idé til eit nytt prosjekt", "Idea for a new project"),
		note: "chapter 3 of version 3.0 (mandateV3), published in bokmål only; nynorsk ours"},
}

// businessCaseFields title the fields of BusinessCase that Digdir's
// template has no heading for.
var businessCaseFields = []fieldTitle{
	{key: "preliminary", title: t3("Foreløpig prosjektbegrunnelse", "Førebels prosjektgrunngjeving", "Preliminary business case"),
		note: "ours: the template's chapter 5 tells the first version, made in the concept phase, from «den oppdaterte versjonen i planleggingsfasen», and has no place to say which one a document is"},
}

// benefitPlanFields title the fields of BenefitPlan that Digdir's
// template has no heading or column for (all titles ours).
var benefitPlanFields = []fieldTitle{
	{key: "plan.project", title: t3("Prosjekt", "Prosjekt", "Project"), note: "ours: the project the plan belongs to (benefit.Plan.Project)"},
	{key: "plan.revisions", title: t3("Revisjoner av planen", "Revisjonar av planen", "Revisions of the plan"),
		note: "ours: the plan's own revisions (benefit.Plan.Revisions), which Validate reads for an update at each phase end"},
	{key: "plan.revisions.date", title: t3("Dato", "Dato", "Date"), note: "ours"},
	{key: "plan.revisions.by", title: t3("Utført av", "Utført av", "By"), note: "ours"},
	{key: "plan.revisions.note", title: t3("Merknad", "Merknad", "Note"), note: "ours"},
}

// projectMandateFields title ProjectMandate, Difi's «Prosjektmandat» of
// template version 2.5.
var projectMandateFields = []fieldTitle{
	{key: "idea", title: t3("Beskrivelse av idé / behov", "Skildring av idé / behov", "Description of the idea / need"), note: seedProjectMandate},
	{key: "goals.intro", title: t3("Mål", "Mål", "Goals"), note: seedProjectMandate},
	{key: "goals.results", title: t3("Resultatmål", "Resultatmål", "Result goals"), note: seedProjectMandate},
	{key: "goals.effects", title: t3("Effektmål og gevinster", "Effektmål og gevinstar", "Effect goals and benefits"), note: seedProjectMandate},
	{key: "schedule.intro", title: t3("Tidsplan og ressursbehov", "Tidsplan og ressursbehov", "Schedule and resources"), note: seedProjectMandate},
	{key: "schedule.timeline", title: t3("Foreløpig tidsplan", "Førebels tidsplan", "Preliminary timeline"), note: seedProjectMandate},
	{key: "schedule.resources", title: t3("Tidsplan og ressursbehov", "Tidsplan og ressursbehov", "Schedule and resources"), note: seedProjectMandate},
	{key: "organisation", title: t3("Organisering og ansvar", "Organisering og ansvar", "Organisation and responsibilities"), note: seedProjectMandate},
	{key: "itPolicy", title: t3("IT-politiske føringer", "IT-politiske føringar", "IT policy guidelines"), note: seedProjectMandate},
	{key: "attachments", title: t3("Vedlegg", "Vedlegg", "Attachment"), note: seedProjectMandate},
}

// seedProjectMandate is the note on the fields of ProjectMandate.
const seedProjectMandate = "the headings of Difis mal for Prosjektmandat, versjon 2.5, as the Asker mandate (seed 001) has them, in sentence case; no copy of the template in this repository; nynorsk and English ours"

// proposalFields are the columns of the table under 6.1 Gevinstoversikt of
// «Prosjektforslag» 4.0, which ExpectedBenefit holds.
var proposalFields = []fieldTitle{
	{key: "benefits.forWhom", title: t3("For hvem, og hvordan, fremkommer gevinsten?", "For kven, og korleis, oppstår gevinsten?", "For whom, and how, does the benefit arise?"),
		note: "column 2 of the table under 6.1, verbatim (white space collapsed); English ours"},
	{key: "benefits.assumptions", title: t3("Forutsetninger for at gevinsten skal kunne realiseres", "Føresetnader for at gevinsten skal kunne realiserast", "Prerequisites for realising the benefit"),
		note: "column 3 of the table under 6.1, verbatim; English ours"},
}

// phasePlanFields title PhasePlan, "Faseplan".
var phasePlanFields = []fieldTitle{
	{key: "goals", title: t3("Mål og leveranser for fasen", "Mål og leveransar for fasen", "Goals and deliverables of the phase"), note: noDigdirTemplate},
	{key: "milestones", title: t3("Aktiviteter og milepæler", "Aktivitetar og milepælar", "Activities and milestones"), note: noDigdirTemplate},
	{key: "organisation", title: t3("Organisering og ressurser", "Organisering og ressursar", "Organisation and resources"), note: noDigdirTemplate},
	{key: "budget", title: t3("Kostnader og budsjett", "Kostnader og budsjett", "Costs and budget"), note: noDigdirTemplate},
	{key: "risks", title: t3("Usikkerheter", "Uvisse", "Uncertainties"), note: noDigdirTemplate},
}

// closureFields title ClosureRecommendation, "Avslutningsanbefaling".
var closureFields = []fieldTitle{
	{key: "deliverables", title: t3("Status for leveranser", "Status for leveransar", "State of the deliverables"), note: noDigdirTemplate},
	{key: "outstanding", title: t3("Utestående arbeid", "Uteståande arbeid", "Outstanding work"), note: noDigdirTemplate},
	{key: "handover", title: t3("Overlevering til linjen", "Overlevering til linja", "Handover to the line organisation"), note: noDigdirTemplate},
	{key: "operations", title: t3("Forvaltning og drift", "Forvaltning og drift", "Operation and maintenance"), note: noDigdirTemplate},
	{key: "benefits", title: t3("Oppfølging av gevinstrealiseringen", "Oppfølging av gevinstrealiseringa", "Follow-up of benefit realisation"), note: noDigdirTemplate},
	{key: "recommendation", title: t3("Anbefaling", "Tilråding", "Recommendation"), note: noDigdirTemplate},
}

// conceptEvaluationFields title ConceptEvaluation,
// "Konseptevalueringsrapport".
var conceptEvaluationFields = []fieldTitle{
	{key: "background", title: t3("Bakgrunn", "Bakgrunn", "Background"), note: noDigdirTemplate},
	{key: "goals", title: t3("Måloppnåelse", "Måloppnåing", "Goal achievement"), note: noDigdirTemplate},
	{key: "benefits", title: t3("Gevinstrealisering", "Gevinstrealisering", "Benefit realisation"), note: noDigdirTemplate},
	{key: "concept", title: t3("Vurdering av konseptvalget", "Vurdering av konseptvalet", "Assessment of the concept chosen"), note: noDigdirTemplate},
	{key: "measures", title: t3("Videre tiltak", "Vidare tiltak", "Further measures"), note: noDigdirTemplate},
	{key: "lessons", title: t3("Læringspunkter", "Læringspunkt", "Lessons learnt"), note: noDigdirTemplate},
}
