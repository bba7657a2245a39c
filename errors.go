package veiviser

import (
	"errors"
	"fmt"
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
)

// ErrAuditBroken is wrapped by every *AuditError: the audit log has been
// altered, cut or reordered after it was written.
var ErrAuditBroken = errors.New("veiviser: audit log broken")

// Errors from decoding a stored project. Each is wrapped in a *DecodeError
// that names the field path.
var (
	// ErrDecode is wrapped by every *DecodeError.
	ErrDecode = errors.New("veiviser: cannot decode project")
	// ErrTooLarge reports input over the size limit.
	ErrTooLarge = errors.New("veiviser: stored project too large")
	// ErrInconsistent reports parts of a stored project that contradict
	// each other, such as an audit log that does not match the decisions.
	ErrInconsistent = errors.New("veiviser: inconsistent project")
)

// DecodeError reports where and why a stored project could not be read.
// errors.Is matches ErrDecode and whatever Err matches (phase.ErrSchemaVersion,
// phase.ErrUnknownValue, phase.ErrInvalidHistory, …).
type DecodeError struct {
	Path string // JSON path of the failing value; "" for the whole input
	Err  error
}

// Error returns developer-facing text.
func (e *DecodeError) Error() string {
	if e.Path == "" {
		return ErrDecode.Error() + ": " + e.Err.Error()
	}
	return ErrDecode.Error() + ": " + e.Path + ": " + e.Err.Error()
}

// Unwrap returns Err.
func (e *DecodeError) Unwrap() error { return e.Err }

// Is reports whether target is ErrDecode.
func (e *DecodeError) Is(target error) bool { return target == ErrDecode }

// AuditError reports the first broken entry of an audit log. It wraps
// ErrAuditBroken.
type AuditError struct {
	Index   int
	Problem AuditProblem
}

// Error returns developer-facing text.
func (e *AuditError) Error() string {
	return fmt.Sprintf("%v: entry [%d] %s", ErrAuditBroken, e.Index, strings.ToLower(e.Problem.Label(phase.English)))
}

// Unwrap returns ErrAuditBroken.
func (e *AuditError) Unwrap() error { return ErrAuditBroken }
