package ooxml

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// texts returns Index:Text of every paragraph, with the marks that the
// text tests care about.
type textLine struct {
	Index     int
	Text      string
	InTextBox bool
}

func textLines(d *Document) []textLine {
	var out []textLine
	for p := range d.Paragraphs() {
		out = append(out, textLine{p.Index, p.Text, p.InTextBox})
	}
	return out
}

func r(inner string) string           { return `<w:r>` + inner + `</w:r>` }
func tx(s string) string              { return `<w:t xml:space="preserve">` + s + `</w:t>` }
func rt(s string) string              { return r(tx(s)) }
func p(inner string) string           { return `<w:p>` + inner + `</w:p>` }
func fld(typ string) string           { return r(`<w:fldChar w:fldCharType="` + typ + `"/>`) }
func instr(s string) string           { return r(`<w:instrText xml:space="preserve">` + s + `</w:instrText>`) }
func lines(ls ...textLine) []textLine { return ls }

func TestParagraphText(t *testing.T) {
	textbox := func(kind, text string) string {
		switch kind {
		case "drawing":
			return r(`<w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>` +
				p(rt(text)) + `</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>`)
		case "vml":
			return r(`<w:pict><v:shape><v:textbox><w:txbxContent>` + p(rt(text)) + `</w:txbxContent></v:textbox></v:shape></w:pict>`)
		}
		// Word's own form: DrawingML in the Choice, VML in the Fallback.
		return r(`<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx><w:txbxContent>` +
			p(rt(text)) + `</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
			`<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` + p(rt(text)) +
			`</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>`)
	}
	tests := []struct {
		name string
		body string
		want []textLine
	}{
		{"runs join", p(rt("&lt;prosjekt") + rt("navn&gt;") + r(`<w:rPr><w:b/></w:rPr>`+tx(" og mer"))),
			lines(textLine{1, "<prosjektnavn> og mer", false})},
		{"empty paragraph", `<w:p/>`, lines(textLine{1, "", false})},
		{"white space kept", p(rt("  to  ")), lines(textLine{1, "  to  ", false})},
		{"tab and breaks", p(r(tx("a") + `<w:tab/>` + tx("b") + `<w:br/>` + tx("c") + `<w:br w:type="page"/>` + `<w:cr/>` + tx("d"))),
			lines(textLine{1, "a\tb\nc\n\nd", false})},
		{"hyphens", p(r(tx("IT") + `<w:noBreakHyphen/>` + tx("politiske, prosjekt") + `<w:softHyphen/>` + tx("forslag"))),
			lines(textLine{1, "IT-politiske, prosjektforslag", false})},
		{"symbol", p(r(`<w:sym w:font="Wingdings" w:char="F0FE"/>`) + r(`<w:sym w:font="Symbol" w:char="zz"/>`)),
			lines(textLine{1, "\uF0FE", false})},
		{"simple field shows its result", p(rt("Dato: ") + `<w:fldSimple w:instr=" DATE \@ &quot;dd.MM.yyyy&quot; ">` + rt("01.02.2020") + `</w:fldSimple>`),
			lines(textLine{1, "Dato: 01.02.2020", false})},
		{"complex field shows its result", p(rt("Side ") + fld("begin") + instr(" PAGE ") + fld("separate") + rt("4") + fld("end") + rt(" av 9")),
			lines(textLine{1, "Side 4 av 9", false})},
		{"field without result shows nothing", p(rt("a") + fld("begin") + instr(" XE \"ord\" ") + fld("end") + rt("b")),
			lines(textLine{1, "ab", false})},
		{"field in an instruction is part of it", p(fld("begin") + instr(" IF ") + fld("begin") + instr(" PAGE ") + fld("separate") + rt("1") + fld("end") +
			instr(` = 1 "ja" "nei" `) + fld("separate") + rt("ja") + fld("end")),
			lines(textLine{1, "ja", false})},
		{"field result across paragraphs", p(rt("før ")+fld("begin")+instr(" REF x ")+fld("separate")+rt("en")) + p(rt("to")+fld("end")+rt(" etter")),
			lines(textLine{1, "før en", false}, textLine{2, "to etter", false})},
		{"instruction text outside a field", p(instr("PAGE") + rt("x")), lines(textLine{1, "x", false})},
		{"stray field ends", p(fld("separate") + fld("end") + fld("end") + rt("x")), lines(textLine{1, "x", false})},
		{"hyperlink", p(rt("Se ") + `<w:hyperlink r:id="rId9" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` + rt("prosjektveiviseren.no") + `</w:hyperlink>`),
			lines(textLine{1, "Se prosjektveiviseren.no", false})},
		{"tracked changes read as accepted", p(rt("Mål: ") + `<w:ins w:id="1" w:author="A">` + rt("ny") + `</w:ins>` +
			`<w:del w:id="2" w:author="A"><w:r><w:delText>gammel</w:delText></w:r></w:del>` +
			`<w:moveFrom w:id="3" w:author="A">` + rt("flyttet bort") + `</w:moveFrom>` +
			`<w:moveTo w:id="4" w:author="A">` + rt(" tekst") + `</w:moveTo>`),
			lines(textLine{1, "Mål: ny tekst", false})},
		{"deleted text in a plain run", p(r(`<w:delText>borte</w:delText>`) + rt("her")), lines(textLine{1, "her", false})},
		{"wrappers are transparent", p(`<w:smartTag w:element="place">` + rt("Mo") + `</w:smartTag>` +
			`<w:customXml w:element="x">` + rt(" i ") + `</w:customXml>` +
			`<w:sdt><w:sdtPr><w:alias w:val="Navn"/></w:sdtPr><w:sdtContent>` + rt("Rana") + `</w:sdtContent></w:sdt>` +
			`<w:dir w:val="ltr">` + rt("!") + `</w:dir>`),
			lines(textLine{1, "Mo i Rana!", false})},
		{"block content controls are transparent", `<w:sdt><w:sdtPr/><w:sdtContent>` + p(rt("a")) + `<w:customXml>` + p(rt("b")) + `</w:customXml></w:sdtContent></w:sdt>`,
			lines(textLine{1, "a", false}, textLine{2, "b", false})},
		{"alternate content: the first choice", p(r(`<mc:AlternateContent><mc:Choice Requires="w14">` + tx("ny") + `</mc:Choice>` +
			`<mc:Choice Requires="w15">` + tx("nyere") + `</mc:Choice><mc:Fallback>` + tx("gammel") + `</mc:Fallback></mc:AlternateContent>`)),
			lines(textLine{1, "ny", false})},
		{"alternate content: the fallback without a choice", p(`<mc:AlternateContent><mc:Fallback>` + rt("gammel") + `</mc:Fallback></mc:AlternateContent>`),
			lines(textLine{1, "gammel", false})},
		{"block alternate content", `<mc:AlternateContent><mc:Choice Requires="w14">` + p(rt("a")) + `</mc:Choice><mc:Fallback>` + p(rt("b")) + `</mc:Fallback></mc:AlternateContent>`,
			lines(textLine{1, "a", false})},
		{"text box (DrawingML) follows its paragraph", p(rt("før ")+textbox("drawing", "i boksen")+rt("etter")) + p(rt("neste")),
			lines(textLine{1, "før etter", false}, textLine{2, "i boksen", true}, textLine{3, "neste", false})},
		{"text box (VML) follows its paragraph", p(textbox("vml", "BP 3")), lines(textLine{1, "", false}, textLine{2, "BP 3", true})},
		{"text box in alternate content is read once", p(textbox("alternate", "Hovedprodukt 1")),
			lines(textLine{1, "", false}, textLine{2, "Hovedprodukt 1", true})},
		{"text boxes are stories of their own", p(fld("begin")+instr(" REF x ")+fld("separate")+rt("resultat")+textbox("vml", "boks")) + p(fld("end")),
			lines(textLine{1, "resultat", false}, textLine{2, "boks", true}, textLine{3, "", false})},
		{"ruby shows its base", p(`<w:ruby><w:rubyPr/><w:rt>` + rt("kan") + `</w:rt><w:rubyBase>` + rt("漢") + `</w:rubyBase></w:ruby>`),
			lines(textLine{1, "漢", false})},
		{"math and other vocabularies are skipped", p(rt("x") + `<m:oMath><m:r><m:t>y</m:t></m:r></m:oMath>` + `<foo:bar xmlns:foo="urn:x">` + rt("z") + `</foo:bar>`),
			lines(textLine{1, "x", false})},
		{"paragraph mark properties are no text", p(`<w:pPr><w:rPr><w:ins w:id="1" w:author="A"/></w:rPr></w:pPr>` + rt("x")),
			lines(textLine{1, "x", false})},
		{"tracked deleted paragraph content", p(`<w:del w:id="1" w:author="A">`+r(`<w:delText>alt</w:delText>`)+`</w:del>`) + p(rt("igjen")),
			lines(textLine{1, "", false}, textLine{2, "igjen", false})},
		{"bookmarks and proofing marks", p(`<w:bookmarkStart w:id="0" w:name="_Toc1"/><w:proofErr w:type="spellStart"/>` + rt("Prosjekt") + `<w:proofErr w:type="spellEnd"/><w:bookmarkEnd w:id="0"/>`),
			lines(textLine{1, "Prosjekt", false})},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := read(t, docx(t, tc.body))
			if diff := cmp.Diff(tc.want, textLines(d)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
