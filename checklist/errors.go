package checklist

import (
	"errors"
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
)

// Sentinel errors. Match them with errors.Is; this package returns them
// wrapped in a *ChangeError or a *PathError that says where.
var (
	// ErrUnknownItem reports an item ID the checklist does not have.
	ErrUnknownItem = errors.New("veiviser: unknown checklist item")
	// ErrDuplicateItem reports two items with the same ID in one checklist.
	ErrDuplicateItem = errors.New("veiviser: duplicated checklist item")
	// ErrInvalidAnswer reports an answer that cannot be read, or that does
	// not fit the item's kind (a yes/no answer to a choice, an unknown option).
	ErrInvalidAnswer = errors.New("veiviser: invalid checklist answer")
	// ErrCommentRequired reports a "not relevant", "deferred" or waiver
	// without a comment of at least the checklist's minimum length.
	ErrCommentRequired = errors.New("veiviser: comment required")
	// ErrInvalidNote reports a change without who made it or without a valid date.
	ErrInvalidNote = errors.New("veiviser: change needs who and a valid date")
	// ErrOutOfOrder reports a change dated before the item's previous change.
	ErrOutOfOrder = errors.New("veiviser: checklist change out of date order")
	// ErrNotAllowed reports a change the item's state does not allow, such
	// as answering an archived item.
	ErrNotAllowed = errors.New("veiviser: checklist change not allowed")
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
	b.WriteString(e.Err.Error())
	b.WriteString(": checklist ")
	b.WriteString(e.Checklist)
	if e.Item != "" {
		b.WriteString(" item ")
		b.WriteString(e.Item)
	}
	if len(e.Unmet) > 0 {
		b.WriteString(": ")
		b.WriteString(e.Unmet.String())
	}
	return b.String()
}

// Unwrap returns Err.
func (e *ChangeError) Unwrap() error { return e.Err }

// PathError reports malformed data at Path, a JSON path such as
// "items[3].history[0].state". Err wraps ErrInvalidChecklist,
// ErrDuplicateItem or a *phase.ValueError.
type PathError struct {
	Path string
	Err  error
}

// Error returns developer-facing text.
func (e *PathError) Error() string {
	if e.Path == "" {
		return e.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

// Unwrap returns Err.
func (e *PathError) Unwrap() error { return e.Err }
