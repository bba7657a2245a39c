package product

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"unicode/utf8"
)

// The XML the writer makes: paragraphs, runs and table rows in the
// document's own WordprocessingML prefix, and the splice that puts them in
// place of what they replace.

// ErrInvalidText reports text a Word document cannot hold: text that is
// not UTF-8, or holds a control character other than tab, line feed and
// carriage return (U+0000–U+001F), or U+FFFE or U+FFFF, none of which XML
// 1.0 allows. Write returns it in a *phase.PathError naming the field, so
// that the caller can clean the text; it never drops characters, since a
// document written and read back must give the text that was written.
// Match it with errors.Is.
var ErrInvalidText = errors.New("veiviser: text a Word document cannot hold")

// checkText returns an error wrapping ErrInvalidText for the first
// character of s that XML 1.0 does not allow.
func checkText(s string) error {
	for i, r := range s {
		switch {
		case r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD"):
			return fmt.Errorf("%w: invalid UTF-8 at byte %d (%#x)", ErrInvalidText, i, s[i])
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r',
			r == 0xFFFE, r == 0xFFFF:
			return fmt.Errorf("%w: character %U at byte %d", ErrInvalidText, r, i)
		}
	}
	return nil
}

// lineBreaks makes every carriage return, alone or before a line feed, a
// line feed: the one change the writer makes to text, so that text from a
// web form ("\r\n") reads back with "\n".
func lineBreaks(s string) string {
	if strings.IndexByte(s, '\r') < 0 {
		return s
	}
	return strings.ReplaceAll(strings.ReplaceAll(s, "\r\n", "\n"), "\r", "\n")
}

// xw writes WordprocessingML elements with the document's prefix.
type xw struct {
	b bytes.Buffer
	p string // "w:" or "" when WordprocessingML is the default namespace
}

func newXW(prefix string) *xw {
	x := &xw{}
	if prefix != "" {
		x.p = prefix + ":"
	}
	return x
}

// tag writes <w:local> or, with end, </w:local>.
func (x *xw) tag(local string, end bool) {
	x.b.WriteByte('<')
	if end {
		x.b.WriteByte('/')
	}
	x.b.WriteString(x.p)
	x.b.WriteString(local)
	x.b.WriteByte('>')
}

// empty writes <w:local/> or <w:local w:val="val"/>.
func (x *xw) empty(local, val string) {
	x.b.WriteByte('<')
	x.b.WriteString(x.p)
	x.b.WriteString(local)
	if val != "" {
		x.b.WriteByte(' ')
		x.b.WriteString(x.p)
		x.b.WriteString(`val="`)
		escapeXML(&x.b, val, true)
		x.b.WriteByte('"')
	}
	x.b.WriteString("/>")
}

// run writes a run with run properties rPr (bytes of a w:rPr, or nil) and
// text: "\t" becomes w:tab and "\n" w:br. text must have passed
// checkText and lineBreaks.
func (x *xw) run(rPr []byte, text string) {
	if text == "" {
		return
	}
	x.tag("r", false)
	x.b.Write(rPr)
	for text != "" {
		i := strings.IndexAny(text, "\t\n")
		if i < 0 {
			i = len(text)
		}
		if i > 0 {
			x.b.WriteByte('<')
			x.b.WriteString(x.p)
			x.b.WriteString(`t xml:space="preserve">`)
			escapeXML(&x.b, text[:i], false)
			x.tag("t", true)
		}
		if i < len(text) {
			if text[i] == '\t' {
				x.empty("tab", "")
			} else {
				x.empty("br", "")
			}
			i++
		}
		text = text[i:]
	}
	x.tag("r", true)
}

// para writes a paragraph with properties pPr (bytes of a w:pPr, or nil)
// holding one run of text.
func (x *xw) para(pPr, rPr []byte, text string) {
	x.tag("p", false)
	x.b.Write(pPr)
	x.run(rPr, text)
	x.tag("p", true)
}

// styledPara writes a paragraph in paragraph style style ("" for the
// default), numbered with numID at level 0 when numID is not "".
func (x *xw) styledPara(style, numID, text string) {
	x.tag("p", false)
	if style != "" || numID != "" {
		x.tag("pPr", false)
		if style != "" {
			x.empty("pStyle", style)
		}
		if numID != "" {
			x.tag("numPr", false)
			x.empty("ilvl", "0")
			x.empty("numId", numID)
			x.tag("numPr", true)
		}
		x.tag("pPr", true)
	}
	x.run(nil, text)
	x.tag("p", true)
}

// escapeXML writes s with the characters XML gives meaning escaped; attr
// escapes quotes too.
func escapeXML(b *bytes.Buffer, s string, attr bool) {
	last := 0
	for i := 0; i < len(s); i++ {
		var esc string
		switch s[i] {
		case '&':
			esc = "&amp;"
		case '<':
			esc = "&lt;"
		case '>':
			esc = "&gt;"
		case '"':
			if !attr {
				continue
			}
			esc = "&quot;"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(esc)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// edit replaces src[start:end] with data; start == end inserts.
type edit struct {
	start, end int
	data       []byte
}

// errOverlap reports two edits of the same bytes: a fault of the writer,
// never of its input.
var errOverlap = errors.New("overlapping edits")

// splice applies edits to src. Edits at one offset apply in the order
// given, insertions before a replacement that starts there.
func splice(src []byte, edits []edit) ([]byte, error) {
	slices.SortStableFunc(edits, func(a, b edit) int {
		if a.start != b.start {
			return a.start - b.start
		}
		return (a.end - a.start) - (b.end - b.start)
	})
	n := len(src)
	for _, e := range edits {
		n += len(e.data) - (e.end - e.start)
	}
	out := make([]byte, 0, n)
	pos := 0
	for _, e := range edits {
		if e.start < pos || e.end < e.start || e.end > len(src) {
			return nil, fmt.Errorf("%w at byte %d", errOverlap, e.start)
		}
		out = append(out, src[pos:e.start]...)
		out = append(out, e.data...)
		pos = e.end
	}
	return append(out, src[pos:]...), nil
}
