package product

import (
	"os"
	"testing"

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
