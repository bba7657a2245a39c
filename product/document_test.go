package product_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/product"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

func TestSamplesAreValid(t *testing.T) {
	ss := sample.All()
	if len(ss) != len(product.Templates()) {
		t.Fatalf("%d sample.All for %d templates", len(ss), len(product.Templates()))
	}
	for i, d := range ss {
		if d.Template() != product.Templates()[i] {
			t.Errorf("sample %d has template %v, want %v", i, d.Template(), product.Templates()[i])
		}
		if d.Kind() != d.Template().Product() {
			t.Errorf("%v: Kind() = %v, product.Template().Product() = %v", d.Template(), d.Kind(), d.Template().Product())
		}
		if fs := d.Validate(); len(fs) != 0 {
			t.Errorf("%v: Validate() = %v, want none", d.Template(), fs)
		}
	}
}

// TestRoundTrip checks that every product survives encoding/json, alone
// and through Encode/Decode, without any loss.
func TestRoundTrip(t *testing.T) {
	for _, d := range sample.All() {
		t.Run(d.Template().String(), func(t *testing.T) {
			b, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			got := d.Template().New()
			if err := json.Unmarshal(b, got); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(d, got); diff != "" {
				t.Errorf("json round trip (-want +got):\n%s", diff)
			}
			stored, err := product.Encode(d)
			if err != nil {
				t.Fatal(err)
			}
			back, err := product.Decode(stored)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(d, back); diff != "" {
				t.Errorf("Encode/product.Decode (-want +got):\n%s", diff)
			}
		})
	}
}

func TestHeadIsACopy(t *testing.T) {
	m := sample.Mandate()
	h := m.Head()
	h.Changes[0].Version = "99"
	h.Distribution[0].Recipients[0] = "x"
	if m.Header.Changes[0].Version != "1" || m.Header.Distribution[0].Recipients[0] != "Styringsgruppen" {
		t.Error("changing Head() changed the document")
	}
}

func TestDecodeDocumentErrors(t *testing.T) {
	tests := []struct {
		name, in, path string
		unknownValue   bool
	}{
		{"unknown template", `{"template":"bogus","document":{}}`, "template", true},
		{"no template", `{"document":{}}`, "template", false},
		{"no document", `{"template":"mandate"}`, "document", false},
		{"unknown status", `{"template":"mandate","document":{"header":{"project":"x","status":"done"}}}`, "document.header.status", true},
		{"unknown goal kind", `{"template":"governing_document","document":{"goals":[{"kind":"vision","text":"x"}]}}`, "document.goals[0].kind", true},
		{"unknown tolerance", `{"template":"governing_document","document":{"tolerances":[{"area":"mood","limit":"x"}]}}`, "document.tolerances[0].area", true},
		{"unknown role", `{"template":"governing_document","document":{"organisation":[{"role":"king","name":"x"}]}}`, "document.organisation[0].role", true},
		{"unknown outcome", `{"template":"mandate","document":{"header":{"decision":{"outcome":"maybe"}}}}`, "document.header.decision.outcome", true},
		{"unknown phase", `{"template":"phase_plan","document":{"phase":"dreaming"}}`, "document.phase", true},
		{"unknown point", `{"template":"phase_plan","document":{"milestones":[{"name":"x","point":"bp9"}]}}`, "document.milestones[0].point", true},
		{"unknown field", `{"template":"mandate","document":{"header":{"projekt":"x"}}}`, "document.header.projekt", false},
		{"bad date", `{"template":"mandate","document":{"header":{"changes":[{"version":"1","date":"30.02.2020"}]}}}`, "document.header.changes[0].date", false},
		{"trailing data", `{"template":"mandate","document":{}} {}`, "", false},
		{"truncated", `{"template":"mandate","document":{"header":`, "", false},
		{"wrong type", `{"template":"mandate","document":{"background":"text"}}`, "document.background", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := product.Decode([]byte(tt.in))
			if err == nil {
				t.Fatalf("Decode(%s) = %v, want an error", tt.in, d)
			}
			var de *phase.PathError
			if !errors.As(err, &de) {
				t.Fatalf("error %v is not a *phase.PathError", err)
			}
			if de.Path != tt.path {
				t.Errorf("path = %q, want %q (%v)", de.Path, tt.path, err)
			}
			if got := errors.Is(err, phase.ErrUnknownValue); got != tt.unknownValue {
				t.Errorf("errors.Is(err, phase.ErrUnknownValue) = %v, want %v (%v)", got, tt.unknownValue, err)
			}
		})
	}
}

