package outline

import (
	"strconv"

	"github.com/digitale-helgeland/veiviser/phase"
)

// Location is a place in a source document, for messages that tell the
// author where to look. A Word document is addressed by the numbers
// internal/ooxml gives its paragraphs and tables (Paragraph.Index,
// Table.Index), counted from 1 through the whole document; text and
// Markdown by 1-based line number. Row is a 1-based table row, 0 for the
// table as a whole. The zero Location is "nowhere".
type Location struct {
	Paragraph int // Word paragraph number, or 0
	Table     int // Word table number, or 0
	Row       int // 1-based row of the table at Table or starting on Line, or 0
	Line      int // 1-based line of text or Markdown, or 0
}

// String returns the location in English: "paragraph 12", "table 3, row
// 2", "table 3", "line 40", "line 40, row 2" (row 2 of the table that
// starts on line 40), or "" for the zero Location.
func (l Location) String() string { return l.Label(phase.English) }

// Label returns the location in language lang: in bokmål and nynorsk
// "avsnitt 12", "tabell 3, rad 2", "linje 40", "linje 40, rad 2"; in
// English as String. An invalid language gives bokmål.
func (l Location) Label(lang phase.Language) string {
	w := locationWords[0]
	if lang == phase.English {
		w = locationWords[1]
	}
	var s string
	switch {
	case l.Table > 0:
		s = w.table + " " + strconv.Itoa(l.Table)
	case l.Paragraph > 0:
		s = w.paragraph + " " + strconv.Itoa(l.Paragraph)
	case l.Line > 0:
		s = w.line + " " + strconv.Itoa(l.Line)
	default:
		return ""
	}
	if l.Row > 0 && (l.Table > 0 || l.Line > 0) {
		s += ", " + w.row + " " + strconv.Itoa(l.Row)
	}
	return s
}

// locationWords holds the nouns of a Location: Norwegian (the same in
// bokmål and nynorsk) and English.
var locationWords = [2]struct{ paragraph, table, row, line string }{
	{"avsnitt", "tabell", "rad", "linje"},
	{"paragraph", "table", "row", "line"},
}
