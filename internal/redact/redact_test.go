package redact

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

func TestReplace(t *testing.T) {
	r := New([]string{"Kari Nordmann", " ", "Kari Nordmann Hansen", "Ola", "-"}, "(navn fjernet)")
	for in, want := range map[string]string{
		"Kari Nordmann Hansen leder; Kari Nordmann er med.": "(navn fjernet) leder; (navn fjernet) er med.",
		"Olav og Ola":                  "Olav og (navn fjernet)",
		"OlaOla Ola.":                  "OlaOla (navn fjernet).",
		"ingen navn":                   "ingen navn",
		"Ærlig Ola":                    "Ærlig (navn fjernet)",
		"Kari Nordmannsen er en annen": "Kari Nordmannsen er en annen",
		"Hansen, Kari Nordmann leder":  "(navn fjernet) leder",
		"Nordmann Hansen, Kari leder":  "(navn fjernet) leder",
		"Kari Nordmann Hansens rolle":  "(navn fjernet) rolle",
		// Overlapping names are replaced together.
		"Nordmann, Kari Nordmann": "(navn fjernet)",
		"- -":                     "- -",
	} {
		if got := r.Replace(in); got != want {
			t.Errorf("Replace(%q) = %q, want %q", in, got, want)
		}
		if got := r.Contains(in); got != (want != in) {
			t.Errorf("Contains(%q) = %v", in, got)
		}
	}
}

func TestReplaceOneName(t *testing.T) {
	tests := []struct{ s, word, want string }{
		{"Kari Nordmann", "Kari Nordmann", "X"},
		{"Til Kari Nordmann, og Kari Nordmann.", "Kari Nordmann", "Til X, og X."},
		{"Kari Nordmanns", "Kari Nordmann", "X"},
		{"Kari Nordmann's og Kari Nordmann’s", "Kari Nordmann", "X og X"},
		{"Kari Nordmannʼs", "Kari Nordmann", "X"},
		{"Kari Nordmann' og Kari Nordmann'x", "Kari Nordmann", "X' og X'x"},
		{"KARI NORDMANN og kari nordmann", "Kari Nordmann", "X og X"},
		{"Kari  Nordmann\tog Kari\u00a0Nordmann og Kari\u202fNordmann", "Kari Nordmann", "X\tog X og X"},
		{"Kari\nNordmann og Kari\r\n  Nordmann", "Kari Nordmann", "X og X"},
		{"Nordmann, Kari og NORDMANN,Kari og Nordmann ,Kari og Nordmann Kari", "Kari Nordmann", "X og X og X og X"},
		{"Nordmann; Kari", "Kari Nordmann", "Nordmann; Kari"},
		{"Kari Nord\u00admann og Kari\u200b Nordmann", "Kari Nordmann", "X og X"},
		{"Ｋａｒｉ Ｎｏｒｄｍａｎｎ", "Kari Nordmann", "X"},
		{"A\u030ase og Åse", "Åse", "X og X"},
		{"ÅSE og åse", "A\u030ase", "X og X"},
		{"Hanne-Mari Strøm og Hanne\u2011Mari Strøm og Hanne Mari Strøm", "Hanne-Mari Strøm", "X og X og Hanne Mari Strøm"},
		{"Strøm, Hanne-Mari", "Hanne-Mari Strøm", "X"},
		{"Mari Strøm, Hanne-", "Hanne-Mari Strøm", "Mari Strøm, Hanne-"},
		{"Kari Nordmann-Hansen", "Kari Nordmann", "X-Hansen"},
		{"Kari Nordmannsen", "Kari Nordmann", "Kari Nordmannsen"},
		{"Karianne Nordmann", "Kari Nordmann", "Karianne Nordmann"},
		{"Kari. Nordmann", "Kari Nordmann", "Kari. Nordmann"},
		{"Kari og Nordmann", "Kari Nordmann", "Kari og Nordmann"},
		{"AKari Nordmann", "Kari Nordmann", "AKari Nordmann"},
		{"Bodø og Bo", "Bo", "Bodø og X"},
		{"Åse Åse", "Åse", "X X"},
		{"Åse og Åsemund", "Åse", "X og Åsemund"},
		{"Øyvind", "Øy", "Øyvind"},
		{"«Kari Nordmann»", "Kari Nordmann", "«X»"},
		{"Ola Olavsen og Ola.", "Ola", "X Olavsen og X."},
		{"Kolas Ola og Olas", "Ola", "Kolas X og X"},
		{"Hans' og Hans", "Hans", "X' og X"},
		{"", "Bo", ""},
		{"Bo", "", "Bo"},
		{"\xff\xfeBo\xff", "Bo", "\xff\xfeX\xff"},
	}
	for _, tt := range tests {
		if got := New([]string{tt.word}, "X").Replace(tt.s); got != tt.want {
			t.Errorf("replace %q in %q = %q, want %q", tt.word, tt.s, got, tt.want)
		}
	}
}

