package benefit

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// helgelandConcepts returns the concepts the Digitale Helgeland mandate
// (seed 000) lists for the concept phase, the null alternative first. The
// figures are illustrative: the mandate gives none.
func helgelandConcepts() Comparison {
	mnok := func(tenths ...int64) []Money {
		out := make([]Money, len(tenths))
		for i, t := range tenths {
			out[i] = Kroner(t * 100_000)
		}
		return out
	}
	rep := func(n int, v int64) []int64 {
		out := make([]int64, n)
		for i := range out {
			out[i] = v
		}
		return out
	}
	cat := func(a []int64, b ...int64) []int64 { return append(a, b...) }
	return Comparison{
		FirstYear: 2021,
		Alternatives: []Alternative{
			{ID: "K0", Name: "Nullkonsept alternativ", Null: true, Description: "Alle kommuner fortsetter som før"},
			{ID: "K1", Name: "Kjøre felles fagprogram", Costs: mnok(cat([]int64{60, 40}, rep(8, 10)...)...), Benefits: mnok(cat([]int64{0, 20, 40}, rep(7, 50)...)...)},
			{ID: "K2", Name: "Felles skyplattform", Costs: mnok(cat([]int64{30, 20}, rep(8, 15)...)...), Benefits: mnok(cat([]int64{0, 10}, rep(8, 25)...)...)},
			{ID: "K3", Name: "Felles digitale tjenester", Costs: mnok(cat([]int64{40, 30}, rep(8, 10)...)...), Benefits: mnok(cat([]int64{0, 20}, rep(8, 40)...)...)},
			{ID: "K4", Name: "Felles innkjøp og offentlige anskaffelser", Costs: mnok(cat([]int64{10}, rep(9, 5)...)...), Benefits: mnok(cat([]int64{0}, rep(9, 10)...)...)},
			{ID: "K5", Name: "Felles nasjonale digitaliseringsprosjekt", Costs: mnok(cat([]int64{20}, rep(9, 10)...)...), Benefits: mnok(cat([]int64{0}, rep(9, 15)...)...)},
		},
	}
}

func TestNPV(t *testing.T) {
	for _, tc := range []struct {
		name  string
		flows []Money
		rate  Rate
		want  Money
		err   error
	}{
		{"nothing", nil, 400, 0, nil},
		{"year 0 is not discounted", []Money{Kroner(100)}, 400, Kroner(100), nil},
		{"one year at 4 %", []Money{0, Kroner(104)}, 400, Kroner(100), nil},
		{"two years at 4 %", []Money{0, 0, 10816}, 400, 10000, nil},
		{"ten years of a million at 4 %", profile(10, Kroner(1_000_000)), 400, 843533161, nil},
		{"no discounting", []Money{1, 2, 3}, 0, 6, nil},
		{"rounds half away from zero", []Money{-100, -100, -100}, 400, -289, nil},
		{"small negatives", []Money{0, -1, -1}, 400, -2, nil},
		{"3,5 %", []Money{1, 1, 1}, 350, 3, nil},
		{"investment then returns", []Money{-Kroner(5_000_000), 0, Kroner(2_000_000), Kroner(3_000_000), Kroner(3_000_000), Kroner(3_000_000)}, 400, 454629540, nil},
		{"negative rate", []Money{1}, -1, 0, ErrInvalidNumber},
		{"rate over 100 %", []Money{1}, MaxRate + 1, 0, ErrInvalidNumber},
		{"too many years", make([]Money, MaxHorizon+1), 400, 0, ErrInvalidNumber},
		{"overflow", []Money{Money(1 << 62), Money(1 << 62), Money(1 << 62)}, 0, 0, ErrOverflow},
	} {
		got, err := NPV(tc.flows, tc.rate)
		if got != tc.want || !errors.Is(err, tc.err) {
			t.Errorf("%s: NPV = %d, %v; want %d, %v", tc.name, int64(got), err, int64(tc.want), tc.err)
		}
	}
}

