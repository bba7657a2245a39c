package ooxml

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// tokenPass is the raw dependency's cost: one encoding/xml Token loop over
// a part, building nothing.
func tokenPass(b []byte) error {
	d := xml.NewDecoder(bytes.NewReader(b))
	for {
		_, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
	}
}

// BenchmarkRead reads each template whole (zip, styles, core properties
// and main part) beside a bare encoding/xml token pass over the same
// word/document.xml, already decompressed. Compare ns/op of
// .../ooxml with .../xml-token:
//
//	go test ./internal/ooxml -run '^$' -bench BenchmarkRead -benchmem
func BenchmarkRead(b *testing.B) {
	for _, path := range templates(b) {
		src := readFile(b, path)
		main, err := open(b, src, Options{}).Part("word/document.xml")
		if err != nil {
			b.Fatal(err)
		}
		name := strings.TrimSuffix(filepath.Base(path), ".docx")
		b.Run(name+"/ooxml", func(b *testing.B) {
			b.SetBytes(int64(len(main)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ReadBytes(src, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/xml-token", func(b *testing.B) {
			b.SetBytes(int64(len(main)))
			b.ReportAllocs()
			for b.Loop() {
				if err := tokenPass(main); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkReadRatio reports, per template, the time of a whole Read over
// that of a bare token pass over its word/document.xml, the two run in
// turn within each iteration so that a busy machine slows both alike. The
// target is x-token ≤ 2:
//
//	go test ./internal/ooxml -run '^$' -bench BenchmarkReadRatio
func BenchmarkReadRatio(b *testing.B) {
	for _, path := range templates(b) {
		src := readFile(b, path)
		main, err := open(b, src, Options{}).Part("word/document.xml")
		if err != nil {
			b.Fatal(err)
		}
		b.Run(strings.TrimSuffix(filepath.Base(path), ".docx"), func(b *testing.B) {
			var ours, raw time.Duration
			for b.Loop() {
				t0 := time.Now()
				if _, err := ReadBytes(src, Options{}); err != nil {
					b.Fatal(err)
				}
				t1 := time.Now()
				if err := tokenPass(main); err != nil {
					b.Fatal(err)
				}
				ours, raw = ours+t1.Sub(t0), raw+time.Since(t1)
			}
			b.ReportMetric(float64(ours)/float64(raw), "x-token")
		})
	}
}

// syntheticDocument returns a stored package whose main part holds about
// size bytes of paragraph text: headings, guidance, placeholders split over
// runs, and a table every fifty paragraphs, as in a filled-in template.
func syntheticDocument(tb testing.TB, size int) (pkg, main []byte) {
	var body strings.Builder
	for i := 0; body.Len() < size; i++ {
		switch {
		case i%50 == 0:
			body.WriteString(tbl(2, tr(tc("", para("", "Behandlet dato:")), tc("", para("", "&lt;dato&gt;")))))
		case i%10 == 0:
			body.WriteString(para("Overskrift2", fmt.Sprintf("Kapittel %d", i)))
		default:
			body.WriteString(p(rt(fmt.Sprintf("Avsnitt %d om prosjektets mål og gevinster, ", i)) +
				r(`<w:rPr><w:b/></w:rPr>`+tx("&lt;prosjekt")) + rt("navn&gt;") + rt(" og resten av teksten.")))
		}
	}
	mainXML := documentXML(body.String())
	entries := without("", "word/document.xml")
	entries = append(entries, entry{"word/document.xml", mainXML})
	return zipWith(tb, zip.Store, entries...), []byte(mainXML)
}

// BenchmarkLinear reads synthetic documents of 1 MB and 10 MB of text; the
// time per byte should stay flat (10 MB within 11 times the 1 MB time):
//
//	go test ./internal/ooxml -run '^$' -bench BenchmarkLinear -benchmem
func BenchmarkLinear(b *testing.B) {
	for _, mb := range []int{1, 10} {
		pkg, main := syntheticDocument(b, mb<<20)
		b.Run(fmt.Sprintf("%dMB/ooxml", mb), func(b *testing.B) {
			b.SetBytes(int64(len(main)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := ReadBytes(pkg, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(fmt.Sprintf("%dMB/xml-token", mb), func(b *testing.B) {
			b.SetBytes(int64(len(main)))
			for b.Loop() {
				if err := tokenPass(main); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkLinearRatio reports the time to read the 10 MB synthetic
// document over ten times the time to read the 1 MB one, the two run in
// turn. Reading is linear when x-10×1MB stays near 1 (the target is ≤ 1.1,
// that is 10 MB within 11 times 1 MB):
//
//	go test ./internal/ooxml -run '^$' -bench BenchmarkLinearRatio
func BenchmarkLinearRatio(b *testing.B) {
	small, _ := syntheticDocument(b, 1<<20)
	large, _ := syntheticDocument(b, 10<<20)
	var ts, tl time.Duration
	for b.Loop() {
		t0 := time.Now()
		if _, err := ReadBytes(small, Options{}); err != nil {
			b.Fatal(err)
		}
		t1 := time.Now()
		if _, err := ReadBytes(large, Options{}); err != nil {
			b.Fatal(err)
		}
		ts, tl = ts+t1.Sub(t0), tl+time.Since(t1)
	}
	b.ReportMetric(float64(tl)/float64(10*ts), "x-10×1MB")
}

// BenchmarkEmptyParagraphs measures the worst case for memory: a main part
// of nothing but empty paragraphs, where the Document is largest beside
// its XML. B/op over the part's size is the factor doc.go states.
func BenchmarkEmptyParagraphs(b *testing.B) {
	pkg, main := func() ([]byte, []byte) {
		mainXML := documentXML(strings.Repeat("<w:p/>", 1<<20/6))
		entries := without("", "word/document.xml")
		entries = append(entries, entry{"word/document.xml", mainXML})
		return zipWith(b, zip.Store, entries...), []byte(mainXML)
	}()
	b.SetBytes(int64(len(main)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ReadBytes(pkg, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
