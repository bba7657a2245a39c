package product

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"maps"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
)

// Builders of synthetic Word documents: the body of a document in
// WordprocessingML, put into one of Digdir's templates in place of its
// word/document.xml (ooxml.Package.Rewrite), so that the template's styles
// (Overskrift1–3, Hjelpetekst, Listeavsnitt) give the paragraphs their
// meaning.

// xmlText escapes s for XML character data.
func xmlText(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}

// run returns a run of text.
func run(s string) string {
	return `<w:r><w:t xml:space="preserve">` + xmlText(s) + `</w:t></w:r>`
}

// ins and del return a tracked insertion and deletion.
func ins(s string) string {
	return `<w:ins w:id="1" w:author="Test" w:date="2024-03-01T10:00:00Z">` + run(s) + `</w:ins>`
}

func del(s string) string {
	return `<w:del w:id="2" w:author="Test" w:date="2024-03-01T10:00:00Z"><w:r><w:delText xml:space="preserve">` + xmlText(s) + `</w:delText></w:r></w:del>`
}

// para returns a paragraph in style, of the given runs (plain text is made
// a run).
func para(style string, runs ...string) string {
	var b strings.Builder
	b.WriteString(`<w:p>`)
	if style != "" {
		b.WriteString(`<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`)
	}
	for _, r := range runs {
		if !strings.HasPrefix(r, "<w:") {
			r = run(r)
		}
		b.WriteString(r)
	}
	b.WriteString(`</w:p>`)
	return b.String()
}

func body(s string) string            { return para("Normal", s) }
func guide(s string) string           { return para("Hjelpetekst", s) }
func head(level int, s string) string { return para("Overskrift"+strconv.Itoa(level), s) }

// item returns a list item at level (0 for the first).
func item(level int, s string) string {
	return `<w:p><w:pPr><w:pStyle w:val="Listeavsnitt"/><w:numPr><w:ilvl w:val="` + strconv.Itoa(level) +
		`"/><w:numId w:val="1"/></w:numPr></w:pPr>` + run(s) + `</w:p>`
}

// table returns a table of rows; "\n" in a cell separates its paragraphs.
func table(rows ...[]string) string {
	var b strings.Builder
	b.WriteString(`<w:tbl>`)
	for _, row := range rows {
		b.WriteString(`<w:tr>`)
		for _, c := range row {
			b.WriteString(`<w:tc>`)
			for p := range strings.SplitSeq(c, "\n") {
				b.WriteString(para("", p))
			}
			b.WriteString(`</w:tc>`)
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	return b.String()
}

// docx returns template file with its body replaced by blocks.
func docx(t testing.TB, file string, blocks ...string) []byte {
	t.Helper()
	raw := templateBytes(t, file)
	pkg, err := ooxml.Open(bytes.NewReader(raw), int64(len(raw)), ooxml.Options{})
	if err != nil {
		t.Fatal(err)
	}
	doc := `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		strings.Join(blocks, "") + `</w:body></w:document>`
	var out bytes.Buffer
	if err := pkg.Rewrite(&out, map[string][]byte{"word/document.xml": []byte(doc)}); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// zipOf returns a zip archive of the named files.
func zipOf(t testing.TB, files map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, name := range slices.Sorted(maps.Keys(files)) {
		f, err := w.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(files[name])); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}
