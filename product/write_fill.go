package product

import (
	"fmt"
	"path"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
	"github.com/digitale-helgeland/veiviser/phase"
)

// filler decides what Write replaces in one template's main part. It is
// used once.
type filler struct {
	s      *scanned
	styles map[string]ooxml.Style
	lang   phase.Language
	t      Template
	tv     templateVersion
	keys   map[string]bool // the keys of tv's sections

	defStyle  string         // the default paragraph style
	headStyle map[int]string // heading level → paragraph style
	listStyle string         // list paragraphs' style, "" for none
	listNum   string         // their bulleted numbering, "" for the style's own
	listSeen  bool           // listStyle and listNum are known
	pkg       *ooxml.Package // the template, for its numbering
	docPart   string         // the main part's name
	width     int            // text width in twentieths of a point

	edits []edit
	done  map[*xnode]bool // paragraphs rewritten in place
}

// docHeading is a heading of the template's body.
type docHeading struct {
	idx   int // index in the body's children
	n     *xnode
	level int
	text  string
}

// newFiller returns a filler for the scanned main part s with the
// template's styles, writing version tv of template t in language l.
func newFiller(s *scanned, styles map[string]ooxml.Style, l phase.Language, t Template, tv templateVersion) *filler {
	f := &filler{s: s, styles: styles, lang: l, t: t, tv: tv, keys: map[string]bool{}, headStyle: map[int]string{},
		width: 9638} // A4 with margins of 2 cm, until the body's section properties say otherwise
	for _, sec := range tv.sections {
		if sec.key != "" {
			f.keys[sec.key] = true
		}
	}
	ids := make([]string, 0, len(styles))
	for id := range styles {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		st := styles[id]
		if st.Type != "paragraph" {
			continue
		}
		if st.Default && f.defStyle == "" {
			f.defStyle = id
		}
		if st.Heading > 0 && !st.TOC {
			named := strings.EqualFold(st.Name, "heading "+strconv.Itoa(st.Heading))
			if cur, ok := f.headStyle[st.Heading]; !ok || named && !strings.EqualFold(styles[cur].Name, "heading "+strconv.Itoa(st.Heading)) {
				f.headStyle[st.Heading] = id
			}
		}
		if strings.EqualFold(st.Name, "List Paragraph") {
			f.listStyle = id
		}
	}
	if sect := lastSectPr(s.body); sect != nil {
		pg, mar := sect.child("pgSz"), sect.child("pgMar")
		if pg != nil && mar != nil {
			w, _ := strconv.Atoi(pg.attr("w"))
			l, _ := strconv.Atoi(mar.attr("left"))
			r, _ := strconv.Atoi(mar.attr("right"))
			if tw := w - l - r; tw >= 1440 && tw <= 31680 {
				f.width = tw
			}
		}
	}
	return f
}

// lastSectPr returns the body's own section properties.
func lastSectPr(body *xnode) *xnode {
	if len(body.kids) > 0 && body.kids[len(body.kids)-1].isW("sectPr") {
		return body.kids[len(body.kids)-1]
	}
	return nil
}

