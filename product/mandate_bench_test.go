package product

import (
	"testing"

	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/internal/validate"
	"github.com/digitale-helgeland/veiviser/phase"
)

// BenchmarkMandateValidate validates the real mandate of seed 000 (about
// 40 kB of text): struct rules, every section for blank text, guidance
// and placeholders, the concepts, and the BP1 review through the checklist
// package.
func BenchmarkMandateValidate(b *testing.B) {
	m := loadHelgeland(b)
	b.ReportAllocs()
	for b.Loop() {
		m.Validate()
	}
}

// BenchmarkMandateStruct runs only the struct-tag rules over the same
// mandate, for comparison.
func BenchmarkMandateStruct(b *testing.B) {
	m := loadHelgeland(b)
	b.ReportAllocs()
	for b.Loop() {
		validate.Struct(m)
	}
}

// BenchmarkChecklistReview turns the real mandate's BP1 review into an
// answered checklist (ChecklistReview.Checklist, as Validate does for
// every mandate) beside building Digdir's BP1 checklist alone
// (checklist.MustBP), which every review did before issue 14:
//
//	go test ./product -run '^$' -bench ChecklistReview -benchmem -count 5
func BenchmarkChecklistReview(b *testing.B) {
	m := loadHelgeland(b)
	n := reviewNote(m.Header)
	b.Run("review", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			m.Checklist.Checklist(n)
		}
	})
	b.Run("MustBP", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			checklist.MustBP(phase.BP1)
		}
	})
}
