package benefit

import (
	"errors"
	"fmt"
)

// Rate is a yearly discount rate in basis points: 400 is 4 %, 350 is
// 3,5 %. Basis points keep the rate an integer, so that present values are
// computed exactly in integer arithmetic (see NPV) with no floating point.
//
// A rate outside 0 … MaxRate is invalid, however far outside: ParseRate
// and UnmarshalJSON refuse it, and MarshalJSON refuses to write it, all
// with ErrInvalidNumber. String still shows it as it is.
type Rate int32

// DefaultRate is 4 %, the real discount rate that the Ministry of
// Finance's circular R-109/2021 ("Prinsipper og krav ved utarbeidelse av
// samfunnsøkonomiske analyser", ref. 21/2720-8, 25.06.2021, replacing
// R-109/2014) sets for the first 40 years of an analysis: the first step of
// R109Schedule, which models the lower rates after 40 and 75 years. NPV
// discounts at one flat rate; use R109Schedule().NPV for horizons over 40
// years. Costs and benefits discounted at a real rate are in fixed prices
// ("Bruk dagens kroneverdi", Digdir, Gevinstrealiseringsplan v4.0).
const DefaultRate Rate = 400

// MaxRate is the largest rate accepted: 100 %.
const MaxRate Rate = 10000

// String returns r as a Norwegian percentage: "4 %", "3,5 %".
func (r Rate) String() string {
	var buf [32]byte
	b := appendFixed(buf[:0], int64(r), 2, " ", 0)
	return string(append(b, " %"...))
}

// IsValid reports whether r is between 0 and MaxRate.
func (r Rate) IsValid() bool { return r >= 0 && r <= MaxRate }

// MarshalJSON encodes r as a JSON number of per cent: 4, 3.5. A rate that
// is not valid (see IsValid) is an error wrapping ErrInvalidNumber, rather
// than a number that UnmarshalJSON would refuse.
func (r Rate) MarshalJSON() ([]byte, error) {
	if !r.IsValid() {
		return nil, fmt.Errorf("%w: discount rate %s is not between 0 and 100 %%", ErrInvalidNumber, r)
	}
	return appendLiteral(make([]byte, 0, maxLiteral), int64(r), 2), nil
}

// UnmarshalJSON decodes a JSON number of per cent with at most two
// decimals, between 0 and 100. Errors are *ParseError wrapping
// ErrInvalidNumber. On error r is unchanged.
func (r *Rate) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil // as encoding/json does for values
	}
	s := string(b)
	v, why, tooLarge := parseLiteral(s, 2)
	if tooLarge || why == "" && (v < 0 || v > int64(MaxRate)) {
		why = outsideRates // a rate too large for int64 is invalid as 101 % is
	}
	if why != "" {
		return &ParseError{Kind: "rate", Input: s, Reason: why, Err: ErrInvalidNumber}
	}
	*r = Rate(v)
	return nil
}

// outsideRates is the reason given for a rate outside 0 … MaxRate.
const outsideRates = "not between 0 and 100 per cent"

// ParseRate reads a rate as written in Norwegian: "4 %", "3,5 %",
// "4 prosent", "2,5". At most two decimals, between 0 and 100 per cent.
// Errors are *ParseError wrapping ErrInvalidNumber, also for numbers too
// large to hold.
func ParseRate(s string) (Rate, error) {
	v, err := parseScaled("rate", s, 2, []string{"%", "prosent", "pst", "pst.", "percent"})
	if err == nil && (v < 0 || v > int64(MaxRate)) || errors.Is(err, ErrOverflow) {
		return 0, &ParseError{Kind: "rate", Input: s, Reason: outsideRates, Err: ErrInvalidNumber}
	}
	if err != nil {
		return 0, err
	}
	return Rate(v), nil
}