// lists finds how the template writes a bulleted list: the paragraph
// style and bullet numbering most used by its body's list paragraphs at
// the first level, paragraphs in the style «List Paragraph» first; when the
// body has none, «List Paragraph» with the template's first bullet
// numbering. Without either, list paragraphs are written in a «List
// Bullet» style if the template has one, else as plain paragraphs keeping
// the "- ".
//
// It runs once, when the first list paragraph is written.
func (f *filler) lists() {
	if f.listSeen {
		return
	}
	f.listSeen = true
	bullets := map[string]bool{}
	if f.pkg == nil {
		return
	}
	if b, err := f.pkg.Part(path.Join(path.Dir(f.docPart), "numbering.xml")); err == nil {
		if ns, err := scan(b, ooxml.DefaultMaxDepth); err == nil {
			abstract := map[string]bool{}
			for _, k := range ns.root.kids {
				if k.isW("abstractNum") {
					for _, lvl := range k.kids {
						if lvl.isW("lvl") && lvl.attr("ilvl") == "0" {
							if nf := lvl.child("numFmt"); nf != nil && nf.attr("val") == "bullet" {
								abstract[k.attr("abstractNumId")] = true
							}
						}
					}
				}
			}
			for _, k := range ns.root.kids {
				if k.isW("num") {
					if a := k.child("abstractNumId"); a != nil && abstract[a.attr("val")] {
						bullets[k.attr("numId")] = true
					}
				}
			}
		}
	}
	type use struct{ style, num string }
	count := map[use]int{}
	for _, k := range f.s.body.kids {
		if !k.isW("p") {
			continue
		}
		ppr := k.child("pPr")
		if ppr == nil {
			continue
		}
		num := ppr.child("numPr")
		if num == nil {
			continue
		}
		id := num.child("numId")
		if id == nil || !bullets[id.attr("val")] {
			continue
		}
		if lvl := num.child("ilvl"); lvl != nil && lvl.attr("val") != "0" {
			continue
		}
		u := use{num: id.attr("val")}
		if st := ppr.child("pStyle"); st != nil {
			u.style = st.attr("val")
		}
		if f.level(f.s.paraOf(k)) > 0 {
			continue
		}
		count[u]++
	}
	var best use
	better := func(u use) bool {
		if best.num == "" {
			return true
		}
		if a, b := u.style == f.listStyle, best.style == f.listStyle; a != b {
			return a
		}
		if count[u] != count[best] {
			return count[u] > count[best]
		}
		return u.style < best.style || u.style == best.style && numLess(u.num, best.num)
	}
	for u := range count {
		if better(u) {
			best = u
		}
	}
	if best.num != "" {
		f.listStyle, f.listNum = best.style, best.num
		return
	}
	if f.listStyle != "" && len(bullets) > 0 {
		for id := range bullets {
			if f.listNum == "" || numLess(id, f.listNum) {
				f.listNum = id
			}
		}
		return
	}
	f.listStyle = ""
	ids := make([]string, 0, len(f.styles))
	for id := range f.styles {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		if st := f.styles[id]; st.Type == "paragraph" && strings.EqualFold(st.Name, "List Bullet") {
			f.listStyle = id
			return
		}
	}
}

// numLess orders numbering IDs as numbers.
func numLess(a, b string) bool {
	x, _ := strconv.Atoi(a)
	y, _ := strconv.Atoi(b)
	return x < y || x == y && a < b
}

// level returns the heading level of paragraph p, 0 for body text and
// tables of contents.
func (f *filler) level(p paraInfo) int {
	id := p.style
	if id == "" {
		id = f.defStyle
	}
	st, defined := f.styles[id]
	if st.TOC {
		return 0
	}
	switch {
	case p.outline > 0:
		return p.outline
	case p.outline < 0:
		return 0
	case defined:
		return st.Heading
	}
	low := strings.ToLower(id)
	for _, prefix := range []string{"overskrift", "heading"} {
		if rest, ok := strings.CutPrefix(low, prefix); ok && len(rest) == 1 && rest[0] >= '1' && rest[0] <= '9' {
			return int(rest[0] - '0')
		}
	}
	return 0
}

// headings returns the headings of the body with text, in order.
func (f *filler) headings() []docHeading {
	var hs []docHeading
	for i, k := range f.s.body.kids {
		if !k.isW("p") {
			continue
		}
		p := f.s.paraOf(k)
		if lvl := f.level(p); lvl > 0 && strings.TrimSpace(p.text) != "" {
			hs = append(hs, docHeading{idx: i, n: k, level: lvl, text: p.text})
		}
	}
	return hs
}

// titleIn returns title t in the filler's language, bokmål where the
// language has none.
func (f *filler) titleIn(t phase.Text) string {
	if s := t.In(f.lang); s != "" {
		return s
	}
	return t.NB
}

// match pairs the template's headings with the table's sections: each
// heading takes the first section not yet taken whose title, normalised,
// equals its text, looking from the section after the last one matched
// and then from the start.
func (f *filler) match(hs []docHeading) map[int]*section {
	out := map[int]*section{}
	taken := make([]bool, len(f.tv.sections))
	next := 0
	for hi, h := range hs {
		norm := normalize(h.text)
		n := len(f.tv.sections)
		for j := range n {
			k := (next + j) % n
			sec := &f.tv.sections[k]
			if !taken[k] && normalize(f.titleIn(sec.title)) == norm {
				taken[k] = true
				out[hi] = sec
				next = k + 1
				break
			}
		}
	}
	return out
}

