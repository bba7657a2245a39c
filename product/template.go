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

// templateInfo is one row of the template table: everything that ties a
// template to the rest of the package. Adding a document type means adding
// its constant above, its row here and the type itself, nothing else.
type templateInfo struct {
	code    string        // wire code, stable
	product phase.Product // the management product a document of it is
	label   phase.Text    // the template's own name where it is not the product's
	new     func() Document
	// versions are the versions of Digdir's template in this repository,
	// the current one, which the document type follows, first; none
	// where the repository holds no Digdir template for the type.
	versions []templateVersion
	// fields title the type's fields that no heading of the current
	// version names (see titleOf).
	fields []fieldTitle
}

// templateTable is indexed by Template.
var templateTable = [...]templateInfo{
	TemplateMandate: {code: "mandate", product: phase.Mandate, new: func() Document { return new(Mandate) },
		versions: []templateVersion{{"4.0", mandateV4}, {"3.0", mandateV3}}, fields: mandateFields},
	TemplateProjectMandate: {code: "project_mandate_v2.5", product: phase.Mandate, label: phase.Text{NB: "Prosjektmandat (mal 2.5)", NN: "Prosjektmandat (mal 2.5)", EN: "Project mandate (template 2.5)"}, new: func() Document { return new(ProjectMandate) },
		fields: projectMandateFields},
	TemplateProjectProposal: {code: "project_proposal", product: phase.ProjectProposal, new: func() Document { return new(ProjectProposal) },
		versions: []templateVersion{{"4.0", proposalV4}}, fields: proposalFields},
	TemplateBusinessCase: {code: "business_case", product: phase.BusinessCase, new: func() Document { return new(BusinessCase) },
		versions: []templateVersion{{"4.0", businessCaseV4}}, fields: businessCaseFields},
	TemplatePhasePlan: {code: "phase_plan", product: phase.PhasePlan, new: func() Document { return new(PhasePlan) },
		fields: phasePlanFields},
	TemplateGoverningDocument: {code: "governing_document", product: phase.GoverningDocument, new: func() Document { return new(GoverningDocument) },
		versions: []templateVersion{{"4.0", governingV4}}, fields: governingFields},
	TemplateBenefitPlan: {code: "benefit_plan", product: phase.BenefitPlan, new: func() Document { return new(BenefitPlan) },
		versions: []templateVersion{{"4.0", benefitPlanV4}}, fields: benefitPlanFields},
	TemplateClosureRecommendation: {code: "closure_recommendation", product: phase.ClosureRecommendation, new: func() Document { return new(ClosureRecommendation) },
		fields: closureFields},
	TemplateFinalReport: {code: "final_report", product: phase.FinalReport, new: func() Document { return new(FinalReport) },
		versions: []templateVersion{{"5.0", finalReportV5}}, fields: finalReportFields},
	TemplateConceptEvaluation: {code: "concept_evaluation", product: phase.ConceptEvaluation, new: func() Document { return new(ConceptEvaluation) },
		fields: conceptEvaluationFields},
}

// templates is the enumeration of Template, its codes and labels taken from
// templateTable.
var templates = enum.Table[Template]{Type: "template", Codes: templateCodes(), Labels: templateLabels()}

func templateCodes() []string {
	codes := make([]string, 0, len(templateTable)-1)
	for _, t := range templateTable[1:] {
		codes = append(codes, t.code)
	}
	return codes
}

// templateLabels returns the labels of the templates, indexed by Template:
// a template's own name where it has one, else its product's.
func templateLabels() []enum.Label {
	labels := make([]enum.Label, len(templateTable))
	for t, info := range templateTable[1:] {
		l := info.label
		if l == (phase.Text{}) {
			l = info.product.Text()
		}
		labels[t+1] = enum.Label(l)
	}
	return labels
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
	return templateTable[t].product
}

// Text returns the name of t in bokmål, nynorsk and English: the
// product's name, and for the older mandate template "Prosjektmandat (mal
// 2.5)"; for an invalid t, its String form.
func (t Template) Text() phase.Text { return phase.Text(templates.Label(t)) }

// Label returns the template's name in language l: the product's name, and
// for the older mandate template "Prosjektmandat (mal 2.5)".
func (t Template) Label(l phase.Language) string { return t.Text().In(l) }

// New returns an empty document of template t, or nil when t is not valid.
func (t Template) New() Document {
	if !t.IsValid() {
		return nil
	}
	return templateTable[t].new()
}

// MarshalText encodes t as its wire code.
func (t Template) MarshalText() ([]byte, error) { return templates.Marshal(t) }

// UnmarshalText decodes a wire code; anything else is a *enum.ValueError.
func (t *Template) UnmarshalText(b []byte) error { return templates.Unmarshal(b, t) }
