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
