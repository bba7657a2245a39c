package benefit

// Summary sums up a plan: how many benefits, priced and unpriced, where
// they arise, what they are worth, where they stand and how far their
// indicators have come. Withdrawn benefits are counted in Benefits, the
// counts per area and ByState, but not in values or achievement.
type Summary struct {
	Benefits int // all benefits
	Priced   int
	Unpriced int
	// ByArea has one row per Area, in Area order, all areas included.
	ByArea []AreaSummary
	// ByState counts benefits per State: ByState[s] for each valid s.
	ByState [Withdrawn + 1]int
	// FullEffect is the annual value at full effect of the priced benefits.
	FullEffect Money
	// FirstYear is the first year of Profile; zero when Profile is empty.
	FirstYear int
	// Profile sums the yearly profiles of priced benefits, year by year
	// from FirstYear, each aligned by its StartYear.
	Profile []Money
	// Indicators counts the indicators of benefits not withdrawn.
	Indicators int
	// Measured counts those whose achievement can be computed from their
	// latest measurement; Reached those of them at or past their target.
	Measured, Reached int
	// Unmeasurable counts indicators that have measurements but whose
	// achievement cannot be computed (no baseline or target, or a target
	// equal to the baseline).
	Unmeasurable int
	// Achievement is the mean progress of the measured indicators; zero
	// when none is measured.
	Achievement Progress
}

// AreaSummary counts the benefits arising in one area and sums the annual
// value at full effect of its priced benefits.
type AreaSummary struct {
	Area       Area
	Benefits   int
	Priced     int
	Unpriced   int
	FullEffect Money
}

// Profile years outside this range are left out of Summary.Profile, which
// bounds its length however a plan's start years are set.
const (
	minYear = 1900
	maxYear = 2200
)

// Summarise returns the plan's summary. Sums saturate at Money's range
// rather than wrap. It does not modify the plan.
func (p *Plan) Summarise() Summary {
	var s Summary
	s.ByArea = make([]AreaSummary, Citizens)
	for a := range s.ByArea {
		s.ByArea[a].Area = Area(a + 1)
	}
	first, last := 0, 0 // the span of years that Profile covers: [first, last)
	var progress int64
	for i := range p.Benefits {
		b := &p.Benefits[i]
		s.Benefits++
		st := b.State()
		s.ByState[st]++
		var row *AreaSummary
		if b.Area.IsValid() {
			row = &s.ByArea[b.Area-1]
			row.Benefits++
		}
		switch b.Valuation {
		case Priced:
			s.Priced++
			if row != nil {
				row.Priced++
			}
		case Unpriced:
			s.Unpriced++
			if row != nil {
				row.Unpriced++
			}
		}
		if st == Withdrawn {
			continue
		}
		if b.Valuation == Priced {
			s.FullEffect = Money(satAdd(int64(s.FullEffect), int64(b.FullEffect)))
			if row != nil {
				row.FullEffect = Money(satAdd(int64(row.FullEffect), int64(b.FullEffect)))
			}
			if y := b.StartYear; len(b.Profile) > 0 && y >= minYear && y <= maxYear {
				end := min(y+len(b.Profile), maxYear+1)
				if first == 0 || y < first {
					first = y
				}
				last = max(last, end)
			}
		}
		for j := range b.Indicators {
			in := &b.Indicators[j]
			s.Indicators++
			pr, err := in.Achievement()
			switch {
			case err == nil:
				s.Measured++
				if pr.Reached() {
					s.Reached++
				}
				progress = satAdd(progress, int64(pr))
			case len(in.Measurements) > 0:
				s.Unmeasurable++
			}
		}
	}
	if s.Measured > 0 {
		s.Achievement = Progress(divRound(progress, int64(s.Measured)))
	}
	if first > 0 {
		s.FirstYear = first
		s.Profile = make([]Money, last-first)
		for i := range p.Benefits {
			b := &p.Benefits[i]
			y := b.StartYear
			if b.Valuation != Priced || y < minYear || y > maxYear || b.State() == Withdrawn {
				continue
			}
			for k, v := range b.Profile {
				if y+k > maxYear {
					break
				}
				at := &s.Profile[y+k-first]
				*at = Money(satAdd(int64(*at), int64(v)))
			}
		}
	}
	return s
}
