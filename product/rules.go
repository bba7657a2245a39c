package product

import "github.com/digitale-helgeland/veiviser/phase"

// Rules are the choices where Prosjektveiviseren's sources leave the
// organisation one, or differ, for the completeness of documents. The zero
// value of each field is its documented default.
type Rules struct {
	// MandateNullConcept is the severity of a mandate whose proposed
	// concepts name no null alternative (mandate.null_concept_missing):
	// zero or phase.SeverityWarning warns (the default), phase.SeverityError
	// makes the mandate incomplete, phase.SeverityInfo informs.
	//
	// The sources differ. The mandate template's section 5.5 "Forslag til
	// tilnærming – konsepter som bør vurderes" asks for the idea of a
	// concept and any alternatives ("Finnes det idéer til flere
	// alternative konsepter beskrives også de her") and does not name the
	// null alternative; the project proposal asks for it in its own
	// section 2.1 "Nullalternativet", which is required there. Real
	// mandates list it (seed 000: "Nullkonsept alternativ").
	MandateNullConcept phase.Severity `json:"mandateNullConcept,omitzero"`
	// MinConcepts is how many concepts besides the null alternative a
	// concept study should compare; fewer gives a warning
	// (<product>.concepts_few). Zero means 3, after Digdir's concept phase
	// page: "Minst tre alternative konsepter bør utredes" (bør: advice,
	// never an error).
	MinConcepts int `json:"minConcepts,omitzero"`
}

func (r Rules) mandateNullConcept() phase.Severity {
	if r.MandateNullConcept.IsValid() {
		return r.MandateNullConcept
	}
	return phase.SeverityWarning
}

func (r Rules) minConcepts() int {
	if r.MinConcepts > 0 {
		return r.MinConcepts
	}
	return 3
}

// ValidateWith validates d under the organisation's rules r: the documents
// whose completeness has a setting (Mandate, ProjectProposal) use r, the
// others validate as Validate does.
func ValidateWith(d Document, r Rules) phase.Findings {
	switch d := d.(type) {
	case *Mandate:
		return d.ValidateWith(r)
	case *ProjectProposal:
		return d.ValidateWith(r)
	}
	return d.Validate()
}
