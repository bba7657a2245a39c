package veiviser

import (
	"bytes"
	"encoding/json"
	"fmt"
	"runtime"
	"runtime/metrics"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/digitale-helgeland/veiviser/product"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/internal/sample"
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
	return projectWithBenefits(tb, 200)
}

// projectWithBenefits is largeProject with n benefits in its plan (200
// make about 1 MB of JSON, 3 250 about 15 MiB).
func projectWithBenefits(tb testing.TB, n int) *Project {
	tb.Helper()
	p := sampleProject(tb)
	bp := p.Document(phase.BenefitPlan).(*product.BenefitPlan)
	base := phase.MustDate("2021-07-01")
	bp.Plan.Benefits = nil
	for i := range n {
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
// through its own pointer: the fairest baseline. Validate itself checks
// the tags of the benefit plan's benefits by hand (benefit.Plan.Validate,
// held to validator by benefit.TestFieldFindings), which is why it can
// cost less than the bare call.
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
	parts := func() {
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
	b.Run("validator-parts", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			parts()
		}
	})
	// The seal check alone: every sealed document encoded, in canonical
	// form and hashed (DocumentHash), which Validate does to report a
	// document changed since its approval, and which no validator does.
	b.Run("seals", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			p.brokenSeals()
		}
	})
	// In turn in each iteration: Validate, Validate without its seal
	// check, the seal check alone and validator-parts; each over
	// validator-parts: "xparts" (Validate), "xparts-noseal" (issue 14 asks
	// ≤ 1.1 of the validation) and "xparts-seals" (the integrity check,
	// which no validator does).
	b.Run("ratio", func(b *testing.B) {
		var ours, noseal, seals, bareParts time.Duration
		for b.Loop() {
			t0 := time.Now()
			p.Validate()
			t1 := time.Now()
			p.validate(false)
			t2 := time.Now()
			p.brokenSeals()
			t3 := time.Now()
			parts()
			t4 := time.Now()
			ours, noseal, seals, bareParts = ours+t1.Sub(t0), noseal+t2.Sub(t1), seals+t3.Sub(t2), bareParts+t4.Sub(t3)
		}
		b.ReportMetric(float64(ours)/float64(bareParts), "xparts")
		b.ReportMetric(float64(noseal)/float64(bareParts), "xparts-noseal")
		b.ReportMetric(float64(seals)/float64(bareParts), "xparts-seals")
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

// benchProject is a small-to-medium project: a five-phase timeline, three
// roles and three stakeholders, a mandate, a project proposal and a
// benefit plan, and (for three in four) the KS checklist partly answered.
// Projects differ by i so that no two share their text.
func benchProject(tb testing.TB, i int) *Project {
	n := strconv.Itoa(i)
	municipal := i%4 != 0
	p := mustProject(ProjectConfig{ID: "P-" + n, Name: "Prosjekt " + n, Agency: "Etat " + strconv.Itoa(i%20), StateAffectingMunicipalities: municipal})
	p.Description = "Digitaliseringsprosjekt nummer " + n + "."
	p.Investment = new(benefit.Kroner(int64(5_000_000 + (i%50)*1_000_000)))
	p.Timeline = phase.Timeline{
		{Phase: phase.Concept, Start: phase.MustDate("01.03.2024"), End: phase.MustDate("31.12.2024")},
		{Phase: phase.Planning, Start: phase.MustDate("01.01.2025"), End: phase.MustDate("30.06.2025")},
		{Phase: phase.Execution, Start: phase.MustDate("01.07.2025"), End: phase.MustDate("31.12.2026")},
		{Phase: phase.Closure, Start: phase.MustDate("01.01.2027"), End: phase.MustDate("31.03.2027")},
		{Phase: phase.Realisation, Start: phase.MustDate("01.04.2027"), End: phase.MustDate("31.12.2029")},
	}
	p.Stakeholders = stakeholder.Register{
		Roles: stakeholder.Roles{
			{Role: stakeholder.ProjectOwner, Person: "Eier " + n},
			{Role: stakeholder.ProjectManager, Person: "Leder " + n},
			{Role: stakeholder.BenefitResponsible, Person: "Gevinstansvarlig " + n},
		},
		Stakeholders: []stakeholder.Stakeholder{
			{ID: "S1", Group: "Kommunene " + n, Interest: stakeholder.High, Influence: stakeholder.Medium},
			{ID: "S2", Group: "KS", Interest: stakeholder.Medium, Influence: stakeholder.Low},
			{ID: "S3", Group: "Leverandør", Interest: stakeholder.Low, Influence: stakeholder.Low},
		},
	}
	plan := sample.BenefitPlan()
	plan.Plan.Project = p.Name
	p.Documents = []product.Document{sample.Mandate(), sample.Proposal(), plan}
	if municipal {
		ksRecord(tb, p, "1", "ja")
		ksRecord(tb, p, "3", "ja")
		if i%2 == 0 {
			ksRecord(tb, p, "4", "ja")
		}
	}
	return p
}

func benchPortfolio(tb testing.TB, n int) Portfolio {
	pf := make(Portfolio, n)
	for i := range pf {
		pf[i] = benchProject(tb, i)
	}
	return pf
}

// BenchmarkPortfolioValidate validates portfolios of 1,000 and 10,000
// projects with Portfolio.Validate, first on one core (GOMAXPROCS=1, so
// that neither a second worker nor the garbage collector's background
// work runs beside the validation) and then on every core, in the same
// run. The parallel lines report the speed-up over the one-core line
// ("speedup") and, for 10,000, the time per portfolio relative to 1,000
// ("x1k"; linear scaling is 10). The ratio line runs the two in turn in
// each iteration and reports their ratio ("speedup"; issue 14 asks ≥ 1.8
// on 2 cores), which a machine shared with other work slows alike:
//
//	go test -run '^$' -bench 'PortfolioValidate/^projects=1000$' -benchtime 3x -count 3 .
//
// A 10,000-project iteration takes seconds, so -benchtime 3x gives every
// line the same number of runs. The ratio alone is steadier over more
// iterations, which a shared machine's noise otherwise sways:
//
//	go test -run '^$' -bench 'PortfolioValidate/^projects=1000$/ratio' -benchtime 10x -count 3 .
func BenchmarkPortfolioValidate(b *testing.B) {
	var parallel1k float64
	for _, n := range []int{1_000, 10_000} {
		pf := benchPortfolio(b, n)
		var sequential float64
		name := "projects=" + strconv.Itoa(n)
		b.Run(name+"/sequential", func(b *testing.B) {
			defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(1))
			sequential = perOp(b, func() { pf.Validate() })
		})
		b.Run(name+"/parallel", func(b *testing.B) {
			ns := perOp(b, func() { pf.Validate() })
			b.ReportMetric(float64(runtime.GOMAXPROCS(0)), "workers")
			if sequential > 0 {
				b.ReportMetric(sequential/ns, "speedup")
			}
			switch {
			case n == 1_000:
				parallel1k = ns
			case parallel1k > 0:
				b.ReportMetric(ns/parallel1k, "x1k")
			}
		})
		if n != 1_000 {
			continue
		}
		b.Run(name+"/ratio", func(b *testing.B) {
			procs := runtime.GOMAXPROCS(0)
			var one, all time.Duration
			for b.Loop() {
				runtime.GOMAXPROCS(1)
				t0 := time.Now()
				pf.Validate()
				t1 := time.Now()
				runtime.GOMAXPROCS(procs)
				t2 := time.Now()
				pf.Validate()
				one, all = one+t1.Sub(t0), all+time.Since(t2)
			}
			b.ReportMetric(float64(procs), "workers")
			b.ReportMetric(float64(one)/float64(all), "speedup")
		})
	}
}

// perOp runs f in a b.Loop and returns the mean nanoseconds per call. It
// reports how many CPUs the process kept busy on average while it ran
// ("cpus", from runtime/metrics: all Go code and the runtime, including
// the garbage collector) and the share of that spent collecting garbage
// ("gc-share").
func perOp(b *testing.B, f func()) float64 {
	b.ReportAllocs()
	runtime.GC() // start from a collected heap; b.Loop starts the timer
	before := cpuClasses()
	calls := 0
	for b.Loop() {
		f()
		calls++
	}
	after := cpuClasses()
	busy := (after[0] - after[1]) - (before[0] - before[1])
	if wall := b.Elapsed().Seconds(); wall > 0 && busy > 0 {
		b.ReportMetric(busy/wall, "cpus")
		b.ReportMetric((after[2]-before[2])/busy, "gc-share")
	}
	return float64(b.Elapsed().Nanoseconds()) / float64(calls)
}

// cpuClasses returns the CPU seconds available to Go, idle, and spent in
// the garbage collector, as the runtime estimates them.
func cpuClasses() [3]float64 {
	s := []metrics.Sample{
		{Name: "/cpu/classes/total:cpu-seconds"},
		{Name: "/cpu/classes/idle:cpu-seconds"},
		{Name: "/cpu/classes/gc/total:cpu-seconds"},
	}
	metrics.Read(s)
	var out [3]float64
	for i, x := range s {
		if x.Value.Kind() == metrics.KindFloat64 {
			out[i] = x.Value.Float64()
		}
	}
	return out
}

// BenchmarkDecodeProject puts Decode of the large project beside
// encoding/json's decoding of the same bytes into an untyped value and
// into the stored form's struct (no checks, no audit verification), in
// one run:
//
//	go test -run '^$' -bench DecodeProject -benchmem .
func BenchmarkDecodeProject(b *testing.B) {
	p := largeProject(b)
	data, err := json.Marshal(p)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	b.Run("veiviser", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Decode(bytes.NewReader(data), DecodeOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json-any", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var v any
			if err := json.Unmarshal(data, &v); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkDecodeInvalid decodes a stored project of about 15 MiB (under
// DefaultMaxBytes), valid, and with one fault near its end: a measurement
// dated on a day that does not exist in the last benefit ("bad-date"),
// a field no type has ("unknown-field") and a truncated file
// ("truncated"). Each invalid line reports its time over the valid
// decode run in turn in the same iteration ("xvalid"; issue 14 asks ≤ 2;
// it was 6–7 before the innermost decoder's located error was kept by the
// layers around it, ≈1 since):
//
//	go test . -run '^$' -bench DecodeInvalid -benchtime 3x
func BenchmarkDecodeInvalid(b *testing.B) {
	valid, err := json.Marshal(projectWithBenefits(b, 3250))
	if err != nil {
		b.Fatal(err)
	}
	if len(valid) < 15<<20 || len(valid) > DefaultMaxBytes {
		b.Fatalf("the project is %d bytes, not about 15 MiB", len(valid))
	}
	last := func(s []byte, old, new string) []byte {
		i := bytes.LastIndex(s, []byte(old))
		if i < 0 {
			b.Fatalf("%s not in the project", old)
		}
		return slices.Concat(s[:i], []byte(new), s[i+len(old):])
	}
	cases := []struct {
		name string
		in   []byte
	}{
		{"bad-date", last(valid, `{"date":"2021-07-21"`, `{"date":"2021-02-30"`)},
		{"unknown-field", last(valid, `"measuredBy":`, `"measuredByX":`)},
		{"truncated", valid[:len(valid)-1]},
	}
	if _, err := Decode(bytes.NewReader(valid), DecodeOptions{}); err != nil {
		b.Fatal(err)
	}
	for _, c := range cases {
		if _, err := Decode(bytes.NewReader(c.in), DecodeOptions{}); err == nil {
			b.Fatalf("%s: decoded", c.name)
		}
	}
	b.Run("valid", func(b *testing.B) {
		b.SetBytes(int64(len(valid)))
		for b.Loop() {
			_, _ = Decode(bytes.NewReader(valid), DecodeOptions{})
		}
	})
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.in)))
			var bad, ok time.Duration
			for b.Loop() {
				t0 := time.Now()
				_, _ = Decode(bytes.NewReader(c.in), DecodeOptions{})
				t1 := time.Now()
				_, _ = Decode(bytes.NewReader(valid), DecodeOptions{})
				bad, ok = bad+t1.Sub(t0), ok+time.Since(t1)
			}
			b.ReportMetric(float64(bad)/float64(ok), "xvalid")
		})
	}
}
