package benefit

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// r109RateOf is the R-109/2021 rate of year j (j ≥ 1) as a fraction,
// written out here independently of R109Schedule: years 1–40 at 4 %,
// 41–75 at 3 %, from 76 at 2 %.
func r109RateOf(j int) *big.Rat {
	switch {
	case j <= 40:
		return big.NewRat(4, 100)
	case j <= 75:
		return big.NewRat(3, 100)
	}
	return big.NewRat(2, 100)
}

// ratPV returns Σ flows[k] Π_{j=1..k} 1/(1 + rate(j)) exactly, rounded half
// away from zero to the øre: the definition, with no shared code.
func ratPV(flows []Money, rate func(j int) *big.Rat) Money {
	sum, factor := new(big.Rat), big.NewRat(1, 1)
	one := big.NewRat(1, 1)
	for k, v := range flows {
		if k > 0 {
			factor.Quo(factor, new(big.Rat).Add(one, rate(k)))
		}
		sum.Add(sum, new(big.Rat).Mul(factor, new(big.Rat).SetInt64(int64(v))))
	}
	// Round half away from zero: trunc(|x| + 1/2) with the sign of x.
	abs := new(big.Rat).Abs(sum)
	abs.Add(abs, big.NewRat(1, 2))
	q := new(big.Int).Quo(abs.Num(), abs.Denom())
	if sum.Sign() < 0 {
		q.Neg(q)
	}
	return Money(q.Int64())
}

// r109AnnuityFloat is the present value under R-109/2021 of a payment a in
// each of the years 1 … n, by the closed form of an annuity in each period
// (a · (1 − (1+r)^−m) / r, discounted to year 0): a second, independent
// computation in float64.
func r109AnnuityFloat(a float64, n int) float64 {
	periods := []struct {
		end int
		r   float64
	}{{40, 0.04}, {75, 0.03}, {math.MaxInt32, 0.02}}
	pv, d, start := 0.0, 1.0, 0
	for _, p := range periods {
		m := min(n, p.end) - start
		if m <= 0 {
			break
		}
		pv += a * d * (1 - math.Pow(1+p.r, -float64(m))) / p.r
		d *= math.Pow(1+p.r, -float64(m))
		start += m
	}
	return pv
}

// series returns year 0's flow followed by n years of each.
func series(first, each Money, n int) []Money {
	s := make([]Money, n+1)
	s[0] = first
	for k := 1; k <= n; k++ {
		s[k] = each
	}
	return s
}

// TestR109ScheduleNPV checks present values of a 50-year and a 100-year
// series under R-109/2021 against three independent answers: the exact
// value pinned here (computed with Python's fractions module, rounded half
// away from zero), the exact definition in big.Rat (ratPV), and the closed
// form of an annuity in float64 within 1 øre. The float64 tolerance:
// these values are below 10^10 øre, where float64 is exact to about 10^-6
// øre, so 1 øre covers the rounding of the exact value to the øre (at most
// half an øre) with room to spare. The flat 4 % values, which the package
// gave before it modelled the falling rate, are pinned too: the falling
// rate must differ from them.
func TestR109ScheduleNPV(t *testing.T) {
	for _, c := range []struct {
		name       string
		first      Money
		each       Money
		years      int
		want, flat Money
	}{
		{"50 years", -Kroner(50_000_000), Kroner(3_000_000), 50, 1470856505, 1444655385},
		{"100 years", -Kroner(100_000_000), 500_000_037, 100, 2856751384, 2252500405},
	} {
		t.Run(c.name, func(t *testing.T) {
			flows := series(c.first, c.each, c.years)
			got, err := R109Schedule().NPV(flows)
			if err != nil || got != c.want {
				t.Errorf("R109Schedule().NPV = %d, %v; want %d", got, err, c.want)
			}
			if ref := ratPV(flows, r109RateOf); ref != c.want {
				t.Errorf("exact reference = %d, want %d", ref, c.want)
			}
			f := float64(c.first) + r109AnnuityFloat(float64(c.each), c.years)
			if math.Abs(f-float64(got)) > 1 {
				t.Errorf("closed form = %.4f øre, NPV = %d øre: more than 1 øre apart", f, got)
			}
			flat, err := NPV(flows, DefaultRate)
			if err != nil || flat != c.flat {
				t.Errorf("NPV(flows, 4 %%) = %d, %v; want %d", flat, err, c.flat)
			}
			if got == flat {
				t.Errorf("the falling rate gives the flat 4 %% value %d", flat)
			}
		})
	}
}

