package product

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Template is the document template a management product follows. Each
// template gives one kind of product (phase.Product); the mandate has two
// templates, the current "Mandat for konseptfasen" and the older
// "Prosjektmandat" of Difi's template version 2.5. The zero value is unset.
type Template uint8

// The templates this package models, each with its document type.
const (
	TemplateMandate               Template = iota + 1 // Mandat for konseptfasen (model 4): *Mandate
	TemplateProjectMandate                            // Prosjektmandat, Difis mal versjon 2.5: *ProjectMandate
	TemplateProjectProposal                           // Prosjektforslag: *ProjectProposal
	TemplateBusinessCase                              // Prosjektbegrunnelse: *BusinessCase
	TemplatePhasePlan                                 // Faseplan: *PhasePlan
	TemplateGoverningDocument                         // Styringsdokument: *GoverningDocument
	TemplateBenefitPlan                               // Gevinstrealiseringsplan: *BenefitPlan
	TemplateClosureRecommendation                     // Avslutningsanbefaling: *ClosureRecommendation
	TemplateFinalReport                               // Sluttrapport: *FinalReport
	TemplateConceptEvaluation                         // Konseptevalueringsrapport: *ConceptEvaluation
)

var templates = enum.Table[Template]{Type: "template", Codes: []string{
	"mandate", "project_mandate_v2.5", "project_proposal", "business_case", "phase_plan",
	"governing_document", "benefit_plan", "closure_recommendation", "final_report", "concept_evaluation",
}}

var templateProducts = [...]phase.Product{
	TemplateMandate:               phase.Mandate,
	TemplateProjectMandate:        phase.Mandate,
	TemplateProjectProposal:       phase.ProjectProposal,
	TemplateBusinessCase:          phase.BusinessCase,
	TemplatePhasePlan:             phase.PhasePlan,
	TemplateGoverningDocument:     phase.GoverningDocument,
	TemplateBenefitPlan:           phase.BenefitPlan,
	TemplateClosureRecommendation: phase.ClosureRecommendation,
	TemplateFinalReport:           phase.FinalReport,
	TemplateConceptEvaluation:     phase.ConceptEvaluation,
}

// Templates returns every template in order.
func Templates() []Template { return templates.All() }

// String returns the wire code, such as "project_mandate_v2.5".
func (t Template) String() string { return templates.String(t) }

// IsValid reports whether t is a known template.
func (t Template) IsValid() bool { return templates.Valid(t) }

// Product returns the management product a document of template t is.
func (t Template) Product() phase.Product {
	if !t.IsValid() {
		return 0
	}
	return templateProducts[t]
}

// Label returns the template's name in language l: the product's name, and
// for the older mandate template "Prosjektmandat (mal 2.5)".
func (t Template) Label(l phase.Language) string {
	switch {
	case !t.IsValid():
		return t.String()
	case t == TemplateProjectMandate:
		return phase.Text{NB: "Prosjektmandat (mal 2.5)", NN: "Prosjektmandat (mal 2.5)", EN: "Project mandate (template 2.5)"}.In(l)
	}
	return t.Product().Label(l)
}

// New returns an empty document of template t, or nil when t is not valid.
func (t Template) New() Document {
	switch t {
	case TemplateMandate:
		return new(Mandate)
	case TemplateProjectMandate:
		return new(ProjectMandate)
	case TemplateProjectProposal:
		return new(ProjectProposal)
	case TemplateBusinessCase:
		return new(BusinessCase)
	case TemplatePhasePlan:
		return new(PhasePlan)
	case TemplateGoverningDocument:
		return new(GoverningDocument)
	case TemplateBenefitPlan:
		return new(BenefitPlan)
	case TemplateClosureRecommendation:
		return new(ClosureRecommendation)
	case TemplateFinalReport:
		return new(FinalReport)
	case TemplateConceptEvaluation:
		return new(ConceptEvaluation)
	}
	return nil
}

// MarshalText encodes t as its wire code.
func (t Template) MarshalText() ([]byte, error) { return templates.Marshal(t) }

// UnmarshalText decodes a wire code; anything else is a *phase.ValueError.
func (t *Template) UnmarshalText(b []byte) error { return templates.Unmarshal(b, t) }
