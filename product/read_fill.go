package product

import (
	"encoding"
	"encoding/json"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	outl "github.com/digitale-helgeland/veiviser/internal/outline"
	"github.com/digitale-helgeland/veiviser/phase"
)

var (
	rtSection         = reflect.TypeFor[Section]()
	rtDate            = reflect.TypeFor[phase.Date]()
	rtTextUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	rtPhaseText       = reflect.TypeFor[phase.Text]()
)

// rest is the content a field could not hold.
type rest struct {
	own   []outl.Block
	parts []*unit
}

func (x rest) empty() bool { return len(x.own) == 0 && len(x.parts) == 0 }

// fill puts every holder's content into its field, and keeps what no
// field holds in Header.Extra.
func (r *reader) fill() {
	for _, h := range r.holders {
		r.prepare(h)
	}
	for _, h := range r.extras {
		r.prepare(h)
	}
	for _, h := range r.holders {
		v, ok := valueAtWith(r.fieldsOf, r.value, h.key)
		var left rest
		if ok {
			left = r.fillValue(v, h.key, h)
		} else {
			left = rest{own: h.own.blocks, parts: h.parts}
		}
		if !left.empty() {
			r.keep(h, left)
		}
		r.guidanceLeft(h)
	}
	for _, h := range r.extras {
		r.keep(h, rest{own: h.own.blocks, parts: h.parts})
	}
}

// prepare leaves the guidance out of a holder's content, and the
// template's guidance copied in another style, and in a text export joins
// the paragraphs a page broke.
func (r *reader) prepare(h *holder) {
	units := append([]*unit{&h.own}, h.parts...)
	for _, u := range units {
		u.had = len(u.blocks)
		var out []outl.Block
		for _, b := range u.blocks {
			loc := locationOf(u.path, b.Loc)
			if b.Guidance {
				u.guidance = append(u.guidance, loc)
				continue
			}
			if b.Kind == outl.Paragraph && r.info.prompts[fold(b.Text)] {
				continue // the template's prompt or caption, not guidance to remove
			}
			if b.Kind == outl.Paragraph || b.Kind == outl.ListItem {
				if r.isTemplateText(b.Text) {
					r.add(codeGuidanceCopied, h.key, phase.SeverityWarning, msgGuidanceCopied, loc)
					continue
				}
				b.Text = r.cleanText(b.Text)
				if b.Text == "" {
					continue
				}
				if n := len(out); r.format == FormatText && n > 0 && b.Kind == outl.Paragraph && out[n-1].Kind == outl.Paragraph &&
					brokenByPage(out[n-1].Text, b.Text) {
					out[n-1].Text += " " + b.Text
					continue
				}
			}
			out = append(out, b)
		}
		u.blocks = out
	}
}

// brokenByPage reports whether paragraph b continues paragraph a across a
// page break of a text export: a ends without punctuation and b starts in
// lower case.
func brokenByPage(a, b string) bool {
	last, _ := utf8.DecodeLastRuneInString(a)
	first, _ := utf8.DecodeRuneInString(b)
	return (unicode.IsLetter(last) || unicode.IsDigit(last)) && unicode.IsLower(first)
}

// guidanceLeft reports the guidance left under an answered section.
func (r *reader) guidanceLeft(h *holder) {
	var at []Location
	answered := false
	for _, u := range append([]*unit{&h.own}, h.parts...) {
		at = append(at, u.guidance...)
		answered = answered || r.render(u.blocks) != ""
	}
	if len(at) > 0 && answered {
		r.add(codeGuidanceLeft, h.key, phase.SeverityInfo, msgGuidanceLeft, at[0])
	}
}

// fillValue fills the field v at path from h, by the field's type, and
// returns what it could not hold.
func (r *reader) fillValue(v reflect.Value, path string, h *holder) rest {
	t := v.Type()
	switch {
	case t == rtSection:
		r.fillSection(v, path, h)
		return rest{}
	case t.Kind() == reflect.String:
		v.SetString(r.renderAll(h))
		return rest{}
	case t.Kind() == reflect.Slice && t.Elem().Kind() == reflect.String:
		r.fillStrings(v, path, h)
		return rest{}
	case t.Kind() == reflect.Slice && r.isRecord(t.Elem()):
		return r.fillList(v, path, h)
	case t.Kind() == reflect.Struct && r.isRecord(t):
		return r.fillRecord(v, path, h)
	case t.Kind() == reflect.Struct:
		return r.fillStruct(v, path, h)
	case scalar(t) && len(h.parts) == 0:
		// A titled yes/no, number, date or value (the business case's
		// «Foreløpig prosjektbegrunnelse»: ja): one line.
		s := r.render(h.own.blocks)
		if strings.Contains(s, "\n") {
			break
		}
		if what, ok := setScalar(v, s); !ok {
			r.add(codeCellInvalid, path, phase.SeverityWarning, msgCellInvalid(s, what), h.loc)
			break
		}
		return rest{}
	}
	return rest{own: h.own.blocks, parts: h.parts}
}

