package product

import (
	"bytes"
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
)

// The first pages of a template, before its first heading: the cover with
// the project's name, the decision box, the change log and the
// distribution log.

// projectPlaceholders are the cover's placeholders for the project's name,
// normalised: «<prosjektnavn>» (any case) in bokmål, «<Namn på
// prosjektet>» in nynorsk, as Digdir's templates write them.
var projectPlaceholders = []string{"prosjektnavn", "namn på prosjektet", "navn på prosjektet"}

// boxSlot is a label of the decision box and where its value goes.
type boxSlot struct {
	prefixes []string // the label's text, normalised, as it starts
	where    int      // valueBelow, valueInCell, valueInline or valueStaffing
	path     string   // the field, for errors
	value    func(h Header) string
}

const (
	valueBelow  = iota // in the cell under the label's, in the next row
	valueInCell        // in the label's cell, in place of what follows the label
	valueInline        // after the label, in its paragraph
	// valueStaffing is «Bemanning av neste fase», whose cell below holds
	// the labels «Leder av utredningsarbeidet:» (or «Prosjektleder:») and
	// «Andre:» in most templates; where that cell is empty (bokmål
	// prosjektforslag 4.0) the writer writes both lines there itself.
	valueStaffing
)

// boxSlots are the decision box's labels in Digdir's templates, bokmål
// and nynorsk (see titleProcessedDate and its neighbours).
var boxSlots = []boxSlot{
	{[]string{"prosjektnummer"}, valueBelow, "header.decision.projectNumber", func(h Header) string { return h.Decision.ProjectNumber }},
	{[]string{"saksnummer", "journalnummer"}, valueBelow, "header.decision.caseNumber", func(h Header) string { return h.Decision.CaseNumber }},
	{[]string{"behandlet dato", "behandla dato"}, valueBelow, "header.decision.processedDate", func(h Header) string { return h.Decision.ProcessedDate.String() }},
	{[]string{"behandlet av", "behandla av"}, valueBelow, "header.decision.processedBy", func(h Header) string { return h.Decision.ProcessedBy }},
	{[]string{"utarbeidet av", "utarbeidd av"}, valueBelow, "header.preparedBy", func(h Header) string { return h.PreparedBy }},
	{[]string{"neste fase ferdig"}, valueBelow, "header.decision.nextPhaseDone", func(h Header) string { return h.Decision.NextPhaseDone.String() }},
	{[]string{"signatur"}, valueBelow, "header.decision.signature", func(h Header) string { return h.Decision.Signature }},
	{[]string{"beslutning", "vedtak"}, valueInCell, "header.decision.decision", func(h Header) string { return h.Decision.Decision }},
	{[]string{"leder av utredningsarbeidet", "leiar av utgreiingsarbeidet", "prosjektleder", "prosjektleiar"}, valueInline, "header.decision.staffing.lead", func(h Header) string { return h.Decision.Staffing.Lead }},
	{[]string{"andre"}, valueInline, "header.decision.staffing.others", func(h Header) string { return h.Decision.Staffing.Others }},
	{[]string{"bemanning av neste fase"}, valueStaffing, "header.decision.staffing", nil},
}

// boxSlotOf returns the decision-box label paragraph text starts with.
func boxSlotOf(text string) (boxSlot, bool) {
	n := normalize(text)
	for _, l := range boxSlots {
		for _, p := range l.prefixes {
			if n == p || strings.HasPrefix(n, p+" ") {
				if l.where == valueInline && p == "andre" && n != p {
					continue // «Andre» alone is the label; longer text is not
				}
				return l, true
			}
		}
	}
	return boxSlot{}, false
}

// fillFront fills the cover, the decision box and the logs in the body's
// children before the first heading.
func (f *filler) fillFront(kids []*xnode, h Header) error {
	var box, changes, dist *xnode
	for _, k := range kids {
		if !k.isW("tbl") {
			continue
		}
		trs := rowsOf(k)
		if len(trs) == 0 {
			continue
		}
		head := cellsOf(trs[0])
		first := ""
		if len(head) > 0 {
			first = normalize(f.cellText(head[0]))
		}
		switch {
		case box == nil && f.isBox(k):
			box = k
		case changes == nil && first == "versjon" && len(head) >= 3:
			changes = k
		case dist == nil && first == "versjon distribuert":
			dist = k
		}
	}
	if err := f.cover(kids, []*xnode{box, changes, dist}, h.Project); err != nil {
		return err
	}
	if box != nil {
		if err := f.fillBox(box, h); err != nil {
			return err
		}
	}
	if changes != nil && len(h.Changes) > 0 {
		if err := f.fillLog(changes, "header.changes", len(h.Changes), func(i int, col string) string {
			c := h.Changes[i]
			switch col {
			case "versjon":
				return c.Version
			case "dato":
				return c.Date.Norwegian()
			case "endring":
				return c.Change
			case "produsent":
				return c.Producer
			case "godkjent":
				return c.ApprovedBy
			}
			return ""
		}); err != nil {
			return err
		}
	}
	if dist != nil && len(h.Distribution) > 0 {
		if err := f.fillLog(dist, "header.distribution", len(h.Distribution), func(i int, col string) string {
			d := h.Distribution[i]
			switch col {
			case "versjon distribuert":
				return d.Version
			case "dato":
				return d.Date.Norwegian()
			case "navn", "namn":
				return strings.Join(d.Recipients, "\n")
			}
			return ""
		}); err != nil {
			return err
		}
	}
	return nil
}

