package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// ClosureRecommendation is "Avslutningsanbefaling", which the project owner
// signs at BP4 to move the project into closure: the state of the
// deliverables, the work still outstanding and who takes it over, the
// handover to the line organisation, operation and maintenance, the
// follow-up of benefits, and the recommendation itself.
type ClosureRecommendation struct {
	Header         Header  `json:"header"`
	Deliverables   Section `json:"deliverables"`   // Status for leveranser
	Outstanding    Section `json:"outstanding"`    // Utestående arbeid
	Handover       Section `json:"handover"`       // Overlevering til linjen
	Operations     Section `json:"operations"`     // Forvaltning og drift
	Benefits       Section `json:"benefits"`       // Oppfølging av gevinstrealiseringen
	Recommendation Section `json:"recommendation"` // Anbefaling
	// ClosingDate is the date the project is recommended to close.
	ClosingDate phase.Date `json:"closingDate,omitzero" validate:"omitempty,valid"`
}

// Kind returns phase.ClosureRecommendation.
func (d *ClosureRecommendation) Kind() phase.Product { return phase.ClosureRecommendation }

// Template returns TemplateClosureRecommendation.
func (d *ClosureRecommendation) Template() Template { return TemplateClosureRecommendation }

func (*ClosureRecommendation) sealed() {}

// Head returns a deep copy of the document's header.
func (d *ClosureRecommendation) Head() Header { return d.Header.Clone() }

// Titles of the sections of "Avslutningsanbefaling", for messages: see
// closureFields.
var (
	titleDeliverables   = mustTitle(TemplateClosureRecommendation, "deliverables")
	titleOutstanding    = mustTitle(TemplateClosureRecommendation, "outstanding")
	titleHandover       = mustTitle(TemplateClosureRecommendation, "handover")
	titleOperations     = mustTitle(TemplateClosureRecommendation, "operations")
	titleBenefitFollow  = mustTitle(TemplateClosureRecommendation, "benefits")
	titleRecommendation = mustTitle(TemplateClosureRecommendation, "recommendation")
)

// Validate reports the struct rules, the header (see Mandate.Validate) and,
// with codes prefixed "closure_recommendation.", unanswered sections
// (section_blank) and guidance or placeholders left in.
func (d *ClosureRecommendation) Validate() phase.Findings {
	c := newChecker(phase.ClosureRecommendation, d.Header)
	c.structure(d)
	c.header(d.Header, true)
	c.section("deliverables", titleDeliverables, d.Deliverables)
	c.section("outstanding", titleOutstanding, d.Outstanding)
	c.section("handover", titleHandover, d.Handover)
	c.section("operations", titleOperations, d.Operations)
	c.section("benefits", titleBenefitFollow, d.Benefits)
	c.section("recommendation", titleRecommendation, d.Recommendation)
	return c.fs
}
