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
	{key: "conceptPhase.concepts.name", title: t3("Konsept", "Konsept", "Concept"), note: "ours: a column of the concepts' table, which the template does not have"},
	{key: "conceptPhase.concepts.description", title: t3("Beskrivelse", "Skildring", "Description"), note: "ours, as the concepts' name"},
	{key: "conceptPhase.resources.workGroups.name", title: t3("Faggrupper", "Faggrupper", "Working groups"), note: seedHelgeland},
	{key: "conceptPhase.resources.workGroups.task", title: t3("Oppgave", "Oppgåve", "Task"), note: seedHelgeland},
	{key: "conceptPhase.resources.workGroups.members", title: t3("Medlemmer", "Medlemer", "Members"), note: seedHelgeland},
	{key: "conceptPhase.resources.tasks.task", title: t3("Oppgave", "Oppgåve", "Task"), note: seedHelgeland},
	{key: "conceptPhase.resources.tasks.resources", title: t3("Ressursbehov", "Ressursbehov", "Resources needed"), note: seedHelgeland},
	{key: "conceptPhase.resources.tasks.timeframe", title: t3("Tidsramme", "Tidsramme", "Time frame"), note: seedHelgeland},
	{key: "checklist.items.number", title: t3("Nr.", "Nr.", "No."), note: "ours: the template's BP1 table leaves the number column untitled"},
	{key: "checklist.items.question", title: t3("Sjekkpunkt", "Sjekkpunkt", "Checkpoint"), note: "the BP1 table of the mandate 4.0, both languages; English ours"},
	{key: "checklist.items.comment", title: t3("Kommentar", "Kommentar", "Comment"), note: "the BP1 table of the mandate 4.0, both languages; English ours"},
	{key: "conceptPhase.resources.cost", title: t3("Kostnad", "Kostnad", "Cost"),
		note: "a sub-heading under 5.4 in the Helgeland mandate (seed 000), not in the template; nynorsk and English ours"},
	{key: "idea", title: t3("Idé til et nytt prosjekt", "Idé til eit nytt prosjekt", "Idea for a new project"),
		note: "chapter 3 of version 3.0 (mandateV3), published in bokmål only; nynorsk ours"},
}

// seedHelgeland is the note on the columns of the mandate's tables that
// the Helgeland mandate (seed 000) titles.
const seedHelgeland = "the column as the Helgeland mandate (seed 000, a mandate 4.0 filled in) titles its table under 5.4; nynorsk and English ours"

