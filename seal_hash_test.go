package veiviser

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"testing"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/internal/canon"
	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/phase"
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

// hashDocuments are documents for the two ways of DocumentHash: every
// sample document, every template's empty document, the large project's
// benefit plan, and text that JSON escapes or that is not UTF-8.
func hashDocuments(t testing.TB) []product.Document {
	docs := sample.All()
	for _, tp := range product.Templates() {
		docs = append(docs, tp.New())
	}
	docs = append(docs, largeProject(t).Document(phase.BenefitPlan))
	m := sample.Mandate()
	m.Header.Project = `<prosjekt> & "navn" ` + "\u2028\t\x00\x7f😀"
	m.Checklist.Items = []product.ChecklistEntry{}
	docs = append(docs, m)
	bad := sample.Mandate()
	bad.Header.Project = "ugyldig \xff"
	docs = append(docs, bad)
	bp := sample.BenefitPlan()
	bp.Plan.Benefits[0].Indicators[0].Measurements = append(bp.Plan.Benefits[0].Indicators[0].Measurements,
		benefit.Measurement{Date: phase.Date{Year: 2021, Month: 2, Day: 30}, Value: benefit.Units(1), Comment: "<ingen dato>"})
	docs = append(docs, bp)
	// Measurements, which the short way reads back from their
	// MarshalJSON: comments that need escaping or are no UTF-8, fractions,
	// negative values and one beyond range.
	for _, m := range []benefit.Measurement{
		{Date: phase.MustDate("2021-03-01"), Value: 12500, Comment: `<målt> & "telt" ` + "\u2028\t\x00😀"},
		{Date: phase.MustDate("2021-03-02"), Value: -250},
		{Date: phase.MustDate("2021-03-03"), Value: benefit.Units(7), Comment: "ugyldig \xff"},
		{Date: phase.MustDate("2021-03-04"), Value: benefit.MaxQuantity + 1},
	} {
		bp := sample.BenefitPlan()
		in := &bp.Plan.Benefits[0].Indicators[0]
		in.Measurements = append(in.Measurements, m)
		docs = append(docs, bp)
	}
	return docs
}

// TestDocumentHashShortWay holds DocumentHash, which writes the canonical
// form straight into the hash (canon.Encoder), to the hash of the stored
// form in canonical form (storedHash), error for error, and checks that
// the short way is taken for every document that encodes.
//
// One hasher is also used for every document in turn, twice, as
// brokenSeals uses it: what it learnt, or left unwritten after a document
// that failed, must not change the next document's hash.
func TestDocumentHashShortWay(t *testing.T) {
	shared := newSealHasher()
	docs := hashDocuments(t)
	for i, d := range append(docs, docs...) {
		want, werr := storedHash(d)
		got, err := DocumentHash(d)
		if got != want || (err == nil) != (werr == nil) {
			t.Errorf("%d %v: DocumentHash = %s, %v; the stored form's hash %s, %v", i, d.Template(), got, err, want, werr)
		}
		if _, short := documentHash(d); short != (werr == nil) {
			t.Errorf("%d %v: the short way taken: %v; the document encodes: %v", i, d.Template(), short, werr == nil)
		}
		if got, err := shared.hash(d); got != want || (err == nil) != (werr == nil) {
			t.Errorf("%d %v: with the shared hasher %s, %v; the stored form's hash %s, %v", i, d.Template(), got, err, want, werr)
		}
	}
}

// documentHash is the short way of DocumentHash with a hasher of its own.
func documentHash(d product.Document) ([]byte, bool) { return newSealHasher().sum(d) }

// FuzzDocumentHash: for any document Decode reads, the short way of
// DocumentHash gives the stored form's hash, or leaves the document to it.
func FuzzDocumentHash(f *testing.F) {
	for _, d := range sample.All() {
		if b, err := product.Encode(d); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		d, err := product.Decode(in)
		if err != nil {
			return
		}
		sum, short := documentHash(d)
		want, err := storedHash(d)
		if short && (err != nil || hex.EncodeToString(sum) != want) {
			t.Fatalf("short way %x, the stored form's hash %s, %v", sum, want, err)
		}
	})
}
