package benefit

import "fmt"

// Effort is work in årsverk (full-time equivalent years), counted in
// hundredths of an årsverk as an int64: 30.5 årsverk is Effort(3050).
// Seed 003 counts the municipal benefits of state projects this way
// ("litt over tretti årsverk").
type Effort int64

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

// MarshalJSON encodes e as a JSON number of årsverk: 30.5.
func (e Effort) MarshalJSON() ([]byte, error) {
	return appendLiteral(nil, int64(e), 2), nil
}

// UnmarshalJSON decodes a JSON number of årsverk with at most two decimals.
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
// "12 åv", "3 FTE", "0,5". At most two decimals. Errors are *ParseError
// wrapping ErrInvalidNumber or ErrOverflow.
func ParseEffort(s string) (Effort, error) {
	v, err := parseScaled("effort", s, 2, []string{"årsverk", "åv", "fte"})
	return Effort(v), err
}
