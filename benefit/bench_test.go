package benefit

import (
	"strconv"
	"testing"
	"time"

	"github.com/go-playground/validator/v10"

	"github.com/digitale-helgeland/veiviser/internal/validate"
)

// benchPlan returns a valid plan of n benefits, each with 3 indicators of
// 40 measurements, every other benefit priced.
func benchPlan(n int) *Plan {
	p := &Plan{Project: "Benchmark", Responsible: "Gevinstansvarlig", Revisions: []Revision{{Date: d("2020-01-01")}}}
	base := d("2020-01-01")
	for i := range n {
		b := Benefit{
			ID: "G" + strconv.Itoa(i), Description: "Gevinst " + strconv.Itoa(i), Area: Area(i%5 + 1),
			Owner: "Eier", Preconditions: []string{"Forutsetning"},
			History: []Change{{Event: EventPlan, Date: base}, {Event: EventStart, Date: base.AddDays(30)}},
		}
		if i%2 == 0 {
			b.Valuation, b.StartYear, b.FullEffect, b.Profile = Priced, 2022, Kroner(100_000), profile(10, Kroner(100_000))
		} else {
			b.Valuation, b.Importance, b.Justification = Unpriced, Moderate, "Begrunnelse"
		}
		for j := range 3 {
			in := Indicator{
				Name: "Indikator", Unit: Unit(j%5 + 1), Method: "Uttrekk", MeasuredBy: "Analytiker",
				Baseline: Reading{Value: Units(100), Date: base},
				Target:   Reading{Value: Units(50 + int64(j)*100), Date: d("2026-12-31")},
				Points:   []PlannedPoint{{Kind: PointBaseline, Date: base}, {Kind: PointFinal, Date: d("2026-12-31")}},
			}
			for k := range 40 {
				in.Measurements = append(in.Measurements, Measurement{Date: base.AddDays(30 * (k + 1)), Value: Units(100 - int64(k))})
			}
			b.Indicators = append(b.Indicators, in)
		}
		p.Benefits = append(p.Benefits, b)
	}
	return p
}

// bareValidator is a validator configured exactly as internal/validate
// configures the module's own instance (validate.New). Validating a Plan
// with it is the cost of the struct tags alone.
func bareValidator() *validator.Validate { return validate.New() }

func TestBenchPlanIsValid(t *testing.T) {
	p := benchPlan(500)
	if fs := p.Validate(Options{}); len(fs) != 0 {
		t.Fatalf("the benchmark plan has findings: %v", fs[:min(len(fs), 5)])
	}
	if err := bareValidator().Struct(p); err != nil {
		t.Fatalf("the bare validator rejects the benchmark plan: %v", err)
	}
	if s := p.Summarise(); s.Measured != 1500 || s.Benefits != 500 {
		t.Fatalf("summary: %+v", s)
	}
}

// BenchmarkPlan validates and summarises a plan of 500 benefits × 3
// indicators × 40 measurements ("benefit"), and runs the bare validator
// over the same plan ("validator"). "ratio" runs both in turn within each
// iteration and reports benefit/validator, so the two are measured under
// the same conditions.
func BenchmarkPlan(b *testing.B) {
	p := benchPlan(500)
	v := bareValidator()
	if err := v.Struct(p); err != nil { // warm the validator's type cache, as internal/validate's is warm
		b.Fatal(err)
	}
	_ = p.Validate(Options{})
	b.Run("benefit", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if fs := p.Validate(Options{}); len(fs) != 0 {
				b.Fatal(fs)
			}
			_ = p.Summarise()
		}
	})
	b.Run("validator", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if err := v.Struct(p); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ratio", func(b *testing.B) {
		var ours, bare time.Duration
		for b.Loop() {
			t0 := time.Now()
			_ = v.Struct(p)
			t1 := time.Now()
			_ = p.Validate(Options{})
			_ = p.Summarise()
			ours += time.Since(t1)
			bare += t1.Sub(t0)
		}
		b.ReportMetric(float64(ours)/float64(bare), "benefit/validator")
	})
}

// BenchmarkMeasurementTags puts the two ways of checking an indicator's
// measurements side by side, bare validator (validate.New) over the
// measurement lists of a plan of 200 benefits × 3 indicators × 40
// measurements: "dive", as the tag was before issue 14 (the validator
// visits each element and its fields, and v10.30.2 and later box each
// value they visit to look for their Valuer interface), and "dates", the
// tag now (one visit per list, the dates read in place). "ratio" runs
// both in each iteration and reports dive/dates:
//
//	go test ./benefit -run '^$' -bench MeasurementTags -benchmem -count 5
func BenchmarkMeasurementTags(b *testing.B) {
	type dive struct {
		M []Measurement `validate:"dive"`
	}
	type dates struct {
		M []Measurement `validate:"dates"`
	}
	p := benchPlan(200)
	var dv []dive
	var dt []dates
	for i := range p.Benefits {
		for _, in := range p.Benefits[i].Indicators {
			dv = append(dv, dive{in.Measurements})
			dt = append(dt, dates{in.Measurements})
		}
	}
	v := bareValidator()
	run := func(list any) {
		switch l := list.(type) {
		case []dive:
			for i := range l {
				if err := v.Struct(&l[i]); err != nil {
					b.Fatal(err)
				}
			}
		case []dates:
			for i := range l {
				if err := v.Struct(&l[i]); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.Run("dive", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			run(dv)
		}
	})
	b.Run("dates", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			run(dt)
		}
	})
	b.Run("ratio", func(b *testing.B) {
		var a, c time.Duration
		for b.Loop() {
			t0 := time.Now()
			run(dv)
			t1 := time.Now()
			run(dt)
			a += t1.Sub(t0)
			c += time.Since(t1)
		}
		b.ReportMetric(float64(a)/float64(c), "dive/dates")
	})
}