// fillSection fills a Section: the text under the heading, and a part for
// each sub-heading.
func (r *reader) fillSection(v reflect.Value, path string, h *holder) {
	sec := Section{Text: r.render(h.own.blocks)}
	sec.Parts = r.parts(path, h, h.parts)
	v.Set(reflect.ValueOf(sec))
}

// parts returns the parts of a section: one for each sub-heading, but for
// the template's own sub-sections that hold nothing.
func (r *reader) parts(path string, h *holder, units []*unit) []Part {
	var ps []Part
	for _, u := range units {
		text := r.render(u.blocks)
		if text == "" && !u.authored() {
			continue
		}
		pp := path + ".parts[" + strconv.Itoa(len(ps)) + "]"
		ps = append(ps, Part{Title: r.cleanText(u.title), Text: text})
		r.locs[pp] = u.loc
		if !u.section {
			r.add(codeHeadingUnknown, pp, phase.SeverityInfo, msgHeadingUnknownIn(u.title, whereParts(r.titleOf(h))), u.loc)
		}
	}
	return ps
}

// authored reports whether a sub-heading with nothing under it is the
// author's own: not a section of the template, and not one whose content
// was all guidance.
func (u *unit) authored() bool { return !u.section && u.had == 0 }

// titleOf returns the title of the section h opens: the template's, or
// the heading as written.
func (r *reader) titleOf(h *holder) phase.Text {
	if h.cand >= 0 {
		return r.cands[h.cand].title
	}
	return phase.Text{NB: h.title, NN: h.title, EN: h.title}
}

// renderAll renders a holder's text and its parts, each part's title and
// text as paragraphs.
func (r *reader) renderAll(h *holder) string {
	var chunks []string
	if s := r.render(h.own.blocks); s != "" {
		chunks = append(chunks, s)
	}
	for _, u := range h.parts {
		s := r.render(u.blocks)
		if s == "" && !u.authored() {
			continue
		}
		chunks = append(chunks, r.cleanText(u.title))
		if s != "" {
			chunks = append(chunks, s)
		}
	}
	return strings.Join(chunks, "\n\n")
}

// fillStrings fills a list of texts: one for each paragraph, list item and
// table row, and one for each sub-heading with its text.
func (r *reader) fillStrings(v reflect.Value, path string, h *holder) {
	var ss []string
	add := func(s string, loc Location) {
		if s = strings.TrimSpace(s); s != "" {
			r.locs[path+"["+strconv.Itoa(len(ss))+"]"] = loc
			ss = append(ss, s)
		}
	}
	each := func(u *unit) {
		for _, b := range u.blocks {
			loc := locationOf(u.path, b.Loc)
			if b.Kind == outl.Table {
				for i, row := range b.Rows {
					add(r.rowText(row), locationOf(u.path, b.RowLocation(i)))
				}
				continue
			}
			add(b.Text, loc)
		}
	}
	each(&h.own)
	for _, u := range h.parts {
		if u.section {
			each(u)
			continue
		}
		s := r.cleanText(u.title)
		if t := r.render(u.blocks); t != "" {
			s += "\n\n" + t
		}
		add(s, u.loc)
	}
	v.Set(reflect.ValueOf(ss).Convert(v.Type()))
}

// render returns blocks as the text of a Section: paragraphs separated by
// blank lines, consecutive list items as "- item" lines (indented two
// spaces a level), tables as lines of cells separated by " | ", without
// empty rows and without tables that have nothing but a header.
func (r *reader) render(blocks []outl.Block) string {
	var chunks, list []string
	base := 0
	flush := func() {
		if len(list) > 0 {
			chunks = append(chunks, strings.Join(list, "\n"))
			list, base = nil, 0
		}
	}
	for _, b := range blocks {
		switch b.Kind {
		case outl.ListItem:
			if len(list) == 0 || b.Level < base {
				base = b.Level
			}
			list = append(list, strings.Repeat("  ", max(b.Level-base, 0))+"- "+b.Text)
		case outl.Table:
			flush()
			if s := r.tableText(b); s != "" {
				chunks = append(chunks, s)
			}
		default:
			flush()
			if b.Text != "" {
				chunks = append(chunks, b.Text)
			}
		}
	}
	flush()
	return strings.Join(chunks, "\n\n")
}

