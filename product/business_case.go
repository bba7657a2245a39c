package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// BusinessCase is "Prosjektbegrunnelse", the justification of the
// investment, first rough at BP2 and updated at BP3, in the structure of
// Digdir's template «Prosjektbegrunnelse» (nynorsk «Prosjektgrunngjeving»),
// versjon 4.0 (businessCaseV4):
//
//  1. Oppsummering
//  2. Bakgrunn for prosjektet
//  3. Prosjektets hensikt: 3.1 Nåværende situasjon, 3.2 Ønsket fremtidig
//     situasjon, 3.3 Situasjonen hvis ikke prosjektet gjennomføres, 3.4
//     Hvilken effekt skal prosjektet ha på organisasjonen?, 3.5 Hva er de
//     viktigste behovene som prosjektet må rettes mot?, 3.6 Strategisk
//     forankring
//  4. Mulige ulemper
//  5. Nytte/kost-vurderinger
//  6. Investeringsanalyse
//  7. Finansiering
//
// Every section is required but the text directly under chapter 3's
// heading, which introduces its sub-headings, and, while the case is
// Preliminary, chapters 5 and 6: the template's chapter 5 gives the first
// version of the concept phase a simpler table than "den oppdaterte
// versjonen i planleggingsfasen", whose uncertainty-adjusted values
// chapter 6 is to use ("Bruk usikkerhetsjusterte tall fra tabellen
// ovenfor").
//
// Documents stored before schema version 3 followed the business case of
// PRINCE2 (options, expected benefits, time frame, costs, main risks);
// Decode keeps what the template has no section for in Header.Extra (see
// migrateV2).
type BusinessCase struct {
	Header Header `json:"header"`
	// Preliminary marks the rough business case of BP2 (grov
	// prosjektbegrunnelse), in which the cost-benefit assessment and the
	// investment analysis may still be open.
	Preliminary bool                `json:"preliminary,omitempty"`
	Summary     Section             `json:"summary"`             // 1 Oppsummering
	Reasons     Section             `json:"reasons"`             // 2 Bakgrunn for prosjektet
	Purpose     BusinessCasePurpose `json:"purpose"`             // 3 Prosjektets hensikt
	Disbenefits Section             `json:"disbenefits"`         // 4 Mulige ulemper
	Appraisal   Section             `json:"appraisal,omitzero"`  // 5 Nytte/kost-vurderinger
	Investment  Section             `json:"investment,omitzero"` // 6 Investeringsanalyse
	Funding     Section             `json:"funding"`             // 7 Finansiering
}

// BusinessCasePurpose is chapter 3 of the business case, "Prosjektets
// hensikt": the change the project is to make.
type BusinessCasePurpose struct {
	Intro   Section `json:"intro,omitzero"` // the text under 3 itself
	Current Section `json:"current"`        // 3.1 Nåværende situasjon
	Desired Section `json:"desired"`        // 3.2 Ønsket fremtidig situasjon
	// WithoutProject is 3.3 "Situasjonen hvis ikke prosjektet
	// gjennomføres": the null alternative, with the measures and costs
	// needed to carry on as today.
	WithoutProject Section `json:"withoutProject"`
	Effect         Section `json:"effect"`    // 3.4 Hvilken effekt skal prosjektet ha på organisasjonen?
	Needs          Section `json:"needs"`     // 3.5 Hva er de viktigste behovene som prosjektet må rettes mot?
	Alignment      Section `json:"alignment"` // 3.6 Strategisk forankring
}

// Kind returns phase.BusinessCase.
func (d *BusinessCase) Kind() phase.Product { return phase.BusinessCase }

// Template returns TemplateBusinessCase.
func (d *BusinessCase) Template() Template { return TemplateBusinessCase }

func (*BusinessCase) sealed() {}

// Head returns a deep copy of the document's header.
func (d *BusinessCase) Head() Header { return d.Header.Clone() }

// preliminary reports whether d is the rough business case of BP2.
func preliminary(d *BusinessCase) bool { return d.Preliminary }

// businessCaseFieldsOf binds the keys of the business case's section table
// (businessCaseV4) to the fields of BusinessCase; see BusinessCase for
// what is required.
var businessCaseFieldsOf = fields[*BusinessCase]{
	"summary":                prose(func(d *BusinessCase) Section { return d.Summary }),
	"reasons":                prose(func(d *BusinessCase) Section { return d.Reasons }),
	"purpose.intro":          intro(func(d *BusinessCase) Section { return d.Purpose.Intro }),
	"purpose.current":        prose(func(d *BusinessCase) Section { return d.Purpose.Current }),
	"purpose.desired":        prose(func(d *BusinessCase) Section { return d.Purpose.Desired }),
	"purpose.withoutProject": prose(func(d *BusinessCase) Section { return d.Purpose.WithoutProject }),
	"purpose.effect":         prose(func(d *BusinessCase) Section { return d.Purpose.Effect }),
	"purpose.needs":          prose(func(d *BusinessCase) Section { return d.Purpose.Needs }),
	"purpose.alignment":      prose(func(d *BusinessCase) Section { return d.Purpose.Alignment }),
	"disbenefits":            prose(func(d *BusinessCase) Section { return d.Disbenefits }),
	"appraisal":              proseUnless(func(d *BusinessCase) Section { return d.Appraisal }, preliminary),
	"investment":             proseUnless(func(d *BusinessCase) Section { return d.Investment }, preliminary),
	"funding":                prose(func(d *BusinessCase) Section { return d.Funding }),
}

// Validate reports the struct rules, the header (see Mandate.Validate) and,
// with codes prefixed "business_case.": unanswered sections
// (section_blank; the cost-benefit assessment and the investment analysis
// only once the case is no longer preliminary) and guidance and
// placeholders left in.
func (d *BusinessCase) Validate() phase.Findings {
	return checkDocument(d, d.Header, Rules{}, true, businessCaseFieldsOf).fs
}
