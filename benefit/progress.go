package benefit

import (
	"math"
	"math/bits"
)

// Progress is how far an indicator has come from its baseline toward its
// target, in basis points: 10000 is 100 % (the target is reached), 0 is
// the baseline, negative values mean the indicator moved away from the
// target, and values above 10000 mean it went past it. The range is
// ±math.MaxInt64 basis points, symmetric as Money's is: Achievement reports
// ErrOverflow rather than return Progress(math.MinInt64), whose negation
// wraps round, and a mean of progresses (Summary.Achievement) is a mean of
// values in range, so in range too. Progress has no parser or JSON form of
// its own.
type Progress int64

// Complete is the progress of an indicator that has reached its target.
const Complete Progress = 10000

// Reached reports whether p is at least 100 %.
func (p Progress) Reached() bool { return p >= Complete }

// String returns p as a Norwegian percentage with up to two decimals:
// "33,33 %", "100 %", "-12,5 %".
func (p Progress) String() string {
	var buf [40]byte
	b := appendFixed(buf[:0], int64(p), 2, " ", 0)
	return string(append(b, " %"...))
}

// Achievement returns the progress of value from baseline to target:
// (value − baseline) / (target − baseline), in basis points, rounded half
// away from zero. It is right for reductions as well: with baseline 42
// days, target 21 days and value 35 days it is 33,33 %.
//
// When target equals baseline progress is undefined and the error is an
// *AchievementError wrapping ErrZeroSpan; values beyond ±MaxQuantity or a
// progress too large for Progress wrap ErrOverflow. It never divides by
// zero and never returns NaN.
func Achievement(baseline, target, value Quantity) (Progress, error) {
	for _, q := range [...]Quantity{baseline, target, value} {
		if q > MaxQuantity || q < -MaxQuantity {
			return 0, &AchievementError{Baseline: baseline, Target: target, Err: ErrOverflow}
		}
	}
	span := int64(target) - int64(baseline)
	if span == 0 {
		return 0, &AchievementError{Baseline: baseline, Target: target, Err: ErrZeroSpan}
	}
	moved := int64(value) - int64(baseline)
	if moved == 0 {
		return 0, nil
	}
	den := magnitude(span)
	hi, lo := bits.Mul64(magnitude(moved), uint64(Complete))
	if hi >= den {
		return 0, &AchievementError{Baseline: baseline, Target: target, Err: ErrOverflow}
	}
	q, r := bits.Div64(hi, lo, den)
	if r >= den-r {
		q++
	}
	if q > math.MaxInt64 {
		return 0, &AchievementError{Baseline: baseline, Target: target, Err: ErrOverflow}
	}
	if (moved < 0) != (span < 0) {
		return Progress(-int64(q)), nil
	}
	return Progress(q), nil
}