// tableText renders a table as lines of cells, or "" when it is a
// skeleton (see skeletonTable).
func (r *reader) tableText(b outl.Block) string {
	if skeletonTable(b.Rows) {
		return ""
	}
	var lines []string
	for _, row := range b.Rows {
		if !rowBlank(row) {
			lines = append(lines, r.rowText(row))
		}
	}
	return strings.Join(lines, "\n")
}

// skeletonTable reports whether a table holds nothing but what a template
// prints in it: a header, and rows with one text each at most (a row's
// label, "Prosjekteier", "Egen virksomhet", repeated across merged cells),
// or computed totals.
func skeletonTable(rows [][]string) bool {
	for i, row := range rows {
		if i == 0 && headerRow(row) {
			continue
		}
		if !skeletonRow(row) && !totalRow(row) {
			return false
		}
	}
	return true
}

// skeletonRow reports whether a row holds one text at most, merged cells
// repeating it aside.
func skeletonRow(row []string) bool {
	seen := ""
	for _, c := range row {
		c = strings.TrimSpace(c)
		if c == "" || phase.SaysNothing(c) || c == seen {
			continue
		}
		if seen != "" {
			return false
		}
		seen = c
	}
	return true
}

// rowText joins a row's cells with " | ", merged cells once.
func (r *reader) rowText(row []string) string {
	var cells []string
	for i, c := range row {
		if i > 0 && c == row[i-1] && c != "" {
			continue
		}
		cells = append(cells, strings.ReplaceAll(r.cellText(c), "\n\n", " "))
	}
	return strings.TrimSpace(strings.Join(cells, " | "))
}

// fieldsOf is fieldsOf, remembered for the types of this Read.
func (r *reader) fieldsOf(t reflect.Type) []fieldInfo {
	fs, ok := r.fields[t]
	if !ok {
		fs = fieldsOf(t)
		r.fields[t] = fs
	}
	return fs
}

// isRecord reports whether t is a struct whose fields are all ones a table
// cell or a title fills (texts, numbers, lists of texts, values with
// UnmarshalText), with one text at least: a row of a template's table.
func (r *reader) isRecord(t reflect.Type) bool {
	if t.Kind() != reflect.Struct || t == rtSection {
		return false
	}
	fs := r.fieldsOf(t)
	strs := 0
	for _, f := range fs {
		if !scalar(f.typ) && !jsonCell(f.typ) {
			return false
		}
		if f.typ.Kind() == reflect.String {
			strs++
		}
	}
	return strs > 0
}

// scalar reports whether a cell's text can fill a field of type t.
func scalar(t reflect.Type) bool {
	if reflect.PointerTo(t).Implements(rtTextUnmarshaler) {
		return true
	}
	switch t.Kind() {
	case reflect.String, reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return true
	case reflect.Slice:
		return t.Elem().Kind() == reflect.String || t.Elem().Kind() != reflect.Slice && scalar(t.Elem())
	}
	return false
}

// jsonCell reports whether a field of type t is written into a table cell
// as JSON (see Write): a list of records or a record, such as a benefit's
// indicators, with no Section in it. Such a cell is read back as JSON.
func jsonCell(t reflect.Type) bool {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Kind() == reflect.Slice {
		t = t.Elem()
		for t.Kind() == reflect.Pointer {
			t = t.Elem()
		}
	}
	return t.Kind() == reflect.Struct && !scalar(t) && !holdsSection(t, 0)
}

// holdsSection reports whether struct type t has a Section in it, in its
// fields, lists or records, depth levels down at most (deeper counts as
// holding one).
func holdsSection(t reflect.Type, depth int) bool {
	if depth > 8 {
		return true
	}
	for i := range t.NumField() {
		ft := t.Field(i).Type
		for ft.Kind() == reflect.Pointer || ft.Kind() == reflect.Slice || ft.Kind() == reflect.Array || ft.Kind() == reflect.Map {
			ft = ft.Elem()
		}
		if ft == rtSection || ft.Kind() == reflect.Struct && !scalar(ft) && holdsSection(ft, depth+1) {
			return true
		}
	}
	return false
}