// TestR109Boundaries pins the reading of the boundary years: years 1–40 at
// 4 %, 41–75 at 3 %, 76 and later at 2 %, applied year by year.
func TestR109Boundaries(t *testing.T) {
	s := R109Schedule()
	got := map[int]Rate{}
	for _, y := range []int{-1, 0, 1, 39, 40, 41, 74, 75, 76, 199, 1000} {
		got[y] = s.RateFor(y)
	}
	want := map[int]Rate{-1: 0, 0: 0, 1: 400, 39: 400, 40: 400, 41: 300, 74: 300, 75: 300, 76: 200, 199: 200, 1000: 200}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("RateFor (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, func() map[int]Rate {
		m := map[int]Rate{}
		for y := range want {
			m[y] = DiscountSchedule(nil).RateFor(y)
		}
		return m
	}()); diff != "" {
		t.Errorf("the empty schedule's RateFor (-want +got):\n%s", diff)
	}
	// One billion kroner in a single year at each boundary.
	for _, year := range []int{1, 40, 41, 60, 75, 76, 150} {
		flows := make([]Money, year+1)
		flows[year] = Kroner(1_000_000_000)
		got, err := s.NPV(flows)
		if want := ratPV(flows, r109RateOf); err != nil || got != want {
			t.Errorf("a flow in year %d: NPV = %d, %v; want %d", year, got, err, want)
		}
	}
	// The rate is piecewise, not one rate for the whole horizon: year 60
	// is worth 1.04^-40 · 1.03^-20, not 1.03^-60.
	flows := make([]Money, 61)
	flows[60] = Kroner(1_000_000_000)
	piecewise, _ := s.NPV(flows)
	byHorizon, _ := NPV(flows, 300)
	if piecewise == byHorizon {
		t.Errorf("year 60 is discounted at 3 %% for all 60 years (%d)", piecewise)
	}
}

// TestR109MatchesFlatFor40Years checks that R-109/2021 and the flat 4 %
// agree up to year 40 and part from year 41 on.
func TestR109MatchesFlatFor40Years(t *testing.T) {
	for years := 0; years <= 45; years++ {
		flows := series(-Kroner(10_000_000), Kroner(1_000_001), years)
		got, err1 := R109Schedule().NPV(flows)
		flat, err2 := NPV(flows, DefaultRate)
		if err1 != nil || err2 != nil {
			t.Fatalf("%d years: %v, %v", years, err1, err2)
		}
		if same := got == flat; same != (years <= 40) {
			t.Errorf("%d years: R-109 %d, flat 4 %% %d", years, got, flat)
		}
	}
}

// TestFlatScheduleMatchesNPV checks that a schedule of one step computes
// what NPV computes, on fixed cases and on random ones.
func TestFlatScheduleMatchesNPV(t *testing.T) {
	check := func(flows []Money, r Rate) {
		t.Helper()
		want, werr := NPV(flows, r)
		got, gerr := FlatSchedule(r).NPV(flows)
		sameErr := werr == nil && gerr == nil ||
			werr != nil && gerr != nil && errors.Is(werr, ErrOverflow) == errors.Is(gerr, ErrOverflow)
		if got != want || !sameErr {
			t.Errorf("%d years at %s: FlatSchedule.NPV = %d, %v; NPV = %d, %v", len(flows), r, got, gerr, want, werr)
		}
	}
	check(nil, 400)
	check([]Money{Kroner(100)}, 400)
	check([]Money{0, Kroner(104)}, 400)
	check([]Money{-100, -100, -100}, 400)
	check(profile(10, Kroner(1_000_000)), 400)
	check(series(math.MaxInt64, math.MaxInt64, 3), 0)
	check(series(math.MinInt64, math.MinInt64, MaxHorizon-1), MaxRate)
	rng := rand.New(rand.NewPCG(10, 109))
	for range 300 {
		flows := make([]Money, rng.IntN(MaxHorizon+1))
		for k := range flows {
			flows[k] = Money(rng.Int64N(2e12) - 1e12)
		}
		check(flows, Rate(rng.IntN(int(MaxRate)+1)))
	}
}

