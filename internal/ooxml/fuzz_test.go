package ooxml

import (
	"archive/zip"
	"bytes"
	"errors"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// sentinels are the errors every failure must match one of.
var sentinels = []error{
	ErrNotZip, ErrPDF, ErrLegacyDoc, ErrEncrypted, ErrSpreadsheet, ErrPresentation, ErrNotWordDocument,
	ErrCorrupt, ErrMissingPart, ErrMalformedXML, ErrTooLarge, ErrCompressionRatio, ErrTooManyParts, ErrTooDeep,
}

func checkError(t *testing.T, err error) {
	t.Helper()
	for _, s := range sentinels {
		if errors.Is(err, s) {
			return
		}
	}
	t.Fatalf("error matches no sentinel: %v", err)
}

// checkDocument checks what holds of every document read.
func checkDocument(t *testing.T, d *Document) {
	t.Helper()
	n := 0
	for p := range d.Paragraphs() {
		n++
		if p.Index != n {
			t.Fatalf("paragraph %d has Index %d", n, p.Index)
		}
		if p.Heading < 0 || p.Heading > 9 || p.ListLevel < 0 || p.ListLevel > 9 {
			t.Fatalf("paragraph %d: heading %d, list level %d", n, p.Heading, p.ListLevel)
		}
	}
	n = 0
	for tb := range d.Tables() {
		n++
		if tb.Index != n {
			t.Fatalf("table %d has Index %d", n, tb.Index)
		}
		g := tb.Grid()
		if len(g) != len(tb.Rows) {
			t.Fatalf("table %d: grid of %d rows for %d", n, len(g), len(tb.Rows))
		}
		for i, row := range tb.Rows {
			if len(row.Cells) == 0 || len(g[i]) != len(g[0]) || len(g[i]) > maxGrid*(2+len(row.Cells)) {
				t.Fatalf("table %d row %d: %d cells, grid width %d", n, i+1, len(row.Cells), len(g[i]))
			}
			for _, c := range row.Cells {
				if c.GridSpan < 1 || c.GridSpan > maxGrid {
					t.Fatalf("table %d row %d: span %d", n, i+1, c.GridSpan)
				}
			}
		}
	}
}

// seedSynthetic adds small packages that exercise each feature.
func seedSynthetic(f *testing.F) {
	bodies := []string{
		"",
		para("Overskrift1", "Bakgrunn") + para("Hjelpetekst", "[Beskriv bakgrunnen]") + para("", "&lt;prosjektnavn&gt;"),
		p(rt("Side ") + fld("begin") + instr(" PAGE ") + fld("separate") + rt("4") + fld("end")),
		`<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>` +
			para("INNH1", "1.\tBakgrunn\t4") + `</w:sdtContent></w:sdt>`,
		tbl(3, tr(tc(span2, para("", "a")), tc(restart, para("", "b"))), tr(tc(span2, para("", "c")), tc(merged, ""))),
		p(r(`<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent>` + para("", "boks") +
			`</w:txbxContent></w:drawing></mc:Choice><mc:Fallback/></mc:AlternateContent>`)),
		p(`<w:ins w:id="1" w:author="A">` + rt("ny") + `</w:ins><w:del w:id="2" w:author="A">` + r(`<w:delText>gammel</w:delText>`) + `</w:del>`),
		p(`<w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="3"/></w:numPr><w:outlineLvl w:val="2"/></w:pPr>` + rt("punkt")),
	}
	for _, b := range bodies {
		f.Add(zipOf(f, without(b)...))
	}
	f.Add(cfb("EncryptedPackage"))
	f.Add(cfb("WordDocument"))
	f.Add([]byte("%PDF-1.7"))
	f.Add([]byte("PK\x05\x06" + string(make([]byte, 18))))
}

// FuzzRead reads arbitrary bytes as a package: it must never panic, fail
// only with the package's errors, and whatever it reads must survive
// Rewrite unchanged.
func FuzzRead(f *testing.F) {
	for _, path := range templates(f) {
		f.Add(readFile(f, path))
	}
	seedSynthetic(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		o := Options{Limits: Limits{MaxPartBytes: 4 << 20, MaxTotalBytes: 16 << 20}}
		pkg, err := Open(bytes.NewReader(data), int64(len(data)), o)
		if err != nil {
			checkError(t, err)
			return
		}
		d, err := pkg.Document()
		if err != nil {
			checkError(t, err)
			return
		}
		checkDocument(t, d)

		var out bytes.Buffer
		if err := pkg.Rewrite(&out, nil); err != nil {
			return // an entry whose raw data cannot be copied
		}
		again, err := ReadBytes(out.Bytes(), o)
		if err != nil {
			t.Fatalf("a rewritten package does not read: %v", err)
		}
		if !reflect.DeepEqual(d, again) { // cheaper than cmp on every run
			t.Fatalf("rewritten package reads differently (-before +after):\n%s", cmp.Diff(d, again))
		}
	})
}

// FuzzDocumentXML reads arbitrary bytes as the main document part of an
// otherwise sound package, which lets the fuzzer work on the XML rather
// than on zip checksums. Its seeds are excerpts of the templates (their
// first table and their table of contents) rather than whole main parts,
// so that each run stays fast.
func FuzzDocumentXML(f *testing.F) {
	for _, path := range templates(f) {
		b, err := open(f, readFile(f, path), Options{}).Part("word/document.xml")
		if err != nil {
			f.Fatal(err)
		}
		for _, el := range []string{"w:tbl", "w:sdt"} {
			if ex := excerpt(b, el); ex != "" {
				f.Add([]byte(documentXML(ex)))
			}
		}
	}
	for _, b := range []string{
		"",
		para("Overskrift1", "Bakgrunn"),
		p(fld("begin") + instr(" TOC ") + fld("separate") + rt("a")),
		tbl(2, tr(tc(span2, para("", "a"))), tr(tc(merged, ""), tc(`<w:gridSpan w:val="70"/>`, ""))),
		p(r(`<w:pict><w:txbxContent>` + tbl(1, tr(tc("", para("", "x")))) + `</w:txbxContent></w:pict>`)),
	} {
		f.Add([]byte(documentXML(b)))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		entries := without("", "word/document.xml")
		entries = append(entries, entry{"word/document.xml", string(data)})
		d, err := ReadBytes(zipWith(t, zip.Store, entries...), Options{})
		if err != nil {
			checkError(t, err)
			var fe *FormatError
			if !errors.As(err, &fe) || fe.Part != "word/document.xml" {
				t.Fatalf("error not placed in word/document.xml: %v", err)
			}
			return
		}
		checkDocument(t, d)
	})
}

// excerpt returns the first element named el (a prefixed name such as
// "w:tbl", which must not nest in itself) of the XML in b, or "".
func excerpt(b []byte, el string) string {
	start := bytes.Index(b, []byte("<"+el+">"))
	if start < 0 {
		return ""
	}
	end := bytes.Index(b[start:], []byte("</"+el+">"))
	if end < 0 {
		return ""
	}
	return string(b[start : start+end+len("</"+el+">")])
}
