package report

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
)

// ribbon is the phase ribbon: the project's phases in the order of its
// model, in the style of Prosjektveiviseren's figure, with a marker for
// each decision point between them.
type ribbon struct {
	Title, Desc string
	Width       int
	Height      int
	Segments    []ribbonSegment
	Markers     []ribbonMarker
	Phases      []phaseRow // the text alternative: one row per segment
	Steps       []stepRow  // one row per decision point
}

// ribbonSegment is one phase (or execution sub-phase) of the ribbon.
type ribbonSegment struct {
	X, Y, W, H   int
	TX, TY1, TY2 int
	Fit          int // textLength for a label that would not fit; 0 when it fits
	Class        string
	Label, State string
}

// ribbonMarker is a decision point on the ribbon.
type ribbonMarker struct {
	X, Y          int
	Path          string // the diamond
	Class         string
	Label         string // BP1
	LabelY, DateY int
	Glyph         string // ✓, ↺, ✕, or nothing
	Date          string
}

// phaseRow is one segment of the ribbon as a table row.
type phaseRow struct {
	Phase, State, Planned, Note string
}

// stepRow is one decision point of the ribbon as a table row.
type stepRow struct {
	Point, Title, Outcome, Date, Body string
}

const (
	ribbonWidth  = 1000
	ribbonPad    = 34
	ribbonGap    = 20
	ribbonTop    = 34
	ribbonHeight = 58
)

type segment struct {
	pos     phase.Position
	skipped *phase.Skip
}

type boundary struct {
	at   int // the segment the marker stands before; len(segments) for the end
	step phase.Step
}

