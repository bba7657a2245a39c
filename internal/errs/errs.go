// Package errs builds the module's errors: path errors joined from the
// parts of a value to the whole, and causes whose text names the module
// once.
package errs

import (
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/fieldpath"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Wrap returns err as a *phase.PathError for operation op at path prefix.
// An err that is already a *phase.PathError keeps its cause and gets prefix
// joined before its path ("checklists" and "bp2.items[0]" give
// "checklists.bp2.items[0]"), so a path error from a part reports the path
// in the whole. A nil err gives nil.
func Wrap(op, prefix string, err error) error {
	if err == nil {
		return nil
	}
	if pe, ok := err.(*phase.PathError); ok {
		return &phase.PathError{Op: op, Path: fieldpath.Join(prefix, pe.Path), Err: pe.Err}
	}
	return &phase.PathError{Op: op, Path: prefix, Err: err}
}

// Cause returns the text of err without the module's "veiviser: " prefix,
// for an error that names the module itself before it.
func Cause(err error) string { return strings.TrimPrefix(err.Error(), "veiviser: ") }

// Kind returns an error that matches both kind and cause with errors.Is
// (and cause's typed errors with errors.As), and reads as kind's text
// followed by cause's, the module named once: "veiviser: invalid
// checklist: unknown field \"sjekk\"".
func Kind(kind, cause error) error { return &kindError{kind, cause} }

type kindError struct{ kind, cause error }

func (e *kindError) Error() string   { return e.kind.Error() + ": " + Cause(e.cause) }
func (e *kindError) Unwrap() []error { return []error{e.kind, e.cause} }
