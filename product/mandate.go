package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// Mandate is "Mandat for konseptfasen", the management product decided at
// BP1, in the structure of Digdir's template «Mandat for konseptfasen»,
// versjon 4.0 (mandateV4; seed 000 follows it):
//
//  1. Bakgrunn
//  2. Hensikten med et eventuelt prosjekt: 2.1 Hvilke behov skal dekkes?
//     2.2 Hvilke endringer skal prosjektet skape?
//  3. Føringer for et eventuelt prosjekt: 3.1 sammenheng med andre
//     prosjekter, 3.2 involvering av andre virksomheter, 3.3
//     anskaffelser, 3.4 IT-politiske føringer og andre rammebetingelser,
//     3.5 virksomhetsarkitektur
//  4. Erfaringer og annen nyttig informasjon
//  5. Beskrivelse av konseptfasen: 5.1 organisering og ansvar, 5.2
//     interessenter, 5.3 resultater (5.3.1 prosjektbegrunnelse, 5.3.2
//     prosjektforslag, 5.3.3 faseplan for planleggingsfasen, 5.3.4 andre
//     leveranser), 5.4 kostnader, tidsramme og ressursbehov, 5.5 forslag
//     til tilnærming – konsepter som bør vurderes
//  6. Gjennomgang av BP1 sjekkliste
//
// A mandate written in Difi's earlier «Mandat for konseptfasen», versjon
// 3.0 (mandateV3), is a Mandate too, with Header.TemplateVersion "3.0":
// its chapters (1 Bakgrunn, 2 Hensikt, 3 Idé til et nytt prosjekt with 3.1
// Forslag til tilnærming and 3.2 anskaffelser, 4 Tidsramme og
// ressursbehov, 5 Organisering og ansvar, 6 IT-politiske føringer) are
// fields of the same names, and Validate asks only for them.
//
// The template's «Veiledning» asks that every point is answered, or marked
// «Ikke relevant»; Validate reports every one that is not. The text
// directly under a chapter heading that has sub-headings (2, 3, 5 and
// 5.3) introduces them and may be left out; so may 5.3.4 Andre
// leveranser, which 5.3 names as what the results "kan også inneholde".
type Mandate struct {
	Header     Header         `json:"header"`
	Background Section        `json:"background"` // 1 Bakgrunn
	Purpose    MandatePurpose `json:"purpose"`    // 2 Hensikten med et eventuelt prosjekt
	// Idea is the text directly under chapter 3 "Idé til et nytt prosjekt"
	// of template version 3.0, above its 3.1 and 3.2 (held in
	// ConceptPhase.Concepts and Constraints.Procurement); version 4.0 has
	// no such chapter. It may be left out.
	Idea         Section            `json:"idea,omitzero"`
	Constraints  MandateConstraints `json:"constraints"`  // 3 Føringer for et eventuelt prosjekt
	Experience   Section            `json:"experience"`   // 4 Erfaringer og annen nyttig informasjon
	ConceptPhase ConceptPhaseScope  `json:"conceptPhase"` // 5 Beskrivelse av konseptfasen
	Checklist    ChecklistReview    `json:"checklist"`    // 6 Gjennomgang av BP1 sjekkliste
}

// MandatePurpose is section 2 of the mandate, "Hensikten med et eventuelt
// prosjekt".
type MandatePurpose struct {
	// Intro is the text under the section's own heading, such as the
	// overall goal (overordnet mål); it may be left out.
	Intro   Section `json:"intro,omitzero"`
	Needs   Section `json:"needs"`   // Hvilke behov skal dekkes?
	Changes Section `json:"changes"` // Hvilke endringer skal prosjektet skape?
}

