package outline

import (
	"strings"
)

// ReadMarkdown reads a Markdown document (CommonMark, with GitHub's pipe
// tables) into an outline:
//
//   - "#" to "######" at the start of a line make a Heading of that level,
//     as do "===" and "---" under a paragraph (levels 1 and 2). A
//     paragraph of one line that equals, once normalised, one of
//     o.Headings is a Heading too, of Level 0 (or the depth of its manual
//     numbering), for documents whose exporter wrote headings as bold
//     lines; see ReadText for how lines are compared.
//   - Lines with "|" that start with "|", or are followed by a delimiter
//     row ("|---|:--|"), are a Table until a line without "|"; the
//     delimiter row is left out, leading and trailing pipes are not
//     cells, and "\|" is a pipe within a cell.
//   - Lines starting with "-", "*", "+", "1." or "1)" and a blank are
//     ListItems; Level is the nesting, from indentation as CommonMark
//     nests lists. Lines that follow an item without a blank line
//     continue it.
//   - Other lines are Paragraphs, consecutive lines joined by a space (by
//     "\n" after a hard line break: two spaces or a backslash at the end).
//   - Fenced code ("```", "~~~") is one Paragraph, its lines as written;
//     thematic breaks ("---", "***") and YAML front matter give no block.
//     Indented code is read as paragraphs.
//
// Inline markup is text, not structure, and is kept as written: emphasis,
// links, HTML tags such as "<p>" and escapes. Guidance is marked as
// described in the package documentation, looking through "\[" and
// emphasis. Input requirements, limits and errors are those of ReadText;
// reading takes time linear in the input.
func ReadMarkdown(b []byte, o TextOptions) (*Document, error) {
	s, err := decodeText(b, o, Markdown)
	if err != nil {
		return nil, err
	}
	p := mdParser{out: &Document{Format: Markdown}, known: knownHeadings(o.Headings), r: newLineReader(s), bud: newBudget(o, Markdown)}
	p.frontMatter()
	for p.bud.err == nil {
		line, ok := p.r.next()
		if !ok {
			break
		}
		p.line(line)
	}
	p.flushFence()
	p.flush()
	if p.bud.err != nil {
		return nil, p.bud.err
	}
	if p.out.Title == "" {
		for _, b := range p.out.Blocks {
			if b.Kind == Heading || b.Kind == Paragraph {
				p.out.Title = b.Text
				break
			}
		}
	}
	return p.out, nil
}

// mdParser holds the state of ReadMarkdown between lines.
type mdParser struct {
	out   *Document
	known map[string]bool
	r     lineReader
	run   bracketRun
	bud   budget
	kb    keyBuilder

	// The open paragraph or list item, if para.open.
	para struct {
		open  bool
		kind  Kind
		level int
		start int // line
		lines int
		hard  bool // the last line ended in a hard break
		text  strings.Builder
	}
	inTable bool   // a table is open
	table   *Block // the open table's block, once it has a row
	lists   []int  // content columns of the open list items, outermost first

	// The open code fence, if fence > 0: its character and length.
	fence      int
	fenceChar  byte
	fenceStart int
	fenceText  strings.Builder
	fenceLines int
}

// line reads one line.
func (p *mdParser) line(line string) {
	indent, rest := leading(line)
	content := strings.TrimRight(rest, " \t")
	if p.fence > 0 {
		if indent < 4 && isFence(content, p.fenceChar, p.fence) {
			p.flushFence()
			return
		}
		if p.fenceLines > 0 {
			p.fenceText.WriteByte('\n')
		}
		p.fenceText.WriteString(line)
		p.fenceLines++
		return
	}
	if content == "" {
		p.flush()
		p.endTable()
		return
	}
	if indent < 4 {
		if c := content[0]; (c == '`' || c == '~') && strings.HasPrefix(content, strings.Repeat(string(c), 3)) {
			n := 0
			for n < len(content) && content[n] == c {
				n++
			}
			if c == '~' || !strings.Contains(content[n:], "`") {
				p.endBlocks()
				p.fence, p.fenceChar, p.fenceStart = n, c, p.r.n
				return
			}
		}
		if level, text, ok := atxHeading(content); ok {
			p.endBlocks()
			p.heading(level, text, p.r.n)
			return
		}
		if p.para.open && p.para.kind == Paragraph {
			if c, ok := setextUnderline(content); ok {
				level := 1
				if c == '-' {
					level = 2
				}
				text, start := strings.TrimSpace(p.para.text.String()), p.para.start
				p.para.open = false
				p.para.text.Reset()
				p.heading(level, text, start)
				p.lists = p.lists[:0]
				return
			}
		}
		if isThematicBreak(content) {
			p.endBlocks()
			return
		}
	}
	if strings.IndexByte(content, '|') >= 0 {
		if p.inTable {
			p.row(content)
			return
		}
		if content[0] == '|' || p.delimiterNext() {
			p.endBlocks()
			p.inTable = true
			p.row(content)
			return
		}
	}
	p.endTable()
	if width, text, ok := listMarker(content); ok {
		p.flush()
		for len(p.lists) > 0 && indent < p.lists[len(p.lists)-1] {
			p.lists = p.lists[:len(p.lists)-1]
		}
		p.lists = append(p.lists, indent+width)
		if text != "" { // an empty item holds nothing to continue
			p.open(ListItem, min(len(p.lists), 9))
			p.add(text)
		}
		return
	}
	if p.para.open {
		p.add(rest) // a lazy continuation line
		return
	}
	if len(p.lists) > 0 && indent < p.lists[0] {
		p.lists = p.lists[:0]
	}
	p.open(Paragraph, 0)
	p.add(rest)
}

