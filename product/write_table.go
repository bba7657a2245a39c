package product

import (
	"reflect"
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
)

// Tables: a list of records fills a table of the template, or becomes a
// new one; the change log and distribution log fill the template's own.

// column is a column of a record table: a field of the record type.
type column struct {
	name  string // JSON name
	title string // in the filler's language
	index []int
}

// columns returns the columns of records of type et, the list at path p.
func (f *filler) columns(et reflect.Type, p string) []column {
	var cols []column
	for _, fd := range jsonFields(et) {
		cols = append(cols, column{name: fd.name, title: f.fieldTitle(joinKey(p, fd.name), fd.name), index: fd.index})
	}
	return cols
}

// table writes the list of records v, the field at path p, filling the
// next table of region r when it takes every column, else as a new table
// in its place.
func (f *filler) table(x *xw, r *region, v reflect.Value, p string) error {
	return f.tableOf(x, r, v, p, true)
}

// tableOf is table; indexed says whether the list's paths take an index
// (a list) or not (a single record written as a table of one row).
func (f *filler) tableOf(x *xw, r *region, v reflect.Value, p string, indexed bool) error {
	et := v.Type().Elem()
	for et.Kind() == reflect.Pointer {
		et = et.Elem()
	}
	cols := f.columns(et, p)
	rows := make([][][]string, v.Len())
	for i := range rows {
		rows[i] = make([][]string, len(cols))
		ev := derefValue(v.Index(i))
		if !ev.IsValid() {
			continue
		}
		for j, c := range cols {
			fv, err := ev.FieldByIndexErr(c.index)
			if err != nil {
				continue
			}
			cp := joinKey(p, c.name)
			if indexed {
				cp = p + "[" + strconv.Itoa(i) + "]." + c.name
			}
			lines, err := f.cell(fv, cp)
			if err != nil {
				return err
			}
			rows[i][j] = lines
		}
	}
	var tblPr []byte
	if slot := r.nextTable(); slot != nil {
		r.use(slot)
		if data, ok := f.mapColumns(slot, cols, rows); ok {
			if b, ok := f.fillRows(slot, data); ok {
				x.b.Write(b)
				x.tag("p", false) // so that a table kept after it stays apart
				x.tag("p", true)
				return nil
			}
		}
		if pr := slot.child("tblPr"); pr != nil {
			tblPr = f.s.bytesOf(pr)
		}
	}
	f.newTable(x, tblPr, cols, rows)
	return nil
}

// cell returns the paragraphs of a table cell holding v, the field at p.
func (f *filler) cell(v reflect.Value, p string) ([]string, error) {
	v = derefValue(v)
	if !v.IsValid() {
		return nil, nil
	}
	var lines []string
	add := func(s, p string) error {
		if err := checkText(s); err != nil {
			return &phase.PathError{Op: "write", Path: p, Err: err}
		}
		if strings.TrimSpace(s) != "" {
			lines = append(lines, lineBreaks(s))
		}
		return nil
	}
	switch {
	case isScalarType(v.Type()):
		s, err := f.scalar(v, p)
		if err != nil {
			return nil, err
		}
		return lines, add(s, p)
	case v.Type() == sectionRType && len(v.Interface().(Section).Parts) == 0:
		return lines, add(v.Interface().(Section).Text, joinKey(p, "text"))
	case (v.Kind() == reflect.Slice || v.Kind() == reflect.Array) && isScalarType(v.Type().Elem()):
		for i := range v.Len() {
			ip := p + "[" + strconv.Itoa(i) + "]"
			s, err := f.scalar(v.Index(i), ip)
			if err != nil {
				return nil, err
			}
			if err := add(s, ip); err != nil {
				return nil, err
			}
		}
		return lines, nil
	}
	if isBlankValue(v) {
		return nil, nil
	}
	s, err := jsonText(v, p)
	if err != nil {
		return nil, err
	}
	return lines, add(s, p)
}

// rowsOf returns the rows of table t.
func rowsOf(t *xnode) []*xnode {
	var rows []*xnode
	for _, k := range t.kids {
		if k.isW("tr") {
			rows = append(rows, k)
		}
	}
	return rows
}

// cellsOf returns the cells of row r.
func cellsOf(r *xnode) []*xnode {
	var cells []*xnode
	for _, k := range r.kids {
		if k.isW("tc") {
			cells = append(cells, k)
		}
	}
	return cells
}

// cellText returns the text of cell c's paragraphs, joined by "\n".
func (f *filler) cellText(c *xnode) string {
	var parts []string
	for _, k := range c.kids {
		if k.isW("p") {
			parts = append(parts, f.s.paraOf(k).text)
		}
	}
	return strings.Join(parts, "\n")
}

