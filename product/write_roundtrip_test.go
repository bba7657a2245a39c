package product_test

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/product"
)

// TestWriteReadRoundTrip writes internal/sample's complete document into
// every embedded template, in both languages, reads it back with Read and
// compares: a document written and read back is equal to the original
// (issue 11). Compared are the documents' JSON forms without the header
// fields Digdir's templates have no place for, which Write does not write
// (organisation, status, the typed outcome, the template version), and
// those the template at hand has no place for (unplaced).
func TestWriteReadRoundTrip(t *testing.T) {
	for _, c := range writeCases() {
		t.Run(c.String(), func(t *testing.T) {
			d := writeSample(t, c.tmpl)
			var buf bytes.Buffer
			if err := product.Write(&buf, d, product.WriteOptions{Language: c.lang, Version: c.version}); err != nil {
				t.Fatal(err)
			}
			imp, err := product.Read(buf.Bytes(), product.ReadOptions{})
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if imp.Document == nil {
				t.Fatal("Read gave no document")
			}
			drop := unplaced(t, c)
			if diff := cmp.Diff(writeComparable(t, d, drop...), writeComparable(t, imp.Document, drop...)); diff != "" {
				t.Errorf("written and read back (-want +got):\n%s", diff)
			}
		})
	}
}

// TestWriteReadRoundTripText does the same for awkward text in a section.
func TestWriteReadRoundTripText(t *testing.T) {
	for _, s := range []string{
		`a < b && c > "d"`, "emoji 😀 and ]]>", "line one\nline two", "first\n\nsecond",
		"- one\n- two", "«Ikke relevant» – æøå",
	} {
		m := sample.Mandate()
		m.Background.Text = s
		var buf bytes.Buffer
		if err := product.Write(&buf, m, product.WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		imp, err := product.Read(buf.Bytes(), product.ReadOptions{})
		if err != nil {
			t.Fatalf("%q: Read: %v", s, err)
		}
		if diff := cmp.Diff(writeComparable(t, m), writeComparable(t, imp.Document)); diff != "" {
			t.Errorf("%q (-want +got):\n%s", s, diff)
		}
	}
}

// writeComparable returns d's JSON form without the header fields that
// have no place in Digdir's templates, and without the header fields drop
// ("decision.staffing", "changes").
func writeComparable(t *testing.T, d product.Document, drop ...string) map[string]any {
	t.Helper()
	b, err := product.Encode(d)
	if err != nil {
		t.Fatal(err)
	}
	var v map[string]any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	doc, _ := v["document"].(map[string]any)
	if doc == nil {
		doc = v
	}
	if h, ok := doc["header"].(map[string]any); ok {
		for _, k := range append([]string{"organisation", "status", "templateVersion", "decision.outcome"}, drop...) {
			m := h
			path := strings.Split(k, ".")
			for _, p := range path[:len(path)-1] {
				m, _ = m[p].(map[string]any)
			}
			if m != nil {
				delete(m, path[len(path)-1])
			}
		}
	}
	return v
}

// unplaced returns the header fields the template of c has no place for:
// the staffing and «Neste fase ferdig» where its decision box has no such
// label (the business case, the benefit plan, the final report), the logs
// where it has none (the mandate's version 3.0).
func unplaced(t *testing.T, c writeCase) []string {
	t.Helper()
	tpl, _ := product.DigdirTemplate(c.tmpl, c.lang, c.version)
	doc, err := ooxml.ReadBytes(tpl, ooxml.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var text strings.Builder
	for p := range doc.Paragraphs() {
		text.WriteString(strings.ToLower(p.Text) + "\n")
	}
	var drop []string
	for _, l := range []struct{ label, field string }{
		{"neste fase ferdig", "decision.nextPhaseDone"},
		{"bemanning av neste fase", "decision.staffing"},
		{"endringslogg", "changes"},
		{"distribusjonslogg", "distribution"},
	} {
		if !strings.Contains(text.String(), l.label) {
			drop = append(drop, l.field)
		}
	}
	return drop
}
