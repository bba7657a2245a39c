package report

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/phase"
)

// benefitsView is the benefit realisation plan: each benefit with its
// indicators' charts.
type benefitsView struct {
	Missing     bool
	Responsible string
	Benefits    []benefitView
}

// benefitView is one benefit.
type benefitView struct {
	ID, Description, State, Owner string
	Indicators                    []indicatorView
}

// indicatorView is one indicator: its chart, its achievement in numbers and
// the chart's data as a table.
type indicatorView struct {
	ID                 string // the figure's id, for aria references
	Name, Unit         string
	Achievement        string // "36,36 %", or why it cannot be computed
	Reached            bool
	Measured           bool   // Achievement is a number
	Latest             string // "52 %, 01.03.2022"
	Chart              chart
	Rows               []indicatorRow
	Method, MeasuredBy string
	Baseline, Target   string // formatted, with dates
}

// indicatorRow is one value of the chart as a table row.
type indicatorRow struct {
	Kind, Date, Value, Comment string
}

// chart is a small line chart of one indicator over time.
type chart struct {
	Title, Desc    string
	Width, Height  int
	Left, Right    int // the plot area's x range
	Top, Bottom    int // the plot area's y range
	XTicks, YTicks []tick
	Planned        string // the polyline from baseline to target
	Actual         string // the polyline from baseline through the measurements
	Baseline       *point
	Target         *point
	Points         []point // the measurements
	Today          *tick
}

// tick is a labelled position on an axis.
type tick struct {
	Pos    int
	Label  string
	Anchor string // text-anchor
}

// point is a mark on a chart.
type point struct {
	X, Y  int
	Title string
	Path  string // for the target's diamond
}

func benefitsOf(p *veiviser.Project, o Options) *benefitsView {
	l := o.Language
	plan := p.BenefitPlan()
	if plan == nil {
		return &benefitsView{Missing: true}
	}
	v := &benefitsView{Responsible: plan.Responsible}
	for bi := range plan.Benefits {
		b := &plan.Benefits[bi]
		bv := benefitView{ID: b.ID, Description: b.Description, Owner: b.Owner}
		if st := b.State(); st.IsValid() {
			bv.State = st.Label(l)
		}
		for ii := range b.Indicators {
			bv.Indicators = append(bv.Indicators, indicatorOf(&b.Indicators[ii], "ind-"+strconv.Itoa(bi+1)+"-"+strconv.Itoa(ii+1), o))
		}
		v.Benefits = append(v.Benefits, bv)
	}
	return v
}

const (
	chartWidth  = 420
	chartHeight = 210
	chartLeft   = 100
	chartRight  = 404
	chartTop    = 18
	chartBottom = 170
)

func indicatorOf(in *benefit.Indicator, id string, o Options) indicatorView {
	l := o.Language
	v := indicatorView{ID: id, Name: in.Name, Method: in.Method, MeasuredBy: in.MeasuredBy}
	v.Unit = in.Unit.Label(l)
	if in.UnitName != "" {
		v.Unit = in.UnitName
	}
	reading := func(r benefit.Reading) string {
		if !r.IsSet() {
			return "—"
		}
		return in.Format(r.Value, l) + ", " + r.Date.Norwegian()
	}
	v.Baseline, v.Target = reading(in.Baseline), reading(in.Target)
	if m, ok := in.Latest(); ok {
		v.Latest = in.Format(m.Value, l) + ", " + m.Date.Norwegian()
	} else {
		v.Latest = wordNotMeasured.In(l)
	}
	switch pr, err := in.Achievement(); {
	case err == nil:
		v.Achievement = pr.String()
		v.Reached, v.Measured = pr.Reached(), true
	case errors.Is(err, benefit.ErrNotMeasurable):
		v.Achievement = wordNotMeasurable.In(l)
	default:
		v.Achievement = "—"
	}

	ms := slices.Clone(in.Measurements)
	slices.SortStableFunc(ms, func(a, b benefit.Measurement) int { return a.Date.Compare(b.Date) })
	if in.Baseline.IsSet() {
		v.Rows = append(v.Rows, indicatorRow{Kind: wordBaseline.In(l), Date: in.Baseline.Date.Norwegian(), Value: in.Format(in.Baseline.Value, l)})
	}
	for _, m := range ms {
		v.Rows = append(v.Rows, indicatorRow{Kind: wordMeasurement.In(l), Date: m.Date.Norwegian(), Value: in.Format(m.Value, l), Comment: m.Comment})
	}
	if in.Target.IsSet() {
		v.Rows = append(v.Rows, indicatorRow{Kind: wordTarget.In(l), Date: in.Target.Date.Norwegian(), Value: in.Format(in.Target.Value, l)})
	}
	v.Chart = indicatorChart(in, ms, o)
	v.Chart.Title = in.Name
	var desc []string
	if in.Baseline.IsSet() {
		desc = append(desc, wordBaseline.In(l)+" "+v.Baseline+".")
	}
	if in.Target.IsSet() {
		desc = append(desc, wordTarget.In(l)+" "+v.Target+".")
	}
	desc = append(desc, wordLatest.In(l)+": "+v.Latest+".", wordAchievement.In(l)+": "+v.Achievement+".")
	v.Chart.Desc = strings.Join(desc, " ")
	return v
}

