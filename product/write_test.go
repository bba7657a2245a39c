package product_test

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
	"github.com/digitale-helgeland/veiviser/internal/outline"
	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// writeCase is one embedded template to fill.
type writeCase struct {
	tmpl    product.Template
	lang    phase.Language
	version string
}

func (c writeCase) String() string { return fmt.Sprintf("%s/%s/%s", c.tmpl, c.lang, c.version) }

// writeCases returns every template, language and version the library
// embeds.
func writeCases() []writeCase {
	var out []writeCase
	for _, t := range product.Templates() {
		for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk} {
			for _, v := range product.WriteVersions(t, l) {
				out = append(out, writeCase{t, l, v})
			}
		}
	}
	return out
}

// writeSample returns internal/sample's complete document of template t.
func writeSample(t *testing.T, tmpl product.Template) product.Document {
	t.Helper()
	for _, d := range sample.All() {
		if d.Template() == tmpl {
			return d
		}
	}
	t.Fatalf("no sample of %s", tmpl)
	return nil
}

// writtenDoc is a document written by Write and read back.
type writtenDoc struct {
	out     []byte
	doc     *ooxml.Document
	outline *outline.Document
}

// writeAndRead writes d with o and reads the result back with internal/ooxml
// and internal/outline.
func writeAndRead(t *testing.T, d product.Document, o product.WriteOptions) writtenDoc {
	t.Helper()
	var buf bytes.Buffer
	if err := product.Write(&buf, d, o); err != nil {
		t.Fatalf("Write: %v", err)
	}
	doc, err := ooxml.ReadBytes(buf.Bytes(), ooxml.Options{})
	if err != nil {
		t.Fatalf("the written document does not read back: %v", err)
	}
	return writtenDoc{buf.Bytes(), doc, outline.FromDocx(doc)}
}

// writeCollapse trims s and makes every run of white space one space.
func writeCollapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// writtenHeading returns the index of the first heading block at or after from
// whose text is title, or -1.
func writtenHeading(o *outline.Document, title string, from int) int {
	for i := from; i < len(o.Blocks); i++ {
		if b := o.Blocks[i]; b.Kind == outline.Heading && writeCollapse(b.Text) == writeCollapse(title) {
			return i
		}
	}
	return -1
}

// writtenUnder returns the blocks after heading i up to the next heading.
func writtenUnder(o *outline.Document, i int) []outline.Block {
	var out []outline.Block
	for _, b := range o.Blocks[i+1:] {
		if b.Kind == outline.Heading {
			break
		}
		out = append(out, b)
	}
	return out
}

// writtenText rebuilds a section's text from the paragraphs and list items at
// the start of bs, as Write writes it: paragraphs apart by a blank line,
// items of one list by a line break, each "- " and its text.
func writtenText(bs []outline.Block) string {
	var b strings.Builder
	prev := outline.Kind(0)
	for _, bl := range bs {
		if bl.Kind != outline.Paragraph && bl.Kind != outline.ListItem {
			break
		}
		switch {
		case prev == 0:
		case prev == outline.ListItem && bl.Kind == outline.ListItem:
			b.WriteString("\n")
		default:
			b.WriteString("\n\n")
		}
		if bl.Kind == outline.ListItem {
			b.WriteString("- ")
		}
		b.WriteString(bl.Text)
		prev = bl.Kind
	}
	return b.String()
}

// writtenTable returns the first table whose first row starts with the cells
// head, or nil.
func writtenTable(o *outline.Document, head ...string) *outline.Block {
	for i, b := range o.Blocks {
		if b.Kind != outline.Table || len(b.Rows) == 0 || len(b.Rows[0]) < len(head) {
			continue
		}
		ok := true
		for j, h := range head {
			ok = ok && writeCollapse(b.Rows[0][j]) == h
		}
		if ok {
			return &o.Blocks[i]
		}
	}
	return nil
}

