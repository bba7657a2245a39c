package report

import (
	"bytes"
	"encoding/csv"
	"io"
	"strings"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// RenderPortfolio writes the overview page of the portfolio pf to w in
// o.Language, as of o.Today: the overview Portfolio.Overview gives for
// o.Overview as a table, and a timeline of the planned phases of the same
// projects, one row each, today marked.
//
// It only reads pf; nil entries are skipped. Options it cannot use are an
// *OptionError. Errors from w are returned as they are.
func RenderPortfolio(w io.Writer, pf veiviser.Portfolio, o Options) error {
	if err := o.check(); err != nil {
		return err
	}
	v, err := portfolioOf(pf, o)
	if err != nil {
		return err
	}
	l := o.Language
	return render(w, "portfolio", page{
		Lang: l.String(), Title: wordPortfolio.In(l), Kind: wordPortfolio.In(l),
		AsOf: wordAsOf.In(l) + " " + o.Today.Norwegian(), MadeBy: wordMadeBy.In(l),
		Words: words(l), Folio: v,
	})
}

// portfolioView is the portfolio page's content.
type portfolioView struct {
	Headings []string // the overview's columns, as the library's CSV names them
	Rows     []overviewRow
	Timeline gantt
}

// overviewRow is one project of the overview table.
type overviewRow struct {
	Project string // the row's header cell
	Cells   []string
}

// gantt is the timeline of every project's planned phases.
type gantt struct {
	Title, Desc   string
	Width, Height int
	Left, Right   int
	Top, Bottom   int
	Years         []tick
	Rows          []ganttRow
	Today         *tick
	Legend        []legendItem
	Table         []ganttTableRow
}

// ganttRow is one project of the timeline.
type ganttRow struct {
	Y, TY int
	Label string
	Bars  []bar
	Empty string // "ingen tidsplan"
}

// bar is one planned phase of a project.
type bar struct {
	X, Y, W, H int
	TX, TY     int
	Class      string
	Mark       string // the phase's number, drawn on bars wide enough
	Title      string
}

// legendItem maps a phase's number and colour to its name.
type legendItem struct {
	Class, Mark, Label string
}

// ganttTableRow is one planned phase as a table row.
type ganttTableRow struct {
	Project, Phase, Start, End, Now string
}

// columns are the overview's columns the table shows, by their index in
// the library's CSV: agency, project, start, planned end, phase, the four
// yes/no questions, investment, owner, manager. The description and the
// note are long texts that would make the table unreadable.
var columns = []int{0, 1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12}

func portfolioOf(pf veiviser.Portfolio, o Options) (*portfolioView, error) {
	l := o.Language
	head, err := headings(l)
	if err != nil {
		return nil, err
	}
	v := &portfolioView{}
	for _, i := range columns {
		v.Headings = append(v.Headings, head[i])
	}
	ov := pf.Overview(o.Overview)
	var projects []*veiviser.Project
	for _, p := range pf {
		if p != nil && o.Overview.Includes(p.PortfolioRow()) {
			projects = append(projects, p)
		}
	}
	for _, r := range ov {
		v.Rows = append(v.Rows, overviewRow{Project: r.Project, Cells: []string{
			r.Agency, dateCell(r.Start), dateCell(r.End), phaseCell(r, l),
			boolCell(r.Municipal, l), boolCell(r.KSInvolved, l), boolCell(r.CostsEstimated, l), boolCell(r.BenefitsEstimated, l),
			moneyCell(r.Investment, l), rolesCell(r.Roles, stakeholder.ProjectOwner, l), rolesCell(r.Roles, stakeholder.ProjectManager, l),
		}})
	}
	// The table's rows and the timeline's are the same projects, in the
	// same order; the names are the overview's (redacted when it is).
	names := make([]string, len(projects))
	for i := range projects {
		names[i] = projects[i].Name
		if i < len(ov) {
			names[i] = ov[i].Project
		}
	}
	v.Timeline = timelineOf(projects, names, o)
	return v, nil
}

// headings returns the overview's column headings in language l, as the
// library's CSV writes them.
func headings(l phase.Language) ([]string, error) {
	b, err := veiviser.Overview(nil).CSV(veiviser.CSVOptions{Language: l})
	if err != nil {
		return nil, err
	}
	return csv.NewReader(bytes.NewReader(b)).Read()
}

func dateCell(d phase.Date) string {
	if !d.IsValid() {
		return "—"
	}
	return d.Norwegian()
}

// phaseCell is the row's phase, with the status when the project is not
// active.
func phaseCell(r veiviser.Row, l phase.Language) string {
	switch {
	case r.Phase == 0 && r.Status == 0:
		return "—"
	case r.Status == 0 || r.Status == phase.Active:
		return r.Phase.Label(l)
	}
	return r.Phase.Label(l) + " (" + strings.ToLower(r.Status.Label(l)) + ")"
}

func boolCell(b checklist.Bool, l phase.Language) string {
	if !b.IsValid() {
		return "—"
	}
	return b.Label(l)
}

func moneyCell(m *benefit.Money, l phase.Language) string {
	if m == nil {
		return wordUnknown.In(l)
	}
	return m.String()
}

func rolesCell(rs stakeholder.Roles, r stakeholder.Role, l phase.Language) string {
	if len(rs.Holders(r)) == 0 {
		return "—"
	}
	return holders(rs, r, l)
}

const (
	ganttWidth = 1000
	ganttLeft  = 250
	ganttRight = 980
	ganttTop   = 34
	ganttRowH  = 34
	ganttBarH  = 20
)

func timelineOf(projects []*veiviser.Project, names []string, o Options) gantt {
	l := o.Language
	g := gantt{Width: ganttWidth, Left: ganttLeft, Right: ganttRight, Top: ganttTop, Title: wordTimeline.In(l)}
	first, last := o.Today, o.Today
	for _, p := range projects {
		for _, per := range p.Timeline {
			if per.Start.IsValid() && per.Start.Before(first) {
				first = per.Start
			}
			if per.End.IsValid() && per.End.After(last) {
				last = per.End
			}
		}
	}
	// Whole years, from 1 January of the first to 1 January after the last.
	first = phase.Date{Year: first.Year, Month: 1, Day: 1}
	last = phase.Date{Year: last.Year + 1, Month: 1, Day: 1}
	days := max(first.DaysUntil(last), 1)
	x := func(d phase.Date) int {
		return ganttLeft + int(int64(first.DaysUntil(d))*int64(ganttRight-ganttLeft)/int64(days))
	}
	years := last.Year - first.Year
	step := 1
	for years/step > 12 {
		step++
	}
	for y := first.Year; y <= last.Year; y += step {
		t := tick{Pos: x(phase.Date{Year: y, Month: 1, Day: 1})}
		if y < last.Year { // the last line ends the axis; its year is not on it
			t.Label = itoa(y)
		}
		g.Years = append(g.Years, t)
	}
	used := map[phase.Phase]bool{}
	for i, p := range projects {
		y := ganttTop + i*ganttRowH
		row := ganttRow{Y: y, TY: y + ganttRowH/2 + 5, Label: names[i]}
		cur := p.Position()
		for _, per := range p.Timeline {
			if !per.Start.IsValid() || !per.End.IsValid() {
				continue
			}
			used[per.Phase] = true
			x0, x1 := x(per.Start), x(per.End.AddDays(1))
			b := bar{X: x0, Y: y + (ganttRowH-ganttBarH)/2, W: max(x1-x0, 2), H: ganttBarH, Class: "bar ph-" + per.Phase.String()}
			b.TX, b.TY = x0+b.W/2, b.Y+ganttBarH/2+5
			if b.W >= 16 {
				b.Mark = phaseNumber(per.Phase)
			}
			now := ""
			if per.Position() == cur && p.Status() == phase.Active {
				b.Class += " now"
				now = wordCurrent.In(l)
			}
			b.Title = names[i] + ": " + per.Position().Label(l) + " " + per.Start.Norwegian() + "–" + per.End.Norwegian()
			row.Bars = append(row.Bars, b)
			g.Table = append(g.Table, ganttTableRow{Project: names[i], Phase: per.Position().Label(l), Start: per.Start.Norwegian(), End: per.End.Norwegian(), Now: now})
		}
		if len(row.Bars) == 0 {
			row.Empty = wordNoTimeline.In(l)
		}
		g.Rows = append(g.Rows, row)
	}
	g.Bottom = ganttTop + len(projects)*ganttRowH
	g.Height = g.Bottom + 30
	if !o.Today.Before(first) && o.Today.Before(last) {
		g.Today = &tick{Pos: x(o.Today), Label: wordToday.In(l) + " " + o.Today.Norwegian()}
		g.Today.Anchor = "middle"
		switch {
		case g.Today.Pos-ganttLeft < 60:
			g.Today.Anchor = "start"
		case ganttRight-g.Today.Pos < 60:
			g.Today.Anchor = "end"
		}
	}
	for _, ph := range phase.Phases() {
		if used[ph] {
			g.Legend = append(g.Legend, legendItem{Class: "ph-" + ph.String(), Mark: phaseNumber(ph), Label: ph.Label(l)})
		}
	}
	g.Desc = itoa(len(projects)) + " " + strings.ToLower(wordProjects.In(l)) + ", " + first.Norwegian() + "–" + last.AddDays(-1).Norwegian() + "."
	if g.Today != nil {
		g.Desc += " " + g.Today.Label + "."
	}
	return g
}

// phaseNumber numbers a phase 1 to 6 in the order of the model, for the
// timeline's bars and legend (a mark beside the colour).
func phaseNumber(ph phase.Phase) string {
	for i, p := range phase.Phases() {
		if p == ph {
			return itoa(i + 1)
		}
	}
	return ""
}
