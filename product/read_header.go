package product

import (
	"strconv"
	"strings"
	"unicode"

	outl "github.com/digitale-helgeland/veiviser/internal/outline"
	"github.com/digitale-helgeland/veiviser/phase"
)

// front reads the front matter, the blocks before the first heading that
// opens a section: the cover (the project's name), the decision box and
// the logs. A heading that is the template's name (a Markdown title) or a
// log's label is part of it. It returns the index of the first block after
// it.
func (r *reader) front(blocks []outl.Block) int {
	i := 0
	for ; i < len(blocks); i++ {
		b := blocks[i]
		if b.Kind == outl.Heading && !isLogLabel(b.Text) && !isTemplateName(b.Text, r.template) {
			break
		}
	}
	front := blocks[:i]
	r.cover(front)
	box := false
	for _, b := range front {
		if b.Kind != outl.Table {
			continue
		}
		if r.logTable(b, "") {
			continue
		}
		if !box && r.decisionBox(b) {
			box = true
		}
	}
	return i
}

// isTemplateName reports whether s is the name of template t.
func isTemplateName(s string, t Template) bool {
	f := fold(s)
	for _, n := range templateNames[t] {
		if f == fold(n) {
			return true
		}
	}
	return false
}

// cover finds the project's name: the first paragraph after the one, or
// the one-cell table, that names the template, unless it is the line that
// introduces the decision box ("Denne fylles ut ved behandling").
func (r *reader) cover(front []outl.Block) {
	for i, b := range front {
		text := b.Text
		if b.Kind == outl.Table && len(b.Rows) == 1 && len(b.Rows[0]) >= 1 {
			text = b.Rows[0][0]
		}
		if templateNamed(text) != r.template || b.Kind == outl.Table && len(b.Rows) != 1 {
			continue
		}
		for _, n := range front[i+1:] {
			if n.Kind == outl.Table {
				return
			}
			if n.Kind != outl.Paragraph || n.Guidance || strings.TrimSpace(n.Text) == "" {
				continue
			}
			f := fold(n.Text)
			if strings.HasPrefix(f, "denne fylles ut") || strings.HasPrefix(f, "fyll ut") || templateNamed(n.Text) == r.template {
				return
			}
			r.header.Project = r.cleanText(n.Text)
			r.locs["header.project"] = locationOf("", n.Loc)
			return
		}
		return
	}
}

// The labels of the decision box, as Digdir's templates write them in
// bokmål and nynorsk, folded; longer labels first where one begins
// another.
var boxLabels = []struct {
	field  string
	labels []string
}{
	{"projectNumber", []string{"prosjektnummer"}},
	{"caseNumber", []string{"saksnummer", "journalnummer"}},
	{"processedDate", []string{"behandlet dato", "behandla dato"}},
	{"processedBy", []string{"behandlet av", "behandla av"}},
	{"preparedBy", []string{"utarbeidet av", "utarbeidd av"}},
	{"decision", []string{"beslutning", "vedtak"}},
	{"staffing", []string{"bemanning av neste fase"}},
	{"nextPhaseDone", []string{"neste fase ferdig"}},
	{"signature", []string{"signatur ved godkjenning", "signatur"}},
}

// The labels within "Bemanning av neste fase": who leads the next phase,
// and who else takes part.
var (
	leadLabels   = []string{"leder av utredningsarbeidet", "leiar av utgreiingsarbeidet", "prosjektleder", "prosjektleiar"}
	othersLabels = []string{"andre"}
)

// word is a run of letters or digits in a text, with its byte offsets.
type word struct {
	s          string // folded
	start, end int
}

func words(s string) []word {
	var ws []word
	start := -1
	for i, c := range s {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			ws = append(ws, word{strings.ToLower(s[start:i]), start, i})
			start = -1
		}
	}
	if start >= 0 {
		ws = append(ws, word{strings.ToLower(s[start:]), start, len(s)})
	}
	return ws
}

// labelAt reports whether the words ws at index i spell label (folded),
// and how many words it takes.
func labelAt(ws []word, i int, label string) (int, bool) {
	ls := strings.Fields(label)
	if i+len(ls) > len(ws) {
		return 0, false
	}
	for k, l := range ls {
		if ws[i+k].s != l {
			return 0, false
		}
	}
	return len(ls), true
}

// boxLabel reports which field of the decision box cell s is the label
// of, and the text after the label and its qualifiers: "(ansvarlig
// linjeleder)", "/ Prosjekteier", ":".
func boxLabel(s string) (field, rest string, ok bool) {
	ws := words(s)
	if len(ws) == 0 {
		return "", "", false
	}
	best := 0
	for _, bl := range boxLabels {
		for _, l := range bl.labels {
			if n, ok := labelAt(ws, 0, l); ok && n > best {
				best, field = n, bl.field
			}
		}
	}
	if best == 0 {
		return "", "", false
	}
	return field, skipQualifiers(s[ws[best-1].end:]), true
}

