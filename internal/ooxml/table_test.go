package ooxml

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func tc(pr, content string) string {
	if pr != "" {
		pr = `<w:tcPr>` + pr + `</w:tcPr>`
	}
	return `<w:tc>` + pr + content + `</w:tc>`
}
func tr(cells ...string) string {
	s := `<w:tr>`
	for _, c := range cells {
		s += c
	}
	return s + `</w:tr>`
}
func tbl(cols int, rows ...string) string {
	s := `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>`
	for range cols {
		s += `<w:gridCol w:w="2000"/>`
	}
	s += `</w:tblGrid>`
	for _, r := range rows {
		s += r
	}
	return s + `</w:tbl>`
}

const (
	span2   = `<w:gridSpan w:val="2"/>`
	restart = `<w:vMerge w:val="restart"/>`
	merged  = `<w:vMerge/>`
)

// gridTexts renders a grid as the text at each position, "·" for none.
func gridTexts(g [][]*Cell) [][]string {
	out := make([][]string, len(g))
	for i, row := range g {
		out[i] = make([]string, len(row))
		for j, c := range row {
			if c == nil {
				out[i][j] = "·"
			} else {
				out[i][j] = c.Text()
			}
		}
	}
	return out
}

func firstTable(t *testing.T, d *Document) *Table {
	t.Helper()
	for tb := range d.Tables() {
		return tb
	}
	t.Fatal("no table")
	return nil
}

func TestTableCells(t *testing.T) {
	// The decision box of the mandate: labels above values, a merged
	// decision cell, and a value merged over two rows.
	body := para("", "før") + tbl(4,
		tr(tc("", para("", "Behandlet dato:")), tc("", para("", "Behandlet av:")), tc(span2, para("", "Utarbeidet av:"))),
		tr(tc(restart, para("", "&lt;dato&gt;")), tc("", para("", "&lt;navn&gt;")), tc(span2, para("", "Ola")+para("", "Kari"))),
		tr(tc(merged, `<w:p/>`), tc(`<w:gridSpan w:val="3"/>`, para("", "Beslutning:"))),
	) + para("", "etter")
	d := read(t, docx(t, body))
	tb := firstTable(t, d)
	want := &Table{Index: 1, Columns: 4, Rows: []Row{
		{Cells: []Cell{
			{GridSpan: 1, Blocks: []Block{&Paragraph{Index: 2, StyleID: "Normal", StyleName: "Normal", Text: "Behandlet dato:"}}},
			{GridSpan: 1, Blocks: []Block{&Paragraph{Index: 3, StyleID: "Normal", StyleName: "Normal", Text: "Behandlet av:"}}},
			{GridSpan: 2, Blocks: []Block{&Paragraph{Index: 4, StyleID: "Normal", StyleName: "Normal", Text: "Utarbeidet av:"}}},
		}},
		{Cells: []Cell{
			{GridSpan: 1, Blocks: []Block{&Paragraph{Index: 5, StyleID: "Normal", StyleName: "Normal", Text: "<dato>"}}},
			{GridSpan: 1, Blocks: []Block{&Paragraph{Index: 6, StyleID: "Normal", StyleName: "Normal", Text: "<navn>"}}},
			{GridSpan: 2, Blocks: []Block{
				&Paragraph{Index: 7, StyleID: "Normal", StyleName: "Normal", Text: "Ola"},
				&Paragraph{Index: 8, StyleID: "Normal", StyleName: "Normal", Text: "Kari"},
			}},
		}},
		{Cells: []Cell{
			{GridSpan: 1, VMerge: true, Blocks: []Block{&Paragraph{Index: 9, StyleID: "Normal", StyleName: "Normal"}}},
			{GridSpan: 3, Blocks: []Block{&Paragraph{Index: 10, StyleID: "Normal", StyleName: "Normal", Text: "Beslutning:"}}},
		}},
	}}
	if diff := cmp.Diff(want, tb); diff != "" {
		t.Errorf("table (-want +got):\n%s", diff)
	}
	wantGrid := [][]string{
		{"Behandlet dato:", "Behandlet av:", "Utarbeidet av:", "Utarbeidet av:"},
		{"<dato>", "<navn>", "Ola\nKari", "Ola\nKari"},
		{"<dato>", "Beslutning:", "Beslutning:", "Beslutning:"},
	}
	if diff := cmp.Diff(wantGrid, gridTexts(tb.Grid())); diff != "" {
		t.Errorf("grid (-want +got):\n%s", diff)
	}
	if g := tb.Grid(); g[1][2] != g[1][3] || g[2][0] != &tb.Rows[1].Cells[0] {
		t.Error("grid positions of one cell do not share it")
	}
	var texts []string
	for p := range d.Paragraphs() {
		texts = append(texts, p.Text)
	}
	wantTexts := []string{"før", "Behandlet dato:", "Behandlet av:", "Utarbeidet av:", "<dato>", "<navn>", "Ola", "Kari", "", "Beslutning:", "etter"}
	if diff := cmp.Diff(wantTexts, texts); diff != "" {
		t.Errorf("paragraphs in reading order (-want +got):\n%s", diff)
	}
}

