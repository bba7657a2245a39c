package benefit

import (
	"fmt"
	"strings"
)

// Quantity is the value of an indicator (a baseline, a target, a
// measurement) in thousandths of its unit, as an int64: 12.5 hours is
// Quantity(12500). See the package documentation for why indicator values
// are fixed-point rather than floating point. Quantities are limited to
// ±MaxQuantity so that differences and progress are computed exactly: a
// quantity beyond is refused with ErrOverflow by ParseQuantity,
// UnmarshalJSON, MarshalJSON and CheckedUnits alike (Units saturates).
// String still shows it as it is.
type Quantity int64

// MaxQuantity is the largest quantity parsers, decoders and encoders
// accept: 10^15 units. −MaxQuantity is the smallest.
const MaxQuantity Quantity = 1e18

// Units returns whole units as a Quantity: Units(42) is 42.000. It is
// meant for values written in code. It never wraps round: beyond
// ±MaxQuantity (10^15 units) it saturates at MaxQuantity with the sign of
// n. Use CheckedUnits for values computed or read at run time.
func Units(n int64) Quantity {
	v, _ := whole(n, maxUnits, 1000)
	return Quantity(v)
}

// CheckedUnits returns n whole units as a Quantity, or an error wrapping
// ErrOverflow when n is beyond ±MaxQuantity.
func CheckedUnits(n int64) (Quantity, error) {
	v, ok := whole(n, maxUnits, 1000)
	if !ok {
		return 0, fmt.Errorf("%w: %d units is beyond MaxQuantity", ErrOverflow, n)
	}
	return Quantity(v), nil
}

// maxUnits is MaxQuantity in whole units.
const maxUnits = int64(MaxQuantity) / 1000

// String returns q in Norwegian style: "1 234,5", "-0,25", "42".
func (q Quantity) String() string {
	var buf [40]byte
	return string(appendFixed(buf[:0], int64(q), 3, " ", 0))
}

// MarshalJSON encodes q as a JSON number: 12.5, 42, -0.25. A quantity
// beyond ±MaxQuantity is an error wrapping ErrOverflow, rather than a
// number that UnmarshalJSON would refuse.
func (q Quantity) MarshalJSON() ([]byte, error) {
	return q.appendJSON(make([]byte, 0, maxLiteral))
}

// appendJSON appends what MarshalJSON returns to b.
func (q Quantity) appendJSON(b []byte) ([]byte, error) {
	if q > MaxQuantity || q < -MaxQuantity {
		return nil, beyondRange("Quantity", q)
	}
	return appendLiteral(b, int64(q), 3), nil
}

// UnmarshalJSON decodes a JSON number with at most three decimals and at
// most MaxQuantity in size; anything else is an error, never rounded. On
// error q is unchanged.
func (q *Quantity) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil // as encoding/json does for values
	}
	s := string(b)
	v, why, overflow := parseLiteral(s, 3)
	if why == "" && (v > int64(MaxQuantity) || v < -int64(MaxQuantity)) {
		why, overflow = "too large", true
	}
	if why != "" {
		return parseErr("quantity", s, why, overflow, ErrInvalidNumber)
	}
	*q = Quantity(v)
	return nil
}

// ParseQuantity reads a number as Norwegian texts write it: "42",
// "1 234,5", "-3,25", "0,125"; a decimal point is accepted as ParseMoney
// describes. At most three decimals and at most MaxQuantity. Errors are
// *ParseError wrapping ErrInvalidNumber or ErrOverflow.
func ParseQuantity(s string) (Quantity, error) {
	v, err := parseScaled("quantity", s, 3, nil)
	if err == nil && (v > int64(MaxQuantity) || v < -int64(MaxQuantity)) {
		return 0, &ParseError{Kind: "quantity", Input: s, Reason: "too large", Err: ErrOverflow}
	}
	return Quantity(v), err
}

// parseScaled reads a signed Norwegian number with scale decimals, followed
// by nothing or by one of the words in suffixes.
func parseScaled(kind, s string, scale int, suffixes []string) (int64, error) {
	t, neg := cutSign(normalise(s))
	ip, fp, rest, why := scanNumber(t)
	if why == "" {
		if r := strings.TrimSpace(rest); r != "" {
			why = "unexpected " + r
			for _, w := range suffixes {
				if r == w {
					why = ""
				}
			}
		}
	}
	if why != "" {
		return 0, &ParseError{Kind: kind, Input: s, Reason: why, Err: ErrInvalidNumber}
	}
	u, why, overflow := value(ip+fp, scale-len(fp))
	if why != "" {
		return 0, parseErr(kind, s, why, overflow, ErrInvalidNumber)
	}
	if neg {
		return -int64(u), nil
	}
	return int64(u), nil
}