func TestDiscountScheduleValidate(t *testing.T) {
	for _, c := range []struct {
		name string
		s    DiscountSchedule
		ok   bool
	}{
		{"empty means R-109", nil, true},
		{"R-109", R109Schedule(), true},
		{"flat 0 %", FlatSchedule(0), true},
		{"flat 100 %", FlatSchedule(MaxRate), true},
		{"last step at MaxHorizon", DiscountSchedule{{0, 400}, {MaxHorizon, 100}}, true},
		{"rising rates", DiscountSchedule{{0, 200}, {10, 700}}, true},
		{"negative rate", FlatSchedule(-1), false},
		{"rate over 100 %", FlatSchedule(MaxRate + 1), false},
		{"first step after year 0", DiscountSchedule{{1, 400}}, false},
		{"step before year 0", DiscountSchedule{{0, 400}, {-5, 300}}, false},
		{"same year twice", DiscountSchedule{{0, 400}, {40, 300}, {40, 200}}, false},
		{"out of order", DiscountSchedule{{0, 400}, {75, 300}, {40, 200}}, false},
		{"beyond MaxHorizon", DiscountSchedule{{0, 400}, {MaxHorizon + 1, 300}}, false},
		{"huge year", DiscountSchedule{{0, 400}, {math.MaxInt, 300}}, false},
	} {
		err := c.s.Validate()
		if (err == nil) != c.ok || err != nil && !errors.Is(err, ErrInvalidNumber) {
			t.Errorf("%s: Validate() = %v", c.name, err)
		}
		if _, err := c.s.NPV([]Money{0, Kroner(1)}); (err == nil) != c.ok || err != nil && !errors.Is(err, ErrInvalidNumber) {
			t.Errorf("%s: NPV error = %v", c.name, err)
		}
	}
	got, err := DiscountSchedule(nil).NPV(series(-Kroner(100_000_000), 500_000_037, 100))
	if err != nil || got != 2856751384 {
		t.Errorf("the empty schedule: NPV = %d, %v; want R-109's 2856751384", got, err)
	}
}

// TestDiscountLimits checks that horizons and results are bounded: no
// hang on a huge series, an error rather than a wrapped result.
func TestDiscountLimits(t *testing.T) {
	s := R109Schedule()
	if got, err := s.NPV(nil); got != 0 || err != nil {
		t.Errorf("NPV(nil) = %d, %v", got, err)
	}
	if _, err := s.NPV(make([]Money, MaxHorizon)); err != nil {
		t.Errorf("MaxHorizon years: %v", err)
	}
	// The length is checked before any work: a huge series is refused at
	// once (no wall-clock assertion, which a loaded machine would make
	// flaky).
	for _, n := range []int{MaxHorizon + 1, 1 << 20} {
		if _, err := s.NPV(make([]Money, n)); !errors.Is(err, ErrInvalidNumber) {
			t.Errorf("%d years: error %v, want ErrInvalidNumber", n, err)
		}
	}
	for _, c := range []struct {
		s     DiscountSchedule
		flows []Money
		err   error
	}{
		{FlatSchedule(0), series(math.MaxInt64, math.MaxInt64, MaxHorizon-1), ErrOverflow},
		{FlatSchedule(0), series(math.MinInt64, math.MinInt64, 1), ErrOverflow},
		{FlatSchedule(0), []Money{math.MaxInt64, 0}, nil},
		{FlatSchedule(MaxRate), series(math.MaxInt64, math.MaxInt64, MaxHorizon-1), ErrOverflow},
		{FlatSchedule(MaxRate), series(0, math.MaxInt64, MaxHorizon-1), nil},
		{s, series(math.MinInt64, math.MinInt64, MaxHorizon-1), ErrOverflow},
	} {
		if _, err := c.s.NPV(c.flows); !errors.Is(err, c.err) || (err == nil) != (c.err == nil) {
			t.Errorf("%v over %d years: error %v, want %v", c.s, len(c.flows), err, c.err)
		}
	}
}

