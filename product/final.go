package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// FinalReport is "Sluttrapport", decided at BP5: how far the goals were
// reached (virksomhets-, effekt- and resultatmål), the products delivered,
// the progress, the deviations, an evaluation of how the project was
// governed, and the lessons learnt.
type FinalReport struct {
	Header     Header       `json:"header"`
	Goals      []GoalResult `json:"goals,omitempty" validate:"dive"` // Måloppnåelse
	Products   Section      `json:"products"`                        // Produkter
	Progress   Section      `json:"progress"`                        // Fremdrift
	Deviations Section      `json:"deviations"`                      // Avvik
	Governance Section      `json:"governance"`                      // Evaluering av styringen
	Lessons    []string     `json:"lessons,omitempty"`               // Læringspunkter
}

// Kind returns phase.FinalReport.
func (d *FinalReport) Kind() phase.Product { return phase.FinalReport }

// Template returns TemplateFinalReport.
func (d *FinalReport) Template() Template { return TemplateFinalReport }

func (*FinalReport) sealed() {}

// Head returns a deep copy of the document's header.
func (d *FinalReport) Head() Header { return d.Header.Clone() }

// finalReportFieldsOf binds the keys of the final report's section table
// (finalReportV5) to the fields of FinalReport.
var finalReportFieldsOf = fields[*FinalReport]{
	"goals": custom(func(c *checker, p string, t title, d *FinalReport) {
		if c.list(p, t, len(d.Goals)) {
			c.goalResults(p, d.Goals)
		}
	}),
	"products":   prose(func(d *FinalReport) Section { return d.Products }),
	"progress":   prose(func(d *FinalReport) Section { return d.Progress }),
	"deviations": prose(func(d *FinalReport) Section { return d.Deviations }),
	"governance": prose(func(d *FinalReport) Section { return d.Governance }),
	"lessons": custom(func(c *checker, p string, t title, d *FinalReport) {
		c.lessons(p, t, d.Lessons)
	}),
}

// Validate reports the struct rules, the header (see Mandate.Validate) and,
// with codes prefixed "final_report.": a goal level without its
// achievement (goal_result_missing), unanswered sections (section_blank),
// no lessons learnt (section_blank), and guidance or placeholders left in.
func (d *FinalReport) Validate() phase.Findings {
	return checkDocument(d, d.Header, Rules{}, true, finalReportFieldsOf).fs
}

// lessons checks a list of lessons learnt, titled t.
func (c *checker) lessons(path string, t title, ls []string) {
	if c.list(path, t, len(ls)) {
		for i, l := range ls {
			c.text(indexPath(path, i), t, l)
		}
	}
}
