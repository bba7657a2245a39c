package product

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/phase"
)

// TestBenefitPlanParts checks that the two parts appendBenefitPlan writes
// around the plan hold the fields of BenefitPlan in its order, with its
// tags: a field added to one and not the other fails here.
func TestBenefitPlanParts(t *testing.T) {
	tags := func(v any) []string {
		var out []string
		rt := reflect.TypeOf(v)
		for i := range rt.NumField() {
			out = append(out, rt.Field(i).Name+" "+rt.Field(i).Type.String()+" "+rt.Field(i).Tag.Get("json"))
		}
		return out
	}
	want := tags(BenefitPlan{})
	got := append(append(tags(benefitPlanHead{}), "Plan benefit.Plan plan"), tags(benefitPlanTail{})...)
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("benefitPlanHead, plan, benefitPlanTail against BenefitPlan (-want +got):\n%s", diff)
	}
}

// TestEncodeBenefitPlanRefuses checks that Encode refuses a benefit plan
// that json.Marshal would write changed or not at all, with the path of
// the value in the stored document, in the plan (which
// benefit.Plan.AppendJSON writes) and around it.
func TestEncodeBenefitPlanRefuses(t *testing.T) {
	plan := func() *BenefitPlan {
		return &BenefitPlan{
			Header: Header{Project: "Digitale Helgeland"},
			Plan: benefit.Plan{Responsible: "Rådmann", Benefits: []benefit.Benefit{{ID: "G1", Indicators: []benefit.Indicator{{
				Name:         "Saksbehandlingstid",
				Measurements: []benefit.Measurement{{Date: phase.MustDate("2021-07-21"), Value: benefit.Units(3)}},
			}}}}},
			BenefitMap: Section{Text: "Kart"},
		}
	}
	tests := []struct {
		name string
		edit func(d *BenefitPlan)
		path string
		want error
	}{
		{"header", func(d *BenefitPlan) { d.Header.Project = "\xff" }, "document.header.project", phase.ErrInvalidUTF8},
		{"after the plan", func(d *BenefitPlan) { d.BenefitMap.Text = "a\xc3" }, "document.benefitMap.text", phase.ErrInvalidUTF8},
		{"comment", func(d *BenefitPlan) { d.Plan.Benefits[0].Indicators[0].Measurements[0].Comment = "\xff" },
			"document.plan.benefits[0].indicators[0].measurements[0].comment", phase.ErrInvalidUTF8},
		{"date", func(d *BenefitPlan) { d.Plan.Benefits[0].Indicators[0].Measurements[0].Date.Day = 32 },
			"document.plan.benefits[0].indicators[0].measurements[0].date", phase.ErrInvalidDate},
		{"value", func(d *BenefitPlan) { d.Plan.Benefits[0].Indicators[0].Measurements[0].Value = benefit.MaxQuantity + 1 },
			"document.plan.benefits[0].indicators[0].measurements[0].value", benefit.ErrOverflow},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := plan()
			if _, err := Encode(d); err != nil {
				t.Fatalf("the plan before the edit: %v", err)
			}
			tt.edit(d)
			b, err := Encode(d)
			var pe *phase.PathError
			if !errors.As(err, &pe) || pe.Path != tt.path || !errors.Is(err, tt.want) {
				t.Errorf("Encode = %.40q, %v; want a *phase.PathError at %s wrapping %v", b, err, tt.path, tt.want)
			}
		})
	}
}

// BenchmarkEncodeBenefitPlan puts Encode of a benefit plan of 200
// benefits × 3 indicators × 40 measurements beside json.Marshal of the
// same document, which writes it field by field, in one run; "xmarshal"
// is Encode's time over json.Marshal's (issue 14):
//
//	go test ./product -run '^$' -bench EncodeBenefitPlan
func BenchmarkEncodeBenefitPlan(b *testing.B) {
	d := &BenefitPlan{Header: Header{Project: "Digitale Helgeland"}, Plan: benefit.Plan{Responsible: "Rådmann"}}
	base := phase.MustDate("2021-07-01")
	for i := range 200 {
		bn := benefit.Benefit{ID: "G", Description: "Gevinst", Area: benefit.Citizens, Owner: "Kommunalsjef"}
		for range 3 {
			in := benefit.Indicator{Name: "Saksbehandlingstid", Unit: benefit.Named, UnitName: "dager",
				Baseline: benefit.Reading{Value: benefit.Units(100), Date: base}}
			for k := range 40 {
				in.Measurements = append(in.Measurements, benefit.Measurement{Date: base.AddDays(20 * (k + 1)), Value: benefit.Units(int64(i - k))})
			}
			bn.Indicators = append(bn.Indicators, in)
		}
		d.Plan.Benefits = append(d.Plan.Benefits, bn)
	}
	var ours, plain float64
	for b.Loop() {
		t0 := time.Now()
		if _, err := json.Marshal(d); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if _, err := Encode(d); err != nil {
			b.Fatal(err)
		}
		ours, plain = ours+time.Since(t1).Seconds(), plain+t1.Sub(t0).Seconds()
	}
	b.ReportMetric(ours/plain, "xmarshal")
}
