package ooxml

import (
	"iter"
	"strings"
)

// Document is the content of a Word document's main part as a flat
// sequence of blocks, with the styles and core properties needed to make
// sense of it. It is a plain value: the reader keeps no reference to it,
// and it is safe to read from several goroutines.
type Document struct {
	// Part is the name of the main document part, usually
	// "word/document.xml"; the part to replace when filling in the
	// document with Package.Rewrite.
	Part string
	// Strict reports a document in Strict Open XML (ISO/IEC 29500 Strict
	// namespaces) rather than Transitional, the one Word writes by default.
	Strict bool
	// Blocks holds the paragraphs and tables of the body in document
	// order. See Block.
	Blocks []Block
	// Styles holds the styles of word/styles.xml by style ID, with heading
	// levels and table-of-contents marks resolved along w:basedOn chains.
	// It is empty when the document has no styles part.
	Styles map[string]Style
	// Core holds the core properties (docProps/core.xml).
	Core CoreProperties
	// Headers and Footers hold the paragraphs and tables of the page
	// headers and footers, every header part's (first page, odd and even
	// pages) one after the other, in the order the main part's
	// relationships list them. Digdir's templates print their name and
	// version in the footer («Mal for Mandat for konseptfasen, versjon
	// 4.0»).
	Headers, Footers []Block
}

// Block is a *Paragraph or a *Table: an element of the body, a table cell
// or a text box. Use a type switch:
//
//	switch b := b.(type) {
//	case *ooxml.Paragraph: …
//	case *ooxml.Table: …
//	}
type Block interface {
	block()
}

func (*Paragraph) block() {}
func (*Table) block()     {}

// Paragraph is one w:p.
//
// Text boxes (w:txbxContent, in DrawingML shapes or VML) anchored in a
// paragraph are not part of its text: their content follows the
// paragraph, as blocks of the same container, with InTextBox set.
type Paragraph struct {
	// Index numbers the paragraphs of the document 1, 2, 3, … in reading
	// order, counting those in tables and text boxes, so that "paragraph
	// 12" names one place in the document.
	Index int
	// StyleID is the paragraph style (w:pStyle), or the ID of the default
	// paragraph style when the paragraph names none. Norwegian Word gives
	// built-in styles Norwegian IDs: "Overskrift1" for "heading 1",
	// "INNH1" for "toc 1", "Listeavsnitt" for "List Paragraph".
	StyleID string
	// StyleName is the style's name from word/styles.xml: the built-in
	// English name for built-in styles ("heading 1", "toc 1"), the name the
	// author gave otherwise ("Hjelpetekst"). It is "" when the style is
	// not defined.
	StyleName string
	// Heading is the heading level, 1–9, or 0 for body text. It is the
	// outline level (w:outlineLvl, 0-based in the XML) of the paragraph
	// itself, else of its style along w:basedOn, else inferred from the name
	// of a style in that chain ("heading 2", "Overskrift 2"), else, when
	// the style is not defined, from its ID ("Overskrift2", "Heading2").
	// Outline level 9 in the XML means body text. An empty paragraph with
	// an outline level is still a heading; skip it if that matters.
	Heading int
	// ListLevel is the level in a list, 1–9 (w:ilvl + 1), or 0 for a
	// paragraph without numbering. The numbering (w:numPr) may come from
	// the paragraph or from its style, and w:numId 0 switches it off.
	// Word numbers headings ("1.1 Bakgrunn") the same way, so numbered
	// headings have a ListLevel too: test Heading first.
	ListLevel int
	// TOC marks a paragraph of a table of contents, which is generated,
	// not content: a paragraph in a TOC style ("toc 1"… "toc 9", "TOC
	// Heading", or IDs such as "INNH1", "TOC1", "Innhold1",
	// "Overskriftforinnholdsfortegnelse" when styles are missing), in a
	// content control of the "Table of Contents" gallery, or in the result
	// of a TOC field.
	TOC bool
	// InTextBox marks a paragraph from a text box.
	InTextBox bool
	// Text is the text as Word shows it, hidden text (w:vanish) included:
	// the runs' w:t, with w:tab as "\t", w:br and w:cr as "\n",
	// w:noBreakHyphen as "-", w:sym as its character (as written, often a
	// private-use code point of a symbol font); soft hyphens are dropped.
	// Fields contribute their result, never their instruction. Tracked
	// changes read as if accepted: insertions and moved-to text count,
	// deletions and moved-from text do not. Hyperlinks, content controls,
	// smart tags and custom XML are read through.
	Text string
}

// Table is one w:tbl.
type Table struct {
	// Index numbers the tables of the document 1, 2, 3, … in reading
	// order, nested tables included, so that "table 3, row 2" names one
	// place in the document.
	Index int
	// Columns is the number of grid columns (w:tblGrid/w:gridCol).
	Columns int
	// InTextBox marks a table in a text box.
	InTextBox bool
	// Rows holds the rows in order. Rows marked as deleted by tracked
	// changes are left out.
	Rows []Row
}

// Row is one w:tr.
type Row struct {
	// GridBefore and GridAfter are the grid columns the row leaves empty
	// before its first cell and after its last (w:gridBefore,
	// w:gridAfter).
	GridBefore, GridAfter int
	// Cells holds the cells in order.
	Cells []Cell
}

// Cell is one w:tc.
type Cell struct {
	// GridSpan is the number of grid columns the cell spans (w:gridSpan),
	// at least 1.
	GridSpan int
	// VMerge marks a cell that continues the vertically merged cell above
	// it (w:vMerge without val="restart"). Word shows the content of the
	// first cell of the merge across all of them; such a cell is normally
	// empty. Table.Grid resolves merges.
	VMerge bool
	// Blocks holds the cell's paragraphs and nested tables in order.
	Blocks []Block
}

