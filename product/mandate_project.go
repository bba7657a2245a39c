package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// ProjectMandate is "Prosjektmandat", the mandate in the structure of
// Difi's older template (Difis mal for Prosjektmandat, versjon 2.5, 2016;
// seed 001):
//
//  1. Beskrivelse av idé / behov
//  2. Mål (resultatmål, effektmål og gevinster)
//  3. Tidsplan og ressursbehov (with the planned timeline)
//  4. Organisering og ansvar
//  5. IT-politiske føringer
//
// followed by the attachments (vedlegg). That template has no change log.
type ProjectMandate struct {
	Header       Header          `json:"header"`
	Idea         Section         `json:"idea"`                  // 1 Beskrivelse av idé / behov
	Goals        MandateGoals    `json:"goals"`                 // 2 Mål
	Schedule     MandateSchedule `json:"schedule"`              // 3 Tidsplan og ressursbehov
	Organisation Section         `json:"organisation"`          // 4 Organisering og ansvar
	ITPolicy     Section         `json:"itPolicy"`              // 5 IT-politiske føringer
	Attachments  []string        `json:"attachments,omitempty"` // Vedlegg, as listed
}

// MandateGoals is chapter 2 of the older mandate, "Mål".
type MandateGoals struct {
	Intro   Section `json:"intro,omitzero"`
	Results Section `json:"results"` // Resultatmål (prosjektmål)
	Effects Section `json:"effects"` // Effektmål og gevinster
}

// MandateSchedule is chapter 3 of the older mandate, "Tidsplan og
// ressursbehov": the planned timeline (foreløpig tidsplan) and the
// resources.
type MandateSchedule struct {
	Intro     Section        `json:"intro,omitzero"`
	Timeline  phase.Timeline `json:"timeline,omitempty"`
	Resources Section        `json:"resources"`
}

// Kind returns phase.Mandate.
func (m *ProjectMandate) Kind() phase.Product { return phase.Mandate }

// Template returns TemplateProjectMandate.
func (m *ProjectMandate) Template() Template { return TemplateProjectMandate }

func (*ProjectMandate) sealed() {}

// Head returns a deep copy of the mandate's header.
func (m *ProjectMandate) Head() Header { return m.Header.Clone() }

// projectMandateFieldsOf binds the titled fields of ProjectMandate
// (projectMandateFields, in the order of Difi's template 2.5) to the
// fields. Every section is required but the intros of chapters 2 and 3;
// the template's «Veiledning» asks that a point that does not apply is
// answered «Ikke relevant».
var projectMandateFieldsOf = fields[*ProjectMandate]{
	"idea":           prose(func(m *ProjectMandate) Section { return m.Idea }),
	"goals.intro":    intro(func(m *ProjectMandate) Section { return m.Goals.Intro }),
	"goals.results":  prose(func(m *ProjectMandate) Section { return m.Goals.Results }),
	"goals.effects":  prose(func(m *ProjectMandate) Section { return m.Goals.Effects }),
	"schedule.intro": intro(func(m *ProjectMandate) Section { return m.Schedule.Intro }),
	"schedule.timeline": custom(func(c *checker, p string, t title, m *ProjectMandate) {
		if c.list(p, t, len(m.Schedule.Timeline)) {
			c.fs = append(c.fs, m.Schedule.Timeline.Validate().WithPrefix(p)...)
			c.nextPhase(m.Header.Decision.NextPhaseDone, m.Schedule.Timeline)
		}
	}),
	"schedule.resources": prose(func(m *ProjectMandate) Section { return m.Schedule.Resources }),
	"organisation":       prose(func(m *ProjectMandate) Section { return m.Organisation }),
	"itPolicy":           prose(func(m *ProjectMandate) Section { return m.ITPolicy }),
	"attachments": custom(func(c *checker, p string, t title, m *ProjectMandate) {
		for i, a := range m.Attachments {
			c.text(indexPath(p, i), t, a)
		}
	}),
}

// Validate reports what Mandate.Validate reports for the sections of this
// template, and the findings of the timeline (phase.Timeline.Validate,
// codes "timeline.*", paths under "schedule.timeline"). When the decision
// box gives "Neste fase ferdig" as a date and the timeline has a concept
// phase ending on another day, it warns with mandate.next_phase_mismatch.
func (m *ProjectMandate) Validate() phase.Findings {
	return checkDocument(m, m.Header, Rules{}, false, projectMandateFieldsOf).fs
}

// nextPhase compares "Neste fase ferdig" with the concept phase's end.
func (c *checker) nextPhase(done DateField, tl phase.Timeline) {
	p, ok := tl.Find(phase.Concept)
	if !done.IsDate() || !ok || !p.End.IsValid() || p.End == done.Date {
		return
	}
	c.add("next_phase_mismatch", "header.decision.nextPhaseDone", phase.SeverityWarning, phase.Text{
		NB: "«Neste fase ferdig» er " + done.Date.Norwegian() + ", men tidsplanen avslutter konseptfasen " + p.End.Norwegian(),
		NN: "«Neste fase ferdig» er " + done.Date.Norwegian() + ", men tidsplanen avsluttar konseptfasen " + p.End.Norwegian(),
		EN: "“Neste fase ferdig” (next phase done) is " + done.Date.Norwegian() + ", but the timeline ends the concept phase " + p.End.Norwegian(),
	})
}
