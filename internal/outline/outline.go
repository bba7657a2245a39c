package outline

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Document is a document as an ordered list of blocks, whatever its source
// format. It is a plain value: the readers keep no reference to it.
type Document struct {
	// Format is the format the document was read from.
	Format Format
	// Title is the document's title as written, for recognising the
	// template: for a Word document the core property title, else the
	// first paragraph in a Title style, else the first paragraph with text
	// (the cover page's "Mandat for konseptfasen"); for a text export the
	// first non-empty line; for Markdown the title of its front matter,
	// else the text of its first heading or paragraph. It is "" when the
	// document has no text.
	Title string
	// Blocks holds the headings, paragraphs, list items and tables in
	// document order.
	Blocks []Block
	// Margins holds the text of a Word document's page headers and
	// footers, a paragraph or table cell each, without blanks, where
	// Digdir's templates print their name and version («Mal for
	// Prosjektforslag, versjon 4.0»). Text and Markdown exports have none.
	Margins []string
}

// Block is one heading, paragraph, list item or table.
type Block struct {
	// Kind says what the block is.
	Kind Kind
	// Level is, for a heading, its level 1–9 when the source says it
	// (Word's outline level, Markdown's number of "#", manual numbering
	// such as "3.1" in a text export), and 0 when it does not; for a list
	// item, its nesting level 1–9 when known (Word's list level, Markdown's
	// indentation), 0 in a text export; 0 for paragraphs and tables.
	Level int
	// Text is the text of a heading, paragraph or list item, without
	// surrounding white space and, for a list item, without its bullet or
	// number. It is "" for a table.
	Text string
	// Style is the Word paragraph style: its name as defined in the
	// document ("heading 1", "Hjelpetekst", "List Paragraph"), or its ID
	// when the document does not define it. It is "" for tables and for
	// text and Markdown.
	Style string
	// Guidance marks template guidance, the instructions Digdir's
	// templates give the author (see the package documentation): a Word
	// paragraph in the style Hjelpetekst, or a paragraph or list item
	// wholly in square brackets "[ … ]", or inside a bracket opened by an
	// earlier one and not yet closed.
	Guidance bool
	// Rows holds a table's rows, each a list of cell texts. For a Word
	// table it is the resolved grid (ooxml.Table.Grid): every row has
	// one cell per grid column, a merged cell's text is repeated in every
	// position it covers (across columns and down rows), and a position no
	// cell covers holds "". For text and Markdown it holds the cells as
	// written: rows may differ in length, and separator rows ("---") are
	// left out. It is nil for other kinds.
	Rows [][]string
	// Loc is where the block starts in the source.
	Loc Location
}

// RowLocation returns the location of row i (0-based) of a table:
// "table 3, row 2" in a Word document, "line 40, row 2" (row 2 of the
// table that starts on line 40) in text and Markdown.
func (b *Block) RowLocation(i int) Location {
	l := b.Loc
	l.Row = i + 1
	return l
}

// Kind is what a block is. The zero value is not a valid kind.
type Kind uint8

// The kinds of block.
const (
	Heading   Kind = iota + 1 // a heading of a section
	Paragraph                 // a paragraph of body text or guidance
	ListItem                  // an item of a bulleted or numbered list
	Table                     // a table
)

var kinds = enum.Table[Kind]{Type: "block kind", Codes: []string{"heading", "paragraph", "list_item", "table"}}

var kindLabels = [...]phase.Text{
	Heading:   {NB: "overskrift", NN: "overskrift", EN: "heading"},
	Paragraph: {NB: "avsnitt", NN: "avsnitt", EN: "paragraph"},
	ListItem:  {NB: "listepunkt", NN: "listepunkt", EN: "list item"},
	Table:     {NB: "tabell", NN: "tabell", EN: "table"},
}

// String returns the wire code: "heading", "paragraph", "list_item" or
// "table".
func (k Kind) String() string { return kinds.String(k) }

// IsValid reports whether k is Heading, Paragraph, ListItem or Table.
func (k Kind) IsValid() bool { return kinds.Valid(k) }

// Label returns the kind in language l, in lower case ("overskrift").
func (k Kind) Label(l phase.Language) string {
	if !k.IsValid() {
		return k.String()
	}
	return kindLabels[k].In(l)
}

// MarshalText encodes k as its wire code.
func (k Kind) MarshalText() ([]byte, error) { return kinds.Marshal(k) }

// UnmarshalText decodes a wire code.
func (k *Kind) UnmarshalText(b []byte) error { return kinds.Unmarshal(b, k) }

// Format is the format a document was read from. The zero value is not a
// valid format.
type Format uint8

// The formats a Document is read from.
const (
	Docx     Format = iota + 1 // a Word document (.docx), through FromDocx
	Text                       // plain text, such as Word's "Save as: Plain Text", through ReadText
	Markdown                   // Markdown (CommonMark with pipe tables), through ReadMarkdown
)

var formats = enum.Table[Format]{Type: "format", Codes: []string{"docx", "text", "markdown"}}

var formatLabels = [...]phase.Text{
	Docx:     {NB: "Word-dokument", NN: "Word-dokument", EN: "Word document"},
	Text:     {NB: "ren tekst", NN: "rein tekst", EN: "plain text"},
	Markdown: {NB: "Markdown", NN: "Markdown", EN: "Markdown"},
}

// String returns the wire code: "docx", "text" or "markdown".
func (f Format) String() string { return formats.String(f) }

// IsValid reports whether f is Docx, Text or Markdown.
func (f Format) IsValid() bool { return formats.Valid(f) }

// Label returns the format's name in language l ("Word-dokument").
func (f Format) Label(l phase.Language) string {
	if !f.IsValid() {
		return f.String()
	}
	return formatLabels[f].In(l)
}

// MarshalText encodes f as its wire code.
func (f Format) MarshalText() ([]byte, error) { return formats.Marshal(f) }

// UnmarshalText decodes a wire code.
func (f *Format) UnmarshalText(b []byte) error { return formats.Unmarshal(b, f) }