// Text returns the text of the cell's paragraphs, nested tables included,
// joined by "\n".
func (c *Cell) Text() string {
	var parts []string
	for p := range paragraphs(c.Blocks) {
		parts = append(parts, p.Text)
	}
	return strings.Join(parts, "\n")
}

// Paragraphs yields every paragraph of the cell, those in nested tables
// included, in reading order.
func (c *Cell) Paragraphs() iter.Seq[*Paragraph] { return paragraphs(c.Blocks) }

// Paragraphs yields every paragraph of the document, those in tables and
// text boxes included, in reading order (the order of Paragraph.Index).
func (d *Document) Paragraphs() iter.Seq[*Paragraph] { return paragraphs(d.Blocks) }

// Tables yields every table of the document, nested tables included, in
// reading order (the order of Table.Index).
func (d *Document) Tables() iter.Seq[*Table] {
	return func(yield func(*Table) bool) { walkTables(d.Blocks, yield) }
}

// Headings yields the paragraphs that are headings (Heading > 0) and not
// part of a table of contents, in reading order: the outline of the
// document.
func (d *Document) Headings() iter.Seq[*Paragraph] {
	return func(yield func(*Paragraph) bool) {
		for p := range paragraphs(d.Blocks) {
			if p.Heading > 0 && !p.TOC && !yield(p) {
				return
			}
		}
	}
}

// paragraphs yields every paragraph in blocks, depth first.
func paragraphs(blocks []Block) iter.Seq[*Paragraph] {
	return func(yield func(*Paragraph) bool) { walkParagraphs(blocks, yield) }
}

func walkParagraphs(blocks []Block, yield func(*Paragraph) bool) bool {
	for _, b := range blocks {
		switch b := b.(type) {
		case *Paragraph:
			if !yield(b) {
				return false
			}
		case *Table:
			for i := range b.Rows {
				for j := range b.Rows[i].Cells {
					if !walkParagraphs(b.Rows[i].Cells[j].Blocks, yield) {
						return false
					}
				}
			}
		}
	}
	return true
}

func walkTables(blocks []Block, yield func(*Table) bool) bool {
	for _, b := range blocks {
		t, ok := b.(*Table)
		if !ok {
			continue
		}
		if !yield(t) {
			return false
		}
		for i := range t.Rows {
			for j := range t.Rows[i].Cells {
				if !walkTables(t.Rows[i].Cells[j].Blocks, yield) {
					return false
				}
			}
		}
	}
	return true
}

// GridColumns is the widest grid Table.Grid returns: one more than Word's
// 63 columns.
const GridColumns = 64

// Grid returns the table as a rectangle of grid positions, rows by
// columns, each pointing at the cell that covers it: a cell spanning
// columns (GridSpan) fills each of them, and a cell continuing a vertical
// merge (VMerge) is replaced by the cell that starts the merge, so that
// Grid()[r][c].Text() is what Word shows there. Positions no cell covers
// (w:gridBefore, w:gridAfter, short rows) are nil. The width is the larger
// of Columns and the widest row, at most GridColumns: Word's tables have at
// most 63 columns, and a hostile row of millions of cells must not make
// every row as wide (Rows keeps every cell; Grid leaves out those beyond).
func (t *Table) Grid() [][]*Cell {
	width := min(t.Columns, GridColumns)
	for _, r := range t.Rows {
		w := r.GridBefore + r.GridAfter
		for _, c := range r.Cells {
			w += max(c.GridSpan, 1)
			if w >= GridColumns {
				break
			}
		}
		width = min(max(width, w), GridColumns)
	}
	grid := make([][]*Cell, len(t.Rows))
	for i := range t.Rows {
		r := &t.Rows[i]
		grid[i] = make([]*Cell, width)
		col := r.GridBefore
		for j := range r.Cells {
			c := &r.Cells[j]
			origin := c
			if c.VMerge && i > 0 && col < width && grid[i-1][col] != nil {
				origin = grid[i-1][col]
			}
			for k := 0; k < max(c.GridSpan, 1) && col < width; k++ {
				grid[i][col] = origin
				col++
			}
		}
	}
	return grid
}

// Style is one style of word/styles.xml.
type Style struct {
	// ID is the style ID that paragraphs and runs refer to (w:styleId).
	ID string
	// Name is the style's name (w:name): the built-in English name for
	// built-in styles, whatever the language of Word.
	Name string
	// Type is "paragraph", "character", "table" or "numbering" (w:type).
	Type string
	// BasedOn is the ID of the style this one inherits from, or "".
	BasedOn string
	// Default marks the default style of its type (w:default).
	Default bool
	// Heading is the heading level a paragraph in this style gets, 1–9,
	// or 0; see Paragraph.Heading.
	Heading int
	// TOC marks a table-of-contents style; see Paragraph.TOC.
	TOC bool
}

// CoreProperties holds the Dublin Core properties of docProps/core.xml, as
// written (dates stay text in W3CDTF form, "2021-03-09T09:43:00Z"). Word
// shows Title as the document's title in File > Info; the templates leave it
// empty.
type CoreProperties struct {
	Title          string // dc:title
	Subject        string // dc:subject
	Creator        string // dc:creator, the author
	Keywords       string // cp:keywords
	Description    string // dc:description
	LastModifiedBy string // cp:lastModifiedBy
	Revision       string // cp:revision, a count of saves
	Created        string // dcterms:created
	Modified       string // dcterms:modified
}
