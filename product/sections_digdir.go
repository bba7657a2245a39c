package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// The headings of Digdir's Word templates for Prosjektveiviseren, one table
// per template and version, from the files in
// product/templates (content: Digdir / Prosjektveiviseren,
// under the Norwegian licence for open government data, NLOD; copies from
// the template library of Prosjektportalen 365). TestSectionsMatchTemplates
// reads those files and holds every table to them.
//
// In every table NB and NN are the headings as Digdir wrote them, only
// trimmed and with runs of white space made one space, and EN is our
// translation. The guidance is verbatim, save two bracket artefacts that
// are not guidance: a lone "]" under nynorsk gevinstrealiseringsplan 4.2,
// and under nynorsk prosjektgrunngjeving 5 the sentence "Tabellen nedanfor
// viser …", body text that follows a bracket the template never closes
// (the bokmål template has it as body text).

// mandateV4 is Digdir's «Mandat for konseptfasen», versjon 4.0:
// Mandat_for_konseptfasen_v4.0.0.docx and
// Nynorsk_-_mandat_for_konseptfasen_v4.0.docx.
var mandateV4 = []section{
	{
		number: "1", level: 1,
		title: phase.Text{NB: "Bakgrunn", NN: "Bakgrunn", EN: "Background"},
		key:   "background",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv kort bakgrunnen for dette forslaget om å starte en ny konseptfase.",
				"Hvilken situasjon eller uløste problemer ligger til grunn for dette forslaget?",
				"Hvilke brukergrupper/interessenter er det som har disse behovene?",
				"Nye krav, lover eller bestilling i tildelingsbrev eller annen bakgrunn for prosjektet?",
				"Tidligere arbeid som vil ha betydning for prosjektet (Stortingsmeldinger, handlingsplan?]",
			},
			nn: []string{
				"[Beskriv kort bakgrunnen for dette forslaget om å starte ein ny konseptfase.",
				"Kva situasjon eller uløyste problem ligg til grunn for dette forslaget?",
				"Kva brukargrupper/interessentar er det som har desse behova?",
				"Nye krav, lover eller bestilling i tildelingsbrev eller annan bakgrunn for prosjektet?",
				"Tidlegare arbeid som vil ha innverknad på prosjektet (Stortingsmeldingar, handlingsplan?]",
			},
		},
	},
	{
		number: "2", level: 1,
		title: phase.Text{NB: "Hensikten med et eventuelt prosjekt", NN: "Føremålet med eit eventuelt prosjekt", EN: "Purpose of a possible project"},
		key:   "purpose.intro",
	},
	{
		number: "2.1", level: 2,
		title: phase.Text{NB: "Hvilke behov skal dekkes?", NN: "Kva behov skal dekkast?", EN: "Which needs are to be met?"},
		key:   "purpose.needs",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv hvilke behov eller uløste problemer prosjektet skal være rettet mot.]",
			},
			nn: []string{
				"[Beskriv kva behov eller uløyste problem prosjektet skal vere retta mot.]",
			},
		},
	},
	{
		number: "2.2", level: 2,
		title: phase.Text{NB: "Hvilke endringer skal prosjektet skape?", NN: "Kva endringar skal prosjektet skape?", EN: "Which changes is the project to bring about?"},
		key:   "purpose.changes",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv den endrede situasjonen som ønskes oppnådd etter at prosjektet er gjennomført.]",
			},
			nn: []string{
				"[Beskriv den endra situasjonen ein ønskjer å oppnå etter at eit eventuelt prosjekt er gjennomført.]",
			},
		},
	},
	{
		number: "3", level: 1,
		title: phase.Text{NB: "Føringer for et eventuelt prosjekt", NN: "Føringar for eit eventuelt prosjekt", EN: "Guidelines for a possible project"},
		key:   "constraints.intro",
	},
	{
		number: "3.1", level: 2,
		title: phase.Text{NB: "Sammenheng med andre prosjekter?", NN: "Samanheng med andre prosjekt?", EN: "Relation to other projects?"},
		key:   "constraints.relatedProjects",
		guidance: sectionGuidance{
			nb: []string{
				"[Finnes det andre pågående eller påtenkte prosjekter, internt eller eksternt, innenfor det samme problemområdet som prosjektet kan tenkes å bli påvirket av, og som det eventuelt kan bli behov for å samordne seg med på en eller annen måte?]",
			},
			nn: []string{
				"[Finst det andre pågåande eller påtenkte prosjekt, internt eller eksternt, innanfor det same problemområdet som prosjektet kan tenkjast å bli påverka av, og som det eventuelt kan bli behov for å samordne seg med på ein eller annan måte?]",
			},
		},
	},
	{
		number: "3.2", level: 2,
		title: phase.Text{NB: "Er direkte involvering av andre virksomheter aktuelt?", NN: "Er direkte involvering av andre verksemder aktuelt?", EN: "Is direct involvement of other organisations relevant?"},
		key:   "constraints.otherOrganisations",
		guidance: sectionGuidance{
			nb: []string{
				"[Er det et behov for å involvere andre virksomheter for å kunne realisere et prosjekt? Finnes det behov og mål som muligens kan realiseres ved hjelp av andre virksomheter?]",
			},
			nn: []string{
				"[Er det behov for å involvere andre verksemder for å kunne realisere eit prosjekt? Er det behov og mål som eventuelt kan realiserast med hjelp frå andre verksemder?]",
			},
		},
	},
	{
		number: "3.3", level: 2,
		title: phase.Text{NB: "Er det aktuelt å gjøre anskaffelse(r) for å gjennomføre prosjektet?", NN: "Er det aktuelt å gjere anskaffing(ar) for å gjennomføre prosjektet?", EN: "Will anything be procured to carry out the project?"},
		key:   "constraints.procurement",
		guidance: sectionGuidance{
			nb: []string{
				"[Kan det være behov for å anskaffe konsulentbistand for å gjennomføre prosjektet, eller kan det være aktuelt å anskaffe en løsning i markedet, eller å utvikle en løsning ved hjelp av ekstern leverandør?]",
			},
			nn: []string{
				"[Kan anskaffing av konsulenthjelp for å gjennomføre prosjektet vere aktuelt, eller anskaffing av ei løysing i marknaden, eller å utvikle ei løysing med hjelp frå ekstern leverandør?]",
			},
		},
	},
	{
		number: "3.4", level: 2,
		title: phase.Text{NB: "IT-politiske føringer og andre rammebetingelser", NN: "IT-politiske føringar og andre rammevilkår", EN: "IT policy guidelines and other constraints"},
		key:   "constraints.itPolicy",
		guidance: sectionGuidance{
			nb: []string{
				"[Angi hvilke IT-politiske føringer som kan få betydning for prosjektet, og som dermed må tas hensyn til i konseptutredningen. Relevante føringer kan være bruk av nasjonale felleskomponenter, samsvar med nasjonale arkitekturprinsipper, og bruk av nasjonale standarder. Angi også andre typer rammebetingelser eller føringer som må tas hensyn til i utviklingen av prosjektets produkter.]",
			},
			nn: []string{
				"[Skriv kva IT-politiske føringar som kan ha innverknad på prosjektet, og som det derfor må takast omsyn til i konseptutgreiinga. Relevante føringar kan vere bruk av nasjonale felleskomponentar, samsvar med nasjonale arkitekturprinsipp, og bruk av nasjonale standardar. Ta også med andre typar rammevilkår eller føringar som ein må ta omsyn til i utviklinga av produkta i prosjektet.]",
			},
		},
	},
	{
		number: "3.5", level: 2,
		title: phase.Text{NB: "Virksomhetsarkitektur", NN: "Verksemdsarkitektur", EN: "Enterprise architecture"},
		key:   "constraints.enterpriseArchitecture",
		guidance: sectionGuidance{
			nb: []string{
				"[Angi eventuelle føringer og muligheter (arkitekturprinsipper, veikart og målbilder for arkitektur mm.) som ligger i virksomhetens eksisterende virksomhetsarkitektur og kan ha konsekvenser for konseptvalget. Viktige føringer for løsningsarkitekturen, som skal ivaretas i planlegging- og gjennomføringsfasen, kan også nevnes her og detaljeres senere.]",
			},
			nn: []string{
				"[Skriv om kva eventuelle føringar og moglegheiter (arkitekturprinsipp, vegkart og målbilde for arkitektur m.m.) som ligg i verksemdsarkitekturen til den aktuelle verksemda og som kan ha konsekvensar for konseptvalet. Viktige føringar for løysingsarkitekturen, som ein skal sjå på i planleggings- og gjennomføringsfasen, kan også nemnast her og detaljerast seinare.]",
			},
		},
	},
	{
		number: "4", level: 1,
		title: phase.Text{NB: "Erfaringer og annen nyttig informasjon", NN: "Erfaringar og annan nyttig informasjon", EN: "Experience and other useful information"},
		key:   "experience",
		guidance: sectionGuidance{
			nb: []string{
				"[Angi nyttige erfaringer og henvis til identifisert dokumentasjon som vil være relevant for arbeidet i konseptutredningen.]",
			},
			nn: []string{
				"[Skriv om nyttige erfaringar og vis til identifisert informasjon som vil vere relevant for arbeidet i konseptutgreiinga.]",
			},
		},
	},
	{
		number: "5", level: 1,
		title: phase.Text{NB: "Beskrivelse av konseptfasen", NN: "Omtale av konseptfasen", EN: "Description of the concept phase"},
		key:   "conceptPhase.intro",
	},
	{
		number: "5.1", level: 2,
		title: phase.Text{NB: "Organisering og ansvar i konseptfasen", NN: "Organisering og ansvar i konseptfasen", EN: "Organisation and responsibilities in the concept phase"},
		key:   "conceptPhase.organisation",
		guidance: sectionGuidance{
			nb: []string{
				"[Foreslå hvem som skal bli ansvarlig for å gjennomføre konseptfasen, hvem som fatter beslutninger om konseptfasens fremdrift og leveranser, og hvordan arbeidet bør organiseres.]",
			},
			nn: []string{
				"[Føreslå kven som skal vere ansvarleg for å gjennomføre konseptfasen, kven som avgjer framdrift og leveransar i konseptfasen, og korleis arbeidet vil bli organisert.]",
			},
		},
	},
	{
		number: "5.2", level: 2,
		title: phase.Text{NB: "Interessenter i konseptfasen", NN: "Interessentar i konseptfasen", EN: "Stakeholders in the concept phase"},
		key:   "conceptPhase.stakeholders",
		guidance: sectionGuidance{
			nb: []string{
				"[Gi innspill til hvilke interessenter eller interessentgrupper som blir viktig å involvere i gjennomføringen av konseptfasen.]",
			},
			nn: []string{
				"[Gje innspel til kva interessentar og interessentgrupper det blir viktig å involvere i gjennomføringa av konseptfasen.]",
			},
		},
	},
	{
		number: "5.3", level: 2,
		title: phase.Text{NB: "Resultater fra konseptfasen", NN: "Resultat frå konseptfasen", EN: "Results of the concept phase"},
		key:   "conceptPhase.results.summary",
		guidance: sectionGuidance{
			nb: []string{
				"[Hva som skal leveres i løpet av konseptfasen. Disse leveransene bør inneholde minimum ledelsesproduktene «prosjektforslag» og «prosjektbegrunnelse», men kan også inneholde andre leveranser.]",
			},
			nn: []string{
				"[Kva som skal leverast i løpet av konseptfasen. Desse leveransane bør som eit minimum inkludere leiingsprodukta «prosjektforslag» og «prosjektgrunngjeving», men kan òg innehalde andre leveransar.]",
			},
		},
	},
	{
		number: "5.3.1", level: 3,
		title: phase.Text{NB: "Prosjektbegrunnelse", NN: "Prosjektgrunngjeving", EN: "Business case"},
		key:   "conceptPhase.results.businessCase",
		guidance: sectionGuidance{
			nb: []string{
				"[Prosjektbegrunnelsen er et ledelsesprodukt som beskriver hvorfor det er riktig å iverksette et prosjekt for å ivareta et identifisert behov. Prosjektbegrunnelsen utarbeides i konseptfasen som en første versjon, og er knyttet opp mot prosjektforslaget. Prosjektbegrunnelsen videreutvikles og forfines i planleggingsfasen.]",
			},
			nn: []string{
				"[Prosjektgrunngjevinga er eit leiingsprodukt som beskriv kvifor det er riktig å gjennomføre eit prosjekt for å stette eit identifisert behov. Prosjektgrunngjevinga blir utarbeidd i konseptfasen som ein første versjon og er knytt opp mot prosjektforslaget. Prosjektgrunngjevinga blir utvikla vidare i planleggingsfasen.]",
			},
		},
	},
	{
		number: "5.3.2", level: 3,
		title: phase.Text{NB: "Prosjektforslag", NN: "Prosjektforslag", EN: "Project proposal"},
		key:   "conceptPhase.results.projectProposal",
		guidance: sectionGuidance{
			nb: []string{
				"[Et prosjektforslag er et ledelsesprodukt som beskriver hvorfor det foreslåtte konseptet er valgt, forvente gevinster fra prosjektet, samt rammebetingelser og forslag til organisering og gjennomføring av prosjektet. Prosjektforslaget opprettes i konseptfasen og baserer seg på mandatet for konseptfasen.]",
			},
			nn: []string{
				"[Eit prosjektforslag eit leiingsprodukt som beskriv kvifor det føreslegne konseptet er valt, forventa gevinstar frå prosjektet og rammevilkår og forslag til organisering og gjennomføring av prosjektet. Prosjektforslaget blir oppretta i konseptfasen og baserer seg på mandatet for konseptfasen.]",
			},
		},
	},
	{
		number: "5.3.3", level: 3,
		title: phase.Text{NB: "Faseplan for planleggingsfasen", NN: "Faseplan for planleggingsfasen", EN: "Phase plan for the planning phase"},
		key:   "conceptPhase.results.phasePlan",
		guidance: sectionGuidance{
			nb: []string{
				"[Faseplanen for planleggingsfasen er et ledelsesprodukt som utarbeides i konseptfasen som en første versjon, og er knyttet opp mot prosjektforslaget. En faseplan er en mer detaljert plan for styring og oppfølging i en fase.]",
			},
			nn: []string{
				"[Faseplanen for planleggingsfasen er eit leiingsprodukt som blir utarbeidd i konseptfasen som ein første versjon, og er knytt opp mot prosjektforslaget. Ein faseplan er ein mer detaljert plan for styring og oppfølging i ein fase.]",
			},
		},
	},
	{
		number: "5.3.4", level: 3,
		title: phase.Text{NB: "Andre leveranser", NN: "Andre leveransar", EN: "Other deliverables"},
		key:   "conceptPhase.results.other",
		guidance: sectionGuidance{
			nb: []string{
				"[Spesifiser hvilke andre leveranser som skal ferdigstilles i konseptfasen. Dette kan være ulike analyser/utredninger eller brukertesting av ideer, etc.]",
			},
			nn: []string{
				"[Skriv kva andre leveransar som skal gjerast ferdige i konseptfasen. Dette kan vere ulike analysar og utgreiingar, brukartesting av idear eller liknande.]",
			},
		},
	},
	{
		number: "5.4", level: 2,
		title: phase.Text{NB: "Kostnader, tidsramme og ressursbehov for konseptfasen", NN: "Kostnader, tidsramme og ressursbehov for konseptfasen", EN: "Costs, time frame and resources for the concept phase"},
		key:   "conceptPhase.resources",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv planlagt varighet for konseptfasen, fasens kostnadsbehov og forventet behov for personressurser.]",
			},
			nn: []string{
				"[Beskriv planlagt varigheit for konseptfasen, kostnadsramme og forventa behov for personressursar]",
			},
		},
	},
	{
		number: "5.5", level: 2,
		title: phase.Text{NB: "Forslag til tilnærming – konsepter som bør vurderes", NN: "Forslag til tilnærming – konsept som bør vurderast", EN: "Proposed approach – concepts to consider"},
		key:   "conceptPhase.concepts",
		guidance: sectionGuidance{
			nb: []string{
				"[Ofte foreligger det en idé til hvordan et prosjekt vil kunne angripe den utfordringen som foreligger. Det vil si et konsept som ønskes nærmere utredet i en konseptfase. Finnes det idéer til flere alternative konsepter beskrives også de her.",
				"Det er også vanlig at det finnes et konkret forslag til teknisk løsning som trolig vil dekke det behovet som er identifisert. Dette forslaget kan eventuelt også nevnes her, men bare som en måte å konkretisere behovet på. Vær på vakt mot å tenke for mye løsning på dette stadiet. Hovedpoenget med en konseptfase er å først forsikre seg om at et eventuelt prosjekt blir rettet mot det reelle behovet, og så velge den beste måten å tilnærme seg oppgaven på, dvs det beste konseptet.]",
			},
			nn: []string{
				"[Ofte er det fleire forslag/idear til korleis ein kan gå fram for å løyse den utfordringa som ligg føre. Det vil seie eit konsept som ein ønskjer å utgreie nærare i ein konseptfase. Finst det idear til fleire alternative konsept, omtal dei her òg.",
				"Det er også vanleg at det finst eit konkret forslag til teknisk løysing som truleg vil dekke det behovet som er identifisert. Dette forslaget kan eventuelt også nemnast her som ein måte å konkretisere behovet på, men ver på vakt mot å tenkje for mykje løysing på dette stadiet. Hovudpoenget med ein konseptfase er å først forsikre seg om at eit eventuelt prosjekt blir retta mot det reelle behovet, og så velje den beste måten å nærme seg oppgåva på, dvs. det beste konseptet.]",
			},
		},
	},
	{
		number: "6", level: 1,
		title: phase.Text{NB: "Gjennomgang av BP1 sjekkliste", NN: "Gjennomgang av BP1 Sjekkliste", EN: "Review of the BP1 checklist"},
		key:   "checklist",
		guidance: sectionGuidance{
			nb: []string{
				"[Før dette mandatet legges frem for godkjenning ved virksomhetsledelsenes/porteføljestyrets BP1-behandling bør sjekklisten for BP1 gjennomgås av forslagsstiller for å verifisere at innholdet i mandatet gir tilstrekkelig grunnlag for en positiv BP1-beslutning. Kommenter eventuelle punkter der det er uklarheter eller spesielle forhold som må avklares i forbindelse med behandlingen ved BP1.",
				"I forbindelse med BP1-behandlingen kan disse kommentarene naturligvis oppdateres, i likhet med resten av dokumentet.]",
			},
			nn: []string{
				"[Før dette mandatet blir lagt fram for godkjenning ved leiinga i verksemda eller porteføljestyret si BP1-behandlinga, bør forslagsstillaren gå gjennom sjekklista for BP1 for å verifisere at innhaldet i mandatet gir tilstrekkeleg grunnlag for positiv BP1-avgjerd. Kommenter eventuelle punkt der det er uklarheiter eller spesielle tilhøve som må avklarast i samband med behandlinga ved BP1.",
				"I samband med BP1-behandlinga kan desse kommentarane naturlegvis oppdaterast, til liks med resten av dokumentet.]",
			},
		},
	},
	{
		number: "7", level: 1,
		title:        phase.Text{NB: "Veiledning – Mandat for konseptfasen", NN: "Rettleiing – Mandat for konseptfasen", EN: "Guidance – Mandate for the concept phase"},
		instructions: true,
	},
}

