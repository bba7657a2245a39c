package phase

import "github.com/digitale-helgeland/veiviser/internal/enum"

// Authority is who decides at a decision point by default. The zero value
// is unset.
type Authority uint8

// The deciding authorities of the standard model.
const (
	Management   Authority = iota + 1 // virksomhetsledelsen, often a portfolio board
	ProjectOwner                      // prosjekteier, possibly with the project board
)

var authorities = enum.Table[Authority]{
	Type:  "authority",
	Codes: []string{"management", "project_owner"},
	Labels: []enum.Label{
		Management:   {NB: "Virksomhetsledelsen", NN: "Verksemdsleiinga", EN: "Executive management"},
		ProjectOwner: {NB: "Prosjekteier", NN: "Prosjekteigar", EN: "Project owner"},
	},
}

// String returns the wire code.
func (a Authority) String() string { return authorities.String(a) }

// IsValid reports whether a is Management or ProjectOwner.
func (a Authority) IsValid() bool { return authorities.Valid(a) }

// Text returns the name of a in bokmål, nynorsk and English; for an invalid
// a, its String form.
func (a Authority) Text() Text { return Text(authorities.Label(a)) }

// Label returns the authority's name in language l.
func (a Authority) Label(l Language) string { return a.Text().In(l) }

// MarshalText encodes a as its wire code.
func (a Authority) MarshalText() ([]byte, error) { return authorities.Marshal(a) }

// UnmarshalText decodes a wire code.
func (a *Authority) UnmarshalText(b []byte) error { return authorities.Unmarshal(b, a) }

// Product is a management product (styringsdokument) that a decision point
// requires. The zero value is unset.
type Product uint8

// The management products of Prosjektveiviseren.
const (
	Mandate               Product = iota + 1 // Mandat for konseptfasen
	ProjectProposal                          // Prosjektforslag
	PhasePlan                                // Faseplan
	BusinessCase                             // Prosjektbegrunnelse
	GoverningDocument                        // Styringsdokument
	BenefitPlan                              // Gevinstrealiseringsplan
	ClosureRecommendation                    // Avslutningsanbefaling
	FinalReport                              // Sluttrapport
	ConceptEvaluation                        // Konseptevalueringsrapport
	BenefitMeasurements                      // Gevinstmålinger
)

var products = enum.Table[Product]{
	Type: "product",
	Codes: []string{
		"mandate", "project_proposal", "phase_plan", "business_case", "governing_document",
		"benefit_plan", "closure_recommendation", "final_report", "concept_evaluation", "benefit_measurements",
	},
	Labels: []enum.Label{
		Mandate:               {NB: "Mandat for konseptfasen", NN: "Mandat for konseptfasen", EN: "Concept phase mandate"},
		ProjectProposal:       {NB: "Prosjektforslag", NN: "Prosjektforslag", EN: "Project proposal"},
		PhasePlan:             {NB: "Faseplan", NN: "Faseplan", EN: "Phase plan"},
		BusinessCase:          {NB: "Prosjektbegrunnelse", NN: "Prosjektgrunngjeving", EN: "Business case"},
		GoverningDocument:     {NB: "Styringsdokument", NN: "Styringsdokument", EN: "Governing document"},
		BenefitPlan:           {NB: "Gevinstrealiseringsplan", NN: "Gevinstrealiseringsplan", EN: "Benefit realisation plan"},
		ClosureRecommendation: {NB: "Avslutningsanbefaling", NN: "Avslutningstilråding", EN: "Closure recommendation"},
		FinalReport:           {NB: "Sluttrapport", NN: "Sluttrapport", EN: "Final report"},
		ConceptEvaluation:     {NB: "Konseptevalueringsrapport", NN: "Konseptevalueringsrapport", EN: "Concept evaluation report"},
		BenefitMeasurements:   {NB: "Gevinstmålinger", NN: "Gevinstmålingar", EN: "Benefit measurements"},
	},
}

// Products returns every management product in order.
func Products() []Product { return products.All() }

// String returns the wire code, such as "governing_document".
func (p Product) String() string { return products.String(p) }

// IsValid reports whether p is a known product.
func (p Product) IsValid() bool { return products.Valid(p) }

// Text returns the name of p in bokmål, nynorsk and English; for an invalid
// p, its String form.
func (p Product) Text() Text { return Text(products.Label(p)) }

// Label returns the product's name in language l, such as "Styringsdokument".
func (p Product) Label(l Language) string { return p.Text().In(l) }

// MarshalText encodes p as its wire code.
func (p Product) MarshalText() ([]byte, error) { return products.Marshal(p) }

// UnmarshalText decodes a wire code.
func (p *Product) UnmarshalText(b []byte) error { return products.Unmarshal(b, p) }
