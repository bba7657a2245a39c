package ooxml

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// cfb builds a minimal OLE compound file whose directory holds the named
// streams, as Office writes it: a 512-byte header, then 128-byte directory
// entries. Noise is put at unaligned places to show it is not taken for an
// entry.
func cfb(names ...string) []byte {
	b := make([]byte, 512, 4096)
	copy(b, sigCFB)
	entry := func(name string) []byte {
		e := make([]byte, cfbEntry)
		n := utf16z(name)
		copy(e, n)
		binary.LittleEndian.PutUint16(e[64:], uint16(len(n)))
		return e
	}
	b = append(b, entry("Root Entry")...)
	noise := make([]byte, cfbEntry)
	copy(noise[2:], utf16z("EncryptedPackage")) // unaligned: text, not an entry
	b = append(b, noise...)
	for _, n := range names {
		b = append(b, entry(n)...)
	}
	return append(b, make([]byte, 512)...)
}

// rawZip builds a zip with one entry whose header is written as given,
// for headers that lie.
func rawZip(t *testing.T, h *zip.FileHeader, raw []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(h)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(raw); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestWhatTheInputIs(t *testing.T) {
	spreadsheet := []entry{
		{"[Content_Types].xml", typesXML("/xl/workbook.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")},
		{"_rels/.rels", rels(relTypeOfficeDocument, "xl/workbook.xml")},
		{"xl/workbook.xml", `<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`},
	}
	presentation := []entry{
		{"[Content_Types].xml", typesXML("/ppt/presentation.xml", "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml")},
		{"_rels/.rels", rels(relTypeOfficeDocument, "ppt/presentation.xml")},
		{"ppt/presentation.xml", `<p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>`},
	}
	tests := []struct {
		name  string
		input []byte
		want  error
	}{
		{"empty", nil, ErrNotZip},
		{"text", []byte("Mandat for konseptfasen"), ErrNotZip},
		{"RTF", []byte(`{\rtf1\ansi Mandat}`), ErrNotZip},
		{"PDF", []byte("%PDF-1.7\n%âãÏÓ\n1 0 obj"), ErrPDF},
		{"PDF after junk", append(bytes.Repeat([]byte{' '}, 100), "%PDF-1.4"...), ErrPDF},
		{"Word 97-2003", cfb("WordDocument", "1Table", "\x05SummaryInformation"), ErrLegacyDoc},
		{"encrypted .docx", cfb("\x06DataSpaces", "EncryptionInfo", "EncryptedPackage"), ErrEncrypted},
		{"Excel 97-2003", cfb("Workbook"), ErrSpreadsheet},
		{"Excel 5", cfb("Book"), ErrSpreadsheet},
		{"PowerPoint 97-2003", cfb("PowerPoint Document"), ErrPresentation},
		{"other compound file", cfb("__substg1.0_0037001F"), ErrNotWordDocument},
		{"truncated compound file", sigCFB, ErrNotWordDocument},
		{".xlsx", zipOf(t, spreadsheet...), ErrSpreadsheet},
		{".xlsx without relationships", zipOf(t, spreadsheet[2]), ErrSpreadsheet},
		{".xlsx by folder", zipOf(t, entry{"_rels/.rels", rels(relTypeOfficeDocument, "xl/workbook.xml")}, spreadsheet[2]), ErrSpreadsheet},
		{".pptx", zipOf(t, presentation...), ErrPresentation},
		{".pptx without relationships", zipOf(t, presentation[2]), ErrPresentation},
		{"OpenDocument text", zipOf(t, entry{"mimetype", "application/vnd.oasis.opendocument.text"}, entry{"content.xml", "<office:document-content/>"}), ErrNotWordDocument},
		{"another OOXML main part", zipOf(t,
			entry{"[Content_Types].xml", typesXML("/visio/document.xml", "application/vnd.ms-visio.drawing.main+xml")},
			entry{"_rels/.rels", rels(relTypeOfficeDocument, "visio/document.xml")},
			entry{"visio/document.xml", "<VisioDocument/>"}), ErrNotWordDocument},
		{"empty zip", zipOf(t), ErrNotWordDocument},
		{"a root that is not w:document", zipOf(t, entry{"word/document.xml", `<w:glossaryDocument ` + nsDecls + `/>`}), ErrNotWordDocument},
		{"main part named but missing", zipOf(t, entry{"_rels/.rels", rootRelsXML}), ErrMissingPart},
		{"main part declared but missing", zipOf(t, entry{"[Content_Types].xml", contentTypesXML}), ErrMissingPart},
		{"truncated zip", docx(t, para("", "x"))[:200], ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := ReadBytes(tt.input, Options{})
			if !errors.Is(err, tt.want) {
				t.Fatalf("error = %v, want %v", err, tt.want)
			}
			if d != nil {
				t.Error("a document came with the error")
			}
		})
	}
}

