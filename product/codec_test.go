package product_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// TestDecodeRoleVersions checks that the governing document's roles are
// read in the vocabulary of the version that wrote them: version 1 (no
// schemaVersion) used the governing document's own codes, where
// "benefit_owner" meant gevinstansvarlig; version 2 uses stakeholder.Role,
// where it means gevinsteier.
func TestDecodeRoleVersions(t *testing.T) {
	const org = `"organisation":[{"role":"owner","name":"Rådmann"},{"role":"benefit_owner","name":"Kommunalsjef"},{"role":"quality_assurance","name":"KS"},{"role":"other","title":"Arkitekt","name":"NN"}]`
	tests := []struct {
		name string
		in   string
		want []stakeholder.Role
	}{
		{"version 1", `{"template":"governing_document","document":{` + org + `}}`,
			[]stakeholder.Role{stakeholder.ProjectOwner, stakeholder.BenefitResponsible, stakeholder.QualityAssurance, stakeholder.OtherRole}},
		{"version 2", `{"schemaVersion":2,"template":"governing_document","document":{"organisation":[{"role":"project_owner","name":"Rådmann"},{"role":"benefit_owner","name":"Kommunalsjef"}]}}`,
			[]stakeholder.Role{stakeholder.ProjectOwner, stakeholder.BenefitOwner}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := product.Decode([]byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			var got []stakeholder.Role
			for _, a := range d.(*product.GoverningDocument).Organisation {
				got = append(got, a.Role)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("roles (-want +got):\n%s", diff)
			}
		})
	}
}

// TestDecodeRefuses checks what the envelope refuses: a version 2 document
// with a version 1 code ("owner" is no stakeholder.Role), and a version
// newer than this module reads.
func TestDecodeRefuses(t *testing.T) {
	tests := []struct {
		name, in, path string
		is             error
	}{
		{"old code in version 2", `{"schemaVersion":2,"template":"governing_document","document":{"organisation":[{"role":"owner","name":"NN"}]}}`,
			"document.organisation[0].role", phase.ErrUnknownValue},
		{"future version", `{"schemaVersion":4,"template":"mandate","document":{}}`, "schemaVersion", phase.ErrSchemaVersion},
		{"version 2 chapter in version 3", `{"schemaVersion":3,"template":"project_proposal","document":{"constraints":{"text":"Skjønnsmidler"}}}`,
			"document.constraints.text", phase.ErrUnknownField},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := product.Decode([]byte(tt.in))
			var de *phase.PathError
			if !errors.As(err, &de) || !errors.Is(err, tt.is) || de.Path != tt.path {
				t.Fatalf("Decode = %v; want a *DocumentError at %q matching %v", err, tt.path, tt.is)
			}
		})
	}
}

// TestEncodeWritesVersion checks that what Encode writes names the current
// schema version, so a later version can tell it from version 1.
func TestEncodeWritesVersion(t *testing.T) {
	b, err := product.Encode(&product.GoverningDocument{Organisation: []product.Appointment{{Role: stakeholder.BenefitOwner, Name: "NN"}}})
	if err != nil {
		t.Fatal(err)
	}
	want := `{"schemaVersion":3,"template":"governing_document",`
	if got := string(b[:len(want)]); got != want {
		t.Errorf("Encode starts %s; want %s", got, want)
	}
	d, err := product.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if got := d.(*product.GoverningDocument).Organisation[0].Role; got != stakeholder.BenefitOwner {
		t.Errorf("round trip: role %v; want %v", got, stakeholder.BenefitOwner)
	}
}

// TestStoredForm keeps every sample document as Encode stores it in
// testdata/v3/<template>.json, so that a change of the stored form shows
// in review, and so that a later schema version has documents of this one
// to migrate; go test -update rewrites them. Each must decode to the
// sample again.
func TestStoredForm(t *testing.T) {
	docs := map[string]product.Document{"mandate-3.0": sample.MandateV3()}
	for _, d := range sample.All() {
		docs[d.Template().String()] = d
	}
	for name, d := range docs {
		t.Run(name, func(t *testing.T) {
			b, err := product.Encode(d)
			if err != nil {
				t.Fatal(err)
			}
			var stored bytes.Buffer
			if err := json.Indent(&stored, b, "", "\t"); err != nil {
				t.Fatal(err)
			}
			stored.WriteByte('\n')
			path := filepath.Join("testdata", "v3", name+".json")
			golden.Check(t, path, stored.Bytes())
			file, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			back, err := product.Decode(file)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(d, back); diff != "" {
				t.Errorf("%s decodes otherwise (-sample +decoded):\n%s", path, diff)
			}
		})
	}
}

