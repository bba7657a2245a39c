package benefit

import (
	"fmt"
	"math"
	"math/big"
)

// DiscountStep is one step of a DiscountSchedule: Rate discounts each year
// after FromYear, up to and including the next step's FromYear.
type DiscountStep struct {
	// FromYear is the year the step starts from, counted from the base
	// year 0: 0 … MaxHorizon.
	FromYear int `json:"fromYear"`
	// Rate is the real discount rate of each year in the step.
	Rate Rate `json:"rate"`
}

// DiscountSchedule is a discount rate that may change with time: a list of
// steps, the first from year 0, each later one from a later year. Year k
// of a series is discounted by the product of the yearly factors
// 1/(1 + r_j) for j = 1 … k, where r_j is the rate of the step that year j
// lies in (year j lies in the last step whose FromYear is before j). A
// schedule of one step is a flat rate, which NPV also computes.
//
// The empty schedule means R109Schedule, as a zero Comparison.Rate means
// DefaultRate. A schedule is plain data, safe to share while no one
// changes it.
type DiscountSchedule []DiscountStep

// basisPoints is 100 % in basis points, the unit of Rate.
const basisPoints = 10000

// R109Schedule returns the falling real discount rate of the Ministry of
// Finance's circular R-109/2021 (Finansdepartementet, rundskriv R-109/2021
// "Prinsipper og krav ved utarbeidelse av samfunnsøkonomiske analyser",
// ref. 21/2720-8, 25.06.2021), which "erstatter rundskriv R-109/2014" and
// is, in its own words, "i hovedsak uendret fra 2014": 4 % for the years
// 0–40 of an analysis, 3 % from year 40 to 75 and 2 % after year 75.
//
// Two points are this package's reading, because the wording of the
// circular's section on the discount rate (kalkulasjonsrente) has not been
// verified against the official text:
//
//   - The rates are applied year by year (piecewise): a cash flow in year
//     60 is discounted by 1.04^-40 · 1.03^-20, not by one rate for the whole
//     horizon (1.03^-60).
//   - At the boundaries, years 1–40 are discounted at 4 %, years 41–75 at
//     3 % and years from 76 on at 2 %: the period from year 40 to 75 is
//     read as the time between the end of year 40 and the end of year 75.
//
// R-109 governs analyses "av statlige tiltak"; a municipality is not bound
// by it, which is why the schedule is a setting (see DiscountSchedule and
// FlatSchedule) with R-109/2021 as the default. The rates are real, so
// costs and benefits are to be in fixed prices, as the benefit realisation
// plan template asks: "Bruk dagens kroneverdi" (Digdir,
// Gevinstrealiseringsplan v4.0, guidance to table B).
//
// Each call returns a new slice, so a caller may change it.
func R109Schedule() DiscountSchedule {
	return DiscountSchedule{{FromYear: 0, Rate: 400}, {FromYear: 40, Rate: 300}, {FromYear: 75, Rate: 200}}
}

// FlatSchedule returns the schedule of one rate r for every year; its NPV
// equals NPV(flows, r).
func FlatSchedule(r Rate) DiscountSchedule { return DiscountSchedule{{Rate: r}} }

// Effective returns s, or R109Schedule when s is empty.
func (s DiscountSchedule) Effective() DiscountSchedule {
	if len(s) == 0 {
		return R109Schedule()
	}
	return s
}