// setScalar sets field v from text s and reports what s is not when it
// does not fit: a number, a date, one of an enumeration's values (matched
// by its wire code or its label in any language).
func setScalar(v reflect.Value, s string) (phase.Text, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return phase.Text{}, true
	}
	if v.Kind() != reflect.String && phase.SaysNothing(s) {
		return phase.Text{}, true // "-", "...": nothing to read
	}
	if jsonCell(v.Type()) {
		// Strictly: a field of the record's that JSON does not know is a
		// mistake in the cell, not something to drop.
		d := json.NewDecoder(strings.NewReader(s))
		d.DisallowUnknownFields()
		p := reflect.New(v.Type())
		if err := d.Decode(p.Interface()); err != nil || d.More() {
			return whatJSON, false
		}
		v.Set(p.Elem())
		return phase.Text{}, true
	}
	if reflect.PointerTo(v.Type()).Implements(rtTextUnmarshaler) {
		if v.Type() == rtDate {
			d, err := phase.ParseDate(s)
			if err != nil {
				return whatDate, false
			}
			v.Set(reflect.ValueOf(d))
			return phase.Text{}, true
		}
		if setByLabel(v, s) {
			return phase.Text{}, true
		}
		if err := v.Addr().Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(s)); err != nil {
			return whatValue, false
		}
		return phase.Text{}, true
	}
	switch v.Kind() {
	case reflect.String:
		v.SetString(s)
	case reflect.Bool:
		switch fold(s) {
		case "ja", "yes", "true", "x":
			v.SetBool(true)
		case "nei", "no", "false":
			v.SetBool(false)
		default:
			return whatYesNo, false
		}
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		n, err := strconv.ParseInt(number(s), 10, 64)
		if err != nil || v.OverflowInt(n) {
			return whatNumber, false
		}
		v.SetInt(n)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		n, err := strconv.ParseUint(number(s), 10, 64)
		if err != nil || v.OverflowUint(n) {
			return whatNumber, false
		}
		v.SetUint(n)
	case reflect.Slice:
		var ss []string
		for l := range strings.SplitSeq(s, "\n") {
			if l = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), "-•*")); l != "" {
				ss = append(ss, l)
			}
		}
		if v.Type().Elem().Kind() == reflect.String {
			v.Set(reflect.ValueOf(ss).Convert(v.Type()))
			break
		}
		// A list of values, one a line (a benefit's yearly profile).
		out := reflect.MakeSlice(v.Type(), len(ss), len(ss))
		for i, l := range ss {
			if what, ok := setScalar(out.Index(i), l); !ok {
				return what, false
			}
		}
		v.Set(out)
	}
	return phase.Text{}, true
}

