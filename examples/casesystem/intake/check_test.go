package intake

import (
	"errors"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// The Asker mandate (seed 001) is read from examples/asker, which keeps
// it, so that the repository has one copy.

func TestCheckJSON(t *testing.T) {
	asker, err := os.ReadFile("../../asker/mandat.json")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Check(asker)
	if err != nil {
		t.Fatal(err)
	}
	if c.Template.String() != "project_mandate_v2.5" || c.Format != "json" || c.MediaType != MediaJSON {
		t.Errorf("Asker's mandate read as %s, %s, %s", c.Template, c.Format, c.MediaType)
	}
	enc, err := product.Encode(c.Document)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Check(enc)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(c, again, cmp.Comparer(func(a, b product.Document) bool { return a.Template() == b.Template() })); diff != "" {
		t.Errorf("the stored form checks otherwise (-bare +stored):\n%s", diff)
	}
	for _, bad := range []string{`{}`, `{"header": {"bogus": 1}}`, `{"template": "mandate", "document": {"bogus": 1}}`} {
		if _, err := Check([]byte(bad)); !errors.Is(err, ErrUnreadable) {
			t.Errorf("Check(%s): %v, want ErrUnreadable", bad, err)
		}
	}
}

func FuzzCheck(f *testing.F) {
	asker, err := os.ReadFile("../../asker/mandat.json")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(asker)
	f.Add([]byte(`{"template": "mandate", "document": {}}`))
	f.Add([]byte("Mandat for konseptfasen\n\n1 Bakgrunn\nTekst.\n"))
	f.Add([]byte("# Mandat for konseptfasen\n\n## 1 Bakgrunn\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Check(data)
		if err != nil {
			if !errors.Is(err, ErrUnreadable) {
				t.Errorf("Check: %v does not wrap ErrUnreadable", err)
			}
			return
		}
		if c.Document == nil || !c.Template.IsValid() {
			t.Fatalf("Check: %+v", c)
		}
		errs := 0
		for i, f := range c.Findings {
			if f.Severity == phase.SeverityError {
				errs++
				if i > 0 && c.Findings[i-1].Severity != phase.SeverityError {
					t.Errorf("error finding %d after a lesser one", i)
				}
			}
		}
		if errs != c.Errors {
			t.Errorf("%d error findings, Errors %d", errs, c.Errors)
		}
	})
}
