package benefit

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSummarise(t *testing.T) {
	areas := func(rows ...AreaSummary) []AreaSummary {
		out := make([]AreaSummary, 0, 5)
		for _, a := range Areas() {
			r := AreaSummary{Area: a}
			for _, x := range rows {
				if x.Area == a {
					r = x
				}
			}
			out = append(out, r)
		}
		return out
	}
	full := append([]Money{Kroner(1_000_000), Kroner(2_500_000)}, profile(8, Kroner(4_000_000))...)
	for _, tc := range []struct {
		name string
		edit func(p *Plan)
		want Summary
	}{
		{"empty plan", func(p *Plan) { *p = Plan{} }, Summary{ByArea: areas()}},
		{"the Helgeland plan", func(p *Plan) {}, Summary{
			Benefits: 3, Priced: 1, Unpriced: 2,
			ByArea: areas(
				AreaSummary{Area: Municipal, Benefits: 1, Priced: 1, FullEffect: Kroner(4_000_000)},
				AreaSummary{Area: Citizens, Benefits: 2, Unpriced: 2},
			),
			ByState:    [Withdrawn + 1]int{Identified: 1, Planned: 1, Realising: 1},
			FullEffect: Kroner(4_000_000), FirstYear: 2022, Profile: full,
			Indicators: 3, Measured: 3,
			// (33,33 % + 26,67 % + 20 %) / 3: a reduction, an increase, a cost reduction
			Achievement: 2667,
		}},
		{"zero span and withdrawn", func(p *Plan) {
			p.Benefits[1].Indicators[0].Target.Value = Units(35)
			p.Benefits[2].History = []Change{{Event: EventWithdraw, Date: d("2021-01-01"), Reason: "Utgår"}}
			p.Benefits[0].Indicators[0].Measurements = append(p.Benefits[0].Indicators[0].Measurements,
				Measurement{Date: d("2023-06-01"), Value: Units(18)})
		}, Summary{
			Benefits: 3, Priced: 1, Unpriced: 2,
			ByArea: areas(
				AreaSummary{Area: Municipal, Benefits: 1, Priced: 1},
				AreaSummary{Area: Citizens, Benefits: 2, Unpriced: 2},
			),
			ByState:    [Withdrawn + 1]int{Realising: 1, Planned: 1, Withdrawn: 1},
			Indicators: 2, Measured: 1, Reached: 1, Unmeasurable: 1,
			Achievement: 11429, // 42 → 18 days with target 21: 114,29 %
		}},
		{"profiles aligned by start year", func(p *Plan) {
			p.Benefits[0].Valuation, p.Benefits[0].StartYear, p.Benefits[0].FullEffect = Priced, 2020, Kroner(1)
			p.Benefits[0].Profile = []Money{Kroner(1), Kroner(1), Kroner(1)}
			p.Benefits[2].Profile = p.Benefits[2].Profile[:2]
		}, Summary{
			Benefits: 3, Priced: 2, Unpriced: 1,
			ByArea: areas(
				AreaSummary{Area: Municipal, Benefits: 1, Priced: 1, FullEffect: Kroner(4_000_000)},
				AreaSummary{Area: Citizens, Benefits: 2, Priced: 1, Unpriced: 1, FullEffect: Kroner(1)},
			),
			ByState:    [Withdrawn + 1]int{Identified: 1, Planned: 1, Realising: 1},
			FullEffect: Kroner(4_000_001), FirstYear: 2020, Profile: []Money{Kroner(1), Kroner(1), Kroner(1_000_001), Kroner(2_500_000)},
			Indicators: 3, Measured: 3, Achievement: 2667,
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := goodPlan()
			tc.edit(p)
			if diff := cmp.Diff(tc.want, p.Summarise()); diff != "" {
				t.Errorf("Summarise (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSummariseSaturates(t *testing.T) {
	p := goodPlan()
	p.Benefits[0].Valuation, p.Benefits[0].FullEffect = Priced, Money(1<<62)
	p.Benefits[2].FullEffect = Money(1 << 62)
	p.Benefits[1].Valuation, p.Benefits[1].FullEffect = Priced, Money(1<<62)
	if got := p.Summarise().FullEffect; got < 0 {
		t.Errorf("FullEffect wrapped around to %d", int64(got))
	}
}

func TestMunicipalShare(t *testing.T) {
	m := MunicipalShare{Split: []SizeShare{
		{Class: Small, Municipalities: 14, Cost: Kroner(7_000_000), Benefit: Kroner(1_400_001), Effort: 350},
		{Class: Medium, Municipalities: 3, Cost: Kroner(4_500_000), Benefit: Kroner(1_500_000), Effort: 300},
		{Class: Large, Municipalities: 1, Cost: Kroner(2_000_000), Benefit: Kroner(900_000), Effort: 150},
	}}
	want := SizeShare{Municipalities: 18, Cost: Kroner(13_500_000), Benefit: Kroner(3_800_001), Effort: 800}
	if diff := cmp.Diff(want, m.Total()); diff != "" {
		t.Errorf("Total (-want +got):\n%s", diff)
	}
	type per struct {
		Cost, Benefit Money
		Effort        Effort
	}
	var got []per
	for _, s := range append(m.Split, SizeShare{Class: Small, Cost: Kroner(5)}, SizeShare{Municipalities: 3, Cost: -200}) {
		c, b, e := s.PerMunicipality()
		got = append(got, per{c, b, e})
	}
	wantPer := []per{
		{Kroner(500_000), 10_000_007, 25}, // 1 400 001 kr / 14 = 100 000,0714… kr → ,07
		{Kroner(1_500_000), Kroner(500_000), 100},
		{Kroner(2_000_000), Kroner(900_000), 150},
		{0, 0, 0},
		{-67, 0, 0}, // −2 kr / 3 = −0,666… kr → −0,67
	}
	if diff := cmp.Diff(wantPer, got); diff != "" {
		t.Errorf("PerMunicipality (-want +got):\n%s", diff)
	}
	for pop, want := range map[int]SizeClass{0: 0, -5: 0, 1: Small, 4999: Small, 5000: Medium, 19999: Medium, 20000: Large, 700000: Large} {
		if got := ClassOf(pop); got != want {
			t.Errorf("ClassOf(%d) = %v, want %v", pop, got, want)
		}
	}
}

func TestImplementationStale(t *testing.T) {
	c := ImplementationCost{Updated: d("2021-03-01"), RollOutYear: 2023}
	for asOf, want := range map[string]bool{"": true, "2021-12-31": false, "2022-01-01": true, "2024-05-01": true} {
		if got := c.Stale(phaseDate(asOf)); got != want {
			t.Errorf("Stale(%q) = %v, want %v", asOf, got, want)
		}
	}
	c.Updated = d("2022-11-15")
	if c.Stale(d("2025-01-01")) {
		t.Error("an estimate updated in the budget year is stale")
	}
}