// indicatorChart lays out the chart of an indicator whose measurements, in
// date order, are ms. Time runs along x from the earliest to the latest
// date of the baseline, the target, the measurements and today; values run
// along y over the range they take.
func indicatorChart(in *benefit.Indicator, ms []benefit.Measurement, o Options) chart {
	l := o.Language
	c := chart{Width: chartWidth, Height: chartHeight, Left: chartLeft, Right: chartRight, Top: chartTop, Bottom: chartBottom}
	var dates []phase.Date
	var values []benefit.Quantity
	if in.Baseline.IsSet() {
		dates, values = append(dates, in.Baseline.Date), append(values, in.Baseline.Value)
	}
	if in.Target.IsSet() {
		dates, values = append(dates, in.Target.Date), append(values, in.Target.Value)
	}
	for _, m := range ms {
		if m.Date.IsValid() {
			dates, values = append(dates, m.Date), append(values, m.Value)
		}
	}
	if len(dates) == 0 {
		return c
	}
	first, last := slices.MinFunc(dates, phase.Date.Compare), slices.MaxFunc(dates, phase.Date.Compare)
	if o.Today.After(first) && o.Today.Before(last.AddDays(366)) {
		last = slices.MaxFunc([]phase.Date{last, o.Today}, phase.Date.Compare)
	}
	days := max(first.DaysUntil(last), 1)
	lo, hi := slices.Min(values), slices.Max(values)
	if lo == hi {
		lo, hi = lo-1000, hi+1000
	}
	// Leave a tenth of the range above and below.
	padv := (hi - lo) / 10
	lo, hi = lo-padv, hi+padv
	x := func(d phase.Date) int {
		return chartLeft + int(int64(first.DaysUntil(d))*int64(chartRight-chartLeft)/int64(days))
	}
	y := func(q benefit.Quantity) int {
		return chartBottom - int(float64(q-lo)/float64(hi-lo)*float64(chartBottom-chartTop)+0.5)
	}

	ticks := map[int]bool{}
	addY := func(q benefit.Quantity) {
		yy := y(q)
		for t := range ticks {
			if abs(t-yy) < 12 {
				return
			}
		}
		ticks[yy] = true
		c.YTicks = append(c.YTicks, tick{Pos: yy, Label: in.Format(q, l)})
	}
	xt := func(d phase.Date) {
		xx := x(d)
		for _, t := range c.XTicks {
			if abs(t.Pos-xx) < 70 {
				return
			}
		}
		anchor := "middle"
		switch {
		case xx-chartLeft < 34:
			anchor = "start"
		case chartRight-xx < 34:
			anchor = "end"
		}
		c.XTicks = append(c.XTicks, tick{Pos: xx, Label: d.Norwegian(), Anchor: anchor})
	}
	var actual []string
	if in.Baseline.IsSet() {
		b := &point{X: x(in.Baseline.Date), Y: y(in.Baseline.Value), Title: wordBaseline.In(l) + ": " + in.Format(in.Baseline.Value, l) + ", " + in.Baseline.Date.Norwegian()}
		c.Baseline = b
		actual = append(actual, xy(b.X, b.Y))
		addY(in.Baseline.Value)
		xt(in.Baseline.Date)
	}
	if in.Target.IsSet() {
		t := &point{X: x(in.Target.Date), Y: y(in.Target.Value), Title: wordTarget.In(l) + ": " + in.Format(in.Target.Value, l) + ", " + in.Target.Date.Norwegian()}
		t.Path = diamond(t.X, t.Y, 8)
		c.Target = t
		addY(in.Target.Value)
		xt(in.Target.Date)
		if c.Baseline != nil {
			c.Planned = xy(c.Baseline.X, c.Baseline.Y) + " " + xy(t.X, t.Y)
		}
	}
	for _, m := range ms {
		if !m.Date.IsValid() {
			continue
		}
		pt := point{X: x(m.Date), Y: y(m.Value), Title: wordMeasurement.In(l) + ": " + in.Format(m.Value, l) + ", " + m.Date.Norwegian()}
		c.Points = append(c.Points, pt)
		actual = append(actual, xy(pt.X, pt.Y))
	}
	if len(ms) > 0 {
		last := ms[len(ms)-1]
		addY(last.Value)
	}
	if len(actual) > 1 {
		c.Actual = strings.Join(actual, " ")
	}
	if !o.Today.Before(first) && !o.Today.After(last) {
		c.Today = &tick{Pos: x(o.Today), Label: wordToday.In(l) + " " + o.Today.Norwegian()}
	}
	return c
}

func xy(x, y int) string { return strconv.Itoa(x) + "," + strconv.Itoa(y) }

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
