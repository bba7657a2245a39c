package benefit

import (
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// numberType is one of the package's fixed-point types seen through int64,
// so that one range test and one fuzz check cover them all.
type numberType struct {
	name    string
	kind    string // ParseError.Kind
	invalid error  // the sentinel for text that cannot be read
	refusal error  // the sentinel for a value out of range
	// inRange is the documented range; fits says whether the Go type holds
	// the value at all (Rate is an int32).
	inRange, fits func(int64) bool
	// forms are the value's text forms that its parser must read back:
	// String, and for Money NoBreak.
	forms     func(int64) []string
	parse     func(string) (int64, error)
	marshal   func(int64) ([]byte, error)
	unmarshal func(into int64, b []byte) (int64, error) // decode b into a value holding into
}

const maxQuantity = 1e18 // MaxQuantity, in thousandths

var (
	moneyType = numberType{
		name: "Money", kind: "money", invalid: ErrInvalidAmount, refusal: ErrOverflow,
		inRange: func(v int64) bool { return v != math.MinInt64 },
		fits:    func(int64) bool { return true },
		forms:   func(v int64) []string { return []string{Money(v).String(), Money(v).NoBreak()} },
		parse: func(s string) (int64, error) {
			v, err := ParseMoney(s)
			return int64(v), err
		},
		marshal: func(v int64) ([]byte, error) { return json.Marshal(Money(v)) },
		unmarshal: func(into int64, b []byte) (int64, error) {
			v := Money(into)
			err := v.UnmarshalJSON(b)
			return int64(v), err
		},
	}
	quantityType = numberType{
		name: "Quantity", kind: "quantity", invalid: ErrInvalidNumber, refusal: ErrOverflow,
		inRange: func(v int64) bool { return v >= -maxQuantity && v <= maxQuantity },
		fits:    func(int64) bool { return true },
		forms:   func(v int64) []string { return []string{Quantity(v).String()} },
		parse: func(s string) (int64, error) {
			v, err := ParseQuantity(s)
			return int64(v), err
		},
		marshal: func(v int64) ([]byte, error) { return json.Marshal(Quantity(v)) },
		unmarshal: func(into int64, b []byte) (int64, error) {
			v := Quantity(into)
			err := v.UnmarshalJSON(b)
			return int64(v), err
		},
	}
	effortType = numberType{
		name: "Effort", kind: "effort", invalid: ErrInvalidNumber, refusal: ErrOverflow,
		inRange: func(v int64) bool { return v != math.MinInt64 },
		fits:    func(int64) bool { return true },
		forms:   func(v int64) []string { return []string{Effort(v).String()} },
		parse: func(s string) (int64, error) {
			v, err := ParseEffort(s)
			return int64(v), err
		},
		marshal: func(v int64) ([]byte, error) { return json.Marshal(Effort(v)) },
		unmarshal: func(into int64, b []byte) (int64, error) {
			v := Effort(into)
			err := v.UnmarshalJSON(b)
			return int64(v), err
		},
	}
	// A rate outside 0 … MaxRate is not an overflow but an invalid rate,
	// refused as ParseRate refuses "101 %".
	rateType = numberType{
		name: "Rate", kind: "rate", invalid: ErrInvalidNumber, refusal: ErrInvalidNumber,
		inRange: func(v int64) bool { return v >= 0 && v <= int64(MaxRate) },
		fits:    func(v int64) bool { return v >= math.MinInt32 && v <= math.MaxInt32 },
		forms:   func(v int64) []string { return []string{Rate(v).String()} },
		parse: func(s string) (int64, error) {
			v, err := ParseRate(s)
			return int64(v), err
		},
		marshal: func(v int64) ([]byte, error) { return json.Marshal(Rate(v)) },
		unmarshal: func(into int64, b []byte) (int64, error) {
			v := Rate(into)
			err := v.UnmarshalJSON(b)
			return int64(v), err
		},
	}
	numberTypes = []numberType{moneyType, quantityType, effortType, rateType}
)

// edgeValues are the int64s at the edges of every type's range.
var edgeValues = []int64{
	math.MinInt64, math.MinInt64 + 1, math.MinInt64 + 8, -math.MaxInt64 + 1,
	math.MaxInt64, math.MaxInt64 - 1,
	-maxQuantity - 1, -maxQuantity, maxQuantity, maxQuantity + 1,
	math.MinInt32, math.MinInt32 + 1, math.MaxInt32, -int64(MaxRate) - 1, int64(MaxRate), int64(MaxRate) + 1,
	-100, -99, -1, 0, 1, 99, 100,
}

// outcome says what an entry point did with a value: "exact" when it gave
// the value back unchanged, "refused" when it refused it with the type's
// sentinel, otherwise what went wrong.
func outcome(want int64, got int64, err error, refusal error) string {
	switch {
	case err == nil && got == want:
		return "exact"
	case err == nil:
		return fmt.Sprintf("changed to %d", got)
	case errors.Is(err, refusal):
		return "refused"
	}
	return "error " + err.Error()
}

// TestRangeIsConsistent checks, for every type and every edge value v,
// that v either survives every entry point exactly (its text forms read
// back by the parser, and JSON encoding then decoding) or is refused by
// every one of them with the same sentinel, ErrOverflow (ErrInvalidNumber
// for Rate): never written in a form that cannot be read back. The range
// is symmetric, so math.MinInt64 is out of range for Money and Effort.
func TestRangeIsConsistent(t *testing.T) {
	for _, nt := range numberTypes {
		for _, v := range edgeValues {
			if !nt.fits(v) {
				continue
			}
			t.Run(fmt.Sprintf("%s(%d)", nt.name, v), func(t *testing.T) {
				want := map[string]string{}
				got := map[string]string{}
				expect := "refused"
				if nt.inRange(v) {
					expect = "exact"
				}
				for _, s := range nt.forms(v) {
					p, err := nt.parse(s)
					got[fmt.Sprintf("parse %q", s)] = outcome(v, p, err, nt.refusal)
					want[fmt.Sprintf("parse %q", s)] = expect
				}
				b, err := nt.marshal(v)
				back, derr := nt.unmarshal(7, b)
				if err != nil {
					back, derr = 7, nil // nothing to decode
				}
				got["encode"] = outcome(v, v, err, nt.refusal)
				want["encode"] = expect
				if expect == "exact" {
					got["decode the encoding"] = outcome(v, back, derr, nt.refusal)
					want["decode the encoding"] = expect
				}
				// The JSON number of v, written by hand: decoders refuse
				// it exactly when encoders do, and leave the value as it
				// was.
				lit := appendLiteral(nil, v, scaleOf(nt))
				back, derr = nt.unmarshal(7, lit)
				if derr != nil && back != 7 {
					derr = fmt.Errorf("changed to %d with error %w", back, derr)
				}
				got["decode "+string(lit)] = outcome(v, back, derr, nt.refusal)
				want["decode "+string(lit)] = expect
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
			})
		}
	}
}

func scaleOf(nt numberType) int {
	if nt.name == "Quantity" {
		return 3
	}
	return 2
}

// TestSumsStayInRange checks that the package's sums saturate inside the
// range rather than at math.MinInt64, which no decoder reads back.
func TestSumsStayInRange(t *testing.T) {
	m := MunicipalShare{Split: []SizeShare{
		{Class: Small, Cost: -math.MaxInt64, Benefit: -math.MaxInt64, Effort: -math.MaxInt64},
		{Class: Medium, Cost: -Kroner(1), Benefit: -1, Effort: -1},
	}}
	total := m.Total()
	p := goodPlan()
	for i := range p.Benefits {
		b := &p.Benefits[i]
		b.Valuation, b.FullEffect, b.StartYear, b.Profile = Priced, -math.MaxInt64, 2022, []Money{-math.MaxInt64}
	}
	s := p.Summarise()
	for name, v := range map[string]int64{
		"Total().Cost": int64(total.Cost), "Total().Benefit": int64(total.Benefit), "Total().Effort": int64(total.Effort),
		"Summarise().FullEffect": int64(s.FullEffect), "Summarise().Profile[0]": int64(s.Profile[0]),
	} {
		if v != -math.MaxInt64 {
			t.Errorf("%s = %d, want it saturated at %d", name, v, int64(-math.MaxInt64))
		}
	}
	for _, row := range s.ByArea {
		if row.FullEffect == math.MinInt64 {
			t.Errorf("Summarise().ByArea, %v: FullEffect = math.MinInt64, out of range", row.Area)
		}
	}
}

// TestConstructorsStayInRange checks that Kroner, Units and Arsverk, and
// their checked variants when they succeed, give values in range for any
// argument.
func TestConstructorsStayInRange(t *testing.T) {
	for _, n := range edgeValues {
		for _, c := range []struct {
			nt      numberType
			make    func(int64) int64
			checked func(int64) (int64, error)
		}{
			{moneyType, rawKroner, checkedKroner},
			{quantityType, rawUnits, checkedUnits},
			{effortType, rawArsverk, checkedArsverk},
		} {
			if v := c.make(n); !c.nt.inRange(v) {
				t.Errorf("%s from %d = %d, out of range", c.nt.name, n, v)
			}
			if v, err := c.checked(n); err == nil && !c.nt.inRange(v) || err != nil && !errors.Is(err, ErrOverflow) {
				t.Errorf("checked %s from %d = %d, %v", c.nt.name, n, v, err)
			}
		}
	}
}

// checkNumber is the fuzz check shared by the numeric parsers and
// decoders: s never makes nt's parser or JSON decoder panic; they fail only
// with a *ParseError of nt's kind wrapping nt.invalid or nt.refusal (a
// decoder leaving its value unchanged); and whatever they read is in range,
// reads back from its text forms, and survives JSON unchanged.
func checkNumber(t *testing.T, nt numberType, s string) {
	t.Helper()
	check := func(how string, v int64, err error) {
		t.Helper()
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Kind != nt.kind || !errors.Is(err, nt.invalid) && !errors.Is(err, nt.refusal) {
				t.Fatalf("%s %q: error %v (%T) is not a *ParseError of kind %q wrapping %v or %v", how, s, err, err, nt.kind, nt.invalid, nt.refusal)
			}
			return
		}
		if !nt.inRange(v) {
			t.Fatalf("%s %q = %d, out of range", how, s, v)
		}
		for _, f := range nt.forms(v) {
			if back, err := nt.parse(f); err != nil || back != v {
				t.Fatalf("%s %q = %d; its form %q reads back as %d, %v", how, s, v, f, back, err)
			}
		}
		b, err := nt.marshal(v)
		if err != nil {
			t.Fatalf("%s %q = %d, which does not encode: %v", how, s, v, err)
		}
		if back, err := nt.unmarshal(7, b); err != nil || back != v {
			t.Fatalf("%s %q = %d; its JSON %s reads back as %d, %v", how, s, v, b, back, err)
		}
	}
	v, err := nt.parse(s)
	check("parse", v, err)
	if s == "null" {
		return
	}
	v, err = nt.unmarshal(7, []byte(s))
	if err != nil && v != 7 {
		t.Fatalf("decoding %q failed with %v but changed the value to %d", s, err, v)
	}
	check("decode", v, err)
}

