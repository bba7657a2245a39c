package veiviser

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

// isNil reports whether d is nil or a nil pointer of a document type.
func isNil(d Document) bool {
	if d == nil {
		return true
	}
	v := reflect.ValueOf(d)
	return v.Kind() == reflect.Pointer && v.IsNil()
}