// isBox reports whether table t is the decision box: a cell of it starts
// with «Prosjektnummer».
func (f *filler) isBox(t *xnode) bool {
	for _, tr := range rowsOf(t) {
		for _, c := range cellsOf(tr) {
			if strings.HasPrefix(normalize(f.cellText(c)), "prosjektnummer") {
				return true
			}
		}
	}
	return false
}

// cover replaces the project-name placeholder in every paragraph of kids,
// outside the tables skip, with project.
func (f *filler) cover(kids []*xnode, skip []*xnode, project string) error {
	if strings.TrimSpace(project) == "" {
		return nil
	}
	if err := checkText(project); err != nil {
		return &phase.PathError{Op: "write", Path: "header.project", Err: err}
	}
	project = strings.ReplaceAll(lineBreaks(project), "\n", " ")
	for _, k := range kids {
		skipped := false
		for _, s := range skip {
			skipped = skipped || k == s
		}
		if skipped {
			continue
		}
		k.walk(func(n *xnode) bool {
			if !n.isW("p") {
				return true
			}
			p := f.s.paraOf(n)
			if text, ok := replacePlaceholder(p.text, project); ok {
				f.setText(n, text)
			}
			return false
		})
	}
	return nil
}

// replacePlaceholder replaces every project-name placeholder in s.
func replacePlaceholder(s, project string) (string, bool) {
	var b strings.Builder
	found := false
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			break
		}
		inner := normalize(s[i+1 : i+j])
		hit := false
		for _, p := range projectPlaceholders {
			hit = hit || inner == p
		}
		b.WriteString(s[:i])
		if hit {
			b.WriteString(project)
			found = true
		} else {
			b.WriteString(s[i : i+j+1])
		}
		s = s[i+j+1:]
	}
	b.WriteString(s)
	return b.String(), found
}

// setText replaces the runs of paragraph n with one run of text, in the
// run properties of its first run with text, keeping its properties,
// bookmarks and the paragraph's own start tag.
func (f *filler) setText(n *xnode, text string) {
	if f.done[n] {
		return
	}
	if f.done == nil {
		f.done = map[*xnode]bool{}
	}
	f.done[n] = true
	x := newXW(f.s.wPrefix)
	if n.open == n.end { // <w:p/>
		x.b.Write(bytes.TrimRight(f.s.src[n.start:n.open-2], " \t\r\n"))
		x.b.WriteByte('>')
	} else {
		x.b.Write(f.s.src[n.start:n.open])
	}
	if pr := n.child("pPr"); pr != nil {
		x.b.Write(f.s.bytesOf(pr))
	}
	x.b.Write(f.markers(n))
	x.run(f.runProps(x, n), text)
	if n.open == n.end {
		x.tag("p", true)
	} else {
		x.b.Write(f.s.src[n.close:n.end])
	}
	f.edits = append(f.edits, edit{start: n.start, end: n.end, data: x.b.Bytes()})
}

// fillBox fills the decision box t with the header's values.
func (f *filler) fillBox(t *xnode, h Header) error {
	trs := rowsOf(t)
	for r, tr := range trs {
		for _, c := range cellsOf(tr) {
			paras := directParas(c)
			for pi, pn := range paras {
				p := f.s.paraOf(pn)
				l, ok := boxSlotOf(p.text)
				if !ok {
					continue
				}
				var v string
				if l.where == valueStaffing {
					v = f.staffingLines(h.Decision.Staffing)
				} else {
					v = l.value(h)
				}
				if strings.TrimSpace(v) == "" {
					continue
				}
				if err := checkText(v); err != nil {
					return &phase.PathError{Op: "write", Path: l.path, Err: err}
				}
				v = lineBreaks(v)
				var under *xnode // the cell below the label's, unless a label
				if r+1 < len(trs) {
					if c := cellAt(trs[r+1], gridStart(tr, c)); c != nil {
						if _, isLabel := boxSlotOf(f.cellText(c)); !isLabel {
							under = c
						}
					}
				}
				rest := paras[pi+1:]
				switch {
				case l.where == valueInline:
					f.setText(pn, strings.TrimRight(p.text, " \t")+" "+v)
				case l.where == valueInCell && f.hasText(rest):
					f.setParas(rest, v)
				case l.where == valueInCell && under != nil && f.hasText(directParas(under)):
					f.setParas(directParas(under), v)
				case l.where == valueInCell && len(rest) > 0:
					f.setParas(rest, v)
				case l.where == valueStaffing:
					if under != nil && !f.hasText(directParas(under)) {
						f.setParas(directParas(under), v)
					}
				case under != nil:
					f.setParas(directParas(under), v)
				}
			}
		}
	}
	return nil
}

