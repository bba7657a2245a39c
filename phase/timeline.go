package phase

import (
	"strconv"
)

// Period is the planned start and end of a phase (inclusive dates). Sub
// numbers an execution sub-phase (1, 2, …) in a split execution phase and
// is 0 otherwise.
type Period struct {
	Phase Phase `json:"phase" validate:"valid"`
	Sub   int   `json:"sub,omitempty" validate:"gte=0"`
	Start Date  `json:"start" validate:"valid"`
	End   Date  `json:"end" validate:"valid"`
}

// Position returns the period's phase and sub-phase as a Position.
func (p Period) Position() Position { return Position{Phase: p.Phase, Sub: p.Sub} }

// Timeline is a planned timeline (foreløpig tidsplan): one period per phase,
// in the order the phases come.
type Timeline []Period

// Find returns the first period of phase p.
func (t Timeline) Find(p Phase) (Period, bool) {
	for _, x := range t {
		if x.Phase == p {
			return x, true
		}
	}
	return Period{}, false
}

// Start returns the first start date in t, or the zero Date.
func (t Timeline) Start() Date {
	var d Date
	for _, p := range t {
		if !p.Start.IsZero() && (d.IsZero() || p.Start.Before(d)) {
			d = p.Start
		}
	}
	return d
}

// End returns the last end date in t, or the zero Date.
func (t Timeline) End() Date {
	var d Date
	for _, p := range t {
		if p.End.After(d) {
			d = p.End
		}
	}
	return d
}

// Validate reports, with the path of each period ("[3].end"):
//   - timeline.phase: an unknown phase (error);
//   - timeline.date: a missing or impossible date (error);
//   - timeline.end_before_start: a period that ends before it starts (error);
//   - timeline.order: a phase listed after a later phase (error);
//   - timeline.duplicate: the same phase (and sub-phase) twice (error);
//   - timeline.overlap: a period that starts on or before the end of the one
//     before it (error; seed 001 has one);
//   - timeline.gap: days between a period's end and the next one's start
//     (warning).
//
// An empty timeline is valid.
func (t Timeline) Validate() Findings {
	var fs Findings
	add := func(code Code, path string, sev Severity, msg Text) {
		fs = append(fs, newFinding(code, path, sev, msg))
	}
	seen := map[Position]int{}
	for i, p := range t {
		path := "[" + strconv.Itoa(i) + "]"
		if !p.Phase.IsValid() || p.Sub < 0 {
			add("timeline.phase", path+".phase", SeverityError, Text{
				NB: "Ukjent fase", NN: "Ukjend fase", EN: "Unknown phase"})
			continue
		}
		name := p.Position().Label
		if j, dup := seen[p.Position()]; dup {
			add("timeline.duplicate", path+".phase", SeverityError, Text{
				NB: name(Bokmal) + " står to ganger (også i rad " + strconv.Itoa(j+1) + ")",
				NN: name(Nynorsk) + " står to gonger (òg i rad " + strconv.Itoa(j+1) + ")",
				EN: name(English) + " is listed twice (also in row " + strconv.Itoa(j+1) + ")"})
		}
		seen[p.Position()] = i
		datesOK := true
		for _, d := range []struct {
			field string
			date  Date
		}{{"start", p.Start}, {"end", p.End}} {
			if !d.date.IsValid() {
				datesOK = false
				add("timeline.date", path+"."+d.field, SeverityError, Text{
					NB: name(Bokmal) + " mangler gyldig dato", NN: name(Nynorsk) + " manglar gyldig dato",
					EN: name(English) + " has no valid date"})
			}
		}
		if datesOK && p.End.Before(p.Start) {
			add("timeline.end_before_start", path+".end", SeverityError, Text{
				NB: name(Bokmal) + " slutter " + p.End.Norwegian() + ", før den starter " + p.Start.Norwegian(),
				NN: name(Nynorsk) + " sluttar " + p.End.Norwegian() + ", før han startar " + p.Start.Norwegian(),
				EN: name(English) + " ends " + p.End.Norwegian() + ", before it starts " + p.Start.Norwegian()})
		}
		if i == 0 {
			continue
		}
		prev := t[i-1]
		if !prev.Phase.IsValid() {
			continue
		}
		pname := prev.Position().Label
		if comparePositions(prev.Position(), p.Position()) > 0 {
			add("timeline.order", path+".phase", SeverityError, Text{
				NB: name(Bokmal) + " står etter " + pname(Bokmal) + ", men kommer før den",
				NN: name(Nynorsk) + " står etter " + pname(Nynorsk) + ", men kjem før han",
				EN: name(English) + " is listed after " + pname(English) + " but comes before it"})
			continue
		}
		if !datesOK || !prev.End.IsValid() || !prev.Start.IsValid() {
			continue
		}
		switch gap := prev.End.DaysUntil(p.Start); {
		case gap <= 0:
			add("timeline.overlap", path+".start", SeverityError, Text{
				NB: name(Bokmal) + " starter " + p.Start.Norwegian() + ", før " + pname(Bokmal) + " slutter " + prev.End.Norwegian(),
				NN: name(Nynorsk) + " startar " + p.Start.Norwegian() + ", før " + pname(Nynorsk) + " sluttar " + prev.End.Norwegian(),
				EN: name(English) + " starts " + p.Start.Norwegian() + ", before " + pname(English) + " ends " + prev.End.Norwegian()})
		case gap > 1:
			n := strconv.Itoa(gap - 1)
			add("timeline.gap", path+".start", SeverityWarning, Text{
				NB: n + " dager uten fase mellom " + pname(Bokmal) + " og " + name(Bokmal),
				NN: n + " dagar utan fase mellom " + pname(Nynorsk) + " og " + name(Nynorsk),
				EN: n + " days without a phase between " + pname(English) + " and " + name(English)})
		}
	}
	return fs
}

// comparePositions orders positions by phase, then sub-phase.
func comparePositions(a, b Position) int {
	if a.Phase != b.Phase {
		return cmpInt(int(a.Phase), int(b.Phase))
	}
	return cmpInt(a.Sub, b.Sub)
}