// mandateV3 is the «Mandat for konseptfasen», versjon 3.0, published by Difi
// before Digdir took over Prosjektveiviseren, in bokmål only (NN is empty):
// Mandat_for_konseptfasen_v3.0.docx.
var mandateV3 = []section{
	{
		number: "1", level: 1,
		title: phase.Text{NB: "Bakgrunn", NN: "", EN: "Background"},
		key:   "background",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv kort bakgrunnen for dette forslaget om å starte en ny konseptfase.",
				"Hvilken situasjon eller uløste problemer ligger til grunn for dette forslaget?",
				"Hvilke brukergrupper/interessenter er det som har disse behovene?",
				"Nye krav, lover eller bestilling i tildelingsbrev eller annen bakgrunn for prosjektet?",
				"Tidligere arbeid som vil ha betydning for prosjektets (Stortingsmeldinger, handlingsplan?]",
			},
		},
	},
	{
		number: "2", level: 1,
		title: phase.Text{NB: "Hensikt med et eventuelt prosjekt", NN: "", EN: "Purpose of a possible project"},
		key:   "purpose.intro",
	},
	{
		number: "2.1", level: 2,
		title: phase.Text{NB: "Hvilke behov skal dekkes?", NN: "", EN: "Which needs are to be met?"},
		key:   "purpose.needs",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv hvilke behov eller uløste problemer prosjektet skal være rettet mot.]",
			},
		},
	},
	{
		number: "2.2", level: 2,
		title: phase.Text{NB: "Hvilke endringer skal prosjektet skape?", NN: "", EN: "Which changes is the project to bring about?"},
		key:   "purpose.changes",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv den endrede situasjonen som ønskes oppnådd etter at et eventuelt prosjekt er gjennomført.]",
			},
		},
	},
	{
		number: "3", level: 1,
		title: phase.Text{NB: "Idé til et nytt prosjekt", NN: "", EN: "Idea for a new project"},
		key:   "idea",
	},
	{
		number: "3.1", level: 2,
		title: phase.Text{NB: "Forslag til tilnærming", NN: "", EN: "Proposed approach"},
		key:   "conceptPhase.concepts",
		guidance: sectionGuidance{
			nb: []string{
				"[Ofte foreligger det en idé til hvordan et prosjekt vil kunne angripe den utfordringen som foreligger. Det vil si et konsept som ønskes nærmere utredet i en konseptfase. Finnes det idéer til flere alternative konsepter beskrives også de her.",
				"Det er også vanlig at det finnes et konkret forslag til teknisk løsning som trolig vil dekke det behovet som er identifisert. Dette forslaget kan eventuelt også nevnes her som en måte å konkretisere behovet på, men vær på vakt mot å tenke for mye løsning på dette stadiet. Hovedpoenget med en konseptfase er å først forsikre seg om at et eventuelt prosjekt blir rettet mot det reelle behovet, og så velge den beste måten å tilnærme seg oppgaven på, dvs det beste konseptet.]",
			},
		},
	},
	{
		number: "3.2", level: 2,
		title: phase.Text{NB: "Er anskaffelse(r) av varer og tjenester aktuelt?", NN: "", EN: "Will goods or services be procured?"},
		key:   "constraints.procurement",
		guidance: sectionGuidance{
			nb: []string{
				"[Kan bruk av anskaffelse(r) tenkes å bli aktuelt i dette prosjektet? Finnes det behov og mål som muligens kan realiseres helt eller delvis gjennom en anskaffelse?]",
			},
		},
	},
	{
		number: "4", level: 1,
		title: phase.Text{NB: "Tidsramme og ressursbehov for konseptfasen", NN: "", EN: "Time frame and resources for the concept phase"},
		key:   "conceptPhase.resources",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv planlagt varighet for konseptfasen, kostnadsramme og forventet behov for personressurser.]",
			},
		},
	},
	{
		number: "5", level: 1,
		title: phase.Text{NB: "Organisering og ansvar", NN: "", EN: "Organisation and responsibilities"},
		key:   "conceptPhase.organisation",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv hvem som er ansvarlig for å gjennomføre konseptfasen, og hvordan arbeidet vil bli organisert.]",
			},
		},
	},
	{
		number: "6", level: 1,
		title: phase.Text{NB: "IT-politiske føringer", NN: "", EN: "IT policy guidelines"},
		key:   "constraints.itPolicy",
		guidance: sectionGuidance{
			nb: []string{
				"[Angi hvilke IT-politiske føringer som kan få betydning for prosjektet, og som dermed må tas hensyn til i konseptutredningen.]",
			},
		},
	},
	{
		number: "7", level: 1,
		title:        phase.Text{NB: "Veiledning – Mandat for konseptfasen", NN: "", EN: "Guidance – Mandate for the concept phase"},
		instructions: true,
	},
}

