package benefit

import (
	"encoding"
	"errors"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/enum/enumtest"
	"github.com/digitale-helgeland/veiviser/internal/enum/texttest"
	"github.com/digitale-helgeland/veiviser/phase"
)

// enumValue is what every enumeration of the package provides.
type enumValue interface {
	String() string
	IsValid() bool
	Label(phase.Language) string
	encoding.TextMarshaler
}

func TestEnums(t *testing.T) {
	type enum struct {
		name   string
		values []enumValue
		fresh  func() encoding.TextUnmarshaler
		zero   enumValue
		bad    enumValue
	}
	all := func(vs ...enumValue) []enumValue { return vs }
	for _, e := range []enum{
		{"Area", all(OwnOrganisation, OtherState, Municipal, Business, Citizens), func() encoding.TextUnmarshaler { return new(Area) }, Area(0), Area(6)},
		{"Valuation", all(Priced, Unpriced), func() encoding.TextUnmarshaler { return new(Valuation) }, Valuation(0), Valuation(3)},
		{"Importance", all(Low, Moderate, High), func() encoding.TextUnmarshaler { return new(Importance) }, Importance(0), Importance(4)},
		{"Risk", all(LowRisk, MediumRisk, HighRisk), func() encoding.TextUnmarshaler { return new(Risk) }, Risk(0), Risk(4)},
		{"Unit", all(NOK, Hours, Count, Percent, FTE, Named), func() encoding.TextUnmarshaler { return new(Unit) }, Unit(0), Unit(7)},
		{"PointKind", all(PointBaseline, PointMidway, PointFinal), func() encoding.TextUnmarshaler { return new(PointKind) }, PointKind(0), PointKind(4)},
		{"State", all(Identified, Planned, Realising, Realised, NotRealised, Withdrawn), func() encoding.TextUnmarshaler { return new(State) }, State(0), State(7)},
		{"Event", all(EventPlan, EventStart, EventRealise, EventFail, EventWithdraw), func() encoding.TextUnmarshaler { return new(Event) }, Event(0), Event(6)},
		{"SizeClass", all(Small, Medium, Large), func() encoding.TextUnmarshaler { return new(SizeClass) }, SizeClass(0), SizeClass(4)},
	} {
		seen := map[string]bool{}
		for _, v := range e.values {
			b, err := v.MarshalText()
			if err != nil || !v.IsValid() || string(b) != v.String() || seen[v.String()] {
				t.Errorf("%s %v: MarshalText = %q, %v", e.name, v, b, err)
			}
			seen[v.String()] = true
			u := e.fresh()
			if err := u.UnmarshalText(b); err != nil || u.(enumValue).String() != v.String() {
				t.Errorf("%s: UnmarshalText(%q) = %v, %v", e.name, b, u, err)
			}
			for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English} {
				if lbl := v.Label(l); lbl == "" || lbl == v.String() && l != phase.English {
					t.Errorf("%s %v: Label(%s) = %q", e.name, v, l, lbl)
				}
			}
		}
		for _, v := range []enumValue{e.zero, e.bad} {
			if v.IsValid() {
				t.Errorf("%s %v is valid", e.name, v)
			}
			if _, err := v.MarshalText(); !errors.Is(err, phase.ErrUnknownValue) {
				t.Errorf("%s %v: MarshalText error %v", e.name, v, err)
			}
			if v.Label(phase.Bokmal) != v.String() {
				t.Errorf("%s %v: Label of an invalid value = %q", e.name, v, v.Label(phase.Bokmal))
			}
		}
		if err := e.fresh().UnmarshalText([]byte("nonsense")); !errors.Is(err, phase.ErrUnknownValue) || !strings.Contains(err.Error(), `"nonsense"`) {
			t.Errorf("%s: UnmarshalText(nonsense) = %v", e.name, err)
		}
	}
}

func TestEnumTables(t *testing.T) {
	enumtest.Tables(t, map[string]enumtest.Checker{
		"areas":       areas,
		"events":      events,
		"importances": importances,
		"pointKinds":  pointKinds,
		"risks":       risks,
		"states":      states,
		"units":       units,
		"valuations":  valuations,
	},
		"sizeClasses", // SizeClass keeps its own labels until municipal.go is free to change
	)
}

// TestText checks that Label is Text in one language, and that an invalid
// value is named by its String form.
func TestText(t *testing.T) {
	for i := range 8 {
		texttest.Check(t, Area(i), Valuation(i), Importance(i), Risk(i), Unit(i), PointKind(i), State(i), Event(i))
	}
}
