package outline

import (
	"errors"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/google/go-cmp/cmp"
)

// readers are the two text readers, which share their input checks.
var readers = []struct {
	name   string
	format Format
	read   func([]byte, TextOptions) (*Document, error)
}{
	{"text", Text, ReadText},
	{"markdown", Markdown, ReadMarkdown},
}

// TestBadInput checks that input which is not UTF-8 text, or too large, is
// refused with an *InputError that names the sentinel and the place.
func TestBadInput(t *testing.T) {
	garbage := make([]byte, 4096)
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range garbage {
		garbage[i] = byte(rng.UintN(256))
	}
	tests := []struct {
		name     string
		in       []byte
		max      int64
		sentinel error
		line     int
		column   int
	}{
		{"Windows-1252 ø", []byte("Mandat\nF\xf8ringer\n"), 0, ErrEncoding, 2, 2},
		{"invalid at the start", []byte("\xff"), 0, ErrEncoding, 1, 1},
		{"truncated UTF-8 at the end", []byte("ok\r\nok\r\xc3"), 0, ErrEncoding, 3, 1},
		{"NUL byte", []byte("a\nb\x00c"), 0, ErrNotText, 2, 2},
		{"UTF-16 without a byte order mark", []byte("M\x00a\x00"), 0, ErrNotText, 1, 2},
		{"UTF-16 odd length", []byte("\xff\xfeM\x00a"), 0, ErrEncoding, 0, 0},
		{"UTF-16 unpaired surrogate", []byte("\xff\xfe\x00\xd8a\x00"), 0, ErrEncoding, 0, 0},
		{"UTF-16 lone low surrogate", []byte("\xfe\xff\xdc\x00"), 0, ErrEncoding, 0, 0},
		{"a .docx", []byte("PK\x03\x04\x14\x00"), 0, ErrNotText, 0, 0},
		{"a PDF", []byte("%PDF-1.7\n"), 0, ErrNotText, 0, 0},
		{"a .doc", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"), 0, ErrNotText, 0, 0},
		{"binary garbage", garbage, 0, nil, 0, 0},
		{"over the limit", []byte("12345"), 4, phase.ErrTooLarge, 0, 0},
	}
	for _, r := range readers {
		for _, tc := range tests {
			t.Run(r.name+"/"+tc.name, func(t *testing.T) {
				d, err := r.read(tc.in, TextOptions{MaxBytes: tc.max})
				var ie *InputError
				if !errors.As(err, &ie) || d != nil {
					t.Fatalf("got %v, %v; want an *InputError", d, err)
				}
				if ie.Format != r.format {
					t.Errorf("format %v", ie.Format)
				}
				if tc.sentinel == nil { // garbage: either, but a sentinel of ours
					if !errors.Is(err, ErrEncoding) && !errors.Is(err, ErrNotText) {
						t.Errorf("error %v", err)
					}
					return
				}
				if !errors.Is(err, tc.sentinel) || ie.Line != tc.line || ie.Column != tc.column {
					t.Errorf("error %q: line %d, column %d; want %v at %d:%d", err, ie.Line, ie.Column, tc.sentinel, tc.line, tc.column)
				}
				if !strings.HasPrefix(err.Error(), "veiviser: ") || strings.Count(err.Error(), "veiviser") != 1 {
					t.Errorf("error text %q", err)
				}
			})
		}
	}
}

func TestInputErrorText(t *testing.T) {
	tests := []struct {
		err  *InputError
		want string
	}{
		{&InputError{Format: Text, Line: 2, Column: 2, Err: ErrEncoding, Cause: errors.New("byte 0xf8")}, "veiviser: text is not UTF-8: text line 2, column 2: byte 0xf8"},
		{&InputError{Format: Markdown, Err: phase.ErrTooLarge}, "veiviser: input too large"},
		{&InputError{Line: 3}, "veiviser: unreadable input: line 3"},
	}
	for _, tc := range tests {
		if got := tc.err.Error(); got != tc.want {
			t.Errorf("Error() = %q, want %q", got, tc.want)
		}
	}
	if diff := cmp.Diff([]error{ErrEncoding}, (&InputError{Err: ErrEncoding}).Unwrap(), cmpErrors); diff != "" {
		t.Errorf("Unwrap (-want +got):\n%s", diff)
	}
}

// cmpErrors compares errors by identity.
var cmpErrors = cmp.Comparer(func(a, b error) bool { return a == b })

// TestDefaultLimit checks that the zero MaxBytes means DefaultMaxBytes.
func TestDefaultLimit(t *testing.T) {
	big := make([]byte, DefaultMaxBytes+1)
	for _, r := range readers {
		if _, err := r.read(big, TextOptions{}); !errors.Is(err, phase.ErrTooLarge) {
			t.Errorf("%s: %d bytes: %v", r.name, len(big), err)
		}
		if _, err := r.read(big[:DefaultMaxBytes], TextOptions{MaxBytes: -1}); errors.Is(err, phase.ErrTooLarge) {
			t.Errorf("%s: %d bytes refused", r.name, DefaultMaxBytes)
		}
	}
}

// TestHostileInput reads input built to make a careless parser quadratic,
// deep or panicky, about a megabyte each (five for the line of "#"), and
// checks each is read within a time that only a linear reader keeps: a
// quadratic one takes hours on these sizes, a linear one well under a
// second (a few under -race on a loaded machine).
func TestHostileInput(t *testing.T) {
	const mb = 1 << 20
	tests := []struct {
		name string
		in   string
	}{
		{"a 5 MB line of #", strings.Repeat("#", 5*mb)},
		{"1 MB of [", strings.Repeat("[", mb)},
		{"1 MB of [ on lines", strings.Repeat("[\n", mb/2)},
		{"1 MB of ]", strings.Repeat("]", mb)},
		{"lone CRs", strings.Repeat("a\r", mb/2)},
		{"blank lines", strings.Repeat("\n", mb)},
		{"Innhold and blanks", strings.Repeat("Innhold\n\n\n\n", mb/12)},
		{"a table of contents", "Innhold\n" + strings.Repeat("Bakgrunn\t1\n", mb/22) + strings.Repeat("Bakgrunn\n", mb/18)},
		{"tabs", strings.Repeat("\t", mb)},
		{"one wide row", strings.Repeat("a\t", mb/2)},
		{"pipes", strings.Repeat("|", mb)},
		{"pipe rows", strings.Repeat("a|b\n", mb/4)},
		{"delimiter rows", strings.Repeat("|-|\n", mb/4)},
		{"deepening lists", func() string {
			var b strings.Builder
			for i := range 1000 {
				b.WriteString(strings.Repeat(" ", 2*i) + "- x\n")
			}
			return b.String()
		}()},
		{"list markers", strings.Repeat("- ", mb/2)},
		{"numbers", strings.Repeat("1.", mb/2)},
		{"fence never closed", "```\n" + strings.Repeat("x\n", mb/2)},
		{"front matter never closed", "---\n" + strings.Repeat("title: x\n", mb/9)},
		{"setext", strings.Repeat("a\n=\n", mb/4)},
		{"backslashes", strings.Repeat("\\", mb)},
		{"long words", strings.Repeat("æ", mb/2)},
		{"heading-sized lines", strings.Repeat(strings.Repeat("ord ", 74)+"\n", mb/297)},
	}
	headings := []string{"Bakgrunn", "Mål", strings.Repeat("ord ", 74)}
	for _, r := range readers {
		for _, tc := range tests {
			t.Run(r.name+"/"+tc.name, func(t *testing.T) {
				start := time.Now()
				d, err := r.read([]byte(tc.in), TextOptions{Headings: headings})
				if errors.Is(err, phase.ErrTooLarge) {
					return // more blocks and cells than DefaultMaxBlocks
				}
				if err != nil {
					t.Fatal(err)
				}
				if el := time.Since(start); el > 20*time.Second {
					t.Errorf("took %v", el)
				}
				checkInvariants(t, d)
			})
		}
	}
}

// TestMaxBlocks checks that input making more blocks or cells than
// TextOptions.MaxBlocks is refused, naming the line where the limit was
// reached.
func TestMaxBlocks(t *testing.T) {
	for _, r := range readers {
		for _, in := range []string{"a\n\nb\n\nc\n\nd\n", "a\tb\tc\n", "|a|b|c|\n"} {
			if r.format == Markdown && strings.Contains(in, "\t") || r.format == Text && strings.Contains(in, "|") {
				continue // one paragraph
			}
			_, err := r.read([]byte(in), TextOptions{MaxBlocks: 3})
			var ie *InputError
			if !errors.As(err, &ie) || !errors.Is(err, phase.ErrTooLarge) || ie.Line == 0 {
				t.Errorf("%s %q: %v", r.name, in, err)
			}
		}
		if _, err := r.read([]byte("a\n\nb\n\nc\n"), TextOptions{MaxBlocks: 3}); err != nil {
			t.Errorf("%s: three blocks of three: %v", r.name, err)
		}
	}
}

// TestMatchHeadingHuge checks that a huge heading costs no more than one of
// MaxHeadingBytes.
func TestMatchHeadingHuge(t *testing.T) {
	cands := []Candidate{{"a", []string{"Bakgrunn"}}, {"b", []string{strings.Repeat("x ", 1<<20)}}}
	start := time.Now()
	for range 100 {
		if m, ok := MatchHeading(strings.Repeat("Bakgrunn ", 1<<17), cands); !ok || m.Key != "a" || m.Exact {
			t.Fatalf("a word repeated: %+v %v", m, ok)
		}
	}
	if m, ok := MatchHeading("Bakgrunn"+strings.Repeat("!", 1<<20), cands); !ok || m.Key != "a" {
		t.Errorf("heading with trailing punctuation: %+v %v", m, ok)
	}
	if el := time.Since(start); el > 10*time.Second {
		t.Errorf("took %v", el)
	}
}
