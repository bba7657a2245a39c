package product_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/phase"
)

// TestAnswersThatSayNothing: a section answered with a dash, "TBD" or
// «Kommer senere» is unanswered; «Ikke aktuelt» and "N/A" are answers
// (the section does not apply), in bokmål and nynorsk.
func TestAnswersThatSayNothing(t *testing.T) {
	for _, tt := range []struct {
		answer string
		blank  bool
	}{
		{"-", true}, {".", true}, {"...", true}, {"TBD", true}, {"xx", true},
		{"Kommer", true}, {"Kommer senere", true}, {"Kjem seinare", true}, {"Se over", true}, {"Sjå over", true},
		{"Ikke aktuelt", false}, {"Ikkje aktuelt", false}, {"N/A", false}, {"Ikke relevant", false},
		{"Kommunene på Helgeland vil samarbeide.", false},
	} {
		m := sample.Mandate()
		m.Background.Text = tt.answer
		var got []string
		for _, f := range m.Validate() {
			if f.Path == "background" || f.Path == "background.text" {
				got = append(got, string(f.Code))
			}
		}
		var want []string
		if tt.blank {
			want = []string{"mandate.section_blank"}
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("background %q (-want +got):\n%s", tt.answer, diff)
		}
	}
}

// TestMarkupIsNoPlaceholder: HTML pasted into a section gives no finding
// per tag, and a real placeholder among tags is still found once.
func TestMarkupIsNoPlaceholder(t *testing.T) {
	m := sample.Mandate()
	m.Background.Text = "<p>Kommunene vil samarbeide.</p><br/><p>Frist: <dato></p>"
	var got []string
	for _, f := range m.Validate() {
		if f.Severity == phase.SeverityError && (f.Path == "background.text" || f.Path == "background") {
			got = append(got, string(f.Code))
		}
	}
	if diff := cmp.Diff([]string{"mandate.placeholder"}, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}