func TestMalformedXML(t *testing.T) {
	tests := []struct {
		name       string
		entries    []entry
		want       error
		part       string
		line, col  int
		causeMatch string
	}{
		{"mismatched tag", without("", "word/document.xml", "x"),
			ErrMalformedXML, "word/document.xml", 4, 23, "element <p> closed by </r>"},
		{"unclosed document", []entry{{"word/document.xml", xmlDecl + `<w:document ` + nsDecls + `><w:body>` + "\n" + `<w:p>`}},
			ErrMalformedXML, "word/document.xml", 3, 6, "unexpected EOF"},
		{"two roots", []entry{{"word/document.xml", documentXML("") + `<w:document ` + nsDecls + `/>`}},
			ErrMalformedXML, "word/document.xml", 2, 0, "more than one root"},
		{"no root", []entry{{"word/document.xml", xmlDecl}}, ErrMalformedXML, "word/document.xml", 2, 1, "no root element"},
		{"not UTF-8", []entry{{"word/document.xml", `<?xml version="1.0" encoding="ISO-8859-1"?><w:document/>`}},
			ErrMalformedXML, "word/document.xml", 1, 0, "CharsetReader"},
		{"styles", append(without(para("", "x"), "word/styles.xml"), entry{"word/styles.xml", `<w:styles ` + nsDecls + `><w:style>`}),
			ErrMalformedXML, "word/styles.xml", 1, 0, "unexpected EOF"},
		{"core properties", append(without("", "docProps/core.xml"), entry{"docProps/core.xml", `<cp:coreProperties><dc:title>x</cp:coreProperties>`}),
			ErrMalformedXML, "docProps/core.xml", 1, 0, "closed by"},
		{"relationships", append(without("", "_rels/.rels"), entry{"_rels/.rels", `<Relationships><Relationship></Relationships>`}),
			ErrMalformedXML, "_rels/.rels", 1, 0, "closed by"},
		{"content types", append(without("", "[Content_Types].xml"), entry{"[Content_Types].xml", `<Types>&bogus;</Types>`}),
			ErrMalformedXML, "[Content_Types].xml", 1, 0, "invalid character entity"},
		{"document relationships", append(without("", "word/_rels/document.xml.rels"), entry{"word/_rels/document.xml.rels", `<Relationships`}),
			ErrMalformedXML, "word/_rels/document.xml.rels", 1, 0, "unexpected EOF"},
	}
	// A document with a mismatched end tag on line 3.
	tests[0].entries = append(tests[0].entries[:0:0], without("", "word/document.xml")...)
	tests[0].entries = append(tests[0].entries, entry{"word/document.xml", xmlDecl + `<w:document ` + nsDecls + `><w:body>` + "\n" +
		`<w:p><w:r><w:t>Bakgrunn</w:t></w:r></w:p>` + "\n" + `<w:p><w:r></w:r></w:r></w:p></w:body></w:document>`})
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadBytes(zipOf(t, tt.entries...), Options{})
			var fe *FormatError
			if !errors.Is(err, tt.want) || !errors.As(err, &fe) {
				t.Fatalf("error = %v, want a *FormatError for %v", err, tt.want)
			}
			if fe.Part != tt.part || fe.Line != tt.line || (tt.col > 0 && fe.Column != tt.col) {
				t.Errorf("at %s:%d:%d, want %s:%d:%d", fe.Part, fe.Line, fe.Column, tt.part, tt.line, tt.col)
			}
			if !strings.Contains(err.Error(), tt.causeMatch) {
				t.Errorf("error %q does not mention %q", err, tt.causeMatch)
			}
		})
	}
}