// skipQualifiers removes what follows a label before its value: blanks,
// groups in parentheses, "/ Word" and colons.
func skipQualifiers(s string) string {
	for {
		t := strings.TrimLeftFunc(s, unicode.IsSpace)
		switch {
		case strings.HasPrefix(t, "("):
			if j := strings.IndexByte(t, ')'); j >= 0 {
				s = t[j+1:]
				continue
			}
		case strings.HasPrefix(t, "/"):
			u := strings.TrimLeftFunc(t[1:], unicode.IsSpace)
			j := strings.IndexFunc(u, func(c rune) bool { return unicode.IsSpace(c) || c == ':' })
			if j < 0 {
				j = len(u)
			}
			s = u[j:]
			continue
		case strings.HasPrefix(t, ":"):
			s = t[1:]
			continue
		}
		return strings.TrimSpace(t)
	}
}

// decisionBox reads table b as the decision box when it has two labels of
// one at least, and reports whether it did. A label's value is the cell
// beneath it when that holds text and is no label, else the text after
// the label in its own cell, else the cell after it in its row.
func (r *reader) decisionBox(b outl.Block) bool {
	// An export's markup in a cell ("<p>Beslutning:</p><p>…</p>") is no
	// part of its label or value.
	rows := make([][]string, len(b.Rows))
	for ri, row := range b.Rows {
		rows[ri] = make([]string, len(row))
		for ci, cell := range row {
			rows[ri][ci] = r.cleanText(cell)
		}
	}
	b.Rows = rows
	n := 0
	for _, row := range b.Rows {
		for _, cell := range row {
			if _, _, ok := boxLabel(cell); ok {
				n++
			}
		}
	}
	if n < 2 {
		return false
	}
	r.locs["header.decision"] = locationOf("", b.Loc)
	done := map[string]bool{}
	for ri, row := range b.Rows {
		for ci, cell := range row {
			field, rest, ok := boxLabel(cell)
			if !ok || done[field] {
				continue
			}
			done[field] = true
			value, at := rest, ri
			if ri+1 < len(b.Rows) && ci < len(b.Rows[ri+1]) {
				if below := strings.TrimSpace(b.Rows[ri+1][ci]); below != "" && !isBoxLabel(below) {
					value, at = below, ri+1
				}
			}
			if value == "" && ci+1 < len(row) {
				if right := strings.TrimSpace(row[ci+1]); right != "" && right != strings.TrimSpace(cell) && !isBoxLabel(right) {
					value = right
				}
			}
			r.setBox(field, r.cellText(value), locationOf("", b.RowLocation(at)))
		}
	}
	return true
}

func isBoxLabel(s string) bool {
	_, _, ok := boxLabel(s)
	return ok
}

// setBox sets a field of the decision box.
func (r *reader) setBox(field, value string, loc Location) {
	d := &r.header.Decision
	path := "header.decision." + field
	switch field {
	case "projectNumber":
		d.ProjectNumber = value
	case "caseNumber":
		d.CaseNumber = value
	case "processedDate":
		_ = d.ProcessedDate.UnmarshalText([]byte(value))
	case "processedBy":
		d.ProcessedBy = value
	case "preparedBy":
		r.header.PreparedBy = value
		path = "header.preparedBy"
	case "decision":
		d.Decision = value
	case "staffing":
		d.Staffing = staffing(value)
	case "nextPhaseDone":
		_ = d.NextPhaseDone.UnmarshalText([]byte(value))
	case "signature":
		d.Signature = value
	}
	r.locs[path] = loc
}

// staffing reads "Bemanning av neste fase": "Leder av
// utredningsarbeidet: Kari Nordmann\nAndre: Ola Nordmann". Text before the
// first label is the leader.
func staffing(s string) Staffing {
	ws := words(s)
	var st Staffing
	field, from := &st.Lead, 0
	flush := func(to int) {
		if v := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s[from:to]), ":")); v != "" {
			if *field != "" {
				*field += " "
			}
			*field += v
		}
	}
	for i := 0; i < len(ws); i++ {
		if to, n := staffingLabel(s, ws, i, &st); n > 0 {
			flush(ws[i].start)
			field, from = to, ws[i+n-1].end
			i += n - 1
		}
	}
	flush(len(s))
	return st
}

