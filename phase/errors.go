package phase

import (
	"errors"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/internal/jsonpath"
	"github.com/digitale-helgeland/veiviser/internal/wire"
)

// Sentinel errors shared by every package of the module: one sentinel per
// meaning, matched with errors.Is wherever the error comes from. The errors
// the packages return wrap them with context (a *PathError, a
// *DecisionError, a *HistoryError, a package's own typed error).
var (
	// ErrUnknownValue reports an unknown or unset enumeration value, such
	// as a phase code no one has defined.
	ErrUnknownValue = enum.ErrUnknownValue
	// ErrUnknownField reports a JSON key that names no field of stored
	// data, most often a misspelt key.
	ErrUnknownField = jsonpath.ErrUnknownField
	// ErrDuplicateKey reports a JSON object key given twice in stored
	// data, where encoding/json would keep the last value silently.
	ErrDuplicateKey = wire.ErrDuplicateKey
	// ErrInvalidUTF8 reports a string in stored data, or in a value to
	// store, that is not valid UTF-8 (or an escaped lone surrogate).
	ErrInvalidUTF8 = wire.ErrInvalidUTF8
	// ErrMissingField reports a field of stored data that the stored form
	// always has (one without omitempty), left out.
	ErrMissingField = wire.ErrMissingField
	// ErrNotStored reports a value in stored data that is not in the form
	// the module stores: null where none is written, a value of another
	// JSON kind, or text read leniently ("BP 1", "25.2.2020", "Concept")
	// where the stored form is exact ("bp1", "2020-02-25", "concept").
	// Lenient reading is for what people type: the Parse functions.
	ErrNotStored = wire.ErrNotStored
	// ErrDuplicateID reports an ID used twice where IDs must be unique.
	ErrDuplicateID = errors.New("veiviser: duplicate ID")
	// ErrAmbiguous is returned by Parse when a text names more than one phase.
	ErrAmbiguous = errors.New("veiviser: ambiguous phase name")
	// ErrInvalidDate reports a date that is malformed, out of range or a
	// template placeholder such as "<dato>" or "xx.xx.xx".
	ErrInvalidDate = errors.New("veiviser: invalid date")
	// ErrInvalidModel reports a tailored model that contradicts itself.
	ErrInvalidModel = errors.New("veiviser: invalid lifecycle model")
	// ErrInvalidDecision reports a decision with missing or malformed fields.
	ErrInvalidDecision = errors.New("veiviser: invalid decision")
	// ErrWrongPoint reports a decision at a decision point that is not the
	// one the lifecycle is waiting for.
	ErrWrongPoint = errors.New("veiviser: wrong decision point")
	// ErrOutOfOrder reports a change dated before the change before it: a
	// decision, a checklist answer, a benefit's or a membership's change.
	ErrOutOfOrder = errors.New("veiviser: dated before the previous change")
	// ErrTerminal reports a change to something whose lifecycle has ended:
	// a stopped or completed project, a realised or withdrawn benefit.
	ErrTerminal = errors.New("veiviser: lifecycle has ended")
	// ErrNotAllowed reports a change that the current state does not allow,
	// such as answering an archived checklist item or realising a benefit
	// that was never planned.
	ErrNotAllowed = errors.New("veiviser: change not allowed in this state")
	// ErrRefused reports a change refused because requirements are unmet;
	// the typed error that wraps it lists every unmet requirement.
	ErrRefused = errors.New("veiviser: refused")
	// ErrInvalidHistory reports a recorded history that cannot be replayed.
	ErrInvalidHistory = errors.New("veiviser: invalid history")
	// ErrSchemaVersion reports stored data (a project, a document) whose
	// schemaVersion is missing where it is required, or is newer than this
	// version of the module reads.
	ErrSchemaVersion = errors.New("veiviser: unknown schema version")
	// ErrTooLarge reports input over a size limit.
	ErrTooLarge = errors.New("veiviser: input too large")
)

// PathError records an error and where it happened: Op is what was being
// done ("decode", "encode", "validate"), Path the JSON path of the value in
// the stored form ("lifecycle.history[3].date", "checklists.bp2.items[0]";
// empty for the whole input), and Err the cause, which errors.Is and
// errors.As see through Unwrap. It is the one error shape with a path in
// this module, as io/fs has one PathError.
type PathError struct {
	Op   string
	Path string
	Err  error
}

// Error returns developer-facing text: "veiviser: decode
// lifecycle.history[3].date: invalid date …". The module is named once.
func (e *PathError) Error() string {
	var b strings.Builder
	b.WriteString("veiviser: ")
	b.WriteString(e.Op)
	if e.Path != "" {
		b.WriteString(" ")
		b.WriteString(e.Path)
	}
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(cause(e.Err))
	}
	return b.String()
}

// Unwrap returns Err.
func (e *PathError) Unwrap() error { return e.Err }

// cause returns the text of err without the module's "veiviser: " prefix.
func cause(err error) string { return strings.TrimPrefix(err.Error(), "veiviser: ") }