func TestLimits(t *testing.T) {
	bigText := p(rt(strings.Repeat(" ", 2<<20))) // 2 MiB that deflate shrinks a thousandfold
	nest := func(n int, open, inner, close string) string {
		return strings.Repeat(open, n) + inner + strings.Repeat(close, n)
	}
	nestedTables := func(n int) string {
		return nest(n, `<w:tbl><w:tr><w:tc>`, `<w:p/>`, `</w:tc></w:tr></w:tbl><w:p/>`)
	}
	tests := []struct {
		name  string
		input []byte
		lim   Limits
		want  error
		part  string
	}{
		{"part over MaxPartBytes", docx(t, para("", strings.Repeat("tekst ", 300))), Limits{MaxPartBytes: 1000}, ErrTooLarge, "word/document.xml"},
		{"package over MaxTotalBytes declared", docx(t, para("", strings.Repeat("tekst ", 300))), Limits{MaxTotalBytes: 3000}, ErrTooLarge, ""},
		{"input over MaxTotalBytes", docx(t, ""), Limits{MaxTotalBytes: 100}, ErrTooLarge, ""},
		{"compression ratio", docx(t, bigText), Limits{}, ErrCompressionRatio, "word/document.xml"},
		{"too many parts", docx(t, ""), Limits{MaxParts: 5}, ErrTooManyParts, ""},
		{"tables nested too deep", docx(t, nestedTables(90)), Limits{}, ErrTooDeep, "word/document.xml"},
		{"elements nested too deep", docx(t, p(nest(100000, `<w:r>`, "", `</w:r>`))), Limits{MaxRatio: 1 << 20}, ErrTooDeep, "word/document.xml"},
		{"elements nested too deep for a lower limit", docx(t, p(nest(20, `<w:r>`, "", `</w:r>`))), Limits{MaxDepth: 20}, ErrTooDeep, "word/document.xml"},
		{"styles nested too deep", docx(t, "", entry{"word/styles.xml", `<w:styles ` + nsDecls + `>` + nest(300, "<x>", "", "</x>") + `</w:styles>`}),
			Limits{}, ErrTooDeep, "word/styles.xml"},
		{"fields nested too deep", docx(t, p(strings.Repeat(fld("begin"), 300))), Limits{}, ErrTooDeep, "word/document.xml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadBytes(tt.input, Options{Limits: tt.lim})
			var fe *FormatError
			if !errors.Is(err, tt.want) || !errors.As(err, &fe) {
				t.Fatalf("error = %v, want a *FormatError for %v", err, tt.want)
			}
			if fe.Part != tt.part {
				t.Errorf("Part = %q, want %q", fe.Part, tt.part)
			}
		})
	}

	// Within the limits, the same shapes read.
	for name, b := range map[string][]byte{
		"80 nested tables":  docx(t, nestedTables(80)),
		"raised ratio":      docx(t, bigText),
		"255 nested fields": docx(t, p(strings.Repeat(fld("begin"), 255))),
	} {
		lim := Limits{}
		if name == "raised ratio" {
			lim.MaxRatio = 1 << 20
		}
		if _, err := ReadBytes(b, Options{Limits: lim}); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestLyingZipHeaders(t *testing.T) {
	content := []byte(documentXML(para("", strings.Repeat("Bakgrunn ", 1000))))
	var deflated bytes.Buffer
	fw, err := flate.NewWriter(&deflated, flate.DefaultCompression)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := fw.Write(content); err != nil {
		t.Fatal(err)
	}
	if err := fw.Close(); err != nil {
		t.Fatal(err)
	}
	crc := crc32.ChecksumIEEE(content)

	tests := []struct {
		name string
		h    zip.FileHeader
		raw  []byte
		lim  Limits
		want error
	}{
		{"declares less than it holds", zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CRC32: crc,
			CompressedSize64: uint64(deflated.Len()), UncompressedSize64: 100}, deflated.Bytes(), Limits{}, ErrCorrupt},
		{"declares more than MaxPartBytes", zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CRC32: crc,
			CompressedSize64: uint64(deflated.Len()), UncompressedSize64: 1 << 40}, deflated.Bytes(), Limits{MaxTotalBytes: 1 << 50}, ErrTooLarge},
		{"declares a bomb's ratio", zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CRC32: crc,
			CompressedSize64: uint64(deflated.Len()), UncompressedSize64: 1 << 30}, deflated.Bytes(), Limits{MaxTotalBytes: 1 << 50, MaxPartBytes: 1 << 40}, ErrCompressionRatio},
		{"bad checksum", zip.FileHeader{Name: "word/document.xml", Method: zip.Store, CRC32: crc + 1,
			CompressedSize64: uint64(len(content)), UncompressedSize64: uint64(len(content))}, content, Limits{}, ErrCorrupt},
		{"bad deflate data", zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CRC32: crc,
			CompressedSize64: 20, UncompressedSize64: uint64(len(content))}, bytes.Repeat([]byte{0xFF}, 20), Limits{}, ErrCorrupt},
		{"unknown compression method", zip.FileHeader{Name: "word/document.xml", Method: 99, CRC32: crc,
			CompressedSize64: uint64(len(content)), UncompressedSize64: uint64(len(content))}, content, Limits{}, ErrCorrupt},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ReadBytes(rawZip(t, &tt.h, tt.raw), Options{Limits: tt.lim})
			var fe *FormatError
			if !errors.Is(err, tt.want) || !errors.As(err, &fe) || fe.Part != "word/document.xml" {
				t.Fatalf("error = %v, want a *FormatError for %v in word/document.xml", err, tt.want)
			}
		})
	}
}

