package product_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/outline"
	"github.com/digitale-helgeland/veiviser/product"
)

// TestReadExportedDocuments reads every template, in both languages,
// filled by Write and then exported as people export Word documents: as
// plain text (headings as lines, tables as tab-separated rows, a cell's
// paragraphs as "<p>" elements, as seed 000 has them) and as Markdown
// ("#" headings, pipe tables). Each reads back equal to the document
// written, by the same heading tables as Word (issue 11, «Reading text
// exports»).
func TestReadExportedDocuments(t *testing.T) {
	for _, c := range writeCases() {
		d := writeSample(t, c.tmpl)
		w := writeAndRead(t, d, product.WriteOptions{Language: c.lang, Version: c.version})
		drop := unplaced(t, c)
		for _, f := range []struct {
			name   string
			export func(*outline.Document) []byte
			format product.FileFormat
		}{
			{"text", exportText, product.FormatText},
			{"markdown", exportMarkdown, product.FormatMarkdown},
		} {
			t.Run(c.String()+"/"+f.name, func(t *testing.T) {
				b := f.export(w.outline)
				var o product.ReadOptions
				if c.version != product.WriteVersions(c.tmpl, c.lang)[0] {
					// An export has no footer to tell the version by, and
					// the headings of a 3.0 mandate that Write gave 4.0's
					// sections are more 4.0's than 3.0's: the caller says.
					o.Version = c.version
				}
				imp, err := product.Read(b, o)
				if err != nil {
					t.Fatalf("Read: %v", err)
				}
				if imp.Format != f.format || imp.Template != c.tmpl || imp.Language != c.lang {
					t.Errorf("read as %s %s %s", imp.Format, imp.Template, imp.Language)
				}
				if diff := cmp.Diff(writeComparable(t, d, drop...), writeComparable(t, imp.Document, drop...)); diff != "" {
					t.Errorf("exported and read back (-want +got):\n%s\n%s", diff, b)
				}
			})
		}
	}
}

// exportText writes d as Word's «Ren tekst» export does, with a cell's
// paragraphs as "<p>" elements.
func exportText(d *outline.Document) []byte {
	var b bytes.Buffer
	for _, bl := range d.Blocks {
		switch bl.Kind {
		case outline.Table:
			for _, row := range bl.Rows {
				cells := make([]string, len(row))
				for i, c := range row {
					cells[i] = textCell(c)
				}
				b.WriteString(strings.Join(cells, "\t") + "\n")
			}
		case outline.ListItem:
			b.WriteString("- " + bl.Text + "\n")
		default:
			b.WriteString(bl.Text + "\n")
		}
		b.WriteString("\n")
	}
	return b.Bytes()
}

// textCell writes a cell of several paragraphs as "<p>" elements.
func textCell(c string) string {
	if !strings.Contains(c, "\n") {
		return c
	}
	var b strings.Builder
	for p := range strings.SplitSeq(c, "\n") {
		b.WriteString("<p>" + p + "</p>")
	}
	return b.String()
}

// exportMarkdown writes d as Markdown, headings with their level in "#".
func exportMarkdown(d *outline.Document) []byte {
	var b bytes.Buffer
	for _, bl := range d.Blocks {
		switch bl.Kind {
		case outline.Heading:
			b.WriteString(strings.Repeat("#", max(bl.Level, 1)) + " " + bl.Text + "\n")
		case outline.Table:
			for i, row := range bl.Rows {
				cells := make([]string, len(row))
				for j, c := range row {
					cells[j] = strings.ReplaceAll(textCell(c), "|", `\|`)
				}
				b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
				if i == 0 {
					b.WriteString(strings.Repeat("|---", len(row)) + "|\n")
				}
			}
		case outline.ListItem:
			b.WriteString("- " + bl.Text + "\n")
		default:
			b.WriteString(strings.ReplaceAll(bl.Text, "\n", "  \n") + "\n")
		}
		b.WriteString("\n")
	}
	return b.Bytes()
}
