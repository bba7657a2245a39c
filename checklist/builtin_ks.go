package checklist

import (
	"strconv"

	"github.com/digitale-helgeland/veiviser/phase"
)

// ksTitle is the title of Difi's checklist (seed 004).
var ksTitle = phase.Text{
	NB: "Sjekkliste for involvering av kommunesektoren",
	NN: "Sjekkliste for involvering av kommunesektoren",
	EN: "Checklist for involving the municipal sector",
}

// ksPoint is one of Difi's eight checkpoints: its texts word for word in
// nynorsk as seed 004 has them, the English beside them, the phases in
// which it matters, and how it blocks by default.
//
// from and due become the item's From and Due. For checkpoints 1 and 5 due
// is the phase the source names; for the others, whose text names no
// phase, from and due follow the domain reference's table "Difi's eight
// checkpoints" (2–4 concept, 7 execution, 8 throughout, i.e. until
// closure), which is the project's reading, not Difi's words: they decide
// only when such a checkpoint starts to warn and, if an organisation makes
// it blocking (Options.KSBlocking), by when it must be handled.
type ksPoint struct {
	question, guidance, lead Wording
	sub                      []Wording
	from, due                phase.Phase
	timing                   ksTiming
}

// ksTiming is how a KS checkpoint blocks when the organisation has not
// chosen otherwise (Options.KSBlocking): the sourced default.
type ksTiming uint8

const (
	// ksByPhase: an unhandled checkpoint blocks every decision that leaves
	// its Due phase or a later one, as any checklist item does. Items an
	// organisation adds to the KS checklist are timed so.
	ksByPhase ksTiming = iota
	// ksAdvisory: the text says "bør" (should) and names no phase; an
	// unhandled checkpoint warns from its From phase on and never blocks.
	ksAdvisory
	// ksByDate: due from 1 January of the year before the roll-out in the
	// municipal sector (Options.RollOut), at any decision from that date
	// on; advisory while the date is not known.
	ksByDate
)

// ksTimingOf returns the default timing of the KS checkpoint with the
// given ID; IDs that are not Difi's "1" … "8" are timed by phase.
func ksTimingOf(id string) ksTiming {
	for i := range ksTexts {
		if id == strconv.Itoa(i+1) {
			return ksTexts[i].timing
		}
	}
	return ksByPhase
}

