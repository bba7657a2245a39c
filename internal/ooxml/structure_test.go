package ooxml

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// shape is what the structure tests compare of a paragraph.
type shape struct {
	Text      string
	StyleID   string
	StyleName string
	Heading   int
	ListLevel int
	TOC       bool
}

func shapes(d *Document) []shape {
	var out []shape
	for p := range d.Paragraphs() {
		out = append(out, shape{p.Text, p.StyleID, p.StyleName, p.Heading, p.ListLevel, p.TOC})
	}
	return out
}

// styles wraps style definitions in a w:styles part.
func styles(defs ...string) string {
	return xmlDecl + `<w:styles ` + nsDecls + `>` + strings.Join(defs, "") + `</w:styles>`
}

// style defines a paragraph style; ppr is the content of its w:pPr.
func style(id, name, basedOn, ppr string) string {
	s := `<w:style w:type="paragraph" w:styleId="` + id + `"><w:name w:val="` + name + `"/>`
	if basedOn != "" {
		s += `<w:basedOn w:val="` + basedOn + `"/>`
	}
	if ppr != "" {
		s += `<w:pPr>` + ppr + `</w:pPr>`
	}
	return s + `</w:style>`
}

func outline(n string) string { return `<w:outlineLvl w:val="` + n + `"/>` }