// governingFields title the columns of the governing document's tables:
// Digdir's own where «Styringsdokument» 4.0 has the table (verbatim, white
// space collapsed), else ours.
var governingFields = []fieldTitle{
	{key: "goals.kind", title: t3("Nivå", "Nivå", "Level"), note: digdirGoverning + ", table under 3 Prosjektets mål"},
	{key: "goals.id", title: t3("ID", "ID", "ID"), note: "ours: Digdir's goal table has no ID column"},
	{key: "goals.text", title: t3("Beskrivelse", "Beskriving", "Description"), note: digdirGoverning + ", table under 3 Prosjektets mål"},
	{key: "goals.successCriteria", title: t3("Suksesskriterier", "Suksesskriterium", "Success criteria"), note: digdirGoverning + ", table under 3 Prosjektets mål"},
	{key: "communication.stakeholder", title: t3("Interessent (navn)", "Interessent (namn)", "Stakeholder (name)"), note: digdirGoverning + ", Kommunikasjonsstrategi"},
	{key: "communication.goal", title: t3("Mål med kommunikasjonen", "Mål med kommunikasjonen", "Purpose of the communication"), note: digdirGoverning + ", Kommunikasjonsstrategi"},
	{key: "communication.message", title: t3("Budskap", "Bodskap", "Message"), note: digdirGoverning + ", Kommunikasjonsstrategi"},
	{key: "communication.form", title: t3("Kommunikasjonsform", "Kommunikasjonsform", "Form of communication"), note: digdirGoverning + ", Kommunikasjonsstrategi"},
	{key: "communication.when", title: t3("Når? / Ved milepæl?", "Når? / Ved kva milepåle?", "When? / At which milestone?"), note: digdirGoverning + ", Kommunikasjonsstrategi"},
	{key: "communication.responsible", title: t3("Ansvarlig", "Ansvarleg", "Responsible"), note: digdirGoverning + ", Kommunikasjonsstrategi"},
	{key: "organisation.role", title: t3("Rolle", "Rolle", "Role"), note: digdirGoverning + ", Rollebeskrivelser"},
	{key: "organisation.name", title: t3("Navn", "Namn", "Name"), note: digdirGoverning + ", Rollebeskrivelser"},
	{key: "organisation.title", title: t3("Tittel", "Tittel", "Title"), note: digdirGoverning + ", Rollebeskrivelser"},
	{key: "plan.milestones.name", title: t3("Milepæler", "Milepålar", "Milestones"), note: digdirGoverning + ", Faser og leveranser"},
	{key: "plan.milestones.date", title: t3("Tid", "Tid", "Time"), note: digdirGoverning + ", Faser og leveranser"},
	{key: "plan.milestones.point", title: t3("Beslutningspunkt", "Avgjerdspunkt", "Decision point"), note: "ours, as phase's messages name a decision point"},
	{key: "plan.budget.period", title: t3("Periode", "Periode", "Period"), note: "ours: Digdir's budget is a grid of years, which BudgetLine does not follow"},
	{key: "plan.budget.amount", title: t3("Beløp (kr)", "Beløp (kr)", "Amount (NOK)"), note: "ours, as the period"},
	{key: "plan.budget.note", title: t3("Merknad", "Merknad", "Note"), note: "ours, as the period"},
	{key: "tolerances.area", title: t3("Toleranse", "Toleranse", "Tolerance"), note: digdirGoverning + ", Toleranser"},
	{key: "tolerances.limit", title: t3("Tillatt avvik i positiv og negativ retning", "Tillate avvik i positiv og negativ retning", "Deviation allowed either way"), note: digdirGoverning + ", Toleranser"},
}

// digdirGoverning is where the governing document's column titles come
// from.
const digdirGoverning = "Digdir's «Styringsdokument» 4.0 (bokmål and nynorsk), column title verbatim; English ours"

// finalReportFields title the columns of the final report's table of
// goals, which «Sluttrapport» 5.0 gives one table for each kind of goal.
var finalReportFields = []fieldTitle{
	{key: "goals.kind", title: t3("Nivå", "Nivå", "Level"), note: "ours, as the governing document's goal table («Nivå»)"},
	{key: "goals.goal", title: t3("Mål", "Mål", "Goal"), note: "ours"},
	{key: "goals.result", title: t3("Grad av oppnåelse", "Grad av oppnåing", "Degree of achievement"), note: "Digdir's «Sluttrapport» 5.0, the result goals' table, verbatim; English ours"},
}

// businessCaseFields title the fields of BusinessCase that Digdir's
// template has no heading for.
var businessCaseFields = []fieldTitle{
	{key: "preliminary", title: t3("Foreløpig prosjektbegrunnelse", "Førebels prosjektgrunngjeving", "Preliminary business case"),
		note: "ours: the template's chapter 5 tells the first version, made in the concept phase, from «den oppdaterte versjonen i planleggingsfasen», and has no place to say which one a document is"},
}

// digdirBenefits is where the benefit plan's column titles come from.
const digdirBenefits = "Digdir's «Gevinstrealiseringsplan» 4.0 (bokmål and nynorsk), the column title of its benefit tables A–E, verbatim (white space collapsed); English ours"

