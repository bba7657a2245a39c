package outline

import (
	"strings"
	"unicode"
)

// tocTitles are the headings of a table of contents: Word's in bokmål
// ("Innhold", the templates' TOC heading), nynorsk ("Innhald") and English
// ("Contents"), and longer names authors type.
var tocTitles = wordSet("innhold innhald innholdsfortegnelse innhaldsliste innhaldsoversikt contents")

// ReadText reads a plain-text export of a document, such as Word's "Save
// as: Plain Text", into an outline. Each line is a block of its own:
//
//   - A table of contents, a line "Innhold" ("Innhald", "Contents") followed
//     by entries ending in page numbers after a tab or dot leaders
//     ("Bakgrunn.....\t7"), is not content and gives no blocks; its entries
//     are the document's headings.
//   - A line that equals, once normalised, an entry of that table of
//     contents or one of o.Headings is a Heading. Normalising ignores case,
//     punctuation, "?" and ":", dashes, white space and manual numbering
//     ("3.1", "Kap. 3"), and strips common inflectional endings, so that a
//     stale entry "sjekklister" still finds the heading "sjekkliste". The
//     Level is the depth of the line's manual numbering ("3.1" is 2), 0
//     without one. Lines over MaxHeadingBytes are never headings.
//   - A line starting with "-", "*", "•", "–", "·", "◦", "▪", Word's
//     symbol-font bullet U+F0B7 or a number "1.", "1)", then a blank or a
//     tab (Word writes "•\tTekst"), is a ListItem (Level 0), its text
//     without the bullet.
//   - Any other line with a tab is a table row; consecutive rows form one
//     Table, so a blank line ends a table. A line of tabs alone is an
//     empty row of the table above it, and blank where no table goes on.
//     A row of nothing but dashes, colons and blanks ("---\t---") is a
//     separator and left out.
//   - Any other line is a Paragraph.
//
// Blank lines separate nothing but tables. A later line equal to the title
// (the first non-empty line) is a running page header of the export and is
// left out. Guidance is marked as described in the package documentation.
//
// The input must be UTF-8 (a byte order mark is allowed) or UTF-16 with a
// byte order mark, of at most o.MaxBytes, making at most o.MaxBlocks
// blocks and cells; other input is an *InputError (ErrEncoding,
// ErrNotText, phase.ErrTooLarge) naming the line. Reading takes time
// linear in the input.
func ReadText(b []byte, o TextOptions) (*Document, error) {
	s, err := decodeText(b, o, Text)
	if err != nil {
		return nil, err
	}
	known := knownHeadings(o.Headings)
	toc := map[string]bool{}
	out := &Document{Format: Text}
	r := newLineReader(s)
	var run bracketRun
	var table *Block // the table the previous line added to, if any
	bud := newBudget(o, Text)
	var kb keyBuilder
	titleLine := 0
	for {
		line, ok := r.next()
		if !ok {
			break
		}
		t := strings.TrimSpace(line)
		if t == "" {
			if table != nil && strings.IndexByte(line, '\t') >= 0 {
				// An empty row of the table ("\t\t\t"), which Word writes
				// for a row without text: the table goes on.
				n := strings.Count(line, "\t") + 1
				if !bud.spend(n, r.n) {
					return nil, bud.err
				}
				table.Rows = append(table.Rows, make([]string, n))
				continue
			}
			table = nil
			continue
		}
		if titleLine == 0 {
			out.Title, titleLine = t, r.n
		}
		if len(t) < 64 && strings.ContainsRune("IiCc", rune(t[0])) && tocTitles[exactKey(t)] {
			if next, _, ok := r.peek(); ok {
				if _, ok := tocEntry(next); ok {
					readTOC(&r, toc, out.Title)
					table = nil
					continue
				}
			}
		}
		loc := Location{Line: r.n}
		if len(t) <= MaxHeadingBytes && len(toc)+len(known) > 0 && bulletLen(t) == 0 {
			if key, level := kb.key(t, true); len(key) > 0 && (toc[string(key)] || known[string(key)]) {
				if !bud.spend(1, r.n) {
					return nil, bud.err
				}
				out.Blocks = append(out.Blocks, Block{Kind: Heading, Level: level, Text: t, Loc: loc})
				run.reset()
				table = nil
				continue
			}
		}
		if t == out.Title && r.n > titleLine {
			continue // a running header
		}
		item, isItem := textListItem(t)
		if !isItem && strings.IndexByte(line, '\t') >= 0 {
			run.reset()
			if !bud.spend(strings.Count(line, "\t")+2, r.n) { // the cells and perhaps a table
				return nil, bud.err
			}
			row := strings.Split(line, "\t")
			for i := range row {
				row[i] = strings.TrimSpace(row[i])
			}
			if isSeparatorRow(row) {
				continue
			}
			if table == nil {
				out.Blocks = append(out.Blocks, Block{Kind: Table, Loc: loc})
				table = &out.Blocks[len(out.Blocks)-1]
			}
			table.Rows = append(table.Rows, row)
			continue
		}
		table = nil
		blk := Block{Kind: Paragraph, Text: t, Loc: loc}
		if isItem {
			blk.Kind, blk.Text = ListItem, item
		}
		blk.Guidance = run.feed(blk.Text)
		if !bud.spend(1, r.n) {
			return nil, bud.err
		}
		out.Blocks = append(out.Blocks, blk)
	}
	return out, nil
}

