package report

import (
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// quadrantView is the stakeholder map: interest along x, influence along
// y, on the template's four-step scale, with the four quadrants of the
// classic grid; and the same as a table.
type quadrantView struct {
	Title, Desc   string
	Width, Height int
	Left, Right   int
	Top, Bottom   int
	MidX, MidY    int // the lines between low and high
	XTicks        []tick
	YTicks        []tick
	Regions       []region
	Dots          []dot
	Rows          []stakeholderRow
	XLabel        string
	YLabel        string
}

// region is the label of a quadrant.
type region struct {
	X, Y   int
	Anchor string
	Label  string
}

// dot is one stakeholder on the map.
type dot struct {
	X, Y   int
	TX, TY int
	Label  string // the stakeholder's ID
	Title  string
}

// stakeholderRow is one stakeholder as a table row.
type stakeholderRow struct {
	ID, Group, Interest, Influence, Quadrant string
}

const (
	quadWidth  = 560
	quadHeight = 440
	quadLeft   = 110
	quadRight  = 540
	quadTop    = 20
	quadBottom = 380
)

// quadrantOf lays out the stakeholder map of r, or returns nil when r has
// no stakeholders.
func quadrantOf(r *stakeholder.Register, l phase.Language) *quadrantView {
	if len(r.Stakeholders) == 0 {
		return nil
	}
	levels := stakeholder.Levels()
	n := len(levels)
	cw := (quadRight - quadLeft) / n
	ch := (quadBottom - quadTop) / n
	v := &quadrantView{
		Width: quadWidth, Height: quadHeight, Left: quadLeft, Right: quadRight, Top: quadTop, Bottom: quadBottom,
		XLabel: wordInterest.In(l) + " →", YLabel: wordInfluence.In(l) + " →",
		Title: wordStakeholderMap.In(l),
	}
	// Level.IsHigh splits the scale: the first level that is high starts
	// the upper half.
	split := n
	for i, lv := range levels {
		if lv.IsHigh() {
			split = i
			break
		}
	}
	v.MidX = quadLeft + split*cw
	v.MidY = quadBottom - split*ch
	for i, lv := range levels {
		v.XTicks = append(v.XTicks, tick{Pos: quadLeft + i*cw + cw/2, Label: lv.Label(l)})
		v.YTicks = append(v.YTicks, tick{Pos: quadBottom - i*ch - ch/2, Label: lv.Label(l)})
	}
	v.Regions = []region{
		{X: quadRight - 6, Y: quadTop + 16, Anchor: "end", Label: stakeholder.ManageClosely.Label(l)},
		{X: quadLeft + 6, Y: quadTop + 16, Anchor: "start", Label: stakeholder.KeepSatisfied.Label(l)},
		{X: quadRight - 6, Y: quadBottom - 8, Anchor: "end", Label: stakeholder.KeepInformed.Label(l)},
		{X: quadLeft + 6, Y: quadBottom - 8, Anchor: "start", Label: stakeholder.Monitor.Label(l)},
	}
	index := func(lv stakeholder.Level) int {
		for i, x := range levels {
			if x == lv {
				return i
			}
		}
		return -1
	}
	// Each cell holds up to six dots, in two columns of three, centred; the
	// rest share the last place, and the table lists them all.
	cell := func(s stakeholder.Stakeholder) [2]int { return [2]int{index(s.Interest), index(s.Influence)} }
	total := map[[2]int]int{}
	for _, s := range r.Stakeholders {
		if s.Quadrant().IsValid() {
			total[cell(s)]++
		}
	}
	inCell := map[[2]int]int{}
	counts := map[stakeholder.Quadrant]int{}
	for _, s := range r.Stakeholders {
		row := stakeholderRow{ID: s.ID, Group: s.Group, Interest: "—", Influence: "—", Quadrant: wordNotClassified.In(l)}
		if s.Interest.IsValid() {
			row.Interest = s.Interest.Label(l)
		}
		if s.Influence.IsValid() {
			row.Influence = s.Influence.Label(l)
		}
		if q := s.Quadrant(); q.IsValid() {
			row.Quadrant = q.Label(l)
			counts[q]++
			c := cell(s)
			k := min(inCell[c], 5)
			inCell[c]++
			n := min(total[c], 6)
			cols, rows := min(n, 2), (n+1)/2
			cx := quadLeft + c[0]*cw + cw/2 - 10 // the label goes right of the dot
			cy := quadBottom - c[1]*ch - ch/2
			x := cx + (2*(k%2)-(cols-1))*cw/4
			y := cy + (2*(k/2)-(rows-1))*9
			v.Dots = append(v.Dots, dot{X: x, Y: y, TX: x + 11, TY: y + 4, Label: s.ID,
				Title: s.ID + " " + s.Group + ": " + wordInterest.In(l) + " " + row.Interest + ", " + wordInfluence.In(l) + " " + row.Influence})
		}
		v.Rows = append(v.Rows, row)
	}
	var desc []string
	for _, q := range stakeholder.Quadrants() {
		desc = append(desc, q.Label(l)+": "+itoa(counts[q]))
	}
	v.Desc = strings.Join(desc, "; ") + "."
	return v
}