// fill decides every edit for document v (a struct) with header h.
func (f *filler) fill(v reflect.Value, h Header) error {
	hs := f.headings()
	front := len(f.s.body.kids)
	if len(hs) > 0 {
		front = hs[0].idx
	}
	if err := f.fillFront(f.s.body.kids[:front], h); err != nil {
		return err
	}
	matched := f.match(hs)
	written := map[string]bool{}
	at := -1 // where appended sections go: before the guidance chapter
	for hi, hd := range hs {
		sec := matched[hi]
		if sec == nil {
			continue
		}
		if sec.instructions {
			if at < 0 {
				at = hd.n.start
			}
			continue
		}
		if sec.key == "" || written[sec.key] {
			continue
		}
		written[sec.key] = true
		fv, err := fieldValueAt(v, sec.key)
		if err != nil {
			return err
		}
		if isBlankValue(fv) {
			continue
		}
		end := len(f.s.body.kids)
		if hi+1 < len(hs) {
			end = hs[hi+1].idx
		}
		r := &region{kids: f.s.body.kids[hd.idx+1 : end]}
		x := newXW(f.s.wPrefix)
		if err := f.render(x, r, fv, sec.key, hd.level); err != nil {
			return err
		}
		f.clear(r)
		f.edits = append(f.edits, edit{start: hd.n.end, end: hd.n.end, data: x.b.Bytes()})
	}
	if at < 0 {
		at = f.s.body.close
		if sect := lastSectPr(f.s.body); sect != nil {
			at = sect.start
		}
	}
	if err := f.orphans(v, hs, matched, written, at); err != nil {
		return err
	}
	x := newXW(f.s.wPrefix)
	if err := f.unheaded(x, v); err != nil {
		return err
	}
	for i, e := range h.Extra {
		p := "header.extra[" + strconv.Itoa(i) + "]"
		if err := f.heading(x, max(e.Level, 1), p+".heading", e.Heading); err != nil {
			return err
		}
		if err := f.render(x, nil, reflect.ValueOf(e.Section), p+".section", max(e.Level, 1)); err != nil {
			return err
		}
	}
	if x.b.Len() > 0 {
		f.edits = append(f.edits, edit{start: at, end: at, data: x.b.Bytes()})
	}
	return nil
}

// orphans writes the sections of the table whose heading the template
// lacks (a caller's template whose author reworded or removed it) where
// they belong: after the subtree of the nearest section before them that
// the template has, under their own heading and, when the template lacks
// it too, their chapter's; never after the guidance chapter, which starts
// at offset at.
func (f *filler) orphans(v reflect.Value, hs []docHeading, matched map[int]*section, written map[string]bool, at int) error {
	headingOf := map[*section]int{}
	for hi, sec := range matched {
		headingOf[sec] = hi
	}
	emitted := map[int]bool{}
	secs := f.tv.sections
	for k := range secs {
		sec := &secs[k]
		if _, ok := headingOf[sec]; ok || sec.key == "" || written[sec.key] || sec.instructions {
			continue
		}
		written[sec.key] = true
		fv, err := fieldValueAt(v, sec.key)
		if err != nil {
			return err
		}
		if isBlankValue(fv) {
			continue
		}
		pos := at
		if len(hs) > 0 {
			pos = min(at, hs[0].n.start)
		}
		for j := k - 1; j >= 0; j-- {
			if hj, ok := headingOf[&secs[j]]; ok {
				pos = at
				for _, h := range hs[hj+1:] {
					if h.level <= sec.level {
						pos = min(at, h.n.start)
						break
					}
				}
				break
			}
		}
		x := newXW(f.s.wPrefix)
		var parents []int // chapters the template lacks, innermost first
		for j, lvl := k-1, sec.level; j >= 0 && lvl > 1; j-- {
			if secs[j].level >= lvl {
				continue
			}
			lvl = secs[j].level
			if _, ok := headingOf[&secs[j]]; ok || emitted[j] {
				break
			}
			parents = append(parents, j)
		}
		for i := len(parents) - 1; i >= 0; i-- {
			j := parents[i]
			emitted[j] = true
			if err := f.heading(x, secs[j].level, "", f.titleIn(secs[j].title)); err != nil {
				return err
			}
		}
		if err := f.heading(x, sec.level, "", f.titleIn(sec.title)); err != nil {
			return err
		}
		if err := f.render(x, nil, fv, sec.key, sec.level); err != nil {
			return err
		}
		emitted[k] = true
		f.edits = append(f.edits, edit{start: pos, end: pos, data: x.b.Bytes()})
	}
	return nil
}

