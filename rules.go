package veiviser

import (
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// Rules are the choices Prosjektveiviseren's sources leave to the
// organisation, or on which they differ. The zero value of each field is
// its documented default, which says which source it follows. Rules are
// stored with the project, so that what a decision required can be told
// later.
type Rules struct {
	// ClosureRecommendation is what a missing or unfinished closure
	// recommendation (avslutningsanbefaling) at BP4 yields: zero or
	// phase.SeverityWarning warns (the default), phase.SeverityError
	// refuses the approval, phase.SeverityInfo only informs.
	//
	// The sources differ. Digdir's list of management products
	// ("Styringsdokumentasjon") does not name it, and it comes from the
	// earlier model version (KS's adaptation for plan og byggesak:
	// "Godkjent avslutningsanbefaling, gevinstrealiseringsplan,
	// styringsdokument og erfaringslogg skal foreligge"); Digdir's BP4 page
	// still says "Prosjekteier godkjenner prosjektets samlede resultater,
	// ved å signere avslutningsanbefalingen", and the Styringsdokument
	// template lists it as an attachment "bare relevant ved BP4". Advice,
	// then, not a gate, unless the organisation makes it one.
	ClosureRecommendation phase.Severity `json:"closureRecommendation,omitzero"`
	// Products are the rules for the completeness of the management
	// products (see product.Rules).
	Products product.Rules `json:"products,omitzero"`
	// KSBlocking is the organisation's choice, checkpoint by checkpoint,
	// of which of Difi's KS checkpoints block a decision; nil keeps the
	// sourced default (see checklist.Options.KSBlocking).
	KSBlocking map[string]bool `json:"ksBlocking,omitempty"`
	// StaleEstimate is the severity of a municipal implementation cost
	// estimate not updated in the budget year before roll-out (see
	// benefit.Options.StaleEstimate; a warning by default).
	StaleEstimate phase.Severity `json:"staleEstimate,omitzero"`
}

// closureRecommendation returns the severity a missing closure
// recommendation has under r.
func (r Rules) closureRecommendation() phase.Severity {
	if r.ClosureRecommendation.IsValid() {
		return r.ClosureRecommendation
	}
	return phase.SeverityWarning
}