// Validate reports, wrapping ErrInvalidNumber, the first step that is
// wrong: a rate outside 0 … MaxRate, a FromYear outside 0 … MaxHorizon, a
// first step that does not start at year 0, or a step that does not start
// after the step before it. The empty schedule is valid (see Effective).
func (s DiscountSchedule) Validate() error {
	for i, st := range s {
		switch {
		case !st.Rate.IsValid():
			return fmt.Errorf("%w: discount schedule [%d].rate: %s is not between 0 and 100 %%", ErrInvalidNumber, i, st.Rate)
		case st.FromYear < 0 || st.FromYear > MaxHorizon:
			return fmt.Errorf("%w: discount schedule [%d].fromYear: %d is not between 0 and %d", ErrInvalidNumber, i, st.FromYear, MaxHorizon)
		case i == 0 && st.FromYear != 0:
			return fmt.Errorf("%w: discount schedule [0].fromYear: the first step starts at %d, not at year 0", ErrInvalidNumber, st.FromYear)
		case i > 0 && st.FromYear <= s[i-1].FromYear:
			return fmt.Errorf("%w: discount schedule [%d].fromYear: %d is not after %d", ErrInvalidNumber, i, st.FromYear, s[i-1].FromYear)
		}
	}
	return nil
}

// RateFor returns the rate that discounts year's cash flow from the year
// before it: the rate of the last step whose FromYear is before year. Year
// 0, the base year, is not discounted: RateFor returns 0 for years below 1.
// The empty schedule gives R109Schedule's rates; RateFor does not validate
// s.
func (s DiscountSchedule) RateFor(year int) Rate {
	if year < 1 {
		return 0
	}
	if len(s) == 0 {
		return R109Schedule().RateFor(year)
	}
	r := s[0].Rate
	for _, st := range s[1:] {
		if st.FromYear >= year {
			break
		}
		r = st.Rate
	}
	return r
}

// NPV returns the present value of flows, year 0 first, under schedule s
// (R109Schedule when s is empty): Σ flows[k] · Π_{j=1..k} 1/(1 + RateFor(j)),
// computed exactly with integers and rounded once, half away from zero, to
// the øre. An invalid schedule (see Validate) or more than MaxHorizon years
// wrap ErrInvalidNumber; a result beyond Money's range wraps ErrOverflow.
func (s DiscountSchedule) NPV(flows []Money) (Money, error) {
	s = s.Effective()
	if err := s.Validate(); err != nil {
		return 0, err
	}
	if len(flows) > MaxHorizon {
		return 0, fmt.Errorf("%w: %d years is more than %d", ErrInvalidNumber, len(flows), MaxHorizon)
	}
	if len(flows) == 0 {
		return 0, nil
	}
	// With a = 10000 and b_j = 10000 + r_j (basis points), the present
	// value is Σ f_k a^k Π_{j=k+1..T} b_j / Π_{j=1..T} b_j; Horner's scheme
	// builds the numerator, multiplying by each year's b_j in turn.
	a := big.NewInt(basisPoints)
	num, apow, den := new(big.Int), big.NewInt(1), big.NewInt(1)
	b, f := new(big.Int), new(big.Int)
	step := 0
	for k, v := range flows {
		if k > 0 {
			for step+1 < len(s) && s[step+1].FromYear < k {
				step++
			}
			b.SetInt64(basisPoints + int64(s[step].Rate))
			num.Mul(num, b)
			apow.Mul(apow, a)
			den.Mul(den, b)
		}
		f.SetInt64(int64(v))
		num.Add(num, f.Mul(f, apow))
	}
	return roundQuo(num, den)
}

// roundQuo returns num/den (den > 0) rounded half away from zero, as Money,
// or an error wrapping ErrOverflow when it is beyond Money's range.
func roundQuo(num, den *big.Int) (Money, error) {
	q, rem := new(big.Int).QuoRem(num, den, new(big.Int))
	if rem.Abs(rem).Lsh(rem, 1).Cmp(den) >= 0 {
		if num.Sign() < 0 {
			q.Sub(q, big.NewInt(1))
		} else {
			q.Add(q, big.NewInt(1))
		}
	}
	if !q.IsInt64() || q.Int64() == math.MinInt64 { // Money's range is symmetric: ±MaxMoney
		return 0, fmt.Errorf("%w: present value beyond the range of Money", ErrOverflow)
	}
	return Money(q.Int64()), nil
}
