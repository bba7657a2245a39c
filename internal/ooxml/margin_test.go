package ooxml

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestHeadersAndFooters reads the page headers and footers the main
// part's relationships list, in their order, and leaves out one that is
// listed but absent.
func TestHeadersAndFooters(t *testing.T) {
	const relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
	rels := xmlDecl + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
		`<Relationship Id="rId1" Type="` + relNS + `styles" Target="styles.xml"/>` +
		`<Relationship Id="rId2" Type="` + relNS + `footer" Target="footer2.xml"/>` +
		`<Relationship Id="rId3" Type="` + relNS + `header" Target="header1.xml"/>` +
		`<Relationship Id="rId4" Type="` + relNS + `footer" Target="footer1.xml"/>` +
		`<Relationship Id="rId5" Type="` + relNS + `footer" Target="gone.xml"/>` +
		`</Relationships>`
	margin := func(root, body string) string {
		return xmlDecl + `<w:` + root + ` ` + nsDecls + `>` + body + `</w:` + root + `>`
	}
	d := read(t, docx(t, `<w:p><w:r><w:t>Body</w:t></w:r></w:p>`,
		entry{"word/_rels/document.xml.rels", rels},
		entry{"word/header1.xml", margin("hdr", `<w:p><w:r><w:t>Unntatt offentlighet</w:t></w:r></w:p>`)},
		entry{"word/footer1.xml", margin("ftr", `<w:p/>`)},
		entry{"word/footer2.xml", margin("ftr", `<w:p><w:r><w:t xml:space="preserve">Mal for Prosjektforslag, </w:t></w:r>`+
			`<w:ins><w:r><w:t>versjon 4.0</w:t></w:r></w:ins></w:p>`+
			`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Side</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`)},
	))
	text := func(bs []Block) []string {
		var out []string
		for _, b := range bs {
			switch b := b.(type) {
			case *Paragraph:
				out = append(out, b.Text)
			case *Table:
				out = append(out, "table: "+b.Rows[0].Cells[0].Text())
			}
		}
		return out
	}
	if diff := cmp.Diff([]string{"Unntatt offentlighet"}, text(d.Headers)); diff != "" {
		t.Errorf("headers (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"Mal for Prosjektforslag, versjon 4.0", "table: Side", ""}, text(d.Footers)); diff != "" {
		t.Errorf("footers (-want +got):\n%s", diff)
	}

	_, err := ReadBytes(docx(t, "", entry{"word/_rels/document.xml.rels", rels},
		entry{"word/footer2.xml", margin("ftr", `<w:p><w:r>`)}), Options{})
	var fe *FormatError
	if !errors.As(err, &fe) || !errors.Is(err, ErrMalformedXML) || fe.Part != "word/footer2.xml" {
		t.Errorf("a malformed footer: got %v, want ErrMalformedXML in word/footer2.xml", err)
	}
	_, err = ReadBytes(docx(t, "", entry{"word/_rels/document.xml.rels", rels},
		entry{"word/footer2.xml", margin("document", ``)}), Options{})
	if !errors.Is(err, ErrCorrupt) {
		t.Errorf("a footer that is no footer: got %v, want ErrCorrupt", err)
	}
}
