package projectflow

import (
	"time"

	"github.com/digitale-helgeland/veiviser/phase"
)

// Status is what the status query answers: where the project is, what may
// happen next and what it lacks, and what the workflow is waiting for.
type Status struct {
	ID       string         `json:"id"`
	Name     string         `json:"name"`
	Position phase.Position `json:"position"`
	Status   phase.Status   `json:"status"`
	// Next is the step an approval would take; nil when the project has
	// ended.
	Next *phase.Step `json:"next,omitempty"`
	// Ready reports whether an approval at Next would be accepted now.
	Ready bool `json:"ready"`
	// Missing is what blocks an approval; Warnings what it would go
	// ahead despite (veiviser.NextStep).
	Missing  phase.Findings `json:"missing,omitempty"`
	Warnings phase.Findings `json:"warnings,omitempty"`
	// Decisions counts the decisions taken; Last is the latest.
	Decisions int             `json:"decisions"`
	Last      *phase.Decision `json:"last,omitempty"`
	// AuditHead is the head of the project's audit log.
	AuditHead string `json:"auditHead,omitempty"`
	// Journal is the archive's reference to the last decision this run
	// journalled.
	Journal string `json:"journal,omitempty"`
	// Journalling is the decision being journalled now, if one is.
	Journalling *phase.Decision `json:"journalling,omitempty"`
	// WaitingSince is when the next decision point began to wait;
	// Reminders how many reminders the wait has had; NextReminder when
	// the next is due.
	WaitingSince time.Time `json:"waitingSince"`
	Reminders    int       `json:"reminders,omitempty"`
	NextReminder time.Time `json:"nextReminder,omitzero"`
	// KSCheckpoint6Due is when KS checkpoint 6 becomes due, for a state
	// project that affects the municipal sector with a known roll-out
	// date whose notice has not been sent; zero otherwise.
	KSCheckpoint6Due time.Time `json:"ksCheckpoint6Due,omitzero"`
	// Refused is the last decision the library refused.
	Refused *Refusal `json:"refused,omitempty"`
}

// readiness is the next step and what an approval at it lacks on the day
// of now (the workflow's clock); false when the project has ended.
//
// Project.Next takes no date, so it judges requirements timed by date as
// after every deadline: it lists KS checkpoint 6 as missing years before
// the budget year in which it is due. The workflow asks Project.Check
// instead, for an approval dated today (or the last decision's date, if
// that is later) with placeholders for the deciding body, so that such
// requirements are judged as of today, as the decision itself will be.
func (r *run) readiness(now time.Time) (phase.Step, phase.Findings, phase.Findings, bool) {
	st, ok := r.p.Lifecycle().Next()
	if !ok {
		return phase.Step{}, nil, nil, false
	}
	probe := phase.Decision{Point: st.Point, Outcome: phase.Approved, Date: dayOf(now), Body: "(status)", DecidedBy: "(status)"}
	if h := r.p.History(); len(h) > 0 && probe.Date.Before(h[len(h)-1].Date) {
		probe.Date = h[len(h)-1].Date
	}
	fs := r.p.Check(probe)
	return st, fs.Errors(), fs.Warnings(), true
}

// status reads the run's state at now (the workflow's clock); it changes
// nothing.
func (r *run) status(now time.Time) Status {
	s := Status{
		ID: r.p.ID, Name: r.p.Name, Position: r.p.Position(), Status: r.p.Status(),
		AuditHead: r.p.Audit().Head(), Journal: r.journal, Journalling: r.pending,
		WaitingSince: r.wait.Since, Reminders: r.wait.Reminders, Refused: r.refused,
	}
	h := r.p.History()
	s.Decisions = len(h)
	if len(h) > 0 {
		s.Last = &h[len(h)-1]
	}
	if st, missing, warnings, ok := r.readiness(now); ok {
		s.Next, s.Ready, s.Missing, s.Warnings = &st, len(missing) == 0, missing, warnings
		s.NextReminder = r.reminderDue()
	}
	if t, ok := r.ksDue(); ok {
		s.KSCheckpoint6Due = t
	}
	return s
}
