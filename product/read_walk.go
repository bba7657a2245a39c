package product

import (
	"reflect"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	outl "github.com/digitale-helgeland/veiviser/internal/outline"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Read reads a management product from a file: a Word document (.docx)
// made from one of Digdir's templates, or a plain-text or Markdown export
// of one. It returns the document of the template's type with where each
// part of it came from and the reader's own findings, or an error when the
// file cannot be read: ErrPDF, ErrLegacyDoc, ErrEncrypted, ErrSpreadsheet,
// ErrPresentation or ErrNotWordDocument for a file that is no Word
// document, ErrCorrupt for a damaged one, ErrEncoding or ErrNotText for
// text that is not UTF-8 or no text, phase.ErrTooLarge for input over
// o.Limits, ErrTemplateUnknown when the template cannot be told, and
// ErrVersionUnknown; match them with errors.Is.
//
// What it recognises, unless o says it:
//   - the format by the content: a zip archive is Word, text with "#"
//     headings Markdown, anything else text;
//   - the template by the title or the cover page ("Mandat for
//     konseptfasen", "Prosjektforslag", "Prosjektgrunngjeving", …), else by
//     the headings (info finding template_from_headings);
//   - the version by the headings that are exactly a version's (the
//     mandate's 3.0 and 4.0 differ), since headers and footers, where the
//     templates print it, are not read;
//   - the language by the headings and the decision box's words.
//
// How it maps the document:
//   - Each heading is matched to a section of the template version, by its
//     bokmål or nynorsk title, with outline's matcher: numbering, case,
//     "?" and ":" make no difference, and a reworded heading matches by its
//     words (info finding heading_reworded, with the confidence); in a
//     Word document, a paragraph that is a section's title word for word
//     and that no styled heading gives is read as its heading (info
//     finding heading_unstyled). Where the
//     document gives a heading's level and the best match is at another
//     level, a section of the heading's level that matches wins. The
//     template's numbering is used for the heading paths of Location.
//   - What stands under a heading, up to the next heading that opens a
//     section, goes into the field the section's key names: prose into
//     Section.Text (paragraphs separated by a blank line, list items as
//     "- item" lines, tables as "cell | cell" lines), sub-headings that open
//     no section into Section.Parts. A list of records ([]Concept, table
//     rows) takes a table's rows (columns by the titles the tables give
//     their columns, else in order), sub-headings (title and text) and list
//     items ("Name: description" or "Name"); a struct takes its tables in
//     its lists and its prose in its untitled Section. A template section
//     without a key, or content a field cannot hold, is kept in
//     Header.Extra (warning content_unmapped), as is a top-level heading
//     that opens no section (info heading_unknown). The template's closing
//     "Veiledning" chapter is not read.
//   - Guidance is not an answer: paragraphs in the style Hjelpetekst and
//     bracketed guidance are left out (info guidance_left when the section
//     is answered too), and so is a paragraph that is the template's
//     guidance word for word in another style (warning guidance_copied).
//   - A section of the template without a heading is reported
//     (section_missing: an error when its field is required, else info).
//   - The cover gives Header.Project; the decision box (labels with the
//     value in the cell beneath or after the label) Header.Decision and
//     PreparedBy, placeholders such as "<dato>" kept as text for Validate to
//     report; ENDRINGSLOGG and DISTRIBUSJONSLOGG, wherever they stand,
//     Header.Changes and Header.Distribution.
//   - Text exports keep only the headings their table of contents lists or
//     a template titles; so in a text export a short line without final
//     punctuation followed by text is read as a sub-heading, a paragraph
//     broken by a page (ending without punctuation, the next starting in
//     lower case) is joined again, and the markup some exports add
//     ("<p>" in cells, "**bold**", "<https://…>") is removed.
//
// Every finding has the location of what it concerns. Read never panics
// and takes time linear in the input and the number of the template's
// sections. It is safe for concurrent use.
func Read(b []byte, o ReadOptions) (*Imported, error) {
	format := o.Format
	if format == 0 {
		format = sniffFormat(b)
	}
	if !format.IsValid() {
		return nil, &phase.PathError{Op: "read", Path: "format", Err: phase.ErrUnknownValue}
	}
	doc, err := readOutline(b, format, o.Limits)
	if err != nil {
		return nil, fileErr(err)
	}
	rc, err := recognise(doc, o)
	if err != nil {
		return nil, err
	}
	r := newReader(doc, format, rc)
	r.promote()
	r.walk()
	r.fill()
	r.missing()
	r.finish()
	r.locateAll()
	return &Imported{
		Document: r.document, Template: r.template, Language: r.lang, Version: r.version.version,
		Format: format, Locations: r.locs, Findings: r.fs,
	}, nil
}

// promote makes a heading of each paragraph of a Word document that is,
// word for word, the title of a section of the template no styled heading
// gives: an author who typed «Bakgrunn» in bold rather than in the style
// Overskrift 1. It takes the section's level. Each section is promoted
// once, at its first such paragraph; guidance, list items and text in
// tables never are. Text and Markdown exports say their headings their
// own way (see pseudoHeading).
func (r *reader) promote() {
	if r.format != FormatDocx {
		return
	}
	byKey := r.info.byKey
	styled := map[int]bool{}
	for _, b := range r.doc.Blocks {
		if b.Kind == outl.Heading {
			if c, ok := byKey[headingKey(b.Text)]; ok {
				styled[c] = true
			}
		}
	}
	for i := range r.doc.Blocks {
		b := &r.doc.Blocks[i]
		if b.Kind != outl.Paragraph || b.Guidance || len(b.Text) > 200 || strings.Contains(b.Text, "\n") {
			continue
		}
		c, ok := byKey[headingKey(b.Text)]
		if !ok || styled[c] {
			continue
		}
		styled[c] = true
		b.Kind, b.Level = outl.Heading, r.cands[c].level
		r.promoted[i] = true
	}
}

// locateAll gives the findings that concern the document as a whole (its
// template, version or language) or a section with no heading before it
// the document's first place: its first heading, else its first block.
func (r *reader) locateAll() {
	var at Location
	switch {
	case len(r.doc.Blocks) == 0 && r.format == FormatDocx:
		at = Location{Paragraph: 1}
	case len(r.doc.Blocks) == 0:
		at = Location{Line: 1}
	default:
		at = locationOf("", r.doc.Blocks[0].Loc)
		for _, b := range r.doc.Blocks {
			if b.Kind == outl.Heading {
				at = locationOf(strings.TrimSpace(b.Text), b.Loc)
				break
			}
		}
	}
	for i := range r.fs {
		if r.fs[i].Location.IsZero() {
			r.fs[i].Location = at
		}
	}
}

// reader holds one Read in progress.
type reader struct {
	template Template
	version  templateVersion
	lang     phase.Language
	format   FileFormat
	doc      *outl.Document

	info   *readInfo
	cands  []candidate
	used   []bool
	found  []Location // where each candidate's heading is, when found
	fields map[reflect.Type][]fieldInfo

	holders []*holder // the keyed sections, in document order
	extras  []*holder // what goes to Header.Extra, in document order

	document Document
	value    reflect.Value // the document, a pointer
	header   Header
	fs       []ReadFinding
	locs     map[string]Location
	promoted map[int]bool // the blocks promote made headings
}

// holder is a heading's content: a section of the template with a key, a
// section without one, or a heading that opens no section.
type holder struct {
	cand    int // candidate index, -1 for a heading that opens no section
	key     string
	title   string // the heading as written
	level   int    // 0 when not known
	loc     Location
	own     unit    // what stands under the heading itself
	parts   []*unit // what stands under its sub-headings
	exact   bool
	matched bool
}

// unit is what stands under one heading, up to the next.
type unit struct {
	title   string   // the heading as written, "" for a holder's own content
	loc     Location // of the heading
	path    string   // heading path, for the locations of the blocks
	blocks  []outl.Block
	section bool // the heading opens a section of the template without a key
	pseudo  bool // a line of a text export read as a sub-heading
	// guidance holds where the guidance left out was.
	guidance []Location
	// had is the number of blocks before the guidance was left out.
	had int
}

func newReader(doc *outl.Document, format FileFormat, rc recognition) *reader {
	r := &reader{
		template: rc.template, version: rc.version, lang: rc.lang, format: format, doc: doc,
		fs: rc.fs, locs: map[string]Location{}, fields: map[reflect.Type][]fieldInfo{}, promoted: map[int]bool{},
	}
	r.info = infoOf(r.template, r.version)
	r.cands = r.info.cands
	r.used = make([]bool, len(r.cands))
	r.found = make([]Location, len(r.cands))
	r.document = r.template.New()
	r.value = reflect.ValueOf(r.document)
	return r
}

// guidanceSet returns the sentences of the template version's guidance,
// and of the templates' instructions HasGuidance knows, folded and without
// brackets: a paragraph made of them is the template's text, not the
// author's (see isTemplateText).
func guidanceSet(v templateVersion) map[string]bool {
	set := map[string]bool{}
	add := func(s string) {
		for _, x := range sentences(strings.Trim(strings.TrimSpace(s), "[]")) {
			if f := fold(x); len(f) >= 10 {
				set[f] = true
			}
		}
	}
	for _, s := range v.sections {
		for _, g := range s.guidance.nb {
			add(g)
		}
		for _, g := range s.guidance.nn {
			add(g)
		}
	}
	for _, g := range guidanceTexts {
		add(g)
	}
	return set
}

// firstWord returns the first word of s in lower case: the first run of
// letters and digits.
func firstWord(s string) string {
	start := strings.IndexFunc(s, isWordRune)
	if start < 0 {
		return ""
	}
	end := strings.IndexFunc(s[start:], func(r rune) bool { return !isWordRune(r) })
	if end < 0 {
		end = len(s) - start
	}
	return strings.ToLower(s[start : start+end])
}

// sentences splits s after each ".", "?" and "!" that a blank follows,
// with a closing bracket, parenthesis or quote between them.
func sentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if strings.IndexByte(".?!", s[i]) < 0 {
			continue
		}
		j := i + 1
		for j < len(s) && strings.IndexByte("])\"", s[j]) >= 0 {
			j++
		}
		if j < len(s) && (s[j] == ' ' || s[j] == '\n') {
			out = append(out, s[start:j])
			start, i = j, j
		}
	}
	return append(out, s[start:])
}

