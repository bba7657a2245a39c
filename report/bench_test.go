package report

import (
	"io"
	"testing"

	"github.com/digitale-helgeland/veiviser"
)

// The benchmarks put the page's cost beside what it is made of, in the
// same run: BenchmarkRenderProject is the whole page of the Helgeland
// fixture; BenchmarkValidate is the library's own Project.Validate, which
// the page calls once; BenchmarkTemplate is html/template alone,
// executing the page's template on the view already built.

func BenchmarkRenderProject(b *testing.B) {
	p := helgeland(b)
	o := Options{Today: today}
	b.ReportAllocs()
	for b.Loop() {
		if err := RenderProject(io.Discard, p, o); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkValidate(b *testing.B) {
	p := helgeland(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = p.Validate()
	}
}

func BenchmarkTemplate(b *testing.B) {
	data := projectPage(helgeland(b), Options{Today: today})
	b.ReportAllocs()
	for b.Loop() {
		if err := render(io.Discard, "project", data); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkRenderPortfolio(b *testing.B) {
	pf := portfolio(b)
	o := Options{Today: today, Overview: veiviser.OverviewOptions{IncludeUnaffected: true, Threshold: -1}}
	b.ReportAllocs()
	for b.Loop() {
		if err := RenderPortfolio(io.Discard, pf, o); err != nil {
			b.Fatal(err)
		}
	}
}