// number returns s without the blanks that group digits ("1 000") and a
// final dot ("3.").
func number(s string) string {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// setByLabel sets v, a small-integer enumeration with IsValid and Text
// methods (phase.Text labels), to the value whose label in any language
// is the first line of s, or begins it.
func setByLabel(v reflect.Value, s string) bool {
	t := v.Type()
	if t.Kind() != reflect.Uint8 {
		return false
	}
	isValid, ok1 := t.MethodByName("IsValid")
	text, ok2 := t.MethodByName("Text")
	if !ok1 || !ok2 || text.Type.NumOut() != 1 || text.Type.Out(0) != rtPhaseText ||
		isValid.Type.NumOut() != 1 || isValid.Type.Out(0).Kind() != reflect.Bool || text.Type.NumIn() != 1 || isValid.Type.NumIn() != 1 {
		return false
	}
	first, _, _ := strings.Cut(s, "\n")
	want := fold(first)
	for n := uint64(1); n < 256; n++ {
		x := reflect.New(t).Elem()
		x.SetUint(n)
		if !isValid.Func.Call([]reflect.Value{x})[0].Bool() {
			break
		}
		l := text.Func.Call([]reflect.Value{x})[0].Interface().(phase.Text)
		if labelIs(want, l.NB) || labelIs(want, l.NN) || labelIs(want, l.EN) {
			v.Set(x)
			return true
		}
	}
	return false
}

// labelIs reports whether folded text s is label, or begins with it as a
// word ("resultatmål prosjektprodukt" for "Resultatmål").
func labelIs(s, label string) bool {
	l := fold(label)
	return l != "" && (s == l || strings.HasPrefix(s, l+" "))
}

// setField sets field f of record e from text s, and reports a text that
// does not fit.
func (r *reader) setField(e reflect.Value, f fieldInfo, s, path string, loc Location) {
	fv, err := e.FieldByIndexErr(f.index)
	if err != nil {
		return
	}
	if what, ok := setScalar(fv, s); !ok {
		r.add(codeCellInvalid, path+"."+f.name, phase.SeverityWarning, msgCellInvalid(s, what), loc)
	}
}

// setTitled fills record e from a title and a text, as a sub-heading or a
// list item gives them: the title into its first field (or its first text
// field, when the title does not fit the first), the text into the next
// text field.
func (r *reader) setTitled(e reflect.Value, title, body, path string, loc Location) {
	fs := r.fieldsOf(e.Type())
	at := -1
	if len(fs) > 0 && title != "" {
		fv, _ := e.FieldByIndexErr(fs[0].index)
		if _, ok := setScalar(fv, title); ok {
			at = 0
		} else {
			fv.SetZero()
		}
	}
	if at < 0 {
		for i, f := range fs {
			if f.typ.Kind() == reflect.String {
				fv, _ := e.FieldByIndexErr(f.index)
				fv.SetString(title)
				at = i
				break
			}
		}
	}
	if body == "" {
		return
	}
	for _, f := range fs[at+1:] {
		if f.typ.Kind() == reflect.String {
			fv, _ := e.FieldByIndexErr(f.index)
			fv.SetString(body)
			return
		}
	}
	// No text field after the title's: the text follows the title.
	if at >= 0 && fs[at].typ.Kind() == reflect.String {
		fv, _ := e.FieldByIndexErr(fs[at].index)
		fv.SetString(strings.TrimSpace(fv.String() + "\n\n" + body))
	}
}

// splitItem splits a list item "Name: description" (or "Name – …") into
// its name and its description, when the name is short; else the item is
// a name.
func splitItem(s string) (string, string) {
	for _, sep := range []string{": ", " – ", " — ", " - "} {
		if i := strings.Index(s, sep); i > 0 {
			name := strings.TrimSpace(s[:i])
			if len(strings.Fields(name)) <= 8 {
				return name, strings.TrimSpace(s[i+len(sep):])
			}
		}
	}
	return s, ""
}

// fillList fills a list of records from the tables' rows, the list items
// and the sub-headings; the template's own sub-sections give their tables
// and list items. What is neither is returned.
func (r *reader) fillList(v reflect.Value, path string, h *holder) rest {
	v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	var left rest
	left.own = r.listBlocks(v, path, &h.own)
	for _, u := range h.parts {
		if u.section {
			if bs := r.listBlocks(v, path, u); len(bs) > 0 {
				left.parts = append(left.parts, &unit{title: u.title, loc: u.loc, path: u.path, blocks: bs, section: true})
			}
			continue
		}
		e := reflect.New(v.Type().Elem()).Elem()
		ep := path + "[" + strconv.Itoa(v.Len()) + "]"
		r.setTitled(e, r.cleanText(u.title), r.render(u.blocks), ep, u.loc)
		r.appendElem(v, ep, e, u.loc)
	}
	return left
}

func (r *reader) appendElem(v reflect.Value, path string, e reflect.Value, loc Location) {
	v.Set(reflect.Append(v, e))
	r.locs[path] = loc
}

// listBlocks adds to list v the records u's tables and list items give,
// and returns its other blocks. A list item nested under another adds to
// that one's text.
func (r *reader) listBlocks(v reflect.Value, path string, u *unit) []outl.Block {
	var left []outl.Block
	last, base := -1, 0
	for i := 0; i < len(u.blocks); i++ {
		b := u.blocks[i]
		switch b.Kind {
		case outl.Table:
			j := r.tableRun(u.blocks, i)
			if ok, grid := r.budgetGrid(v, path, u, u.blocks[i:j]); !ok && (grid || !r.tableInto(v, path, u, u.blocks[i:j])) {
				left = append(left, u.blocks[i:j]...)
			}
			i = j - 1
			last = -1
		case outl.ListItem:
			loc := locationOf(u.path, b.Loc)
			if last >= 0 && b.Level > base {
				e := v.Index(last)
				r.appendText(e, "- "+b.Text)
				continue
			}
			e := reflect.New(v.Type().Elem()).Elem()
			ep := path + "[" + strconv.Itoa(v.Len()) + "]"
			name, desc := splitItem(b.Text)
			r.setTitled(e, name, desc, ep, loc)
			r.appendElem(v, ep, e, loc)
			last, base = v.Len()-1, b.Level
		default:
			last = -1
			if b.Kind == outl.Paragraph && r.info.body[fold(b.Text)] {
				continue // the template's own text («Alle tall i mill. NOK …»), no record
			}
			left = append(left, b)
		}
	}
	return left
}

// appendText adds a line to the text field of record e that follows its
// first field.
func (r *reader) appendText(e reflect.Value, line string) {
	fs := r.fieldsOf(e.Type())
	for _, f := range fs[min(1, len(fs)):] {
		if f.typ.Kind() == reflect.String {
			fv, _ := e.FieldByIndexErr(f.index)
			s := fv.String()
			if s != "" {
				s += "\n"
			}
			fv.SetString(s + line)
			return
		}
	}
}

// tableRun returns the end of the run of tables that starts at i and
// makes one table: the tables after the first continue it when they have
// as many columns and start with a row of data, or with the first's
// header again (a text export breaks a table at blank lines and pages).
func (r *reader) tableRun(blocks []outl.Block, i int) int {
	j := i + 1
	for j < len(blocks) && blocks[j].Kind == outl.Table && len(blocks[j].Rows) > 0 &&
		width(blocks[j].Rows) == width(blocks[i].Rows) &&
		(!headerRow(blocks[j].Rows[0]) || sameRow(blocks[j].Rows[0], blocks[i].Rows[0])) {
		j++
	}
	return j
}

func width(rows [][]string) int {
	w := 0
	for _, row := range rows {
		w = max(w, len(row))
	}
	return w
}

// headerRow reports whether a table's first row is a header: each cell
// that holds text reads as a column title (at most ten words, not a
// sentence ending in a full stop; a question is a title: "Vil kunne
// påvirke prosjektet, på hvilken måte?"), and one cell at least does.
func headerRow(row []string) bool {
	n := 0
	for _, c := range row {
		c = strings.TrimSpace(c)
		if c == "" {
			continue
		}
		n++
		last, _ := utf8.DecodeLastRuneInString(c)
		if len(strings.Fields(c)) > 10 || utf8.RuneCountInString(c) > 100 || strings.ContainsRune(".!", last) && !strings.HasSuffix(c, "..") {
			return false
		}
	}
	return n > 0
}

// columnTitles returns the titles of the columns of records with fields
// fs, the list at path, in bokmål and nynorsk, as headingKey makes them.
func (r *reader) columnTitles(path string, fs []fieldInfo) map[string]bool {
	titles := map[string]bool{}
	for _, f := range fs {
		t := titleOf(r.template, path+"."+f.name)
		titles[headingKey(t.NB)], titles[headingKey(t.NN)] = true, true
	}
	delete(titles, "")
	return titles
}

// titledRow reports whether most of a row's cells that hold text are
// column titles: a header row that headerRow does not know by its form
// («Nr.», or Digdir's longest titles).
func titledRow(row []string, titles map[string]bool) bool {
	n, hit := 0, 0
	for _, c := range row {
		if strings.TrimSpace(c) == "" {
			continue
		}
		n++
		if titles[headingKey(c)] {
			hit++
		}
	}
	return n > 0 && 2*hit > n
}

// totalWords are the words that head a computed total, folded.
var totalWords = []string{"sum", "total", "totalt"}

// totalRow reports whether a row is a computed total: a cell that is one
// of totalWords ("SUM", "Total").
func totalRow(row []string) bool {
	for _, c := range row {
		if len(c) <= 12 && slices.Contains(totalWords, fold(c)) {
			return true
		}
	}
	return false
}

// tableRow is a row of a table run, with its location.
type tableRow struct {
	cells []string
	loc   Location
}

// rows returns the header and the data rows of a table run.
func (r *reader) rows(u *unit, run []outl.Block, titles map[string]bool) ([]string, []tableRow) {
	var header []string
	var rows []tableRow
	for ti, b := range run {
		for ri, row := range b.Rows {
			if ti == 0 && ri == 0 && (headerRow(row) || titledRow(row, titles)) {
				header = row
				continue
			}
			if rowBlank(row) || totalRow(row) || header != nil && sameRow(row, header) {
				continue
			}
			rows = append(rows, tableRow{cells: row, loc: locationOf(u.path, b.RowLocation(ri))})
		}
	}
	return header, rows
}

// columns maps a table's columns to the fields of a record: by the titles
// the section tables give the fields (a column whose header is a field's
// title), the others in order to the fields left. -1 marks a column that
// no field takes.
func (r *reader) columns(path string, fs []fieldInfo, header []string, w int) []int {
	cols := make([]int, w)
	taken := make([]bool, len(fs))
	for ci := range cols {
		cols[ci] = -1
		if ci >= len(header) || header[ci] == "" {
			continue
		}
		h := headingKey(header[ci])
		for fi, f := range fs {
			t := titleOf(r.template, path+"."+f.name)
			if !taken[fi] && (h == headingKey(t.NB) || t.NN != "" && h == headingKey(t.NN)) {
				cols[ci], taken[fi] = fi, true
				break
			}
		}
	}
	next := 0
	for ci := range cols {
		if cols[ci] >= 0 {
			continue
		}
		for next < len(fs) && taken[next] {
			next++
		}
		if next < len(fs) {
			cols[ci], taken[next] = next, true
		}
	}
	return cols
}

// tableInto adds the rows of a table run to list v, a record each, and
// reports whether the table fits the records (no column with text left
// over).
func (r *reader) tableInto(v reflect.Value, path string, u *unit, run []outl.Block) bool {
	elem := v.Type().Elem()
	fs := r.fieldsOf(elem)
	header, rows := r.rows(u, run, r.columnTitles(path, fs))
	w := width(run[0].Rows)
	cols := r.columns(path, fs, header, w)
	for _, row := range rows {
		for ci, c := range row.cells {
			if ci >= len(cols) || cols[ci] < 0 && strings.TrimSpace(c) != "" {
				return false
			}
		}
	}
	for _, row := range rows {
		e := reflect.New(elem).Elem()
		ep := path + "[" + strconv.Itoa(v.Len()) + "]"
		for ci, c := range row.cells {
			if ci < len(cols) && cols[ci] >= 0 {
				r.setField(e, fs[cols[ci]], r.cellText(c), ep, row.loc)
			}
		}
		r.appendElem(v, ep, e, row.loc)
	}
	return true
}

// fillRecord fills a single record, such as the recommended concept: from
// its one sub-heading (title and text), else from a first line that reads
// as a title followed by text, else the text alone into its second text
// field. A table of one row fills it too.
func (r *reader) fillRecord(v reflect.Value, path string, h *holder) rest {
	var left rest
	own := h.own.blocks
	var subs []*unit
	for _, u := range h.parts {
		if u.section {
			left.parts = append(left.parts, u)
		} else {
			subs = append(subs, u)
		}
	}
	title, body := "", ""
	switch {
	case len(own) == 0 && len(subs) >= 1:
		title, body = r.cleanText(subs[0].title), r.render(subs[0].blocks)
		left.parts = append(left.parts, subs[1:]...)
	case len(own) == 1 && own[0].Kind == outl.Table:
		fs := r.fieldsOf(v.Type())
		header, rows := r.rows(&h.own, own, r.columnTitles(path, fs))
		if len(rows) == 1 {
			cols := r.columns(path, fs, header, width(own[0].Rows))
			for ci, c := range rows[0].cells {
				if ci < len(cols) && cols[ci] >= 0 {
					r.setField(v, fs[cols[ci]], r.cellText(c), path, rows[0].loc)
				}
			}
			left.parts = append(left.parts, subs...)
			return left
		}
		fallthrough
	default:
		if len(own) > 1 && own[0].Kind == outl.Paragraph && titleLike(own[0].Text) {
			title, own = own[0].Text, own[1:]
		}
		body = r.render(own)
		left.parts = append(left.parts, subs...)
	}
	if title == "" {
		// The text alone: into the field a title's text goes to.
		fs := r.fieldsOf(v.Type())
		strs := 0
		for _, f := range fs {
			if f.typ.Kind() == reflect.String {
				if strs++; strs == 2 || strs == 1 && len(fs) == 1 {
					fv, _ := v.FieldByIndexErr(f.index)
					fv.SetString(body)
					return left
				}
			}
		}
		if body != "" {
			left.own = append(left.own, h.own.blocks...)
		}
		return left
	}
	r.setTitled(v, title, body, path, h.loc)
	return left
}

// fillStruct fills a struct of fields: its tables into its lists of
// records (the list whose column titles the header matches, else the next
// one not yet filled), its prose and sub-headings into its first Section
// that has no title of its own (an introduction), whose fields with titles
// of their own have headings of their own.
func (r *reader) fillStruct(v reflect.Value, path string, h *holder) rest {
	var left rest
	var prose reflect.Value
	var lists []fieldInfo
	for _, f := range r.fieldsOf(v.Type()) {
		key := path + "." + f.name
		if !titleOf(r.template, key).IsZero() || r.isKey(key) {
			continue
		}
		switch {
		case f.typ == rtSection && !prose.IsValid():
			prose, _ = v.FieldByIndexErr(f.index)
		case f.typ.Kind() == reflect.Slice && r.isRecord(f.typ.Elem()):
			lists = append(lists, f)
		}
	}
	used := map[int]bool{}
	var text []outl.Block
	blocks := h.own.blocks
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.Kind != outl.Table || len(lists) == 0 {
			text = append(text, b)
			continue
		}
		j := r.tableRun(blocks, i)
		li := r.pickList(path, lists, used, blocks[i].Rows[0])
		lv, _ := v.FieldByIndexErr(lists[li].index)
		before := lv.Len()
		if !r.tableIntoAppend(lv, path+"."+lists[li].name, &h.own, blocks[i:j]) {
			text = append(text, blocks[i:j]...)
		} else if lv.Len() > before {
			used[li] = true
		}
		i = j - 1
	}
	if !prose.IsValid() {
		left.own = text
		left.parts = h.parts
		return left
	}
	sec := Section{Text: r.render(text)}
	sec.Parts = r.parts(path+"."+r.nameOf(v.Type(), prose), h, h.parts)
	prose.Set(reflect.ValueOf(sec))
	return left
}

