package benefit

import (
	"strconv"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// SizeClass is a municipality size class by population. KS asks for costs
// related to municipality size (seed 003), and Difi's checkpoint 4 names
// "kommunestorleik" as a property to assess benefits by. The classes are
// the three population groups of Statistics Norway's KOSTRA grouping of
// municipalities (SSB, "Gruppering av kommuner etter folkemengde og
// økonomiske rammebetingelser", Rapporter 2020/48, and its predecessors):
//
//	Small   under 5 000 inhabitants ("små kommuner", as SSB defines them)
//	Medium  5 000 to 19 999 inhabitants
//	Large   20 000 inhabitants or more
//
// The zero value is unset.
type SizeClass uint8

// The size classes, smallest first.
const (
	Small  SizeClass = iota + 1 // under 5 000 inhabitants
	Medium                      // 5 000 to 19 999 inhabitants
	Large                       // 20 000 inhabitants or more
)

// The population limits of the size classes: Medium starts at MediumFrom,
// Large at LargeFrom.
const (
	MediumFrom = 5000
	LargeFrom  = 20000
)

var sizeClasses = enum.Table[SizeClass]{Type: "size class", Codes: []string{"small", "medium", "large"}}

var sizeLabels = [...]phase.Text{
	Small:  {NB: "Små kommuner (under 5 000 innbyggere)", NN: "Små kommunar (under 5 000 innbyggjarar)", EN: "Small municipalities (under 5,000 inhabitants)"},
	Medium: {NB: "Mellomstore kommuner (5 000–19 999 innbyggere)", NN: "Mellomstore kommunar (5 000–19 999 innbyggjarar)", EN: "Medium-sized municipalities (5,000–19,999 inhabitants)"},
	Large:  {NB: "Store kommuner (20 000 innbyggere eller flere)", NN: "Store kommunar (20 000 innbyggjarar eller fleire)", EN: "Large municipalities (20,000 inhabitants or more)"},
}

// SizeClasses returns every size class, smallest first.
func SizeClasses() []SizeClass { return sizeClasses.All() }

// ClassOf returns the size class of a municipality of population
// inhabitants; the zero SizeClass for a population below 1.
func ClassOf(population int) SizeClass {
	switch {
	case population < 1:
		return 0
	case population < MediumFrom:
		return Small
	case population < LargeFrom:
		return Medium
	}
	return Large
}

// String returns the wire code: "small", "medium" or "large".
func (c SizeClass) String() string { return sizeClasses.String(c) }

// IsValid reports whether c is Small, Medium or Large.
func (c SizeClass) IsValid() bool { return sizeClasses.Valid(c) }

// Label returns the class's name with its limits in language l.
func (c SizeClass) Label(l phase.Language) string {
	if !c.IsValid() {
		return c.String()
	}
	return sizeLabels[c].In(l)
}

// MarshalText encodes c as its wire code.
func (c SizeClass) MarshalText() ([]byte, error) { return sizeClasses.Marshal(c) }

// UnmarshalText decodes a wire code.
func (c *SizeClass) UnmarshalText(b []byte) error { return sizeClasses.Unmarshal(b, c) }

// MunicipalShare is what a project means for the municipal sector, per
// Difi's checkpoints 3–6 for involving it: costs and benefits split by
// municipality size class, and the estimate of implementation costs that
// municipalities budget by.
type MunicipalShare struct {
	// Split gives costs and benefits per size class, each class at most once.
	Split []SizeShare `json:"split,omitempty" validate:"dive"`
	// Implementation is the estimate of implementation costs in the sector.
	Implementation *ImplementationCost `json:"implementation,omitempty"`
}

// SizeShare is the cost and benefit for the municipalities of one size
// class, in total for the class.
type SizeShare struct {
	Class SizeClass `json:"class,omitempty" validate:"valid"`
	// Municipalities is how many municipalities of the class are affected.
	Municipalities int `json:"municipalities" validate:"gte=0"`
	// Cost is the one-off cost (investment, integration, implementation).
	Cost Money `json:"cost"`
	// Benefit is the annual benefit at full effect.
	Benefit Money `json:"benefit"`
	// Effort is the annual effort freed (effektiviseringsgevinst), in årsverk.
	Effort Effort `json:"effort,omitempty"`
}

// PerMunicipality returns the share's cost, benefit and effort divided by
// the number of municipalities, rounded half away from zero to the øre and
// the hundredth årsverk; all zero when Municipalities is not positive.
func (s SizeShare) PerMunicipality() (cost, benefit Money, effort Effort) {
	if s.Municipalities <= 0 {
		return 0, 0, 0
	}
	n := int64(s.Municipalities)
	return Money(divRound(int64(s.Cost), n)), Money(divRound(int64(s.Benefit), n)), Effort(divRound(int64(s.Effort), n))
}

// divRound returns a/n rounded half away from zero, for n > 0.
func divRound(a, n int64) int64 {
	q, r := a/n, a%n
	if r < 0 {
		r = -r
	}
	if r >= n-r {
		if a < 0 {
			q--
		} else {
			q++
		}
	}
	return q
}

// Total returns the sum over all size classes, with the zero Class.
// Sums saturate at Money's range rather than wrap.
func (m *MunicipalShare) Total() SizeShare {
	var t SizeShare
	for _, s := range m.Split {
		t.Municipalities += s.Municipalities
		t.Cost = Money(satAdd(int64(t.Cost), int64(s.Cost)))
		t.Benefit = Money(satAdd(int64(t.Benefit), int64(s.Benefit)))
		t.Effort = Effort(satAdd(int64(t.Effort), int64(s.Effort)))
	}
	return t
}

// ImplementationCost is the estimate of what implementation costs the
// municipal sector, with when it was last updated and the year the solution
// is rolled out. Difi's checkpoint 6: municipalities want the estimate
// updated in the budget year before roll-out ("i budsjettåret før
// innføringa skal skje"), precise enough to budget by.
type ImplementationCost struct {
	Estimate    Money      `json:"estimate"`
	Updated     phase.Date `json:"updated" validate:"valid"`
	RollOutYear int        `json:"rollOutYear" validate:"gte=1900,lte=2200"`
	Note        string     `json:"note,omitempty"`
}

// BudgetYear returns the year before roll-out, in which municipalities
// budget for it.
func (c ImplementationCost) BudgetYear() int { return c.RollOutYear - 1 }

// Stale reports whether the estimate has not been updated in the budget
// year (or later) although, at date asOf, that year has come. Before the
// budget year nothing is stale yet. A zero asOf means "after roll-out":
// the estimate is stale whenever it was last updated before the budget
// year.
func (c ImplementationCost) Stale(asOf phase.Date) bool {
	if c.Updated.Year >= c.BudgetYear() {
		return false
	}
	return asOf.IsZero() || asOf.Year >= c.BudgetYear()
}

// checkImplementation reports a stale estimate: a warning during the budget
// year, an error from roll-out on.
func checkImplementation(fs *phase.Findings, c *ImplementationCost, asOf phase.Date) {
	if c.RollOutYear == 0 || !c.Stale(asOf) {
		return
	}
	sev := phase.SeverityError
	if !asOf.IsZero() && asOf.Year < c.RollOutYear {
		sev = phase.SeverityWarning
	}
	by, upd := strconv.Itoa(c.BudgetYear()), c.Updated.Norwegian()
	add(fs, "benefit.implementation_estimate_stale", "municipal.implementation.updated", sev,
		"Estimatet for innføringskostnader i kommunesektoren ble sist oppdatert "+upd+"; det skal oppdateres i budsjettåret "+by+", før innføringen i "+strconv.Itoa(c.RollOutYear),
		"Estimatet for innføringskostnader i kommunesektoren vart sist oppdatert "+upd+"; det skal oppdaterast i budsjettåret "+by+", før innføringa i "+strconv.Itoa(c.RollOutYear),
		"The estimate of implementation costs in the municipal sector was last updated "+upd+"; it is to be updated in the budget year "+by+", before roll-out in "+strconv.Itoa(c.RollOutYear))
}