// staffingLabel reports whether a label of "Bemanning av neste fase",
// followed by a colon, starts at word i, the field of st it names, and how
// many words it takes.
func staffingLabel(s string, ws []word, i int, st *Staffing) (*string, int) {
	for _, set := range []struct {
		labels []string
		to     *string
	}{{leadLabels, &st.Lead}, {othersLabels, &st.Others}} {
		for _, l := range set.labels {
			if n, ok := labelAt(ws, i, l); ok && followedByColon(s, ws[i+n-1].end) {
				return set.to, n
			}
		}
	}
	return nil, 0
}

func followedByColon(s string, at int) bool {
	return strings.HasPrefix(strings.TrimLeft(s[at:], " \t"), ":")
}

// logTable reads table b as the change log or the distribution log when
// its first row is one's header, and reports whether it did. Rows are
// added in order; a distribution row with no version and no date
// continues the row before it (a page break in an export).
func (r *reader) logTable(b outl.Block, heading string) bool {
	if len(b.Rows) == 0 {
		return false
	}
	head := b.Rows[0]
	cols := map[string]int{}
	for i, c := range head {
		if len(c) > 40 {
			continue // no log's column title is this long
		}
		if _, dup := cols[fold(c)]; !dup {
			cols[fold(c)] = i
		}
	}
	_, hasVersion := cols["versjon"]
	_, hasDist := cols["versjon distribuert"]
	_, hasDate := cols["dato"]
	switch {
	case hasDist && hasDate:
		r.distribution(b, cols, heading)
	case hasVersion && hasDate:
		r.changes(b, cols, heading)
	default:
		return false
	}
	return true
}

func cell(row []string, cols map[string]int, names ...string) string {
	for _, n := range names {
		if i, ok := cols[n]; ok && i < len(row) {
			return strings.TrimSpace(row[i])
		}
	}
	return ""
}

func rowBlank(row []string) bool {
	for _, c := range row {
		if strings.TrimSpace(c) != "" {
			return false
		}
	}
	return true
}

func (r *reader) changes(b outl.Block, cols map[string]int, heading string) {
	if len(r.header.Changes) == 0 {
		r.locs["header.changes"] = locationOf(heading, b.Loc)
	}
	for ri, row := range b.Rows[1:] {
		if rowBlank(row) || sameRow(row, b.Rows[0]) {
			continue
		}
		loc := locationOf(heading, b.RowLocation(ri+1))
		path := "header.changes[" + strconv.Itoa(len(r.header.Changes)) + "]"
		e := ChangeEntry{
			Version:    r.cellText(cell(row, cols, "versjon")),
			Change:     r.cellText(cell(row, cols, "endring")),
			Producer:   r.cellText(cell(row, cols, "produsent")),
			ApprovedBy: r.cellText(cell(row, cols, "godkjent")),
		}
		e.Date = r.date(cell(row, cols, "dato"), path+".date", loc)
		r.header.Changes = append(r.header.Changes, e)
		r.locs[path] = loc
	}
}

func (r *reader) distribution(b outl.Block, cols map[string]int, heading string) {
	if len(r.header.Distribution) == 0 {
		r.locs["header.distribution"] = locationOf(heading, b.Loc)
	}
	for ri, row := range b.Rows[1:] {
		if rowBlank(row) || sameRow(row, b.Rows[0]) {
			continue
		}
		loc := locationOf(heading, b.RowLocation(ri+1))
		version, date := cell(row, cols, "versjon distribuert"), cell(row, cols, "dato")
		var names []string
		for n := range strings.SplitSeq(r.cleanText(cell(row, cols, "navn", "namn", "mottakere", "mottakarar")), "\n") {
			if n = strings.TrimSpace(n); n != "" {
				names = append(names, n)
			}
		}
		if version == "" && date == "" && len(r.header.Distribution) > 0 {
			last := &r.header.Distribution[len(r.header.Distribution)-1]
			last.Recipients = append(last.Recipients, names...)
			continue
		}
		path := "header.distribution[" + strconv.Itoa(len(r.header.Distribution)) + "]"
		e := Distribution{Version: r.cellText(version), Recipients: names}
		e.Date = r.date(date, path+".date", loc)
		r.header.Distribution = append(r.header.Distribution, e)
		r.locs[path] = loc
	}
}

// date reads a date cell; a cell that holds something else is reported.
func (r *reader) date(s, path string, loc Location) phase.Date {
	if s == "" {
		return phase.Date{}
	}
	d, err := phase.ParseDate(s)
	if err != nil {
		r.add(codeCellInvalid, path, phase.SeverityWarning, msgCellInvalid(s, whatDate), loc)
	}
	return d
}

func sameRow(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if fold(a[i]) != fold(b[i]) {
			return false
		}
	}
	return true
}
