package outline

import (
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/google/go-cmp/cmp"
)

// seed is the text export of Digitale Helgeland's mandate (seed 000).
const seed = "testdata/mandat-digitale-helgeland.txt"

// TestReadTextSeed reads the text export of a real mandate, dumps its
// outline to a golden file, and checks the headings found against the
// export's own table of contents, read here independently of the package.
func TestReadTextSeed(t *testing.T) {
	b, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	d, err := ReadText(b, TextOptions{})
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "testdata/golden/text/mandat-digitale-helgeland.txt", []byte(dump(d)))
	checkInvariants(t, d)
	if d.Title != "Mandat for konseptfasen" {
		t.Errorf("title %q", d.Title)
	}

	// The table of contents: the lines between "Innhold" and "ENDRINGSLOGG",
	// without page numbers and dot leaders.
	lines := strings.Split(string(b), "\n")
	start := indexOf(lines, "Innhold")
	end := indexOf(lines, "ENDRINGSLOGG")
	pageNumber := regexp.MustCompile(`(\.*\t\d+| \d+\t)$`)
	var toc []string
	for _, l := range lines[start+1 : end] {
		if l != "" {
			toc = append(toc, pageNumber.ReplaceAllString(l, ""))
		}
	}
	if len(toc) != 39 {
		t.Fatalf("%d entries in the table of contents, want 39: %q", len(toc), toc)
	}

	// Every entry is found, in the order of the table of contents, but for
	// what the author changed after updating it last: a heading renamed
	// ("Felles skjemaløsning" became "Felles digitale tjenester", a
	// paragraph since), one inflected ("sjekklister" is "sjekkliste" in
	// the text), and the guidance chapter's subheadings repeated at the
	// end, the second "Formål" with a colon.
	var want []string
	for _, h := range toc {
		switch h {
		case "Felles skjemaløsning":
			continue
		case "Gjennomgang av BP1 sjekklister":
			h = "Gjennomgang av BP1 sjekkliste"
		}
		want = append(want, h)
	}
	want = append(want, "Hva er et mandat for konseptfasen?", "Formål med mandatet:")
	if diff := cmp.Diff(want, headings(d)); diff != "" {
		t.Errorf("headings (-want +got):\n%s", diff)
	}

	// The tables, the list items and the guidance, counted.
	count := map[Kind]int{}
	guidance := 0
	for _, b := range d.Blocks {
		count[b.Kind]++
		if b.Guidance {
			guidance++
		}
	}
	wantCount := map[Kind]int{Heading: 40, Paragraph: 103, ListItem: 31, Table: 10}
	if diff := cmp.Diff(wantCount, count); diff != "" {
		t.Errorf("blocks by kind (-want +got):\n%s", diff)
	}
	if guidance != 5 {
		t.Errorf("%d guidance blocks, want 5", guidance)
	}
}

func indexOf(lines []string, s string) int {
	for i, l := range lines {
		if l == s {
			return i
		}
	}
	return -1
}

