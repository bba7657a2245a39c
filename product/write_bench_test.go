package product_test

import (
	"bytes"
	"io"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// BenchmarkWriteMandate puts Write of the complete sample mandate beside
// what it cannot do without: opening the template and copying it with its
// original word/document.xml through Package.Rewrite ("rewrite"), and
// reading the template's document with internal/ooxml ("document"), which
// Write does once for the styles. The template is passed in, so that the
// copy of the embedded file is not counted.
func BenchmarkWriteMandate(b *testing.B) {
	m := sample.Mandate()
	tpl, _ := product.DigdirTemplate(product.TemplateMandate, phase.Bokmal, "")
	b.Run("write", func(b *testing.B) {
		b.SetBytes(int64(len(tpl)))
		b.ReportAllocs()
		for b.Loop() {
			if err := product.Write(io.Discard, m, product.WriteOptions{Template: tpl}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("rewrite", func(b *testing.B) {
		b.SetBytes(int64(len(tpl)))
		b.ReportAllocs()
		for b.Loop() {
			pkg, err := ooxml.Open(bytes.NewReader(tpl), int64(len(tpl)), ooxml.Options{})
			if err != nil {
				b.Fatal(err)
			}
			main, err := pkg.Part("word/document.xml")
			if err != nil {
				b.Fatal(err)
			}
			if err := pkg.Rewrite(io.Discard, map[string][]byte{"word/document.xml": main}); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("document", func(b *testing.B) {
		b.SetBytes(int64(len(tpl)))
		b.ReportAllocs()
		for b.Loop() {
			if _, err := ooxml.ReadBytes(tpl, ooxml.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}
