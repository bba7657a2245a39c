package outline

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/internal/ooxml"
	"github.com/google/go-cmp/cmp"
)

// templates lists Digdir's Word templates with their cover titles and the
// number of headings each holds (/work/notes/sources/headings.md,
// "Summary per file"; Digdir / Prosjektveiviseren, NLOD).
var templates = []struct {
	file     string
	title    string
	headings int
}{
	{"Mandat_for_konseptfasen_v4.0.0.docx", "Mandat for konseptfasen", 23},
	{"Nynorsk_-_mandat_for_konseptfasen_v4.0.docx", "Mandat for konseptfasen", 23},
	{"Mandat_for_konseptfasen_v3.0.docx", "Mandat for konseptfasen", 11},
	{"Prosjektforslag_v4.0.docx", "Prosjektforslag", 27},
	{"Nynorsk_-_prosjektforslag_v4.0.docx", "Prosjektforslag", 27},
	{"Prosjektbegrunnelse_v4.0.docx", "Prosjektbegrunnelse", 14},
	{"Nynorsk_-_prosjektgrunngjeving_v4.0.docx", "Prosjektgrunngjeving", 14},
	{"Styringsdokument_v4.0.docx", "Styringsdokument", 30},
	{"Nynorsk_-_styringsdokument_v4.0.docx", "Styringsdokument", 30},
	{"Gevinstrealiseringsplan_v4.0.docx", "Gevinstrealiseringsplan", 12},
	{"Nynorsk_-_gevinstrealiseringsplan_v4.0.docx", "Gevinstrealiseringsplan", 12},
	{"Sluttrapport_v5.0.docx", "Sluttrapport", 23},
	{"Nynorsk_-_sluttrapport_v5.0.docx", "Sluttrapport", 23},
}

// TestFromDocxTemplates dumps the outline of every template to a golden
// file and checks what can be said of each without one: its title, its
// number of headings (those of the research notes, table of contents
// excluded), that guidance is found, and the invariants of Document.
func TestFromDocxTemplates(t *testing.T) {
	for _, tc := range templates {
		t.Run(tc.file, func(t *testing.T) {
			d := readTemplate(t, tc.file)
			golden.Check(t, "testdata/golden/docx/"+strings.TrimSuffix(tc.file, ".docx")+".txt", []byte(dump(d)))
			checkInvariants(t, d)
			if d.Format != Docx || d.Title != tc.title {
				t.Errorf("format %v, title %q; want docx, %q", d.Format, d.Title, tc.title)
			}
			if n := len(headings(d)); n != tc.headings {
				t.Errorf("%d headings, want %d", n, tc.headings)
			}
			guidance := 0
			for _, b := range d.Blocks {
				if b.Guidance {
					guidance++
				}
				if b.Kind == Paragraph && (b.Text == "Innhold" || b.Text == "Innhald") {
					t.Errorf("%s: the table of contents is in the outline", b.Loc)
				}
			}
			if guidance == 0 {
				t.Error("no guidance found")
			}
			// Every template's footer names it and its version, which
			// the file's name gives too ("_v4.0.0.docx": 4.0).
			version := regexp.MustCompile(`_v(\d+\.\d+)`).FindStringSubmatch(tc.file)[1]
			if !slices.ContainsFunc(d.Margins, func(s string) bool {
				return strings.Contains(s, tc.title) && strings.Contains(s, "versjon "+version)
			}) {
				t.Errorf("margins %q: none names %q, versjon %s", d.Margins, tc.title, version)
			}
		})
	}
}

