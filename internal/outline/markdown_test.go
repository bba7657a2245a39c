package outline

import (
	"os"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/google/go-cmp/cmp"
)

// TestReadMarkdownMandate reads a small Markdown mandate written for this
// test (headings and guidance from Digdir's template, NLOD), with the
// template's titles as known headings, and dumps it to a golden file.
func TestReadMarkdownMandate(t *testing.T) {
	b, err := os.ReadFile("testdata/mandat.md")
	if err != nil {
		t.Fatal(err)
	}
	d, err := ReadMarkdown(b, TextOptions{Headings: []string{
		"Sammenheng med andre prosjekter?",
		"Er direkte involvering av andre virksomheter aktuelt?", // not equal: stays a paragraph
	}})
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/golden/markdown/mandat.txt", []byte(dump(d)))
	checkInvariants(t, d)
	if d.Title != "Mandat for konseptfasen – felles skjemaløsning" {
		t.Errorf("title %q", d.Title)
	}
	want := []string{
		"Mandat for konseptfasen", "1. Bakgrunn", "2. Hensikten med et eventuelt prosjekt",
		"2.1 Hvilke behov skal dekkes?", "2.2 Hvilke endringer prosjektet skal skape",
		"Føringer for et eventuelt prosjekt", "**Sammenheng med andre prosjekter**",
		"6. Gjennomgang av BP1 sjekkliste",
	}
	if diff := cmp.Diff(want, headings(d)); diff != "" {
		t.Errorf("headings (-want +got):\n%s", diff)
	}
}

// TestReadMarkdown covers the rules of Markdown one by one.
func TestReadMarkdown(t *testing.T) {
	p := func(line int, text string) Block {
		return Block{Kind: Paragraph, Text: text, Loc: Location{Line: line}}
	}
	h := func(line, level int, text string) Block {
		return Block{Kind: Heading, Level: level, Text: text, Loc: Location{Line: line}}
	}
	li := func(line, level int, text string) Block {
		return Block{Kind: ListItem, Level: level, Text: text, Loc: Location{Line: line}}
	}
	g := func(b Block) Block { b.Guidance = true; return b }
	tbl := func(line int, rows ...[]string) Block {
		return Block{Kind: Table, Rows: rows, Loc: Location{Line: line}}
	}

	tests := []struct {
		name     string
		in       string
		headings []string
		title    string
		want     []Block
	}{
		{
			name:  "ATX headings",
			in:    "# En\n## To ##\n###### Seks\n####### Sju\n#Ingen\n   ### Innrykket\n#\n## Slutt #med ##\n",
			title: "En",
			want:  []Block{h(1, 1, "En"), h(2, 2, "To"), h(3, 6, "Seks"), p(4, "####### Sju #Ingen"), h(6, 3, "Innrykket"), h(8, 2, "Slutt #med")},
		},
		{
			name:  "setext headings and thematic breaks",
			in:    "Tittel\n===\nUnder\ntittel\n---\n\n---\n***\n- - -\n",
			title: "Tittel",
			want:  []Block{h(1, 1, "Tittel"), h(3, 2, "Under tittel")},
		},
		{
			name:  "paragraphs join lines; hard breaks",
			in:    "en\n  to  \ntre\\\nfire\n\nfem\n",
			title: "en to\ntre\nfire",
			want:  []Block{p(1, "en to\ntre\nfire"), p(6, "fem")},
		},
		{
			name:  "lists nest by indentation",
			in:    "- a\n  - b\n    - c\n  - d\n- e\nfortsatt\n\n1. f\n2) g\n   10. h\n+ i\n-\n-x\n",
			title: "-x",
			want: []Block{li(1, 1, "a"), li(2, 2, "b"), li(3, 3, "c"), li(4, 2, "d"), li(5, 1, "e fortsatt"),
				li(8, 1, "f"), li(9, 1, "g"), li(10, 2, "h"), li(11, 1, "i"), p(13, "-x")},
		},
		{
			name:  "pipe tables",
			in:    "a | b\n--|--\n1 | 2 \\| 3\n\n| x |\n|y|z|\netter\n|---|\n",
			title: "etter",
			want:  []Block{tbl(1, []string{"a", "b"}, []string{"1", "2 | 3"}), tbl(5, []string{"x"}, []string{"y", "z"}), p(7, "etter")},
		},
		{
			name:  "a pipe in a paragraph",
			in:    "ja | nei\nmer\n",
			title: "ja | nei mer",
			want:  []Block{p(1, "ja | nei mer")},
		},
		{
			name:  "fenced code is one paragraph, as written",
			in:    "```go\n# ikke overskrift\n  innrykk\n```\n~~~\n[ikke veiledning]\n",
			title: "# ikke overskrift\n  innrykk",
			want:  []Block{p(1, "# ikke overskrift\n  innrykk"), p(5, "[ikke veiledning]")},
		},
		{
			name:  "front matter",
			in:    "---\ntitle: 'Styringsdokument'\n---\n# Bakgrunn\n",
			title: "Styringsdokument",
			want:  []Block{h(4, 1, "Bakgrunn")},
		},
		{
			name:  "unclosed front matter is a thematic break",
			in:    "---\ntitle: x\n",
			title: "title: x",
			want:  []Block{p(2, "title: x")},
		},
		{
			name:  "guidance, escaped and emphasised",
			in:    "\\[Beskriv\n\n- punkt\n\nslutt.\\]\n\n*[Kursiv veiledning]*\n\n[lenke](https://digdir.no)\n\n<p>[Hjelp]</p>\n",
			title: "\\[Beskriv",
			want: []Block{g(p(1, "\\[Beskriv")), g(li(3, 1, "punkt")), g(p(5, "slutt.\\]")), g(p(7, "*[Kursiv veiledning]*")),
				p(9, "[lenke](https://digdir.no)"), p(11, "<p>[Hjelp]</p>")},
		},
		{
			name:     "known headings: one-line paragraphs only",
			in:       "Bakgrunn\n\nBakgrunn\nog mer\n\n- Bakgrunn\n\n3.1 **Bakgrunn:**\n",
			headings: []string{"Bakgrunn"},
			title:    "Bakgrunn",
			want:     []Block{h(1, 0, "Bakgrunn"), p(3, "Bakgrunn og mer"), li(6, 1, "Bakgrunn"), h(8, 2, "3.1 **Bakgrunn:**")},
		},
		{
			name: "empty",
			in:   "\n\n   \n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ReadMarkdown([]byte(tc.in), TextOptions{Headings: tc.headings})
			if err != nil {
				t.Fatal(err)
			}
			want := &Document{Format: Markdown, Title: tc.title, Blocks: tc.want}
			if diff := cmp.Diff(want, d); diff != "" {
				t.Errorf("ReadMarkdown (-want +got):\n%s", diff)
			}
			checkInvariants(t, d)
		})
	}
}

// TestReadMarkdownCRLF reads the Markdown mandate with Windows line endings
// and gets the same outline.
func TestReadMarkdownCRLF(t *testing.T) {
	b, err := os.ReadFile("testdata/mandat.md")
	if err != nil {
		t.Fatal(err)
	}
	want, err := ReadMarkdown(b, TextOptions{})
	if err != nil {
		t.Fatal(err)
	}
	got, err := ReadMarkdown([]byte(strings.ReplaceAll(string(b), "\n", "\r\n")), TextOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("CRLF (-want +got):\n%s", diff)
	}
}
