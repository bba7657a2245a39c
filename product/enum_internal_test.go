package product

import (
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/enum/enumtest"
	"github.com/digitale-helgeland/veiviser/phase"
)

func TestEnumTables(t *testing.T) {
	enumtest.Tables(t, map[string]enumtest.Checker{
		"documentStatuses": documentStatuses,
		"fileFormats":      fileFormats,
		"goalKinds":        goalKinds,
		"templates":        templates,
		"toleranceAreas":   toleranceAreas,
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
	for i := range 12 {
		for _, v := range []texter{DocumentStatus(i), GoalKind(i), Template(i), ToleranceArea(i)} {
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
	if got, want := TemplateGoverningDocument.Text(), phase.GoverningDocument.Text(); got != want {
		t.Errorf("TemplateGoverningDocument.Text() = %v, want the product's %v", got, want)
	}
	if got := TemplateProjectMandate.Label(phase.Bokmal); got != "Prosjektmandat (mal 2.5)" {
		t.Errorf("TemplateProjectMandate.Label(Bokmal) = %q", got)
	}
}
