package projectflow

import (
	"context"
	"errors"
	"time"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Entry is what the Journal activity archives of a decision: the decision
// as the library recorded it and its audit entry, whose hash identifies it.
type Entry struct {
	// ProjectID and Project name the project.
	ProjectID string `json:"projectId"`
	Project   string `json:"project"`
	// Decision is the decision, dated.
	Decision phase.Decision `json:"decision"`
	// Audit is the decision's entry in the project's audit log; its Hash
	// is the same for the same decision on the same log, so an archive
	// that keys entries by it takes a retried activity once.
	Audit veiviser.AuditEntry `json:"audit"`
	// Position is where the decision leaves the project.
	Position phase.Position `json:"position"`
	// Status is the project's status after the decision.
	Status phase.Status `json:"status"`
}

// NoticeKind says what a Notice is about.
type NoticeKind string

// The kinds of notice.
const (
	// Reminder: a decision point has waited longer than
	// Settings.RemindAfter.
	Reminder NoticeKind = "reminder"
	// KSCheckpoint6Due: the budget year before the roll-out has begun, and
	// KS checkpoint 6 (update the estimates of roll-out costs in the
	// municipal sector) is due from today (see checklist.Options.RollOut).
	KSCheckpoint6Due NoticeKind = "ks_checkpoint6_due"
)

// Notice is a message the Notify activity sends to those who must act:
// the decision body's secretariat, the project owner, the project manager.
type Notice struct {
	Kind      NoticeKind `json:"kind"`
	ProjectID string     `json:"projectId"`
	Project   string     `json:"project"`
	// At is the workflow time the notice was due.
	At time.Time `json:"at"`
	// Point is the decision point that waits (for a reminder), or the
	// next decision point.
	Point phase.DecisionPoint `json:"point,omitempty"`
	// WaitingSince is when the decision point began to wait.
	WaitingSince time.Time `json:"waitingSince,omitzero"`
	// Count numbers the reminders of one wait, from 1.
	Count int `json:"count,omitempty"`
	// Missing is what the next decision still lacks.
	Missing phase.Findings `json:"missing,omitempty"`
	// RollOut is the planned roll-out date (for KSCheckpoint6Due).
	RollOut phase.Date `json:"rollOut,omitzero"`
	// Checkpoint is the state of KS checkpoint 6 (for KSCheckpoint6Due).
	Checkpoint string `json:"checkpoint,omitempty"`
}

// Archive is the case system's archive (sak/arkiv), where decisions are
// journalført. Journal must be idempotent by e.Audit.Hash: Temporal
// retries an activity that failed or timed out, and it may have stored the
// entry before it failed.
type Archive interface {
	Journal(ctx context.Context, e Entry) (ref string, err error)
}

// Notifier sends notices (mail, the case system's task list).
type Notifier interface {
	Notify(ctx context.Context, n Notice) error
}

// Activities are the workflow's activities; register a *Activities with the
// worker. Their names are the method names, "Journal" and "Notify".
type Activities struct {
	Archive  Archive
	Notifier Notifier
}

// errNotConfigured is returned by an activity whose backend is nil.
var errNotConfigured = errors.New("projectflow: activity backend not configured")

// Journal archives e and returns the archive's reference to it.
func (a *Activities) Journal(ctx context.Context, e Entry) (string, error) {
	if a.Archive == nil {
		return "", errNotConfigured
	}
	return a.Archive.Journal(ctx, e)
}

// Notify sends n.
func (a *Activities) Notify(ctx context.Context, n Notice) error {
	if a.Notifier == nil {
		return errNotConfigured
	}
	return a.Notifier.Notify(ctx, n)
}