// isTemplateText reports whether a paragraph is made of the template's
// guidance sentences only, twenty letters of them at least.
func (r *reader) isTemplateText(s string) bool {
	if !r.info.firsts[firstWord(s)] {
		return false
	}
	n := 0
	for _, x := range sentences(strings.Trim(strings.TrimSpace(s), "[]")) {
		f := fold(x)
		if f == "" {
			continue
		}
		if !r.info.copied[f] {
			return false
		}
		n += len(f)
	}
	return n >= 20
}

// match returns the candidate a heading of level level (0 when not known)
// opens, or -1: the best match among the candidates not yet found; where
// the level is known and the best match is by words at another level, the
// best match among the sections of that level, if any.
func (r *reader) match(text string, level int) (int, outl.Match) {
	m, ok := r.info.matcher.Match(text)
	if !ok {
		return -1, m
	}
	c, _ := strconv.Atoi(m.Key)
	if !m.Exact && level > 0 && r.cands[c].level != level {
		if lm := r.info.byLevel[level]; lm != nil {
			if m2, ok := lm.Match(text); ok {
				if c2, _ := strconv.Atoi(m2.Key); !r.used[c2] {
					return c2, m2
				}
			}
		}
	}
	switch {
	case r.cands[c].instructions && !m.Exact:
		// Only the closing chapter's own title skips what follows; a
		// heading that merely resembles it ("Hva er et mandat for
		// konseptfasen?") is the author's, or the template's text, which
		// prepare recognises.
		return -1, m
	case r.used[c] && !r.cands[c].instructions:
		return -1, m
	}
	return c, m
}