// tableIntoAppend is tableInto for a list that may hold rows already.
func (r *reader) tableIntoAppend(v reflect.Value, path string, u *unit, run []outl.Block) bool {
	if v.IsNil() {
		v.Set(reflect.MakeSlice(v.Type(), 0, 0))
	}
	return r.tableInto(v, path, u, run)
}

// pickList returns the list a table with this first row goes to: the one
// whose titles (the list's and its columns') the row's cells match most,
// else the first one not yet used, else the last.
func (r *reader) pickList(path string, lists []fieldInfo, used map[int]bool, first []string) int {
	best, bestScore := -1, 0
	for li, l := range lists {
		key := path + "." + l.name
		titles := map[string]bool{}
		for _, t := range []phase.Text{titleOf(r.template, key)} {
			titles[headingKey(t.NB)], titles[headingKey(t.NN)] = true, true
		}
		for _, f := range r.fieldsOf(l.typ.Elem()) {
			t := titleOf(r.template, key+"."+f.name)
			titles[headingKey(t.NB)], titles[headingKey(t.NN)] = true, true
		}
		delete(titles, "")
		score := 0
		for _, c := range first {
			if titles[headingKey(c)] {
				score++
			}
		}
		if score > bestScore {
			best, bestScore = li, score
		}
	}
	if best >= 0 {
		return best
	}
	for li := range lists {
		if !used[li] {
			return li
		}
	}
	return len(lists) - 1
}