func TestRank(t *testing.T) {
	c := helgelandConcepts()
	got, err := c.Rank()
	if err != nil {
		t.Fatal(err)
	}
	// Present values computed independently with exact fractions.
	want := []Result{
		{Rank: 1, ID: "K1", Name: "Kjøre felles fagprogram", Costs: 1631994700, Benefits: 3336748646, NPV: 1704753946, VsNull: 1704753946},
		{Rank: 2, ID: "K3", Name: "Felles digitale tjenester", Costs: 1335840853, Benefits: 2781824952, NPV: 1445984099, VsNull: 1445984099},
		{Rank: 3, ID: "K4", Name: "Felles innkjøp og offentlige anskaffelser", Costs: 471766581, Benefits: 743533161, NPV: 271766580, VsNull: 271766580},
		{Rank: 4, ID: "K2", Name: "Felles skyplattform", Costs: 1463376665, Benefits: 1714602133, NPV: 251225468, VsNull: 251225468},
		{Rank: 5, ID: "K5", Name: "Felles nasjonale digitaliseringsprosjekt", Costs: 943533161, Benefits: 1115299742, NPV: 171766581, VsNull: 171766581},
		{Rank: 6, ID: "K0", Name: "Nullkonsept alternativ", Null: true},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Rank (-want +got):\n%s", diff)
	}
	if fs := c.Validate(); len(fs) != 0 {
		t.Errorf("Validate = %v", fs)
	}

	// A null alternative with costs of its own shifts VsNull; ties share a rank.
	c.Alternatives[0].Costs = []Money{Kroner(100)}
	c.Alternatives[5] = c.Alternatives[4]
	c.Alternatives[5].ID = "K4b"
	got, err = c.Rank()
	if err != nil {
		t.Fatal(err)
	}
	type short struct {
		Rank   int
		ID     string
		VsNull Money
	}
	var gotShort []short
	for _, r := range got {
		gotShort = append(gotShort, short{r.Rank, r.ID, r.VsNull})
	}
	wantShort := []short{{1, "K1", 1704763946}, {2, "K3", 1445994099}, {3, "K4", 271776580}, {3, "K4b", 271776580}, {5, "K2", 251235468}, {6, "K0", 0}}
	if diff := cmp.Diff(wantShort, gotShort); diff != "" {
		t.Errorf("Rank with ties (-want +got):\n%s", diff)
	}
}

func TestComparisonValidate(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(c *Comparison)
		want []row
	}{
		{"no null alternative", func(c *Comparison) { c.Alternatives = c.Alternatives[1:] }, []row{
			{"benefit.null_alternative_missing", "alternatives", E},
		}},
		{"two null alternatives, duplicate IDs, too few concepts", func(c *Comparison) {
			c.Alternatives = c.Alternatives[:3]
			c.Alternatives[2].Null = true
			c.Alternatives[1].ID = "K0"
			c.Alternatives[1].Name = "<navn>"
		}, []row{
			{"field.filled", "alternatives[1].name", E},
			{"benefit.duplicate_id", "alternatives[1].id", E},
			{"benefit.null_alternative_twice", "alternatives[2].null", E},
			{"benefit.concepts_too_few", "alternatives", W},
		}},
		// R-109/2021's falling rate is modelled, not warned about.
		{"long horizon at the default rates", func(c *Comparison) { c.Alternatives[1].Benefits = profile(41, 1) }, nil},
		{"invalid schedule", func(c *Comparison) { c.Schedule = DiscountSchedule{{FromYear: 5, Rate: 400}} }, []row{
			{"benefit.schedule_invalid", "schedule", E},
		}},
		{"long horizon at a chosen rate", func(c *Comparison) { c.Rate = 300; c.Alternatives[1].Benefits = profile(41, 1) }, nil},
		{"too long, bad rate", func(c *Comparison) { c.Rate = -5; c.Alternatives[1].Costs = profile(201, 1) }, []row{
			{"field.gte", "rate", E},
			{"benefit.horizon_too_long", "alternatives", E},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := helgelandConcepts()
			tc.edit(&c)
			if diff := cmp.Diff(tc.want, rows(c.Validate())); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
			if _, err := c.Rank(); (err != nil) != phaseHasErrors(c.Validate()) {
				t.Errorf("Rank error %v disagrees with Validate", err)
			} else if err != nil {
				var ce *ComparisonError
				if !errors.As(err, &ce) || !errors.Is(err, ErrInvalidComparison) || len(ce.Findings) == 0 {
					t.Errorf("Rank error %v is not a *ComparisonError", err)
				}
			}
		})
	}
	if diff := cmp.Diff(R109Schedule(), (&Comparison{}).EffectiveSchedule()); diff != "" {
		t.Errorf("EffectiveSchedule of the zero comparison (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(FlatSchedule(350), (&Comparison{Rate: 350, Schedule: R109Schedule()}).EffectiveSchedule()); diff != "" {
		t.Errorf("EffectiveSchedule with a rate (-want +got):\n%s", diff)
	}
}

// TestRankR109: beyond 40 years the comparison ranks by R-109/2021's
// falling rate, not by a flat 4 %.
func TestRankR109(t *testing.T) {
	c := Comparison{Alternatives: []Alternative{
		{ID: "K0", Name: "Nullalternativet", Null: true},
		{ID: "K1", Name: "Langsiktig", Benefits: profile(100, 1000)},
	}}
	got, err := c.Rank()
	if err != nil {
		t.Fatal(err)
	}
	want, err := R109Schedule().NPV(profile(100, 1000))
	if err != nil {
		t.Fatal(err)
	}
	flat, _ := NPV(profile(100, 1000), DefaultRate)
	if got[0].Benefits != want || want == flat {
		t.Errorf("Rank gives %v for 100 years; R-109 schedule %v, flat 4 %% %v", got[0].Benefits, want, flat)
	}
}