// entry is an open heading during the walk.
type entry struct {
	level   int
	display string  // the heading as the heading path shows it
	number  string  // the template's number of a section, "" otherwise
	h       *holder // where sub-headings go; nil in the instructions
}

// walk reads the blocks after the front matter into holders.
func (r *reader) walk() {
	blocks := r.doc.Blocks
	i := r.front(blocks)
	var stack []entry
	var cur *unit
	path := func(display string) string {
		var ps []string
		for _, e := range stack {
			ps = append(ps, e.display)
		}
		if display != "" {
			ps = append(ps, display)
		}
		return strings.Join(ps, " > ")
	}
	for ; i < len(blocks); i++ {
		b := blocks[i]
		if b.Kind == outl.Table && r.logTable(b, path("")) {
			continue
		}
		if b.Kind != outl.Heading {
			if cur == nil {
				continue
			}
			if !r.pseudoHeading(blocks, i) {
				cur.blocks = append(cur.blocks, b)
				continue
			}
			b.Level = 0
		}
		if isLogLabel(b.Text) {
			continue
		}
		level := b.Level
		if b.Kind != outl.Heading {
			level = 0
		}
		c, m := -1, outl.Match{}
		if b.Kind == outl.Heading {
			c, m = r.match(b.Text, level)
		}
		if c < 0 {
			// A heading that opens no section: a part of the section it
			// is in, or a section of its own.
			if level > 0 {
				for len(stack) > 0 && stack[len(stack)-1].level >= level {
					stack = stack[:len(stack)-1]
				}
			}
			title := strings.TrimSpace(b.Text)
			if len(stack) > 0 && stack[len(stack)-1].h == nil {
				continue // in the instructions
			}
			loc := locationOf(path(title), b.Loc)
			if len(stack) > 0 {
				u := &unit{title: title, loc: loc, path: loc.Heading, pseudo: b.Kind != outl.Heading}
				h := stack[len(stack)-1].h
				h.parts = append(h.parts, u)
				cur = u
				continue
			}
			h := &holder{cand: -1, title: title, level: level, loc: loc}
			h.own = unit{loc: loc, path: loc.Heading}
			r.extras = append(r.extras, h)
			stack = append(stack, entry{level: max(level, 1), display: title, h: h})
			cur = &h.own
			continue
		}
		cand := r.cands[c]
		r.used[c] = true
		// Close what is not above the section in the template: the
		// headings of its level or deeper, and the sections whose number
		// does not begin its own (an author may move a section).
		for len(stack) > 0 {
			top := stack[len(stack)-1]
			if top.level < cand.level && (top.number == "" || cand.number == "" || strings.HasPrefix(cand.number, top.number+".")) {
				break
			}
			stack = stack[:len(stack)-1]
		}
		title := strings.TrimSpace(b.Text)
		display := title
		if cand.number != "" && !startsWithDigit(title) {
			display = cand.number + " " + title
		}
		loc := locationOf(path(display), b.Loc)
		r.found[c] = loc
		if !m.Exact {
			r.add(codeHeadingReworded, cand.key, phase.SeverityInfo, msgHeadingReworded(title, cand.title, m.Confidence), loc)
		}
		if r.promoted[i] {
			r.add(codeHeadingUnstyled, cand.key, phase.SeverityInfo, msgHeadingUnstyled(title), loc)
		}
		switch {
		case cand.instructions:
			stack = append(stack, entry{level: cand.level, display: display, number: cand.number})
			cur = nil
		case cand.key != "":
			h := &holder{cand: c, key: cand.key, title: title, level: cand.level, loc: loc, exact: m.Exact, matched: true}
			h.own = unit{loc: loc, path: loc.Heading}
			r.holders = append(r.holders, h)
			r.locs[cand.key] = loc
			stack = append(stack, entry{level: cand.level, display: display, number: cand.number, h: h})
			cur = &h.own
		default:
			// A section without a key: a part of the keyed section it is
			// in, or kept in Header.Extra.
			var anc *holder
			for j := len(stack) - 1; j >= 0; j-- {
				if stack[j].h != nil {
					anc = stack[j].h
					break
				}
			}
			if anc != nil {
				u := &unit{title: title, loc: loc, path: loc.Heading, section: true}
				anc.parts = append(anc.parts, u)
				stack = append(stack, entry{level: cand.level, display: display, number: cand.number, h: anc})
				cur = u
				continue
			}
			h := &holder{cand: c, title: title, level: cand.level, loc: loc, exact: m.Exact, matched: true}
			h.own = unit{loc: loc, path: loc.Heading}
			r.extras = append(r.extras, h)
			stack = append(stack, entry{level: cand.level, display: display, number: cand.number, h: h})
			cur = &h.own
		}
	}
}