func TestTableGridEdges(t *testing.T) {
	tests := []struct {
		name string
		tbl  string
		want [][]string
	}{
		{"ragged rows and grid gaps", tbl(3,
			`<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>`+tc("", para("", "b"))+tc("", para("", "c"))+`</w:tr>`,
			`<w:tr><w:trPr><w:gridAfter w:val="2"/></w:trPr>`+tc("", para("", "a"))+`</w:tr>`,
			tr(tc("", para("", "x")))),
			[][]string{{"·", "b", "c"}, {"a", "·", "·"}, {"x", "·", "·"}}},
		{"rows wider than the grid widen it", tbl(1, tr(tc("", para("", "a")), tc(span2, para("", "b")))),
			[][]string{{"a", "b", "b"}}},
		{"a merge with nothing above starts itself", tbl(2, tr(tc(merged, para("", "a")), tc("", para("", "b")))),
			[][]string{{"a", "b"}}},
		{"a merge under a gap starts itself", tbl(2,
			`<w:tr><w:trPr><w:gridBefore w:val="1"/></w:trPr>`+tc("", para("", "b"))+`</w:tr>`,
			tr(tc(merged, para("", "a")), tc(merged, para("", "")))),
			[][]string{{"·", "b"}, {"a", "b"}}},
		{"spans are bounded", tbl(1, tr(tc(`<w:gridSpan w:val="100000"/>`, para("", "a")))),
			repeatRow("a", maxGrid)},
		{"bad spans count as one", tbl(2, tr(tc(`<w:gridSpan w:val="x"/>`, para("", "a")), tc(`<w:gridSpan w:val="0"/>`, para("", "b")))),
			[][]string{{"a", "b"}}},
		{"empty and deleted rows are left out", tbl(1,
			`<w:tr/>`,
			`<w:tr><w:trPr><w:del w:id="1" w:author="A"/></w:trPr>`+tc("", p(`<w:del w:id="2" w:author="A">`+r(`<w:delText>borte</w:delText>`)+`</w:del>`))+`</w:tr>`,
			`<w:tr><w:trPr><w:ins w:id="3" w:author="A"/></w:trPr>`+tc("", para("", "ny"))+`</w:tr>`),
			[][]string{{"ny"}}},
		{"rows and cells in content controls", tbl(2,
			`<w:sdt><w:sdtPr/><w:sdtContent>`+tr(`<w:sdt><w:sdtPr/><w:sdtContent>`+tc("", para("", "a"))+`</w:sdtContent></w:sdt>`,
				`<w:customXml>`+tc("", para("", "b"))+`</w:customXml>`)+`</w:sdtContent></w:sdt>`),
			[][]string{{"a", "b"}}},
		{"no rows", tbl(2), [][]string{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tb := firstTable(t, read(t, docx(t, tt.tbl)))
			if diff := cmp.Diff(tt.want, gridTexts(tb.Grid())); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func repeatRow(s string, n int) [][]string {
	row := make([]string, n)
	for i := range row {
		row[i] = s
	}
	return [][]string{row}
}

func TestNestedTables(t *testing.T) {
	inner := tbl(1, tr(tc("", para("", "indre"))))
	body := tbl(2, tr(tc("", para("", "a")+inner+para("", "b")), tc("", para("", "c")))) + tbl(1, tr(tc("", para("", "d"))))
	d := read(t, docx(t, body))
	var idx []int
	for tb := range d.Tables() {
		idx = append(idx, tb.Index)
	}
	if diff := cmp.Diff([]int{1, 2, 3}, idx); diff != "" {
		t.Errorf("table indexes in reading order (-want +got):\n%s", diff)
	}
	outer := firstTable(t, d)
	if got := outer.Rows[0].Cells[0].Text(); got != "a\nindre\nb" {
		t.Errorf("cell text = %q, want nested text in order", got)
	}
	var ps []int
	for p := range outer.Rows[0].Cells[0].Paragraphs() {
		ps = append(ps, p.Index)
	}
	if diff := cmp.Diff([]int{1, 2, 3}, ps); diff != "" {
		t.Errorf("cell paragraphs (-want +got):\n%s", diff)
	}
	for tb := range d.Tables() {
		if tb.Index == 2 {
			break // stopping early is allowed
		}
	}
}

func TestTableInTextBox(t *testing.T) {
	body := p(rt("anker") + r(`<w:pict><v:shape><v:textbox><w:txbxContent>`+tbl(1, tr(tc("", para("", "i boks"))))+
		`</w:txbxContent></v:textbox></v:shape></w:pict>`))
	d := read(t, docx(t, body))
	if len(d.Blocks) != 2 {
		t.Fatalf("got %d blocks, want the paragraph and the table after it", len(d.Blocks))
	}
	tb, ok := d.Blocks[1].(*Table)
	if !ok || !tb.InTextBox {
		t.Fatalf("second block = %#v, want a table marked InTextBox", d.Blocks[1])
	}
	p := tb.Rows[0].Cells[0].Blocks[0].(*Paragraph)
	if !p.InTextBox || p.Text != "i boks" {
		t.Errorf("paragraph in the table = %+v", p)
	}
}

// TestGridBounded: a row of very many cells does not make every row as
// wide; the grid stops at GridColumns.
func TestGridBounded(t *testing.T) {
	wide := Row{Cells: make([]Cell, 1_000_000)}
	tbl := Table{Rows: []Row{wide}}
	for range 10_000 {
		tbl.Rows = append(tbl.Rows, Row{Cells: make([]Cell, 1)})
	}
	g := tbl.Grid()
	if len(g) != len(tbl.Rows) || len(g[0]) != GridColumns || len(g[1]) != GridColumns {
		t.Fatalf("grid %d rows, widths %d and %d; want %d rows of %d", len(g), len(g[0]), len(g[1]), len(tbl.Rows), GridColumns)
	}
}