// unheaded writes the fields of v that no section of the table holds,
// each under a heading of its own titled by the type's field titles.
func (f *filler) unheaded(x *xw, v reflect.Value) error {
	var walk func(v reflect.Value, prefix string) error
	walk = func(v reflect.Value, prefix string) error {
		for _, fd := range jsonFields(v.Type()) {
			p := joinKey(prefix, fd.name)
			if p == "header" || f.keys[p] {
				continue
			}
			fv, err := v.FieldByIndexErr(fd.index)
			if err != nil {
				continue // a nil embedded pointer: nothing to write
			}
			if f.hasKeyUnder(p) {
				if fv = derefValue(fv); fv.Kind() == reflect.Struct {
					if err := walk(fv, p); err != nil {
						return err
					}
				}
				continue
			}
			if isBlankValue(fv) {
				continue
			}
			title, lvl := f.fieldTitle(p, fd.name), 1
			if sec, ok := otherSection(f.t, f.tv.version, p); ok {
				title, lvl = f.titleIn(sec.title), sec.level
			} else if title == fd.name {
				// A group of fields with no title of its own (the
				// mandate's conceptPhase.results, whose parts version 4.0
				// titles): its fields under their own headings.
				if dv := derefValue(fv); dv.Kind() == reflect.Struct {
					if err := walk(dv, p); err != nil {
						return err
					}
					continue
				}
			}
			if err := f.heading(x, lvl, "", title); err != nil {
				return err
			}
			if err := f.render(x, nil, fv, p, lvl); err != nil {
				return err
			}
		}
		return nil
	}
	return walk(v, "")
}

// otherSection returns the section with key of a version of template t
// other than version (see otherSections): where a field the version at
// hand has no section for is written, under that section's title and at
// its level, so that Read finds it again.
func otherSection(t Template, version, key string) (section, bool) {
	for _, s := range otherSections(t, version) {
		if s.key == key {
			return s, true
		}
	}
	return section{}, false
}

// hasKeyUnder reports whether a section's key lies below path p.
func (f *filler) hasKeyUnder(p string) bool {
	for k := range f.keys {
		if strings.HasPrefix(k, p+".") {
			return true
		}
	}
	return false
}

// fieldTitle returns the title of the field at key in the language, or
// name when the tables give it none.
func (f *filler) fieldTitle(key, name string) string {
	if t := titleOf(f.t, key); !t.IsZero() {
		return f.titleIn(t)
	}
	return name
}

// heading writes a heading of level lvl (1–9) with text s, checked as the
// field at path p.
func (f *filler) heading(x *xw, lvl int, p, s string) error {
	if err := checkText(s); err != nil {
		return &phase.PathError{Op: "write", Path: p, Err: err}
	}
	lvl = min(max(lvl, 1), 9)
	style, ok := f.headStyle[lvl]
	for l := lvl; !ok && l > 1; {
		l--
		style, ok = f.headStyle[l]
	}
	x.tag("p", false)
	x.tag("pPr", false)
	if style != "" {
		x.empty("pStyle", style)
	}
	if f.styles[style].Heading != lvl {
		x.empty("outlineLvl", strconv.Itoa(lvl-1))
	}
	x.tag("pPr", true)
	x.run(nil, strings.TrimSpace(strings.ReplaceAll(lineBreaks(s), "\n", " ")))
	x.tag("p", true)
	return nil
}

// region is the part of the body under one heading of the template: what
// the writer replaces and the tables it may fill.
type region struct {
	kids []*xnode
	used map[*xnode]bool // tables filled or replaced
}

