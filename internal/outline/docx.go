package outline

import (
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
)

// maxColumns bounds the width of a Word table whose merged cells FromDocx
// resolves: 64. Word itself allows 63 columns, and internal/ooxml bounds
// the columns, spans and gaps it reads to 64; a wider grid can only come
// from rows of very many cells, and resolving it would cost the width of
// the widest row for every row.
const maxColumns = 64

// FromDocx returns the outline of a Word document read by internal/ooxml.
//
// Paragraphs of a table of contents are left out (ooxml marks them), and so
// are paragraphs with no text but white space, headings included, and
// tables with no text in any cell.
// Paragraphs from text boxes stay where ooxml puts them, after the
// paragraph the box is anchored in. A paragraph with a heading level is a
// Heading; one with a list level (and no heading level) a ListItem, with
// the list level as Level; any other a Paragraph. Tables become Table
// blocks with their resolved grids (see Block.Rows); paragraphs in table
// cells are part of the cells' text, not blocks of their own. A table
// wider than 64 grid columns, which Word cannot make, is given cell by
// cell as its rows hold them, merges unresolved.
//
// Guidance is marked as described in the package documentation. A nil d
// gives an empty Document.
func FromDocx(d *ooxml.Document) *Document {
	out := &Document{Format: Docx}
	if d == nil {
		return out
	}
	out.Title = docxTitle(d)
	for _, bs := range [][]ooxml.Block{d.Headers, d.Footers} {
		out.Margins = appendMargins(out.Margins, bs)
	}
	var run bracketRun
	for _, b := range d.Blocks {
		switch b := b.(type) {
		case *ooxml.Paragraph:
			if b.TOC {
				continue
			}
			text := strings.TrimSpace(b.Text)
			if text == "" {
				continue
			}
			blk := Block{Kind: Paragraph, Text: text, Style: styleName(b), Loc: Location{Paragraph: b.Index}}
			switch {
			case b.Heading > 0:
				blk.Kind, blk.Level = Heading, b.Heading
				run.reset()
			case b.ListLevel > 0:
				blk.Kind, blk.Level = ListItem, b.ListLevel
			}
			if blk.Kind != Heading {
				g := run.feed(text)
				blk.Guidance = g || isGuidanceStyle(b.StyleID) || isGuidanceStyle(b.StyleName)
			}
			out.Blocks = append(out.Blocks, blk)
		case *ooxml.Table:
			run.reset()
			if rows := tableRows(b); hasText(rows) {
				out.Blocks = append(out.Blocks, Block{Kind: Table, Rows: rows, Loc: Location{Table: b.Index}})
			}
		}
	}
	return out
}

// docxTitle returns the title of a Word document: the core property title,
// else the first paragraph in a Title style, else the first paragraph with
// text, tables included (Digdir's covers put the document's name in one),
// table of contents excluded.
func docxTitle(d *ooxml.Document) string {
	if t := strings.TrimSpace(d.Core.Title); t != "" {
		return t
	}
	cover := ""
	for p := range d.Paragraphs() {
		if p.TOC {
			continue
		}
		t := strings.TrimSpace(p.Text)
		if t == "" {
			continue
		}
		if isTitleStyle(p.StyleID) || isTitleStyle(p.StyleName) {
			return t
		}
		if cover == "" {
			cover = t
		}
	}
	return cover
}

// isTitleStyle reports whether a style ID or name is Word's Title style:
// the built-in name "Title", or the ID Norwegian Word gives it, "Tittel".
func isTitleStyle(s string) bool {
	return strings.EqualFold(s, "Title") || strings.EqualFold(s, "Tittel")
}

// isGuidanceStyle reports whether a style ID or name is the templates'
// guidance style: "Hjelpetekst", also as Word varies it ("Hjelpetekst1",
// "Hjelpetekst Tegn", "hjelpe tekst"), compared without regard to case,
// spaces and hyphens.
func isGuidanceStyle(s string) bool {
	if len(s) > 64 {
		return false
	}
	return strings.HasPrefix(styleFolder.Replace(strings.ToLower(s)), "hjelpetekst")
}

// styleFolder drops what Word and authors vary in style names.
var styleFolder = strings.NewReplacer(" ", "", "-", "", "_", "")

// styleName returns the paragraph's style name, or its ID when the document
// does not define the style.
func styleName(p *ooxml.Paragraph) string {
	if p.StyleName != "" {
		return p.StyleName
	}
	return p.StyleID
}

// tableRows returns the text of a table's grid, each merged cell's text in
// every position it covers; see FromDocx for tables too wide to resolve.
func tableRows(t *ooxml.Table) [][]string {
	texts := map[*ooxml.Cell]string{} // a merged cell's text, computed once
	text := func(c *ooxml.Cell) string {
		if c == nil {
			return ""
		}
		s, ok := texts[c]
		if !ok {
			s = strings.TrimSpace(c.Text())
			texts[c] = s
		}
		return s
	}
	rows := make([][]string, len(t.Rows))
	if gridWidth(t) > maxColumns {
		for i := range t.Rows {
			r := &t.Rows[i]
			rows[i] = make([]string, len(r.Cells))
			for j := range r.Cells {
				rows[i][j] = text(&r.Cells[j])
			}
		}
		return rows
	}
	for i, g := range t.Grid() {
		rows[i] = make([]string, len(g))
		for j, c := range g {
			rows[i][j] = text(c)
		}
	}
	return rows
}

// hasText reports whether any cell of rows has text.
func hasText(rows [][]string) bool {
	for _, r := range rows {
		for _, c := range r {
			if c != "" {
				return true
			}
		}
	}
	return false
}

// gridWidth returns the width of t's grid as ooxml.Table.Grid computes it.
func gridWidth(t *ooxml.Table) int {
	width := t.Columns
	for _, r := range t.Rows {
		w := r.GridBefore + r.GridAfter
		for _, c := range r.Cells {
			w += max(c.GridSpan, 1)
		}
		width = max(width, w)
	}
	return width
}

// appendMargins appends the text of each paragraph of blocks, in tables
// and text boxes too, with white space made single spaces, leaving out
// blanks.
func appendMargins(out []string, blocks []ooxml.Block) []string {
	for _, b := range blocks {
		switch b := b.(type) {
		case *ooxml.Paragraph:
			if s := strings.Join(strings.Fields(b.Text), " "); s != "" {
				out = append(out, s)
			}
		case *ooxml.Table:
			for _, r := range b.Rows {
				for _, c := range r.Cells {
					out = appendMargins(out, c.Blocks)
				}
			}
		}
	}
	return out
}
