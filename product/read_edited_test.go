package product_test

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
	"github.com/digitale-helgeland/veiviser/product"
)

// TestReadEditedDocuments reads every template, in both languages, filled
// by Write and then edited the ways project managers edit Word documents:
// headings numbered by hand, in capitals and without their "?";
// headings typed as bold body text rather than in a heading style; the
// template's guidance left in beside the answers; every answer typed with
// tracked changes on, with deleted text beside it. Each reads back equal
// to the document written (issue 11: "Every template … is read: empty, as
// the template ships; filled; with edited headings; with guidance left
// in; with tracked changes"), and the edits that call for it are
// reported.
func TestReadEditedDocuments(t *testing.T) {
	edits := []struct {
		name string
		edit func(t *testing.T, doc []byte, e docEdit) []byte
		want string // a finding code the edit must give, "" for none
	}{
		{"headings", editHeadings, ""}, // numbering, case and "?" make no difference
		{"guidance", editGuidance, "guidance_left"},
		{"tracked", editTracked, ""},
		{"plain", editPlainHeadings, "heading_unstyled"},
	}
	for _, c := range writeCases() {
		d := writeSample(t, c.tmpl)
		var buf bytes.Buffer
		if err := product.Write(&buf, d, product.WriteOptions{Language: c.lang, Version: c.version}); err != nil {
			t.Fatal(err)
		}
		de := newDocEdit(t, buf.Bytes(), c)
		drop := unplaced(t, c)
		for _, e := range edits {
			t.Run(c.String()+"/"+e.name, func(t *testing.T) {
				edited := editDocument(t, buf.Bytes(), de, e.edit)
				imp, err := product.Read(edited, product.ReadOptions{})
				if err != nil {
					t.Fatalf("Read: %v", err)
				}
				if imp.Template != c.tmpl || imp.Version != c.version || imp.Language != c.lang {
					t.Errorf("read as %s %s %s", imp.Template, imp.Version, imp.Language)
				}
				if diff := cmp.Diff(writeComparable(t, d, drop...), writeComparable(t, imp.Document, drop...)); diff != "" {
					t.Errorf("edited and read back (-want +got):\n%s", diff)
				}
				if e.want == "" {
					return
				}
				for _, f := range imp.Findings {
					if strings.HasSuffix(string(f.Code), "."+e.want) {
						if f.Location.IsZero() {
							t.Errorf("%s has no location", f.Code)
						}
						return
					}
				}
				t.Errorf("no %s finding among %d", e.want, len(imp.Findings))
			})
		}
	}
}

// docEdit is what an edit knows of the document: the IDs of its heading
// styles, and the headings of the template it was filled from.
type docEdit struct {
	part     string // the main part's name
	headings map[string]bool
	titles   map[string]bool
}