// ksTexts holds the eight checkpoints. Guidance paragraphs are separated by
// a blank line. Credit: Difi (now Digdir), NLOD.
//
// The list's own framing is advice: "Her finn de 8 sjekkpunkt om korleis
// statlege verksemder bør involvere kommunesektoren" (seed 004). Only
// where a text says more does a checkpoint block by default; each entry's
// timing quotes its source:
//   - 1 blocks from BP2 (it must be handled in the concept phase);
//   - 5 blocks from BP3 (it must be handled in planning);
//   - 6 is due from 1 January of the year before roll-out, by date;
//   - 2, 3, 4, 7 and 8 are advisory.
//
// A checkpoint that blocks once keeps blocking at every later decision
// until it is handled.
var ksTexts = [...]ksPoint{
	{
		question: Wording{
			Text:    "Kontakt kommunanes interesseorganisasjon KS og avklar korleis kommunal involvering skal sikrast og organiserast",
			English: "Contact KS, the municipalities' interest organisation, and clarify how municipal involvement is to be ensured and organised",
		},
		// Seed 004 is a copy of Difi's web page that lost the list after
		// "KS kan kontaktast på føljande måtar:" (KS can be contacted in
		// the following ways:): the sentence is followed by nothing. The
		// guidance ends with the last complete sentence before it, in both
		// languages; the lost contact details are not invented.
		guidance: Wording{
			Text: "I tråd med Utgreiingsinstruksen (DFØ) og digitaliseringsrundskrivet (Regjeringen.no) skal kommunesektoren involverast tidleg i utgreiingsprosessen. For å opprette kontakt og involvere kommunesektoren skal de innleiingsvis i arbeidet ta kontakt med KS." +
				"\n\n" +
				"Vidare bør de vurdere å lage ein plan som definerer aktuelle aktivitetar, milepålar og samhandlingspunkt for det vidare arbeidet, inkludert sjekkpunkt 2 - 8. De må avklare om det er KS og/eller einskilde kommunar eller fylkeskommunar, tilråd av KS, som skal involverast i det vidare arbeidet.",
			English: "In line with the Instructions for Official Studies (DFØ) and the digitalisation circular (Regjeringen.no), the municipal sector is to be involved early in the study. To establish contact and involve the municipal sector, you are to contact KS at the start of the work." +
				"\n\n" +
				"You should further consider making a plan that defines relevant activities, milestones and points of interaction for the further work, including checkpoints 2–8. You must clarify whether KS and/or individual municipalities or county municipalities, as advised by KS, are to be involved in the further work.",
		},
		lead: Wording{
			Text:    "Avtal eit første møte mellom verksemda og KS. De bør som minimum ta stilling til følgande:",
			English: "Arrange a first meeting between the agency and KS. As a minimum you should decide on the following:",
		},
		sub: []Wording{
			{Text: "Kva behov er det for vidare dialog og samarbeid i utviklinga av digitaliseringstiltaket?",
				English: "What need is there for further dialogue and cooperation in developing the digitalisation measure?"},
			{Text: "Er det behov for kontakt med einskilde kommunar eller fylkeskommunar?",
				English: "Is there a need for contact with individual municipalities or county municipalities?"},
			{Text: "Korleis skal de samarbeide om sjekkpunkta i denne rettleiaren?",
				English: "How will you cooperate on the checkpoints in this guide?"},
			{Text: "Er det andre forhold enn dei som er omtalte i denne rettleiaren de ønsker å samarbeide om?",
				English: "Are there matters other than those described in this guide that you want to cooperate on?"},
			{Text: "Korleis skal de organisere det vidare arbeidet?",
				English: "How will you organise the further work?"},
		},
		// Blocks from BP2. The digitaliseringsrundskriv, as the list's
		// introduction cites it: agencies "i ein tidleg fase skal drøfte
		// tiltaket med kommunesektorens interesseorganisasjon KS"; the
		// introduction: "KS må involverast i konseptfasen"; the checkpoint:
		// "skal kommunesektoren involverast tidleg i utgreiingsprosessen",
		// "skal de innleiingsvis i arbeidet ta kontakt med KS" (seed 004).
		// Skal and må, and a phase: the concept phase, left at BP2.
		from: phase.Concept, due: phase.Concept, timing: ksByPhase,
	},
	{
		question: Wording{
			Text:    "Identifiser kva verknader prosjektet vil ha for kommunesektoren",
			English: "Identify what effects the project will have on the municipal sector",
		},
		guidance: Wording{
			Text:    "Utgreiingsinstruksen (DFØ) krev at prosjekteigar skildrar kva verknader tiltaket får for kommunesektoren. Dette betyr at både dei prissette og dei ikkje-prissette verknadene av digitaliseringstiltaket i kommunesektoren skal inngå i kost/nytte-vurderingane. Orienter dykk også i rettleiar om statleg styring av kommunar og fylkeskommunar og bruk prosjektvegvisaren. Ved utvikling av digitale løysingar bør kommunesektoren sin tenesteplattform FIKS leggjast til grunn viss det er føremålstenleg. FIKS er ei plattform for digital samhandling i kommunesektoren.",
			English: "The Instructions for Official Studies (DFØ) require the project owner to describe what effects the measure has on the municipal sector. This means that both the priced and the unpriced effects of the digitalisation measure in the municipal sector are to be part of the cost/benefit assessments. Also consult the guide on central government steering of municipalities and county municipalities, and use the project wizard. When developing digital solutions, the municipal sector's service platform FIKS should be the basis where appropriate. FIKS is a platform for digital interaction in the municipal sector.",
		},
		// Advisory. The text cites a requirement, "Utgreiingsinstruksen
		// (DFØ) krev at prosjekteigar skildrar kva verknader tiltaket får
		// for kommunesektoren", and the effects "skal inngå i
		// kost/nytte-vurderingane", but names no phase or decision by
		// which this must be done: when a study is "done" is the
		// organisation's call, and the Instruction's requirement applies to
		// the study whether or not this checklist is used. Blocking it at
		// BP2 would put a deadline in Difi's mouth that Difi did not set,
		// so it stays advisory; an organisation that reads the
		// Instruction so makes it blocking with KSBlocking["2"], which
		// blocks from BP2 (due: the concept phase, the domain reference's
		// reading).
		from: phase.Concept, due: phase.Concept, timing: ksAdvisory,
	},
	{
		question: Wording{
			Text:    "Sikre at kostnader av digitaliseringstiltaket for kommunesektoren er greidd ut",
			English: "Make sure the costs of the digitalisation measure for the municipal sector have been studied",
		},
		guidance: Wording{
			Text: "Det er viktig å vurdere kva investeringskostnader tiltaket medfører i kommunesektoren. Dette omfattar innkjøp av nye IKT-system eller modular, integrasjonskostnader og kostnader knytt til implementering. Andre viktige vurderingar er om tiltaket medfører auka driftskostnader og om det oppstår endrings- eller omstillingskostnader." +
				"\n\n" +
				"I tillegg bør de vurdere livsløpskostnader og avskriving frå gamle system. Kostnadene for digitaliseringstiltaket vil variere på tvers av kommunar og fylkeskommunar. Det kan vere behov for detaljerte analysar for å anslå nivået på kostnader. Vurdering av kostnadene krev innsikt i kva system kommunane bruker, kven som er leverandørane og korleis disse systema vert påverka av tiltaket.",
			English: "It is important to assess what investment costs the measure brings in the municipal sector. This covers the purchase of new ICT systems or modules, integration costs and costs of implementation. Other important assessments are whether the measure brings higher operating costs and whether costs of change or restructuring arise." +
				"\n\n" +
				"You should also assess life-cycle costs and the write-off of old systems. The costs of the digitalisation measure will vary across municipalities and county municipalities. Detailed analyses may be needed to estimate the level of costs. Assessing the costs requires insight into which systems the municipalities use, who the suppliers are and how these systems are affected by the measure.",
		},
		lead: Wording{
			Text:    "Aktuelle spørsmål i denne samanheng vil vere:\n\nKva investeringskostnader medfører tiltak i form av,",
			English: "Relevant questions here are:\n\nWhat investment costs does the measure bring in the form of",
		},
		sub: []Wording{
			{Text: "innkjøp av nye IKT-system eller modular?", English: "purchase of new ICT systems or modules?"},
			{Text: "integrasjonskostnader?", English: "integration costs?"},
			{Text: "kostnader knytt til implementering?", English: "costs of implementation?"},
		},
		// Advisory: "Det er viktig å vurdere …", "I tillegg bør de
		// vurdere …"; no phase named.
		from: phase.Concept, due: phase.Concept, timing: ksAdvisory,
	},
	{
		question: Wording{
			Text:    "Sikre at nytteverknadene for kommunesektoren av digitaliseringstiltaket er greia ut",
			English: "Make sure the benefits of the digitalisation measure for the municipal sector have been studied",
		},
		guidance: Wording{
			Text: "Som eit utgangspunkt for arbeidet er det mogleg å bruke malane frå Medfinansieringsordninga for små og mellomstore digitaliseringsprosjekt." +
				"\n\n" +
				"Digitaliseringstiltaket kan ha ulik påverknad på ulike kommunar og fylkeskommunar. Det bør gjerast vurderingar med omsyn til dei ulike eigenskapane til kommunane/fylkeskommunane. Slike eigenskapar kan til dømes vere kommunestorleik og kor mange tenester i kommunane/fylkeskommunane tiltaket eventuelt påverkar.",
			English: "As a starting point for the work you can use the templates of the co-financing scheme for small and medium-sized digitalisation projects." +
				"\n\n" +
				"The digitalisation measure can affect different municipalities and county municipalities differently. Assessments should take the different characteristics of the municipalities/county municipalities into account. Such characteristics can for example be the size of the municipality and how many services in the municipalities/county municipalities the measure may affect.",
		},
		lead: Wording{
			Text:    "For å sikre at både prissette og ikkje-prissette nytteverknader for kommunesektoren av digitaliseringstiltaket vert identifiserte, bør de drøfte med KS:",
			English: "To make sure that both priced and unpriced benefits of the digitalisation measure for the municipal sector are identified, you should discuss with KS:",
		},
		sub: []Wording{
			{Text: "korleis tiltaket forbetrar arbeidsprosessar i kommunar eller fylkeskommunar?",
				English: "how the measure improves work processes in municipalities or county municipalities?"},
			{Text: "om system i kommunane eller fylkeskommunane vert overflødige eller forbetra?",
				English: "whether systems in the municipalities or county municipalities become redundant or improved?"},
			{Text: "korleis tiltaket hjelper kommunane til å levere kvalitativt betre tenester?",
				English: "how the measure helps the municipalities deliver services of better quality?"},
		},
		// Advisory: "bør de drøfte med KS", "Det bør gjerast
		// vurderingar …"; no phase named.
		from: phase.Concept, due: phase.Concept, timing: ksAdvisory,
	},
	{
		question: Wording{
			Text:    "Inkluder kommunesektoren i arbeidet med gevinstrealiseringsplan",
			English: "Include the municipal sector in the work on the benefit realisation plan",
		},
		guidance: Wording{
			Text: "I planleggingsfasen av prosjektet bør de lage ein gevinstrealiseringsplan. Denne bør også omfatte gevinstar/nytteverknader som er identifiserte i kommunesektoren. I samarbeid med KS bør de drøfte ein plan for korleis verksemda og KS kan bidra til at kommunesektoren får henta ut gevinstar som følge av digitaliseringstiltaket. De bør også lage ein plan for korleis de kan måle at gevinstane faktisk vert henta ut." +
				"\n\n" +
				"For døme på gevinstrealiseringsplan sjå Prosjektvegvisaren.",
			English: "In the planning phase of the project you should make a benefit realisation plan. It should also cover benefits identified in the municipal sector. Together with KS you should discuss a plan for how the agency and KS can help the municipal sector realise benefits from the digitalisation measure. You should also make a plan for how you can measure that the benefits are actually realised." +
				"\n\n" +
				"For examples of a benefit realisation plan, see the project wizard (Prosjektveiviseren).",
		},
		lead: Wording{Text: "Aktuelle spørsmål er:", English: "Relevant questions are:"},
		sub: []Wording{
			{Text: "Er det laga ein gevinstrealiseringsplan?", English: "Has a benefit realisation plan been made?"},
			{Text: "Er gevinstestimata drøfta med KS?", English: "Have the benefit estimates been discussed with KS?"},
			{Text: "Korleis skal gevinstar verte tatt ut?", English: "How are the benefits to be realised?"},
		},
		// Blocks from BP3: "I planleggingsfasen av prosjektet bør de lage
		// ein gevinstrealiseringsplan. Denne bør også omfatte
		// gevinstar/nytteverknader som er identifiserte i
		// kommunesektoren." The text names the phase, planning, which BP3
		// leaves; it says bør, so an organisation may make it advisory
		// with KSBlocking["5"] = false.
		from: phase.Planning, due: phase.Planning, timing: ksByPhase,
	},
	{
		question: Wording{
			Text:    "Oppdater estimat for innføringskostnader i kommunesektoren",
			English: "Update the estimates of roll-out costs in the municipal sector",
		},
		guidance: Wording{
			Text: "I gjennomføringsfasen bør de oppdatere og presisere estimatet på innføringskostnader og gevinstar etter kvart som føresetnadene endrar seg. Fordi det er mange ukjende faktorar i oppstarten av eit prosjekt er det vanleg at ein del av estimata endrar seg. For å sikre gode estimat på innføringskostnader og gevinstar bør de oppdatere estimata etterkvart som det kjem ny informasjon og ytterlegare spesifikasjonar av løysing og regelverk. Det kan vere lurt å legge dette inn som ein del av prosjektplanen." +
				"\n\n" +
				"Frå kommunal side er det ønskeleg at oppdatering av innføringskostnader vert gjennomført i budsjettåret før innføringa skal skje og at dei er så presise at kommunar og fylkeskommunar kan bruke dei i samband med budsjettering.",
			English: "In the execution phase you should update and refine the estimate of roll-out costs and benefits as the assumptions change. Because there are many unknown factors at the start of a project, some of the estimates usually change. To ensure good estimates of roll-out costs and benefits, you should update the estimates as new information and further specifications of the solution and the regulations arrive. It can be wise to make this part of the project plan." +
				"\n\n" +
				"The municipal side wants the roll-out costs to be updated in the budget year before the roll-out takes place, and to be precise enough for municipalities and county municipalities to use in their budgeting.",
		},
		lead: Wording{Text: "Aktuelle spørsmål er:", English: "Relevant questions are:"},
		sub: []Wording{
			{Text: "Er oppdatering av estimat ein del av prosjektplanen?", English: "Is updating the estimates part of the project plan?"},
			{Text: "Er investeringskostnadene oppdaterte innan budsjettåret før dei skal realiserast?", English: "Have the investment costs been updated by the budget year before they are to be incurred?"},
			{Text: "Er alle avklaringar knytt til systemløysingar og regelverk på plass?", English: "Are all clarifications about system solutions and regulations in place?"},
		},
		// Due by date: "Frå kommunal side er det ønskeleg at oppdatering
		// av innføringskostnader vert gjennomført i budsjettåret før
		// innføringa skal skje", and the sub-question "Er
		// investeringskostnadene oppdaterte innan budsjettåret før dei
		// skal realiserast?". The budget year is the calendar year: the
		// checkpoint is due from 1 January of the year before the roll-out
		// (Options.RollOut), whatever the phase; without a roll-out date
		// it is advisory. Note what the text does not say: the timing is
		// what is "ønskeleg" from the municipal side, and the text also
		// names a phase, "I gjennomføringsfasen bør de oppdatere og
		// presisere estimatet" (from: execution, when it starts to warn;
		// due: execution, by when it must be handled if an organisation
		// makes it blocking without a roll-out date).
		from: phase.Execution, due: phase.Execution, timing: ksByDate,
	},
	{
		question: Wording{
			Text:    "Bidra til gevinstrealiseringa i kommunesektoren",
			English: "Contribute to benefit realisation in the municipal sector",
		},
		guidance: Wording{
			Text:    "Verksemda bør legge til rette for at kommunesektoren kan hente ut gevinstane av digitaliseringstiltaket gjennom å bidra til at flest mogleg kommunar og fylkeskommunar tar i bruk løysinga.",
			English: "The agency should make it possible for the municipal sector to realise the benefits of the digitalisation measure by helping as many municipalities and county municipalities as possible take the solution into use.",
		},
		lead: Wording{Text: "Aktuelle spørsmål å stille seg kan vere:", English: "Relevant questions to ask can be:"},
		sub: []Wording{
			{Text: "Ligg det føre det ein klar plan for korleis kommunane skal ta i bruk løysinga?", English: "Is there a clear plan for how the municipalities are to take the solution into use?"},
			{Text: "Er planen drøfta med KS?", English: "Has the plan been discussed with KS?"},
			{Text: "Er føresetnadene til stades i kommunesektoren for å ta imot og drifte digitaliseringstiltaket?", English: "Are the preconditions in place in the municipal sector to receive and operate the digitalisation measure?"},
			{Text: "Viss føresetnadene er mangelfulle, har de drøfta med KS alternative måtar å sikre at løysinga likevel kan implementerast?", English: "If the preconditions are lacking, have you discussed with KS other ways to make sure the solution can still be implemented?"},
			{Text: "Finst det ein plan for å måle om gevinstane vert henta ut i kommunesektoren?", English: "Is there a plan for measuring whether the benefits are realised in the municipal sector?"},
		},
		// Advisory: "Verksemda bør legge til rette for …"; no phase
		// named. The domain reference reads it as execution and
		// realisation.
		from: phase.Execution, due: phase.Execution, timing: ksAdvisory,
	},
	{
		question: Wording{
			Text:    "Sørg for at kommunesektoren får god informasjon",
			English: "Make sure the municipal sector is well informed",
		},
		guidance: Wording{
			Text:    "Det er verksemda som har ansvaret for å informere kommunar og fylkeskommunar om digitaliseringstiltaket. Det bør drøftast med KS kva informasjonstiltak som er føremålstenlege å gjennomføre i det einskilde digitaliseringstiltak.",
			English: "The agency is responsible for informing municipalities and county municipalities about the digitalisation measure. Which information measures are appropriate for the individual digitalisation measure should be discussed with KS.",
		},
		// Advisory: "Det bør drøftast med KS kva informasjonstiltak som er
		// føremålstenlege"; no phase named. "Det er verksemda som har
		// ansvaret for å informere" states whose duty it is, not when; the
		// introduction's "oppretthalde denne kontakten gjennom heile
		// prosjektet" is why it warns from BP2 to the end.
		from: phase.Concept, due: phase.Closure, timing: ksAdvisory,
	},
}