// phaseRibbon lays out the ribbon of p.
func phaseRibbon(p *veiviser.Project, o Options) ribbon {
	l := o.Language
	m := p.Lifecycle().Model()
	var segs []segment
	var bounds []boundary
	if init := m.Initial(); init.Phase.IsValid() {
		segs = append(segs, segment{pos: init})
	}
	for _, st := range m.Steps() {
		bounds = append(bounds, boundary{at: len(segs), step: st})
		for i := range st.Skipped {
			segs = append(segs, segment{pos: phase.Position{Phase: st.Skipped[i].Phase}, skipped: &st.Skipped[i]})
		}
		if !st.Completes() {
			segs = append(segs, segment{pos: st.To})
		}
	}

	cur := -1
	for i, s := range segs {
		if s.skipped == nil && s.pos == p.Position() {
			cur = i
		}
	}
	status := p.Status()
	history := p.History()

	r := ribbon{Width: ribbonWidth, Height: ribbonTop + ribbonHeight + 44}
	n := max(len(segs), 1)
	span := (ribbonWidth - 2*ribbonPad) / n
	for i, s := range segs {
		x := ribbonPad + i*span
		seg := ribbonSegment{X: x + ribbonGap/2, Y: ribbonTop, W: span - ribbonGap, H: ribbonHeight}
		seg.TX = seg.X + seg.W/2
		seg.TY1 = ribbonTop + 24
		seg.TY2 = ribbonTop + 44
		seg.Label = s.pos.Label(l)
		note := ""
		switch {
		case s.skipped != nil:
			seg.State, seg.Class = wordSkipped.In(l), "seg skipped"
			note = s.skipped.Justification
		case status == phase.Completed || (cur >= 0 && i < cur):
			seg.State, seg.Class = "✓ "+wordDone.In(l), "seg done"
		case i == cur && status == phase.Active:
			seg.State, seg.Class = "▶ "+wordNow.In(l), "seg current"
		case i == cur:
			seg.State, seg.Class = "■ "+strings.ToLower(status.Label(l)), "seg current stopped"
		case status == phase.Halted:
			seg.State, seg.Class = wordNotReached.In(l), "seg ahead"
		default:
			seg.State, seg.Class = wordAhead.In(l), "seg ahead"
		}
		seg.Class += " ph-" + s.pos.Phase.String()
		// About 7.6 units a character at the label's size, in bold; squeeze
		// a label that would not fit rather than let it run into the next
		// phase.
		if est := utf8.RuneCountInString(seg.Label) * 76 / 10; est > seg.W-8 {
			seg.Fit = seg.W - 8
		}
		r.Segments = append(r.Segments, seg)
		planned := ""
		for _, per := range p.Timeline {
			if per.Position() == s.pos {
				planned = per.Start.Norwegian() + "–" + per.End.Norwegian()
			}
		}
		r.Phases = append(r.Phases, phaseRow{Phase: seg.Label, State: strings.TrimLeft(seg.State, "✓▶■ "), Planned: planned, Note: note})
	}

	next, hasNext := p.Lifecycle().Next()
	for _, b := range bounds {
		x := ribbonPad + b.at*span
		y := ribbonTop + ribbonHeight/2
		mk := ribbonMarker{X: x, Y: y, Label: pointsLabel(b.step), LabelY: ribbonTop - 10, DateY: ribbonTop + ribbonHeight + 20, Class: "bp"}
		mk.Path = diamond(x, y, 10)
		sr := stepRow{Point: mk.Label, Title: b.step.Title(l), Outcome: "—"}
		if d, ok := lastAt(history, b.step.Point); ok {
			mk.Date = d.Date.Norwegian()
			sr.Date, sr.Body = mk.Date, d.Body
			sr.Outcome = d.Outcome.Label(l)
			switch d.Outcome {
			case phase.Approved:
				mk.Glyph, mk.Class = "✓", "bp approved"
			case phase.SentBack:
				mk.Glyph, mk.Class = "↺", "bp sentback"
			case phase.Stopped:
				mk.Glyph, mk.Class = "✕", "bp stopped"
			}
			if k := p.Lifecycle().Resubmissions(b.step.Point); k > 0 && d.Outcome != phase.SentBack {
				sr.Outcome += " (" + sentBackText(k, l) + ")"
			}
		}
		if hasNext && status == phase.Active && next.Point == b.step.Point {
			mk.Class += " next"
			if sr.Outcome == "—" {
				sr.Outcome = wordPending.In(l)
			} else {
				sr.Outcome += "; " + wordPending.In(l)
			}
		}
		r.Markers = append(r.Markers, mk)
		r.Steps = append(r.Steps, sr)
	}

	r.Title = wordPhaseRibbon.In(l) + ": " + p.Name
	var desc []string
	if cur >= 0 {
		desc = append(desc, wordPhase.In(l)+": "+segs[cur].pos.Label(l)+" ("+strings.ToLower(status.Label(l))+").")
	}
	for _, s := range r.Steps {
		if s.Date != "" {
			desc = append(desc, s.Point+": "+s.Outcome+" "+s.Date+".")
		}
	}
	for _, s := range segs {
		if s.skipped != nil {
			desc = append(desc, s.pos.Label(l)+": "+wordSkipped.In(l)+".")
		}
	}
	r.Desc = strings.Join(desc, " ")
	return r
}

// pointsLabel is the label of a step's point, with the points it covers:
// "BP4+BP5" for a step that passes over a skipped closure phase.
func pointsLabel(st phase.Step) string {
	labels := []string{st.Point.Label()}
	for _, c := range st.Covers {
		if c != st.Point && !slices.Contains(labels, c.Label()) {
			labels = append(labels, c.Label())
		}
	}
	return strings.Join(labels, "+")
}

// lastAt returns the last decision taken at point pt.
func lastAt(h []phase.Decision, pt phase.DecisionPoint) (phase.Decision, bool) {
	for i := len(h) - 1; i >= 0; i-- {
		if h[i].Point == pt {
			return h[i], true
		}
	}
	return phase.Decision{}, false
}

// sentBackText says how many times a case was sent back.
func sentBackText(k int, l phase.Language) string {
	sb := strings.ToLower(phase.SentBack.Label(l))
	if k == 1 {
		return phase.Text{NB: "først " + sb, NN: "først " + sb, EN: "first " + sb}.In(l)
	}
	return phase.Text{NB: sb + " " + itoa(k) + " ganger", NN: sb + " " + itoa(k) + " gonger", EN: sb + " " + itoa(k) + " times"}.In(l)
}

// diamond is the path of a diamond of half-size r at (x, y).
func diamond(x, y, r int) string {
	return "M" + itoa(x) + " " + itoa(y-r) + "L" + itoa(x+r) + " " + itoa(y) + "L" + itoa(x) + " " + itoa(y+r) + "L" + itoa(x-r) + " " + itoa(y) + "Z"
}