// endBlocks closes the open paragraph, table and lists before a block that
// interrupts them.
func (p *mdParser) endBlocks() {
	p.flush()
	p.endTable()
	p.lists = p.lists[:0]
}

// endTable closes the open table, if any.
func (p *mdParser) endTable() {
	p.inTable = false
	p.table = nil
}

// heading adds a heading, unless its text is empty.
func (p *mdParser) heading(level int, text string, line int) {
	p.run.reset()
	if text == "" || !p.bud.spend(1, line) {
		return
	}
	p.out.Blocks = append(p.out.Blocks, Block{Kind: Heading, Level: level, Text: text, Loc: Location{Line: line}})
}

// open starts a paragraph or list item on the current line.
func (p *mdParser) open(k Kind, level int) {
	p.para.open, p.para.kind, p.para.level, p.para.start = true, k, level, p.r.n
	p.para.lines, p.para.hard = 0, false
	p.para.text.Reset()
}

// add appends a line to the open paragraph or list item.
func (p *mdParser) add(s string) {
	hard := strings.HasSuffix(s, "  ") || strings.HasSuffix(s, "\\")
	s = strings.TrimSpace(s)
	if hard {
		s = strings.TrimSuffix(s, "\\")
	}
	if p.para.lines > 0 {
		if p.para.hard {
			p.para.text.WriteByte('\n')
		} else {
			p.para.text.WriteByte(' ')
		}
	}
	p.para.text.WriteString(s)
	p.para.lines++
	p.para.hard = hard
}

// flush closes the open paragraph or list item, if any, and adds it.
func (p *mdParser) flush() {
	if !p.para.open {
		return
	}
	p.para.open = false
	text := strings.TrimSpace(p.para.text.String())
	p.para.text.Reset()
	if text == "" {
		return
	}
	loc := Location{Line: p.para.start}
	if p.para.kind == Paragraph && p.para.lines == 1 && len(text) <= MaxHeadingBytes && len(p.known) > 0 {
		if key, level := p.kb.key(text, true); len(key) > 0 && p.known[string(key)] {
			p.heading(level, text, p.para.start)
			return
		}
	}
	blk := Block{Kind: p.para.kind, Level: p.para.level, Text: text, Loc: loc}
	blk.Guidance = p.run.feed(text)
	if p.bud.spend(1, p.para.start) {
		p.out.Blocks = append(p.out.Blocks, blk)
	}
}

// flushFence closes the open code fence, if any, and adds its text as a
// paragraph.
func (p *mdParser) flushFence() {
	if p.fence == 0 {
		return
	}
	p.fence = 0
	text := p.fenceText.String()
	p.fenceText.Reset()
	p.fenceLines = 0
	p.run.reset()
	if strings.TrimSpace(text) == "" || !p.bud.spend(1, p.fenceStart) {
		return
	}
	p.out.Blocks = append(p.out.Blocks, Block{Kind: Paragraph, Text: text, Loc: Location{Line: p.fenceStart}})
}

// row adds a line to the open table, unless it is the delimiter row.
func (p *mdParser) row(content string) {
	p.run.reset()
	if !p.bud.spend(strings.Count(content, "|")+2, p.r.n) { // the cells and perhaps a table
		return
	}
	cells := splitPipes(content)
	if isSeparatorRow(cells) {
		return
	}
	if p.table == nil {
		p.out.Blocks = append(p.out.Blocks, Block{Kind: Table, Loc: Location{Line: p.r.n}})
		p.table = &p.out.Blocks[len(p.out.Blocks)-1]
	}
	p.table.Rows = append(p.table.Rows, cells)
}

// delimiterNext reports whether the line after the current one is a
// table's delimiter row.
func (p *mdParser) delimiterNext() bool {
	c := p.r
	line, ok := c.next()
	if !ok || strings.IndexByte(line, '|') < 0 && strings.IndexByte(line, '-') < 0 {
		return false
	}
	return isSeparatorRow(splitPipes(line))
}

