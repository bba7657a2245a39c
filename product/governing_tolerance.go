package product

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// ToleranceArea is what a tolerance (toleranse) of a governing document
// limits. The zero value is unset.
type ToleranceArea uint8

// The six tolerance areas of the governing document template.
const (
	ToleranceTime        ToleranceArea = iota + 1 // tid
	ToleranceCost                                 // kostnad
	ToleranceScope                                // omfang
	ToleranceQuality                              // kvalitet
	ToleranceUncertainty                          // usikkerhet
	ToleranceBenefits                             // gevinster
)

var toleranceAreas = enum.Table[ToleranceArea]{
	Type: "tolerance area",
	Codes: []string{
		"time", "cost", "scope", "quality", "uncertainty", "benefits",
	},
	Labels: []enum.Label{
		ToleranceTime:        {NB: "Tid", NN: "Tid", EN: "Time"},
		ToleranceCost:        {NB: "Kostnad", NN: "Kostnad", EN: "Cost"},
		ToleranceScope:       {NB: "Omfang", NN: "Omfang", EN: "Scope"},
		ToleranceQuality:     {NB: "Kvalitet", NN: "Kvalitet", EN: "Quality"},
		ToleranceUncertainty: {NB: "Usikkerhet", NN: "Uvisse", EN: "Uncertainty"},
		ToleranceBenefits:    {NB: "Gevinster", NN: "Gevinstar", EN: "Benefits"},
	},
}

// ToleranceAreas returns the six areas in the template's order.
func ToleranceAreas() []ToleranceArea { return toleranceAreas.All() }

// String returns the wire code, such as "uncertainty".
func (a ToleranceArea) String() string { return toleranceAreas.String(a) }

// IsValid reports whether a is one of the six areas.
func (a ToleranceArea) IsValid() bool { return toleranceAreas.Valid(a) }

// Text returns the name of a in bokmål, nynorsk and English; for an invalid
// a, its String form.
func (a ToleranceArea) Text() phase.Text { return phase.Text(toleranceAreas.Label(a)) }

// Label returns the area's name in language l, such as "Usikkerhet".
func (a ToleranceArea) Label(l phase.Language) string { return a.Text().In(l) }

// MarshalText encodes a as its wire code.
func (a ToleranceArea) MarshalText() ([]byte, error) { return toleranceAreas.Marshal(a) }

// UnmarshalText decodes a wire code; anything else is a *enum.ValueError.
func (a *ToleranceArea) UnmarshalText(b []byte) error { return toleranceAreas.Unmarshal(b, a) }

// Tolerance is how far the project may deviate in one area before the
// project manager must escalate to the project owner, as written
// ("±10 %", "3 måneder", or «Ikke relevant»).
type Tolerance struct {
	Area  ToleranceArea `json:"area,omitempty" validate:"valid"`
	Limit string        `json:"limit"`
}

// tolerances checks that each of the six areas has one tolerance.
func (c *checker) tolerances(path string, ts []Tolerance) {
	seen := map[ToleranceArea]bool{}
	for i, t := range ts {
		p := indexPath(path, i)
		name := t.Area.Text()
		if seen[t.Area] && t.Area.IsValid() {
			c.add("tolerance_duplicate", p+".area", phase.SeverityError, phase.Text{
				NB: "Toleransen for " + lower(name.NB) + " står to ganger",
				NN: "Toleransen for " + lower(name.NN) + " står to gonger",
				EN: "The tolerance for " + lower(name.EN) + " is given twice",
			})
		}
		seen[t.Area] = true
		c.text(p+".limit", t3("Toleranse: "+name.NB, "Toleranse: "+name.NN, "Tolerance: "+name.EN), t.Limit)
	}
	for _, a := range ToleranceAreas() {
		if !seen[a] {
			c.add("tolerance_missing", path, phase.SeverityError, phase.Text{
				NB: "Toleranse for " + lower(a.Label(phase.Bokmal)) + " mangler; oppgi den eller skriv «Ikke relevant»",
				NN: "Toleranse for " + lower(a.Label(phase.Nynorsk)) + " manglar; gje henne opp eller skriv «Ikkje relevant»",
				EN: "No tolerance for " + lower(a.Label(phase.English)) + "; give it or write «Ikke relevant»",
			})
		}
	}
}