// proposalV4 is Digdir's «Prosjektforslag», versjon 4.0:
// Prosjektforslag_v4.0.docx and Nynorsk_-_prosjektforslag_v4.0.docx.
var proposalV4 = []section{
	{
		number: "1", level: 1,
		title: phase.Text{NB: "Bakgrunn og begrunnelse for prosjektet", NN: "Bakgrunn og grunngjeving for prosjektet", EN: "Background and justification of the project"},
		key:   "background",
	},
	{
		number: "2", level: 1,
		title: phase.Text{NB: "Konseptvalgets vurderinger", NN: "Vurderingar i konseptvalet", EN: "Assessments behind the choice of concept"},
		key:   "concepts.intro",
		guidance: sectionGuidance{
			nb: []string{
				"[Grunnlaget for innholdet i dette kapittelet hentes fra konseptfasens aktiviteter;",
				"Hvilke konsepter er relevante?",
				"Hvilket konsept anbefales, og hvorfor?]",
			},
			nn: []string{
				"[Grunnlaget for innhaldet i dette kapittelet kan de hente frå følgjande konseptfase-aktivitetar:",
				"Kva konsept er relevante?",
				"Kva konsept blir tilrådd og kvifor?]",
			},
		},
	},
	{
		number: "2.1", level: 2,
		title: phase.Text{NB: "Nullalternativet", NN: "Nullalternativet", EN: "The null alternative"},
		key:   "concepts.nullAlternative",
		guidance: sectionGuidance{
			nb: []string{
				"[Nullalternativet brukes som sammenlikningsgrunnlag når virkningene av de alternative konseptene skal vurderes. Angi hvilke konsekvenser dette vil ha, og hvorfor nullalternativet ikke er ønskelig.]",
			},
			nn: []string{
				"[Nullalternativet blir brukt som samanlikningsgrunnlag når verknadene av dei alternative konsepta skal vurderast. Oppgje kva konsekvensar dette vil ha, og kvifor nullalternativet ikkje er ønskeleg.]",
			},
		},
	},
	{
		number: "2.2", level: 2,
		title: phase.Text{NB: "Alternative, forkastede konsepter", NN: "Alternative, forkasta konsept", EN: "Alternative, rejected concepts"},
		key:   "concepts.rejected",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv kort de alternative konseptene som har blitt vurdert, men ikke anbefales. Angi hovedårsakene til at disse ikke ble valgt. For eksempel kost/nytte, gevinstpotensial, prinsipielle spørsmål, usikkerhet, informasjonssikkerhet og personvern, etc.]",
			},
			nn: []string{
				"[Beskriv kort dei alternative konsepta som er vurderte, men ikkje tilrådde. Oppgje hovudårsakene til at desse ikkje vart valde, for eksempel kostnad-nyttevurderingar, gevinstpotensial, prinsipielle spørsmål, usikkerheit, informasjonssikkerheit, personvern m.m.]",
			},
		},
	},
	{
		number: "2.3", level: 2,
		title: phase.Text{NB: "Anbefalt konsept", NN: "Tilrådd konsept", EN: "Recommended concept"},
		key:   "concepts.recommended",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv det anbefalte konseptet mer grundig.",
				"Hvilken prosjekt-tilnærming ligger til grunn for konseptet?",
				"Hvilke endringsbehov vil prosjektet ivareta?",
				"Hvilke arbeidsprosesser vil bli berørt av prosjektet?",
				"Hvor varige blir virkningene og hvem blir berørt?",
				"Spesielle utfordringer som fortsatt vil være uløst?]",
			},
			nn: []string{
				"[Beskriv det tilrådde konseptet grundigare.",
				"Kva prosjekt-tilnærming ligg til grunn for konseptet?",
				"Kva endringsbehov vil prosjektet dekke?",
				"Kva arbeidsprosessar vil prosjektet ha innverknad på?",
				"Kor varige blir verknadene og kven vil merke endringane?",
				"Spesielle utfordringar som framleis vil vere uløyste?]",
			},
		},
	},
	{
		number: "2.4", level: 2,
		title: phase.Text{NB: "Begrunnelse for det foreslåtte konseptvalget", NN: "Grunngjeving for det føreslegne konseptvalet", EN: "Reasons for the proposed choice of concept"},
		key:   "concepts.justification",
		guidance: sectionGuidance{
			nb: []string{
				"[Angi vurderingene som gjorde at det valgte konseptet ble foretrukket.]",
			},
			nn: []string{
				"[Oppgje vurderingane som gjorde at det aktuelle konseptet vart valt.]",
			},
		},
	},
	{
		number: "3", level: 1,
		title: phase.Text{NB: "Prosjektets hovedprodukter", NN: "Hovudprodukta i prosjektet", EN: "The project's main products"},
		key:   "products",
		guidance: sectionGuidance{
			nb: []string{
				"[Grunnlaget for innholdet i dette kapittelet hentes fra konseptfasens aktiviteter",
				"Hvilke konsepter er relevante?",
				"Hvilket konsept anbefales, og hvorfor?",
				"Beskriv kort hvilke hovedelementer som skal leveres av prosjektet. Produktene kan for eksempel være organisatoriske (beskrivelse av endret arbeidsprosess, ny organisasjonsstruktur) eller tekniske (nytt elektronisk saksbehandlingssystem, e-lærings-plattform)]",
			},
			nn: []string{
				"[Grunnlaget for innhaldet i dette kapittelet kan de hente frå følgjande konseptfase-aktivitetar:",
				"Kva konsept er relevante?",
				"Kva konsept blir tilrådd og kvifor?",
				"Beskriv kort kva hovudelement som skal leverast av prosjektet. Produkta kan for eksempel vere organisatoriske (beskriv endra arbeidsprosess, ny organisasjonsstruktur) eller tekniske (nytt elektronisk saksbehandlingssystem, e-lærings-plattform)]",
			},
		},
	},
	{
		number: "4", level: 1,
		title: phase.Text{NB: "Interessenter", NN: "Interessentar", EN: "Stakeholders"},
		key:   "stakeholders",
		guidance: sectionGuidance{
			nb: []string{
				"[Hvem er de viktigste interne og eksterne interessentene i prosjektet?",
				"Hvem vil kunne påvirke prosjektet, og på hvilken måte?",
				"Hvem vil kunne bli påvirket av prosjektet eller prosjektets resultater, og på hvilken måte?]",
			},
			nn: []string{
				"[Kven er dei viktigaste interne og eksterne interessentane i prosjektet?",
				"Kven vil kunne påverke prosjektet og på kva måte?",
				"Kven vil kunne bli påverka av prosjektet eller resultata av prosjektet, og på kva måte?]",
			},
		},
	},
	{
		number: "5", level: 1,
		title: phase.Text{NB: "Rammebetingelser", NN: "Rammevilkår", EN: "Constraints"},
		key:   "constraints.intro",
		guidance: sectionGuidance{
			nb: []string{
				"[Grunnlaget for innholdet i dette kapittelet hentes fra konseptfasens aktiviteter;",
				"Hvilke konsepter er relevante?",
				"Hvilke prinsipielle spørsmål reiser konseptene?]",
			},
			nn: []string{
				"[Grunnlaget for innhaldet i dette kapittelet kan de hente frå følgjande konseptfase-aktivitetar:",
				"Kva konsept er relevante?",
				"Kva prinsipielle spørsmål reiser konsepta?]",
			},
		},
	},
	{
		number: "5.1", level: 2,
		title: phase.Text{NB: "Føringer for prosjektet", NN: "Føringar for prosjektet", EN: "Guidelines for the project"},
		key:   "constraints.guidelines",
		guidance: sectionGuidance{
			nb: []string{
				"[Oppsummer de føringene for prosjektet som er identifisert gjennom arbeidet i konseptfasen. For eksempel",
				"Relevante IT-politiske føringer og hvordan disse skal ivaretas.",
				"Føringer fra egen virksomhet, for eksempel kostnadsramme, gjennomføringstid, etc)]",
			},
			nn: []string{
				"[Oppsummer dei føringane for prosjektet som er identifiserte gjennom arbeidet i konseptfasen. For eksempel",
				"relevante IT-politiske føringar og korleis desse skal varetakast",
				"føringar frå eiga verksemd, for eksempel kostnadsramme, gjennomføringstid osb.)]",
			},
		},
	},
	{
		number: "5.2", level: 2,
		title: phase.Text{NB: "Prosjektets avgrensninger", NN: "Avgrensingar i prosjektet", EN: "The project's boundaries"},
		key:   "constraints.boundaries",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv kort prosjektets avgrensninger (hva skal prosjektet ikke ha ansvar for eller levere?)]",
			},
			nn: []string{
				"[Beskriv kort avgrensingane i prosjektet (kva skal prosjektet ikkje ha ansvar for eller ikkje levere?)]",
			},
		},
	},
	{
		number: "5.3", level: 2,
		title: phase.Text{NB: "Rettslige reguleringer", NN: "Rettslege reguleringar", EN: "Legal regulation"},
		key:   "constraints.regulations",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv eventuelle rettslige reguleringer gjennom lover og forskrifter som kan ha konsekvenser for prosjektet, og som må avklares og ivaretas gjennom prosjektets planlegging, for eksempel:",
				"Generelle juridiske rammer, som for eksempel personopplysningsloven, offentlighetsloven, forvaltningsloven, arkivloven, sikkerhetsloven, arbeidsmiljøloven, etc.",
				"Spesifikke reguleringer som vil påvirke prosjektet, som for eksempel regelverket for offentlige anskaffelser og diverse rettslige reguleringer gjennom særlover og forskrifter.]",
			},
			nn: []string{
				"[Beskriv eventuelle rettslege reguleringar gjennom lover og forskrifter som kan ha konsekvensar for prosjektet, og som må avklarast og sikrast gjennom planlegginga av prosjektet. Eksempel på dette kan vere",
				"generelle juridiske rammer, som for eksempel personopplysningslova, offentleglova, forvaltningslova, arkivlova og arbeidsmiljølova",
				"spesifikke reguleringar som vil påverke prosjektet, som for eksempel regelverket for offentlege anskaffingar og diverse rettslege reguleringar gjennom særlover og forskrifter]",
			},
		},
	},
	{
		number: "5.4", level: 2,
		title: phase.Text{NB: "Prinsipielle spørsmål", NN: "Prinsipielle spørsmål", EN: "Questions of principle"},
		key:   "constraints.principles",
		guidance: sectionGuidance{
			nb: []string{
				"[Dersom den tilsvarende konseptfaseaktiviteten",
				"Hvilke prinsipielle spørsmål reiser konseptene?",
				"har avdekket noe som innebærer absolutte begrensninger i det konseptet som dere foreslår, beskriver dere dette her.]",
			},
			nn: []string{
				"[Dersom den tilsvarande konseptfaseaktiviteten",
				"Kva prinsipielle spørsmål reiser konsepta?",
				"har avdekka noko som inneber absolutte avgrensingar i det konseptet de foreslår, beskriv de dette her.]",
			},
		},
	},
	{
		number: "6", level: 1,
		title: phase.Text{NB: "Prosjektets forventede gevinster", NN: "Forventa gevinstar av prosjektet", EN: "The project's expected benefits"},
		key:   "benefitsIntro",
		guidance: sectionGuidance{
			nb: []string{
				"[Grunnlaget for innholdet i dette kapittelet hentes fra konseptfasens aktiviteter",
				"Hva er de positive og negative virkningene?",
				"Hvilket konsept anbefales, og hvorfor?]",
			},
			nn: []string{
				"[Grunnlaget for innhaldet i dette kapittelet kan de hente frå følgjande konseptfase-aktivitetar:",
				"Kva er dei positive og negative verknadane?",
				"Kva konsept blir tilrådd og kvifor?]",
			},
		},
	},
	{
		number: "6.1", level: 2,
		title: phase.Text{NB: "Gevinstoversikt", NN: "Gevinstoversikt", EN: "Overview of the benefits"},
		key:   "benefits",
		guidance: sectionGuidance{
			nb: []string{
				"[Sett opp en oversikt over de forventede gevinstene. (Dette representerer en enkel variant av det som i andre sammenhenger ofte kalles «Gevinstplan».) Husk samsvar med nytte/kost-vurderingen og investeringsanalysen i hhv kapittel 5 og 6 i prosjektbegrunnelsen.]",
			},
			nn: []string{
				"[Sett opp ei oversikt over dei forventa gevinstane. (Dette representerer ein enkel variant av det som i andre samanhengar ofte blir kalla «Gevinstplan».) Hugs samsvar med /kostnad-nyttevurderinga og investeringsanalysen i respektive kapittel 5 og 6 i prosjektgrunngjevinga.]",
			},
		},
	},
	{
		number: "6.2", level: 2,
		title: phase.Text{NB: "Gevinstkart", NN: "Gevinstkart", EN: "Benefit map"},
		key:   "benefitMap",
		guidance: sectionGuidance{
			nb: []string{
				"[Realiseringen av en gevinst er ofte avhengig av at flere endringer eller effekter er realisert i forkant. Gevinstkartet er en nyttig visuell fremstilling av forutsetningene for at (slutt-)gevinstene i kolonne 5 nedenfor skal kunne realiseres, og hvordan disse gevinstene skal bidra til å realisere virksomhetens (del)mål i kolonne 6 nedenfor. Ta utgangspunkt i gevinstoversikten ovenfor. Her i konseptfasen lages en foreløpig versjon av gevinstkartet. I planleggingsfasens gevinstrealiseringsplan vil gevinstkartet ofte bli oppdatert i henhold til ny og dypere forståelse av gevinstbildet.",
				"Eksempel på gevinstkart:]",
			},
			nn: []string{
				"[Realiseringa av ein gevinst er ofte avhengig av at fleire endringar eller effektar er realiserte i forkant. Gevinstkartet er ei nyttig visuell framstilling av føresetnadane for at (slutt-)gevinstane i kolonne 5 nedanfor skal kunne realiserast, og korleis desse gevinstane skal bidra til å realisere (del)mål i verksemda, jf. kolonne 6 nedanfor. Ta utgangspunkt i gevinstoversikta ovanfor. Her i konseptfasen lagar de ein førebels versjon av gevinstkartet. I den gevinstrealiseringsplanen de lagar i planleggingsfasen, vil gevinstkartet ofte bli oppdatert i tråd med ny og djupare forståing av gevinstbiletet.",
				"Eksempel på gevinstkart:]",
			},
		},
	},
	{
		number: "7", level: 1,
		title: phase.Text{NB: "Overordnet organisering", NN: "Overordna organisering", EN: "Overall organisation"},
		key:   "organisation",
		guidance: sectionGuidance{
			nb: []string{
				"[Grunnlaget for innholdet i dette kapittelet hentes fra konseptfasens aktivitet",
				"Hva er forutsetningene for en vellykket gjennomføring?",
				"Angi hvem som er prosjekteier/organisatorisk forankring for prosjektet, og hvilke forutsetninger prosjekteier velges ut fra. Angi forventet størrelse, organisering og sammensetning av prosjektgruppen. Beskriv de viktigste rollene med tilhørende ansvar.]",
			},
			nn: []string{
				"[Grunnlaget for innhaldet i dette kapittelet kan de hente frå følgjande konseptfase-aktivitet:",
				"Kva er føresetnadane for ei vellukka gjennomføring?",
				"Oppgje kven som er prosjekteigar/organisatorisk forankring for prosjektet, og kva føresetnader som ligg til grunn for val av prosjekteigar. Oppgje forventa storleik, organisering og samansetnad av prosjektgruppa. Beskriv dei viktigaste rollene med tilhøyrande ansvar.]",
			},
		},
	},
	{
		number: "8", level: 1,
		title: phase.Text{NB: "Prosjektets avhengigheter og forutsetninger", NN: "Bindingar og føresetnader i prosjektet", EN: "The project's dependencies and assumptions"},
		key:   "dependencies.intro",
		guidance: sectionGuidance{
			nb: []string{
				"[Grunnlaget for innholdet i dette kapittelet hentes fra konseptfasens aktivitet",
				"Hva er forutsetningene for en vellykket gjennomføring?]",
			},
			nn: []string{
				"[Grunnlaget for innhaldet i dette kapittelet kan de hente frå følgjande konseptfase-aktivitet:",
				"Kva er føresetnadane for ei vellukka gjennomføring?]",
			},
		},
	},
	{
		number: "8.1", level: 2,
		title: phase.Text{NB: "Avhengigheter", NN: "Bindingar", EN: "Dependencies"},
		key:   "dependencies.known",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv kort interne og eksterne avhengigheter prosjektet har (for eksempel til andre prosjekter, interne og eksterne leveranser, tilgang til data, innkjøp, felleskomponenter mv. Dette er kjente avhengigheter (ikke usikkerheter) som prosjektet må ivareta/bygge inn ifm den videre planleggingen av prosjektet.]",
			},
			nn: []string{
				"[Beskriv kort interne og eksterne bindingar prosjektet har (for eksempel til andre prosjekt, interne og eksterne leveransar, tilgang til data, innkjøp, felleskomponentar osv. Dette er kjende bindingar (ikkje usikre) som prosjektet må byggje inn i den vidare planlegginga av prosjektet.]",
			},
		},
	},
	{
		number: "8.2", level: 2,
		title: phase.Text{NB: "Forutsetninger for en vellykket gjennomføring", NN: "Føresetnader for ei vellukka gjennomføring", EN: "Prerequisites for a successful execution"},
		key:   "dependencies.prerequisites",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv kort hvilke forutsetninger som vil bli viktige for at prosjektet skal lykkes. Dette kan blant annet være forhold knyttet til prosjektgjennomføringen, som for eksempel",
				"styring, organisering og ansvarsforhold",
				"tilgang til ressurser/kompetanse",
				"informasjonsflyt",
				"tekniske løsninger",
				"De fleste prosjekter vil ha noen sentrale forutsetninger for at mottakerne skal kunne ta i bruk prosjektets leveranser på en god måte, og dermed realisere gevinstene. Dette kan for eksempel være",
				"informasjon til dem som berøres av et nytt regelverk eller en ny offentlig tjeneste",
				"omorganiseringer/organisasjonsendringer",
				"samordning av IKT-systemer eller kompetansetiltak.]",
			},
			nn: []string{
				"[Beskriv kort kva føresetnader som vil bli viktige for at prosjektet skal lukkast. Dette kan mellom anna vere forhold knytt til prosjektgjennomføringa, som for eksempel",
				"styring, organisering og ansvarsforhold",
				"tilgang til ressursar/kompetanse",
				"informasjonsflyt",
				"tekniske løysingar",
				"Dei fleste prosjekta vil ha nokre sentrale føresetnader for at mottakarane skal kunne ta i bruk leveransane i prosjektet på ein god måte, og dermed realisere gevinstane. Dette kan for eksempel vere",
				"informasjon til aktuelle mottakarar om nytt regelverk eller ei ny offentleg teneste",
				"omorganisering/organisasjonsendringar",
				"samordning av IKT-system eller kompetansetiltak.]",
			},
		},
	},
	{
		number: "9", level: 1,
		title: phase.Text{NB: "Skisse til overordnet prosjektplan", NN: "Skisse til overordna prosjektplan", EN: "Outline of the overall project plan"},
		key:   "planSketch.intro",
		guidance: sectionGuidance{
			nb: []string{
				"[Merk at dette er",
				"bare en første skisse til en prosjektplan, som skal videreutvikles og forfines i planleggingsfasen",
				"en overordnet skisse av hva som skal leveres i hver fase/delfase",
				"ikke en aktivitetsplan for arbeidet som skal gjøres i hver fase. Dette blir en del av de faseplanene for neste fase som utarbeides mot slutten av den foregående fasen.]",
			},
			nn: []string{
				"[Merk at dette er",
				"berre ei første skisse til ein prosjektplan, som skal vidareutviklast og forfinast i planleggingsfasen",
				"ei overordna skisse av kva som skal leverast i kvar fase/delfase",
				"ikkje en aktivitetsplan for arbeidet som skal gjerast i kvar fase. Dette blir ein del av dei faseplanane for neste fase som blir utarbeidde mot slutten av den føregåande fasen.]",
			},
		},
	},
	{
		number: "9.1", level: 2,
		title: phase.Text{NB: "Hovedleveranser i gjennomføringens delfaser", NN: "Hovudleveransar i delfasane i gjennomføringa av prosjektet", EN: "Main deliverables of the execution's sub-phases"},
		key:   "planSketch.subPhases",
		guidance: sectionGuidance{
			nb: []string{
				"[Ta utgangspunkt i kapittel 3. Prosjektets hovedprodukter.]",
			},
			nn: []string{
				"[Ta utgangspunkt i kapittel 3. Hovudprodukta i prosjektet.]",
			},
		},
	},
	{
		number: "9.2", level: 2,
		title: phase.Text{NB: "Prosjektets kostnader", NN: "Kostnader i prosjektet", EN: "The project's costs"},
		key:   "planSketch.costs",
		guidance: sectionGuidance{
			nb: []string{
				"[Anslå prosjektets kostnader, fordelt på prosjektets planleggingsfase og gjennomføringsfaser iht tabellen ovenfor, samt avslutningsfasen.]",
			},
			nn: []string{
				"[Anslag over kostnadene i prosjektet, fordelt på planleggingsfasen og gjennomføringsfasar i samsvar med tabellen over, i tillegg til avslutningsfasen.]",
			},
		},
	},
	{
		number: "9.3", level: 2,
		title: phase.Text{NB: "Strategi for gjennomføring", NN: "Strategi for gjennomføring", EN: "Strategy for the execution"},
		key:   "planSketch.strategy",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv hovedtrekkene i hvordan prosjektet er tenkt gjennomført, for eksempel i form av:]",
				"[Hvilke anskaffelser det antagelig vil være behov for i prosjektet og hvordan disse anskaffelsene er tenkt gjennomført.]",
				"[Hvilken utviklingsmetodikk skal benyttes i gjennomføringens delfaser? Smidig? Fossefall?]",
				"[Hvordan skal prosjektets resultater innføres og tas i bruk i linjen?]",
			},
			nn: []string{
				"[Beskriv hovudtrekka i korleis prosjektet er tenkt gjennomført, for eksempel i form av …]",
				"[Kva anskaffingar det truleg vil vere behov for i prosjektet og korleis desse anskaffingane er tenkt gjennomført.]",
				"[Kva utviklingsmetodikk skal brukast i dei ulike delfasane i gjennomføringa av prosjektet? Smidig? Fossefall?]",
				"[Korleis skal de innføre og ta i bruk resultata av prosjektet i linja?]",
			},
		},
	},
	{
		number: "9.4", level: 2,
		title: phase.Text{NB: "Vurdering av prosjektets usikkerheter", NN: "Vurdering av usikkerheit i prosjektet", EN: "Assessment of the project's uncertainties"},
		key:   "planSketch.risks",
		guidance: sectionGuidance{
			nb: []string{
				"[Ref. konseptfasens aktivitet",
				"Hva er forutsetningene for en vellykket gjennomføring?",
				"Beskriv prosjektets viktigste trusler og muligheter. Dette er mulige hendelser som ikke er tatt høyde for i den foreliggende prosjektplanen, og som kanskje kan inntreffe eller kanskje ikke vil inntreffe. Usikkerhetsvurderingene vil endre seg fortløpende gjennom prosjektet. Prosjektleder vil være ansvarlig for videre kontinuerlig identifikasjon og rapportering av usikkerhet.]",
			},
			nn: []string{
				"[Innhaldet i dette kapittelet kan de hente frå følgjande konseptfase-aktivitet:",
				"Kva er føresetnadane for ei vellukka gjennomføring?",
				"Beskriv dei viktigaste truslane og moglegheitene i prosjektet. Dette er moglege hendingar som det ikkje er teke høgde for i den eksisterande prosjektplanen, og som kanskje kan skje eller kanskje ikkje vil skje Vurderingane av usikkerheit vil endre seg gjennom prosjektet. Prosjektleiaren er ansvarleg for kontinuerleg identifikasjon og rapportering av usikkerheit.]",
			},
		},
	},
	{
		number: "9.5", level: 2,
		title: phase.Text{NB: "Relevant informasjon og erfaringer fra tidligere prosjekter", NN: "Relevant informasjon og erfaringar frå tidligare prosjekt", EN: "Relevant information and experience from earlier projects"},
		key:   "planSketch.experience",
		guidance: sectionGuidance{
			nb: []string{
				"[Angi informasjon og erfaringer som kan være nyttig for den videre prosjektplanleggingen.]",
			},
			nn: []string{
				"[Oppgje informasjon og erfaringar som kan vere nyttige for den vidare prosjektplanlegginga.]",
			},
		},
	},
	{
		number: "10", level: 1,
		title:        phase.Text{NB: "Veiledning - Prosjektforslag", NN: "Rettleiing - Prosjektforslag", EN: "Guidance - Project proposal"},
		instructions: true,
	},
}