// TestWriteTemplates writes internal/sample's complete document into every
// embedded template, in both languages, and reads it back: each section's
// text under its heading with the guidance gone, the parts as headings one
// level down, the cover, decision box and logs filled, every other part of
// the package byte for byte the template's.
func TestWriteTemplates(t *testing.T) {
	for _, c := range writeCases() {
		t.Run(c.String(), func(t *testing.T) {
			d := writeSample(t, c.tmpl)
			w := writeAndRead(t, d, product.WriteOptions{Language: c.lang, Version: c.version})
			checkWrittenSections(t, w.outline, d, c)
			tpl, _ := product.DigdirTemplate(c.tmpl, c.lang, c.version)
			doc, err := ooxml.ReadBytes(tpl, ooxml.Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkWrittenFront(t, w.outline, outline.FromDocx(doc), d.Head())
			checkWrittenParts(t, c, w.out)
		})
	}
}

// checkWrittenSections checks every keyed section of d under its heading.
func checkWrittenSections(t *testing.T, o *outline.Document, d product.Document, c writeCase) {
	t.Helper()
	for _, s := range product.WriteSections(c.tmpl, c.lang, c.version) {
		if s.Key == "" || s.Instructions {
			continue
		}
		v, filled, err := product.WriteValueAt(d, s.Key)
		if err != nil {
			t.Fatalf("%s: %v", s.Key, err)
		}
		if !filled {
			continue
		}
		i := writtenHeading(o, s.Title, 0)
		if i < 0 {
			t.Errorf("%s: no heading %q", s.Key, s.Title)
			continue
		}
		if got := o.Blocks[i].Level; got != s.Level {
			t.Errorf("%s: heading %q at level %d, want %d", s.Key, s.Title, got, s.Level)
		}
		under := writtenUnder(o, i)
		if len(under) == 0 && (i+1 >= len(o.Blocks) || o.Blocks[i+1].Level != s.Level+1) {
			t.Errorf("%s: nothing under %q, not even a sub-heading", s.Key, s.Title)
		}
		for _, b := range under {
			if b.Guidance {
				t.Errorf("%s: guidance left under %q: %q", s.Key, s.Title, b.Text)
			}
		}
		var sec product.Section
		switch v := v.(type) {
		case product.Section:
			sec = v
		case string:
			sec = product.Section{Text: v}
		case []string:
			sec = product.Section{Text: "- " + strings.Join(v, "\n- ")}
		default:
			continue
		}
		if got := writtenText(under); got != sec.Text {
			t.Errorf("%s: text under %q = %q, want %q", s.Key, s.Title, got, sec.Text)
		}
		at := i
		for _, p := range sec.Parts {
			j := writtenHeading(o, p.Title, at+1)
			if j < 0 {
				t.Errorf("%s: no heading for part %q", s.Key, p.Title)
				continue
			}
			if o.Blocks[j].Level != s.Level+1 {
				t.Errorf("%s: part %q at level %d, want %d", s.Key, p.Title, o.Blocks[j].Level, s.Level+1)
			}
			if got := writtenText(writtenUnder(o, j)); got != p.Text {
				t.Errorf("%s: part %q = %q, want %q", s.Key, p.Title, got, p.Text)
			}
			at = j
		}
	}
}

// checkWrittenFront checks the cover, the decision box and the logs.
func checkWrittenFront(t *testing.T, o, template *outline.Document, h product.Header) {
	t.Helper()
	first := len(o.Blocks)
	for i, b := range o.Blocks {
		if b.Kind == outline.Heading {
			first = i
			break
		}
	}
	cover := false
	for _, b := range o.Blocks[:first] {
		cover = cover || b.Kind == outline.Paragraph && strings.Contains(b.Text, h.Project)
	}
	if !cover {
		t.Errorf("the cover does not name the project %q", h.Project)
	}
	for _, b := range o.Blocks {
		for _, s := range append([]string{b.Text}, writtenCells(b.Rows)...) {
			low := strings.ToLower(s)
			if strings.Contains(low, "<prosjektnavn>") || strings.Contains(low, "<namn på prosjektet>") {
				t.Errorf("placeholder left: %q", s)
			}
		}
	}

	var box *outline.Block
	for i, b := range o.Blocks[:first] {
		if b.Kind == outline.Table && len(b.Rows) > 0 && strings.HasPrefix(b.Rows[0][0], "Prosjektnummer") {
			box = &o.Blocks[i]
			break
		}
	}
	if box == nil {
		t.Fatal("no decision box")
	}
	cells := strings.Join(writtenCells(box.Rows), "\n")
	want := []string{h.Decision.ProjectNumber, h.Decision.CaseNumber, h.Decision.ProcessedDate.String(), h.Decision.ProcessedBy, h.PreparedBy, h.Decision.Decision, h.Decision.Signature}
	if strings.Contains(cells, "Neste fase ferdig") {
		want = append(want, h.Decision.NextPhaseDone.String(), h.Decision.Staffing.Lead, h.Decision.Staffing.Others)
	}
	for _, v := range want {
		if !strings.Contains(cells, v) {
			t.Errorf("decision box lacks %q", v)
		}
	}
	for _, p := range []string{"<dato>", "<navn>", "<namn>"} {
		if strings.Contains(cells, p) {
			t.Errorf("decision box keeps %s", p)
		}
	}

	if writtenTable(template, "Versjon", "Dato", "Endring") == nil {
		return // version 3.0 of the mandate has no logs
	}
	if log := writtenTable(o, "Versjon", "Dato", "Endring", "Produsent", "Godkjent"); log == nil {
		t.Error("no change log")
	} else {
		want := [][]string{log.Rows[0]}
		for _, e := range h.Changes {
			want = append(want, []string{e.Version, e.Date.Norwegian(), e.Change, e.Producer, e.ApprovedBy})
		}
		if diff := cmp.Diff(want, log.Rows); diff != "" {
			t.Errorf("change log (-want +got):\n%s", diff)
		}
	}
	if log := writtenTable(o, "Versjon distribuert", "Dato"); log == nil {
		t.Error("no distribution log")
	} else {
		want := [][]string{log.Rows[0]}
		for _, e := range h.Distribution {
			want = append(want, []string{e.Version, e.Date.Norwegian(), strings.Join(e.Recipients, "\n")})
		}
		if diff := cmp.Diff(want, log.Rows); diff != "" {
			t.Errorf("distribution log (-want +got):\n%s", diff)
		}
	}
}

func writtenCells(rows [][]string) []string {
	var out []string
	for _, r := range rows {
		out = append(out, r...)
	}
	return out
}

// checkWrittenParts checks that every part of the package but the main document
// is the template's, byte for byte.
func checkWrittenParts(t *testing.T, c writeCase, out []byte) {
	t.Helper()
	tpl, ok := product.DigdirTemplate(c.tmpl, c.lang, c.version)
	if !ok {
		t.Fatal("no template")
	}
	a, err := ooxml.Open(bytes.NewReader(tpl), int64(len(tpl)), ooxml.Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := ooxml.Open(bytes.NewReader(out), int64(len(out)), ooxml.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a.Parts(), b.Parts()); diff != "" {
		t.Fatalf("parts (-template +written):\n%s", diff)
	}
	for _, name := range a.Parts() {
		if name == "word/document.xml" || strings.HasSuffix(name, "/") {
			continue
		}
		x, err1 := a.Part(name)
		y, err2 := b.Part(name)
		if err1 != nil || err2 != nil {
			t.Fatalf("%s: %v, %v", name, err1, err2)
		}
		if !bytes.Equal(x, y) {
			t.Errorf("%s differs from the template's", name)
		}
	}
}

// TestWriteBP1Checklist checks the mandate's checklist table: the comments
// in the template's comment column, row by row, Digdir's questions kept.
func TestWriteBP1Checklist(t *testing.T) {
	m := sample.Mandate()
	m.Checklist.Items[3].Comment = "prosjekt, se kapittel 5"
	for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk} {
		w := writeAndRead(t, m, product.WriteOptions{Language: l})
		tbl := writtenTable(w.outline, "", "Sjekkpunkt", "Kommentar")
		if tbl == nil {
			t.Fatalf("%s: no checklist table", l)
		}
		if len(tbl.Rows) != len(m.Checklist.Items)+1 {
			t.Fatalf("%s: %d rows, want %d", l, len(tbl.Rows), len(m.Checklist.Items)+1)
		}
		for i, e := range m.Checklist.Items {
			row := tbl.Rows[i+1]
			if row[0] != fmt.Sprint(e.Number) || row[2] != e.Comment {
				t.Errorf("%s: row %d = %q, want number %d and comment %q", l, i+1, row, e.Number, e.Comment)
			}
		}
	}
}

// TestWriteText writes awkward text into the mandate's background and reads
// it back as written.
func TestWriteText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`a < b && c > "d" 'e'`, `a < b && c > "d" 'e'`},
		{"emoji 😀, CDATA end ]]> and an entity &amp;", "emoji 😀, CDATA end ]]> and an entity &amp;"},
		{"</w:t></w:r></w:p><w:p><w:r><w:t>injected", "</w:t></w:r></w:p><w:p><w:r><w:t>injected"},
		{"line one\nline two", "line one\nline two"},
		{"first paragraph\n\nsecond paragraph", "first paragraph\n\nsecond paragraph"},
		{"intro\n- one\n- two\n\nafter", "intro\n\n- one\n- two\n\nafter"},
		{"tab\there", "tab\there"},
		{"windows\r\nline\rold mac", "windows\nline\nold mac"},
		{"«Ikke relevant» – æøå ÆØÅ", "«Ikke relevant» – æøå ÆØÅ"},
		{"\uFFFD replacement character", "\uFFFD replacement character"},
	}
	for _, tt := range tests {
		m := &product.Mandate{Header: product.Header{Project: tt.in}, Background: product.Section{Text: tt.in}}
		w := writeAndRead(t, m, product.WriteOptions{})
		i := writtenHeading(w.outline, "Bakgrunn", 0)
		if i < 0 {
			t.Fatal("no heading Bakgrunn")
		}
		if got := writtenText(writtenUnder(w.outline, i)); got != tt.want {
			t.Errorf("%q reads back as %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWriteInvalidText checks that text XML cannot hold is refused with the
// field's path, never dropped.
func TestWriteInvalidText(t *testing.T) {
	bad := []string{"nul\x00", "vertical\vtab", "form\ffeed", "escapeXML\x1b", "non-character \uFFFE", "non-character \uFFFF", "latin-1 \xe6"}
	for _, s := range bad {
		tests := []struct {
			path string
			d    product.Document
		}{
			{"background.text", &product.Mandate{Background: product.Section{Text: s}}},
			{"experience.parts[0].title", &product.Mandate{Experience: product.Section{Parts: []product.Part{{Title: s, Text: "x"}}}}},
			{"header.project", &product.Mandate{Header: product.Header{Project: s}}},
			{"header.changes[0]", &product.Mandate{Header: product.Header{Changes: []product.ChangeEntry{{Version: "1", Change: s}}}}},
			{"header.decision.decision", &product.Mandate{Header: product.Header{Decision: product.DecisionBox{Decision: s}}}},
			{"conceptPhase.concepts[0].name", &product.Mandate{ConceptPhase: product.ConceptPhaseScope{Concepts: []product.Concept{{Name: s}}}}},
			{"header.extra[0].section.text", &product.Mandate{Header: product.Header{Extra: []product.ExtraSection{{Heading: "X", Section: product.Section{Text: s}}}}}},
		}
		for _, tt := range tests {
			var buf bytes.Buffer
			err := product.Write(&buf, tt.d, product.WriteOptions{})
			var pe *phase.PathError
			if !errors.Is(err, product.ErrInvalidText) || !errors.As(err, &pe) || pe.Path != tt.path {
				t.Errorf("%q at %s: got %v, want ErrInvalidText at %s", s, tt.path, err, tt.path)
			}
			if buf.Len() != 0 {
				t.Errorf("%q at %s: %d bytes written despite the error", s, tt.path, buf.Len())
			}
		}
	}
}

// TestWriteDeterministic writes the same document twice.
func TestWriteDeterministic(t *testing.T) {
	for _, d := range []product.Document{sample.Mandate(), sample.Governing(), sample.BenefitPlan()} {
		var a, b bytes.Buffer
		if err := product.Write(&a, d, product.WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		if err := product.Write(&b, d, product.WriteOptions{}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a.Bytes(), b.Bytes()) {
			t.Errorf("%s: two writes differ", d.Template())
		}
	}
}

// TestWriteEmptyKeepsTemplate writes an empty mandate: the template comes
// back byte for byte, main part included.
func TestWriteEmptyKeepsTemplate(t *testing.T) {
	for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk} {
		var buf bytes.Buffer
		if err := product.Write(&buf, &product.Mandate{}, product.WriteOptions{Language: l}); err != nil {
			t.Fatal(err)
		}
		tpl, _ := product.DigdirTemplate(product.TemplateMandate, l, "")
		a, _ := ooxml.Open(bytes.NewReader(tpl), int64(len(tpl)), ooxml.Options{})
		b, err := ooxml.Open(bytes.NewReader(buf.Bytes()), int64(buf.Len()), ooxml.Options{})
		if err != nil {
			t.Fatal(err)
		}
		x, _ := a.Part("word/document.xml")
		y, _ := b.Part("word/document.xml")
		if !bytes.Equal(x, y) {
			t.Errorf("%s: an empty mandate changes the main part", l)
		}
	}
}

// TestWritePrefilled writes what a case system knows before the project
// manager starts: the sections left empty keep Digdir's guidance for the
// author, and the decision box keeps its placeholders.
func TestWritePrefilled(t *testing.T) {
	m := &product.Mandate{
		Header:     product.Header{Project: "Digitale Helgeland", PreparedBy: "Saksbehandler"},
		Background: product.Section{Text: "Vedtak i regionrådet 12.03.2020."},
	}
	w := writeAndRead(t, m, product.WriteOptions{})
	if got := writtenText(writtenUnder(w.outline, writtenHeading(w.outline, "Bakgrunn", 0))); got != m.Background.Text {
		t.Errorf("background = %q", got)
	}
	needs := writtenUnder(w.outline, writtenHeading(w.outline, "Hvilke behov skal dekkes?", 0))
	if len(needs) == 0 || !needs[0].Guidance {
		t.Errorf("the guidance under «Hvilke behov skal dekkes?» is gone: %v", needs)
	}
	box := strings.Join(writtenCells(w.outline.Blocks[3].Rows), "\n")
	if !strings.Contains(box, "<dato>") || !strings.Contains(box, "Saksbehandler") {
		t.Errorf("decision box = %q", box)
	}
}

// TestWriteAppended checks where sections go that the template has no
// heading for: Header.Extra, and a field of the business case no section
// holds, before the closing guidance chapter, each with its title.
func TestWriteAppended(t *testing.T) {
	m := sample.Mandate()
	m.Header.Extra = []product.ExtraSection{
		{Heading: "Nyttig informasjon", Level: 1, Section: product.Section{Text: "Lenker."}},
		{Heading: "Vedlegg", Section: product.Section{Parts: []product.Part{{Title: "Budsjett", Text: "Se regneark."}}}},
	}
	w := writeAndRead(t, m, product.WriteOptions{})
	var got []string
	for _, b := range w.outline.Blocks[writtenHeading(w.outline, "Gjennomgang av BP1 sjekkliste", 0):] {
		if b.Kind == outline.Heading {
			got = append(got, fmt.Sprintf("%d %s", b.Level, b.Text))
		}
	}
	want := []string{"1 Gjennomgang av BP1 sjekkliste", "1 Nyttig informasjon", "1 Vedlegg", "2 Budsjett", "1 Veiledning – Mandat for konseptfasen"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("headings (-want +got):\n%s", diff)
	}
	if got := writtenText(writtenUnder(w.outline, writtenHeading(w.outline, "Budsjett", 0))); got != "Se regneark." {
		t.Errorf("part = %q", got)
	}

	// The business case's «preliminary» is no section of Digdir's template.
	bc := writeAndRead(t, sample.BusinessCase(), product.WriteOptions{})
	title := product.WriteFieldTitle(product.TemplateBusinessCase, phase.Bokmal, "preliminary", "preliminary")
	i := writtenHeading(bc.outline, title, 0)
	if i < 0 || i > writtenHeading(bc.outline, "Veiledning - Prosjektbegrunnelse", 0) {
		t.Fatalf("%q at %d, not before the guidance chapter", title, i)
	}
	if got := writtenText(writtenUnder(bc.outline, i)); got != "ja" {
		t.Errorf("%s = %q, want «ja»", title, got)
	}
}

// TestWriteOwnTemplate fills a caller's copy of the template whose author
// renamed a heading: the section goes under Digdir's heading after the
// section before it, the renamed heading keeps its guidance.
func TestWriteOwnTemplate(t *testing.T) {
	t.Run("chapter missing", testOwnTemplateWithoutChapter)
	tpl, _ := product.DigdirTemplate(product.TemplateMandate, phase.Bokmal, "")
	pkg, err := ooxml.Open(bytes.NewReader(tpl), int64(len(tpl)), ooxml.Options{})
	if err != nil {
		t.Fatal(err)
	}
	main, _ := pkg.Part("word/document.xml")
	// The heading is three runs: «Virksomhetsa», «rkitektu», «r».
	if bytes.Count(main, []byte("<w:t>Virksomhetsa</w:t>")) != 1 {
		t.Fatal("the template's heading is not as expected")
	}
	main = bytes.ReplaceAll(main, []byte("<w:t>Virksomhetsa</w:t>"), []byte("<w:t>Vår a</w:t>"))
	var own bytes.Buffer
	if err := pkg.Rewrite(&own, map[string][]byte{"word/document.xml": main}); err != nil {
		t.Fatal(err)
	}
	m := sample.Mandate()
	w := writeAndRead(t, m, product.WriteOptions{Template: own.Bytes()})
	renamed := writtenHeading(w.outline, "Vår arkitektur", 0)
	if renamed < 0 || !writtenUnder(w.outline, renamed)[0].Guidance {
		t.Errorf("the renamed heading lost its guidance")
	}
	i := writtenHeading(w.outline, "Virksomhetsarkitektur", 0)
	if i < writtenHeading(w.outline, "IT-politiske føringer og andre rammebetingelser", 0) || i > renamed || w.outline.Blocks[i].Level != 2 {
		t.Fatalf("«Virksomhetsarkitektur» at %d, want a level-2 heading after section 3.4, before %d", i, renamed)
	}
	if got := writtenText(writtenUnder(w.outline, i)); got != m.Constraints.EnterpriseArchitecture.Text {
		t.Errorf("text = %q", got)
	}
}

// TestWriteVersion writes a mandate into version 3.0, as asked and as its
// header records.
func TestWriteVersion(t *testing.T) {
	m := sample.Mandate()
	m.Header.TemplateVersion = "3.0"
	for _, o := range []product.WriteOptions{{Version: "3.0"}, {}} {
		w := writeAndRead(t, m, o)
		if writtenHeading(w.outline, "Idé til et nytt prosjekt", 0) < 0 {
			t.Errorf("%+v: not written into version 3.0", o)
		}
	}
	// Nynorsk has no version 3.0: the header's version gives way to the
	// current one.
	w := writeAndRead(t, m, product.WriteOptions{Language: phase.Nynorsk})
	if writtenHeading(w.outline, "Føremålet med eit eventuelt prosjekt", 0) < 0 {
		t.Error("not written into nynorsk 4.0")
	}
}

// TestWriteErrors checks the errors Write returns.
func TestWriteErrors(t *testing.T) {
	var nilMandate *product.Mandate
	tests := []struct {
		name string
		d    product.Document
		o    product.WriteOptions
		want error
	}{
		{"english", sample.Mandate(), product.WriteOptions{Language: phase.English}, product.ErrNoTemplate},
		{"no Digdir template", sample.PhasePlan(), product.WriteOptions{}, product.ErrNoTemplate},
		{"unknown version", sample.Mandate(), product.WriteOptions{Version: "9.9"}, product.ErrNoTemplate},
		{"nynorsk 3.0", sample.Mandate(), product.WriteOptions{Language: phase.Nynorsk, Version: "3.0"}, product.ErrNoTemplate},
		{"not a zip", sample.Mandate(), product.WriteOptions{Template: []byte("not a Word file")}, product.ErrBadTemplate},
		{"pdf", sample.Mandate(), product.WriteOptions{Template: []byte("%PDF-1.7\n")}, product.ErrBadTemplate},
	}
	for _, tt := range tests {
		err := product.Write(new(bytes.Buffer), tt.d, tt.o)
		if !errors.Is(err, tt.want) {
			t.Errorf("%s: got %v, want %v", tt.name, err, tt.want)
		}
	}
	for _, d := range []product.Document{nil, nilMandate} {
		var pe *phase.PathError
		if err := product.Write(new(bytes.Buffer), d, product.WriteOptions{}); !errors.As(err, &pe) {
			t.Errorf("nil document: got %v, want a *phase.PathError", err)
		}
	}
	if err := product.Write(failingWriter{}, sample.Mandate(), product.WriteOptions{}); !errors.Is(err, errWriteFail) {
		t.Errorf("failing writer: got %v", err)
	}
}

var errWriteFail = errors.New("disk full")

type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errWriteFail }

// testOwnTemplateWithoutChapter fills a template that has only the
// mandate's first and last chapters: the others are written between them,
// chapters first, in the table's order.
func testOwnTemplateWithoutChapter(t *testing.T) {
	tpl, _ := product.DigdirTemplate(product.TemplateMandate, phase.Bokmal, "")
	pkg, err := ooxml.Open(bytes.NewReader(tpl), int64(len(tpl)), ooxml.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var own bytes.Buffer
	if err := pkg.Rewrite(&own, map[string][]byte{"word/document.xml": []byte(writeFuzzMain)}); err != nil {
		t.Fatal(err)
	}
	m := sample.Mandate()
	w := writeAndRead(t, m, product.WriteOptions{Template: own.Bytes()})
	var got []string
	for _, b := range w.outline.Blocks {
		if b.Kind == outline.Heading && b.Level <= 2 {
			got = append(got, fmt.Sprintf("%d %s", b.Level, b.Text))
		}
	}
	var want []string
	for _, s := range product.WriteSections(product.TemplateMandate, phase.Bokmal, "") {
		if s.Level <= 2 && !s.Instructions {
			want = append(want, fmt.Sprintf("%d %s", s.Level, s.Title))
		}
	}
	// the part of «Erfaringer og annen nyttig informasjon»
	want = slices.Insert(want, slices.Index(want, "1 Beskrivelse av konseptfasen"), "2 Prosjektveiviseren")
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("headings (-want +got):\n%s", diff)
	}
}

// TestWriteConcurrent writes one document from several goroutines (run
// with -race): Write shares nothing but the embedded templates and tables.
func TestWriteConcurrent(t *testing.T) {
	m := sample.Mandate()
	var want bytes.Buffer
	if err := product.Write(&want, m, product.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 4)
	for range 4 {
		go func() {
			var got bytes.Buffer
			err := product.Write(&got, m, product.WriteOptions{})
			if err == nil && !bytes.Equal(got.Bytes(), want.Bytes()) {
				err = errors.New("a concurrent write differs")
			}
			errs <- err
		}()
	}
	for range 4 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// TestWriteColumnTitles checks that every table Write adds or fills has
// its columns titled as people read them, in the document's language, and
// its enumerations' values too: no JSON name ("successCriteria") or wire
// code ("project_owner") in a header row or a cell.
func TestWriteColumnTitles(t *testing.T) {
	code := regexp.MustCompile(`^[a-z]+(?:[A-Z_][a-z]+)+$|^[a-z]+$`)
	for _, c := range writeCases() {
		t.Run(c.String(), func(t *testing.T) {
			w := writeAndRead(t, writeSample(t, c.tmpl), product.WriteOptions{Language: c.lang, Version: c.version})
			for _, b := range w.outline.Blocks {
				if b.Kind != outline.Table {
					continue
				}
				for ri, row := range b.Rows {
					for _, cell := range row {
						// Lower-case words are answers in a data row ("ja"),
						// but never a header.
						if code.MatchString(cell) && (ri == 0 || strings.ContainsAny(cell, "_") || cell != strings.ToLower(cell)) {
							t.Errorf("%s row %d: %q reads as a code, not a title", b.Loc, ri+1, cell)
						}
					}
				}
			}
		})
	}
}