func TestEncodeDocumentErrors(t *testing.T) {
	if _, err := product.Encode(nil); !isPathError(err) {
		t.Errorf("Encode(nil) = %v", err)
	}
	if _, err := product.Encode((*product.Mandate)(nil)); !isPathError(err) {
		t.Errorf("Encode(nil *product.Mandate) = %v", err)
	}
	m := sample.Mandate()
	m.Header.Status = product.DocumentStatus(9)
	_, err := product.Encode(m)
	if !isPathError(err) || !errors.Is(err, phase.ErrUnknownValue) {
		t.Errorf("Encode with status 9 = %v", err)
	}
}

func TestDateField(t *testing.T) {
	tests := []struct {
		in   string
		want product.DateField
		out  string
	}{
		{`"2020-02-25"`, product.DateField{Date: phase.MustDate("25.02.2020")}, `"2020-02-25"`},
		{`"25.02.2020"`, product.DateField{Date: phase.MustDate("25.02.2020")}, `"2020-02-25"`},
		{`"<dato>"`, product.DateField{Text: "<dato>"}, `"\u003cdato\u003e"`},
		{`"uke 12"`, product.DateField{Text: "uke 12"}, `"uke 12"`},
		{`""`, product.DateField{}, `""`},
	}
	for _, tt := range tests {
		var got product.DateField
		if err := json.Unmarshal([]byte(tt.in), &got); err != nil {
			t.Fatalf("Unmarshal(%s): %v", tt.in, err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("Unmarshal(%s) (-want +got):\n%s", tt.in, diff)
		}
		out, err := json.Marshal(got)
		if err != nil || string(out) != tt.out {
			t.Errorf("Marshal(%v) = %s, %v; want %s", got, out, err, tt.out)
		}
	}
	if s := (product.DateField{Date: phase.MustDate("2020-02-25")}).String(); s != "25.02.2020" {
		t.Errorf("String() = %q", s)
	}
}

// TestEnums checks every enumeration of the package: codes round-trip,
// labels exist in three languages, and zero and unknown values are refused.
func TestEnums(t *testing.T) {
	type enum interface {
		String() string
		IsValid() bool
		Label(phase.Language) string
		MarshalText() ([]byte, error)
	}
	check := func(name string, vals []enum, zero enum, decode func(string) (enum, error)) {
		for _, v := range vals {
			if !v.IsValid() {
				t.Errorf("%s %v is not valid", name, v)
			}
			b, err := v.MarshalText()
			if err != nil {
				t.Errorf("%s %v: %v", name, v, err)
				continue
			}
			back, err := decode(string(b))
			if err != nil || !reflect.DeepEqual(back, v) {
				t.Errorf("%s %s decodes to %v, %v", name, b, back, err)
			}
			for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English} {
				if lb := v.Label(l); lb == "" || lb == v.String() {
					t.Errorf("%s %v has no label in %v", name, v, l)
				}
			}
		}
		if zero.IsValid() {
			t.Errorf("zero %s is valid", name)
		}
		if _, err := zero.MarshalText(); !errors.Is(err, phase.ErrUnknownValue) {
			t.Errorf("zero %s marshals: %v", name, err)
		}
		if _, err := decode("bogus"); !errors.Is(err, phase.ErrUnknownValue) {
			t.Errorf("%s bogus decodes: %v", name, err)
		}
	}
	check("status", []enum{product.StatusDraft, product.StatusSubmitted, product.StatusApproved}, product.DocumentStatus(0), func(s string) (enum, error) {
		var v product.DocumentStatus
		err := v.UnmarshalText([]byte(s))
		return v, err
	})
	var ts []enum
	for _, v := range product.Templates() {
		ts = append(ts, v)
	}
	check("template", ts, product.Template(0), func(s string) (enum, error) {
		var v product.Template
		err := v.UnmarshalText([]byte(s))
		return v, err
	})
	var gs []enum
	for _, v := range product.GoalKinds() {
		gs = append(gs, v)
	}
	check("goal kind", gs, product.GoalKind(0), func(s string) (enum, error) {
		var v product.GoalKind
		err := v.UnmarshalText([]byte(s))
		return v, err
	})
	var as []enum
	for _, v := range product.ToleranceAreas() {
		as = append(as, v)
	}
	check("tolerance area", as, product.ToleranceArea(0), func(s string) (enum, error) {
		var v product.ToleranceArea
		err := v.UnmarshalText([]byte(s))
		return v, err
	})
	for _, tm := range product.Templates() {
		d := tm.New()
		if d == nil || d.Template() != tm {
			t.Errorf("%v.New() = %v", tm, d)
		}
	}
	if product.Template(0).New() != nil || product.Template(0).Product() != 0 {
		t.Error("the zero product.Template makes a document")
	}
	if !strings.Contains(product.TemplateProjectMandate.Label(phase.Bokmal), "2.5") {
		t.Errorf("label %q", product.TemplateProjectMandate.Label(phase.Bokmal))
	}
}

// isPathError reports whether err is, or wraps, a *phase.PathError.
func isPathError(err error) bool {
	var pe *phase.PathError
	return errors.As(err, &pe)
}
