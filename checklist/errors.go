package checklist

import (
	"errors"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/errs"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Sentinel errors. Match them with errors.Is; this package returns them
// wrapped in a *ChangeError or a *phase.PathError that says where.
var (
	// ErrUnknownItem reports an item ID the checklist does not have.
	ErrUnknownItem = errors.New("veiviser: unknown checklist item")
	// ErrInvalidAnswer reports an answer that cannot be read, or that does
	// not fit the item's kind (a yes/no answer to a choice, an unknown option).
	ErrInvalidAnswer = errors.New("veiviser: invalid checklist answer")
	// ErrCommentRequired reports a "not relevant", "deferred" or waiver
	// without a comment of at least the checklist's minimum length.
	ErrCommentRequired = errors.New("veiviser: comment required")
	// ErrInvalidNote reports a change without who made it or without a valid date.
	ErrInvalidNote = errors.New("veiviser: change needs who and a valid date")
	// ErrInvalidChecklist reports a checklist or set whose definition or
	// stored form is malformed.
	ErrInvalidChecklist = errors.New("veiviser: invalid checklist")
	// ErrNoBuiltin reports a decision point without a built-in checklist.
	ErrNoBuiltin = errors.New("veiviser: no built-in checklist")
)

// ChangeError reports a change to a checklist that was refused. The
// checklist is unchanged. Err is the sentinel of the first unmet
// requirement; Unmet lists every one, with paths relative to the checklist
// ("items[3].comment").
type ChangeError struct {
	Checklist string // the checklist's ID
	Item      string // the item's ID; empty for a change to the whole checklist
	Unmet     phase.Findings
	Err       error
}

// Error returns developer-facing text naming each unmet requirement.
func (e *ChangeError) Error() string {
	var b strings.Builder
	b.WriteString("veiviser: checklist ")
	b.WriteString(e.Checklist)
	if e.Item != "" {
		b.WriteString(" item ")
		b.WriteString(e.Item)
	}
	b.WriteString(": ")
	b.WriteString(errs.Cause(e.Err))
	if len(e.Unmet) > 0 {
		b.WriteString(": ")
		b.WriteString(e.Unmet.String())
	}
	return b.String()
}

// Unwrap returns Err.
func (e *ChangeError) Unwrap() error { return e.Err }
