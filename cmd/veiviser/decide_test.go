package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/google/go-cmp/cmp"
)

// TestEncodeLike reads projects back and writes them in the layout they
// came in: tabs, two spaces, one line; with and without a final newline;
// with <, > and & escaped or not. What decide writes differs from what it
// read only by what the decision adds.
func TestEncodeLike(t *testing.T) {
	f, err := newFixtures(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	twoSpaces := func(b []byte) []byte {
		var out bytes.Buffer
		if err := json.Indent(&out, compact(t, b), "", "  "); err != nil {
			t.Fatal(err)
		}
		return out.Bytes()
	}
	tests := []struct {
		name string
		in   []byte
	}{
		{"tabs (v2.json)", f["v2.json"]},
		{"tabs, escaped < (idea.json)", f["idea.json"]},
		{"tabs, literal <", unescapeHTML(f["idea.json"])},
		{"two spaces, no final newline", twoSpaces(f["ready.json"])},
		{"one line", compact(t, f["stopped.json"])},
		{"one line, final newline", append(compact(t, f["stopped.json"]), '\n')},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := decodeProject("in.json", tt.in)
			if err != nil {
				t.Fatal(err)
			}
			got, err := encodeLike(p, tt.in)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(tt.in), string(got)); diff != "" {
				t.Errorf("(-read +written):\n%s", diff)
			}
		})
	}
}

// compact returns b on one line.
func compact(t *testing.T, b []byte) []byte {
	t.Helper()
	var out bytes.Buffer
	if err := json.Compact(&out, b); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

func TestUnescapeHTML(t *testing.T) {
	tests := []struct{ in, want string }{
		{`"\u003cdato\u003e"`, `"<dato>"`},
		{`"a \u0026 b"`, `"a & b"`},
		{`"\\u003c"`, `"\\u003c"`},           // an escaped backslash, then text
		{`"\\\u003c"`, `"\\<"`},              // an escaped backslash, then an escape
		{`"\u00e6 \n \""`, `"\u00e6 \n \""`}, // other escapes stay
		{`"\u003`, `"\u003`},                 // too short to be an escape
		{`\`, `\`},
	}
	for _, tt := range tests {
		if got := string(unescapeHTML([]byte(tt.in))); got != tt.want {
			t.Errorf("unescapeHTML(%s) = %s, want %s", tt.in, got, tt.want)
		}
	}
}

// FuzzUnescapeHTML: valid JSON stays valid and means the same.
func FuzzUnescapeHTML(f *testing.F) {
	f.Add(`<dato> & "quotes" \ back`)
	f.Add(`\u003c`)
	f.Fuzz(func(t *testing.T, s string) {
		in, err := json.Marshal(map[string]string{s: s})
		if err != nil {
			t.Skip()
		}
		out := unescapeHTML(in)
		var a, b map[string]string
		if err := json.Unmarshal(in, &a); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(out, &b); err != nil {
			t.Fatalf("%s: %v", out, err)
		}
		if diff := cmp.Diff(a, b); diff != "" {
			t.Fatalf("meaning changed (-want +got):\n%s", diff)
		}
		if strings.ContainsAny(s, "<>&") == bytes.Equal(in, out) {
			t.Fatalf("%q: unescaped %s to %s", s, in, out)
		}
	})
}

func TestDecisionOf(t *testing.T) {
	d, err := decisionOf("bp 3", "Sent-Back", "2021-03-15", "Leder", "Styringsgruppen")
	if err != nil {
		t.Fatal(err)
	}
	want := phase.Decision{Point: phase.BP3, Outcome: phase.SentBack, Date: phase.MustDate("15.03.2021"), DecidedBy: "Leder", Body: "Styringsgruppen"}
	if diff := cmp.Diff(want, d); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for _, tt := range []struct{ point, outcome, date, by, body, want string }{
		{"", "approved", "15.03.2021", "a", "b", "missing --point"},
		{"BP1", "", "", " ", "b", "missing --outcome, --date, --by"},
		{"BP7", "approved", "15.03.2021", "a", "b", "--point"},
		{"BP1", "godkjent", "15.03.2021", "a", "b", `--outcome "godkjent"`},
		{"BP1", "approved", "15.3.21", "a", "b", "--date"},
		{"BP1", "approved", "<dato>", "a", "b", "--date"},
	} {
		_, err := decisionOf(tt.point, tt.outcome, tt.date, tt.by, tt.body)
		if err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("decisionOf(%q, %q, %q, %q, %q): %v, want an error starting %q", tt.point, tt.outcome, tt.date, tt.by, tt.body, err, tt.want)
		}
	}
}