// businessCaseV4 is Digdir's «Prosjektbegrunnelse» (nynorsk
// «Prosjektgrunngjeving»), versjon 4.0: Prosjektbegrunnelse_v4.0.docx and
// Nynorsk_-_prosjektgrunngjeving_v4.0.docx.
var businessCaseV4 = []section{
	{
		number: "1", level: 1,
		title: phase.Text{NB: "Oppsummering", NN: "Oppsummering", EN: "Summary"},
		key:   "summary",
		guidance: sectionGuidance{
			nb: []string{
				"[Denne prosjektbegrunnelsen er knyttet opp mot det konseptet som konseptfasen foreslår å gå videre med. Beskriv kort de vesentligste punktene i dokumentet, for eksempel prosjektets formål og de viktigste gevinstene sett i forhold til antatte kostnader.]",
			},
			nn: []string{
				"[Denne prosjektgrunngjevinga er knytt opp mot det konseptet som konseptfasen føreslår å gå vidare med. Beskriv kort dei mest vesentlege punkta i dokumentet, for eksempel føremålet med prosjektet og dei viktigaste gevinstane sett i forhold til anslag over kostnader.]",
			},
		},
	},
	{
		number: "2", level: 1,
		title: phase.Text{NB: "Bakgrunn for prosjektet", NN: "Bakgrunn for prosjektet", EN: "Background of the project"},
		key:   "reasons",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv kort bakgrunnen for prosjektet. Ta gjerne utgangspunkt i tilsvarende beskrivelse i kapittel 1 i «Mandat for konseptfasen», og oppdater og kompletter dette.",
				"Hvilke behov eller uløste problemer er det dette prosjektet skal løse?",
				"Hvilke brukergrupper/interessenter har vært involvert i å klarlegge disse behovene?",
				"Referanse til aktuelt punkt i tildelingsbrev, tilsvarende oppdragsbestilling eller annen bakgrunn for prosjektet?",
				"Tidligere arbeid som har betydning for prosjektets gjennomføring (Stortingsmeldinger, handlingsplan?]",
			},
			nn: []string{
				"[Beskriv bakgrunnen for prosjektet. Ta gjerne utgangspunkt i tilsvarande beskriving i kapittel 1 i «Mandat for konseptfasen», og oppdater og kompletter dette.",
				"Kva behov eller uløyste problem er det dette prosjektet skal løyse?",
				"Kva brukargrupper/interessentar har vore involverte i å klarlegge desse behova?",
				"Referanse til aktuelt punkt i tildelingsbrev, tilsvarande oppdragsbestilling eller anna bakgrunn for prosjektet?",
				"Tidlegare arbeid som har betydning for gjennomføring av prosjektet (Stortingsmeldingar, handlingsplan?]",
			},
		},
	},
	{
		number: "3", level: 1,
		title: phase.Text{NB: "Prosjektets hensikt", NN: "Føremålet med prosjektet", EN: "The project's purpose"},
		key:   "purpose.intro",
		guidance: sectionGuidance{
			nb: []string{
				"[I dette kapittelet beskrives hvilket endringsbehov som er lagt til grunn for å iverksette dette prosjektet. Grunnlaget for innholdet i dette kapittelet hentes fra konseptfasens aktivitet",
				"Hva er problemet, og hva vil vi oppnå?",
				"Er dette kapittelet i tråd med det som ble angitt i kapittel 2 «Hensikt med et eventuelt prosjekt» i mandatet for konseptfasen? Hva er eventuelt endret, og hvorfor?]",
			},
			nn: []string{
				"[I dette kapittelet beskriv de kva endringsbehov som er lagt til grunn for å setje i verk dette prosjektet. Hent grunnlaget for innhaldet i dette kapittelet frå denne konseptfase-aktiviteten:",
				"Kva er problemet, og kva vil vi oppnå?",
				"Er dette kapittelet i tråd med det som vart oppgjeve i kapittel 2 (Føremålet med eit eventuelt prosjekt) i mandatet for konseptfasen? Kva er eventuelt endra og kvifor?]",
			},
		},
	},
	{
		number: "3.1", level: 2,
		title: phase.Text{NB: "Nåværende situasjon", NN: "Noverande situasjon", EN: "The present situation"},
		key:   "purpose.current",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv nåværende situasjon og hvilke utfordringer og tilhørende arbeidsprosesser som prosjektet er rettet mot.]",
			},
			nn: []string{
				"[Beskriv noverande situasjon og kva utfordringar og tilhøyrande arbeidsprosessar som prosjektet er retta mot.]",
			},
		},
	},
	{
		number: "3.2", level: 2,
		title: phase.Text{NB: "Ønsket fremtidig situasjon", NN: "Ønskt framtidig situasjon", EN: "The desired future situation"},
		key:   "purpose.desired",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv den nye situasjonen etter at den ønskede endringen har funnet sted, og som utgjør begrunnelsen for hvorfor prosjektet bør iverksettes. Angi også hvilke brukergrupper/interessenter som har vært involvert i å beskrive denne situasjonen.]",
			},
			nn: []string{
				"[Beskriv den nye situasjonen etter at den ønska endringen har skjedd, og som er grunngjevinga for kvifor prosjektet bør setjast i verk. Skriv også kva brukargrupper/interessentar som har vore involverte i å beskrive denne situasjonen.]",
			},
		},
	},
	{
		number: "3.3", level: 2,
		title: phase.Text{NB: "Situasjonen hvis ikke prosjektet gjennomføres", NN: "Situasjonen dersom prosjektet ikkje blir gjennomført", EN: "The situation if the project is not carried out"},
		key:   "purpose.withoutProject",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv hva som vil være situasjonen hvis det ikke iverksettes noe prosjekt, herunder eventuelle tiltak og ekstra kostnader som vil være nødvendig for å videreføre dagens situasjon på en forsvarlig måte.]",
			},
			nn: []string{
				"[Beskriv kva som vil vere situasjonen dersom det ikkje blir sett i verk noko prosjekt, medrekna eventuelle tiltak og ekstra kostnader som vil vere nødvendig for å vidareføre dagens situasjon på ein forsvarleg måte.]",
			},
		},
	},
	{
		number: "3.4", level: 2,
		title: phase.Text{NB: "Hvilken effekt skal prosjektet ha på organisasjonen?", NN: "Kva verknad skal prosjektet ha på organisasjonen?", EN: "What effect is the project to have on the organisation?"},
		key:   "purpose.effect",
		guidance: sectionGuidance{
			nb: []string{
				"[Dette punktet må knyttes opp mot det anbefalte konseptet (som skal beskrives i prosjektforslagets kapittel 2.3). Beskriv hvordan prosjekts produkter/leveranser vil skape større effektivitet, høyere kvalitet, eller andre former for forbedringer i organisasjonen.]",
			},
			nn: []string{
				"[Dette punktet må knytast opp mot det tilrådde konseptet (som skal beskrivast i prosjektforslaget, kapittel 2.3). Beskriv korleis produkta/leveransane i prosjektet vil skape større effektivitet, høgare kvalitet eller andre former for forbetringar i organisasjonen.]",
			},
		},
	},
	{
		number: "3.5", level: 2,
		title: phase.Text{NB: "Hva er de viktigste behovene som prosjektet må rettes mot?", NN: "Kva er dei viktigaste behova prosjektet må rettast mot?", EN: "What are the most important needs the project must address?"},
		key:   "purpose.needs",
		guidance: sectionGuidance{
			nb: []string{
				"[Hva er de viktigste tingene som prosjektet må ta fatt i for å skape de ønskede endringene? Beskriv de ulike interessentenes behov.]",
			},
			nn: []string{
				"[Kva er det viktigaste prosjektet må ta fatt i for å skape dei ønskte endringane? Beskriv behova til dei ulike interessentane.]",
			},
		},
	},
	{
		number: "3.6", level: 2,
		title: phase.Text{NB: "Strategisk forankring", NN: "3.6 Strategisk forankring", EN: "Strategic alignment"},
		key:   "purpose.alignment",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv prosjektets sammenheng med virksomhetens mål og strategier. I neste omgang vil dette være nyttig for å kunne knytte prosjektets gevinster opp mot virksomhetens strategiske (del)mål slik som beskrevet på Prosjektveiviserens sider om bruk av nyttepoeng.",
				"Henvis også gjerne til spesifikke punkter i handlingsplan, evt. tildelingsbrev og stortingsmeldinger, og hvordan prosjektet vil støtte opp om disse.]",
			},
			nn: []string{
				"[Beskriv samanhengen mellom prosjektet og verksemda sine mål og strategiar. Vis også gjerne til spesifikke punkt i, handlingsplan, ev. tildelingsbrev og stortingsmeldingar, og korleis prosjektet vil støtte opp om desse.]",
			},
		},
	},
	{
		number: "4", level: 1,
		title: phase.Text{NB: "Mulige ulemper", NN: "Moglege ulemper", EN: "Possible disadvantages"},
		key:   "disbenefits",
		guidance: sectionGuidance{
			nb: []string{
				"[Grunnlaget for innholdet i dette kapittelet hentes fra konseptfasens aktivitet",
				"Hva er de positive og negative virkningene?",
				"Beskriv effekter eller konsekvenser av prosjektets gjennomføring eller resultater som vil kunne slå negativt ut for en eller flere interessenter.]",
			},
			nn: []string{
				"[Grunnlaget for innhaldet i dette kapittelet kan de hente frå denne konseptfase-aktiviteten:",
				"Kva er dei positive og negative verknadene?",
				"Beskriv effektar eller konsekvensar av gjennomføring av prosjektet eller resultat som vil kunne slå negativt ut for ein eller fleire interessentar.]",
			},
		},
	},
	{
		number: "5", level: 1,
		title: phase.Text{NB: "Nytte/kost-vurderinger", NN: "Nytte-kostnadsvurderingar", EN: "Cost-benefit assessments"},
		key:   "appraisal",
		guidance: sectionGuidance{
			nb: []string{
				"[Grunnlaget for innholdet i dette kapittelet hentes fra konseptfasens aktivitet",
				"Hva er de positive og negative virkningene?",
				"Her sammenlignes de samlede forventede gevinstene opp mot prosjektkostnadene og løpende drifts- og vedlikeholdskostnader. Sørg for at tallene i tabellen nedenfor er i samsvar med gevinster og kostnader beskrevet i prosjektforslaget, eventuelt styringsdokumentet/gevinstrealiseringsplanen.]",
				"[For dokumentets første versjon i konseptfasen:]",
				"[For den oppdaterte versjonen i planleggingsfasen og i videre faser:]",
				"[Oppsummer prosjektets samlede nytte (gevinster) og kostnader over en 10 års periode fra prosjektstart. Bruk nåverdier.",
				"«Mest sannsynlig verdi» vil si det estimatet dere tror mest på. Angi også usikkerheten i estimatene med mest optimistiske verdier og mest pessimistiske verdier. Fastsett utfra dette usikkerhetsjusterte verdier, det vil si de verdiene som gir et akseptabelt usikkerhetsnivå, gjerne ved å beregne en vektet middelverdi = (MO +(3*MS) +MP) /5.",
				"Det finnes en excel-mal i Prosjektveiviseren til hjelp for å fylle ut og vedlikeholde denne tabellen.]",
				"[Angi de viktigste forutsetningene dere har lagt til grunn for informasjonen i tabellen ovenfor. Henvis gjerne til separate mer detaljerte kostnads- og gevinstberegninger og usikkerhetsanalyser.]",
			},
			nn: []string{
				"[Grunnlaget for innhaldet i dette kapittelet kan de hente frå denne konseptfase-aktiviteten:",
				"Kva er dei positive og negative verknadene?",
				"Her samanliknar ein dei samla forventa gevinstane opp mot prosjektkostnadene og jamlege drifts- og vedlikehaldskostnader. Sørg for at tala i tabellen nedanfor er i samsvar med gevinstar og kostnader som er beskrivne i prosjektforslaget, eventuelt styringsdokumentet/gevinstrealiseringsplanen.]",
				"[For første versjon av dokumentet i konseptfasen:]",
				"[For den oppdaterte versjonen av dokumentet i planleggingsfasen og i vidare fasar:]",
				"[Oppsummer samla nytte (gevinstar) og kostnader i prosjektet over ein 10-årsperiode frå prosjektstart. Bruk noverdiar.",
				"«Mest sannsynleg verdi» vil seie det estimatet de trur mest på. Oppgje også usikkerheita i estimata med mest optimistiske verdiar og mest pessimistiske verdiar. Fastset ut frå dette dei usikkerheitsjusterte verdiane, det vil seie dei verdiane som gjev eit akseptabelt usikkerheitsnivå, gjerne ved å rekne ut ein vekta middelverdi = (MO +(3*MS) + MP) /5.",
				"Det finst ein excel-mal i Prosjektvegvisaren til hjelp for å fylle ut og vedlikehalde denne tabellen.",
				"[Skriv dei viktigaste føresetnadane de har lagt til grunn for informasjonen i tabellen ovanfor. Vis gjerne til separate og meir detaljerte kostnads- og gevinstutrekningar og usikkerheitsanalysar.]",
			},
		},
	},
	{
		number: "6", level: 1,
		title: phase.Text{NB: "Investeringsanalyse", NN: "Investeringsanalyse", EN: "Investment analysis"},
		key:   "investment",
		guidance: sectionGuidance{
			nb: []string{
				"[Her belyses verdien av et prosjekt som en investering. Sammenlign de samlede forventede gevinstene (og eventuelle ulemper) opp mot prosjektkostnadene og løpende drifts- og forvaltningskostnader sett over den perioden gevinstene i hovedsak antas å fremkomme. Bruk gjerne teknikker som kontantstrøm-oppstilling, ROI (return on investment), netto nåverdi, internrente, tilbakebetalingsperiode. Bruk usikkerhetsjusterte tall fra tabellen ovenfor. Det finnes en excel-mal i Prosjektveiviseren til hjelp for å fylle ut og vedlikeholde denne tabellen.]",
			},
			nn: []string{
				"[Her ser ein på verdien av eit prosjekt som ei investering. Samanlikn dei samla forventa gevinstane (og eventuelle ulemper) opp mot prosjektkostnadene og jamlege drifts- og forvaltningskostnader sett over den perioden ein reknar med å få gevinstane. Bruk gjerne teknikkar som kontantstraum-oppstilling, ROI (return on investment), netto noverdi,  internrente, tilbakebetalingsperiode. Bruk usikkerheitsjusterte tal frå tabellen over.]",
			},
		},
	},
	{
		number: "7", level: 1,
		title: phase.Text{NB: "Finansiering", NN: "Finansiering", EN: "Funding"},
		key:   "funding",
		guidance: sectionGuidance{
			nb: []string{
				"[Angi finansiering av prosjektet (kapittel/post).",
				"Angi om det er øremerket midler til prosjektet i tildelingsbrev eller i andre dokumenter.]",
				"[Eventuelt:",
				"Samfunnsøkonomisk analyse]",
			},
			nn: []string{
				"[Oppgi finansiering av prosjektet (kapittel/post).",
				"Oppgi om det er øyremerka midlar til prosjektet i tildelingsbrev eller i andre dokument.]",
				"[Eventuelt:",
				"Samfunnsøkonomisk analyse]",
			},
		},
	},
	{
		number: "8", level: 1,
		title:        phase.Text{NB: "Veiledning - Prosjektbegrunnelse", NN: "Rettleiing - Prosjektgrunngjeving", EN: "Guidance - Business case"},
		instructions: true,
	},
}