// TestDecodeEnvelopeFastPath holds the reading of a document in the form
// Encode writes, which skips reading the envelope first, to the reading
// of the same document with a space in its envelope, which does not: the
// same document or the same error, for each input.
func TestDecodeEnvelopeFastPath(t *testing.T) {
	const head = `{"schemaVersion":3,"template":"mandate","document":`
	tests := []string{
		head + `{"background":{"text":"Bakgrunn"}}}`,
		head + `{"background":{"text":"Bakgrunn"},"nmae":1}}`,
		head + `{"header":{"date":"2021-02-30"}}}`,
		head + `{"background":{"text":"x"}},"document":{}}`,
		head + `{"background":{"text":"x"}},"extra":1}`,
		head + `{"background":{"text":"x"}}} {}`,
		head + `{"background":{"text":"x"}`,
		head + `null}`,
		`{"schemaVersion":3,"template":"Mandat","document":{}}`,
		`{"schemaVersion":3,"template":"nope","document":{}}`,
		`{"schemaVersion":3,"template":"mandate\u0020","document":{}}`,
	}
	for _, in := range tests {
		slow := strings.Replace(in, `{"schemaVersion"`, `{ "schemaVersion"`, 1)
		for _, stored := range []bool{false, true} {
			decode := product.Decode
			if stored {
				decode = product.DecodeStored
			}
			d1, err1 := decode([]byte(in))
			d2, err2 := decode([]byte(slow))
			if fmt.Sprint(err1) != fmt.Sprint(err2) {
				t.Errorf("stored=%v %s:\n fast %v\n slow %v", stored, in, err1, err2)
			}
			if diff := cmp.Diff(d2, d1); diff != "" {
				t.Errorf("stored=%v %s (-slow +fast):\n%s", stored, in, diff)
			}
		}
	}
}

// TestDecodeStoredBenefitPlan holds DecodeStored of a benefit plan, which
// reads the plan in one pass with the document (without
// benefit.Plan.UnmarshalJSON), to Decode and to DecodeStored by the slow
// path (a space in the envelope): the same plan, and the same error where
// the plan is refused.
func TestDecodeStoredBenefitPlan(t *testing.T) {
	b, err := product.Encode(sample.BenefitPlan())
	if err != nil {
		t.Fatal(err)
	}
	in := string(b)
	for _, s := range []string{`"benefits":[{"id":"`, `"measuredBy":`} {
		if !strings.Contains(in, s) {
			t.Fatalf("the sample plan has no %s", s)
		}
	}
	two := sample.BenefitPlan()
	two.Plan.Benefits = append(two.Plan.Benefits, two.Plan.Benefits[0])
	body, err := json.Marshal(two)
	if err != nil {
		t.Fatal(err)
	}
	dupID := `{"schemaVersion":3,"template":"benefit_plan","document":` + string(body) + `}`
	tests := []struct{ name, in string }{
		{"valid", in},
		{"unknown field in the plan", strings.Replace(in, `"measuredBy":`, `"measuredByX":`, 1)},
		{"field left out in the plan", strings.Replace(in, `"responsible":`, `"responsibleX":`, 1)},
		{"duplicate benefit ID", dupID},
		{"key in another case", strings.Replace(in, `"benefits":`, `"Benefits":`, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			slow := strings.Replace(tt.in, `{"schemaVersion"`, `{ "schemaVersion"`, 1)
			d1, err1 := product.DecodeStored([]byte(tt.in))
			d2, err2 := product.DecodeStored([]byte(slow))
			if fmt.Sprint(err1) != fmt.Sprint(err2) {
				t.Errorf("one pass: %v\nslow: %v", err1, err2)
			}
			if diff := cmp.Diff(d2, d1); diff != "" {
				t.Errorf("(-slow +one pass):\n%s", diff)
			}
			if tt.name == "valid" && (err1 != nil || d1 == nil) {
				t.Errorf("valid plan refused: %v", err1)
			}
			if tt.name != "valid" && err1 == nil {
				t.Error("refused by neither")
			}
		})
	}
}
