package errs

import (
	"errors"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/google/go-cmp/cmp"
)

// TestWrapPath: a path error from a part reports the path in the whole,
// keeps its cause, and names the module once.
func TestWrap(t *testing.T) {
	inner := &phase.PathError{Op: "decode", Path: "items[0].state", Err: phase.ErrUnknownValue}
	got := Wrap("decode", "checklists.bp2", inner)
	var pe *phase.PathError
	if !errors.As(got, &pe) || pe.Path != "checklists.bp2.items[0].state" || !errors.Is(got, phase.ErrUnknownValue) {
		t.Fatalf("Wrap = %#v", got)
	}
	if diff := cmp.Diff("veiviser: decode checklists.bp2.items[0].state: unknown value", got.Error()); diff != "" {
		t.Errorf("Error() (-want +got):\n%s", diff)
	}
	if Wrap("decode", "x", nil) != nil {
		t.Error("Wrap(nil) is not nil")
	}
	if n := strings.Count(Wrap("decode", "a", Wrap("decode", "b", phase.ErrInvalidDate)).Error(), "veiviser:"); n != 1 {
		t.Errorf("the module is named %d times", n)
	}
}

// TestKind: the error matches the kind and the cause, and names the module
// once.
func TestKind(t *testing.T) {
	kind := errors.New("veiviser: invalid checklist")
	err := Kind(kind, phase.ErrUnknownField)
	if !errors.Is(err, kind) || !errors.Is(err, phase.ErrUnknownField) {
		t.Fatalf("Kind does not match both: %v", err)
	}
	if diff := cmp.Diff("veiviser: invalid checklist: unknown field", err.Error()); diff != "" {
		t.Errorf("Error() (-want +got):\n%s", diff)
	}
}