func startsWithDigit(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsDigit(r)
}

// isLogLabel reports whether s labels the change or distribution log
// ("ENDRINGSLOGG"), which is no section.
func isLogLabel(s string) bool {
	if len(s) > 40 {
		return false
	}
	switch fold(s) {
	case "endringslogg", "distribusjonslogg":
		return true
	}
	return false
}

// pseudoHeading reports whether block i of a text export is a sub-heading
// the export wrote as a plain line: a paragraph that reads as a title
// (see titleLike) followed by a paragraph, list item or table that does
// not.
func (r *reader) pseudoHeading(blocks []outl.Block, i int) bool {
	if r.format != FormatText {
		return false
	}
	b := blocks[i]
	if b.Kind != outl.Paragraph || b.Guidance || !titleLike(b.Text) || r.info.prompts[fold(b.Text)] {
		return false // a template's prompt or caption is no sub-heading
	}
	if i+1 >= len(blocks) {
		return false
	}
	n := blocks[i+1]
	return n.Kind != outl.Heading && !(n.Kind == outl.Paragraph && titleLike(n.Text))
}

// titleLike reports whether s reads as a title rather than a sentence: one
// to eight words, at most 80 characters, starting with a capital letter or
// a digit, not ending in punctuation, not an address, a placeholder or an
// answer such as «Ikke relevant».
func titleLike(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || utf8.RuneCountInString(s) > 80 || strings.Contains(s, "\n") {
		return false
	}
	first, _ := utf8.DecodeRuneInString(s)
	last, _ := utf8.DecodeLastRuneInString(s)
	if !unicode.IsUpper(first) && !unicode.IsDigit(first) {
		return false
	}
	if strings.ContainsRune(".:;,!?…", last) || strings.Contains(s, "://") || strings.ContainsAny(s, "<>[]") {
		return false
	}
	if n := len(strings.Fields(s)); n > 8 {
		return false
	}
	return !phase.IsNotRelevant(s) && !phase.SaysNothing(s)
}