// TestReadText covers the rules of text exports one by one.
func TestReadText(t *testing.T) {
	p := func(line int, text string) Block {
		return Block{Kind: Paragraph, Text: text, Loc: Location{Line: line}}
	}
	h := func(line, level int, text string) Block {
		return Block{Kind: Heading, Level: level, Text: text, Loc: Location{Line: line}}
	}
	li := func(line int, text string) Block { return Block{Kind: ListItem, Text: text, Loc: Location{Line: line}} }
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
			name:  "numbered table of contents",
			in:    "Rapport\nInnhold\n1\tInnledning\t1\n1.1\tBakgrunn og mål.....\t1\n2.2\tEr konsekvensene identifisert? .\t6\n\n1 Innledning\nTekst.\n1.1 Bakgrunn og mål\nEr konsekvensene identifisert?\n",
			title: "Rapport",
			want:  []Block{p(1, "Rapport"), h(7, 1, "1 Innledning"), p(8, "Tekst."), h(9, 2, "1.1 Bakgrunn og mål"), h(10, 0, "Er konsekvensene identifisert?")},
		},
		{
			name:  "nynorsk and English tables of contents, page numbers with a blank, a page header",
			in:    "T\nInnhald\nBakgrunn 3\t\n\nT\n\nMål…\t4\n\nBakgrunn\nMål\nContents\nSummary\t2\nSummary\n",
			title: "T",
			want:  []Block{p(1, "T"), h(9, 0, "Bakgrunn"), h(10, 0, "Mål"), h(13, 0, "Summary")},
		},
		{
			name:  "an empty row is part of its table; a line of tabs alone is blank",
			in:    "T\nA\tB\n\t\nC\tD\n\n\t\t\nSlutt.\n",
			title: "T",
			want:  []Block{p(1, "T"), tbl(2, []string{"A", "B"}, []string{"", ""}, []string{"C", "D"}), p(7, "Slutt.")},
		},
		{
			name:  "Innhold without entries is a paragraph",
			in:    "T\nInnhold\nSom avtalt.\n",
			title: "T",
			want:  []Block{p(1, "T"), p(2, "Innhold"), p(3, "Som avtalt.")},
		},
		{
			name:     "known headings, any form",
			in:       "Mandat\n3.1. SAMMENHENG MED ANDRE PROSJEKTER\nKap. 2 Bakgrunn:\nBakgrunnen for dette\n- Bakgrunn\n",
			headings: []string{"Sammenheng med andre prosjekter?", "Bakgrunn"},
			title:    "Mandat",
			want:     []Block{p(1, "Mandat"), h(2, 2, "3.1. SAMMENHENG MED ANDRE PROSJEKTER"), h(3, 1, "Kap. 2 Bakgrunn:"), p(4, "Bakgrunnen for dette"), li(5, "Bakgrunn")},
		},
		{
			name:  "lists",
			in:    "T\n- en\n* to\n• tre\n  – fire\n1. fem\n12) seks\n\uf0b7\tsju\n2.\tåtte\tni\n-uten mellomrom\n2020. Året\n1234567890. nei\n- \n",
			title: "T",
			want: []Block{p(1, "T"), li(2, "en"), li(3, "to"), li(4, "tre"), li(5, "fire"), li(6, "fem"), li(7, "seks"), li(8, "sju"),
				li(9, "åtte\tni"), p(10, "-uten mellomrom"), li(11, "Året"), p(12, "1234567890. nei"), p(13, "-")},
		},
		{
			name:  "tables end at blank lines; separator rows dropped",
			in:    "T\nA\tB\n---\t---\n1\t2\t\n\nC\t\n",
			title: "T",
			want:  []Block{p(1, "T"), tbl(2, []string{"A", "B"}, []string{"1", "2", ""}), tbl(6, []string{"C", ""})},
		},
		{
			name:  "guidance runs over paragraphs and lists, end at headings and tables",
			in:    "T\n[Ett avsnitt.]\n[Åpner\n\n- punkt\nlukker.]\nTekst [ikke hjelp]\n[hjelp] etterfulgt\n[a] [b]\n[Åpen\nA\tB\netter\nInnhold\nBakgrunn\t1\n[Åpen igjen\nBakgrunn\netter\n",
			title: "T",
			want: []Block{p(1, "T"), g(p(2, "[Ett avsnitt.]")), g(p(3, "[Åpner")), g(li(5, "punkt")), g(p(6, "lukker.]")),
				p(7, "Tekst [ikke hjelp]"), p(8, "[hjelp] etterfulgt"), g(p(9, "[a] [b]")), g(p(10, "[Åpen")), tbl(11, []string{"A", "B"}),
				p(12, "etter"), g(p(15, "[Åpen igjen")), h(16, 0, "Bakgrunn"), p(17, "etter")},
		},
		{
			name:  "running headers are left out",
			in:    "\n  Mandat for konseptfasen\nTekst\nMandat for konseptfasen\n- punkt\n",
			title: "Mandat for konseptfasen",
			want:  []Block{p(2, "Mandat for konseptfasen"), p(3, "Tekst"), li(5, "punkt")},
		},
		{
			name:  "line endings CRLF, CR and LF; BOM",
			in:    "\ufeffT\r\nto\rtre\n\r\nfire\r",
			title: "T",
			want:  []Block{p(1, "T"), p(2, "to"), p(3, "tre"), p(5, "fire")},
		},
		{
			name:  "a long line is not a heading",
			in:    "T\n" + strings.Repeat("Bakgrunn ", 40) + "\n",
			title: "T", headings: []string{strings.Repeat("Bakgrunn ", 40)},
			want: []Block{p(1, "T"), p(2, strings.TrimSpace(strings.Repeat("Bakgrunn ", 40)))},
		},
		{
			name: "empty",
			in:   "\n \n\t\n",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := ReadText([]byte(tc.in), TextOptions{Headings: tc.headings})
			if err != nil {
				t.Fatal(err)
			}
			want := &Document{Format: Text, Title: tc.title, Blocks: tc.want}
			if diff := cmp.Diff(want, d); diff != "" {
				t.Errorf("ReadText (-want +got):\n%s", diff)
			}
			checkInvariants(t, d)
		})
	}
}

// TestReadTextUTF16 reads the seed as Word's "Unicode" text export writes
// it, UTF-16 with a byte order mark, and gets the same outline.
func TestReadTextUTF16(t *testing.T) {
	b, err := os.ReadFile(seed)
	if err != nil {
		t.Fatal(err)
	}
	want, err := ReadText(b, TextOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, big := range []bool{false, true} {
		got, err := ReadText(toUTF16(string(b), big), TextOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("UTF-16 (big endian %v) (-want +got):\n%s", big, diff)
		}
	}
}

// toUTF16 encodes s as UTF-16 with a byte order mark.
func toUTF16(s string, big bool) []byte {
	var out []byte
	put := func(u uint16) {
		if big {
			out = append(out, byte(u>>8), byte(u))
		} else {
			out = append(out, byte(u), byte(u>>8))
		}
	}
	put(0xfeff)
	for _, r := range s {
		if r >= 0x10000 {
			r -= 0x10000
			put(uint16(0xd800 + r>>10))
			put(uint16(0xdc00 + r&0x3ff))
			continue
		}
		put(uint16(r))
	}
	return out
}