func TestR109ScheduleIsFresh(t *testing.T) {
	s := R109Schedule()
	s[0].Rate = 0
	if R109Schedule()[0].Rate != 400 || DiscountSchedule(nil).RateFor(1) != 400 {
		t.Error("changing a returned schedule changed the preset")
	}
}

// FuzzDiscountNPV builds schedules and series from arbitrary bytes: NPV
// never panics, an invalid schedule is always ErrInvalidNumber, and a
// schedule of one step always agrees with NPV.
func FuzzDiscountNPV(f *testing.F) {
	f.Add([]byte{3, 0, 0, 1, 144, 0, 40, 1, 44, 0, 75, 0, 200}, []byte{1, 2, 3, 4, 5, 6, 7, 8})
	f.Add([]byte{1, 0, 0, 0, 0}, []byte{255, 255, 255, 255, 255, 255, 255, 127})
	f.Add([]byte{2, 0, 5, 1, 0, 0, 4, 1, 0}, []byte{})
	f.Fuzz(func(t *testing.T, steps, flows []byte) {
		var s DiscountSchedule
		if len(steps) > 0 {
			n := int(steps[0] % 8)
			steps = steps[1:]
			for i := 0; i < n && len(steps) >= 4; i++ {
				s = append(s, DiscountStep{
					FromYear: int(int16(binary.BigEndian.Uint16(steps))),
					Rate:     Rate(int16(binary.BigEndian.Uint16(steps[2:]))),
				})
				steps = steps[4:]
			}
		}
		var fs []Money
		for len(flows) >= 8 && len(fs) <= MaxHorizon {
			fs = append(fs, Money(binary.LittleEndian.Uint64(flows)))
			flows = flows[8:]
		}
		got, err := s.NPV(fs)
		if s.Validate() != nil {
			if !errors.Is(err, ErrInvalidNumber) {
				t.Fatalf("invalid schedule %v: error %v", s, err)
			}
			return
		}
		if err != nil && !errors.Is(err, ErrOverflow) && !errors.Is(err, ErrInvalidNumber) {
			t.Fatalf("unexpected error %v", err)
		}
		if len(s) == 1 {
			want, werr := NPV(fs, s[0].Rate)
			if got != want || (err == nil) != (werr == nil) {
				t.Fatalf("flat %s: schedule %d, %v; NPV %d, %v", s[0].Rate, got, err, want, werr)
			}
		}
	})
}

func ExampleR109Schedule() {
	// 50 MNOK invested now, 3 MNOK a year for 60 years.
	flows := make([]Money, 61)
	flows[0] = -Kroner(50_000_000)
	for k := 1; k <= 60; k++ {
		flows[k] = Kroner(3_000_000)
	}
	falling, _ := R109Schedule().NPV(flows)
	flat, _ := NPV(flows, DefaultRate)
	fmt.Println("R-109/2021:", falling.Short())
	fmt.Println("4 % flat:  ", flat.Short())
	// Output:
	// R-109/2021: 18,7 mill. kr
	// 4 % flat:   17,9 mill. kr
}

// BenchmarkDiscount puts the schedule's NPV beside the flat-rate NPV in
// the same run.
func BenchmarkDiscount(b *testing.B) {
	for _, years := range []int{10, 100, MaxHorizon - 1} {
		flows := series(-Kroner(50_000_000), 300_000_037, years)
		b.Run(fmt.Sprintf("NPV/%dy", years), func(b *testing.B) {
			for b.Loop() {
				if _, err := NPV(flows, DefaultRate); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("FlatSchedule/%dy", years), func(b *testing.B) {
			s := FlatSchedule(DefaultRate)
			for b.Loop() {
				if _, err := s.NPV(flows); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("R109Schedule/%dy", years), func(b *testing.B) {
			s := R109Schedule()
			for b.Loop() {
				if _, err := s.NPV(flows); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
