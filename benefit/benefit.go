package benefit

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// Benefit is one benefit (gevinst) of a benefit realisation plan, with the
// fields of the template: what it is, which product it comes from, where
// it arises, whether it is priced, who owns it, when it starts, what it
// depends on, how it is measured, and what has happened to it.
//
// A Benefit is plain data. Its lifecycle state is derived from History,
// which only Apply should extend; Plan.Validate reports a history that the
// lifecycle cannot replay.
type Benefit struct {
	// ID identifies the benefit within its plan, e.g. "G1".
	ID string `json:"id" validate:"filled"`
	// Description says what the benefit is (beskrivelse).
	Description string `json:"description" validate:"filled"`
	// Product is the product or deliverable the benefit comes from
	// (knyttet til produkt).
	Product string `json:"product,omitempty"`
	// Area is where the benefit arises.
	Area Area `json:"area,omitempty" validate:"valid"`
	// Valuation says whether the benefit is priced.
	Valuation Valuation `json:"valuation,omitempty" validate:"valid"`
	// Importance (viktighet) is required for unpriced benefits.
	Importance Importance `json:"importance,omitempty" validate:"omitempty,valid"`
	// Justification (begrunnelse) is required for unpriced benefits.
	Justification string `json:"justification,omitempty"`
	// Owner is the benefit owner (gevinsteier), a role or a person.
	Owner string `json:"owner,omitempty"`
	// StartYear is the first year the benefit arises; required for priced
	// benefits.
	StartYear int `json:"startYear,omitempty" validate:"omitempty,gte=1900,lte=2200"`
	// FullEffect is the priced benefit's annual value at full effect
	// (verdi per år, full effekt).
	FullEffect Money `json:"fullEffect,omitempty"`
	// Profile is the priced benefit's value year by year from StartYear;
	// the template asks for at least ten years.
	Profile []Money `json:"profile,omitempty"`
	// Preconditions (forutsetninger) the benefit depends on.
	Preconditions []string `json:"preconditions,omitempty" validate:"dive,filled"`
	// Indicators measure the benefit (måleindikatorer).
	Indicators []Indicator `json:"indicators,omitempty" validate:"dive"`
	// History lists the lifecycle changes, oldest first.
	History []Change `json:"history,omitempty" validate:"dive"`
}

// IsPriced reports whether b is a priced benefit.
func (b *Benefit) IsPriced() bool { return b.Valuation == Priced }

// Indicator is a measurable indicator of a benefit (måleindikator): its
// unit, how and by whom it is measured, its baseline (nullpunktsmåling)
// and target, the planned measurement points, and the measurements so far.
type Indicator struct {
	// Name says what is measured, e.g. "Saksbehandlingstid, byggesak".
	Name string `json:"name" validate:"filled"`
	// Unit is the unit of measurement (måleenhet).
	Unit Unit `json:"unit,omitempty" validate:"valid"`
	// UnitName names the unit when Unit is Named, e.g. "dager".
	UnitName string `json:"unitName,omitempty"`
	// Method is the measurement method (målemetode).
	Method string `json:"method,omitempty"`
	// MeasuredBy is who measures (måleansvarlig).
	MeasuredBy string `json:"measuredBy,omitempty"`
	// Baseline is the baseline measurement (nullpunktsmåling, startverdi).
	Baseline Reading `json:"baseline,omitzero"`
	// Target is the desired value (ønsket verdi, mål) and when it is to be
	// reached.
	Target Reading `json:"target,omitzero"`
	// Points are the planned measurement points.
	Points []PlannedPoint `json:"points,omitempty" validate:"dive"`
	// Measurements are the measurements taken, in any order. Their one
	// rule is a valid date (tag dates, see internal/validate: the dates
	// of the elements, without a dive into their other fields).
	// Plan.Validate checks the tags of Benefit and every type below it by
	// hand (checkBenefitFields) and TestBenefitTags lists them: a rule
	// added here, or on Measurement, is added to the tag, to
	// checkBenefitFields and to that list together.
	Measurements []Measurement `json:"measurements,omitempty" validate:"dates"`
}

// Reading is a value at a date: a baseline or a target. A Reading with the
// zero Date is not set, whatever its value, since zero is a legitimate
// value (no self-service at all, say).
type Reading struct {
	Value Quantity   `json:"value"`
	Date  phase.Date `json:"date" validate:"omitzero,valid"`
}

// IsSet reports whether r has a date.
func (r Reading) IsSet() bool { return !r.Date.IsZero() }

// Measurement is one measurement of an indicator: when, what, and any
// comment (resultat, avvik).
type Measurement struct {
	Date    phase.Date `json:"date" validate:"valid"`
	Value   Quantity   `json:"value"`
	Comment string     `json:"comment,omitempty"`
}

// Format returns q with the indicator's unit in language l: "21 dager",
// "35 %", "1 234 kr".
func (in *Indicator) Format(q Quantity, l phase.Language) string {
	return in.Unit.Format(q, in.UnitName, l)
}

// Latest returns the latest measurement (the last one listed among those
// with the latest date) and false when there is none.
func (in *Indicator) Latest() (Measurement, bool) {
	i := in.latestAt(phase.Date{})
	if i < 0 {
		return Measurement{}, false
	}
	return in.Measurements[i], true
}

// latestAt returns the index of the latest measurement dated on or before
// d (any date when d is zero), or -1.
func (in *Indicator) latestAt(d phase.Date) int {
	best := -1
	for i := range in.Measurements {
		m := &in.Measurements[i]
		if !d.IsZero() && m.Date.After(d) {
			continue
		}
		if best < 0 || !m.Date.Before(in.Measurements[best].Date) {
			best = i
		}
	}
	return best
}

// Achievement returns the progress of the latest measurement from the
// baseline to the target (see the function Achievement). Without a
// baseline, a target or a measurement the error wraps ErrNotMeasurable;
// with target equal to baseline it wraps ErrZeroSpan.
func (in *Indicator) Achievement() (Progress, error) {
	return in.achievementAt(phase.Date{})
}

func (in *Indicator) achievementAt(d phase.Date) (Progress, error) {
	if !in.Baseline.IsSet() || !in.Target.IsSet() {
		return 0, &AchievementError{Baseline: in.Baseline.Value, Target: in.Target.Value, Err: ErrNotMeasurable}
	}
	i := in.latestAt(d)
	if i < 0 {
		return 0, &AchievementError{Baseline: in.Baseline.Value, Target: in.Target.Value, Err: ErrNotMeasurable}
	}
	return Achievement(in.Baseline.Value, in.Target.Value, in.Measurements[i].Value)
}