// MandateConstraints is section 3 of the mandate, "Føringer for et
// eventuelt prosjekt".
type MandateConstraints struct {
	// Intro is the text directly under the chapter heading; it may be
	// left out.
	Intro                  Section `json:"intro,omitzero"`
	RelatedProjects        Section `json:"relatedProjects"`        // Sammenheng med andre prosjekter
	OtherOrganisations     Section `json:"otherOrganisations"`     // Direkte involvering av andre virksomheter som er aktuelle
	Procurement            Section `json:"procurement"`            // Anskaffelse(r) for å gjennomføre prosjektet
	ITPolicy               Section `json:"itPolicy"`               // IT-politiske føringer og andre rammebetingelser
	EnterpriseArchitecture Section `json:"enterpriseArchitecture"` // Virksomhetsarkitektur
}

// ConceptPhaseScope is section 5 of the mandate, "Beskrivelse av
// konseptfasen": how the concept phase is organised, whom it involves,
// what it delivers, what it costs and which concepts it studies.
type ConceptPhaseScope struct {
	// Intro is the text directly under the chapter heading; it may be
	// left out.
	Intro        Section          `json:"intro,omitzero"`
	Organisation Section          `json:"organisation"` // Organisering og ansvar i konseptfasen
	Stakeholders Section          `json:"stakeholders"` // Interessenter i konseptfasen
	Results      ConceptResults   `json:"results"`      // resultater fra konseptfasen
	Resources    ConceptResources `json:"resources"`    // Kostnader, tidsramme og ressursbehov for konseptfasen
	// Concepts are the proposed concepts (Forslag til tilnærming – konsepter
	// som bør vurderes); the null alternative must be among them.
	Concepts []Concept `json:"concepts" validate:"dive"`
}

// ConceptResults are the results the concept phase is to deliver, 5.3
// "Resultater fra konseptfasen".
type ConceptResults struct {
	// Summary is the text directly under 5.3 "Resultater fra
	// konseptfasen", if the mandate has one.
	Summary         Section `json:"summary,omitzero"`
	BusinessCase    Section `json:"businessCase"`    // 5.3.1 Prosjektbegrunnelse
	ProjectProposal Section `json:"projectProposal"` // 5.3.2 Prosjektforslag
	PhasePlan       Section `json:"phasePlan"`       // 5.3.3 Faseplan for planleggingsfasen
	// Other is 5.3.4 "Andre leveranser": the analyses, studies or user
	// tests the phase is also to deliver. It may be left out: 5.3 says the
	// results "kan også inneholde andre leveranser".
	Other Section `json:"other,omitzero"`
}

// ConceptResources is "Kostnader, tidsramme og ressursbehov for
// konseptfasen": free text, the working groups (faggrupper), the tasks with
// their resources and time frames, and the costs.
type ConceptResources struct {
	Intro      Section     `json:"intro,omitzero"`
	WorkGroups []WorkGroup `json:"workGroups,omitempty" validate:"dive"`
	Tasks      []Task      `json:"tasks,omitempty" validate:"dive"`
	Cost       Section     `json:"cost,omitzero"` // Kostnad
}

// WorkGroup is a row of the working-group table (faggrupper): the group,
// its task (oppgave) and its members (medlemmer).
type WorkGroup struct {
	Name    string `json:"name" validate:"filled"`
	Task    string `json:"task"`
	Members string `json:"members"`
}

// Task is a row of the resource table: the task (oppgave), the resources
// it needs (ressursbehov) and its time frame (tidsramme), which may be open.
type Task struct {
	Task      string `json:"task" validate:"filled"`
	Resources string `json:"resources"`
	Timeframe string `json:"timeframe,omitempty"`
}

// Concept is a concept proposed for study in the concept phase: its name
// as written and what it means. See IsNullConcept for the null alternative.
type Concept struct {
	Name        string `json:"name" validate:"filled"`
	Description string `json:"description"`
}

// Kind returns phase.Mandate.
func (m *Mandate) Kind() phase.Product { return phase.Mandate }

// Template returns TemplateMandate.
func (m *Mandate) Template() Template { return TemplateMandate }

func (*Mandate) sealed() {}

// Head returns a deep copy of the mandate's header.
func (m *Mandate) Head() Header { return m.Header.Clone() }
