package product_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/internal/outline"
	"github.com/digitale-helgeland/veiviser/product"
)

// TestWriteGolden keeps, for every embedded template and language, the
// outline of internal/sample's document as Write fills it in, under
// testdata/write: what a reviewer reads to see where each field went. The
// closing guidance chapter is left out, being the template's own, and the
// template's guidance is writeCut short. Regenerate with go test -update.
func TestWriteGolden(t *testing.T) {
	for _, c := range writeCases() {
		t.Run(c.String(), func(t *testing.T) {
			w := writeAndRead(t, writeSample(t, c.tmpl), product.WriteOptions{Language: c.lang, Version: c.version})
			name := fmt.Sprintf("%s_%s_%s.txt", c.tmpl, c.lang, c.version)
			golden.Check(t, filepath.Join("testdata", "write", name), writeDump(w.outline, c))
		})
	}
}

// writeDump writes o a block a line, up to the closing guidance chapter.
func writeDump(o *outline.Document, c writeCase) []byte {
	stop := ""
	for _, s := range product.WriteSections(c.tmpl, c.lang, c.version) {
		if s.Instructions {
			stop = s.Title
		}
	}
	var b strings.Builder
	for _, bl := range o.Blocks {
		text := bl.Text
		mark := ""
		if bl.Guidance {
			mark, text = " [guidance]", writeCut(text, 60)
		}
		switch bl.Kind {
		case outline.Heading:
			fmt.Fprintf(&b, "h%d %s\n", bl.Level, text)
			if writeCollapse(text) == stop {
				b.WriteString("…\n")
				return []byte(b.String())
			}
		case outline.Paragraph:
			fmt.Fprintf(&b, "p%s %q\n", mark, text)
		case outline.ListItem:
			fmt.Fprintf(&b, "li%d%s %q\n", bl.Level, mark, text)
		case outline.Table:
			fmt.Fprintf(&b, "table %d×%d\n", len(bl.Rows), len(bl.Rows[0]))
			for _, r := range bl.Rows {
				cells := make([]string, len(r))
				for i, c := range r {
					cells[i] = fmt.Sprintf("%q", writeCut(c, 60))
				}
				fmt.Fprintf(&b, "  | %s |\n", strings.Join(cells, " | "))
			}
		}
	}
	return []byte(b.String())
}

// writeCut shortens s to n runes.
func writeCut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	return string([]rune(s)[:n]) + "…"
}
