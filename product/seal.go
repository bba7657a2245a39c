package product

import "reflect"

func (*Mandate) sealed()               {}
func (*ProjectMandate) sealed()        {}
func (*ProjectProposal) sealed()       {}
func (*BusinessCase) sealed()          {}
func (*PhasePlan) sealed()             {}
func (*GoverningDocument) sealed()     {}
func (*BenefitPlan) sealed()           {}
func (*ClosureRecommendation) sealed() {}
func (*FinalReport) sealed()           {}
func (*ConceptEvaluation) sealed()     {}

// IsNil reports whether d is nil or a nil pointer of a document type, such
// as a (*Mandate)(nil) stored in a Document: neither holds a document.
func IsNil(d Document) bool {
	if d == nil {
		return true
	}
	v := reflect.ValueOf(d)
	return v.Kind() == reflect.Pointer && v.IsNil()
}
