// Package enum holds the shared machinery behind the library's enumerations:
// a fixed table of wire codes and labels for the values 1..n of a small
// integer type, where the zero value means "not set".
//
// Public packages wrap it so that no type from here appears in their API.
package enum

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

// ErrUnknownValue is wrapped by every *ValueError. The phase package
// re-exports it as phase.ErrUnknownValue.
var ErrUnknownValue = errors.New("veiviser: unknown value")

// ValueError reports a value that is not one of an enumeration's values.
// The phase package re-exports it as enum.ValueError.
type ValueError struct {
	Type  string // the enumeration, e.g. "phase"
	Value string // the offending input
}

// Error returns developer-facing text.
func (e *ValueError) Error() string {
	if e.Value == "" {
		return fmt.Sprintf("veiviser: empty %s", e.Type)
	}
	return fmt.Sprintf("veiviser: unknown %s %q", e.Type, e.Value)
}

// Unwrap returns ErrUnknownValue.
func (e *ValueError) Unwrap() error { return ErrUnknownValue }

// Label is the name of a value in bokmål (NB), nynorsk (NN) and English
// (EN). It has the fields of phase.Text, which this package cannot import,
// so phase.Text(label) converts it.
type Label struct {
	NB, NN, EN string
}

// Table maps the values 1..len(Codes) of T to their wire codes and labels.
// The zero value of T is "not set" and has no code. A Table is read-only
// after construction and safe for concurrent use.
type Table[T ~uint8] struct {
	// Type names the enum in messages, for example "phase".
	Type string
	// Codes holds the wire code of value i+1 at index i.
	Codes []string
	// Labels holds the label of value v at index v; index 0 is unused.
	// Write it as a keyed literal, []Label{Red: {…}, Green: {…}}, so each
	// label stands beside its value. Check verifies it is complete.
	Labels []Label
}

// Valid reports whether v is one of the table's values.
func (t Table[T]) Valid(v T) bool { return v >= 1 && int(v) <= len(t.Codes) }

// String returns the wire code of v, or "Type(n)" for a value outside the table.
func (t Table[T]) String(v T) string {
	if t.Valid(v) {
		return t.Codes[v-1]
	}
	return t.Type + "(" + strconv.Itoa(int(v)) + ")"
}

// Code returns the wire code of v and whether v is valid.
func (t Table[T]) Code(v T) (string, bool) {
	if !t.Valid(v) {
		return "", false
	}
	return t.Codes[v-1], true
}

// Label returns the label of v, or, for an invalid v or one without a
// label, String(v) in all three languages.
func (t Table[T]) Label(v T) Label {
	if !t.Valid(v) || int(v) >= len(t.Labels) {
		s := t.String(v)
		return Label{NB: s, NN: s, EN: s}
	}
	return t.Labels[v]
}

// Check reports a table that is not well formed: a blank or repeated wire
// code (codes are matched regardless of case), Labels not of length
// len(Codes)+1, a label at the unused index 0, or a label with a blank
// language. Every package checks its tables in a test.
func (t Table[T]) Check() error {
	var errs []error
	seen := make(map[string]int, len(t.Codes))
	for i, c := range t.Codes {
		k := strings.ToLower(c)
		switch j, dup := seen[k]; {
		case strings.TrimSpace(c) == "":
			errs = append(errs, fmt.Errorf("%s: value %d has a blank code", t.Type, i+1))
		case dup:
			errs = append(errs, fmt.Errorf("%s: values %d and %d share the code %q", t.Type, j+1, i+1, c))
		}
		seen[k] = i
	}
	if len(t.Labels) != len(t.Codes)+1 {
		errs = append(errs, fmt.Errorf("%s: %d labels for %d values; want one per value and index 0 unused", t.Type, len(t.Labels), len(t.Codes)))
	}
	if len(t.Labels) > 0 && t.Labels[0] != (Label{}) {
		errs = append(errs, fmt.Errorf("%s: label at index 0, which is no value", t.Type))
	}
	for v := 1; v < len(t.Labels); v++ {
		l := t.Labels[v]
		for _, s := range [...]struct{ lang, text string }{{"nb", l.NB}, {"nn", l.NN}, {"en", l.EN}} {
			if strings.TrimSpace(s.text) == "" {
				errs = append(errs, fmt.Errorf("%s: value %d (%s) has no %s label", t.Type, v, t.String(T(v)), s.lang))
			}
		}
	}
	return errors.Join(errs...)
}

// Parse returns the value whose code is s (exact match, after trimming
// surrounding white space and folding ASCII case).
func (t Table[T]) Parse(s string) (T, bool) {
	s = strings.TrimSpace(s)
	for i, c := range t.Codes {
		if strings.EqualFold(c, s) {
			return T(i + 1), true
		}
	}
	return 0, false
}

// All returns every valid value in order.
func (t Table[T]) All() []T {
	out := make([]T, len(t.Codes))
	for i := range t.Codes {
		out[i] = T(i + 1)
	}
	return out
}

// Marshal returns the wire code of v, or a *ValueError when v is not valid.
func (t Table[T]) Marshal(v T) ([]byte, error) {
	c, ok := t.Code(v)
	if !ok {
		return nil, &ValueError{Type: t.Type, Value: t.String(v)}
	}
	return []byte(c), nil
}

// Unmarshal sets *v to the value whose code is b, or returns a *ValueError
// and leaves *v unchanged.
func (t Table[T]) Unmarshal(b []byte, v *T) error {
	x, ok := t.Parse(string(b))
	if !ok {
		return &ValueError{Type: t.Type, Value: string(b)}
	}
	*v = x
	return nil
}
