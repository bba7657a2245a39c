package product_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"unicode"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
	"github.com/digitale-helgeland/veiviser/internal/outline"
	"github.com/digitale-helgeland/veiviser/product"
)

// FuzzWriteText writes arbitrary text into every kind of place of a
// mandate (cover, decision box, change log, section text, a part's
// heading, a table cell, an added chapter). Write either refuses it with
// ErrInvalidText or makes a document internal/ooxml reads, whose
// background reads back as written, white space, list marks and soft
// hyphens aside.
func FuzzWriteText(f *testing.F) {
	for _, s := range []string{
		"Bakgrunn", "a < b && c > \"d\"", "]]>", "</w:t></w:r></w:p>", "- punkt\n- punkt",
		"første\n\nandre", "tab\t\r\nlinje", "😀 \u00ad myk", "\x00", "\uFFFE", "\xff", "[Beskriv …]", "<prosjektnavn>",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m := &product.Mandate{
			Header: product.Header{
				Project: s, PreparedBy: s,
				Changes:  []product.ChangeEntry{{Version: s, Change: s}},
				Decision: product.DecisionBox{Decision: s, Staffing: product.Staffing{Lead: s}},
				Extra:    []product.ExtraSection{{Heading: s, Section: product.Section{Text: s}}},
			},
			Background: product.Section{Text: s, Parts: []product.Part{{Title: s, Text: s}}},
			ConceptPhase: product.ConceptPhaseScope{
				Concepts: []product.Concept{{Name: s, Description: s}},
			},
		}
		var buf bytes.Buffer
		err := product.Write(&buf, m, product.WriteOptions{})
		if err != nil {
			if !errors.Is(err, product.ErrInvalidText) {
				t.Fatalf("Write: %v", err)
			}
			return
		}
		doc, err := ooxml.ReadBytes(buf.Bytes(), ooxml.Options{})
		if err != nil {
			t.Fatalf("the written document does not read back: %v", err)
		}
		if strings.TrimSpace(s) == "" {
			return // nothing written: the guidance stays
		}
		o := outline.FromDocx(doc)
		i := headingAt(o, "Bakgrunn", 0)
		if i < 0 {
			t.Fatal("no heading Bakgrunn")
		}
		if got, want := squeeze(textOf(blocksUnder(o, i))), squeeze(s); got != want {
			t.Fatalf("background reads back as %q, want %q", got, want)
		}
	})
}

// squeeze drops white space, hyphens (list marks) and soft hyphens, which
// Word does not show.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) || r == '-' || r == '\u00ad' {
			return -1
		}
		return r
	}, s)
}