// knownHeadings returns the loose keys of TextOptions.Headings.
func knownHeadings(titles []string) map[string]bool {
	m := make(map[string]bool, len(titles))
	for _, t := range titles {
		if k, _ := looseKey(t); k != "" {
			m[k] = true
		}
	}
	return m
}

// readTOC consumes the entries of a table of contents and records their
// loose keys, up to the first line that is not blank, not an entry and not
// the running header (the title, where the table of contents breaks over a
// page).
func readTOC(r *lineReader, toc map[string]bool, title string) {
	for {
		next, n, ok := r.peek()
		if !ok {
			return
		}
		entry, ok := tocEntry(next)
		if !ok && strings.TrimSpace(next) != title {
			return
		}
		for r.n < n { // consume blank lines and the entry
			r.next()
		}
		if k, _ := looseKey(entry); ok && k != "" {
			toc[k] = true
		}
	}
}

// tocEntry reports whether a line is an entry of a table of contents as
// Word exports it: a title, a tab or dot leaders ("....", "…"), and a
// page number of at most four digits ("Bakgrunn.....\t7",
// "1.1\tBakgrunn og mål\t1", "IT-ledere 14\t"), and returns the title
// without them.
func tocEntry(line string) (string, bool) {
	if len(line) > 2*MaxHeadingBytes {
		return "", false
	}
	if !strings.Contains(line, "\t") && !strings.Contains(line, "...") && !strings.Contains(line, "…") {
		return "", false
	}
	s := strings.TrimRightFunc(line, unicode.IsSpace)
	j := len(s)
	for j > 0 && s[j-1] >= '0' && s[j-1] <= '9' {
		j--
	}
	if j == len(s) || len(s)-j > 4 || j == 0 {
		return "", false
	}
	rest := s[:j]
	if c := rest[len(rest)-1]; c != '\t' && c != ' ' && c != '.' && !strings.HasSuffix(rest, "…") {
		return "", false
	}
	title := strings.TrimSpace(strings.TrimRight(rest, " \t.…"))
	return title, title != ""
}

// bulletLen returns the length of the bullet and the blank after it that
// t starts with, or 0: such a line is a list item even when its text is a
// known heading.
func bulletLen(t string) int {
	for _, b := range bullets {
		if strings.HasPrefix(t, b) && len(t) > len(b) && (t[len(b)] == ' ' || t[len(b)] == '\t') {
			return len(b) + 1
		}
	}
	return 0
}

// bullets are the characters that start a bulleted line in a text export:
// what Markdown-minded authors type ("-", "*") and what Word writes for its
// bullets ("•", "–", "·", "◦", "▪", and U+F0B7, the bullet of the Symbol
// font in the private use area).
var bullets = []string{"-", "*", "•", "–", "·", "◦", "▪", "\uf0b7"}

// textListItem reports whether t is a list item of a text export, and
// returns its text without the bullet or number.
func textListItem(t string) (string, bool) {
	if n := bulletLen(t); n > 0 {
		rest := strings.TrimSpace(t[n:])
		return rest, rest != ""
	}
	return orderedItem(t)
}

// orderedItem reports whether t starts with a list number ("1. ", "12) ",
// at most nine digits) followed by text, and returns the text.
func orderedItem(t string) (string, bool) {
	i := 0
	for i < len(t) && i < 10 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	if i == 0 || i > 9 || i+1 >= len(t) || (t[i] != '.' && t[i] != ')') || (t[i+1] != ' ' && t[i+1] != '\t') {
		return "", false
	}
	rest := strings.TrimSpace(t[i+2:])
	return rest, rest != ""
}

// isSeparatorRow reports whether a row holds nothing but dashes, colons,
// equals signs and blanks, with at least one dash or equals sign: the rule
// under a header row.
func isSeparatorRow(row []string) bool {
	seen := false
	for _, c := range row {
		for i := 0; i < len(c); i++ {
			switch c[i] {
			case '-', '=':
				seen = true
			case ':', ' ':
			default:
				return false
			}
		}
	}
	return seen
}
