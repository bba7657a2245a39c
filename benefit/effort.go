package benefit

import (
	"fmt"
	"math"
)

// Effort is work in årsverk (full-time equivalent years), counted in
// hundredths of an årsverk as an int64: 30.5 årsverk is Effort(3050).
// Seed 003 counts the municipal benefits of state projects this way
// ("litt over tretti årsverk"). The range is −MaxEffort … MaxEffort,
// symmetric as Money's is: Effort(math.MinInt64) is out of range, refused
// by ParseEffort, UnmarshalJSON and MarshalJSON with ErrOverflow, never
// made by Arsverk or CheckedArsverk; sums saturate at ±MaxEffort instead.
type Effort int64

// MaxEffort is the largest effort, 92 233 720 368 547 758,07 årsverk;
// −MaxEffort is the smallest.
const MaxEffort Effort = math.MaxInt64

// Arsverk returns n whole årsverk as an Effort. It is meant for values
// written in code. It never wraps round: beyond Effort's range it
// saturates at the largest whole number of årsverk with the sign of n. Use
// CheckedArsverk for values computed or read at run time.
func Arsverk(n int64) Effort {
	v, _ := whole(n, maxWhole, 100)
	return Effort(v)
}

// CheckedArsverk returns n whole årsverk as an Effort, or an error wrapping
// ErrOverflow when n is beyond Effort's range.
func CheckedArsverk(n int64) (Effort, error) {
	v, ok := whole(n, maxWhole, 100)
	if !ok {
		return 0, fmt.Errorf("%w: %d årsverk is beyond the range of Effort", ErrOverflow, n)
	}
	return Effort(v), nil
}

// String returns e in Norwegian style: "30,5 årsverk", "1 årsverk".
func (e Effort) String() string {
	var buf [48]byte
	b := appendFixed(buf[:0], int64(e), 2, " ", 0)
	return string(append(b, " årsverk"...))
}

// MarshalJSON encodes e as a JSON number of årsverk: 30.5. An effort below
// −MaxEffort is an error wrapping ErrOverflow, rather than a number that
// UnmarshalJSON would refuse.
func (e Effort) MarshalJSON() ([]byte, error) {
	if e < -MaxEffort {
		return nil, beyondRange("Effort", e)
	}
	return appendLiteral(make([]byte, 0, maxLiteral), int64(e), 2), nil
}

// UnmarshalJSON decodes a JSON number of årsverk with at most two decimals
// and at most MaxEffort in size; anything else is an error, never rounded.
// On error e is unchanged.
func (e *Effort) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil // as encoding/json does for values
	}
	s := string(b)
	v, why, overflow := parseLiteral(s, 2)
	if why != "" {
		return parseErr("effort", s, why, overflow, ErrInvalidNumber)
	}
	*e = Effort(v)
	return nil
}

// ParseEffort reads an effort as written in Norwegian: "30,5 årsverk",
// "12 åv", "3 FTE", "0,5". At most two decimals and at most MaxEffort in
// size. Errors are *ParseError wrapping ErrInvalidNumber, or ErrOverflow
// for efforts beyond ±MaxEffort.
func ParseEffort(s string) (Effort, error) {
	v, err := parseScaled("effort", s, 2, []string{"årsverk", "åv", "fte"})
	return Effort(v), err
}