// nameOf returns the JSON name of field fv of struct type t.
func (r *reader) nameOf(t reflect.Type, fv reflect.Value) string {
	for _, f := range r.fieldsOf(t) {
		if f.typ == fv.Type() {
			return f.name
		}
	}
	return ""
}

// isKey reports whether key is a candidate's key: a field with a heading
// of its own.
func (r *reader) isKey(key string) bool {
	for _, c := range r.cands {
		if c.key == key {
			return true
		}
	}
	return false
}

// keep keeps what no field holds in Header.Extra: a heading that opens no
// section (info heading_unknown), a template section without a key or
// content its field cannot hold (warning content_unmapped).
func (r *reader) keep(h *holder, left rest) {
	sec := Section{Text: r.render(left.own)}
	var ps []Part
	for _, u := range left.parts {
		text := r.render(u.blocks)
		if text == "" && !u.authored() {
			continue
		}
		ps = append(ps, Part{Title: r.cleanText(u.title), Text: text})
	}
	sec.Parts = ps
	if sec.Text == "" && len(sec.Parts) == 0 && (h.cand >= 0 || h.own.had > 0) {
		return // nothing of the author's
	}
	path := "header.extra[" + strconv.Itoa(len(r.header.Extra)) + "]"
	r.header.Extra = append(r.header.Extra, ExtraSection{Heading: r.cleanText(h.title), Level: h.level, Section: sec})
	r.locs[path] = h.loc
	for i, u := range left.parts {
		r.locs[path+".section.parts["+strconv.Itoa(i)+"]"] = u.loc
	}
	if h.cand < 0 {
		r.add(codeHeadingUnknown, path, phase.SeverityInfo, msgHeadingUnknownIn(h.title, whereExtra), h.loc)
		return
	}
	r.add(codeContentUnmapped, path, phase.SeverityWarning, msgContentUnmapped(h.title), h.loc)
}

// missing reports the template's sections that have no heading, at the
// place they would have been: after the nearest section before them that
// has one.
func (r *reader) missing() {
	for i, c := range r.cands {
		if r.used[i] || c.instructions || c.field {
			continue
		}
		var loc Location
		for j := i - 1; j >= 0; j-- {
			if r.used[j] && !r.found[j].IsZero() {
				loc = r.found[j]
				break
			}
		}
		sev := phase.SeverityInfo
		if c.key != "" && c.required {
			sev = phase.SeverityError
		}
		if c.key != "" {
			if _, ok := r.locs[c.key]; !ok && !loc.IsZero() {
				r.locs[c.key] = loc
			}
		}
		r.add(codeSectionMissing, c.key, sev, msgSectionMissing(c.title), loc)
	}
}

// finish puts the header read into the document.
func (r *reader) finish() {
	hv, ok := valueAtWith(r.fieldsOf, r.value, "header")
	if !ok || hv.Type() != reflect.TypeFor[Header]() {
		return
	}
	h := r.header
	h.Status = StatusDraft
	h.TemplateVersion = r.version.version
	hv.Set(reflect.ValueOf(h))
}