// numberSeeds are inputs for every numeric fuzz target: the edges of the
// ranges as text and as JSON, and the shapes people write.
var numberSeeds = []string{
	"0", "-0", "1", "-1", "42", "1 234,5", "-3,25", "0,125", "1.500", "1.5", "1e3", "1E-2", "1.5e3", "-1e-3",
	"30,5 årsverk", "12 åv", "3 FTE", "4 %", "3,5 prosent", "100 %", "4 MNOK", "kr 1 234,-", `"4 MNOK"`,
	"92 233 720 368 547 758,07", "-92 233 720 368 547 758,07", "-92 233 720 368 547 758,08", "92233720368547758.08",
	"-92233720368547758.08", "-9223372036854775.808", "1000000000000000", "-1000000000000000,001", "1e15", "1e30",
	"21 474 836,47 %", "-21474836.48", "101", "100.01", "- -4", "4,", ",-", "", "null", "\xff", "1e99999999999",
}

// TestNoWrapInSums: present values, differences and municipality counts
// stay in range at the edges instead of wrapping to the most negative
// value.
func TestNoWrapInSums(t *testing.T) {
	if v, err := NPV([]Money{-MaxMoney, -1}, 0); err == nil {
		t.Errorf("NPV beyond -MaxMoney = %v, want ErrOverflow", v)
	}
	if d, ok := sub(-MaxMoney, 1); ok {
		t.Errorf("sub(-MaxMoney, 1) = %v, ok", d)
	}
	share := MunicipalShare{Split: []SizeShare{{Class: Small, Municipalities: math.MaxInt}, {Class: Large, Municipalities: 1}}}
	if n := share.Total().Municipalities; n < 0 {
		t.Errorf("Total().Municipalities wrapped to %d", n)
	}
	if y := (ImplementationCost{RollOutYear: math.MinInt}).BudgetYear(); y > 0 {
		t.Errorf("BudgetYear of a broken roll-out year = %d", y)
	}
}
