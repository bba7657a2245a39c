package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// ConceptEvaluation is "Konseptevalueringsrapport", made in the realisation
// phase for BP6: whether the chosen concept gave the effects and benefits
// expected, how far the goals were reached, what should be done further to
// realise the benefits, and what the organisation learnt.
type ConceptEvaluation struct {
	Header     Header       `json:"header"`
	Background Section      `json:"background"`                      // Bakgrunn
	Goals      []GoalResult `json:"goals,omitempty" validate:"dive"` // Måloppnåelse
	Benefits   Section      `json:"benefits"`                        // Gevinstrealisering
	Concept    Section      `json:"concept"`                         // Vurdering av konseptvalget
	Measures   Section      `json:"measures"`                        // Videre tiltak
	Lessons    []string     `json:"lessons,omitempty"`               // Læringspunkter
}

// Kind returns phase.ConceptEvaluation.
func (d *ConceptEvaluation) Kind() phase.Product { return phase.ConceptEvaluation }

// Template returns TemplateConceptEvaluation.
func (d *ConceptEvaluation) Template() Template { return TemplateConceptEvaluation }

func (*ConceptEvaluation) sealed() {}

// Head returns a deep copy of the document's header.
func (d *ConceptEvaluation) Head() Header { return d.Header.Clone() }

// Titles of the sections of "Konseptevalueringsrapport", for messages: see
// conceptEvaluationFields.
var (
	titleEvalBackground     = mustTitle(TemplateConceptEvaluation, "background")
	titleEvalGoals          = mustTitle(TemplateConceptEvaluation, "goals")
	titleBenefitRealisation = mustTitle(TemplateConceptEvaluation, "benefits")
	titleConceptAssessment  = mustTitle(TemplateConceptEvaluation, "concept")
	titleMeasures           = mustTitle(TemplateConceptEvaluation, "measures")
	titleEvalLessons        = mustTitle(TemplateConceptEvaluation, "lessons")
)

// Validate reports the struct rules, the header (see Mandate.Validate) and,
// with codes prefixed "concept_evaluation.": a goal level without its
// achievement (goal_result_missing), unanswered sections (section_blank),
// no lessons learnt, and guidance or placeholders left in.
func (d *ConceptEvaluation) Validate() phase.Findings {
	c := newChecker(phase.ConceptEvaluation, d.Header)
	c.structure(d)
	c.header(d.Header, true)
	c.section("background", titleEvalBackground, d.Background)
	if c.list("goals", titleEvalGoals, len(d.Goals)) {
		c.goalResults("goals", d.Goals)
	}
	c.section("benefits", titleBenefitRealisation, d.Benefits)
	c.section("concept", titleConceptAssessment, d.Concept)
	c.section("measures", titleMeasures, d.Measures)
	c.lessons("lessons", titleEvalLessons, d.Lessons)
	return c.fs
}