func TestZipDirectoryCount(t *testing.T) {
	// An end of central directory record claiming 60 000 entries is
	// refused before archive/zip reads the directory.
	eocd := func(count uint16) []byte {
		b := make([]byte, 22)
		copy(b, sigZipEmpty)
		binary.LittleEndian.PutUint16(b[8:], count)
		binary.LittleEndian.PutUint16(b[10:], count)
		return b
	}
	b := append(append([]byte{}, sigZip...), make([]byte, 100)...)
	b = append(b, eocd(60000)...)
	if _, err := ReadBytes(b, Options{}); !errors.Is(err, ErrTooManyParts) {
		t.Errorf("error = %v, want ErrTooManyParts", err)
	}

	// Zip64: the count is in the Zip64 record the locator points at.
	z := append([]byte{}, sigZip...)
	z = append(z, make([]byte, 60)...)
	rec := make([]byte, 56)
	copy(rec, "PK\x06\x06")
	binary.LittleEndian.PutUint64(rec[32:], 1<<40)
	recOff := len(z)
	z = append(z, rec...)
	loc := make([]byte, 20)
	copy(loc, "PK\x06\x07")
	binary.LittleEndian.PutUint64(loc[8:], uint64(recOff))
	z = append(z, loc...)
	z = append(z, eocd(0xFFFF)...)
	if _, err := ReadBytes(z, Options{}); !errors.Is(err, ErrTooManyParts) {
		t.Errorf("Zip64: error = %v, want ErrTooManyParts", err)
	}
	n, ok := zipEntries(bytes.NewReader(z[:len(z)-30]), int64(len(z)-30))
	if ok {
		t.Errorf("zipEntries on a cut record = %d, true", n)
	}
}

func TestOpenBadSize(t *testing.T) {
	if _, err := Open(bytes.NewReader(nil), -1, Options{}); !errors.Is(err, ErrCorrupt) {
		t.Errorf("negative size: %v", err)
	}
	b := docx(t, "")
	if _, err := Open(bytes.NewReader(b[:10]), int64(len(b)), Options{}); !errors.Is(err, ErrCorrupt) {
		t.Errorf("size beyond the reader: %v", err)
	}
}

func TestFormatErrorText(t *testing.T) {
	cause := errors.New("unexpected EOF")
	tests := []struct {
		err  *FormatError
		want string
	}{
		{&FormatError{Part: "word/document.xml", Line: 12, Column: 40, Err: ErrMalformedXML, Cause: cause},
			"veiviser: malformed XML: word/document.xml:12:40: unexpected EOF"},
		{&FormatError{Part: "word/document.xml", Err: ErrMissingPart}, "veiviser: missing document part: word/document.xml"},
		{&FormatError{Err: ErrTooManyParts, Cause: errors.New("20000 entries, limit 10000")},
			"veiviser: too many parts in the package: 20000 entries, limit 10000"},
		{&FormatError{}, "veiviser: unknown problem"},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.err.Error()); diff != "" {
			t.Errorf("(-want +got):\n%s", diff)
		}
	}
	err := error(&FormatError{Err: ErrMalformedXML, Cause: cause})
	if !errors.Is(err, ErrMalformedXML) || !errors.Is(err, cause) {
		t.Error("FormatError does not unwrap to both Err and Cause")
	}
}
