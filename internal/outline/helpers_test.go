package outline

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
)

// templateDir holds Digdir's templates, shared with internal/ooxml.
const templateDir = "../../product/templates/"

// dump renders an outline as readable text for golden files: one line per
// block, its location, kind, level, style and guidance mark, then its
// text quoted; a table's rows follow, one per line.
func dump(d *Document) string {
	var b strings.Builder
	fmt.Fprintf(&b, "format: %s\ntitle: %q\n", d.Format, d.Title)
	for _, blk := range d.Blocks {
		fmt.Fprintf(&b, "%s: %s", blk.Loc, blk.Kind)
		if blk.Level > 0 {
			fmt.Fprintf(&b, " %d", blk.Level)
		}
		if blk.Style != "" {
			fmt.Fprintf(&b, " [%s]", blk.Style)
		}
		if blk.Guidance {
			b.WriteString(" guidance")
		}
		if blk.Kind == Table {
			b.WriteString("\n")
			for i, r := range blk.Rows {
				q := make([]string, len(r))
				for j, c := range r {
					q[j] = fmt.Sprintf("%q", c)
				}
				fmt.Fprintf(&b, "  row %d: %s\n", i+1, strings.Join(q, " | "))
			}
			continue
		}
		fmt.Fprintf(&b, " %q\n", blk.Text)
	}
	return b.String()
}

// readTemplate reads one of Digdir's templates into an outline.
func readTemplate(t testing.TB, name string) *Document {
	t.Helper()
	b, err := os.ReadFile(templateDir + name)
	if err != nil {
		t.Fatal(err)
	}
	d, err := ooxml.ReadBytes(b, ooxml.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return FromDocx(d)
}

// headings returns the texts of the headings of d, in order.
func headings(d *Document) []string {
	var hs []string
	for _, b := range d.Blocks {
		if b.Kind == Heading {
			hs = append(hs, b.Text)
		}
	}
	return hs
}

// checkInvariants reports blocks that break the promises of Document: valid
// kinds, levels 0–9, lines increasing in text and Markdown, text without
// surrounding white space and valid UTF-8, rows only in tables.
func checkInvariants(t testing.TB, d *Document) {
	t.Helper()
	if !utf8.ValidString(d.Title) {
		t.Errorf("title is not UTF-8: %q", d.Title)
	}
	prev := 0
	for i, b := range d.Blocks {
		if !b.Kind.IsValid() {
			t.Fatalf("block %d: invalid kind %v", i, b.Kind)
		}
		if b.Level < 0 || b.Level > 9 {
			t.Errorf("block %d: level %d", i, b.Level)
		}
		if d.Format != Docx {
			if b.Loc.Line <= prev {
				t.Fatalf("block %d: line %d after line %d", i, b.Loc.Line, prev)
			}
			prev = b.Loc.Line
		}
		if !utf8.ValidString(b.Text) {
			t.Errorf("block %d: text is not UTF-8", i)
		}
		if b.Kind == Table {
			if len(b.Rows) == 0 || b.Text != "" {
				t.Errorf("block %d: table with %d rows and text %q", i, len(b.Rows), b.Text)
			}
			continue
		}
		if b.Rows != nil {
			t.Errorf("block %d: %s with rows", i, b.Kind)
		}
		if b.Text == "" || (d.Format != Markdown && strings.TrimSpace(b.Text) != b.Text) {
			t.Errorf("block %d: %s text %q", i, b.Kind, b.Text)
		}
	}
}
