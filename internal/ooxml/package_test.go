package ooxml

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func rels(targets ...string) string {
	s := xmlDecl + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`
	for i := 0; i+1 < len(targets); i += 2 {
		s += `<Relationship Id="rId` + string(rune('1'+i/2)) + `" Type="` + targets[i] + `" Target="` + targets[i+1] + `"/>`
	}
	return s + `</Relationships>`
}

const (
	relTypeOfficeDocument = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
	relTypeStyles         = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles"
	relTypeCore           = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
)

func typesXML(overrides ...string) string {
	s := xmlDecl + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
		`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
		`<Default Extension="xml" ContentType="application/xml"/>`
	for i := 0; i+1 < len(overrides); i += 2 {
		s += `<Override PartName="` + overrides[i] + `" ContentType="` + overrides[i+1] + `"/>`
	}
	return s + `</Types>`
}

func TestMainPart(t *testing.T) {
	doc := documentXML(para("Overskrift1", "Bakgrunn"))
	tests := []struct {
		name     string
		entries  []entry
		wantPart string
		wantText string // text of the first paragraph
		wantName string // its style name: "" when styles were not found
	}{
		{"Word's own layout", without(para("Overskrift1", "Bakgrunn")), "word/document.xml", "Bakgrunn", "heading 1"},
		{"a main part under another name, found by relationship", []entry{
			{"[Content_Types].xml", typesXML("/dok/hoved.xml", ctWordMain)},
			{"_rels/.rels", rels(relTypeOfficeDocument, "/dok/hoved.xml")},
			{"dok/hoved.xml", doc},
			{"dok/_rels/hoved.xml.rels", rels(relTypeStyles, "stiler.xml")},
			{"dok/stiler.xml", stylesXML},
		}, "dok/hoved.xml", "Bakgrunn", "heading 1"},
		{"escaped and relative targets", []entry{
			{"_rels/.rels", rels(relTypeOfficeDocument, "./dok/m%C3%A5l.xml")},
			{"dok/mål.xml", doc},
			{"dok/_rels/mål.xml.rels", rels(relTypeStyles, "../felles/stiler.xml")},
			{"felles/stiler.xml", stylesXML},
		}, "dok/mål.xml", "Bakgrunn", "heading 1"},
		{"by content type without relationships", []entry{
			{"[Content_Types].xml", typesXML("/tekst/a.xml", "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml")},
			{"tekst/a.xml", doc},
			{"tekst/styles.xml", stylesXML},
		}, "tekst/a.xml", "Bakgrunn", "heading 1"},
		{"word/document.xml as the last resort", []entry{{"word/document.xml", doc}}, "word/document.xml", "Bakgrunn", ""},
		{"names compare without case", []entry{
			{"_rels/.rels", rels(relTypeOfficeDocument, "word/document.xml")},
			{"Word/Document.XML", doc},
			{"Word/Styles.xml", stylesXML},
		}, "Word/Document.XML", "Bakgrunn", "heading 1"},
		{"a styles relationship to a missing part falls back to styles.xml", []entry{
			{"word/document.xml", doc},
			{"word/_rels/document.xml.rels", rels(relTypeStyles, "borte.xml")},
			{"word/styles.xml", stylesXML},
		}, "word/document.xml", "Bakgrunn", "heading 1"},
		{"external and escaping targets are ignored", []entry{
			{"_rels/.rels", rels(relTypeOfficeDocument, "../utenfor.xml")},
			{"word/document.xml", doc},
		}, "word/document.xml", "Bakgrunn", ""},
		{"a UTF-8 byte order mark", []entry{{"word/document.xml", "\xEF\xBB\xBF" + doc}}, "word/document.xml", "Bakgrunn", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := read(t, zipOf(t, tt.entries...))
			if d.Part != tt.wantPart {
				t.Errorf("Part = %q, want %q", d.Part, tt.wantPart)
			}
			if len(d.Blocks) == 0 {
				t.Fatal("no blocks")
			}
			p := d.Blocks[0].(*Paragraph)
			if p.Text != tt.wantText || p.StyleName != tt.wantName || p.Heading != 1 {
				t.Errorf("first paragraph = %+v, want %q in style %q at heading 1", p, tt.wantText, tt.wantName)
			}
		})
	}
}