// staffingLines returns the staffing of the next phase as the templates
// label it, one line each: «Leder av utredningsarbeidet: …» in the mandate,
// «Prosjektleder: …» elsewhere, and «Andre: …».
func (f *filler) staffingLines(s Staffing) string {
	lead := phase.Text{NB: "Prosjektleder", NN: "Prosjektleiar", EN: "Project manager"}
	if f.t == TemplateMandate {
		lead = phase.Text{NB: "Leder av utredningsarbeidet", NN: "Leiar av utgreiingsarbeidet", EN: "Lead of the study"}
	}
	var lines []string
	if strings.TrimSpace(s.Lead) != "" {
		lines = append(lines, f.titleIn(lead)+": "+s.Lead)
	}
	if strings.TrimSpace(s.Others) != "" {
		lines = append(lines, f.titleIn(phase.Text{NB: "Andre", NN: "Andre", EN: "Others"})+": "+s.Others)
	}
	return strings.Join(lines, "\n")
}

// hasText reports whether one of paras holds text.
func (f *filler) hasText(paras []*xnode) bool {
	for _, p := range paras {
		if strings.TrimSpace(f.s.paraOf(p).text) != "" {
			return true
		}
	}
	return false
}

// setParas writes v into the first of paras with text (the first when none
// has any) and removes the text of the others, which held a placeholder.
func (f *filler) setParas(paras []*xnode, v string) {
	if len(paras) == 0 {
		return
	}
	target := paras[0]
	for _, p := range paras {
		if strings.TrimSpace(f.s.paraOf(p).text) != "" {
			target = p
			break
		}
	}
	for _, p := range paras {
		switch {
		case p == target:
			f.setText(p, v)
		case strings.TrimSpace(f.s.paraOf(p).text) != "":
			f.setText(p, "")
		}
	}
}

// directParas returns the paragraphs directly in cell c.
func directParas(c *xnode) []*xnode {
	var ps []*xnode
	for _, k := range c.kids {
		if k.isW("p") {
			ps = append(ps, k)
		}
	}
	return ps
}

// gridStart returns the grid column at which cell c of row tr starts.
func gridStart(tr, c *xnode) int {
	col := 0
	if pr := tr.child("trPr"); pr != nil {
		if gb := pr.child("gridBefore"); gb != nil {
			col, _ = strconv.Atoi(gb.attr("val"))
		}
	}
	for _, k := range cellsOf(tr) {
		if k == c {
			return col
		}
		col += cellSpan(k)
	}
	return col
}

// cellSpan returns the number of grid columns cell c spans.
func cellSpan(c *xnode) int {
	if pr := c.child("tcPr"); pr != nil {
		if gs := pr.child("gridSpan"); gs != nil {
			if n, err := strconv.Atoi(gs.attr("val")); err == nil && n > 0 {
				return n
			}
		}
	}
	return 1
}

// cellAt returns the cell of row tr that starts at grid column col, or nil.
func cellAt(tr *xnode, col int) *xnode {
	for _, c := range cellsOf(tr) {
		if gridStart(tr, c) == col {
			return c
		}
	}
	return nil
}

// fillLog fills a log table (change log, distribution log) with n rows,
// value giving the text of row i under the header cell whose text,
// normalised, is col.
func (f *filler) fillLog(t *xnode, p string, n int, value func(i int, col string) string) error {
	trs := rowsOf(t)
	head := cellsOf(trs[0])
	data := make([][][]string, n)
	for i := range data {
		data[i] = make([][]string, len(head))
		for j, c := range head {
			v := value(i, normalize(f.cellText(c)))
			if err := checkText(v); err != nil {
				return &phase.PathError{Op: "write", Path: p + "[" + strconv.Itoa(i) + "]", Err: err}
			}
			for line := range strings.SplitSeq(lineBreaks(v), "\n") {
				if strings.TrimSpace(line) != "" {
					data[i][j] = append(data[i][j], line)
				}
			}
		}
	}
	b, ok := f.fillRows(t, data)
	if !ok {
		return nil
	}
	f.edits = append(f.edits, edit{start: t.start, end: t.end, data: b})
	return nil
}