// governingV4 is Digdir's «Styringsdokument», versjon 4.0:
// Styringsdokument_v4.0.docx and Nynorsk_-_styringsdokument_v4.0.docx.
var governingV4 = []section{
	{
		number: "1", level: 1,
		title: phase.Text{NB: "Bakgrunn og begrunnelse for prosjektet", NN: "Bakgrunn og grunngjeving for prosjektet", EN: "Background and justification of the project"},
		key:   "background",
	},
	{
		number: "2", level: 1,
		title: phase.Text{NB: "Prosjektets mål", NN: "Mål for Prosjektet", EN: "The project's goals"},
		key:   "goals",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv kort målene for prosjektet. Målene skal være koblet til virksomhetens mål og strategiske tenkning, og skal dekke virksomhetsmål, effektmål (hvilke endringer prosjektet skal føre til) og resultatmål (hva prosjektet skal levere). Dersom prosjektet allerede her i planleggingsfasen har et klart, gjennomarbeidet og sikkert bilde av hva prosjektet skal levere for å oppfylle effektmålet, kan resultatmålet være ganske konkret. I et mer innovasjonspreget prosjekt der behovet er definert, men prosjektet ønsker å beholde handlingsrommet for å utforme den spesifikke løsningen i løpet av gjennomføringsfasene (for eksempel gjennom et innovasjonspartnerskap) må resultatmålet her beskrives mer overordnet og funksjonelt.]",
			},
			nn: []string{
				"[Beskriv kort måla for prosjektet. Måla skal være kopla til verksemda sine mål og strategiske tenking og skal dekke verksemdsmål, effektmål (kva endringar prosjektet skal føre til) og resultatmål (kva prosjektet skal levere). Dersom prosjektet alt her i planleggingsfasen har eit klart, gjennomarbeidd og sikkert bilde av kva prosjektet skal levere for å oppfylle effektmålet, kan resultatmålet vere ganske konkret. I eit meir innovasjonsprega prosjekt der behovet er definert, men prosjektet ønskjer å behalde handlingsrommet for å utforme den spesifikke løysinga i løpet av gjennomføringsfasane (for eksempel gjennom eit innovasjonspartnerskap), må resultatmålet her beskrivast meir overordna og funksjonelt.]",
			},
		},
	},
	{
		number: "3", level: 1,
		title: phase.Text{NB: "Beskrivelse av prosjektproduktet", NN: "Beskriving av prosjektproduktet", EN: "Description of the project product"},
		key:   "product.intro",
		guidance: sectionGuidance{
			nb: []string{
				"[Det totale prosjektproduktet består ofte av flere ulike deler (hovedprodukter) som til sammen skal gjøre det mulig å skape de ønskede effektene/gevinstene.]",
			},
			nn: []string{
				"[Det totale prosjektproduktet består ofte av fleire ulike delar (hovudprodukt) som til saman skal gjere det mogleg å skape dei ønskte effektane/gevinstane.]",
			},
		},
	},
	{
		number: "3.1", level: 2,
		title: phase.Text{NB: "Beskrivelse av hovedproduktene", NN: "Beskriving av hovudprodukta", EN: "Description of the main products"},
		key:   "product.mainProducts",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv de hovedproduktene som konkret skal komme ut av prosjektet. Produktene kan for eksempel være organisatoriske (f.eks. endrede arbeidsprosesser og/eller ny organisasjonsstruktur) eller tekniske (f.eks. ny digitalisert tjeneste, nytt elektronisk saksbehandlingssystem eller ny e-lærings-plattform).  Ta utgangspunkt i kapittel 3 i prosjektforslaget og oppdater og kompletter dette. Dersom dere har egne dokumenter for beskrivelse av hovedprodukter bør dere bare henvise til disse.]",
			},
			nn: []string{
				"[Beskriv dei hovudprodukta som konkret skal kome ut av prosjektet. Produkta kan for eksempel vere organisatoriske (f.eks. endra arbeidsprosessar og/eller ny organisasjonsstruktur) eller tekniske (f.eks. ny digitalisert teneste, nytt elektronisk saksbehandlingssystem eller ny e-læringsplattform). Ta utgangspunkt i kapittel 3 i prosjektforslaget og oppdater og kompletter dette. Dersom de har eigne dokument for å beskrive hovudprodukt, bør de berre vise til desse.]",
			},
		},
	},
	{
		number: "3.2", level: 2,
		title: phase.Text{NB: "Produktnedbrytningsstruktur", NN: "Produktnedbrytingsstruktur", EN: "Product breakdown structure"},
		key:   "product.breakdown",
		guidance: sectionGuidance{
			nb: []string{
				"[Ta utgangspunkt i prosjektets hovedprodukter ovenfor, og angi hvilke produkter de består av. Bruk enten en graf",
				"eller bruk eventuelt en enkel kulepunktstruktur.]",
			},
			nn: []string{
				"[Ta utgangspunkt i hovudprodukta ovanfor, og skriv kva produkt dei består av. Bruk enten ein graf",
				"eller bruk eventuelt ein enkel kulepunktstruktur.]",
			},
		},
	},
	{
		number: "3.3", level: 2,
		title: phase.Text{NB: "Beskrivelse av produktene", NN: "Beskriving av produkta", EN: "Description of the products"},
		key:   "product.products",
		guidance: sectionGuidance{
			nb: []string{
				"[Gi en kort beskrivelse av de enkelte produktene, på et overordnet/funksjonelt nivå uten å gå inn på løsningsdetaljer. Referer gjerne til kvalitetskrav eller krav til informasjonssikkerhet og personvern knyttet til produktene. Dersom dere har egne dokumenter for beskrivelse av produkter bør dere bare henvise til disse.]",
			},
			nn: []string{
				"[Gje ei kort beskriving av dei enkelte produkta på overordna/funksjonelt nivå, utan å gå inn på løysingsdetaljar. . Referer gjerne til kvalitetskrav eller krav til informasjonssikkerheit og personvern knytt til produkta. Dersom de har eigne dokument for å beskrive produkt, bør de berre vise til desse.]",
			},
		},
	},
	{
		number: "4", level: 1,
		title: phase.Text{NB: "Interessenter", NN: "Interessentar", EN: "Stakeholders"},
		key:   "stakeholders",
		guidance: sectionGuidance{
			nb: []string{
				"[Hvem er prosjektets viktigste interne og eksterne interessenter? Ta utgangspunkt i prosjektforslagets kapittel 4, og verifiser, oppdater og detaljer dette basert på planleggingsfasens oppdaterte interessentanalyse. Bruk Prosjektveiviserens veiledning om interessenter, og mal for interessentregister.",
				"Hvem vil kunne påvirke prosjektet, og på hvilken måte?",
				"Hvem vil kunne bli påvirket av prosjektet eller prosjektets resultater, og på hvilken måte?]",
			},
			nn: []string{
				"[Kven er dei viktigaste interne og eksterne interessentane i prosjektet? Ta utgangspunkt i prosjektforslaget, kapittel 4, og verifiser, oppdater og detaljer dette basert på oppdatert interessentanalyse i planleggingsfasen. Bruk Prosjektvegvisaren si rettleiing om interessentar og mal for interessentregister.",
				"Kven vil kunne påverke prosjektet, og på kva måte?",
				"Kven vil kunne bli påverka av prosjektet eller resultata i prosjektet, og på kva måte?]",
			},
		},
	},
	{
		number: "4.1", level: 2,
		title: phase.Text{NB: "Interessentoversikt", NN: "Interessentoversikt", EN: "Stakeholder overview"},
		key:   "stakeholderOverview",
		guidance: sectionGuidance{
			nb: []string{
				"[Tenk over hvem denne tabellen skal distribueres til. Unngå personlige og sensitive vurderinger og formuleringer som ikke tåler dagens lys.]",
				"[Henvis eventuelt til separat interessentanalyse og interessentregister.]",
			},
			nn: []string{
				"[Tenk over kven denne tabellen skal distribuerast til. Unngå personlege og sensitive vurderingar og formuleringar som ikkje tåler dagens lys.]",
				"[Vis eventuelt til separat interessentanalyse og interessentregister.]",
			},
		},
	},
	{
		number: "4.2", level: 2,
		title: phase.Text{NB: "Kommunikasjonsstrategi", NN: "Kommunikasjonsstrategi", EN: "Communication strategy"},
		key:   "communication",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv kort interessenten, mål med kommunikasjon mot interessenten, det mest sentrale budskapet, egnet kommunikasjonsform, viktige milepæler for kommunikasjon og hvem som er ansvarlig for å gjennomføre tiltaket.]",
			},
			nn: []string{
				"[Beskriv kort interessenten, målet med kommunikasjonen mot interessenten, den mest sentrale bodskapen, eigna kommunikasjonsform, viktige milepålar for kommunikasjonen og kven som er ansvarleg for å gjennomføre tiltaket.]",
			},
		},
	},
	{
		number: "5", level: 1,
		title: phase.Text{NB: "Rammebetingelser", NN: "Rammevilkår", EN: "Constraints"},
		key:   "constraints.intro",
	},
	{
		number: "5.1", level: 2,
		title: phase.Text{NB: "Føringer for prosjektet", NN: "Føringar for prosjektet", EN: "Guidelines for the project"},
		key:   "constraints.guidelines",
		guidance: sectionGuidance{
			nb: []string{
				"[Ta utgangspunkt i punkt 5.1 i prosjektforslaget. Verifiser, oppdater og detaljer dette.]",
			},
			nn: []string{
				"[Ta utgangspunkt i punkt 5.1 i prosjektforslaget. Verifiser, oppdater og detaljer dette.]",
			},
		},
	},
	{
		number: "5.2", level: 2,
		title: phase.Text{NB: "Prosjektets avgrensninger", NN: "Avgrensingar i prosjektet", EN: "The project's boundaries"},
		key:   "constraints.boundaries",
		guidance: sectionGuidance{
			nb: []string{
				"[Ta utgangspunkt i punkt 5.2 i prosjektforslaget. Verifiser, oppdater og detaljer dette.]",
			},
			nn: []string{
				"[Ta utgangspunkt i punkt 5.2 i prosjektforslaget. Verifiser, oppdater og detaljer dette.]",
			},
		},
	},
	{
		number: "5.3", level: 2,
		title: phase.Text{NB: "Rettslige reguleringer", NN: "Rettslege reguleringar", EN: "Legal regulation"},
		key:   "constraints.regulations",
		guidance: sectionGuidance{
			nb: []string{
				"[Ta utgangspunkt i punkt 5.3 i prosjektforslaget. Verifiser, oppdater og detaljer dette.]",
			},
			nn: []string{
				"[Ta utgangspunkt i punkt 5.3 i prosjektforslaget. Verifiser, oppdater og detaljer dette.]",
			},
		},
	},
	{
		number: "5.4", level: 2,
		title: phase.Text{NB: "Prinsipielle spørsmål", NN: "Prinsipielle spørsmål", EN: "Questions of principle"},
		key:   "constraints.principles",
		guidance: sectionGuidance{
			nb: []string{
				"[Ta utgangspunkt i punkt 5.4 i prosjektforslaget. Verifiser, oppdater og detaljer dette.]",
			},
			nn: []string{
				"[Ta utgangspunkt i punkt 5.4 i prosjektforslaget. Verifiser, oppdater og detaljer dette.]",
			},
		},
	},
	{
		number: "6", level: 1,
		title: phase.Text{NB: "Organisering, roller og ansvar", NN: "Organisering, roller og ansvar", EN: "Organisation, roles and responsibilities"},
		key:   "organisationIntro",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv hvordan prosjektet er organisert og hvilke roller som må etableres for å sikre hensiktsmessig styring og rolle- og ansvarsfordeling i prosjektet.]",
			},
			nn: []string{
				"[Beskriv korleis prosjektet er organisert og kva roller som må etablerast for å sikre tenleg styring og rolle- og ansvarsfordeling i prosjektet.]",
			},
		},
	},
	{
		number: "6.1", level: 2,
		title: phase.Text{NB: "Prosjektorganisering", NN: "Prosjektorganisering", EN: "Project organisation"},
		key:   "projectOrganisation",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv kort organiseringen av prosjektet, for eksempel ved et organisasjonskart. Husk å ta med alle roller som er knyttet til prosjektorganisasjonen, også for eksempel gevinstansvarlig samt intern og ekstern referansegruppe og ekstern kvalitetssikrer.]",
			},
			nn: []string{
				"[Beskriv kort organiseringa av prosjektet, for eksempel ved eit organisasjonskart. Hugs å ta med alle roller som er knytte til prosjektorganisasjonen, også for eksempel gevinstansvarleg og intern og ekstern referansegruppe og ekstern kvalitetssikrar.]",
			},
		},
	},
	{
		number: "6.2", level: 2,
		title: phase.Text{NB: "Rollebeskrivelser", NN: "Rollebeskrivingar", EN: "Role descriptions"},
		key:   "organisation",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv de ulike rollene som skal inngå i prosjektet, og deres ansvar.]",
				"[Beskriv sammensetningen av prosjektstyret, legg til andre roller om nødvendig.]",
				"[Angi prosjektlederens navn, og beskriv kort relevant erfaring, kompetanse og eventuell sertifisering.]",
				"[List opp og beskriv hvem som inngår i prosjektet. Henvis eventuelt til en separat bemanningsplan.]",
				"[Kan være sporadiske behov for råd, tips og hjelp fra personer/fagmiljøer som ikke er med i den formelle prosjektorganisasjonen.]",
				"[Beskriv også hvordan prosjektet har tenkt å sikre seg tilgang til denne kompetansen.]",
			},
			nn: []string{
				"[Beskriv dei ulike rollene som skal inngå i prosjektet, og ansvaret deira.]",
				"[Beskriv samansetnaden av prosjektstyret. Legg til andre roller om nødvendig.]",
				"[Oppgi namnet til prosjektleiaren og beskriv kort relevant erfaring, kompetanse og eventuell sertifisering.]",
				"[List opp og beskriv kven som inngår i prosjektet. Vis eventuelt til ein separat bemanningsplan.]",
				"[Kan vere sporadiske behov for råd, tips og hjelp frå personar/fagmiljø som ikkje er med i den formelle prosjektorganisasjonen.]",
				"[Skriv også korleis prosjektet har tenkt å sikre seg tilgang til denne kompetansen.]",
			},
		},
	},
	{
		number: "7", level: 1,
		title: phase.Text{NB: "Strategi for gjennomføring", NN: "Strategi for gjennomføring", EN: "Strategy for the execution"},
		key:   "strategies",
		guidance: sectionGuidance{
			nb: []string{
				"[Valg av strategier for gjennomføring/prosjekttilnærming vil avhenge av hva som er formålet med prosjektet. Dette vil nødvendigvis måtte bli ulikt avhengig av hva som er prosjektets produkt, eksempelvis gjøre en utredning, gjennomføre et forprosjekt, anskaffe en løsning, skrive en analyserapport med videre. Avhengig av type prosjekt vil det for eksempel være relevant å ha:]",
				"[Her beskrives kort hva som skal anskaffes i prosjektet, og hvordan disse anskaffelsene er tenkt gjennomført.]",
				"[Her beskrives kort hvilken utviklingsmetodikk som skal benyttes; smidig? Fossefall? Spørreundersøkelse? Kunnskapsoppsummering?]",
				"[Her beskrives kort hvordan kvaliteten på leveransene i prosjektet skal ivaretas og måles.]",
				"[Her beskrives kort hvordan systemet skal innføres, hvordan innholdet skal spres og hvordan produktansvaret skal overføres til linjen. Angi også hvordan prosjektets produkter skal støtte opp om og eventuelt muliggjøre nye eller endrede arbeidsprosesser.]",
				"[Beskrivelse av de spesifikke teknikkene og standardene som skal brukes, og ansvaret for en effektiv usikkerhetsprosedyre som ivaretar en god oppfølging av prosjektets usikkerheter.]",
				"[En beskrivelse og begrunnelse for den valgte strategien for gjennomføring av prosjektet.]",
				"[En beskrivelse for å identifisere hvordan, og av hvem, prosjektets produkter blir kontrollert og beskyttet. For eksempel hvordan prosjektets produkter blir lagret, versjonshåndtering, prosedyrer for endring, rapporteringsrutiner med videre.]",
				"[Beskriv prinsipper hvordan testing skal gjennomføres i prosjektet.]",
			},
			nn: []string{
				"[Val av strategiar for gjennomføring/prosjekttilnærming vil avhenge av kva som er føremålet med prosjektet. Dette vil nødvendigvis måtte bli ulikt avhengig av kva som er produkta i prosjektet, eksempelvis gjere ei utgreiing, gjennomføre eit forprosjekt, anskaffe ei løysing, skrive ein analyserapport med vidare. Avhengig av type prosjekt vil det for eksempel vere relevant å ha:]",
				"[Her skriv de kort kva som skal anskaffast i prosjektet, og korleis disse anskaffingane er tenkt gjennomført.]",
				"[Her skriv de kort kva utviklingsmetodikk som skal brukast, som smidig, fossefall, spørjeundersøking eller kunnskapsoppsummering.]",
				"[Her skriv de kort korleis kvaliteten på leveransane i prosjektet skal sikrast og målast.]",
				"[Her skriv de kort korleis systemet skal innførast, korleis innhaldet skal spreiast og korleis produktansvaret skal overførast til linja. Oppgje også korleis produkta i prosjektet skal støtte opp om og eventuelt gjere nye eller endra arbeidsprosessar mogleg.]",
				"[Beskriving av dei spesifikke teknikkane og standardane som skal brukast, kven som har ansvaret for ein effektiv usikkerheitsprosedyre som sikrar ei god oppfølging av usikkerheita i prosjektet.]",
				"[Ei beskriving og grunngjeving for den valde strategien for gjennomføring av prosjektet.]",
				"[Ei beskriving for å identifisere korleis, og av kven, produkta i prosjektet blir kontrollerte og beskytta. For eksempel korleis produkta i prosjektet blir lagra, versjonshandtering, prosedyrer for endring, rapporteringsrutinar osv.]",
				"[Beskriv prinsipp for korleis testinga skal gjennomførast i prosjektet.]",
			},
		},
	},
	{
		number: "8", level: 1,
		title: phase.Text{NB: "Prosjektets avhengigheter", NN: "Bindingar I Prosjektet", EN: "The project's dependencies"},
		key:   "dependencies",
		guidance: sectionGuidance{
			nb: []string{
				"[Oppsummer kort prosjektets viktigste interne og eksterne avhengigheter (for eksempel til andre IT-systemer, prosesser, prosjekter, strategier, felleskomponenter etc). Hvis prosjektet for eksempel er en del av et program er dette en avhengighet. Sett inn eventuell figur eller tegning som viser avhengighetene. Angi også viktige forutsetninger som er lagt til grunn for prosjektets planlegging. Dette kan være spesielle forhold eller veivalg som prosjektet oppfatter som en del av sine eksisterende omgivelser som prosjektet må forholde seg til.]",
			},
			nn: []string{
				"[Oppsummer kort dei viktigaste interne og eksterne bindingane i prosjektet (for eksempel til andre IT-system, prosessar, prosjekt, strategiar, felleskomponentar osv.). Dersom prosjektet for eksempel er ein del av eit program, er dette ei binding. Set inn eventuell figur eller teikning som viser bindingane. Oppgje også viktige føresetnader som er lagde til grunn for planlegginga av prosjektet. Dette kan vere spesielle tilhøve eller vegval som prosjektet oppfattar som realitetar i omgjevnadane som prosjektet må ta omsyn til.]",
			},
		},
	},
	{
		number: "9", level: 1,
		title: phase.Text{NB: "Prosjektplan", NN: "Prosjektplan", EN: "Project plan"},
		key:   "plan.text",
		guidance: sectionGuidance{
			nb: []string{
				"[Ta utgangspunkt i planskissen i kapittel 9 i prosjektforslaget og sett opp en overordnet prosjektplan for prosjektet.",
				"Dersom prosjektplanen er omfattende kan det være hensiktsmessig å skille dette kapittelet ut som et separat underliggende dokument som det her bare henvises til. Det gjør det også mer hensiktsmessig ifm oppdateringer av prosjektplanen underveis i prosjektet, fordi dere da slipper å lage ny versjon av hele styringsdokumentet som ofte er mere stabilt mht endringer. Uansett skal prosjektplanen omfatte punktene nedenfor.]",
			},
			nn: []string{
				"[Ta utgangspunkt i planskissa i kapittel 9 i prosjektforslaget og set opp ein overordna prosjektplan for prosjektet.",
				"Dersom prosjektplanen er omfattande, kan det vere tenleg å skilje dette kapittelet ut som eit separat underliggande dokument som de her berre viser til. Det gjer det også meir tenleg i samband med oppdateringar av prosjektplanen undervegs i prosjektet fordi de då slepp å lage ny versjon av heile styringsdokumentet, som ofte er meir stabilt med tanke på endringar. Uansett skal prosjektplanen omfatte punkta nedanfor.]",
			},
		},
	},
	{
		number: "9.1", level: 2,
		title: phase.Text{NB: "Faser og leveranser", NN: "Fasar og leveransar", EN: "Phases and deliverables"},
		key:   "plan.milestones",
	},
	{
		number: "9.2", level: 2,
		title: phase.Text{NB: "Total gjennomføringsplan for prosjektet", NN: "Total gjennomføringsplan for prosjektet", EN: "Overall execution plan of the project"},
		key:   "plan.schedule",
	},
	{
		number: "9.3", level: 2,
		title: phase.Text{NB: "Periodisert budsjett", NN: "Periodisert budsjett og investeringsplan", EN: "Budget by period"},
		key:   "plan.budget",
		guidance: sectionGuidance{
			nb: []string{
				"[Budsjettet skal være spesifisert i henhold til faseplanen ovenfor.]",
			},
			nn: []string{
				"[Budsjettet skal vere spesifisert i samsvar med faseplanen ovanfor.]",
			},
		},
	},
	{
		number: "9.4", level: 2,
		title: phase.Text{NB: "Relevant informasjon og erfaringer fra tidligere prosjekter", NN: "Relevant informasjon og erfaringar frå tidlegare prosjekt", EN: "Relevant information and experience from earlier projects"},
		key:   "plan.experience",
		guidance: sectionGuidance{
			nb: []string{
				"[Angi informasjon og erfaringer som har vært viktige for prosjektplanleggingen.]",
			},
			nn: []string{
				"[Beskriv informasjon og erfaringar som har vore viktige for prosjektplanlegginga.]",
			},
		},
	},
	{
		number: "9.5", level: 2,
		title: phase.Text{NB: "Forutsetninger som er lagt til grunn", NN: "Føresetnader som er lagde til grunn", EN: "Assumptions made"},
		key:   "plan.assumptions",
		guidance: sectionGuidance{
			nb: []string{
				"[Angi viktige forutsetninger som er lagt til grunn for denne prosjektplanen, og som dermed må være oppfylt for at gjennomføringen skal kunne lykkes i henhold til denne planen.]",
			},
			nn: []string{
				"[Oppgje viktige føresetnader som er lagde til grunn for denne prosjektplanen, og som derfor må vere oppfylte for at gjennomføringa skal blir vellukka i samsvar med denne planen.]",
			},
		},
	},
	{
		number: "9.6", level: 2,
		title: phase.Text{NB: "Vurdering av prosjektets usikkerheter", NN: "Vurdering av usikkerheit i prosjektet", EN: "Assessment of the project's uncertainties"},
		key:   "plan.uncertainties",
		guidance: sectionGuidance{
			nb: []string{
				"[Gjennomfør en usikkerhetsanalyse ut fra deres nye og dypere forståelse av prosjektet, relatert til den planen som prosjektet nå fremlegger. Beskriv prosjektets viktigste trusler og muligheter. Dette er mulige hendelser som ikke er innarbeidet i den foreliggende prosjektplanen, og som kanskje kan inntreffe eller kanskje ikke vil inntreffe. Bruk gjerne deres egen mal for usikkerhetsstyring.",
				"Usikkerhetsvurderingene vil endre seg fortløpende gjennom prosjektet. Prosjektleder vil være ansvarlig for videre kontinuerlig identifikasjon og rapportering av usikkerhet.]",
			},
			nn: []string{
				"[Gjennomfør ei analyse av usikkerheit ut frå dykkar nye og djupare forståing av prosjektet, relatert til den planen som prosjektet no legg fram. Beskriv dei viktigaste truslane og moglegheitene. Dette er moglege hendingar som ikkje er innarbeidd i prosjektplanen, og som kanskje kan skje eller kanskje ikkje vil skje. Bruk gjerne dykkar eigen mal for styring av usikkerheit.",
				"Vurderingar av usikkerheit vil endre seg kontinuerleg gjennom prosjektet. Prosjektleiaren er ansvarleg for vidare kontinuerleg identifikasjon og rapportering av usikkerheit.]",
			},
		},
	},
	{
		number: "9.7", level: 2,
		title: phase.Text{NB: "Prosjektstyring og rapporteringsmekanismer", NN: "Prosjektstyring og rapporteringsmekanismar", EN: "Project control and reporting"},
		key:   "plan.control",
		guidance: sectionGuidance{
			nb: []string{
				"[Angi viktige prinsipper og ledelsesaktiviteter i prosjektstyringen. Sørg for at det er tatt høyde for disse i budsjettet i punkt 9.3. Angi også hvilken rapportering som er avtalt (hva? til hvem? når?).]",
			},
			nn: []string{
				"[Oppgje viktige prinsipp og leiingsaktivitetar i prosjektstyringa. Pass på at det er tatt høgde for desse i budsjettet i punkt 9.3. Oppgje også kva rapportering som er avtalt (kva? til kven? når?).]",
			},
		},
	},
	{
		number: "10", level: 1,
		title: phase.Text{NB: "Toleranser", NN: "Toleransar", EN: "Tolerances"},
		key:   "tolerances",
		guidance: sectionGuidance{
			nb: []string{
				"[Toleranser er det tillatte avviket i positiv og negativ retning før avviket må eskaleres prosjekteier. Prosjekteier beslutter hvilket nivå disse toleransene skal ligge på.]",
			},
			nn: []string{
				"[Toleransar er det tillatne avviket i positiv eller negativ retning før avviket må takast hand om av prosjekteigaren. Prosjekteigaren avgjer kva nivå desse toleransane skal ligge på.]",
			},
		},
	},
	{
		number: "11", level: 1,
		title: phase.Text{NB: "Vedlegg", NN: "Vedlegg", EN: "Attachments"},
		key:   "attachments",
		guidance: sectionGuidance{
			nb: []string{
				"[Avhengig av prosjektets størrelse, vil noen av punktene ligge som vedlegg, og bare hovedkonklusjoner tas eventuelt med i dette dokumentet.",
				"Interessentanalyse",
				"Konkurransestrategi",
				"Usikkerhetsanalyse",
				"Kvalitetsplan",
				"Kommunikasjonsplan",
				"Prosjektplan (hvis kapittel 9 er skilt ut som et separat dokument)",
				"Avslutningsanbefaling (bare relevant ved BP4)",
				"Andre?",
				"Andre relaterte dokumenter:",
				"Prosjektbegrunnelse",
				"Gevinstrealiseringsplan",
				"Risikovurdering på informasjonssikkerhetsområdet",
				"Personvernkonsekvensutredning",
				"Teststrategi]",
			},
			nn: []string{
				"[Avhengig av storleiken på prosjektet vil nokre av punkta liggje som vedlegg. Då blir berre hovudkonklusjonane eventuelt med i dette dokumentet.",
				"Interessentanalyse",
				"Konkurransestrategi",
				"Usikkerheitsanalyse",
				"Kvalitetsplan",
				"Kommunikasjonsplan",
				"Prosjektplan (dersom kapittel 9 er skilt ut som eit separat dokument)",
				"Avslutningstilråding (berre relevant ved BP4)",
				"Andre?",
				"Andre relaterte dokument:",
				"Prosjektgrunngjeving",
				"Gevinstrealiseringsplan",
				"Risikovurdering på informasjonssikkerheitsområdet",
				"Personvernkonsekvensutgreiing",
				"Teststrategi]",
			},
		},
	},
	{
		number: "12", level: 1,
		title:        phase.Text{NB: "Veiledning - Styringsdokument", NN: "Rettleiing - Styringsdokument", EN: "Guidance - Governing document"},
		instructions: true,
	},
}

