package product_test

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/product"
)

// TestEncodeStoredForm checks that Encode, which writes the stored form
// around the document by hand, writes the bytes encoding/json writes for
// it (the form Encode wrote through json.Marshal before issue 14), for
// every sample document, including text that JSON escapes.
func TestEncodeStoredForm(t *testing.T) {
	docs := sample.All()
	m := sample.Mandate()
	m.Header.Project = `<prosjekt> & "navn" ` + "\u2028"
	docs = append(docs, m)
	for _, d := range docs {
		t.Run(d.Template().String(), func(t *testing.T) { checkStoredForm(t, d) })
	}
}

// checkStoredForm checks that Encode writes for d the bytes encoding/json
// writes for its stored form, the document written field by field, and
// returns them.
func checkStoredForm(t *testing.T, d product.Document) []byte {
	t.Helper()
	type stored struct {
		SchemaVersion int              `json:"schemaVersion,omitempty"`
		Template      product.Template `json:"template"`
		Document      json.RawMessage  `json:"document"`
	}
	body, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	want, err := json.Marshal(stored{SchemaVersion: product.SchemaVersion, Template: d.Template(), Document: body})
	if err != nil {
		t.Fatal(err)
	}
	got, err := product.Encode(d)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("Encode (-want +got):\n%s", diff)
	}
	return got
}