// mapColumns matches the columns to the cells of table t's header row and
// returns the rows' cells in the header's order. A header cell takes the
// column whose title it reads, once normalised; then the column whose values
// the template's own rows already hold, row by row (the BP1 checklist's
// numbers and questions). Then, when as many header cells as columns are
// left, they take them in order, provided that one cell is left or that
// some cell was matched by title or content, which shows the table is the
// list's: the nynorsk checklist, whose questions are Digdir's nynorsk ones,
// matches by number and takes question and comment in order, where a table
// that only has as many columns is never taken on trust. It fails when a
// column with values finds no cell.
func (f *filler) mapColumns(t *xnode, cols []column, rows [][][]string) ([][][]string, bool) {
	trs := rowsOf(t)
	if len(trs) == 0 {
		return nil, false
	}
	head := cellsOf(trs[0])
	colOf := make([]int, len(head))
	taken := make([]bool, len(cols))
	for i := range colOf {
		colOf[i] = -1
	}
	for i, c := range head {
		h := normalize(f.cellText(c))
		for j, col := range cols {
			if !taken[j] && h != "" && normalize(col.title) == h {
				colOf[i], taken[j] = j, true
				break
			}
		}
	}
	for i := range head {
		if colOf[i] >= 0 {
			continue
		}
		for j := range cols {
			if !taken[j] && f.holds(trs[1:], i, rows, j) {
				colOf[i], taken[j] = j, true
				break
			}
		}
	}
	var freeCells, freeCols []int
	for i := range head {
		if colOf[i] < 0 {
			freeCells = append(freeCells, i)
		}
	}
	for j := range cols {
		if !taken[j] {
			freeCols = append(freeCols, j)
		}
	}
	if len(freeCells) == len(freeCols) && (len(freeCells) == 1 || len(freeCells) < len(head)) {
		for k, i := range freeCells {
			colOf[i], taken[freeCols[k]] = freeCols[k], true
		}
	}
	for j := range cols {
		if taken[j] {
			continue
		}
		for _, row := range rows {
			if len(row[j]) > 0 {
				return nil, false
			}
		}
	}
	data := make([][][]string, len(rows))
	for r, row := range rows {
		data[r] = make([][]string, len(head))
		for i, j := range colOf {
			if j >= 0 {
				data[r][i] = row[j]
			}
		}
	}
	return data, true
}

// holds reports whether the template's data rows trs hold, in cell i, the
// values of column j, row by row, and hold some.
func (f *filler) holds(trs []*xnode, i int, rows [][][]string, j int) bool {
	n := 0
	for r, tr := range trs {
		cells := cellsOf(tr)
		if i >= len(cells) {
			return false
		}
		got := normalize(f.cellText(cells[i]))
		if got == "" {
			continue
		}
		if r >= len(rows) || normalize(strings.Join(rows[r][j], "\n")) != got {
			return false
		}
		n++
	}
	return n > 0
}

// fillRows returns table t with its data rows replaced by one row per
// entry of data, each made in the formatting of the template's first data
// row (of the header row when it has none), or false when that row does
// not have one cell per header cell or merges cells downwards.
func (f *filler) fillRows(t *xnode, data [][][]string) ([]byte, bool) {
	trs := rowsOf(t)
	if len(trs) == 0 {
		return nil, false
	}
	head := cellsOf(trs[0])
	model := trs[0]
	if len(trs) > 1 {
		model = trs[1]
	}
	cells := cellsOf(model)
	if len(cells) != len(head) {
		return nil, false
	}
	for _, c := range cells {
		if pr := c.child("tcPr"); pr != nil && pr.child("vMerge") != nil {
			return nil, false
		}
	}
	x := newXW(f.s.wPrefix)
	from, to := trs[0].end, trs[0].end
	if len(trs) > 1 {
		from, to = trs[1].start, trs[len(trs)-1].end
	}
	x.b.Write(f.s.src[t.start:from])
	for _, row := range data {
		x.tag("tr", false)
		if pr := model.child("trPr"); pr != nil && model != trs[0] {
			x.b.Write(f.s.bytesOf(pr))
		}
		for i, c := range cells {
			f.cellFrom(x, c, row[i])
		}
		x.tag("tr", true)
	}
	x.b.Write(f.s.src[to:t.end])
	return x.b.Bytes(), true
}

// cellFrom writes a cell in the formatting of the template's cell c, with
// one paragraph per line.
func (f *filler) cellFrom(x *xw, c *xnode, lines []string) {
	x.tag("tc", false)
	if pr := c.child("tcPr"); pr != nil {
		x.b.Write(f.s.bytesOf(pr))
	}
	f.parasLike(x, c.child("p"), lines)
	x.tag("tc", true)
}

