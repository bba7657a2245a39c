package benefit

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestAchievement(t *testing.T) {
	for _, tc := range []struct {
		name                    string
		baseline, target, value Quantity
		want                    Progress
		err                     error
	}{
		{"increase, half way", Units(35), Units(80), 57500, 5000, nil},
		{"increase, a third", Units(0), Units(3), Units(1), 3333, nil},
		{"increase, reached", Units(35), Units(80), Units(80), Complete, nil},
		{"increase, past target", Units(35), Units(80), Units(125), 20000, nil},
		{"increase, backwards", Units(35), Units(80), Units(26), -2000, nil},
		{"at baseline", Units(35), Units(80), Units(35), 0, nil},
		{"reduction, a third", Units(42), Units(21), Units(35), 3333, nil},
		{"reduction, reached", Units(42), Units(21), Units(21), Complete, nil},
		{"reduction, past target", Units(42), Units(21), Units(0), 20000, nil},
		{"reduction, worse", Units(42), Units(21), Units(49), -3333, nil},
		{"reduction, two thirds rounds up", Units(3), Units(0), Units(1), 6667, nil},
		{"reduction, negative values", Units(-10), Units(-30), Units(-25), 7500, nil},
		{"rounding half away from zero", Units(0), Units(8), 1, 1, nil},                          // 1.25 bp → 1
		{"rounding half up", Units(0), Units(16), 1, 1, nil},                                     // 0.625 bp → 1
		{"rounding half away, negative", Units(0), Units(16), -1, -1, nil},                       // −0.625 bp → −1
		{"zero span", Units(10), Units(10), Units(12), 0, ErrZeroSpan},                           // never a division by zero
		{"zero span at zero", 0, 0, 0, 0, ErrZeroSpan},                                           //
		{"tiny span, huge value", 0, 1, MaxQuantity, 0, ErrOverflow},                             // 10^22 bp
		{"out of range", 0, MaxQuantity + 1, 0, 0, ErrOverflow},                                  //
		{"extremes", -MaxQuantity, MaxQuantity, MaxQuantity, Complete, nil},                      //
		{"extremes, reduction", MaxQuantity, -MaxQuantity, -MaxQuantity + 2, 10000, nil},         //
		{"extremes, half a basis point", -MaxQuantity, MaxQuantity, -MaxQuantity + 1e14, 1, nil}, //
	} {
		got, err := Achievement(tc.baseline, tc.target, tc.value)
		if !errors.Is(err, tc.err) || got != tc.want {
			t.Errorf("%s: Achievement(%v, %v, %v) = %v, %v; want %v, %v", tc.name, tc.baseline, tc.target, tc.value, got, err, tc.want, tc.err)
		}
		var ae *AchievementError
		if tc.err != nil && (!errors.As(err, &ae) || ae.Baseline != tc.baseline || ae.Target != tc.target) {
			t.Errorf("%s: error %v is not an *AchievementError with the values", tc.name, err)
		}
	}
}

func TestIndicatorAchievement(t *testing.T) {
	in := Indicator{
		Name: "Saksbehandlingstid", Unit: Named, UnitName: "dager",
		Baseline: Reading{Value: Units(42), Date: d("2020-09-01")},
		Target:   Reading{Value: Units(21), Date: d("2023-12-31")},
	}
	if _, err := in.Achievement(); !errors.Is(err, ErrNotMeasurable) {
		t.Errorf("no measurements: %v, want ErrNotMeasurable", err)
	}
	in.Measurements = []Measurement{
		{Date: d("2021-09-01"), Value: Units(28)},
		{Date: d("2021-03-01"), Value: Units(35)},
		{Date: d("2021-09-01"), Value: Units(30), Comment: "korrigert"}, // same date, listed later: wins
	}
	type res struct {
		P   Progress
		Err error
	}
	got := []res{}
	for _, at := range []string{"", "2021-03-01", "2021-09-01", "2020-12-31"} {
		var p Progress
		var err error
		if at == "" {
			p, err = in.Achievement()
		} else {
			p, err = in.achievementAt(d(at))
		}
		got = append(got, res{p, err})
	}
	notMeasured := &AchievementError{Baseline: Units(42), Target: Units(21), Err: ErrNotMeasurable}
	want := []res{{5714, nil}, {3333, nil}, {5714, nil}, {0, notMeasured}}
	if diff := cmp.Diff(want, got, cmp.Comparer(func(a, b error) bool { return a == b || a != nil && b != nil && a.Error() == b.Error() })); diff != "" {
		t.Errorf("achievement over time (-want +got):\n%s", diff)
	}
	if m, ok := in.Latest(); !ok || m.Comment != "korrigert" {
		t.Errorf("Latest() = %v, %v", m, ok)
	}
	in.Target.Value = in.Baseline.Value
	if _, err := in.Achievement(); !errors.Is(err, ErrZeroSpan) {
		t.Errorf("zero span: %v", err)
	}
}

func TestProgressString(t *testing.T) {
	for p, want := range map[Progress]string{0: "0 %", 3333: "33,33 %", Complete: "100 %", 2500: "25 %", -1250: "-12,5 %", 123456: "1 234,56 %"} {
		if got := p.String(); got != want {
			t.Errorf("Progress(%d).String() = %q, want %q", int64(p), got, want)
		}
	}
}

// TestAchievementStaysInRange checks that Achievement, at the edges of
// Quantity's range, either reports ErrOverflow or returns a progress in
// Progress's symmetric range, never math.MinInt64.
func TestAchievementStaysInRange(t *testing.T) {
	edges := []Quantity{-MaxQuantity, -MaxQuantity + 1, -1, 0, 1, MaxQuantity - 1, MaxQuantity}
	for _, b := range edges {
		for _, tg := range edges {
			for _, v := range edges {
				p, err := Achievement(b, tg, v)
				if err == nil && p == math.MinInt64 {
					t.Errorf("Achievement(%d, %d, %d) = math.MinInt64, out of range", int64(b), int64(tg), int64(v))
				}
				if err != nil && !errors.Is(err, ErrOverflow) && !errors.Is(err, ErrZeroSpan) {
					t.Errorf("Achievement(%d, %d, %d): %v", int64(b), int64(tg), int64(v), err)
				}
			}
		}
	}
	// The largest progress that fits: a span of one thousandth, moved
	// (MaxInt64 / 10000) thousandths.
	const far = math.MaxInt64 / 10000
	for _, v := range []Quantity{far, -far} {
		p, err := Achievement(0, 1, v)
		if err != nil || p != Progress(int64(v)*10000) {
			t.Errorf("Achievement(0, 1, %d) = %d, %v", int64(v), int64(p), err)
		}
	}
}
