package benefit

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestConstructorsNeverWrap checks Kroner, Units and Arsverk at the edges of
// their range: in range they are exact; beyond it they saturate, keeping the
// sign, and their checked variants report ErrOverflow.
func TestConstructorsNeverWrap(t *testing.T) {
	const maxWhole = math.MaxInt64 / 100 // whole kroner or årsverk that fit
	type result struct {
		Value    int64
		Overflow bool // the checked variant reports ErrOverflow
	}
	tests := []struct {
		name    string
		n       int64
		make    func(int64) int64
		checked func(int64) (int64, error)
		want    result
	}{
		{"kroner", 4_000_000, rawKroner, checkedKroner, result{Value: 400_000_000}},
		{"kroner, largest", maxWhole, rawKroner, checkedKroner, result{Value: maxWhole * 100}},
		{"kroner, smallest", -maxWhole, rawKroner, checkedKroner, result{Value: -maxWhole * 100}},
		{"kroner, one too many", maxWhole + 1, rawKroner, checkedKroner, result{Value: maxWhole * 100, Overflow: true}},
		{"kroner, 1e17", 1e17, rawKroner, checkedKroner, result{Value: maxWhole * 100, Overflow: true}},
		{"kroner, one too few", -maxWhole - 1, rawKroner, checkedKroner, result{Value: -maxWhole * 100, Overflow: true}},
		{"kroner, MaxInt64", math.MaxInt64, rawKroner, checkedKroner, result{Value: maxWhole * 100, Overflow: true}},
		{"kroner, MinInt64", math.MinInt64, rawKroner, checkedKroner, result{Value: -maxWhole * 100, Overflow: true}},
		{"units", 42, rawUnits, checkedUnits, result{Value: 42_000}},
		{"units, MaxQuantity", 1e15, rawUnits, checkedUnits, result{Value: int64(MaxQuantity)}},
		{"units, -MaxQuantity", -1e15, rawUnits, checkedUnits, result{Value: -int64(MaxQuantity)}},
		{"units, beyond MaxQuantity", 1e15 + 1, rawUnits, checkedUnits, result{Value: int64(MaxQuantity), Overflow: true}},
		{"units, 1e16", 1e16, rawUnits, checkedUnits, result{Value: int64(MaxQuantity), Overflow: true}},
		{"units, -1e16", -1e16, rawUnits, checkedUnits, result{Value: -int64(MaxQuantity), Overflow: true}},
		{"units, MinInt64", math.MinInt64, rawUnits, checkedUnits, result{Value: -int64(MaxQuantity), Overflow: true}},
		{"årsverk", 30, rawArsverk, checkedArsverk, result{Value: 3000}},
		{"årsverk, largest", maxWhole, rawArsverk, checkedArsverk, result{Value: maxWhole * 100}},
		{"årsverk, 1e17", 1e17, rawArsverk, checkedArsverk, result{Value: maxWhole * 100, Overflow: true}},
		{"årsverk, -1e17", -1e17, rawArsverk, checkedArsverk, result{Value: -maxWhole * 100, Overflow: true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := result{Value: tt.make(tt.n)}
			c, err := tt.checked(tt.n)
			got.Overflow = errors.Is(err, ErrOverflow)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if err == nil && c != got.Value {
				t.Errorf("checked variant = %d, unchecked = %d", c, got.Value)
			}
			if err != nil && c != 0 {
				t.Errorf("checked variant returned %d with error %v, want 0", c, err)
			}
		})
	}
}

func rawKroner(n int64) int64  { return int64(Kroner(n)) }
func rawUnits(n int64) int64   { return int64(Units(n)) }
func rawArsverk(n int64) int64 { return int64(Arsverk(n)) }

func checkedKroner(n int64) (int64, error) {
	m, err := CheckedKroner(n)
	return int64(m), err
}

func checkedUnits(n int64) (int64, error) {
	q, err := CheckedUnits(n)
	return int64(q), err
}

func checkedArsverk(n int64) (int64, error) {
	e, err := CheckedArsverk(n)
	return int64(e), err
}
