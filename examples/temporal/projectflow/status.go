package projectflow

import (
	"time"

	"go.temporal.io/sdk/workflow"

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

// status reads the run's state; it changes nothing.
func (r *run) status(_ workflow.Context) Status {
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
	if next, ok := r.p.Next(); ok {
		s.Next, s.Ready, s.Missing, s.Warnings = &next.Step, next.Ready, next.Missing, next.Warnings
		s.NextReminder = r.reminderDue()
	}
	if t, ok := r.ksDue(); ok {
		s.KSCheckpoint6Due = t
	}
	return s
}
