package product

import (
	"bytes"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
	outl "github.com/digitale-helgeland/veiviser/internal/outline"
)

// sniffFormat recognises the format of b by its content: a zip archive
// (or a file internal/ooxml names better: PDF, Word 97–2003, an encrypted
// package) is read as Word, so that its errors say what the file is; text
// with an ATX heading ("# Bakgrunn") outside code fences is Markdown; any
// other input is text.
func sniffFormat(b []byte) FileFormat {
	for _, magic := range [][]byte{[]byte("PK"), []byte("%PDF-"), {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}} {
		if bytes.HasPrefix(b, magic) {
			return FormatDocx
		}
	}
	if hasATXHeading(b) {
		return FormatMarkdown
	}
	return FormatText
}

// hasATXHeading reports whether b has a line that CommonMark reads as an
// ATX heading: up to three spaces, one to six "#", then a blank and text,
// outside fenced code.
func hasATXHeading(b []byte) bool {
	var fence []byte
	for len(b) > 0 {
		line := b
		if i := bytes.IndexByte(b, '\n'); i >= 0 {
			line, b = b[:i], b[i+1:]
		} else {
			b = nil
		}
		line = bytes.TrimRight(line, "\r")
		t := bytes.TrimLeft(line, " ")
		if len(line)-len(t) > 3 {
			continue
		}
		if fence != nil {
			if bytes.HasPrefix(t, fence) {
				fence = nil
			}
			continue
		}
		if bytes.HasPrefix(t, []byte("```")) || bytes.HasPrefix(t, []byte("~~~")) {
			fence = t[:3]
			continue
		}
		n := 0
		for n < len(t) && t[n] == '#' {
			n++
		}
		if n >= 1 && n <= 6 && n < len(t) && (t[n] == ' ' || t[n] == '\t') && len(bytes.TrimSpace(t[n:])) > 0 {
			return true
		}
	}
	return false
}

// readOutline reads b as format f into an outline.
func readOutline(b []byte, f FileFormat, l ReadLimits) (*outl.Document, error) {
	to := outl.TextOptions{Headings: allTitles(), MaxBytes: l.MaxBytes, MaxBlocks: l.MaxBlocks}
	switch f {
	case FormatText:
		return outl.ReadText(b, to)
	case FormatMarkdown:
		return outl.ReadMarkdown(b, to)
	}
	d, err := ooxml.ReadBytes(b, l.ooxml())
	if err != nil {
		return nil, err
	}
	return outl.FromDocx(d), nil
}

// allTitles returns the titles of every template's sections in every
// version and both languages, and the titles of the fields that can be
// headings: the lines a text export may have as headings
// (outline.TextOptions). They are gathered on first use (see readInfos).
var allTitles = sync.OnceValue(func() []string {
	var ts []string
	seen := map[string]bool{}
	add := func(s string) {
		if s != "" && !seen[s] {
			seen[s] = true
			ts = append(ts, s)
		}
	}
	for _, t := range Templates() {
		for _, v := range templateTable[t].versions {
			for _, s := range v.sections {
				add(s.title.NB)
				add(s.title.NN)
			}
		}
		for _, f := range headingFields(t) {
			add(f.title.NB)
			add(f.title.NN)
		}
	}
	return ts
})

// cleanText returns a text of a text or Markdown export as the author wrote
// it, without the markup the export added: paragraphs of a table cell
// written as "<p>…</p> <p>…</p>" become paragraphs separated by a blank
// line, autolinks "<https://…>" their address, and strong or emphasised
// text ("**…**", "***…***", "*…*") its text. Word text is returned as it
// is, but for the line breaks between the paragraphs of a table cell,
// which become blank lines as between the paragraphs of a section.
func (r *reader) cleanText(s string) string {
	s = strings.TrimSpace(s)
	if r.format == FormatDocx {
		return s
	}
	s = cellParagraphs(s)
	s = autolinks(s)
	s = emphasis(s)
	return s
}

// cellText returns the text of a table cell as a field holds it: the
// paragraphs of a Word cell, or of a "<p>" export, separated by blank
// lines, without the export's markup.
func (r *reader) cellText(s string) string {
	s = r.cleanText(s)
	if !strings.Contains(s, "\n") {
		return s
	}
	var ps []string
	for p := range strings.SplitSeq(s, "\n") {
		if p = strings.TrimSpace(p); p != "" {
			ps = append(ps, p)
		}
	}
	return strings.Join(ps, "\n\n")
}

// cellParagraphs rewrites a text wholly made of "<p>…</p>" elements into
// its paragraphs separated by blank lines.
func cellParagraphs(s string) string {
	if !strings.HasPrefix(s, "<p>") || !strings.HasSuffix(s, "</p>") {
		return s
	}
	var ps []string
	for _, p := range strings.Split(s[len("<p>"):len(s)-len("</p>")], "</p>") {
		p = strings.TrimSpace(p)
		p = strings.TrimSpace(strings.TrimPrefix(p, "<p>"))
		if p != "" {
			ps = append(ps, p)
		}
	}
	return strings.Join(ps, "\n\n")
}

// autolinks replaces CommonMark autolinks, "<https://…>", "<mailto:…>",
// by their address. Other angle brackets, the templates' placeholders
// ("<dato>") among them, are kept.
func autolinks(s string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		inner := s[i+1 : i+j]
		b.WriteString(s[:i])
		if isAutolink(inner) {
			b.WriteString(inner)
		} else {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String()
}

func isAutolink(s string) bool {
	if strings.ContainsAny(s, " \t\n<") {
		return false
	}
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://") || strings.HasPrefix(l, "mailto:")
}

// emphasis removes CommonMark emphasis made with asterisks: a run of one to
// three "*" that opens (followed by a non-space, not preceded by a letter or
// digit) and a run of the same length that closes (preceded by a
// non-space, not followed by a letter or digit). Unpaired asterisks, as in
// "5 * 3", stay.
func emphasis(s string) string {
	if !strings.Contains(s, "*") {
		return s
	}
	for n := 3; n >= 1; n-- {
		s = stripRuns(s, n)
	}
	return s
}

func stripRuns(s string, n int) string {
	open := -1
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		if s[i] != '*' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == '*' {
			j++
		}
		if j-i != n {
			i = j
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[j:])
		opens := j < len(s) && !unicode.IsSpace(after) && (i == 0 || !isWordRune(before))
		closes := i > 0 && !unicode.IsSpace(before) && (j == len(s) || !isWordRune(after))
		switch {
		case open >= 0 && closes:
			b.WriteString(s[last:open])
			b.WriteString(s[open+n : i])
			last = j
			open = -1
		case opens:
			open = i
		}
		i = j
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