func TestStrict(t *testing.T) {
	strict := strings.NewReplacer(
		"http://schemas.openxmlformats.org/wordprocessingml/2006/main", "http://purl.oclc.org/ooxml/wordprocessingml/main",
		"http://schemas.openxmlformats.org/officeDocument/2006/relationships/", "http://purl.oclc.org/ooxml/officeDocument/relationships/")
	body := para("Overskrift1", "Bakgrunn") + p(rt("Side ")+fld("begin")+instr("PAGE")+fld("separate")+rt("3")+fld("end")) +
		tbl(2, tr(tc(span2, para("", "a"))))
	var entries []entry
	for _, e := range without(body) {
		entries = append(entries, entry{e.name, strict.Replace(e.body)})
	}
	strictDoc := read(t, zipOf(t, entries...))
	transitional := read(t, docx(t, body))
	if !strictDoc.Strict || transitional.Strict {
		t.Errorf("Strict = %v and %v, want true for Strict and false for Transitional", strictDoc.Strict, transitional.Strict)
	}
	transitional.Strict = true
	if diff := cmp.Diff(transitional, strictDoc); diff != "" {
		t.Errorf("Strict reads unlike Transitional (-transitional +strict):\n%s", diff)
	}
}

func TestPackageParts(t *testing.T) {
	b := docx(t, para("", "x"), entry{"word/media/bilde.png", "\x89PNG"})
	pkg, err := Open(bytes.NewReader(b), int64(len(b)), Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
		"word/styles.xml", "docProps/core.xml", "word/media/bilde.png"}
	if diff := cmp.Diff(want, pkg.Parts()); diff != "" {
		t.Errorf("Parts (-want +got):\n%s", diff)
	}
	if !pkg.Has("/WORD/media/bilde.png") || pkg.Has("word/media") {
		t.Error("Has does not fold case and slash, or finds folders that are not parts")
	}
	got, err := pkg.Part("word/media/bilde.png")
	if err != nil || string(got) != "\x89PNG" {
		t.Errorf("Part = %q, %v", got, err)
	}
	_, err = pkg.Part("word/borte.xml")
	var fe *FormatError
	if !errors.Is(err, ErrMissingPart) || !errors.As(err, &fe) || fe.Part != "word/borte.xml" {
		t.Errorf("missing part: %v", err)
	}
}

func TestResolveTarget(t *testing.T) {
	tests := []struct {
		source, target, want string
		ok                   bool
	}{
		{"", "word/document.xml", "word/document.xml", true},
		{"", "/word/document.xml", "word/document.xml", true},
		{"word/document.xml", "styles.xml", "word/styles.xml", true},
		{"word/document.xml", "../customXml/item1.xml", "customXml/item1.xml", true},
		{"word/document.xml", "media/a%20b.png", "word/media/a b.png", true},
		{"word/document.xml", "media/a%2.png", "word/media/a%2.png", true},
		{"word/document.xml", "styles.xml#frag", "word/styles.xml", true},
		{"word/document.xml", "../../x.xml", "", false},
		{"word/document.xml", "", "", false},
		{"", ".", "", false},
	}
	for _, tt := range tests {
		got, ok := resolveTarget(tt.source, tt.target)
		if got != tt.want || ok != tt.ok {
			t.Errorf("resolveTarget(%q, %q) = %q, %v; want %q, %v", tt.source, tt.target, got, ok, tt.want, tt.ok)
		}
	}
}

func TestConcurrentUse(t *testing.T) {
	src := readFile(t, "../../product/templates/Styringsdokument_v4.0.docx")
	pkg := open(t, src, Options{})
	want, err := pkg.Document()
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for range 4 {
		go func() {
			d, err := pkg.Document()
			if err == nil && !reflect.DeepEqual(want, d) {
				err = errors.New("documents differ")
			}
			errs <- err
		}()
		go func() {
			_, err := pkg.Part("word/styles.xml")
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
