package ooxml

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// entry is one zip entry of a synthetic package.
type entry struct {
	name, body string
}

// zipOf builds a zip archive of the entries, deflated, in order.
func zipOf(t testing.TB, entries ...entry) []byte {
	t.Helper()
	return zipWith(t, zip.Deflate, entries...)
}

// zipWith builds a zip archive of the entries with the compression method,
// in order.
func zipWith(t testing.TB, method uint16, entries ...entry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: method})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(e.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const (
	xmlDecl = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

	contentTypesXML = xmlDecl + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>` +
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
		`</Types>`

	rootRelsXML = xmlDecl + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
		`</Relationships>`

	docRelsXML = xmlDecl + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
		`</Relationships>`

	// nsDecls declares the prefixes the synthetic documents use.
	nsDecls = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"` +
		` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"` +
		` xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"` +
		` xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"` +
		` xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"` +
		` xmlns:v="urn:schemas-microsoft-com:vml"` +
		` xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"`

	// stylesXML defines styles as Norwegian Word writes them.
	stylesXML = xmlDecl + `<w:styles ` + nsDecls + `>` +
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Overskrift1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>` +
		`<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Overskrift2"><w:name w:val="heading 2"/><w:basedOn w:val="Overskrift1"/>` +
		`<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Overskriftforinnholdsfortegnelse"><w:name w:val="TOC Heading"/>` +
		`<w:basedOn w:val="Overskrift1"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr><w:outlineLvl w:val="9"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="INNH1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/></w:style>` +
		`<w:style w:type="paragraph" w:customStyle="1" w:styleId="Hjelpetekst"><w:name w:val="Hjelpetekst"/><w:basedOn w:val="Normal"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Listeavsnitt"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/></w:style>` +
		`<w:style w:type="character" w:default="1" w:styleId="Standardskriftforavsnitt"><w:name w:val="Default Paragraph Font"/></w:style>` +
		`</w:styles>`

	coreXML = xmlDecl + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
		` xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"` +
		` xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>Mandat for konseptfasen</dc:title><dc:creator>Digdir</dc:creator>` +
		`<dcterms:created xsi:type="dcterms:W3CDTF">2021-03-09T09:43:00Z</dcterms:created></cp:coreProperties>`
)

// documentXML wraps body content in a w:document.
func documentXML(body string) string {
	return xmlDecl + `<w:document ` + nsDecls + `><w:body>` + body + `</w:body></w:document>`
}

// docx builds a complete package around body: content types,
// relationships, styles and core properties as Word writes them. Extra
// entries are added, or replace those of the same name.
func docx(t testing.TB, body string, extra ...entry) []byte {
	t.Helper()
	entries := []entry{
		{"[Content_Types].xml", contentTypesXML},
		{"_rels/.rels", rootRelsXML},
		{"word/document.xml", documentXML(body)},
		{"word/_rels/document.xml.rels", docRelsXML},
		{"word/styles.xml", stylesXML},
		{"docProps/core.xml", coreXML},
	}
outer:
	for _, e := range extra {
		for i := range entries {
			if entries[i].name == e.name {
				entries[i] = e
				continue outer
			}
		}
		entries = append(entries, e)
	}
	return zipOf(t, entries...)
}

// without returns the entries of a standard package minus the named ones,
// with body as the document.
func without(body string, names ...string) []entry {
	all := []entry{
		{"[Content_Types].xml", contentTypesXML},
		{"_rels/.rels", rootRelsXML},
		{"word/document.xml", documentXML(body)},
		{"word/_rels/document.xml.rels", docRelsXML},
		{"word/styles.xml", stylesXML},
		{"docProps/core.xml", coreXML},
	}
	var out []entry
next:
	for _, e := range all {
		for _, n := range names {
			if e.name == n {
				continue next
			}
		}
		out = append(out, e)
	}
	return out
}

// para returns a paragraph in style (none if "") with one run of text.
func para(style, text string) string {
	ppr := ""
	if style != "" {
		ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + ppr + `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

// read reads a synthetic package with default options, failing the test
// on error.
func read(t testing.TB, b []byte) *Document {
	t.Helper()
	d, err := ReadBytes(b, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// templates returns the paths of the template fixtures.
func templates(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("..", "..", "product", "templates", "*.docx"))
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) != 13 {
		t.Fatalf("found %d templates in product/templates, want 13", len(paths))
	}
	return paths
}

// readFile returns the content of a fixture.
func readFile(t testing.TB, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// dump renders a document as readable text for golden files: one line per
// paragraph (index, marks, style, quoted text), tables cell by cell with
// their paragraphs indented beneath.
func dump(d *Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "part: %s\nstrict: %v\ntitle: %q\n", d.Part, d.Strict, d.Core.Title)
	dumpBlocks(&b, d.Blocks, "")
	if len(d.Headers) > 0 {
		b.WriteString("headers:\n")
		dumpBlocks(&b, d.Headers, "  ")
	}
	if len(d.Footers) > 0 {
		b.WriteString("footers:\n")
		dumpBlocks(&b, d.Footers, "  ")
	}
	return b.String()
}

func dumpBlocks(b *strings.Builder, blocks []Block, indent string) {
	for _, bl := range blocks {
		switch bl := bl.(type) {
		case *Paragraph:
			fmt.Fprintf(b, "%sp%d%s [%s|%s] %q\n", indent, bl.Index, paragraphMarks(bl), bl.StyleID, bl.StyleName, bl.Text)
		case *Table:
			tb := ""
			if bl.InTextBox {
				tb = " textbox"
			}
			fmt.Fprintf(b, "%stable %d: %d rows, %d columns%s\n", indent, bl.Index, len(bl.Rows), bl.Columns, tb)
			for i, r := range bl.Rows {
				gaps := ""
				if r.GridBefore > 0 || r.GridAfter > 0 {
					gaps = fmt.Sprintf(" gridBefore=%d gridAfter=%d", r.GridBefore, r.GridAfter)
				}
				fmt.Fprintf(b, "%s  row %d%s\n", indent, i+1, gaps)
				for j, c := range r.Cells {
					marks := ""
					if c.GridSpan > 1 {
						marks += fmt.Sprintf(" span=%d", c.GridSpan)
					}
					if c.VMerge {
						marks += " vmerge"
					}
					fmt.Fprintf(b, "%s    cell %d%s\n", indent, j+1, marks)
					dumpBlocks(b, c.Blocks, indent+"      ")
				}
			}
		}
	}
}

func paragraphMarks(p *Paragraph) string {
	var m []string
	if p.Heading > 0 {
		m = append(m, fmt.Sprintf("h%d", p.Heading))
	}
	if p.ListLevel > 0 {
		m = append(m, fmt.Sprintf("list%d", p.ListLevel))
	}
	if p.TOC {
		m = append(m, "toc")
	}
	if p.InTextBox {
		m = append(m, "textbox")
	}
	if len(m) == 0 {
		return ""
	}
	return " " + strings.Join(m, " ")
}
