// Package texttest checks, in tests, that an enumeration's labels come from
// its text: Label in a language is Text in that language, and an invalid
// value is named by its String form. It is apart from enumtest because it
// knows phase, which enumtest's own users include.
package texttest

import (
	"testing"

	"github.com/digitale-helgeland/veiviser/phase"
)

// Texter is an enumeration value with labels in bokmål, nynorsk and English.
type Texter interface {
	Text() phase.Text
	Label(phase.Language) string
	String() string
	IsValid() bool
}

// Check checks every value of vs: Label(l) is Text().In(l) in each
// language, and Text is the String form in all three exactly when the
// value is invalid.
func Check(t testing.TB, vs ...Texter) {
	t.Helper()
	for _, v := range vs {
		txt := v.Text()
		for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English} {
			if got := v.Label(l); got != txt.In(l) {
				t.Errorf("%T(%v).Label(%v) = %q, Text().In = %q", v, v, l, got, txt.In(l))
			}
		}
		s := v.String()
		if v.IsValid() == (txt == phase.Text{NB: s, NN: s, EN: s}) {
			t.Errorf("%T(%v).Text() = %v; valid %v", v, v, txt, v.IsValid())
		}
	}
}