func TestHeadings(t *testing.T) {
	tests := []struct {
		name   string
		styles string // "" for the standard styles part
		body   string
		want   []shape
	}{
		{"Norwegian heading styles from outline levels", "",
			para("Overskrift1", "Bakgrunn") + para("Overskrift2", "Hvilke behov skal dekkes?") + para("", "Tekst"),
			[]shape{
				{"Bakgrunn", "Overskrift1", "heading 1", 1, 1, false},
				{"Hvilke behov skal dekkes?", "Overskrift2", "heading 2", 2, 2, false},
				{"Tekst", "Normal", "Normal", 0, 0, false},
			}},
		{"names when there is no outline level", styles(
			style("Heading3", "heading 3", "", ""),
			style("EgenOverskrift", "Overskrift 4", "", ""),
			style("Caps", "Heading 5", "", ""),
			style("Nummer", "Overskrift", "", ""),
			style("Langt", "heading 10", "", "")),
			para("Heading3", "a") + para("EgenOverskrift", "b") + para("Caps", "c") + para("Nummer", "d") + para("Langt", "e"),
			[]shape{
				{"a", "Heading3", "heading 3", 3, 0, false},
				{"b", "EgenOverskrift", "Overskrift 4", 4, 0, false},
				{"c", "Caps", "Heading 5", 5, 0, false},
				{"d", "Nummer", "Overskrift", 0, 0, false},
				{"e", "Langt", "heading 10", 0, 0, false},
			}},
		{"basedOn chains: the nearest outline level or heading name wins", styles(
			style("Overskrift1", "heading 1", "Normal", outline("0")),
			style("Normal", "Normal", "", ""),
			style("MinOverskrift", "Min overskrift", "Overskrift1", ""),
			style("Dypere", "Dypere", "MinOverskrift", outline("3")),
			style("Navnet", "heading 2", "Overskrift1", ""),
			style("UnderNavnet", "Under navnet", "Navnet", ""),
			style("Brødtekst", "Body", "Overskrift1", outline("9"))),
			para("MinOverskrift", "a") + para("Dypere", "b") + para("Navnet", "c") + para("UnderNavnet", "d") + para("Brødtekst", "e"),
			[]shape{
				{"a", "MinOverskrift", "Min overskrift", 1, 0, false},
				{"b", "Dypere", "Dypere", 4, 0, false},
				{"c", "Navnet", "heading 2", 2, 0, false},
				{"d", "UnderNavnet", "Under navnet", 2, 0, false},
				{"e", "Brødtekst", "Body", 0, 0, false},
			}},
		{"basedOn cycles and missing bases end the chain", styles(
			style("A", "A", "B", ""),
			style("B", "B", "A", ""),
			style("Selv", "Selv", "Selv", ""),
			style("Foreldreløs", "Foreldreløs", "Finnes ikke", "")),
			para("A", "a") + para("Selv", "b") + para("Foreldreløs", "c"),
			[]shape{
				{"a", "A", "A", 0, 0, false},
				{"b", "Selv", "Selv", 0, 0, false},
				{"c", "Foreldreløs", "Foreldreløs", 0, 0, false},
			}},
		{"paragraph outline level overrides the style", "",
			p(`<w:pPr>`+outline("2")+`</w:pPr>`+rt("a")) +
				p(`<w:pPr><w:pStyle w:val="Overskrift1"/>`+outline("9")+`</w:pPr>`+rt("b")) +
				p(`<w:pPr><w:pStyle w:val="Overskrift1"/>`+outline("12")+`</w:pPr>`+rt("c")),
			[]shape{
				{"a", "Normal", "Normal", 3, 0, false},
				{"b", "Overskrift1", "heading 1", 0, 1, false},
				{"c", "Overskrift1", "heading 1", 1, 1, false},
			}},
		{"undefined styles are guessed from their IDs", "",
			para("Heading2", "a") + para("Overskrift3", "b") + para("Ukjent", "c"),
			[]shape{
				{"a", "Heading2", "", 2, 0, false},
				{"b", "Overskrift3", "", 3, 0, false},
				{"c", "Ukjent", "", 0, 0, false},
			}},
		{"tracked style changes keep the new style", "",
			p(`<w:pPr><w:pStyle w:val="Overskrift1"/><w:pPrChange w:id="1" w:author="A"><w:pPr><w:pStyle w:val="Normal"/></w:pPr></w:pPrChange></w:pPr>` + rt("a")),
			[]shape{{"a", "Overskrift1", "heading 1", 1, 1, false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var extra []entry
			if tc.styles != "" {
				extra = append(extra, entry{"word/styles.xml", tc.styles})
			}
			d := read(t, docx(t, tc.body, extra...))
			if diff := cmp.Diff(tc.want, shapes(d)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestHeadingsWithoutStyles(t *testing.T) {
	body := para("Overskrift1", "Bakgrunn") + para("heading2", "Mål") + para("INNH1", "1.\tBakgrunn\t4") +
		para("TOC2", "x") + para("Innhold3", "y") + para("Overskriftforinnholdsfortegnelse", "Innhold") +
		para("TOCHeading", "Contents") + para("Overskrift", "Ikke overskrift") + para("", "Tekst")
	d := read(t, zipOf(t, without(body, "word/styles.xml", "word/_rels/document.xml.rels")...))
	want := []shape{
		{"Bakgrunn", "Overskrift1", "", 1, 0, false},
		{"Mål", "heading2", "", 2, 0, false},
		{"1.\tBakgrunn\t4", "INNH1", "", 0, 0, true},
		{"x", "TOC2", "", 0, 0, true},
		{"y", "Innhold3", "", 0, 0, true},
		{"Innhold", "Overskriftforinnholdsfortegnelse", "", 0, 0, true},
		{"Contents", "TOCHeading", "", 0, 0, true},
		{"Ikke overskrift", "Overskrift", "", 0, 0, false},
		{"Tekst", "", "", 0, 0, false},
	}
	if diff := cmp.Diff(want, shapes(d)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if d.Styles != nil {
		t.Errorf("Styles = %v, want nil without a styles part", d.Styles)
	}
}

func TestStyles(t *testing.T) {
	d := read(t, docx(t, ""))
	want := map[string]Style{
		"Normal":                           {ID: "Normal", Name: "Normal", Type: "paragraph", Default: true},
		"Overskrift1":                      {ID: "Overskrift1", Name: "heading 1", Type: "paragraph", BasedOn: "Normal", Heading: 1},
		"Overskrift2":                      {ID: "Overskrift2", Name: "heading 2", Type: "paragraph", BasedOn: "Overskrift1", Heading: 2},
		"Overskriftforinnholdsfortegnelse": {ID: "Overskriftforinnholdsfortegnelse", Name: "TOC Heading", Type: "paragraph", BasedOn: "Overskrift1", TOC: true},
		"INNH1":                            {ID: "INNH1", Name: "toc 1", Type: "paragraph", BasedOn: "Normal", TOC: true},
		"Hjelpetekst":                      {ID: "Hjelpetekst", Name: "Hjelpetekst", Type: "paragraph", BasedOn: "Normal"},
		"Listeavsnitt":                     {ID: "Listeavsnitt", Name: "List Paragraph", Type: "paragraph", BasedOn: "Normal"},
		"Standardskriftforavsnitt":         {ID: "Standardskriftforavsnitt", Name: "Default Paragraph Font", Type: "character", Default: true},
	}
	if diff := cmp.Diff(want, d.Styles); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestTableOfContents(t *testing.T) {
	tocSDT := func(gallery, content string) string {
		return `<w:sdt><w:sdtPr><w:id w:val="1"/><w:docPartObj><w:docPartGallery w:val="` + gallery +
			`"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtEndPr/><w:sdtContent>` + content + `</w:sdtContent></w:sdt>`
	}
	tests := []struct {
		name string
		body string
		want []shape
	}{
		{"TOC styles", para("Overskriftforinnholdsfortegnelse", "Innhold") + para("INNH1", "1.\tBakgrunn\t4"),
			[]shape{
				{"Innhold", "Overskriftforinnholdsfortegnelse", "TOC Heading", 0, 0, true},
				{"1.\tBakgrunn\t4", "INNH1", "toc 1", 0, 0, true},
			}},
		{"Word's table of contents: content control and field", tocSDT("Table of Contents",
			para("Overskriftforinnholdsfortegnelse", "Innhold")+
				p(`<w:pPr><w:pStyle w:val="INNH1"/></w:pPr>`+fld("begin")+instr(` TOC \o "1-3" \h \z \u `)+fld("separate")+
					`<w:hyperlink w:anchor="_Toc1">`+rt("1.")+r(`<w:tab/>`)+rt("Bakgrunn")+r(`<w:tab/>`)+
					fld("begin")+instr(" PAGEREF _Toc1 \\h ")+fld("separate")+rt("4")+fld("end")+`</w:hyperlink>`)+
				p(fld("end"))) +
			para("Overskrift1", "Bakgrunn"),
			[]shape{
				{"Innhold", "Overskriftforinnholdsfortegnelse", "TOC Heading", 0, 0, true},
				{"1.\tBakgrunn\t4", "INNH1", "toc 1", 0, 0, true},
				{"", "Normal", "Normal", 0, 0, true},
				{"Bakgrunn", "Overskrift1", "heading 1", 1, 1, false},
			}},
		{"TOC field result alone, across paragraphs", p(rt("Innhold: ")+fld("begin")+instr(" TOC ")+fld("separate")+rt("Mål")) +
			para("Overskrift1", "Bakgrunn") + p(rt("Slutt")+fld("end")) + p(rt("etter")),
			[]shape{
				{"Innhold: Mål", "Normal", "Normal", 0, 0, true},
				{"Bakgrunn", "Overskrift1", "heading 1", 1, 1, true},
				{"Slutt", "Normal", "Normal", 0, 0, true},
				{"etter", "Normal", "Normal", 0, 0, false},
			}},
		{"TOC field split over instruction runs", p(fld("begin")+instr(" T")+instr("OC \\o ")+fld("separate")+rt("a")+fld("end")) + p(rt("b")),
			[]shape{{"a", "Normal", "Normal", 0, 0, true}, {"b", "Normal", "Normal", 0, 0, false}}},
		{"simple TOC field", p(`<w:fldSimple w:instr=" TOC \o &quot;1-3&quot; ">` + rt("a") + `</w:fldSimple>`),
			[]shape{{"a", "Normal", "Normal", 0, 0, true}}},
		{"other fields and galleries are content", tocSDT("Bibliographies", para("", "Kilde")) +
			p(fld("begin")+instr(" TOA ")+fld("separate")+rt("x")+fld("end")) + p(`<w:fldSimple w:instr="PAGE">`+rt("2")+`</w:fldSimple>`),
			[]shape{{"Kilde", "Normal", "Normal", 0, 0, false}, {"x", "Normal", "Normal", 0, 0, false}, {"2", "Normal", "Normal", 0, 0, false}}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := read(t, docx(t, tc.body))
			if diff := cmp.Diff(tc.want, shapes(d)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestHeadingsIterator(t *testing.T) {
	d := read(t, docx(t, para("Overskriftforinnholdsfortegnelse", "Innhold")+
		p(fld("begin")+instr(" TOC ")+fld("separate"))+para("Overskrift1", "I innholdslista")+p(fld("end"))+
		para("Overskrift1", "Bakgrunn")+para("", "tekst")+para("Overskrift2", "Behov")))
	var got []string
	for h := range d.Headings() {
		got = append(got, h.Text)
		if h.Text == "Bakgrunn" {
			break // the iterator stops when told
		}
	}
	if diff := cmp.Diff([]string{"Bakgrunn"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	got = nil
	for h := range d.Headings() {
		got = append(got, h.Text)
	}
	if diff := cmp.Diff([]string{"Bakgrunn", "Behov"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestLists(t *testing.T) {
	numPr := func(ilvl, numID string) string {
		s := `<w:numPr>`
		if ilvl != "" {
			s += `<w:ilvl w:val="` + ilvl + `"/>`
		}
		if numID != "" {
			s += `<w:numId w:val="` + numID + `"/>`
		}
		return s + `</w:numPr>`
	}
	item := func(style, ppr, text string) string {
		st := ""
		if style != "" {
			st = `<w:pStyle w:val="` + style + `"/>`
		}
		return p(`<w:pPr>` + st + ppr + `</w:pPr>` + rt(text))
	}
	body := item("Listeavsnitt", numPr("0", "15"), "Hvem") +
		item("Listeavsnitt", numPr("1", "15"), "Hvordan") +
		item("Listeavsnitt", numPr("20", "15"), "for dypt") +
		item("Listeavsnitt", "", "uten nummer") +
		item("", numPr("", "3"), "bare numId") +
		item("Overskrift2", numPr("0", "0"), "heading, numbering off") +
		item("Overskrift2", numPr("1", "16"), "heading, own list") +
		item("Overskrift2", "", "heading, style numbering") +
		item("", numPr("2", "x"), "bad numId")
	want := []shape{
		{"Hvem", "Listeavsnitt", "List Paragraph", 0, 1, false},
		{"Hvordan", "Listeavsnitt", "List Paragraph", 0, 2, false},
		{"for dypt", "Listeavsnitt", "List Paragraph", 0, 9, false},
		{"uten nummer", "Listeavsnitt", "List Paragraph", 0, 0, false},
		{"bare numId", "Normal", "Normal", 0, 1, false},
		{"heading, numbering off", "Overskrift2", "heading 2", 2, 0, false},
		{"heading, own list", "Overskrift2", "heading 2", 2, 2, false},
		{"heading, style numbering", "Overskrift2", "heading 2", 2, 2, false},
		{"bad numId", "Normal", "Normal", 0, 0, false},
	}
	d := read(t, docx(t, body))
	if diff := cmp.Diff(want, shapes(d)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestCoreProperties(t *testing.T) {
	d := read(t, docx(t, ""))
	want := CoreProperties{Title: "Mandat for konseptfasen", Creator: "Digdir", Created: "2021-03-09T09:43:00Z"}
	if diff := cmp.Diff(want, d.Core); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	d = read(t, zipOf(t, without("", "docProps/core.xml")...))
	if diff := cmp.Diff(CoreProperties{}, d.Core); diff != "" {
		t.Errorf("without core.xml (-want +got):\n%s", diff)
	}
}
