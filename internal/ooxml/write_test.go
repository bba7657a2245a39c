package ooxml

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// rawEntry is what Rewrite must keep of an entry it copies.
type rawEntry struct {
	Name     string
	Method   uint16
	CRC32    uint32
	Modified time.Time
	Raw      []byte // the compressed bytes
}

func rawEntries(t *testing.T, b []byte) []rawEntry {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	var out []rawEntry
	for _, f := range zr.File {
		rc, err := f.OpenRaw()
		if err != nil {
			t.Fatal(err)
		}
		raw, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, rawEntry{f.Name, f.Method, f.CRC32, f.Modified.UTC(), raw})
	}
	return out
}

func open(t testing.TB, b []byte, o Options) *Package {
	t.Helper()
	pkg, err := Open(bytes.NewReader(b), int64(len(b)), o)
	if err != nil {
		t.Fatal(err)
	}
	return pkg
}

func rewrite(t *testing.T, pkg *Package, replace map[string][]byte) []byte {
	t.Helper()
	var out bytes.Buffer
	if err := pkg.Rewrite(&out, replace); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestRewriteTemplate(t *testing.T) {
	// Fill in the mandate: replace one placeholder in word/document.xml
	// and keep every other part byte for byte.
	src := readFile(t, "../../product/templates/Mandat_for_konseptfasen_v4.0.0.docx")
	pkg := open(t, src, Options{})
	d, err := pkg.Document()
	if err != nil {
		t.Fatal(err)
	}
	orig, err := pkg.Part(d.Part)
	if err != nil {
		t.Fatal(err)
	}
	filled := bytes.Replace(orig, []byte("&lt;prosjektnavn&gt;"), []byte("Digitale Helgeland"), 1)
	if bytes.Equal(filled, orig) {
		t.Fatal("placeholder not found in the template")
	}
	out := rewrite(t, pkg, map[string][]byte{d.Part: filled})

	before, after := rawEntries(t, src), rawEntries(t, out)
	if len(before) != len(after) {
		t.Fatalf("%d entries became %d", len(before), len(after))
	}
	for i := range before {
		if before[i].Name == d.Part {
			if after[i].Name != d.Part || after[i].Method != zip.Deflate || !after[i].Modified.Equal(before[i].Modified) {
				t.Errorf("replaced entry %+v lost its name, place, method or time", after[i].Name)
			}
			continue
		}
		if diff := cmp.Diff(before[i], after[i]); diff != "" {
			t.Errorf("entry %d changed (-before +after):\n%s", i, diff)
		}
	}

	got := read(t, out)
	var found bool
	for p := range got.Paragraphs() {
		found = found || p.Text == "Digitale Helgeland"
	}
	if !found {
		t.Error("the filled-in text is not in the rewritten document")
	}
	// Nothing else changed: the dumps differ in that one paragraph.
	want := strings.Replace(dump(d), `"<prosjektnavn>"`, `"Digitale Helgeland"`, 1)
	if diff := cmp.Diff(want, dump(got)); diff != "" {
		t.Errorf("rewritten document (-want +got):\n%s", diff)
	}
}

func TestRewrite(t *testing.T) {
	src := docx(t, para("", "gammel"), entry{"word/media/bilde.png", "\x89PNG"})
	pkg := open(t, src, Options{})

	// No replacements: an equal package.
	same := rewrite(t, pkg, nil)
	if diff := cmp.Diff(rawEntries(t, src), rawEntries(t, same)); diff != "" {
		t.Errorf("copy (-want +got):\n%s", diff)
	}

	// Replace by a name of other case, add parts in sorted order.
	out := rewrite(t, pkg, map[string][]byte{
		"WORD/document.xml":    []byte(documentXML(para("", "ny"))),
		"word/vedlegg/b.xml":   []byte("<b/>"),
		"word/vedlegg/a.bin":   {0, 1, 2},
		"customXml/item9.xml":  []byte("<x/>"),
		"word/media/bilde.png": []byte("\x89PNG2"),
	})
	var names []string
	for _, e := range rawEntries(t, out) {
		names = append(names, e.Name)
	}
	wantNames := []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
		"word/styles.xml", "docProps/core.xml", "word/media/bilde.png", "customXml/item9.xml", "word/vedlegg/a.bin", "word/vedlegg/b.xml"}
	if diff := cmp.Diff(wantNames, names); diff != "" {
		t.Errorf("entries (-want +got):\n%s", diff)
	}
	pkg2 := open(t, out, Options{})
	for name, want := range map[string]string{"word/media/bilde.png": "\x89PNG2", "word/vedlegg/a.bin": "\x00\x01\x02"} {
		if got, err := pkg2.Part(name); err != nil || string(got) != want {
			t.Errorf("%s = %q, %v; want %q", name, got, err, want)
		}
	}
	if d := read(t, out); d.Blocks[0].(*Paragraph).Text != "ny" {
		t.Errorf("document text = %q", d.Blocks[0].(*Paragraph).Text)
	}
}

