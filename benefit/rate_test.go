package benefit

import (
	"encoding/json"
	"errors"
	"math"
	"testing"
)

// FuzzParseRate checks ParseRate and Rate's JSON decoder: no panics, typed
// errors, rates between 0 and MaxRate that survive String and JSON
// unchanged.
func FuzzParseRate(f *testing.F) {
	for _, s := range numberSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkNumber(t, rateType, s) })
}

// TestRateRefusals checks that a rate outside 0 … 100 % is refused with
// ErrInvalidNumber however far outside it is, by the parser, the decoder
// and the encoder alike, and never with ErrOverflow, which its
// documentation does not promise.
func TestRateRefusals(t *testing.T) {
	for _, in := range []string{"101 %", "-0,01 %", "99999999999999999999 %", "-99999999999999999999"} {
		_, err := ParseRate(in)
		if !errors.Is(err, ErrInvalidNumber) || errors.Is(err, ErrOverflow) {
			t.Errorf("ParseRate(%q) error = %v, want ErrInvalidNumber", in, err)
		}
	}
	for _, in := range []string{"101", "-0.01", "1e30", "-99999999999999999999"} {
		r := Rate(7)
		err := json.Unmarshal([]byte(in), &r)
		if !errors.Is(err, ErrInvalidNumber) || errors.Is(err, ErrOverflow) || r != 7 {
			t.Errorf("decoding %s: %v, %v; want ErrInvalidNumber and no change", in, r, err)
		}
	}
	for _, r := range []Rate{-1, MaxRate + 1, math.MinInt32, math.MaxInt32} {
		if b, err := json.Marshal(r); !errors.Is(err, ErrInvalidNumber) {
			t.Errorf("encoding Rate(%d) = %s, %v; want ErrInvalidNumber", int32(r), b, err)
		}
	}
}