// nextTable returns the first table of r not yet used, or nil.
func (r *region) nextTable() *xnode {
	if r == nil {
		return nil
	}
	for _, k := range r.kids {
		if k.isW("tbl") && !r.used[k] {
			return k
		}
	}
	return nil
}

// use marks table t as filled or replaced.
func (r *region) use(t *xnode) {
	if r.used == nil {
		r.used = map[*xnode]bool{}
	}
	r.used[t] = true
}

// clear removes from the region what the written section replaces:
// every paragraph with text or a drawing (guidance and sample text), save
// one holding section properties, keeping its bookmarks, and every table
// (those filled, written anew in their place, and the template's example
// and form tables, whose content the document does not hold: left in, they
// would read back as part of the answer). Empty paragraphs stay.
func (f *filler) clear(r *region) {
	for _, k := range r.kids {
		switch {
		case k.isW("tbl"):
			f.edits = append(f.edits, edit{start: k.start, end: k.end})
		case k.isW("p"):
			p := f.s.paraOf(k)
			if p.sectPr || strings.TrimSpace(p.text) == "" && !p.drawing {
				continue
			}
			f.edits = append(f.edits, edit{start: k.start, end: k.end, data: f.markers(k)})
		}
	}
}

// markers returns the bookmarks and comment ranges directly in paragraph
// n, which stay in the body when the paragraph goes.
func (f *filler) markers(n *xnode) []byte {
	var b []byte
	for _, k := range n.kids {
		if k.isW("bookmarkStart") || k.isW("bookmarkEnd") || k.isW("commentRangeStart") || k.isW("commentRangeEnd") {
			b = append(b, f.s.bytesOf(k)...)
		}
	}
	return b
}

// text writes s, the field at path p, as paragraphs: see Write.
func (f *filler) text(x *xw, p, s string) error {
	if err := checkText(s); err != nil {
		return &phase.PathError{Op: "write", Path: p, Err: err}
	}
	for _, block := range strings.Split(lineBreaks(s), "\n\n") {
		if strings.TrimSpace(block) == "" {
			continue
		}
		var plain []string
		flush := func() {
			if len(plain) > 0 {
				x.styledPara("", "", strings.Join(plain, "\n"))
				plain = plain[:0]
			}
		}
		for _, line := range strings.Split(block, "\n") {
			item, ok := strings.CutPrefix(line, "- ")
			if ok {
				f.lists()
			}
			if !ok || f.listStyle == "" {
				plain = append(plain, line)
				continue
			}
			flush()
			x.styledPara(f.listStyle, f.listNum, item)
		}
		flush()
	}
	return nil
}

// item writes one list item.
func (f *filler) item(x *xw, p, s string) error {
	if err := checkText(s); err != nil {
		return &phase.PathError{Op: "write", Path: p, Err: err}
	}
	s = lineBreaks(s)
	f.lists()
	if f.listStyle == "" {
		x.styledPara("", "", "- "+s)
		return nil
	}
	x.styledPara(f.listStyle, f.listNum, s)
	return nil
}

var sectionRType = reflect.TypeFor[Section]()