// TestFromDocxMandate checks the structure of the bokmål mandate in detail:
// the decision box as a resolved grid, a guidance run over a list, and the
// first headings with their levels.
func TestFromDocxMandate(t *testing.T) {
	d := readTemplate(t, "Mandat_for_konseptfasen_v4.0.0.docx")
	var box *Block
	for i := range d.Blocks {
		if d.Blocks[i].Kind == Table && d.Blocks[i].Loc.Table == 2 {
			box = &d.Blocks[i]
		}
	}
	if box == nil {
		t.Fatal("no table 2")
	}
	// "Utarbeidet av:" spans two grid columns; "Beslutning:" all four.
	wantRows := [][]string{
		{"Behandlet dato:", "Behandlet av (ansvarlig linjeleder):", "Utarbeidet av:", "Utarbeidet av:"},
		{"<dato>", "<navn>", "<navn>", "<navn>"},
	}
	if diff := cmp.Diff(wantRows, box.Rows[2:4]); diff != "" {
		t.Errorf("decision box rows 3–4 (-want +got):\n%s", diff)
	}
	decision := "Beslutning:\n\n<Starte en konseptfase / ikke starte en konseptfase / øvrige vurderinger må gjøres>"
	if diff := cmp.Diff([]string{decision, decision, decision, decision}, box.Rows[4]); diff != "" {
		t.Errorf("decision row (-want +got):\n%s", diff)
	}
	if got, want := box.RowLocation(4).String(), "table 2, row 5"; got != want {
		t.Errorf("RowLocation(4) = %q, want %q", got, want)
	}

	var got []Block
	for _, b := range d.Blocks {
		if b.Loc.Paragraph >= 121 && b.Loc.Paragraph <= 131 {
			b.Text = cut(b.Text, 20)
			got = append(got, b)
		}
	}
	want := []Block{
		{Kind: Heading, Level: 1, Text: "Bakgrunn", Style: "heading 1", Loc: Location{Paragraph: 121}},
		{Kind: Paragraph, Text: "[Beskriv kort bakgru", Style: "Hjelpetekst", Guidance: true, Loc: Location{Paragraph: 122}},
		{Kind: ListItem, Level: 1, Text: "Hvilken situasjon el", Style: "List Paragraph", Guidance: true, Loc: Location{Paragraph: 123}},
		{Kind: ListItem, Level: 1, Text: "Hvilke brukergrupper", Style: "List Paragraph", Guidance: true, Loc: Location{Paragraph: 124}},
		{Kind: ListItem, Level: 1, Text: "Nye krav, lover elle", Style: "List Paragraph", Guidance: true, Loc: Location{Paragraph: 125}},
		{Kind: ListItem, Level: 1, Text: "Tidligere arbeid som", Style: "List Paragraph", Guidance: true, Loc: Location{Paragraph: 126}},
		{Kind: Heading, Level: 1, Text: "Hensikten med et eve", Style: "heading 1", Loc: Location{Paragraph: 130}},
		{Kind: Heading, Level: 2, Text: "Hvilke behov skal de", Style: "heading 2", Loc: Location{Paragraph: 131}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("paragraphs 121–131 (-want +got):\n%s", diff)
	}
}

// TestFromDocxBuilt checks FromDocx on documents built in memory: what is
// dropped, what stays in place, how merges resolve, and what is done with a
// grid too wide to resolve.
func TestFromDocxBuilt(t *testing.T) {
	cell := func(text string, span int, vmerge bool) ooxml.Cell {
		return ooxml.Cell{GridSpan: span, VMerge: vmerge, Blocks: []ooxml.Block{&ooxml.Paragraph{Text: text}}}
	}
	wide := ooxml.Row{}
	for range maxColumns + 1 {
		wide.Cells = append(wide.Cells, cell("x", 1, false))
	}
	doc := &ooxml.Document{
		Core: ooxml.CoreProperties{Title: "  Kjernetittel "},
		Blocks: []ooxml.Block{
			&ooxml.Paragraph{Index: 1, StyleID: "INNH1", StyleName: "toc 1", TOC: true, Text: "Bakgrunn\t3"},
			&ooxml.Paragraph{Index: 2, StyleID: "Overskrift1", StyleName: "heading 1", Heading: 1, Text: "  "},
			&ooxml.Paragraph{Index: 3, StyleID: "Overskrift1", StyleName: "heading 1", Heading: 1, Text: "Bakgrunn "},
			&ooxml.Paragraph{Index: 4, StyleID: "Normal", Text: "[Beskriv"},
			&ooxml.Paragraph{Index: 5, StyleID: "TextBox", InTextBox: true, Text: "I en tekstboks"},
			&ooxml.Paragraph{Index: 6, StyleID: "Normal", Text: "bakgrunnen.]"},
			&ooxml.Paragraph{Index: 7, StyleID: "Hjelpetekst1", Text: "Uten klammer"},
			&ooxml.Paragraph{Index: 8, StyleID: "Normal", Text: "[Ikke lukket"},
			&ooxml.Table{Index: 1, Columns: 3, Rows: []ooxml.Row{
				{Cells: []ooxml.Cell{cell("a", 2, false), cell("b", 1, false)}},
				{Cells: []ooxml.Cell{cell("c", 1, false), cell("", 1, true), cell("d", 1, false)}},
				{GridBefore: 1, Cells: []ooxml.Cell{cell("e", 1, false)}},
			}},
			&ooxml.Paragraph{Index: 9, StyleID: "Normal", Text: "Etter tabellen]"},
			&ooxml.Table{Index: 2, Rows: []ooxml.Row{{Cells: []ooxml.Cell{cell(" ", 1, false)}}}},
			&ooxml.Table{Index: 3, Columns: 2, Rows: []ooxml.Row{wide, {Cells: []ooxml.Cell{cell("y", 2, false)}}}},
			&ooxml.Paragraph{Index: 10, StyleID: "Listeavsnitt", ListLevel: 2, Text: "punkt"},
		},
	}
	got := FromDocx(doc)
	wideRow := make([]string, maxColumns+1)
	for i := range wideRow {
		wideRow[i] = "x"
	}
	want := &Document{Format: Docx, Title: "Kjernetittel", Blocks: []Block{
		{Kind: Heading, Level: 1, Text: "Bakgrunn", Style: "heading 1", Loc: Location{Paragraph: 3}},
		{Kind: Paragraph, Text: "[Beskriv", Style: "Normal", Guidance: true, Loc: Location{Paragraph: 4}},
		{Kind: Paragraph, Text: "I en tekstboks", Style: "TextBox", Guidance: true, Loc: Location{Paragraph: 5}},
		{Kind: Paragraph, Text: "bakgrunnen.]", Style: "Normal", Guidance: true, Loc: Location{Paragraph: 6}},
		{Kind: Paragraph, Text: "Uten klammer", Style: "Hjelpetekst1", Guidance: true, Loc: Location{Paragraph: 7}},
		{Kind: Paragraph, Text: "[Ikke lukket", Style: "Normal", Guidance: true, Loc: Location{Paragraph: 8}},
		{Kind: Table, Loc: Location{Table: 1}, Rows: [][]string{{"a", "a", "b"}, {"c", "a", "d"}, {"", "e", ""}}},
		{Kind: Paragraph, Text: "Etter tabellen]", Style: "Normal", Loc: Location{Paragraph: 9}},
		{Kind: Table, Loc: Location{Table: 3}, Rows: [][]string{wideRow, {"y"}}},
		{Kind: ListItem, Level: 2, Text: "punkt", Style: "Listeavsnitt", Loc: Location{Paragraph: 10}},
	}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FromDocx (-want +got):\n%s", diff)
	}

	if diff := cmp.Diff(&Document{Format: Docx}, FromDocx(nil)); diff != "" {
		t.Errorf("FromDocx(nil) (-want +got):\n%s", diff)
	}
}

// TestDocxTitle checks where a Word document's title comes from when the
// core properties have none.
func TestDocxTitle(t *testing.T) {
	tests := []struct {
		name   string
		blocks []ooxml.Block
		want   string
	}{
		{"title style wins over the cover", []ooxml.Block{
			&ooxml.Paragraph{Text: "Forside"}, &ooxml.Paragraph{StyleID: "Tittel", Text: " Mandat "},
		}, "Mandat"},
		{"English title style", []ooxml.Block{
			&ooxml.Paragraph{Text: "Forside"}, &ooxml.Paragraph{StyleID: "Title1", StyleName: "Title", Text: "Mandat"},
		}, "Mandat"},
		{"first text, in a table, TOC skipped", []ooxml.Block{
			&ooxml.Paragraph{TOC: true, Text: "Innhold"},
			&ooxml.Paragraph{Text: "\t"},
			&ooxml.Table{Rows: []ooxml.Row{{Cells: []ooxml.Cell{{Blocks: []ooxml.Block{&ooxml.Paragraph{Text: "Styringsdokument"}}}}}}},
			&ooxml.Paragraph{Text: "Annet"},
		}, "Styringsdokument"},
		{"no text", []ooxml.Block{&ooxml.Paragraph{Text: " "}}, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := FromDocx(&ooxml.Document{Blocks: tc.blocks}).Title; got != tc.want {
				t.Errorf("Title = %q, want %q", got, tc.want)
			}
		})
	}
}
