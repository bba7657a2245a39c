package phase

import (
	"errors"

	"github.com/digitale-helgeland/veiviser/internal/enum"
)

// Sentinel errors. Match them with errors.Is; the errors this package returns
// wrap them with context (a *ValueError, *DecisionError or *HistoryError).
var (
	// ErrUnknownValue is wrapped by every error that reports an unknown or
	// unset enumeration value, such as a phase code no one has defined.
	// Every enumeration in this module reports through it, as a *ValueError.
	ErrUnknownValue = enum.ErrUnknownValue
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
	// ErrOutOfOrder reports a decision dated before the decision before it.
	ErrOutOfOrder = errors.New("veiviser: decision out of date order")
	// ErrTerminal reports a decision after the project was stopped or completed.
	ErrTerminal = errors.New("veiviser: lifecycle has ended")
	// ErrRefused reports an approval refused because gate requirements are
	// unmet. The *DecisionError that wraps it lists every unmet requirement.
	ErrRefused = errors.New("veiviser: decision refused")
	// ErrInvalidHistory reports a decision history that cannot be replayed.
	ErrInvalidHistory = errors.New("veiviser: invalid decision history")
	// ErrSchemaVersion reports stored data (a project, a document) whose
	// schemaVersion is missing where it is required, or is newer than this
	// version of the module reads.
	ErrSchemaVersion = errors.New("veiviser: unknown schema version")
)

// ValueError reports a value that is not one of an enumeration's values:
// Type names the enumeration and Value the offending input. It wraps
// ErrUnknownValue. Every enumeration in this module reports through it.
type ValueError = enum.ValueError
