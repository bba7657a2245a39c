package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// BusinessCase is "Prosjektbegrunnelse", the justification of the
// investment, first rough at BP2 and updated at BP3. Its sections follow
// the business case of PRINCE2, which Prosjektveiviseren adapts: the
// reasons, the options considered (with the null alternative), the expected
// benefits and disadvantages, the time frame, the costs, the investment
// appraisal (nytte/kost) and the main risks.
type BusinessCase struct {
	Header Header `json:"header"`
	// Preliminary marks the rough business case of BP2 (grov
	// prosjektbegrunnelse), in which the investment appraisal may still be
	// open.
	Preliminary bool          `json:"preliminary,omitempty"`
	Reasons     Section       `json:"reasons"`                           // Bakgrunn og begrunnelse
	Options     []Concept     `json:"options,omitempty" validate:"dive"` // Vurderte alternativer
	Benefits    Section       `json:"benefits"`                          // Forventede gevinster
	Disbenefits Section       `json:"disbenefits"`                       // Forventede negative virkninger
	Timescale   Section       `json:"timescale"`                         // Tidsramme
	Costs       Section       `json:"costs"`                             // Kostnader
	Appraisal   Section       `json:"appraisal,omitzero"`                // Nytte/kost-vurdering
	Risks       []Uncertainty `json:"risks,omitempty" validate:"dive"`   // Hovedrisikoer
}

// Kind returns phase.BusinessCase.
func (d *BusinessCase) Kind() phase.Product { return phase.BusinessCase }

// Template returns TemplateBusinessCase.
func (d *BusinessCase) Template() Template { return TemplateBusinessCase }

func (*BusinessCase) sealed() {}

// Head returns a deep copy of the document's header.
func (d *BusinessCase) Head() Header { return d.Header.Clone() }

// Titles of the sections of "Prosjektbegrunnelse", for messages: Digdir's
// headings (businessCaseV4) and, for the fields the template has no
// chapter for, businessCaseFields.
var (
	titleReasons      = mustTitle(TemplateBusinessCase, "reasons")
	titleOptions      = mustTitle(TemplateBusinessCase, "options")
	titleCaseBenefits = mustTitle(TemplateBusinessCase, "benefits")
	titleDisbenefits  = mustTitle(TemplateBusinessCase, "disbenefits")
	titleTimescale    = mustTitle(TemplateBusinessCase, "timescale")
	titleCaseCosts    = mustTitle(TemplateBusinessCase, "costs")
	titleAppraisal    = mustTitle(TemplateBusinessCase, "appraisal")
	titleMainRisks    = mustTitle(TemplateBusinessCase, "risks")
)

// Validate reports the struct rules, the header (see Mandate.Validate) and,
// with codes prefixed "business_case.": unanswered sections
// (section_blank; the appraisal only once the case is no longer
// preliminary), guidance and placeholders left in, no options or no null
// alternative among them (null_concept_missing), and no main risks.
func (d *BusinessCase) Validate() phase.Findings {
	c := newChecker(phase.BusinessCase, d.Header)
	c.structure(d)
	c.header(d.Header, true)
	c.section("reasons", titleReasons, d.Reasons)
	if c.list("options", titleOptions, len(d.Options)) {
		for i, o := range d.Options {
			p := indexPath("options", i)
			c.text(p+".description", t3(o.Name, o.Name, o.Name), o.Description)
		}
		if NullConcept(d.Options) < 0 {
			c.add("null_concept_missing", "options", phase.SeverityError, phase.Text{
				NB: "Nullalternativet mangler blant de vurderte alternativene",
				NN: "Nullalternativet manglar blant dei vurderte alternativa",
				EN: "The null alternative is missing from the options considered",
			})
		}
	}
	c.section("benefits", titleCaseBenefits, d.Benefits)
	c.section("disbenefits", titleDisbenefits, d.Disbenefits)
	c.section("timescale", titleTimescale, d.Timescale)
	c.section("costs", titleCaseCosts, d.Costs)
	c.sectionIf("appraisal", titleAppraisal, d.Appraisal, !d.Preliminary)
	if c.list("risks", titleMainRisks, len(d.Risks)) {
		c.risks("risks", d.Risks)
	}
	return c.fs
}
