package product_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
	"github.com/digitale-helgeland/veiviser/internal/outline"
	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// FuzzWriteText writes arbitrary text into every kind of place of a
// mandate (cover, decision box, change log, section text, a part's
// heading, a table cell, an added chapter). Write either refuses it with
// ErrInvalidText or makes a document internal/ooxml reads, whose
// background reads back as written, white space, list marks and soft
// hyphens aside.
func FuzzWriteText(f *testing.F) {
	for _, s := range []string{
		"Bakgrunn", "a < b && c > \"d\"", "]]>", "</w:t></w:r></w:p>", "- punkt\n- punkt",
		"første\n\nandre", "tab\t\r\nlinje", "😀 \u00ad myk", "\x00", "\uFFFE", "\xff", "[Beskriv …]", "<prosjektnavn>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := &product.Mandate{
			Header: product.Header{
				Project: s, PreparedBy: s,
				Changes:  []product.ChangeEntry{{Version: s, Change: s}},
				Decision: product.DecisionBox{Decision: s, Staffing: product.Staffing{Lead: s}},
				Extra:    []product.ExtraSection{{Heading: s, Section: product.Section{Text: s}}},
			},
			Background: product.Section{Text: s, Parts: []product.Part{{Title: s, Text: s}}},
			ConceptPhase: product.ConceptPhaseScope{
				Concepts: []product.Concept{{Name: s, Description: s}},
			},
		}
		var buf bytes.Buffer
		err := product.Write(&buf, m, product.WriteOptions{})
		if err != nil {
			if !errors.Is(err, product.ErrInvalidText) {
				t.Fatalf("Write: %v", err)
			}
			return
		}
		doc, err := ooxml.ReadBytes(buf.Bytes(), ooxml.Options{})
		if err != nil {
			t.Fatalf("the written document does not read back: %v", err)
		}
		if strings.TrimSpace(s) == "" {
			return // nothing written: the guidance stays
		}
		o := outline.FromDocx(doc)
		i := writtenHeading(o, "Bakgrunn", 0)
		if i < 0 {
			t.Fatal("no heading Bakgrunn")
		}
		if got, want := writeSqueeze(writtenText(writtenUnder(o, i))), writeSqueeze(s); got != want {
			t.Fatalf("background reads back as %q, want %q", got, want)
		}
	})
}

// writeSqueeze drops white space, hyphens (list marks) and soft hyphens, which
// Word does not show.
func writeSqueeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '-' || r == '\u00ad' {
			return -1
		}
		return r
	}, s)
}

// writeFuzzMain is a small main part with what Write looks for: the cover's
// placeholder, a decision box, a change log, headings by style and by
// outline level, guidance and a table under a heading.
const writeFuzzMain = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>
<w:p><w:r><w:t>&lt;prosjektnavn&gt;</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Prosjektnummer:</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr><w:p><w:r><w:t>Beslutning:</w:t></w:r></w:p><w:p/></w:tc></w:tr>
<w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>Leder av utredningsarbeidet:</w:t></w:r></w:p><w:p><w:r><w:t>Andre:</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Versjon</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Dato</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Endring</w:t></w:r></w:p></w:tc></w:tr></w:tbl>
<w:p><w:pPr><w:pStyle w:val="Overskrift1"/></w:pPr><w:bookmarkStart w:id="1" w:name="b"/><w:r><w:t>Bakgrunn</w:t></w:r></w:p>
<w:p><w:r><w:t>[Beskriv kort bakgrunnen.]</w:t></w:r><w:bookmarkEnd w:id="1"/></w:p>
<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>Gjennomgang av BP1 sjekkliste</w:t></w:r></w:p>
<w:tbl><w:tr><w:tc><w:p/></w:tc><w:tc><w:p><w:r><w:t>Sjekkpunkt</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Kommentar</w:t></w:r></w:p></w:tc></w:tr>
<w:tr><w:tc><w:p><w:r><w:t>1</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc><w:tc><w:p/></w:tc></w:tr></w:tbl>
<w:sectPr><w:pgSz w:w="11906"/><w:pgMar w:left="1134" w:right="1134"/></w:sectPr></w:body></w:document>`

// FuzzWriteTemplate fills a caller's template whose main part is
// arbitrary well-formed XML (the rest of the package Digdir's mandate):
// Write never panics, refuses what it cannot fill with ErrBadTemplate, and
// whatever it writes reads back with internal/ooxml.
func FuzzWriteTemplate(f *testing.F) {
	tpl, _ := product.DigdirTemplate(product.TemplateMandate, phase.Bokmal, "")
	pkg, err := ooxml.Open(bytes.NewReader(tpl), int64(len(tpl)), ooxml.Options{})
	if err != nil {
		f.Fatal(err)
	}
	main, err := pkg.Part("word/document.xml")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(main)
	f.Add([]byte(writeFuzzMain))
	f.Add([]byte(strings.ReplaceAll(writeFuzzMain, "wordprocessingml/2006/main", "wordprocessingml/2006/other")))
	f.Add([]byte(strings.ReplaceAll(strings.ReplaceAll(writeFuzzMain, "w:", "x:"), "xmlns:w=", "xmlns:x=")))
	f.Add([]byte(strings.ReplaceAll(strings.ReplaceAll(writeFuzzMain, "w:", ""), "xmlns:w=", "xmlns=")))
	f.Add([]byte(`<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body><w:p/></w:body></w:document>`))
	m := sample.Mandate()
	f.Fuzz(func(t *testing.T, b []byte) {
		var own bytes.Buffer
		if pkg.Rewrite(&own, map[string][]byte{"word/document.xml": b}) != nil {
			return // not well-formed: no Word file can hold it
		}
		var out bytes.Buffer
		if err := product.Write(&out, m, product.WriteOptions{Template: own.Bytes()}); err != nil {
			if !errors.Is(err, product.ErrBadTemplate) {
				t.Fatalf("Write: %v", err)
			}
			return
		}
		if _, err := ooxml.ReadBytes(out.Bytes(), ooxml.Options{}); err != nil {
			t.Fatalf("the written document does not read back: %v", err)
		}
	})
}
