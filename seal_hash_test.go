package veiviser

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/canon"
	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/product"
)

// TestDocumentHashForm checks DocumentHash, which leaves the schema version
// out by slicing it off the stored form, against the hash of the stored
// form decoded into a map, the member deleted and written again (as it was
// computed before issue 14), for every sample document and for text that
// JSON escapes.
func TestDocumentHashForm(t *testing.T) {
	docs := sample.All()
	m := sample.Mandate()
	m.Header.Project = `<prosjekt> & "navn" ` + "\u2028\t"
	docs = append(docs, m)
	for _, d := range docs {
		b, err := product.Encode(d)
		if err != nil {
			t.Fatal(err)
		}
		var stored map[string]json.RawMessage
		if err := json.Unmarshal(b, &stored); err != nil {
			t.Fatal(err)
		}
		delete(stored, "schemaVersion")
		if b, err = json.Marshal(stored); err != nil {
			t.Fatal(err)
		}
		c, err := canon.Transform(b)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(c)
		want := hex.EncodeToString(sum[:])
		got, err := DocumentHash(d)
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("DocumentHash(%v) = %s, want %s", d.Template(), got, want)
		}
	}
}