// frontMatter skips YAML front matter ("---" on the first line, up to a
// line "---" or "...") and takes its title, if any, for the document's.
// Without a closing line, the first line is read as usual.
func (p *mdParser) frontMatter() {
	c := p.r
	first, ok := c.next()
	if !ok || strings.TrimRight(first, " \t") != "---" {
		return
	}
	title := ""
	for {
		line, ok := c.next()
		if !ok {
			return
		}
		switch strings.TrimRight(line, " \t") {
		case "---", "...":
			p.r = c
			p.out.Title = title
			return
		}
		if v, ok := strings.CutPrefix(line, "title:"); ok && title == "" {
			title = strings.Trim(strings.TrimSpace(v), `"'`)
		}
	}
}

// leading returns the indentation of a line in columns (a tab advancing to
// the next multiple of four) and the rest of the line.
func leading(line string) (int, string) {
	col, i := 0, 0
	for ; i < len(line); i++ {
		switch line[i] {
		case ' ':
			col++
		case '\t':
			col += 4 - col%4
		default:
			return col, line[i:]
		}
	}
	return col, ""
}

// atxHeading reports whether content is an ATX heading ("## Bakgrunn ##")
// and returns its level and text.
func atxHeading(content string) (int, string, bool) {
	n := 0
	for n < len(content) && n < 7 && content[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || (n < len(content) && content[n] != ' ' && content[n] != '\t') {
		return 0, "", false
	}
	text := strings.TrimRight(content[n:], " \t")
	if closed := strings.TrimRight(text, "#"); closed == "" || strings.HasSuffix(closed, " ") || strings.HasSuffix(closed, "\t") {
		text = closed
	}
	return n, strings.TrimSpace(text), true
}

// setextUnderline reports whether content is a setext heading underline,
// all "=" or all "-", and returns the character.
func setextUnderline(content string) (byte, bool) {
	c := content[0]
	if c != '=' && c != '-' {
		return 0, false
	}
	for i := 1; i < len(content); i++ {
		if content[i] != c {
			return 0, false
		}
	}
	return c, true
}

// isThematicBreak reports whether content is a thematic break: three or
// more "-", "*" or "_", the same, with blanks between.
func isThematicBreak(content string) bool {
	c := content[0]
	if c != '-' && c != '*' && c != '_' {
		return false
	}
	n := 0
	for i := 0; i < len(content); i++ {
		switch content[i] {
		case c:
			n++
		case ' ', '\t':
		default:
			return false
		}
	}
	return n >= 3
}

// isFence reports whether content closes a fence of n characters c.
func isFence(content string, c byte, n int) bool {
	i := 0
	for i < len(content) && content[i] == c {
		i++
	}
	return i >= n && strings.TrimSpace(content[i:]) == ""
}

// listMarker reports whether content starts a list item ("- ", "* ",
// "+ ", "1. ", "1) ", at most nine digits) and returns the width of the
// marker with the blanks after it (as CommonMark counts it, one blank when
// there are more than four) and the item's text.
func listMarker(content string) (int, string, bool) {
	n := 0
	switch c := content[0]; {
	case c == '-' || c == '*' || c == '+':
		n = 1
	case c >= '0' && c <= '9':
		for n < len(content) && n < 10 && content[n] >= '0' && content[n] <= '9' {
			n++
		}
		if n > 9 || n >= len(content) || (content[n] != '.' && content[n] != ')') {
			return 0, "", false
		}
		n++
	default:
		return 0, "", false
	}
	if n == len(content) {
		return n + 1, "", true // an empty item
	}
	if content[n] != ' ' && content[n] != '\t' {
		return 0, "", false
	}
	blanks := 0
	for n+blanks < len(content) && content[n+blanks] == ' ' {
		blanks++
	}
	if blanks == 0 || blanks > 4 {
		blanks = 1
	}
	return n + blanks, strings.TrimSpace(content[n:]), true
}

// splitPipes splits a table row at its pipes: a leading and a trailing
// pipe do not start or end a cell, "\|" is a pipe within a cell, and cells
// are trimmed.
func splitPipes(line string) []string {
	t := strings.TrimSpace(line)
	t = strings.TrimPrefix(t, "|")
	if strings.HasSuffix(t, "|") && !strings.HasSuffix(t, "\\|") {
		t = t[:len(t)-1]
	}
	var cells []string
	var cell strings.Builder
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '\\' && i+1 < len(t) && t[i+1] == '|':
			cell.WriteByte('|')
			i++
		case t[i] == '|':
			cells = append(cells, strings.TrimSpace(cell.String()))
			cell.Reset()
		default:
			cell.WriteByte(t[i])
		}
	}
	return append(cells, strings.TrimSpace(cell.String()))
}
