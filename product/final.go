package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// FinalReport is "Sluttrapport", decided at BP5, in the structure of
// Digdir's template «Sluttrapport», versjon 5.0 (finalReportV5):
//
//  1. Kort oppsummering av prosjektet: 1.1 Bakgrunn for prosjekt, 1.2
//     Sammendrag av prosjektgjennomføringen
//  2. Oppnåelse av prosjektets mål: 2.1 Virksomhetsmål, 2.2 Effektmål,
//     2.3 Resultatmål
//  3. Prosjektets produkter
//  4. Prosjektets begrunnelse
//  5. Prosjektets fremdrift
//  6. Andre avvik i prosjektet
//  7. Prosjektets anvendelse av IT-politiske prinsipper og føringer
//  8. Evaluering av prosjektets styring: 8.1 Suksessfaktorer, 8.2
//     Prosjektets organisering, 8.3 Interessenter, 8.4
//     Gevinstrealisering, 8.5 Usikkerhet
//  9. Læringspunkter for linjeorganisasjonen: 9.1 Prosjektprosessen, 9.2
//     Prosjektets rammebetingelser, 9.3 Prosjektets samspill med
//     linjeorganisasjonen
//
// Every section is required but the text directly under the headings of
// chapters 1 and 8, which introduces their sub-headings, and the text
// under 2.1–2.3, whose goal and result the rows of Goals of that level
// give (a level without a row is reported). Chapter 9's own text asks for
// "de viktigste erfaringene", which Lessons lists.
type FinalReport struct {
	Header        Header        `json:"header"`
	Summary       ReportSummary `json:"summary"`                         // 1 Kort oppsummering av prosjektet
	Goals         []GoalResult  `json:"goals,omitempty" validate:"dive"` // 2 Oppnåelse av prosjektets mål, by level
	GoalNotes     GoalNotes     `json:"goalNotes,omitzero"`              // 2.1–2.3, beside the rows of Goals
	Products      Section       `json:"products"`                        // 3 Prosjektets produkter
	Justification Section       `json:"justification"`                   // 4 Prosjektets begrunnelse
	Progress      Section       `json:"progress"`                        // 5 Prosjektets fremdrift
	Deviations    Section       `json:"deviations"`                      // 6 Andre avvik i prosjektet
	ITPolicy      Section       `json:"itPolicy"`                        // 7 Prosjektets anvendelse av IT-politiske prinsipper og føringer
	// Governance is chapter 8, Evaluering av prosjektets styring.
	// Documents stored before schema version 3 held the whole chapter in
	// one Section; Decode moves it to Governance.Intro and its parts
	// titled as 8.1–8.5 there.
	Governance GovernanceEvaluation `json:"governance"`
	Lessons    []string             `json:"lessons,omitempty"` // 9 Læringspunkter for linjeorganisasjonen
	Learning   LessonAreas          `json:"learning"`          // 9.1–9.3
}

// ReportSummary is chapter 1 of the final report, "Kort oppsummering av
// prosjektet".
type ReportSummary struct {
	Intro      Section `json:"intro,omitzero"` // the text under 1 itself
	Background Section `json:"background"`     // 1.1 Bakgrunn for prosjekt
	Execution  Section `json:"execution"`      // 1.2 Sammendrag av prosjektgjennomføringen
}

// GoalNotes are the texts under 2.1 Virksomhetsmål, 2.2 Effektmål and 2.3
// Resultatmål beside the rows of FinalReport.Goals of each level, such as
// where a goal is anchored in the line organisation.
type GoalNotes struct {
	Business Section `json:"business,omitzero"` // 2.1 Virksomhetsmål
	Effect   Section `json:"effect,omitzero"`   // 2.2 Effektmål
	Result   Section `json:"result,omitzero"`   // 2.3 Resultatmål
}

// GovernanceEvaluation is chapter 8 of the final report, "Evaluering av
// prosjektets styring".
type GovernanceEvaluation struct {
	Intro          Section `json:"intro,omitzero"` // the text under 8 itself
	SuccessFactors Section `json:"successFactors"` // 8.1 Suksessfaktorer
	Organisation   Section `json:"organisation"`   // 8.2 Prosjektets organisering
	Stakeholders   Section `json:"stakeholders"`   // 8.3 Interessenter
	Benefits       Section `json:"benefits"`       // 8.4 Gevinstrealisering
	Uncertainty    Section `json:"uncertainty"`    // 8.5 Usikkerhet
}

// LessonAreas are 9.1–9.3 of the final report, the lessons for the line
// organisation by area.
type LessonAreas struct {
	Process          Section `json:"process"`          // 9.1 Prosjektprosessen
	Constraints      Section `json:"constraints"`      // 9.2 Prosjektets rammebetingelser
	LineOrganisation Section `json:"lineOrganisation"` // 9.3 Prosjektets samspill med linjeorganisasjonen
}

// Kind returns phase.FinalReport.
func (d *FinalReport) Kind() phase.Product { return phase.FinalReport }

// Template returns TemplateFinalReport.
func (d *FinalReport) Template() Template { return TemplateFinalReport }

func (*FinalReport) sealed() {}

// Head returns a deep copy of the document's header.
func (d *FinalReport) Head() Header { return d.Header.Clone() }

// finalReportFieldsOf binds the keys of the final report's section table
// (finalReportV5) to the fields of FinalReport; see FinalReport for what
// is required.
var finalReportFieldsOf = fields[*FinalReport]{
	"summary.intro":      intro(func(d *FinalReport) Section { return d.Summary.Intro }),
	"summary.background": prose(func(d *FinalReport) Section { return d.Summary.Background }),
	"summary.execution":  prose(func(d *FinalReport) Section { return d.Summary.Execution }),
	"goals":              list(func(d *FinalReport) []GoalResult { return d.Goals }, (*checker).goalResults),
	// 2.1–2.3: the rows of goals of each level answer them.
	"goalNotes.business":        optional(func(d *FinalReport) Section { return d.GoalNotes.Business }),
	"goalNotes.effect":          optional(func(d *FinalReport) Section { return d.GoalNotes.Effect }),
	"goalNotes.result":          optional(func(d *FinalReport) Section { return d.GoalNotes.Result }),
	"products":                  prose(func(d *FinalReport) Section { return d.Products }),
	"justification":             prose(func(d *FinalReport) Section { return d.Justification }),
	"progress":                  prose(func(d *FinalReport) Section { return d.Progress }),
	"deviations":                prose(func(d *FinalReport) Section { return d.Deviations }),
	"itPolicy":                  prose(func(d *FinalReport) Section { return d.ITPolicy }),
	"governance.intro":          intro(func(d *FinalReport) Section { return d.Governance.Intro }),
	"governance.successFactors": prose(func(d *FinalReport) Section { return d.Governance.SuccessFactors }),
	"governance.organisation":   prose(func(d *FinalReport) Section { return d.Governance.Organisation }),
	"governance.stakeholders":   prose(func(d *FinalReport) Section { return d.Governance.Stakeholders }),
	"governance.benefits":       prose(func(d *FinalReport) Section { return d.Governance.Benefits }),
	"governance.uncertainty":    prose(func(d *FinalReport) Section { return d.Governance.Uncertainty }),
	"lessons": custom(func(c *checker, p string, t title, d *FinalReport) {
		c.lessons(p, t, d.Lessons)
	}),
	"learning.process":          prose(func(d *FinalReport) Section { return d.Learning.Process }),
	"learning.constraints":      prose(func(d *FinalReport) Section { return d.Learning.Constraints }),
	"learning.lineOrganisation": prose(func(d *FinalReport) Section { return d.Learning.LineOrganisation }),
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