// TestReplaceLinear checks that the automaton takes at most two steps a
// word, whatever the names: texts that start a long name at every word,
// or nearly match one again and again, would make a matcher that tries
// each name at each word quadratic.
func TestReplaceLinear(t *testing.T) {
	long := strings.TrimSpace(strings.Repeat("Kari ", 60)) + " Nordmann"
	var counted []string
	for i := range 60 {
		counted = append(counted, fmt.Sprintf("Per%d", i))
	}
	for _, tc := range []struct {
		name  string
		names []string
		text  string
	}{
		{"repeated first word", []string{long, "Kari Nordmann Hansen"}, strings.Repeat("Kari ", 10_000)},
		{"near misses", []string{long}, strings.Repeat(strings.Repeat("Kari ", 59)+"Hansen ", 200)},
		{"long name, many times", []string{strings.Join(counted, " ")}, strings.Repeat(strings.Join(counted[:59], " ")+" ", 200)},
		{"prose", bulkNames(200), bulkText(100_000, bulkNames(200))},
	} {
		r := New(tc.names, "X")
		spans, steps := r.find(tc.text, false)
		words := len(strings.Fields(tc.text))
		t.Logf("%s: %d steps, %d words", tc.name, steps, words)
		if steps > 2*words {
			t.Errorf("%s: %d steps for %d words", tc.name, steps, words)
		}
		if tc.name != "prose" && len(spans) != 0 {
			t.Errorf("%s: found %d names", tc.name, len(spans))
		}
	}
}

// bulkNames returns n distinct names that share first names.
func bulkNames(n int) []string {
	first := []string{"Kari", "Ola", "Åse", "Jørn", "Renée", "Hanne-Mari", "Synnøve"}
	var out []string
	for i := range n {
		out = append(out, first[i%len(first)]+" Etternavn"+strings.Repeat("æ", i/len(first)+1)+"sen")
	}
	return out
}

// bulkText returns about size bytes of Norwegian prose with a name from
// names, in some form, every few words.
func bulkText(size int, names []string) string {
	forms := []func(string) string{
		func(s string) string { return s },
		strings.ToUpper,
		func(s string) string { return s + "s" },
		func(s string) string { return strings.ReplaceAll(s, " ", "\u00a0") },
		func(s string) string {
			i := strings.LastIndex(s, " ")
			return s[i+1:] + ", " + s[:i]
		},
	}
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		b.WriteString("Styringsgruppen ba prosjektlederen om en oppdatert gevinstplan, og ")
		b.WriteString(forms[i%len(forms)](names[i%len(names)]))
		b.WriteString(" la den fram i møtet på Sandnessjøen. ")
	}
	return b.String()
}

func BenchmarkReplace(b *testing.B) {
	names := bulkNames(200)
	text := bulkText(1<<20, names)
	r := New(names, "(navn fjernet)")
	b.Run("Replace", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			r.Replace(text)
		}
	})
	b.Run("Contains/none", func(b *testing.B) {
		plain := bulkText(1<<20, []string{"rådmannen i Vefsn"})
		b.SetBytes(int64(len(plain)))
		for b.Loop() {
			if r.Contains(plain) {
				b.Fatal("found a name")
			}
		}
	})
	// The cost of reading the text once, for scale: lower-casing it,
	// normalising it with the dependency, splitting it at spaces.
	b.Run("baseline/ToLower", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			strings.ToLower(text)
		}
	})
	b.Run("baseline/NFKC", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			norm.NFKC.String(text)
		}
	})
	b.Run("baseline/Fields", func(b *testing.B) {
		b.SetBytes(int64(len(text)))
		for b.Loop() {
			strings.Fields(text)
		}
	})
	b.Run("New", func(b *testing.B) {
		for b.Loop() {
			New(names, "(navn fjernet)")
		}
	})
}

func FuzzReplace(f *testing.F) {
	f.Add("Møte med Kari Nordmanns og NORDMANN, Kari", "Kari Nordmann")
	f.Add("A\u030ase\u00a0Ødegård's", "Åse Ødegård")
	f.Add("Hanne-Mari\nStrøm", "Hanne-Mari Strøm|Ola")
	f.Fuzz(func(t *testing.T, s, names string) {
		ns := strings.Split(names, "|")
		const repl = "(navn fjernet)"
		r := New(ns, repl)
		if r.Contains(repl) {
			t.Skip("a name is part of the replacement")
		}
		got := r.Replace(s)
		if r.Contains(got) {
			t.Errorf("Replace(%q) = %q still holds a name of %q", s, got, ns)
		}
		if r.Contains(s) != (got != s) {
			t.Errorf("Contains(%q) = %v, but Replace gives %q", s, r.Contains(s), got)
		}
		if utf8.ValidString(s) && !utf8.ValidString(got) {
			t.Errorf("Replace(%q) = %q is not valid UTF-8", s, got)
		}
	})
}
