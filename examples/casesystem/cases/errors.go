package cases

import (
	"errors"
	"fmt"
)

var (
	// ErrNotFound reports a project or document the store does not hold.
	// Match it with errors.Is.
	ErrNotFound = errors.New("cases: not found")
	// ErrExists reports a project ID already in use. Match it with
	// errors.Is.
	ErrExists = errors.New("cases: project exists")
	// ErrConflict is wrapped by every *ConflictError: the project changed
	// since the version the caller saw. Match it with errors.Is.
	ErrConflict = errors.New("cases: conflict")
	// ErrIntegrity is wrapped by every *IntegrityError: what the store
	// holds of a project does not agree with itself. Match it with
	// errors.Is.
	ErrIntegrity = errors.New("cases: integrity")
	// ErrInvalid reports a request the store cannot act on: a missing
	// field or a file that is no management product. Match it with
	// errors.Is.
	ErrInvalid = errors.New("cases: invalid request")
)

// ConflictError reports a change made on a version of a project that is no
// longer its current one: another case officer changed it first. The
// caller reads the project again and decides anew. It wraps ErrConflict.
type ConflictError struct {
	Project  string
	Expected int64 // the version the change was made on
	Current  int64 // the project's version now
}

// Error returns developer-facing text.
func (e *ConflictError) Error() string {
	return fmt.Sprintf("cases: project %s changed: version %d, not %d; read it again", e.Project, e.Current, e.Expected)
}

// Unwrap returns ErrConflict.
func (e *ConflictError) Unwrap() error { return ErrConflict }

// IntegrityError reports a project whose stored parts disagree: its state
// does not decode, its audit log is broken or does not reach the head kept
// apart, or the rows of its decisions are not its log. Err says what (a
// *veiviser.AuditError, a *phase.PathError, or a description). It wraps
// ErrIntegrity and Err.
type IntegrityError struct {
	Project string
	Err     error
}

// Error returns developer-facing text.
func (e *IntegrityError) Error() string {
	return fmt.Sprintf("cases: project %s: integrity: %v", e.Project, e.Err)
}

// Unwrap returns ErrIntegrity and the error found.
func (e *IntegrityError) Unwrap() []error { return []error{ErrIntegrity, e.Err} }

// StepError reports a change that failed at one step of its transaction;
// the transaction was rolled back and nothing of the change was stored.
// It wraps the step's error.
type StepError struct {
	Step Step
	Err  error
}

// Error returns developer-facing text.
func (e *StepError) Error() string {
	return fmt.Sprintf("cases: %s: %v (rolled back)", e.Step, e.Err)
}

// Unwrap returns the step's error.
func (e *StepError) Unwrap() error { return e.Err }
