package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// Mandate is "Mandat for konseptfasen", the management product decided at
// BP1, in the structure of Digdir's current template (model 4, seed 000):
//
//  1. Bakgrunn
//  2. Hensikten med et eventuelt prosjekt (hvilke behov skal dekkes,
//     hvilke endringer prosjektet skal skape)
//  3. Føringer for et eventuelt prosjekt (sammenheng med andre prosjekter,
//     involvering av andre virksomheter, anskaffelser, IT-politiske
//     føringer og andre rammebetingelser, virksomhetsarkitektur)
//  4. Erfaringer og annen nyttig informasjon
//  5. Beskrivelse av konseptfasen (organisering og ansvar, interessenter,
//     resultater, kostnader, tidsramme og ressursbehov, forslag til
//     konsepter med nullkonseptet)
//  6. Gjennomgang av BP1 sjekkliste
//
// The template asks that every point is answered, or marked «Ikke
// relevant»; Validate reports every one that is not.
type Mandate struct {
	Header       Header             `json:"header"`
	Background   Section            `json:"background"`   // 1 Bakgrunn
	Purpose      MandatePurpose     `json:"purpose"`      // 2 Hensikten med et eventuelt prosjekt
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
	Organisation Section          `json:"organisation"` // Organisering og ansvar i konseptfasen
	Stakeholders Section          `json:"stakeholders"` // Interessenter i konseptfasen
	Results      ConceptResults   `json:"results"`      // resultater fra konseptfasen
	Resources    ConceptResources `json:"resources"`    // Kostnader, tidsramme og ressursbehov for konseptfasen
	// Concepts are the proposed concepts (Forslag til tilnærming – konsepter
	// som bør vurderes); the null alternative must be among them.
	Concepts []Concept `json:"concepts" validate:"dive"`
}

// ConceptResults are the results the concept phase is to deliver.
type ConceptResults struct {
	BusinessCase    Section `json:"businessCase"`    // Prosjektbegrunnelse
	ProjectProposal Section `json:"projectProposal"` // Prosjektforslag
	PhasePlan       Section `json:"phasePlan"`       // Faseplan for planleggingsfasen
	// Summary is a closing account of the results ("Resultater fra
	// konseptfasen"), if the mandate has one.
	Summary Section `json:"summary,omitzero"`
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
