package outline

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser/phase"
)

// DefaultMaxBytes is the size limit of ReadText and ReadMarkdown when
// TextOptions.MaxBytes is zero: 16 MiB, some four hundred and fifty times
// seed 000 (the text export of a 23-page mandate, 36 KB).
const DefaultMaxBytes = 16 << 20

// DefaultMaxBlocks bounds the blocks and table cells ReadText and
// ReadMarkdown make when TextOptions.MaxBlocks is zero: 1 048 576, some
// three thousand times what seed 000 makes (184 blocks, 150 cells). A
// block takes about a hundred bytes, a cell sixteen, so that however the
// input is made, the outline takes no more than about a hundred megabytes.
const DefaultMaxBlocks = 1 << 20

// TextOptions configures ReadText and ReadMarkdown. The zero TextOptions
// is ready to use.
type TextOptions struct {
	// Headings holds known section titles, in any language and version
	// (the official titles of the template the document was made from).
	// A line that equals one of them, compared as ReadText describes, is a
	// heading.
	Headings []string
	// MaxBytes bounds the size of the input; zero or less means
	// DefaultMaxBytes. Larger input is an error, not a truncated outline.
	MaxBytes int64
	// MaxBlocks bounds the number of blocks and table cells of the
	// outline; zero or less means DefaultMaxBlocks. More is an error.
	MaxBlocks int
}

// budget counts the blocks and table cells a reader makes against
// TextOptions.MaxBlocks.
type budget struct {
	left   int
	format Format
	err    error
}

func newBudget(o TextOptions, f Format) budget {
	n := o.MaxBlocks
	if n <= 0 {
		n = DefaultMaxBlocks
	}
	return budget{left: n, format: f}
}

// spend takes n blocks or cells made on line, and reports false, setting
// err, when that exceeds the limit.
func (b *budget) spend(n, line int) bool {
	if b.err != nil {
		return false
	}
	if n > b.left {
		b.err = &InputError{Format: b.format, Line: line, Err: phase.ErrTooLarge, Cause: errors.New("too many blocks and table cells")}
		return false
	}
	b.left -= n
	return true
}

// binarySignatures are the starts of files that are not text and that
// people may give where text is expected.
var binarySignatures = []struct{ magic, what string }{
	{"PK\x03\x04", "starts like a zip archive, such as a .docx: read it as a Word document"},
	{"PK\x05\x06", "starts like a zip archive"},
	{"%PDF-", "starts like a PDF file"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "starts like an Office 97-2003 file (.doc)"},
}

// decodeText checks input for ReadText and ReadMarkdown and returns it as a
// UTF-8 string: within the size limit, not binary, UTF-8 (a byte order mark
// is dropped) or UTF-16 with a byte order mark (converted). Anything else
// is an *InputError.
func decodeText(b []byte, o TextOptions, f Format) (string, error) {
	limit := o.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	if int64(len(b)) > limit {
		return "", &InputError{Format: f, Err: phase.ErrTooLarge, Cause: fmt.Errorf("%d bytes, limit %d", len(b), limit)}
	}
	for _, sig := range binarySignatures {
		if bytes.HasPrefix(b, []byte(sig.magic)) {
			return "", &InputError{Format: f, Err: ErrNotText, Cause: errors.New(sig.what)}
		}
	}
	switch {
	case bytes.HasPrefix(b, []byte("\xef\xbb\xbf")):
		b = b[3:]
	case bytes.HasPrefix(b, []byte("\xff\xfe")), bytes.HasPrefix(b, []byte("\xfe\xff")):
		var err error
		if b, err = fromUTF16(b[2:], b[0] == 0xfe); err != nil {
			return "", &InputError{Format: f, Err: ErrEncoding, Cause: err}
		}
	}
	if i := bytes.IndexByte(b, 0); i >= 0 {
		line, col := position(b, i)
		return "", &InputError{Format: f, Line: line, Column: col, Err: ErrNotText, Cause: errors.New("NUL byte")}
	}
	if !utf8.Valid(b) {
		i := 0
		for i < len(b) {
			r, n := utf8.DecodeRune(b[i:])
			if r == utf8.RuneError && n <= 1 {
				break
			}
			i += n
		}
		line, col := position(b, i)
		return "", &InputError{Format: f, Line: line, Column: col, Err: ErrEncoding,
			Cause: fmt.Errorf("byte 0x%02x (Windows-1252 or ISO-8859-1? save the file as UTF-8)", b[i])}
	}
	return string(b), nil
}

// fromUTF16 converts UTF-16 text (little-endian unless big) to UTF-8. An
// odd length or an unpaired surrogate is an error.
func fromUTF16(b []byte, big bool) ([]byte, error) {
	if len(b)%2 != 0 {
		return nil, errors.New("UTF-16 text of an odd number of bytes")
	}
	unit := func(i int) rune {
		if big {
			return rune(b[i])<<8 | rune(b[i+1])
		}
		return rune(b[i+1])<<8 | rune(b[i])
	}
	out := make([]byte, 0, len(b)+len(b)/2)
	for i := 0; i < len(b); i += 2 {
		r := unit(i)
		if utf16.IsSurrogate(r) {
			if r >= 0xdc00 || i+3 >= len(b) {
				return nil, fmt.Errorf("unpaired UTF-16 surrogate at byte %d", i+2)
			}
			r = utf16.DecodeRune(r, unit(i+2))
			if r == utf8.RuneError {
				return nil, fmt.Errorf("unpaired UTF-16 surrogate at byte %d", i+2)
			}
			i += 2
		}
		out = utf8.AppendRune(out, r)
	}
	return out, nil
}

// position returns the 1-based line and byte column of offset i in b,
// counting lines as lineReader does.
func position(b []byte, i int) (line, col int) {
	line, start := 1, 0
	for j := 0; j < i; j++ {
		if b[j] == '\n' || b[j] == '\r' && (j+1 >= len(b) || b[j+1] != '\n') {
			line++
			start = j + 1
		}
	}
	return line, i - start + 1
}

// newLineReader returns a lineReader at the start of s.
func newLineReader(s string) lineReader { return lineReader{s: s, nl: -1} }

// lineReader yields the lines of a text, ended by "\n", "\r\n" or a lone
// "\r", with their 1-based numbers. It reads each byte a bounded number of
// times, however the lines end.
type lineReader struct {
	s   string
	pos int // start of the next line
	nl  int // index of the next "\n" at or after pos, or len(s); valid when >= pos
	n   int // number of the last line returned
}

// next returns the next line without its ending, and false at the end.
func (r *lineReader) next() (string, bool) {
	if r.pos >= len(r.s) {
		return "", false
	}
	if r.nl < r.pos {
		i := strings.IndexByte(r.s[r.pos:], '\n')
		if i < 0 {
			r.nl = len(r.s)
		} else {
			r.nl = r.pos + i
		}
	}
	line := r.s[r.pos:r.nl]
	end := r.nl + 1
	if j := strings.IndexByte(line, '\r'); j >= 0 {
		if j < len(line)-1 {
			end = r.pos + j + 1 // a lone "\r" ends this line
		}
		line = line[:j]
	}
	r.pos = end
	r.n++
	return line, true
}

// peek returns the next line that is not blank, and its number, without
// consuming anything; false when there is none.
func (r *lineReader) peek() (string, int, bool) {
	c := *r
	for {
		line, ok := c.next()
		if !ok {
			return "", 0, false
		}
		if strings.TrimSpace(line) != "" {
			return line, c.n, true
		}
	}
}
