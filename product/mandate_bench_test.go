package product

import (
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/validate"
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
