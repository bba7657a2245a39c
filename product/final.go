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

// Titles of the sections of "Sluttrapport", for messages: Digdir's
// headings (finalReportV5).
var (
	titleGoalResults = mustTitle(TemplateFinalReport, "goals")
	titleProducts    = mustTitle(TemplateFinalReport, "products")
	titleProgress    = mustTitle(TemplateFinalReport, "progress")
	titleDeviations  = mustTitle(TemplateFinalReport, "deviations")
	titleGovernance  = mustTitle(TemplateFinalReport, "governance")
	titleLessons     = mustTitle(TemplateFinalReport, "lessons")
)

// Validate reports the struct rules, the header (see Mandate.Validate) and,
// with codes prefixed "final_report.": a goal level without its
// achievement (goal_result_missing), unanswered sections (section_blank),
// no lessons learnt (section_blank), and guidance or placeholders left in.
func (d *FinalReport) Validate() phase.Findings {
	c := newChecker(phase.FinalReport, d.Header)
	c.structure(d)
	c.header(d.Header, true)
	if c.list("goals", titleGoalResults, len(d.Goals)) {
		c.goalResults("goals", d.Goals)
	}
	c.section("products", titleProducts, d.Products)
	c.section("progress", titleProgress, d.Progress)
	c.section("deviations", titleDeviations, d.Deviations)
	c.section("governance", titleGovernance, d.Governance)
	c.lessons("lessons", titleLessons, d.Lessons)
	return c.fs
}

// lessons checks a list of lessons learnt, titled t.
func (c *checker) lessons(path string, t title, ls []string) {
	if c.list(path, t, len(ls)) {
		for i, l := range ls {
			c.text(indexPath(path, i), t, l)
		}
	}
}