// benefitPlanV4 is Digdir's «Gevinstrealiseringsplan», versjon 4.0:
// Gevinstrealiseringsplan_v4.0.docx and
// Nynorsk_-_gevinstrealiseringsplan_v4.0.docx.
var benefitPlanV4 = []section{
	{
		number: "1", level: 1,
		title: phase.Text{NB: "Prosjektets begrunnelse, mål og hovedprodukter", NN: "Grunngjeving, mål og hovedprodukt i prosjektet", EN: "The project's justification, goals and main products"},
		key:   "background",
	},
	{
		number: "2", level: 1,
		title: phase.Text{NB: "Gevinstansvarlig", NN: "Gevinstansvarleg", EN: "Benefit-responsible"},
		key:   "plan.responsible",
	},
	{
		number: "3", level: 1,
		title: phase.Text{NB: "Prosjektets gevinster", NN: "gevinstane i prosjektet", EN: "The project's benefits"},
		key:   "plan.benefits",
		guidance: sectionGuidance{
			nb: []string{
				"[I PRINCE2 er begrepet gevinst definert som en forbedring som blir sett på som positiv av minst én interessent, og bidrar til en eller flere av virksomhetens mål. Dette omfatter både prissatte (kvantitative) og ikke-prissatte (kvalitative) gevinster. Ofte brukes begrepet «nyttevirkning» i samme betydning som «gevinst». I denne dokumentmalen brukes fortrinnsvis «nyttevirkning» som den årlige effekten, mens «gevinst» brukes om den samlede nyttevirkningen i hele løsningens levetid.",
				"Ta utgangspunkt i de forventede gevinstene som er beskrevet i prosjektforslagets kapittel 6, og verifiser, oppdater og detaljer disse. Sørg for harmonisering med nytte/kost-vurderingene i prosjektbegrunnelsens kapittel 5.]",
				"[Det skal redegjøres for fire ulike former for gevinster:",
				"Punkt 3.1: Prissatte nyttevirkninger med budsjettmessige virkninger i egen virksomhet (f.eks. kutt i driftskostnader, nedbemanning, naturlig avgang, reduserte porto- eller reisekostnader).",
				"Punkt 3.2: Prissatte nyttevirkninger med alternativ anvendelse i egen virksomhet (f.eks. kan frigitt kapasitet som følge av tidsbesparelser anvendes til annen prioritert og verdiskapende oppgave).",
				"Punkt 3.3: Prissatte nyttevirkninger i øvrig offentlig sektor",
				"Punkt 3.4: Ikke prissatte nyttevirkninger dvs. kvalitative gevinster (f.eks. økning i kvalitet, sikkerhet, medarbeidertilfredshet, brukertilfredshet, omdømme).",
				"Det skal også redegjøres for:",
				"Endringer i drifts- og vedlikeholdskostnader internt i virksomheten som følge av prosjektet (se tabell 3.1 og 3.2)",
				"Gevinstrealiseringstiltak og risikoprofil. (se tabell F i kap. 4.1",
				"Oppfølging av ikke-prissatte nyttevirkninger. (se tabell G i kap. 4.4",
				"I tabellene nedenfor gis alle gevinstene en unik ID, f.eks. Ø1, A2, V3, K4 – dette for å kunne spore gevinster til andre gevinstplaner og prosjektdokumentasjon. Sporing er viktig for ikke å gjøre dobbelttelling av gevinster, samt å plassere virkningen på rett sted.]",
			},
			nn: []string{
				"[I PRINCE2 er omgrepet gevinst definert som ei forbetring som blir sett på som positiv av minst éin interessent, og som medverkar til eitt eller fleire av verksemda sine mål. Dette omfattar både prissette (kvantitative) og ikkje-prissette (kvalitative) gevinstar. Ofte blir omgrepet «nytteverknad» brukt med same tyding som «gevinst». I denne dokumentmalen brukas i hovudsak «nytteverknad» som den årlege effekten, mens «gevinst» brukas om den samla nytteverknaden i heile løysinga si levetid.",
				"Ta utgangspunkt i dei forventa gevinstane som er beskrivne i prosjektforslaget kapittel 6, og verifiser, oppdater og detaljer desse. Sørg for harmonisering med kostnad-nyttevurderingane i prosjektgrunngjevinga, kapittel 5.]",
				"[Gjer greie for desse fire formene for gevinstar:",
				"Punkt 3.1: Prissette nytteverknader med verknader på eige budsjett (f.eks. kutt i driftskostnader, nedbemanning, naturleg avgang, reduserte porto- eller reisekostnader).",
				"Punkt 3.2: Prissette nytteverknader med alternativ bruk i eiga verksemd (f.eks. kan frigjeven kapasitet som følgje av innspart tid, bli brukt til andre prioriterte og verdiskapande oppgåver).",
				"Punkt 3.3: Prissette nytteverknader i andre verksemder i offentleg sektor",
				"Punkt 3.4: Ikkje-prissette nytteverknader, dvs. kvalitative gevinstar (f.eks. auke i kvalitet, sikkerheit, medarbeidartilfredsheit, brukartilfredsheit, omdømme).",
				"Gjer også greie for",
				"endringar i drifts- og vedlikehaldskostnader internt i verksemda som følge av prosjektet (sjå tabell 3.1 og 3.2)",
				"gevinstrealiseringstiltak og risikoprofil (sjå tabell F i kap. 4.1)",
				"oppfølging av ikkje-prissette nytteverknader (sjå tabell G i kap. 4.4)",
				"I tabellane nedanfor får alle gevinstane ein unik ID, f.eks. Ø1, A2, V3, K4, for å kunne spore gevinstar til andre gevinstplanar og prosjektdokumentasjon. Sporing er viktig for ikkje å telje dei same gevinstane fleire gonger, og for å plassere verknaden på rett stad.]",
			},
		},
	},
	{
		number: "3.1", level: 2,
		title: phase.Text{NB: "3.1 Nyttevirkninger i egen virksomhet", NN: "3.1 Nytteverknader i eiga verksemd", EN: "3.1 Benefits in the organisation itself"},
		key:   "ownBenefits",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv hver nyttevirkning og verdien av den i ett år med full effekt.) Viktig: her skal bortfall av driftskostnader for dagens løsning tas med, selv om denne innsparingen eventuelt blir veid opp av nye driftsutgifter. Disse skal komme til fratrekk i tabell B (netto nyttevirkninger).]",
				"[Fra tabell A skal nyttevirkningene angis over alle årene i tiltakets levetid. Nyttevirkningen kan variere fra år til år. Brutto nyttevirkning minus varige drift- og forvaltningskostnader i den aktuelle virksomheten gir netto nyttevirkning. Bruk dagens kroneverdi. Det finnes en excel-mal i Prosjektveiviseren til hjelp for å fylle ut og vedlikeholde denne tabellen.]",
			},
			nn: []string{
				"[Beskriv kvar nytteverknad og verdien av han i eitt år med full effekt. Viktig: her skal bortfall av driftskostnader for dagens løysing takast med, sjølv om denne innsparinga eventuelt blir vegen opp av nye driftsutgifter. Desse skal trekkjast frå i tabell B (netto nytteverknader).]",
				"[Frå tabell A skal de her oppgje nytteverknadene over alle åra i levetida til tiltaket. Nytteverknaden kan variere frå år til år. Brutto nytteverknad minus varige drifts- og forvaltningskostnader i den aktuelle verksemda gjev netto nytteverknad. Bruk dagens kroneverdi. Det finst ein excel-mal i Prosjektvegvisaren til hjelp for å fylle ut og vedlikehalde denne tabellen.]",
			},
		},
	},
	{
		number: "3.2", level: 2,
		title: phase.Text{NB: "3.2 Anvendelse av nyttevirkninger i egen virksomhet", NN: "3.2 Bruk av nytteverknader i eiga verksemd", EN: "3.2 Use of the benefits in the organisation itself"},
		key:   "benefitUse",
		guidance: sectionGuidance{
			nb: []string{
				"[Her skal det redegjøres for planlagt bruk av alle prissatte nyttevirkninger i tabell A.]",
			},
			nn: []string{
				"[Her skal de gjere greie for planlagd bruk av alle prissette nytteverknader i tabell A.]",
			},
		},
	},
	{
		number: "3.3", level: 2,
		title: phase.Text{NB: "3.3 Prissatte nyttevirkninger i andre offentlige virksomheter", NN: "3.3 Prissette nytteverknader i andre offentlege verksemder", EN: "3.3 Priced benefits in other public bodies"},
		key:   "otherPublicBenefits",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv prissatte nyttevirkninger i andre statlige virksomheter og/eller i kommunal sektor. Nyttevirkningene skal relateres til prosjektets produkter. Det skal lages en tabell for hver virksomhet. Gjelder nyttevirkningen hele kommunesektoren, kan den samles i én tabell.]",
			},
			nn: []string{
				"[Beskriv prissette nytteverknader i andre statlege verksemder og/eller i kommunal sektor. Nytteverknadene skal relaterast til produkta i prosjektet. Lag ein tabell for kvar verksemd. Gjeld nytteverknaden heile kommunesektoren, kan han samlast i éin tabell.]",
			},
		},
	},
	{
		number: "3.4", level: 2,
		title: phase.Text{NB: "3.4 Ikke-prissatte nyttevirkninger", NN: "3.4 Ikkje-prissette nytteverknader", EN: "3.4 Non-priced benefits"},
		key:   "unpricedBenefits",
		guidance: sectionGuidance{
			nb: []string{
				"[Det skal angis hvilken effekt de ikke-prissatte nyttevirkningene har for samfunnet, bruker eller virksomhet. På en skala med lav, middels og høy angis hvor viktig den kvalitative nyttevirkningen er for mottakeren.]",
			},
			nn: []string{
				"[De skal her beskrive kva effekt dei ikkje-prissette gevinstane har for samfunnet, privatpersonar eller verksemder. På ein skala med låg, middels og høg beskriv de kor viktig den kvalitative nytteverknaden er for mottakaren.]",
			},
		},
	},
	{
		number: "4", level: 1,
		title: phase.Text{NB: "Tiltak og oppfølging", NN: "Tiltak og oppfølging", EN: "Measures and follow-up"},
		key:   "measuresIntro",
	},
	{
		number: "4.1", level: 2,
		title: phase.Text{NB: "4.1 Tiltak for å realisere gevinster", NN: "4.1 Tiltak for å realisere gevinstar", EN: "4.1 Measures to realise the benefits"},
		key:   "plan.measures",
		guidance: sectionGuidance{
			nb: []string{
				"[Her skal det redegjøres for hvilke tiltak som må gjennomføres for å sikre at gevinstene oppnås, samt hvem i virksomheten som har ansvaret for gjennomføring av tiltaket. Alle nyttevirkninger fra kap. 3 tas med, bruk ID fra aktuell tabell. Når det gjelder andre virksomheter, privat næringsliv og innbyggere, skal det synliggjøres hvordan dere skal bidra til realisering av gevinstene, og hvem hos dere som har ansvar for disse tiltakene. Herunder tiltak som skal påvirke og hjelpe eksterne virksomheter til å realisere gevinster i sine virksomheter.]",
			},
			nn: []string{
				"[Her skal de gjere greie for kva tiltak som må gjennomførast for å sikre at gevinstane blir realiserte, og kven i verksemda som har ansvaret for å gjennomføre tiltaket. Alle nytteverknader frå kap. 3 skal takast med, bruk ID frå den aktuelle tabellen. Når det gjeld andre verksemder, privat næringsliv og innbyggjararar, skal de også synleggjere korleis de skal bidra til realisering av gevinstane, og kven hos dykk som har ansvar for desse tiltaka. Her der det medrekna tiltak som skal påverke og hjelpe eksterne verksemder til å realisere gevinstar i sine verksemder.]",
			},
		},
	},
	{
		number: "4.2", level: 2,
		title: phase.Text{NB: "4.2 Oppfølging/måling av ikke-prissatte gevinster", NN: "4.2 Oppfølging/måling av ikkje-prissette gevinstar", EN: "4.2 Follow-up/measurement of non-priced benefits"},
		key:   "unpricedFollowUp",
		guidance: sectionGuidance{
			nb: []string{
				"[For de prissatte gevinstene (ref. 3.1, 3.2, 3.3) er oppfølging og måling relativt enkelt. For å kunne følge opp de ikke-prissatte gevinstene på en tilsvarende måte beskrives her i denne tabellen hvordan de ikke-prissatte gevinstene i henhold til Tabell E skal følges opp gjennom målinger.]",
			},
			nn: []string{
				"[Beskriv korleis ikkje-prissette gevinstar frå tabell E skal følgjast opp gjennom målingar.]",
			},
		},
	},
	{
		number: "5", level: 1,
		title: phase.Text{NB: "Oppdatert gevinstkart", NN: "Oppdatert gevinstkart", EN: "Updated benefit map"},
		key:   "benefitMap",
		guidance: sectionGuidance{
			nb: []string{
				"[Realiseringen av en gevinst er ofte avhengig av at flere endringer eller effekter er realisert i forkant. Gevinstkartet er en nyttig visuell fremstilling av forutsetningene for at (slutt-)gevinstene i kolonne 5 nedenfor (samme gevinster som angitt i gevinstoversikten i punkt 3) skal kunne realiseres, og hvordan disse gevinstene skal bidra til å realisere virksomhetens (del)mål. Ta utgangspunkt i gevinstkartet fra prosjektforslaget og oppdater dette. Henvis gjerne til ID-ene fra tabellene i kapittel 3.",
				"Eksempel på gevinstkart:]",
			},
			nn: []string{
				"[Realiseringa av ein gevinst er ofte avhengig av at fleire endringar eller effektar er realiserte i forkant. Gevinstkartet er ei nyttig visuell framstilling av føresetnadene for at (slutt-)gevinstane i kolonne 5 (dei same gevinstane som er oppgjeve i gevinstoversikta i punkt 3) skal kunne realiserast, og korleis desse gevinstane skal bidra til å realisere verksemda sine (del)mål. Ta utgangspunkt i gevinstkartet frå prosjektforslaget og oppdater dette.",
				"Eksempel på gevinstkart:]",
			},
		},
	},
	{
		number: "6", level: 1,
		title:        phase.Text{NB: "Veiledning - Gevinstrealiseringsplan", NN: "Rettleiing – Gevinstrealiseringsplan", EN: "Guidance - Benefit realisation plan"},
		instructions: true,
	},
}

