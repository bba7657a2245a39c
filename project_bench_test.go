package veiviser

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/digitale-helgeland/veiviser/product"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/internal/validate"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// largeProject is the project of the benchmark: every management product
// (the mandate among them), all checklists answered through BP3, a benefit
// plan of 200 benefits with 3 indicators of 40 measurements each, and a
// register of 100 stakeholders.
func largeProject(tb testing.TB) *Project {
	tb.Helper()
	p := sampleProject(tb)
	bp := p.Document(phase.BenefitPlan).(*product.BenefitPlan)
	base := phase.MustDate("2021-07-01")
	bp.Plan.Benefits = nil
	for i := range 200 {
		b := benefit.Benefit{
			ID: "G" + strconv.Itoa(i), Description: "Gevinst " + strconv.Itoa(i), Area: benefit.Areas()[i%5],
			Owner: "Kommunalsjef", Preconditions: []string{"Løsningen er tatt i bruk"},
		}
		if i%2 == 0 {
			b.Valuation, b.StartYear, b.FullEffect = benefit.Priced, 2023, benefit.Kroner(100_000)
			for range 10 {
				b.Profile = append(b.Profile, benefit.Kroner(100_000))
			}
		} else {
			b.Valuation, b.Importance, b.Justification = benefit.Unpriced, benefit.Moderate, "Bedre tjenester"
		}
		for j := range 3 {
			in := benefit.Indicator{
				Name: "Saksbehandlingstid", Unit: benefit.Unit(j%5 + 1), Method: "Uttrekk fra fagsystemet", MeasuredBy: "Analytiker",
				Baseline: benefit.Reading{Value: benefit.Units(100), Date: base},
				Target:   benefit.Reading{Value: benefit.Units(50), Date: phase.MustDate("2025-06-30")},
			}
			for k := range 40 {
				in.Measurements = append(in.Measurements, benefit.Measurement{Date: base.AddDays(20 * (k + 1)), Value: benefit.Units(100 - int64(k))})
			}
			b.Indicators = append(b.Indicators, in)
		}
		bp.Plan.Benefits = append(bp.Plan.Benefits, b)
	}
	for i := range 100 {
		p.Stakeholders.Stakeholders = append(p.Stakeholders.Stakeholders, stakeholder.Stakeholder{
			ID: "S" + strconv.Itoa(i), Group: "Gruppe " + strconv.Itoa(i), Category: stakeholder.Category(i%5 + 1),
			Interest: stakeholder.Level(i%4 + 1), Influence: stakeholder.Level((i/4)%4 + 1),
		})
	}
	return p
}

// BenchmarkValidateProject puts Project.Validate beside a bare
// validator.Struct over the same project, configured as the module's own
// validator (validate.New), in one run:
//
//	go test . -run '^$' -bench ValidateProject -benchmem
//
// validator-parts is the bare call over the same parts, each reached
// through its own pointer: the fairest baseline.
func BenchmarkValidateProject(b *testing.B) {
	p := largeProject(b)
	bare := validate.New()
	b.Run("veiviser", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			p.Validate()
		}
	})
	b.Run("validator", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_ = bare.Struct(p)
		}
	})
	// The same tags reached the cheapest way: each document through its own
	// pointer, and the benefit plan's header and plan each through theirs
	// (validator copies a nested struct field it reaches without a pointer,
	// which costs it half as much again on this plan), then the register
	// and the timeline.
	b.Run("validator-parts", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			for _, d := range p.Documents {
				if bp, ok := d.(*product.BenefitPlan); ok {
					_ = bare.Struct(&bp.Header)
					_ = bare.Struct(&bp.Plan)
					continue
				}
				_ = bare.Struct(d)
			}
			_ = bare.Struct(&p.Stakeholders)
			for i := range p.Timeline {
				_ = bare.Struct(&p.Timeline[i])
			}
		}
	})
}

// BenchmarkDecideHistory times 1000 decisions on a project that already has
// n of them: with the audit log appended in place, the 10 000th decision
// costs what the 10th does (issue: within 2×). Compare the ns/op of the
// two sizes in the same run.
func BenchmarkDecideHistory(b *testing.B) {
	for _, n := range []int{10, 10000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			base := mustProject(ProjectConfig{ID: "H", Name: "Historie", Agency: "Etat"})
			back := decision(phase.BP1, phase.SentBack, "25.02.2020")
			for range n {
				if err := base.Decide(back); err != nil {
					b.Fatal(err)
				}
			}
			for b.Loop() {
				b.StopTimer()
				p := base.Clone()
				b.StartTimer()
				for range 1000 {
					if err := p.Decide(back); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
