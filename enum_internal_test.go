package veiviser

import (
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/enum/enumtest"
	"github.com/digitale-helgeland/veiviser/phase"
)

func TestEnumTables(t *testing.T) {
	enumtest.Tables(t, map[string]enumtest.Checker{
		"auditProblems": auditProblems,
		"topics":        topics,
	})
}

// TestText checks that Label is Text in one language, and that an invalid
// value is named by its String form.
func TestText(t *testing.T) {
	type texter interface {
		Text() phase.Text
		Label(phase.Language) string
		String() string
		IsValid() bool
	}
	for i := range 10 {
		for _, v := range []texter{AuditProblem(i), Topic(i)} {
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
}
