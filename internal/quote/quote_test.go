package quote

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// marshal is what encoding/json writes for s, with escapeHTML html.
func marshal(t *testing.T, s string, html bool) string {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(html)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return string(bytes.TrimSuffix(buf.Bytes(), []byte("\n")))
}

func TestAppend(t *testing.T) {
	tests := []struct {
		in         string
		html, want string // want with escapeHTML off; html with it on
		ok         bool
	}{
		{"", `""`, `""`, true},
		{"Saksbehandlingstid", `"Saksbehandlingstid"`, `"Saksbehandlingstid"`, true},
		{`<b> & "c" \`, `"\u003cb\u003e \u0026 \"c\" \\"`, `"<b> & \"c\" \\"`, true},
		{"\b\f\n\r\t\x00\x1f\x7f", `"\b\f\n\r\t\u0000\u001f` + "\x7f\"", `"\b\f\n\r\t\u0000\u001f` + "\x7f\"", true},
		{"æøå \u2028 \u2029 \uFFFD 😀", `"æøå \u2028 \u2029 ` + "\uFFFD 😀\"", `"æøå \u2028 \u2029 ` + "\uFFFD 😀\"", true},
		{"a\xffb", "", "", false},
		{"\xed\xa0\x80", "", "", false}, // a surrogate half
		{"æ\xc3", "", "", false},        // a sequence cut short
	}
	for _, tt := range tests {
		for _, html := range []bool{true, false} {
			want := tt.want
			if html {
				want = tt.html
			}
			got, ok := Append([]byte("x"), tt.in, html)
			if ok != tt.ok || ok && string(got) != "x"+want || !ok && string(got) != "x" {
				t.Errorf("Append(%q, %v) = %s, %v; want x%s, %v", tt.in, html, got, ok, want, tt.ok)
			}
			if ok {
				if diff := cmp.Diff(marshal(t, tt.in, html), string(got[1:])); diff != "" {
					t.Errorf("Append(%q, %v) against encoding/json (-want +got):\n%s", tt.in, html, diff)
				}
			}
		}
	}
}

// FuzzAppend checks Append against encoding/json for any string: the same
// bytes for valid UTF-8, with and without HTML escaping, and false exactly
// when encoding/json would have replaced a byte.
func FuzzAppend(f *testing.F) {
	for _, s := range []string{"", "plain", `<a href="x">&amp;</a>`, "\u2028\u2029\x00\x1f\\", "æ\xff", "\xed\xa0\x80", "\xf4\x90\x80\x80"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, html := range []bool{true, false} {
			got, ok := Append(nil, s, html)
			if ok != utf8.ValidString(s) {
				t.Fatalf("Append(%q) ok = %v, valid UTF-8 %v", s, ok, !ok)
			}
			if !ok {
				if len(got) != 0 {
					t.Fatalf("Append(nil, %q) = %q, false; want b unchanged", s, got)
				}
				continue
			}
			if want := marshal(t, s, html); string(got) != want {
				t.Fatalf("Append(%q, %v) = %s, encoding/json %s", s, html, got, want)
			}
		}
	})
}

func BenchmarkAppend(b *testing.B) {
	s := "Uttrekk fra fagsystemet, målt hver måned"
	buf := make([]byte, 0, 64)
	b.Run("quote", func(b *testing.B) {
		for b.Loop() {
			buf, _ = Append(buf[:0], s, true)
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		for b.Loop() {
			_, _ = json.Marshal(s)
		}
	})
}
