package product_test

import (
	"testing"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// TestEncodeBenefitPlanStoredForm checks Encode of a benefit plan, whose
// plan benefit.Plan.AppendJSON writes, against json.Marshal of the stored
// form with the document written field by field by encoding/json: a plan
// with every kind of value, text that JSON and HTML escaping change, in
// the plan and around it.
func TestEncodeBenefitPlanStoredForm(t *testing.T) {
	const odd = `<a href="x">&amp;</a> "sitat" \ ` + "\u2028\u2029\t\x01 æøå \uFFFD"
	d := sample.BenefitPlan()
	d.Header.Project = odd
	d.BenefitMap.Text = odd
	p := &d.Plan
	p.Responsible = odd
	b := benefit.Benefit{
		ID: "G2", Description: odd, Area: benefit.Areas()[1], Valuation: benefit.Priced, StartYear: 2023,
		FullEffect: benefit.Kroner(100_000), Profile: []benefit.Money{benefit.Kroner(1), -5, benefit.MaxMoney},
		Preconditions: []string{odd, ""},
		Indicators: []benefit.Indicator{{
			Name: odd, Unit: benefit.Named, UnitName: "<dager>",
			Target: benefit.Reading{Value: -benefit.MaxQuantity},
			Points: []benefit.PlannedPoint{{Kind: benefit.PointMidway, Date: phase.MustDate("2022-06-30")}, {Date: phase.MustDate("2023-01-01")}},
			Measurements: []benefit.Measurement{
				{Date: phase.MustDate("2021-03-01"), Value: benefit.Units(35), Comment: odd},
				{Date: phase.MustDate("2021-06-01"), Value: 1},
			},
		}},
		History: []benefit.Change{{Event: benefit.EventPlan, Date: phase.MustDate("2020-10-01"), Reason: odd}},
	}
	p.Benefits = append(p.Benefits, b)
	p.Measures = []benefit.Measure{{ID: "T1", Description: odd, Owner: "Rådmann", Benefits: []string{"G1", "G2"}, Due: phase.MustDate("2022-01-01")}}
	p.Municipal = &benefit.MunicipalShare{Implementation: &benefit.ImplementationCost{Estimate: benefit.Kroner(10), Updated: phase.MustDate("2021-01-01"), RollOutYear: 2023, Note: odd}}
	got := checkStoredForm(t, d)
	back, err := product.DecodeStored(got)
	if err != nil {
		t.Fatal(err)
	}
	if again, err := product.Encode(back); err != nil || string(again) != string(got) {
		t.Errorf("Encode(DecodeStored(Encode(d))) = %v, not the bytes it read", err)
	}
}
