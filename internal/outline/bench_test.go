package outline

import (
	"bytes"
	"os"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
)

// BenchmarkReadText reads seed 000 a hundred times over (3.6 MB, 43 000
// lines) and sets it beside the least any line reader does: splitting the
// input into lines with bytes.Split.
func BenchmarkReadText(b *testing.B) {
	seed, err := os.ReadFile(seed)
	if err != nil {
		b.Fatal(err)
	}
	in := bytes.Repeat(seed, 100)
	b.Run("ReadText", func(b *testing.B) {
		b.SetBytes(int64(len(in)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ReadText(in, TextOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ReadText/headings", func(b *testing.B) {
		headings := headings(readTemplate(b, "Mandat_for_konseptfasen_v4.0.0.docx"))
		b.SetBytes(int64(len(in)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ReadText(in, TextOptions{Headings: headings}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("ReadMarkdown", func(b *testing.B) {
		b.SetBytes(int64(len(in)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ReadMarkdown(in, TextOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("bytes.Split", func(b *testing.B) {
		b.SetBytes(int64(len(in)))
		b.ReportAllocs()
		for b.Loop() {
			if len(bytes.Split(in, []byte("\n"))) == 0 {
				b.Fatal("no lines")
			}
		}
	})
}

// BenchmarkFromDocx sets FromDocx beside ooxml's reading of the template it
// works on, the largest one.
func BenchmarkFromDocx(b *testing.B) {
	raw, err := os.ReadFile(templateDir + "Nynorsk_-_styringsdokument_v4.0.docx")
	if err != nil {
		b.Fatal(err)
	}
	doc, err := ooxml.ReadBytes(raw, ooxml.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Run("ooxml.ReadBytes", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ooxml.ReadBytes(raw, ooxml.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("FromDocx", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			FromDocx(doc)
		}
	})
}

// BenchmarkMatchHeading matches a reworded heading against the 23 sections
// of the mandate in both languages, with MatchHeading and with a Matcher
// made once.
func BenchmarkMatchHeading(b *testing.B) {
	cands := sections(b, pairs[0])
	const heading = "Direkte involvering av andre virksomheter som er aktuelle"
	b.Run("MatchHeading", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, ok := MatchHeading(heading, cands); !ok {
				b.Fatal("no match")
			}
		}
	})
	b.Run("Matcher", func(b *testing.B) {
		m := NewMatcher(cands)
		b.ReportAllocs()
		for b.Loop() {
			if _, ok := m.Match(heading); !ok {
				b.Fatal("no match")
			}
		}
	})
}
