package benefit_test

import (
	"errors"
	"fmt"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/phase"
)

func ExampleParseMoney() {
	for _, s := range []string{"4 millioner", "4 MNOK", "68 MNOK", "1 234,50 kr", "5 mill.", "kr 1,5 mill.", "1,234 kr"} {
		m, err := benefit.ParseMoney(s)
		if err != nil {
			fmt.Printf("%-14q error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-14q %s (%s)\n", s, m, m.Short())
	}
	// Output:
	// "4 millioner"  4 000 000 kr (4 mill. kr)
	// "4 MNOK"       4 000 000 kr (4 mill. kr)
	// "68 MNOK"      68 000 000 kr (68 mill. kr)
	// "1 234,50 kr"  1 234,50 kr (1 234,50 kr)
	// "5 mill."      5 000 000 kr (5 mill. kr)
	// "kr 1,5 mill." 1 500 000 kr (1,5 mill. kr)
	// "1,234 kr"     error: veiviser: cannot read money "1,234 kr": more precise than one øre
}

func ExampleAchievement() {
	// Case handling time should fall from 42 to 21 days; it is now 35.
	p, _ := benefit.Achievement(benefit.Units(42), benefit.Units(21), benefit.Units(35))
	fmt.Println("reduction:", p)
	// Self-service should rise from 35 % to 80 %; it is now 47 %.
	p, _ = benefit.Achievement(benefit.Units(35), benefit.Units(80), benefit.Units(47))
	fmt.Println("increase:", p)
	// A target equal to the baseline has no progress to measure.
	_, err := benefit.Achievement(benefit.Units(10), benefit.Units(10), benefit.Units(12))
	fmt.Println(errors.Is(err, benefit.ErrZeroSpan), err)
	// Output:
	// reduction: 33,33 %
	// increase: 26,67 %
	// true veiviser: achievement undefined: target 10 equals baseline 10
}

func ExampleBenefit_Apply() {
	b := benefit.Benefit{ID: "G1", Description: "Raskere saksbehandling", Area: benefit.Citizens, Valuation: benefit.Unpriced}
	plan := benefit.Change{Event: benefit.EventPlan, Date: phase.MustDate("2020-10-01")}

	err := b.Apply(plan)
	var ce *benefit.ChangeError
	if errors.As(err, &ce) {
		fmt.Println("refused:", errors.Is(err, phase.ErrRefused), "state:", b.State())
		for _, f := range ce.Unmet {
			fmt.Printf("  %s: %s\n", f.Path, f.Message.NB)
		}
	}

	b.Owner = "Kommunalsjef plan og utvikling"
	b.Indicators = []benefit.Indicator{{
		Name: "Saksbehandlingstid, byggesak", Unit: benefit.Named, UnitName: "dager",
		Baseline: benefit.Reading{Value: benefit.Units(42), Date: phase.MustDate("2020-09-01")},
		Target:   benefit.Reading{Value: benefit.Units(21), Date: phase.MustDate("2023-12-31")},
	}}
	fmt.Println(b.Apply(plan), b.State().Label(phase.Bokmal))
	// Output:
	// refused: true state: identified
	//   owner: Gevinsten mangler gevinsteier
	//   indicators: Gevinsten har ingen måleindikator
	// <nil> Planlagt
}

func ExampleComparison_Rank() {
	c := benefit.Comparison{
		FirstYear: 2021, // Rate zero: the default 4 % real rate
		Alternatives: []benefit.Alternative{
			{ID: "K0", Name: "Nullkonsept alternativ", Null: true},
			{ID: "K1", Name: "Kjøre felles fagprogram",
				Costs:    []benefit.Money{benefit.Kroner(6_000_000), benefit.Kroner(1_000_000), benefit.Kroner(1_000_000)},
				Benefits: []benefit.Money{0, benefit.Kroner(4_000_000), benefit.Kroner(5_000_000)}},
			{ID: "K2", Name: "Felles skyplattform",
				Costs:    []benefit.Money{benefit.Kroner(3_000_000), benefit.Kroner(1_500_000), benefit.Kroner(1_500_000)},
				Benefits: []benefit.Money{0, benefit.Kroner(2_500_000), benefit.Kroner(2_500_000)}},
		},
	}
	ranking, err := c.Rank()
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range ranking {
		fmt.Printf("%d. %-24s %s\n", r.Rank, r.Name, r.NPV)
	}
	// Output:
	// 1. Kjøre felles fagprogram  582 840,24 kr
	// 2. Nullkonsept alternativ   0 kr
	// 3. Felles skyplattform      -1 113 905,32 kr
}
