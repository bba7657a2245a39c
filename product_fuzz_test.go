package veiviser

import (
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// The decoding fuzz targets, one per product family. Each checks that no
// input makes decoding or validation panic, and that whatever decodes
// encodes again and decodes to an equal value (nil and empty lists count
// as equal). A decoded document that cannot be encoded again must be one
// that Validate reports errors for.

// seedFuzz adds the samples of the given templates, the stored seed
// mandates and a few malformed inputs to f.
func seedFuzz(f *testing.F, ts ...Template) {
	for _, d := range samples() {
		for _, t := range ts {
			if d.Template() == t {
				b, err := json.Marshal(d)
				if err != nil {
					f.Fatal(err)
				}
				f.Add(b)
			}
		}
	}
	for _, path := range []string{helgelandMandate, "examples/asker/mandat.json"} {
		b, err := os.ReadFile(path)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{`{}`, `null`, `{"header":{"status":"bogus"}}`, `{"header":{"decision":{"processedDate":"<dato>"}}}`,
		`{"schedule":{"timeline":[{}]}}`, `{"goals":[{"kind":"effect"}]}`, `{"phase":"execution","sub":-1}`, `[`, `{"header":`} {
		f.Add([]byte(s))
	}
}

// roundTrip checks the fuzz property for one template.
func roundTrip(t *testing.T, tm Template, data []byte) {
	d := tm.New()
	if err := json.Unmarshal(data, d); err != nil {
		return
	}
	fs := d.Validate()
	b, err := json.Marshal(d)
	if err != nil {
		if !fs.HasErrors() {
			t.Fatalf("%v: a document without errors cannot be encoded: %v", tm, err)
		}
		return
	}
	back := tm.New()
	if err := json.Unmarshal(b, back); err != nil {
		t.Fatalf("%v: cannot decode what was encoded: %v\n%s", tm, err, b)
	}
	if diff := cmp.Diff(d, back, cmpopts.EquateEmpty()); diff != "" {
		t.Fatalf("%v: round trip (-first +second):\n%s", tm, diff)
	}
}

func FuzzMandateJSON(f *testing.F) {
	seedFuzz(f, TemplateMandate, TemplateProjectMandate)
	f.Fuzz(func(t *testing.T, data []byte) {
		roundTrip(t, TemplateMandate, data)
		roundTrip(t, TemplateProjectMandate, data)
	})
}

func FuzzProposalJSON(f *testing.F) {
	seedFuzz(f, TemplateProjectProposal, TemplateBusinessCase, TemplatePhasePlan)
	f.Fuzz(func(t *testing.T, data []byte) {
		roundTrip(t, TemplateProjectProposal, data)
		roundTrip(t, TemplateBusinessCase, data)
		roundTrip(t, TemplatePhasePlan, data)
	})
}

func FuzzGoverningJSON(f *testing.F) {
	seedFuzz(f, TemplateGoverningDocument, TemplateBenefitPlan)
	f.Fuzz(func(t *testing.T, data []byte) {
		roundTrip(t, TemplateGoverningDocument, data)
		roundTrip(t, TemplateBenefitPlan, data)
	})
}

func FuzzReportJSON(f *testing.F) {
	seedFuzz(f, TemplateClosureRecommendation, TemplateFinalReport, TemplateConceptEvaluation)
	f.Fuzz(func(t *testing.T, data []byte) {
		roundTrip(t, TemplateClosureRecommendation, data)
		roundTrip(t, TemplateFinalReport, data)
		roundTrip(t, TemplateConceptEvaluation, data)
	})
}

func FuzzDecodeDocument(f *testing.F) {
	for _, d := range samples() {
		b, err := EncodeDocument(d)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte(`{"template":"mandate","document":{}}`))
	f.Add([]byte(`{"template":"bogus","document":{}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := DecodeDocument(data)
		if err != nil {
			return
		}
		fs := d.Validate()
		b, err := EncodeDocument(d)
		if err != nil {
			if !fs.HasErrors() {
				t.Fatalf("a document without errors cannot be encoded: %v", err)
			}
			return
		}
		back, err := DecodeDocument(b)
		if err != nil {
			t.Fatalf("cannot decode what was encoded: %v\n%s", err, b)
		}
		if diff := cmp.Diff(d, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
	})
}