// parasLike writes one paragraph per line in the paragraph and run
// properties of the template's paragraph p (nil for none), at least one.
func (f *filler) parasLike(x *xw, p *xnode, lines []string) {
	var pPr, rPr []byte
	if p != nil {
		if pr := p.child("pPr"); pr != nil {
			pPr = f.s.bytesOf(pr)
		}
		rPr = f.runProps(x, p)
	}
	if len(lines) == 0 {
		x.para(pPr, nil, "")
		return
	}
	for _, l := range lines {
		x.para(pPr, rPr, l)
	}
}

// runProps returns the run properties of paragraph p's first run with
// text, else those of its paragraph mark without the revision marks a run
// cannot carry, else nil.
func (f *filler) runProps(x *xw, p *xnode) []byte {
	var found *xnode
	var search func(n *xnode) bool
	search = func(n *xnode) bool {
		for _, k := range n.kids {
			switch {
			case k.isW("r"):
				if k.child("t") != nil {
					found = k
					return true
				}
			case k.isW("pPr"), k.isW("del"), k.isW("moveFrom"), k.isW("drawing"):
			default:
				if search(k) {
					return true
				}
			}
		}
		return false
	}
	search(p)
	if found != nil {
		if pr := found.child("rPr"); pr != nil {
			return f.s.bytesOf(pr)
		}
		return nil
	}
	ppr := p.child("pPr")
	if ppr == nil {
		return nil
	}
	mark := ppr.child("rPr")
	if mark == nil || len(mark.kids) == 0 {
		return nil
	}
	y := newXW(f.s.wPrefix)
	y.tag("rPr", false)
	for _, k := range mark.kids {
		if k.isW("ins") || k.isW("del") || k.isW("moveFrom") || k.isW("moveTo") || k.isW("rPrChange") {
			continue
		}
		y.b.Write(f.s.bytesOf(k))
	}
	y.tag("rPr", true)
	return y.b.Bytes()
}

// newTable writes a table with a header row of the columns' titles and a
// row per record, in table properties tblPr (bytes of a w:tblPr from the
// template's table it replaces) or, without, in the template's «Table
// Grid» style or with single borders, and an empty paragraph after it so
// that it does not run into a table that follows.
func (f *filler) newTable(x *xw, tblPr []byte, cols []column, rows [][][]string) {
	x.tag("tbl", false)
	if tblPr != nil {
		x.b.Write(tblPr)
	} else {
		x.tag("tblPr", false)
		grid := ""
		for id, st := range f.styles {
			if st.Type == "table" && strings.EqualFold(st.Name, "Table Grid") && (grid == "" || id < grid) {
				grid = id
			}
		}
		if grid != "" {
			x.empty("tblStyle", grid)
		}
		x.b.WriteString("<" + x.p + `tblW ` + x.p + `w="0" ` + x.p + `type="auto"/>`)
		if grid == "" {
			x.tag("tblBorders", false)
			for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
				x.b.WriteString("<" + x.p + side + " " + x.p + `val="single" ` + x.p + `sz="4" ` + x.p + `space="0" ` + x.p + `color="auto"/>`)
			}
			x.tag("tblBorders", true)
		}
		x.tag("tblPr", true)
	}
	w := strconv.Itoa(f.width / max(len(cols), 1))
	x.tag("tblGrid", false)
	for range cols {
		x.b.WriteString("<" + x.p + "gridCol " + x.p + `w="` + w + `"/>`)
	}
	x.tag("tblGrid", true)
	cellStart := func() {
		x.tag("tc", false)
		x.tag("tcPr", false)
		x.b.WriteString("<" + x.p + "tcW " + x.p + `w="` + w + `" ` + x.p + `type="dxa"/>`)
		x.tag("tcPr", true)
	}
	x.tag("tr", false)
	x.tag("trPr", false)
	x.empty("tblHeader", "")
	x.tag("trPr", true)
	bold := []byte("<" + x.p + "rPr><" + x.p + "b/></" + x.p + "rPr>")
	for _, c := range cols {
		cellStart()
		x.para(nil, bold, c.title)
		x.tag("tc", true)
	}
	x.tag("tr", true)
	for _, row := range rows {
		x.tag("tr", false)
		for _, lines := range row {
			cellStart()
			f.parasLike(x, nil, lines)
			x.tag("tc", true)
		}
		x.tag("tr", true)
	}
	x.tag("tbl", true)
	x.tag("p", false)
	x.tag("p", true)
}
