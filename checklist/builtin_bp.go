package checklist

import "github.com/digitale-helgeland/veiviser/phase"

// q is a compact definition of a built-in item: the question in bokmål as
// Digdir publishes it, in nynorsk and in English, and for yes/no items the
// favourable answer (Yes unless stated).
type q struct {
	nb, nn, en string
	fav        Bool
	kind       Kind
	opts       []Option
}

// bpList is one decision point's built-in checklist: its items, and which
// of the languages beside bokmål are this library's translations.
type bpList struct {
	translated Languages
	items      []q
}

// The decision-point checklists, word for word as Digdir publishes them in
// bokmål (domain reference, "Decision-point checklists"; BP1 also in seed
// 000). Credit: Digdir / Prosjektveiviseren, NLOD.
//
// Nynorsk: Digdir publishes BP1 in nynorsk, in the table "Gjennomgang av
// BP1 Sjekkliste" of its nynorsk template "Mandat for konseptfasen" v4.0
// (testdata/sources/template-nn-mandat-bp1-sjekkliste.xml); those texts are
// Digdir's, word for word. For BP2–BP6 no Digdir nynorsk was found (not in
// any of the nynorsk templates, nor on Prosjektvegvisaren's pages as
// stored): their nynorsk is this library's translation, marked as such,
// written in the words Digdir's nynorsk templates use (prosjekteigar,
// prosjektleiar, gevinstansvarleg, prosjektgrunngjeving, verksemd,
// utgreiing, interessentar, usikkerheit, informasjonssikkerheit,
// verksemdsleiinga, måloppnåinga, «i samsvar med» for «i henhold til» as
// in BP1 item 2) and in the "relativt bokmålsnære nynorsk" of Digdir's
// language profile. English is this library's translation throughout.
var bpTexts = [...]bpList{
	1: {translated: LanguagesOf(phase.English), items: []q{
		{nb: "Er det en tydelig definert problemstilling som synliggjør behovet for nærmere utredning?",
			nn: "Er det ei tydeleg definert problemstilling som synleggjer behovet for nærare utgreiing?",
			en: "Is there a clearly defined problem statement that shows the need for further study?"},
		{nb: "Er tiltaket i henhold til virksomhetsstrategien?",
			nn: "Er tiltaket i samsvar med verksemdsstrategien?",
			en: "Is the measure in line with the organisation's strategy?"},
		{nb: "Er det vurdert hvordan og i hvilken grad et eventuelt prosjekt vil påvirke organisasjonen?",
			nn: "Er det vurdert korleis og i kva grad eit eventuelt prosjekt vil påverke organisasjonen?",
			en: "Has it been assessed how, and to what extent, a possible project will affect the organisation?"},
		{nb: "Er det mest riktig å gjennomføre tiltaket som et prosjekt eller som en linjeoppgave?",
			nn:   "Er det mest riktig å gjennomføre tiltaket som eit prosjekt eller som ei linjeoppgåve?",
			en:   "Is it most appropriate to carry out the measure as a project or as a line task?",
			kind: Choice, opts: []Option{
				{ID: "prosjekt", Label: phase.Text{NB: "Prosjekt", NN: "Prosjekt", EN: "Project"}, Favourable: true},
				{ID: "linjeoppgave", Label: phase.Text{NB: "Linjeoppgave", NN: "Linjeoppgåve", EN: "Line task"}},
			}},
		{nb: "Er det tydeliggjort hvilke IT-politiske føringer, arkitekturprinsipper og andre standarder som gjelder for, og må tas hensyn til i utredningen?",
			nn: "Er det tydeleg kva IT-politiske føringar, arkitekturprinsipp og andre standardar som gjeld for, og må takast omsyn til i utgreiinga?",
			en: "Has it been made clear which IT policy guidelines, architecture principles and other standards apply to, and must be taken into account in, the study?"},
		{nb: "Er det tydeliggjort hvordan eller av hvem utredningen skal finansieres?",
			nn: "Er det tydeleg korleis eller kven som skal finansiere utgreiinga?",
			en: "Has it been made clear how, or by whom, the study is to be funded?"},
		{nb: "Er det behov for mer informasjon før det kan fattes en beslutning?",
			nn: "Er det behov for meir informasjon før ein kan ta ei avgjerd?",
			en: "Is more information needed before a decision can be made?", fav: No},
	}},
	2: {translated: LanguagesOf(phase.Nynorsk, phase.English), items: []q{
		{nb: "Er prosjektet realistisk og gjennomførbart?",
			nn: "Er prosjektet realistisk og gjennomførleg?",
			en: "Is the project realistic and feasible?"},
		{nb: "Er det vurdert om det skal etableres et prosjektstyre?",
			nn: "Er det vurdert om det skal etablerast eit prosjektstyre?",
			en: "Has it been considered whether to establish a project board?"},
		{nb: "Er rollebeskrivelse for prosjekteier etablert?",
			nn: "Er rollebeskriving for prosjekteigar etablert?",
			en: "Has a role description for the project owner been established?"},
		{nb: "Er gevinstansvarlig utpekt og rollebeskrivelse etablert?",
			nn: "Er gevinstansvarleg utpeikt og rollebeskriving etablert?",
			en: "Has a benefits owner been appointed and a role description established?"},
		{nb: "Støtter prosjektforslaget opp under virksomhetens mål og strategier?",
			nn: "Støttar prosjektforslaget opp under måla og strategiane til verksemda?",
			en: "Does the project proposal support the organisation's goals and strategies?"},
		{nb: "Er det gjort en tilstrekkelig vurdering av ulike alternative investeringer for å sikre at prosjektforslaget representerer et riktig valg å gå videre med, inklusive kvantitative og kvalitative gevinstanalyser og sammenligninger av nytte/kost for hvert alternativ?",
			nn: "Er det gjort ei tilstrekkeleg vurdering av ulike alternative investeringar for å sikre at prosjektforslaget representerer eit riktig val å gå vidare med, inkludert kvantitative og kvalitative gevinstanalysar og samanlikningar av nytte/kost for kvart alternativ?",
			en: "Have alternative investments been assessed well enough to ensure that the project proposal is the right choice to go on with, including quantitative and qualitative benefit analyses and cost/benefit comparisons for each alternative?"},
		{nb: "Er prosjektleder og øvrige sentrale prosjektdeltakere utpekt?",
			nn: "Er prosjektleiar og andre sentrale prosjektdeltakarar utpeikte?",
			en: "Have the project manager and the other key project members been appointed?"},
		{nb: "Er rollebeskrivelse for prosjektleder etablert?",
			nn: "Er rollebeskriving for prosjektleiar etablert?",
			en: "Has a role description for the project manager been established?"},
		{nb: "Er alle nøkkelressurser tilordnet til prosjektet?",
			nn: "Er alle nøkkelressursar tilordna til prosjektet?",
			en: "Have all key resources been assigned to the project?"},
		{nb: "Er det utarbeidet en prosjektbegrunnelse?",
			nn: "Er det utarbeidd ei prosjektgrunngjeving?",
			en: "Has a business case been prepared?"},
		{nb: "Tror vi organisasjonen vil være i stand til å gjennomføre denne endringen på en god måte?",
			nn: "Trur vi at organisasjonen vil vere i stand til å gjennomføre denne endringa på ein god måte?",
			en: "Do we believe the organisation will be able to carry out this change well?"},
		{nb: "Er det utarbeidet en strategi for endringsledelse?",
			nn: "Er det utarbeidd ein strategi for endringsleiing?",
			en: "Has a change management strategy been prepared?"},
		{nb: "Er overordnede behov for informasjonssikkerhet og personvern avklart?",
			nn: "Er overordna behov for informasjonssikkerheit og personvern avklart?",
			en: "Have the overall needs for information security and privacy been clarified?"},
	}},
	3: {translated: LanguagesOf(phase.Nynorsk, phase.English), items: []q{
		{nb: "Er prosjektet fortsatt ønskelig og i tråd med virksomhetens strategiske mål?",
			nn: "Er prosjektet framleis ønskeleg og i tråd med dei strategiske måla til verksemda?",
			en: "Is the project still desirable and in line with the organisation's strategic goals?"},
		// "endingene" is Digdir's typo for "endringene" (changes): the
		// bokmål keeps the source's spelling, as it is Digdir's text word
		// for word; the nynorsk and English translate what is meant.
		{nb: "Er prosjektets resultatmål med tilhørende produkter/leveranser egnet til å skape de ønskede endingene og gevinstene som ble lagt til grunn for vurderingene i konseptfasen?",
			nn: "Er resultatmåla for prosjektet, med tilhøyrande produkt/leveransar, eigna til å skape dei ønskte endringane og gevinstane som vart lagde til grunn for vurderingane i konseptfasen?",
			en: "Are the project's output goals, with their products/deliverables, suited to create the desired changes and benefits on which the assessments in the concept phase were based?"},
		{nb: "Er det utarbeidet en helhetlig og konsistent plan som bryter prosjektet ned i håndterbare faser?",
			nn: "Er det utarbeidd ein heilskapleg og konsistent plan som bryt prosjektet ned i handterlege fasar?",
			en: "Has a coherent and consistent plan been prepared that breaks the project down into manageable phases?"},
		{nb: "Er det utarbeidet nødvendige strategier for gjennomføring, for eksempel kommunikasjonsstrategi, kvalitetsstrategi og anskaffelsesstrategi?",
			nn: "Er det utarbeidd nødvendige strategiar for gjennomføring, for eksempel kommunikasjonsstrategi, kvalitetsstrategi og anskaffingsstrategi?",
			en: "Have the strategies needed for execution been prepared, for example a communication strategy, a quality strategy and a procurement strategy?"},
		{nb: "Er det gjennomført interessentanalyse og iverksatt relevante tiltak basert på denne?",
			nn: "Er det gjennomført interessentanalyse og sett i verk relevante tiltak basert på denne?",
			en: "Has a stakeholder analysis been carried out and relevant measures been taken based on it?"},
		{nb: "Er prosjektorganisasjonen tydelig definert med roller og ansvar, og er det ressurser til å gjennomføre prosjektet?",
			nn: "Er prosjektorganisasjonen tydeleg definert med roller og ansvar, og er det ressursar til å gjennomføre prosjektet?",
			en: "Is the project organisation clearly defined with roles and responsibilities, and are there resources to carry out the project?"},
		{nb: "Er usikkerhetsanalyse blitt utført og er usikkerheten akseptabel?",
			nn: "Er det utført usikkerheitsanalyse, og er usikkerheita akseptabel?",
			en: "Has an uncertainty analysis been carried out, and is the uncertainty acceptable?"},
		{nb: "Er kritiske suksessfaktorer identifisert?",
			nn: "Er kritiske suksessfaktorar identifiserte?",
			en: "Have critical success factors been identified?"},
		{nb: "Har gevinstansvarlig vært aktivt involvert i utarbeidelsen av gevinstrealiseringsplanen?",
			nn: "Har gevinstansvarleg vore aktivt involvert i utarbeidinga av gevinstrealiseringsplanen?",
			en: "Has the benefits owner been actively involved in preparing the benefit realisation plan?"},
		{nb: "Er linjeorganisasjonens kapasitet til å realisere gevinstene blitt vurdert?",
			nn: "Er kapasiteten i linjeorganisasjonen til å realisere gevinstane vurdert?",
			en: "Has the line organisation's capacity to realise the benefits been assessed?"},
		{nb: "Er det utarbeidet en plan for endringsledelse?",
			nn: "Er det utarbeidd ein plan for endringsleiing?",
			en: "Has a change management plan been prepared?"},
		{nb: "Er det gjennomført nødvendige vurderinger av personvernkonsekvenser?",
			nn: "Er det gjennomført nødvendige vurderingar av personvernkonsekvensar?",
			en: "Have the necessary data protection impact assessments been carried out?"},
		{nb: "Er det gjennomført risikovurderinger på informasjonssikkerhetsområdet?",
			nn: "Er det gjennomført risikovurderingar på informasjonssikkerheitsområdet?",
			en: "Have information security risk assessments been carried out?"},
	}},
	4: {translated: LanguagesOf(phase.Nynorsk, phase.English), items: []q{
		{nb: "Er prosjektets leveranser i overensstemmelse med definerte resultatmål?",
			nn: "Er leveransane frå prosjektet i samsvar med definerte resultatmål?",
			en: "Are the project's deliverables in accordance with the defined output goals?"},
		{nb: "Er leveranser dokumentert og levert i henhold til plan?",
			nn: "Er leveransar dokumenterte og leverte i samsvar med plan?",
			en: "Have the deliverables been documented and delivered according to plan?"},
		{nb: "Er det noe utestående arbeid som prosjektet skal ha ansvar for å avslutte?",
			nn: "Er det noko uteståande arbeid som prosjektet skal ha ansvar for å avslutte?",
			en: "Is there any outstanding work that the project is to be responsible for finishing?", fav: No},
		{nb: "Oppfatter gevinstansvarlig at de ønskede gevinstene fortsatt er realistiske, og er gevinstrealiseringsplanen gjennomgått og eventuelt oppdatert underveis i gjennomføringsfasen(e)?",
			nn: "Oppfattar gevinstansvarleg at dei ønskte gevinstane framleis er realistiske, og er gevinstrealiseringsplanen gjennomgått og eventuelt oppdatert undervegs i gjennomføringsfasen(e)?",
			en: "Does the benefits owner consider the desired benefits still realistic, and has the benefit realisation plan been reviewed and, where needed, updated during the execution phase(s)?"},
		{nb: "Er linjeorganisasjonen klar til å ta i bruk leveransene fra prosjektet og er nødvendig opplæring, brukerdokumentasjon, driftsrutiner osv utarbeidet og gjennomført?",
			nn: "Er linjeorganisasjonen klar til å ta i bruk leveransane frå prosjektet, og er nødvendig opplæring, brukardokumentasjon, driftsrutinar osv. utarbeidd og gjennomført?",
			en: "Is the line organisation ready to take the project's deliverables into use, and have the necessary training, user documentation, operating procedures etc. been prepared and carried out?"},
		{nb: "Er det klart hvem som skal følge opp og rapportere effekter (i henhold til gevinstrealiseringsplan), og til hvem?",
			nn: "Er det klart kven som skal følgje opp og rapportere effektar (i samsvar med gevinstrealiseringsplanen), og til kven?",
			en: "Is it clear who is to follow up and report outcomes (according to the benefit realisation plan), and to whom?"},
		{nb: "Er det klart hvem som har ansvar for forvaltning og drift, og er nødvendige avtaler inngått?",
			nn: "Er det klart kven som har ansvar for forvaltning og drift, og er nødvendige avtalar inngåtte?",
			en: "Is it clear who is responsible for maintenance and operation, and have the necessary agreements been made?"},
		{nb: "Er planen for endringsledelse fulgt opp og gjennomført?",
			nn: "Har ein følgt opp og gjennomført planen for endringsleiing?",
			en: "Has the change management plan been followed up and carried out?"},
		{nb: "Er risikoer på informasjonssikkerhetsområdet og personvernområdet tilfredsstillende håndtert?",
			nn: "Er risikoar på informasjonssikkerheitsområdet og personvernområdet handterte på ein tilfredsstillande måte?",
			en: "Have information security and privacy risks been handled satisfactorily?"},
	}},
	5: {translated: LanguagesOf(phase.Nynorsk, phase.English), items: []q{
		{nb: "Er utestående arbeid tilfredsstillende lukket og eventuelt akseptert overført til linjen?",
			nn: "Er uteståande arbeid tilfredsstillande lukka og eventuelt akseptert overført til linja?",
			en: "Has outstanding work been satisfactorily closed or, where accepted, transferred to the line?"},
		{nb: "Er prosjektets hovedresultat (produkt, kost, tid, kvalitet, ressursbruk) dokumentert?",
			nn: "Er hovudresultatet til prosjektet (produkt, kostnad, tid, kvalitet, ressursbruk) dokumentert?",
			en: "Have the project's main results (product, cost, time, quality, use of resources) been documented?"},
		{nb: "Er positive og negative erfaringer dokumentert for erfaringsoverføring?",
			nn: "Er positive og negative erfaringar dokumenterte for erfaringsoverføring?",
			en: "Have positive and negative experiences been documented for lessons learned?"},
		{nb: "Er prosjektdokumentene forsvarlig arkivert?",
			nn: "Er prosjektdokumenta arkiverte på ein forsvarleg måte?",
			en: "Have the project documents been properly archived?"},
		{nb: "Er alle prosjektkontrakter avsluttet?",
			nn: "Er alle prosjektkontraktar avslutta?",
			en: "Have all project contracts been closed?"},
		{nb: "Er alle relevante interessenter blitt informert om avslutning av prosjektet?",
			nn: "Er alle relevante interessentar informerte om at prosjektet blir avslutta?",
			en: "Have all relevant stakeholders been informed that the project is closing?"},
		{nb: "Er gevinstrealiseringsplanen oppdatert?",
			nn: "Er gevinstrealiseringsplanen oppdatert?",
			en: "Has the benefit realisation plan been updated?"},
		{nb: "Er erfaringslogg oppdatert, avsluttet og lagret?",
			nn: "Er erfaringsloggen oppdatert, avslutta og lagra?",
			en: "Has the lessons log been updated, closed and stored?"},
		{nb: "Er prosjektets måloppnåelse og erfaringer lagt frem for virksomhetsledelsen?",
			nn: "Er måloppnåinga og erfaringane i prosjektet lagde fram for verksemdsleiinga?",
			en: "Have the project's goal achievement and experiences been presented to executive management?"},
	}},
	6: {translated: LanguagesOf(phase.Nynorsk, phase.English), items: []q{
		{nb: "Er planlagte målinger og tiltak gjennomført?",
			nn: "Er planlagde målingar og tiltak gjennomførte?",
			en: "Have the planned measurements and measures been carried out?"},
		{nb: "Er forventede gevinster oppnådd eller er det behov for ytterligere tiltak? I så fall er det utarbeidet en tiltaksplan?",
			nn: "Er forventa gevinstar oppnådde, eller er det behov for ytterlegare tiltak? I så fall, er det utarbeidd ein tiltaksplan?",
			en: "Have the expected benefits been achieved, or are further measures needed? If so, has an action plan been prepared?", kind: Text},
	}},
}