// newDocEdit returns what an edit of b, filled from the template of c,
// knows of it.
func newDocEdit(t *testing.T, b []byte, c writeCase) docEdit {
	t.Helper()
	d, err := ooxml.ReadBytes(b, ooxml.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := docEdit{part: d.Part, headings: map[string]bool{}, titles: map[string]bool{}}
	for id, s := range d.Styles {
		if s.Heading > 0 && !s.TOC {
			e.headings[id] = true
		}
	}
	tpl, ok := product.DigdirTemplate(c.tmpl, c.lang, c.version)
	if !ok {
		t.Fatalf("no template for %s", c)
	}
	td, err := ooxml.ReadBytes(tpl, ooxml.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for h := range td.Headings() {
		e.titles[strings.TrimSpace(h.Text)] = true
	}
	return e
}

// editDocument applies edit to the main part of the Word document b and
// returns the edited document.
func editDocument(t *testing.T, b []byte, e docEdit, edit func(*testing.T, []byte, docEdit) []byte) []byte {
	t.Helper()
	p, err := ooxml.Open(bytes.NewReader(b), int64(len(b)), ooxml.Options{})
	if err != nil {
		t.Fatal(err)
	}
	main, err := p.Part(e.part)
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := p.Rewrite(&out, map[string][]byte{e.part: edit(t, main, e)}); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

var (
	paragraphRE = regexp.MustCompile(`(?s)<w:p[ >].*?</w:p>`)
	pStyleRE    = regexp.MustCompile(`<w:pStyle w:val="([^"]*)"/>`)
	textRE      = regexp.MustCompile(`(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)`)
	runRE       = regexp.MustCompile(`(?s)<w:r>.*?</w:r>|<w:r [^>]*>.*?</w:r>`)
)

// templateHeading reports whether paragraph p is one of the template's
// headings, in a heading style.
func (e docEdit) templateHeading(p []byte) bool {
	if !headingParagraph(p, e.headings) {
		return false
	}
	var text strings.Builder
	for _, m := range textRE.FindAllSubmatch(p, -1) {
		text.Write(m[2])
	}
	return e.titles[strings.TrimSpace(html.UnescapeString(text.String()))]
}

// headingParagraph reports whether paragraph p is in one of the heading
// styles.
func headingParagraph(p []byte, headings map[string]bool) bool {
	m := pStyleRE.FindSubmatch(p)
	return m != nil && headings[string(m[1])]
}

// editHeadings numbers every heading of the template by hand ("7.1 "),
// writes its first run in capitals and drops a final "?". The author's
// own sub-headings stay as they are: they are read as written.
func editHeadings(t *testing.T, doc []byte, e docEdit) []byte {
	n := 0
	out := paragraphRE.ReplaceAllFunc(doc, func(p []byte) []byte {
		if !e.templateHeading(p) {
			return p
		}
		n++
		first := true
		p = textRE.ReplaceAllFunc(p, func(m []byte) []byte {
			sm := textRE.FindSubmatch(m)
			text := string(sm[2])
			if first {
				first = false
				text = fmt.Sprintf("7.%d %s", n, strings.ToUpper(text))
			}
			text = strings.TrimSuffix(text, "?")
			return []byte(`<w:t xml:space="preserve">` + text + string(sm[3]))
		})
		return p
	})
	if n == 0 {
		t.Fatal("no heading")
	}
	return out
}

// editGuidance puts a paragraph of bracketed guidance under every
// heading, as a template's guidance stays when the author writes beside
// it.
func editGuidance(_ *testing.T, doc []byte, e docEdit) []byte {
	return paragraphRE.ReplaceAllFunc(doc, func(p []byte) []byte {
		if !headingParagraph(p, e.headings) {
			return p
		}
		return append(bytes.Clone(p), `<w:p><w:r><w:t>[Beskriv kort hva denne delen skal inneholde.]</w:t></w:r></w:p>`...)
	})
}

// editTracked marks every run of body text as a tracked insertion and
// puts a tracked deletion at the start of every paragraph that has
// properties.
func editTracked(_ *testing.T, doc []byte, e docEdit) []byte {
	id := 9000
	attrs := func() string {
		id++
		return fmt.Sprintf(` w:id="%d" w:author="Prosjektleder" w:date="2026-11-29T10:00:00Z"`, id)
	}
	return paragraphRE.ReplaceAllFunc(doc, func(p []byte) []byte {
		if headingParagraph(p, e.headings) || bytes.Contains(p, []byte("<w:ins")) || bytes.Contains(p, []byte("<w:fldChar")) {
			return p
		}
		p = runRE.ReplaceAllFunc(p, func(r []byte) []byte {
			return []byte(`<w:ins` + attrs() + `>` + string(r) + `</w:ins>`)
		})
		if i := bytes.Index(p, []byte("</w:pPr>")); i >= 0 {
			del := `<w:del` + attrs() + `><w:r><w:delText xml:space="preserve">Slettet tekst </w:delText></w:r></w:del>`
			p = append(p[:i+len("</w:pPr>"):i+len("</w:pPr>")], append([]byte(del), p[i+len("</w:pPr>"):]...)...)
		}
		return p
	})
}

// editPlainHeadings makes the template's headings plain paragraphs in
// bold, as an author who types a heading without its style does; the
// author's own sub-headings keep their style.
func editPlainHeadings(_ *testing.T, doc []byte, e docEdit) []byte {
	return paragraphRE.ReplaceAllFunc(doc, func(p []byte) []byte {
		if !e.templateHeading(p) {
			return p
		}
		p = pStyleRE.ReplaceAll(p, []byte(`<w:pStyle w:val="Normal"/>`))
		p = regexp.MustCompile(`<w:numPr>.*?</w:numPr>`).ReplaceAll(p, nil)
		return regexp.MustCompile(`<w:r>`).ReplaceAll(p, []byte(`<w:r><w:rPr><w:b/></w:rPr>`))
	})
}
