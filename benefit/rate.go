package benefit

// Rate is a yearly discount rate in basis points: 400 is 4 %, 350 is
// 3,5 %. Basis points keep the rate an integer, so that present values are
// computed exactly in integer arithmetic (see NPV) with no floating point.
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

// MarshalJSON encodes r as a JSON number of per cent: 4, 3.5.
func (r Rate) MarshalJSON() ([]byte, error) {
	return appendLiteral(nil, int64(r), 2), nil
}

// UnmarshalJSON decodes a JSON number of per cent with at most two
// decimals, between 0 and 100. On error r is unchanged.
func (r *Rate) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil // as encoding/json does for values
	}
	s := string(b)
	v, why, overflow := parseLiteral(s, 2)
	if why == "" && (v < 0 || v > int64(MaxRate)) {
		why = "not between 0 and 100 per cent"
	}
	if why != "" {
		return parseErr("rate", s, why, overflow, ErrInvalidNumber)
	}
	*r = Rate(v)
	return nil
}

// ParseRate reads a rate as written in Norwegian: "4 %", "3,5 %",
// "4 prosent", "2,5". At most two decimals, between 0 and 100 per cent.
// Errors are *ParseError wrapping ErrInvalidNumber.
func ParseRate(s string) (Rate, error) {
	v, err := parseScaled("rate", s, 2, []string{"%", "prosent", "pst", "pst.", "percent"})
	if err != nil {
		return 0, err
	}
	if v < 0 || v > int64(MaxRate) {
		return 0, &ParseError{Kind: "rate", Input: s, Reason: "not between 0 and 100 per cent", Err: ErrInvalidNumber}
	}
	return Rate(v), nil
}
