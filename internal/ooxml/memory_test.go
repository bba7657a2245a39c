package ooxml

import (
	"fmt"
	"runtime"
	"testing"
)

// allocatedPerMB returns the bytes ReadBytes allocates reading pkg, per
// MiB of its main part (main bytes long).
func allocatedPerMB(tb testing.TB, pkg []byte, main int) float64 {
	tb.Helper()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	if _, err := ReadBytes(pkg, Options{}); err != nil {
		tb.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	return float64(after.TotalAlloc-before.TotalAlloc) / (float64(main) / (1 << 20))
}

// TestMemoryProportional reads synthetic documents (syntheticDocument) of
// 1 MB and 10 MB of main part and checks that what reading allocates is
// proportional to the document: the bytes allocated per MB of the 10 MB
// document within 1.5 times those of the 1 MB one (issue 14). Slices that
// grow by doubling may hold up to twice what they use, and the race
// detector allocates beside the reader (1.27 was seen under -race), while
// a reader that allocated out of proportion to its input would show
// about 10 times; it logs both, and BenchmarkMemory reports them as B/MB.
func TestMemoryProportional(t *testing.T) {
	var perMB [2]float64
	for i, mb := range []int{1, 10} {
		pkg, main := syntheticDocument(t, mb<<20)
		perMB[i] = allocatedPerMB(t, pkg, len(main))
		t.Logf("%d MB: %.1f MB allocated per MB of document.xml", mb, perMB[i]/(1<<20))
	}
	if perMB[1] > 1.5*perMB[0] {
		t.Errorf("10 MB allocates %.0f bytes per MB, 1 MB %.0f: not proportional", perMB[1], perMB[0])
	}
}

// BenchmarkMemory reports the bytes a read allocates per MB of document
// ("B/MB") for the synthetic documents of 1 MB and 10 MB, beside a bare
// encoding/xml token pass over the same part:
//
//	go test ./internal/ooxml -run '^$' -bench Memory -benchmem
func BenchmarkMemory(b *testing.B) {
	for _, mb := range []int{1, 10} {
		pkg, main := syntheticDocument(b, mb<<20)
		b.Run(fmt.Sprintf("%dMB/ooxml", mb), func(b *testing.B) {
			b.ReportAllocs()
			var sum float64
			n := 0
			for b.Loop() {
				sum += allocatedPerMB(b, pkg, len(main))
				n++
			}
			b.ReportMetric(sum/float64(n), "B/MB")
		})
		b.Run(fmt.Sprintf("%dMB/xml-token", mb), func(b *testing.B) {
			b.ReportAllocs()
			var sum float64
			n := 0
			for b.Loop() {
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				if err := tokenPass(main); err != nil {
					b.Fatal(err)
				}
				runtime.ReadMemStats(&after)
				sum += float64(after.TotalAlloc-before.TotalAlloc) / (float64(len(main)) / (1 << 20))
				n++
			}
			b.ReportMetric(sum/float64(n), "B/MB")
		})
	}
}
