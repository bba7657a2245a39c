package product_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// TestReviewOf: the mandate's checklist section derived from a BP1
// checklist reads back (ChecklistReview.Checklist) as the same answers,
// and an answer dated after the day asked for does not count.
func TestReviewOf(t *testing.T) {
	cl := checklist.MustBP(phase.BP1)
	on := func(d string) checklist.Note { return checklist.Note{By: "Prosjektleder", On: phase.MustDate(d)} }
	for id, reply := range map[string]string{"1": "ja", "2": "nei", "3": "ja", "4": "prosjekt"} {
		if err := cl.Record(id, reply, on("01.02.2020")); err != nil {
			t.Fatal(err)
		}
	}
	n := on("02.02.2020")
	n.Comment = "Ingen anskaffelse"
	if err := cl.NotRelevant("5", n); err != nil {
		t.Fatal(err)
	}
	if err := cl.Record("6", "ja", on("01.06.2020")); err != nil { // after the day
		t.Fatal(err)
	}
	r := product.ReviewOf(cl, phase.MustDate("28.05.2020"), phase.Bokmal)
	var got []string
	for _, e := range r.Items {
		got = append(got, e.Comment)
	}
	want := []string{"Ja", "Nei", "Ja", r.Items[3].Comment, "Ikke relevant: Ingen anskaffelse", "", ""}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("comments (-want +got):\n%s", diff)
	}
	back, fs := r.Checklist(on("28.05.2020"))
	if len(fs) > 0 {
		t.Fatalf("the derived section does not read back: %v", fs)
	}
	for _, it := range cl.Items() {
		it = it.AsOf(phase.MustDate("28.05.2020"))
		b, _ := back.Item(it.ID)
		wa, _ := it.Answer()
		ga, _ := b.Answer()
		if it.State() != b.State() || wa != ga {
			t.Errorf("item %s reads back as %v %v, want %v %v", it.ID, b.State(), ga, it.State(), wa)
		}
	}
	for i, e := range r.Items {
		it := cl.Items()[i]
		if e.Number != i+1 || e.Question != it.Question.Text {
			t.Errorf("row %d: number %d, question %q", i, e.Number, e.Question)
		}
	}
}

// TestReviewAgrees: a review agrees with the checklist when it reads back
// as the same answers, however worded.
func TestReviewAgrees(t *testing.T) {
	cl := checklist.MustBP(phase.BP1)
	for _, it := range cl.Items() {
		reply := "ja"
		if it.Kind == checklist.Choice {
			reply = it.Options[0].ID
		}
		if err := cl.Record(it.ID, reply, checklist.Note{By: "x", On: phase.MustDate("01.02.2020")}); err != nil {
			t.Fatal(err)
		}
	}
	r := product.ReviewOf(cl, phase.Date{}, phase.Bokmal)
	if !r.Agrees(cl, phase.Date{}) {
		t.Error("the derived review does not agree")
	}
	r.Items[0].Comment = "JA."
	if !r.Agrees(cl, phase.Date{}) {
		t.Error("a review worded otherwise does not agree")
	}
	r.Items[0].Comment = "nei"
	if r.Agrees(cl, phase.Date{}) {
		t.Error("a review with another answer agrees")
	}
	if r.Agrees(cl, phase.MustDate("01.01.2020")) {
		t.Error("a review agrees with a checklist not yet answered on the day")
	}
}