// finalReportV5 is Digdir's «Sluttrapport», versjon 5.0:
// Sluttrapport_v5.0.docx and Nynorsk_-_sluttrapport_v5.0.docx.
var finalReportV5 = []section{
	{
		number: "1", level: 1,
		title: phase.Text{NB: "Kort oppsummering av prosjektet", NN: "Kort oppsummering av prosjektet", EN: "Brief summary of the project"},
		key:   "summary.intro",
	},
	{
		number: "1.1", level: 2,
		title: phase.Text{NB: "Bakgrunn for prosjekt", NN: "Bakgrunn for prosjektet", EN: "Background of the project"},
		key:   "summary.background",
		guidance: sectionGuidance{
			nb: []string{
				"[Her legger du inn en kort oppsummering av hva som var bakgrunnen for prosjektet.]",
			},
			nn: []string{
				"[Her legg du inn ei kort oppsummering av kva som var bakgrunnen for prosjektet.]",
			},
		},
	},
	{
		number: "1.2", level: 2,
		title: phase.Text{NB: "Sammendrag av prosjektgjennomføringen", NN: "Samandrag av prosjektgjennomføringa", EN: "Summary of the project's execution"},
		key:   "summary.execution",
		guidance: sectionGuidance{
			nb: []string{
				"[Her gir du inn en overordnet oppsummering av hovedtrekkene i prosjektets styring og gjennomføring.]",
			},
			nn: []string{
				"[Her skriv du inn ei overordna oppsummering av hovudtrekka i styringa og gjennomføringa av prosjektet.]",
			},
		},
	},
	{
		number: "2", level: 1,
		title: phase.Text{NB: "Oppnåelse av prosjektets mål", NN: "Har ein nådd prosjektmåla?", EN: "Achievement of the project's goals"},
		key:   "goals",
		guidance: sectionGuidance{
			nb: []string{
				"[Henvis til henholdsvis virksomhetsmål, effektmål og resultatmål for prosjektet, slik som de er beskrevet i senest godkjente styringsdokument.]",
			},
			nn: []string{
				"[Vis til respektive verksemdsmål, effektmål og resultatmål for prosjektet, slik som dei er beskrivne i seinast godkjende styringsdokument.]",
			},
		},
	},
	{
		number: "2.1", level: 2,
		title: phase.Text{NB: "Virksomhetsmål", NN: "Verksemdsmål", EN: "Business goals"},
		key:   "goalNotes.business",
		guidance: sectionGuidance{
			nb: []string{
				"[Angi hvilket virksomhetsmål prosjektet var knyttet til ifølge siste godkjente styringsdokument.]",
			},
			nn: []string{
				"[Oppgi kva verksemdsmål prosjektet var knytt til ifølge siste godkjende styringsdokument.]",
			},
		},
	},
	{
		number: "2.2", level: 2,
		title: phase.Text{NB: "Effektmål", NN: "Effektmål", EN: "Effect goals"},
		key:   "goalNotes.effect",
		guidance: sectionGuidance{
			nb: []string{
				"[Angi prosjektets effektmål ifølge siste godkjente styringsdokument, og hvor dette er forankret i linjeorganisasjonen. På dette tidspunktet er det ofte for tidlig å forvente at effektmålet skal være fullstendig oppfylt, men som et minimum bør det her angis om det ser ut til at effektmålet vil bli oppfylt som forventet.]",
			},
			nn: []string{
				"[Oppgi effektmålet for prosjektet ifølge siste godkjende styringsdokument, og kvar dette er forankra i linjeorganisasjonen. På dette tidspunktet er det ofte for tidleg å forvente at effektmålet skal vere fullstendig oppfylt, men som eit minimum bør ein her oppgi om det ser ut til at effektmålet vil bli oppfylt som forventa.]",
			},
		},
	},
	{
		number: "2.3", level: 2,
		title: phase.Text{NB: "Resultatmål", NN: "Resultatmål", EN: "Result goals"},
		key:   "goalNotes.result",
		guidance: sectionGuidance{
			nb: []string{
				"[Angi prosjektets resultatmål ifølge siste godkjente styringsdokument, og hvor dette er forankret i linjeorganisasjonen.]",
			},
			nn: []string{
				"[Oppgi resultatmålet for prosjektet ifølge siste godkjende styringsdokument, og kvar dette er forankra i linjeorganisasjonen.]",
			},
		},
	},
	{
		number: "3", level: 1,
		title: phase.Text{NB: "Prosjektets produkter", NN: "Produkta frå prosjektet", EN: "The project's products"},
		key:   "products",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv hvilke produkter som er levert, og om det fortsatt gjenstår produkter som skulle vært levert. Prosjektets produkter og eventuelle kvalitetskrav er beskrevet i styringsdokumentet. For kvalitetskrav som ikke er fullstendig innfridd beskrives gjenstående mangler, supplert med en forklaring.]",
			},
			nn: []string{
				"[Beskriv kva for nokre produkt som er leverte, og om det framleis står att produkt som skulle ha vore leverte. Produkta frå prosjektet og eventuelle kvalitetskrav er beskrivne i styringsdokumentet. For kvalitetskrav som ikkje er fullstendig innfridde, sett ein opp kva som manglar. Legg eventuelt til ei forklaring.]",
			},
		},
	},
	{
		number: "4", level: 1,
		title: phase.Text{NB: "Prosjektets begrunnelse", NN: "Grunngjeving for prosjektet", EN: "The project's justification"},
		key:   "justification",
		guidance: sectionGuidance{
			nb: []string{
				"[Her beskriver du prosjektets måloppnåelse i forhold til oppdatert prosjektbegrunnelse. Beskriv måloppnåelsen i forhold til forventede pris-satte og kvalitative gevinster. Suppler med en forklaring på avviket mellom budsjett, faktisk forbruk og realiserte gevinster. Erfaringslæring knyttet til dette samles i kapittel 9.]",
			},
			nn: []string{
				"[Her omtalar du måloppnåinga i prosjektet samanlikna med den oppdaterte prosjektgrunngjevinga. Beskriv måloppnåinga samanlikna med forventa prissette og kvalitative gevinstar. Legg eventuelt til ei forklaring på avviket mellom budsjett, faktisk forbruk og realiserte gevinstar. Erfaringslæring knytt til dette skal samlast i kapittel 9.]",
			},
		},
	},
	{
		number: "5", level: 1,
		title: phase.Text{NB: "Prosjektets fremdrift", NN: "Framdrifta i prosjektet", EN: "The project's progress"},
		key:   "progress",
		guidance: sectionGuidance{
			nb: []string{
				"[Her henviser du til prosjektets fremdriftsplan fra første godkjente styringsdokument ved BP3. Beskriv og forklar kortfattet årsakene til eventuelle forsinkelser eller forseringer i prosjektets leveranser (f.eks. sviktende antagelser, mangelfull eller feil bruk av erfaringstall, manglende kompetanse eller metoder for estimering og tidsplanlegging, mangelfull usikkerhetsanalyse, etc.)]",
			},
			nn: []string{
				"[Her viser du til prosjektet sin framdriftsplan frå første godkjende styringsdokument ved BP3. Beskriv og forklar kortfatta årsakene til eventuelle forseinkingar eller forseringar i leveransane til prosjektet (f.eks. sviktande prognosar, mangelfull eller feil bruk av erfaringstal, manglande kompetanse eller metodar for estimering og tidsplanlegging, mangelfull usikkerheitsanalyse m.m. )]",
			},
		},
	},
	{
		number: "6", level: 1,
		title: phase.Text{NB: "Andre avvik i prosjektet", NN: "Andre avvik i prosjektet", EN: "Other deviations in the project"},
		key:   "deviations",
		guidance: sectionGuidance{
			nb: []string{
				"[Her beskriver du eventuelle andre avvik, som ikke er koblet til produkt/kvalitet, kostnad/gevinster eller fremdrift i punkt 3 til 5 ovenfor.]",
			},
			nn: []string{
				"[Her kan du beskrive eventuelle avvik som ikkje er kopla til produkt/kvalitet, kostnad/gevinstar eller framdrift, jamfør punkt 3-5 over.]",
			},
		},
	},
	{
		number: "7", level: 1,
		title: phase.Text{NB: "Prosjektets anvendelse av IT-politiske prinsipper og føringer", NN: "Prosjektet sin bruk av it-politiske prinsipp og føringar", EN: "The project's use of IT policy principles and guidelines"},
		key:   "itPolicy",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv hvordan prinsippene for statlige IT-prosjekter har blitt implementert, ref. Digitaliseringsrundskrivet.]",
				"[Beskriv også implementeringen av føringer for digitaliseringsarbeidet (bruk av nasjonale felleskomponenter, arkitekturprinsippene etc), ref. Digitaliseringsrundskrivet.]",
			},
			nn: []string{
				"[Beskriv korleis prinsippa for statlege IT-prosjekt har blitt implementerte, ref. Digitaliseringsrundskrivet.]",
				"[Beskriv også implementeringa av føringar for digitaliseringsarbeidet (bruk av nasjonale felleskomponentar, arkitekturprinsippa med meir), jf. Digitaliseringsrundskrivet.]",
			},
		},
	},
	{
		number: "8", level: 1,
		title: phase.Text{NB: "Evaluering av prosjektets styring", NN: "Evaluering av styringa av prosjektet", EN: "Evaluation of the project's governance"},
		key:   "governance.intro",
	},
	{
		number: "8.1", level: 2,
		title: phase.Text{NB: "Suksessfaktorer", NN: "Suksessfaktorar", EN: "Success factors"},
		key:   "governance.successFactors",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv hva som har vært avgjørende for prosjektets mulighet til å innfri prosjektets mål og krav (Både positivt og negativt).]",
			},
			nn: []string{
				"[Beskriv kva som har vore avgjerande for at prosjektet har kunna innfri måla og krava i prosjektet (både positivt og negativt).]",
			},
		},
	},
	{
		number: "8.2", level: 2,
		title: phase.Text{NB: "Prosjektets organisering", NN: "Organisering av prosjektet", EN: "The project's organisation"},
		key:   "governance.organisation",
		guidance: sectionGuidance{
			nb: []string{
				"[Gi en vurdering av prosjektets organisering med roller, ansvar, etc.]",
			},
			nn: []string{
				"[Vurder organiseringa av prosjektet, med roller, ansvar, osv.]",
			},
		},
	},
	{
		number: "8.3", level: 2,
		title: phase.Text{NB: "Interessenter", NN: "Interessentar", EN: "Stakeholders"},
		key:   "governance.stakeholders",
		guidance: sectionGuidance{
			nb: []string{
				"[Gi en vurdering av prosjektets analyse og håndtering av interessenter]",
			},
			nn: []string{
				"[Vurder analysane og behandlinga av interessentane i prosjektet.]",
			},
		},
	},
	{
		number: "8.4", level: 2,
		title: phase.Text{NB: "Gevinstrealisering", NN: "Gevinstrealisering", EN: "Benefit realisation"},
		key:   "governance.benefits",
		guidance: sectionGuidance{
			nb: []string{
				"[Gi en vurdering av prosjektets arbeid med å ivareta realisering av prosjektets gevinster]",
			},
			nn: []string{
				"[Vurder arbeidet i prosjektet med å sikre realiseringa av gevinstane i prosjektet.]",
			},
		},
	},
	{
		number: "8.5", level: 2,
		title: phase.Text{NB: "Usikkerhet", NN: "Usikkerheit", EN: "Uncertainty"},
		key:   "governance.uncertainty",
		guidance: sectionGuidance{
			nb: []string{
				"[Gi en vurdering av prosjektets analyse og håndtering av usikkerhet]",
			},
			nn: []string{
				"[Vurder analysane og handteringa av usikkerheit i prosjektet]",
			},
		},
	},
	{
		number: "9", level: 1,
		title: phase.Text{NB: "Læringspunkter for linjeorganisasjonen", NN: "Læringspunkt for linjeorganisasjonen", EN: "Lessons for the line organisation"},
		key:   "lessons",
		guidance: sectionGuidance{
			nb: []string{
				"[Her beskrives de viktigste erfaringene fra prosjektets samhandling med linjeorganisasjonen, som kan gi erfaringslæring for senere tilsvarende prosjekter i egen virksomhet, så vel som i offentlig sektor for øvrig.]",
			},
			nn: []string{
				"[Beskriv dei dei viktigaste erfaringane frå prosjektet si samhandling med linjeorganisasjonen, som kan gje erfaringslæring for tilsvarande prosjekt i eiga verksemd, og elles i offentleg sektor.]",
			},
		},
	},
	{
		number: "9.1", level: 2,
		title: phase.Text{NB: "Prosjektprosessen", NN: "Prosjektprosessen", EN: "The project process"},
		key:   "learning.process",
		guidance: sectionGuidance{
			nb: []string{
				"[I hvilken grad var virksomhetens prosjektprosess et nyttig hjelpemiddel for god prosjektstyring? Konkrete forslag til forbedringer i prosjektprosessen?]",
			},
			nn: []string{
				"[I kva grad var prosjektprosessen i verksemda eit nyttig hjelpemiddel for god prosjektstyring? Ta med forslag til forbetringar i prosjektprosessen.]",
			},
		},
	},
	{
		number: "9.2", level: 2,
		title: phase.Text{NB: "Prosjektets rammebetingelser", NN: "Rammevilkåra for prosjektet", EN: "The project's constraints"},
		key:   "learning.constraints",
		guidance: sectionGuidance{
			nb: []string{
				"[Beskriv erfaringer fra virksomhetens føringer, forventninger, krav, forutsetninger eller rammer for ressursbruk, varighet, etc. Angi eventuelle konkrete læringspunkter.]",
			},
			nn: []string{
				"[Beskriv erfaringar frå verksemda sine føringar, forventningar, krav, føresetnader eller rammer for ressursbruk, varigheit, osv. Ta med eventuelle konkrete læringspunkt.]",
			},
		},
	},
	{
		number: "9.3", level: 2,
		title: phase.Text{NB: "Prosjektets samspill med linjeorganisasjonen", NN: "Samspelet mellom prosjektet og linjeorganisasjonen", EN: "The project's interaction with the line organisation"},
		key:   "learning.lineOrganisation",
		guidance: sectionGuidance{
			nb: []string{
				"[Hvordan fungerte samspillet med linjeorganisasjonen og diverse prosjektrelaterte virksomhetsprosesser underveis i prosjektet? Hvordan fungerte linjeorganisasjonens mottak av leveranser fra prosjektet? Erfaringer fra overføringen av produktansvaret fra prosjekt til linje? Konkrete forslag til forbedringer i virksomhetens organisering eller prosesser?]",
				"[Som utgangspunkt bør følgende vedlegges:]",
			},
			nn: []string{
				"[Korleis fungerte samspelet ned linjeorganisasjonen og diverse prosjektrelaterte verksemdsprosessar i løpet av prosjektet? Korleis fungerte linjeorganisasjonen sitt mottak av leveransar frå prosjektet? Korleis er erfaringane frå overføringa av produktansvaret frå prosjektet til linja? Ta med konkrete forslag til betring av organisering og prosessar i verksemda.]",
				"[Som eit utgangspunkt bør dette leggjast ved:]",
			},
		},
	},
	{
		number: "10", level: 1,
		title:        phase.Text{NB: "Veiledning – Sluttrapport", NN: "Rettleiing – Sluttrapport", EN: "Guidance – Final report"},
		instructions: true,
	},
}
