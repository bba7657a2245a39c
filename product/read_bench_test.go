package product

import (
	"os"
	"testing"
	"time"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
	outl "github.com/digitale-helgeland/veiviser/internal/outline"
)

// BenchmarkRead sets Read of each Digdir template beside ooxml.ReadBytes
// of it, the reading of the Word file that Read starts with, and Read of
// seed 000's text export beside outline.ReadText of it; the ratio of the
// two is what mapping the document to its type costs on top of reading
// the file.
func BenchmarkRead(b *testing.B) {
	for _, tc := range shippedTemplates {
		raw := templateBytes(b, tc.file)
		b.Run("ooxml.ReadBytes/"+tc.file, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ooxml.ReadBytes(raw, ooxml.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run("Read/"+tc.file, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Read(raw, ReadOptions{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
	seed, err := os.ReadFile(seedText)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("outline.ReadText/seed000", func(b *testing.B) {
		b.SetBytes(int64(len(seed)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := outl.ReadText(seed, outl.TextOptions{Headings: allTitles()}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Read/seed000", func(b *testing.B) {
		b.SetBytes(int64(len(seed)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Read(seed, ReadOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkReadRatio reads each template with ooxml.ReadBytes and with
// Read in turn, in the same loop, and reports Read's time as a multiple of
// ReadBytes's ("x-raw"; for seed 000, of outline.ReadText's), so that the
// ratio holds on a machine whose load changes while it runs.
func BenchmarkReadRatio(b *testing.B) {
	ratio := func(b *testing.B, raw func() error, read func() error) {
		var tRaw, tRead time.Duration
		for b.Loop() {
			t0 := time.Now()
			if err := raw(); err != nil {
				b.Fatal(err)
			}
			t1 := time.Now()
			if err := read(); err != nil {
				b.Fatal(err)
			}
			tRaw, tRead = tRaw+t1.Sub(t0), tRead+time.Since(t1)
		}
		b.ReportMetric(float64(tRead)/float64(tRaw), "x-raw")
	}
	for _, tc := range shippedTemplates {
		in := templateBytes(b, tc.file)
		b.Run(tc.file, func(b *testing.B) {
			ratio(b, func() error { _, err := ooxml.ReadBytes(in, ooxml.Options{}); return err },
				func() error { _, err := Read(in, ReadOptions{}); return err })
		})
	}
	seed, err := os.ReadFile(seedText)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("seed000", func(b *testing.B) {
		ratio(b, func() error { _, err := outl.ReadText(seed, outl.TextOptions{Headings: allTitles()}); return err },
			func() error { _, err := Read(seed, ReadOptions{}); return err })
	})
}