// render writes value v, the field at path p, under a heading of level lvl;
// r is the template's region under that heading, nil for a heading the
// writer made. See Write for the forms.
func (f *filler) render(x *xw, r *region, v reflect.Value, p string, lvl int) error {
	v = derefValue(v)
	if !v.IsValid() {
		return nil
	}
	switch {
	case v.Type() == sectionRType:
		sec := v.Interface().(Section)
		if err := f.text(x, joinKey(p, "text"), sec.Text); err != nil {
			return err
		}
		for i, part := range sec.Parts {
			pp := joinKey(p, "parts["+strconv.Itoa(i)+"]")
			if err := f.heading(x, lvl+1, pp+".title", part.Title); err != nil {
				return err
			}
			if err := f.text(x, pp+".text", part.Text); err != nil {
				return err
			}
		}
		return nil
	case isScalarType(v.Type()):
		s, err := f.scalar(v, p)
		if err != nil {
			return err
		}
		return f.text(x, p, s)
	case v.Kind() == reflect.Slice || v.Kind() == reflect.Array:
		et := v.Type().Elem()
		for et.Kind() == reflect.Pointer {
			et = et.Elem()
		}
		switch {
		case et.Kind() == reflect.Struct && et != sectionRType && !isScalarType(et):
			return f.table(x, r, v, p)
		case isScalarType(et):
			for i := range v.Len() {
				s, err := f.scalar(derefValue(v.Index(i)), p+"["+strconv.Itoa(i)+"]")
				if err != nil {
					return err
				}
				if strings.TrimSpace(s) == "" {
					continue
				}
				if err := f.item(x, p+"["+strconv.Itoa(i)+"]", s); err != nil {
					return err
				}
			}
			return nil
		}
	case isRecord(v.Type()):
		return f.record(x, r, v, p, lvl)
	case v.Kind() == reflect.Struct:
		for _, fd := range jsonFields(v.Type()) {
			fp := joinKey(p, fd.name)
			if f.keys[fp] {
				continue // written under its own heading
			}
			fv, err := v.FieldByIndexErr(fd.index)
			if err != nil || isBlankValue(fv) {
				continue
			}
			if fd.name == "intro" || fd.name == "text" || isRecordList(fv.Type()) {
				if err := f.render(x, r, fv, fp, lvl); err != nil {
					return err
				}
				continue
			}
			if err := f.heading(x, lvl+1, "", f.fieldTitle(fp, fd.name)); err != nil {
				return err
			}
			if err := f.render(x, r, fv, fp, lvl+1); err != nil {
				return err
			}
		}
		return nil
	}
	s, err := jsonText(v, p)
	if err != nil {
		return err
	}
	return f.text(x, p, s)
}

// isRecord reports whether t is a record: a struct, not a Section, of
// values each written as one text, one of them a string (a Concept, a
// Milestone). The reader takes the same for a record.
func isRecord(t reflect.Type) bool {
	if t.Kind() != reflect.Struct || t == sectionRType || isScalarType(t) {
		return false
	}
	strs := 0
	for _, fd := range jsonFields(t) {
		ft := t.FieldByIndex(fd.index).Type
		if !isScalarType(ft) {
			return false
		}
		if ft.Kind() == reflect.String {
			strs++
		}
	}
	return strs > 0
}

// record writes the record v, the field at path p, under a heading of
// level lvl: a record of two texts (a name and what it means, such as the
// recommended Concept) as a heading one level down with the text under
// it, as authors write it; any other as a table of one row.
func (f *filler) record(x *xw, r *region, v reflect.Value, p string, lvl int) error {
	fs := jsonFields(v.Type())
	if len(fs) == 2 && v.Type().FieldByIndex(fs[0].index).Type.Kind() == reflect.String &&
		v.Type().FieldByIndex(fs[1].index).Type.Kind() == reflect.String {
		title, text := v.FieldByIndex(fs[0].index).String(), v.FieldByIndex(fs[1].index).String()
		if strings.TrimSpace(title) != "" && !strings.ContainsAny(strings.TrimSpace(lineBreaks(title)), "\n") {
			if err := f.heading(x, lvl+1, joinKey(p, fs[0].name), title); err != nil {
				return err
			}
			return f.text(x, joinKey(p, fs[1].name), text)
		}
	}
	one := reflect.MakeSlice(reflect.SliceOf(v.Type()), 1, 1)
	one.Index(0).Set(v)
	return f.tableOf(x, r, one, p, false)
}

// isRecordList reports whether t is a list of records, which the writer
// makes a table.
func isRecordList(t reflect.Type) bool {
	if t.Kind() != reflect.Slice && t.Kind() != reflect.Array {
		return false
	}
	et := t.Elem()
	for et.Kind() == reflect.Pointer {
		et = et.Elem()
	}
	return et.Kind() == reflect.Struct && et != sectionRType && !isScalarType(et)
}

// joinKey joins a JSON path and a field name.
func joinKey(p, name string) string {
	if p == "" {
		return name
	}
	return p + "." + name
}

// errKey reports a section key that names no field: a fault of the
// section table, which TestSectionKeys guards against.
func errKey(key string) error {
	return &phase.PathError{Op: "write", Path: key, Err: fmt.Errorf("the section table's key names no field of the document")}
}
