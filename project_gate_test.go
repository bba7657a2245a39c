package veiviser

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// besideChecklist returns the findings of m's own check outside its
// checklist section, as productGate keeps them.
func besideChecklist(m *product.Mandate) phase.Findings {
	var out phase.Findings
	for _, f := range product.ValidateWith(m, product.Rules{}) {
		if f.Path != "checklist" && !strings.HasPrefix(f.Path, "checklist.") {
			out = append(out, f)
		}
	}
	return out
}

// TestMandateFindingsBesideChecklist holds what productGate relies on to
// use the findings Validate has for a mandate instead of checking the
// mandate again with its checklist section as approval would write it:
// nothing the mandate's check finds outside that section depends on the
// section. Each mandate (complete, of the older template, approved, with
// blanks and template text) gets each review (none, blank, Digdir's
// checklist unanswered and answered, one that cannot be read).
func TestMandateFindingsBesideChecklist(t *testing.T) {
	approved := sample.Mandate()
	approved.Header.Status = product.StatusApproved
	blanks := sample.Mandate()
	blanks.Background = product.Section{}
	blanks.Purpose.Needs = product.Section{Text: "<Beskriv behovet>"}
	blanks.Header.Decision = product.DecisionBox{}
	mandates := map[string]*product.Mandate{
		"complete": sample.Mandate(), "template 3": sample.MandateV3(), "approved": approved, "blanks": blanks,
	}
	answered, fs := product.ChecklistReview{Items: sample.BP1Review("ja", "nei", "Ikke relevant: ingen KS-tilknytning", "prosjekt")}.
		Checklist(checklist.Note{By: "Prosjektleder", On: phase.MustDate("2020-02-20")})
	if fs.HasErrors() {
		t.Fatal(fs)
	}
	reviews := map[string]product.ChecklistReview{
		"none":       {},
		"blank rows": {Items: sample.BP1Review("", "", "")},
		"unanswered": product.ReviewOf(checklist.MustBP(phase.BP1), phase.Date{}, phase.Bokmal),
		"answered":   product.ReviewOf(answered, phase.Date{}, phase.Nynorsk),
		"unreadable": {Items: []product.ChecklistEntry{{Number: 99, Question: "<spørsmål>", Comment: "kanskje"}, {Number: 1, Comment: "[svar]"}, {Number: 1}}},
	}
	for mn, m := range mandates {
		want := besideChecklist(m)
		if len(want) == 0 && mn == "blanks" {
			t.Fatalf("%s: no findings: the test cannot fail", mn)
		}
		for rn, r := range reviews {
			derived := *m
			derived.Checklist = r
			if diff := cmp.Diff(want, besideChecklist(&derived)); diff != "" {
				t.Errorf("mandate %s with review %s (-as it stands +with the review):\n%s", mn, rn, diff)
			}
		}
	}
}