// benefitPlanFields title the fields of BenefitPlan that Digdir's
// template has no heading or column for (all titles ours).
var benefitPlanFields = []fieldTitle{
	{key: "plan.benefits.id", title: t3("ID", "ID", "ID"), note: digdirBenefits},
	{key: "plan.benefits.description", title: t3("Beskrivelse av nyttevirkning", "Beskriving av nytteverknad", "Description of the benefit"), note: digdirBenefits},
	{key: "plan.benefits.product", title: t3("Knyttet til produkt", "Knytt til produkt", "Linked to product"), note: digdirBenefits},
	{key: "plan.benefits.area", title: t3("Hvor gevinsten oppstår", "Kvar gevinsten oppstår", "Where the benefit arises"), note: digdirBenefits},
	{key: "plan.benefits.valuation", title: t3("Prissatt eller ikke-prissatt", "Prissett eller ikkje-prissett", "Priced or non-priced"), note: "ours, from the template's «prissatte» and «ikke-prissatte» nyttevirkninger"},
	{key: "plan.benefits.importance", title: t3("Viktighet (lav, moderat, høy)", "Viktigheit (låg, middels, høg)", "Importance (low, moderate, high)"), note: digdirBenefits},
	{key: "plan.benefits.justification", title: t3("Grunngi viktighet", "Grunngjeving av kor viktig effekten er", "Why it is important"), note: digdirBenefits},
	{key: "plan.benefits.owner", title: t3("Gevinsteier (navn, org.enhet og stilling)", "Gevinsteigar (namn, org.eining og stilling)", "Benefit owner (name, unit and position)"), note: digdirBenefits},
	{key: "plan.benefits.startYear", title: t3("År start", "År start", "Start year"), note: digdirBenefits},
	{key: "plan.benefits.fullEffect", title: t3("Verdi i kr per år (når full effekt)", "Verdi i kr per år (når full effekt)", "Value in NOK a year (at full effect)"),
		note: "the template's «Verdi i tusen kr per år (når full effekt)», in kroner as benefit.Money holds them"},
	{key: "plan.benefits.profile", title: t3("Verdi per år", "Verdi per år", "Value per year"), note: "ours: the template's yearly columns (År 1 … År 10), one a line"},
	{key: "plan.benefits.preconditions", title: t3("Forutsetninger", "Føresetnader", "Preconditions"), note: "ours"},
	{key: "plan.benefits.indicators", title: t3("Indikatorer (JSON)", "Indikatorar (JSON)", "Indicators (JSON)"), note: "ours: the indicators with their measurements, as stored"},
	{key: "plan.benefits.history", title: t3("Historikk (JSON)", "Historikk (JSON)", "History (JSON)"), note: "ours: the benefit's history, as stored"},
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
	{key: "benefits.benefit", title: t3("Gevinster", "Gevinstar", "Benefits"),
		note: "column 1 of the table under 6.1, verbatim; English ours"},
	{key: "concepts.rejected.name", title: t3("Konsept", "Konsept", "Concept"), note: "ours: the template describes the rejected concepts in prose"},
	{key: "concepts.rejected.description", title: t3("Beskrivelse", "Skildring", "Description"), note: "ours, as the name"},
	{key: "planSketch.risks.event", title: t3("Mulig hendelse", "Mogleg hending", "Possible event"), note: "column 1 of the threats' table under 9.3, verbatim; English ours"},
	{key: "planSketch.risks.impact", title: t3("Virkning hvis ingen tiltak iverksettes", "Verknad viss ingen tiltak blir sette i verk", "Impact if nothing is done"),
		note: "column 2 of the threats' table under 9.3, verbatim; English ours"},
	{key: "planSketch.risks.measure", title: t3("Tiltak som vil redusere hendelsens sannsynlighet og/eller konsekvens", "Tiltak som vil redusere sannsynet for at hendinga skjer og/eller konsekvensane av hendinga", "Measures that reduce the event's likelihood and/or consequence"),
		note: "column 3 of the threats' table under 9.3, verbatim; English ours"},
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