func TestRewriteStoredAndComment(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range without(para("", "x")) {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e.name, Method: zip.Store, Modified: time.Date(2021, 3, 9, 9, 43, 0, 0, time.UTC)})
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(w, e.body)
	}
	if err := zw.SetComment("Digdir"); err != nil {
		t.Fatal(err)
	}
	zw.Close()
	pkg := open(t, buf.Bytes(), Options{})
	out := rewrite(t, pkg, map[string][]byte{"word/document.xml": []byte(documentXML(para("", "y")))})
	zr, err := zip.NewReader(bytes.NewReader(out), int64(len(out)))
	if err != nil {
		t.Fatal(err)
	}
	if zr.Comment != "Digdir" {
		t.Errorf("comment = %q", zr.Comment)
	}
	for _, f := range zr.File {
		if f.Method != zip.Store {
			t.Errorf("%s: method %d, want stored as before", f.Name, f.Method)
		}
	}
}

func TestRewriteRefuses(t *testing.T) {
	pkg := open(t, docx(t, ""), Options{Limits: Limits{MaxPartBytes: 1000, MaxParts: 8, MaxDepth: 100}})
	tests := []struct {
		name    string
		replace map[string][]byte
		want    error
		part    string
	}{
		{"malformed XML", map[string][]byte{"word/document.xml": []byte("<w:document><w:body></w:document>")}, ErrMalformedXML, "word/document.xml"},
		{"malformed relationships", map[string][]byte{"word/_rels/document.xml.rels": []byte("<Relationships>")}, ErrMalformedXML, "word/_rels/document.xml.rels"},
		{"two roots", map[string][]byte{"a.xml": []byte("<a/><b/>")}, ErrMalformedXML, "a.xml"},
		{"empty XML", map[string][]byte{"a.XML": nil}, ErrMalformedXML, "a.XML"},
		{"too deep", map[string][]byte{"a.xml": []byte(strings.Repeat("<a>", 120) + strings.Repeat("</a>", 120))}, ErrTooDeep, "a.xml"},
		{"too large", map[string][]byte{"word/media/x.png": make([]byte, 1001)}, ErrTooLarge, "word/media/x.png"},
		{"too many parts", map[string][]byte{"a.bin": nil, "b.bin": nil, "c.bin": nil}, ErrTooManyParts, ""},
		{"absolute name", map[string][]byte{"/word/document.xml": []byte("<a/>")}, ErrPartName, "/word/document.xml"},
		{"climbing name", map[string][]byte{"word/../../x.bin": nil}, ErrPartName, "word/../../x.bin"},
		{"empty segment", map[string][]byte{"word//x.bin": nil}, ErrPartName, "word//x.bin"},
		{"dot segment", map[string][]byte{"./x.bin": nil}, ErrPartName, "./x.bin"},
		{"backslash", map[string][]byte{`word\x.bin`: nil}, ErrPartName, `word\x.bin`},
		{"folder", map[string][]byte{"word/": nil}, ErrPartName, "word/"},
		{"empty name", map[string][]byte{"": nil}, ErrPartName, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := pkg.Rewrite(&out, tt.replace)
			var fe *FormatError
			if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Part != tt.part {
				t.Fatalf("error = %v, want a *FormatError for %v in %q", err, tt.want, tt.part)
			}
			if out.Len() != 0 {
				t.Errorf("%d bytes written before the refusal", out.Len())
			}
		})
	}

	var out bytes.Buffer
	err := pkg.Rewrite(&out, map[string][]byte{"a.bin": nil, "A.BIN": nil})
	if !errors.Is(err, ErrPartName) {
		t.Errorf("two names for one part: %v", err)
	}
}

func TestRewriteWriteError(t *testing.T) {
	pkg := open(t, docx(t, ""), Options{})
	w := &failingWriter{after: 100}
	if err := pkg.Rewrite(w, map[string][]byte{"word/document.xml": []byte(documentXML(""))}); !errors.Is(err, errWrite) {
		t.Errorf("error = %v, want the writer's", err)
	}
}

var errWrite = errors.New("disk full")

type failingWriter struct{ after int }

func (w *failingWriter) Write(b []byte) (int, error) {
	if len(b) > w.after {
		n := w.after
		w.after = 0
		return n, errWrite
	}
	w.after -= len(b)
	return len(b), nil
}
