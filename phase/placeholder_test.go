package phase

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func TestPlaceholders(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Behandlet dato: <dato>", []string{"<dato>"}},
		{"<navn> og <dato>", []string{"<navn>", "<dato>"}},
		{"Beslutning: <Starte en konseptfase / ikke starte en konseptfase / øvrige vurderinger må gjøres>", []string{"<Starte en konseptfase / ikke starte en konseptfase / øvrige vurderinger må gjøres>"}},
		{"Prosjekt: [Prosjektnavn] Dato: xx.xx.xx ID:", []string{"[Prosjektnavn]", "xx.xx.xx"}},
		{"Frist dd.mm.åååå", []string{"dd.mm.åååå"}},
		{"Ferdig 31.12.2016", nil},
		{"1 < 2 and 3 > 2", nil},
		{"se [1] og <https://example.org>", nil},
		{"boxx.xx.xx", nil}, // inside a word: not a masked date
		{"Digitale Helgeland", nil},
		{"", nil},
		// Markup pasted from a web page or an e-mail is not a placeholder.
		{"<p>Kommunene vil samarbeide.</p><br/><br />", nil},
		{`<p class="MsoNormal">Tekst<o:p></o:p></p>`, nil},
		{"<P>Store bokstaver</P> <li>punkt</li>", nil},
		{"<p>Frist: <dato></p>", []string{"<dato>"}},
		{"[p] er en klamme, ikke en tag", []string{"[p]"}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Placeholders(tt.in)); diff != "" {
			t.Errorf("Placeholders(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestIsPlaceholder(t *testing.T) {
	for in, want := range map[string]bool{
		"<dato>": true, " xx.xx.xx ": true, "[Navn]": true,
		"<dato> 2020": false, "25.02.2020": false, "": false,
	} {
		if got := IsPlaceholder(in); got != want {
			t.Errorf("IsPlaceholder(%q) = %v, want %v", in, got, want)
		}
	}
}

// placeholdersQuadratic is the scanner as it was before it was made linear
// (each bracket searched to the end of the text for its closer, a masked
// date tried at every position), with the markup rule added: the reference
// FuzzPlaceholdersLinear compares the linear scanner with.
func placeholdersQuadratic(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '<', '[':
			closer := ">"
			if r == '[' {
				closer = "]"
			}
			if j := strings.Index(s[i+size:], closer); j >= 0 {
				inner := s[i+size : i+size+j]
				if len(inner) <= maxPlaceholder && !strings.ContainsAny(inner, "<>[]\n") && isPlaceholderBody(inner) && !(r == '<' && isMarkup(inner)) {
					out = append(out, s[i:i+size+j+1])
					i += size + j + 1
					continue
				}
			}
		default:
			if w := maskedDateAt(s[i:]); w > 0 && (i == 0 || !isWordByte(s[i-1])) {
				out = append(out, s[i:i+w])
				i += w
				continue
			}
		}
		i += size
	}
	return out
}

// FuzzPlaceholdersLinear checks that the linear scanner finds exactly what
// the old quadratic one finds.
func FuzzPlaceholdersLinear(f *testing.F) {
	for _, s := range []string{"<dato>", "[Navn] xx.xx.xx", "dd.mm.åååå", "a < b > c", "<<>>[[]]", "x.x.x",
		"<p>tekst</p>", "<" + strings.Repeat("a", 199) + ">", "<" + strings.Repeat("a", 200) + ">", "<" + strings.Repeat("a", 201) + ">",
		"xxxx.xx.xxxx.xx", "<a\n>", "[x@y]", "<http://x>", "ø<dato>", "boxx.xx.xx xx.xx.xx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if diff := cmp.Diff(placeholdersQuadratic(s), Placeholders(s)); diff != "" {
			t.Fatalf("Placeholders(%q) differs from the reference (-want +got):\n%s", s, diff)
		}
	})
}

// placeholderInputs are 1 MB texts: ordinary prose, and the inputs that
// made the old scanner quadratic (unclosed brackets, long runs of masked
// date letters), alone and mixed.
func placeholderInputs() []struct{ name, text string } {
	const size = 1 << 20
	fill := func(unit string) string { return strings.Repeat(unit, size/len(unit)) }
	return []struct{ name, text string }{
		{"prose", fill("Kommunene på Helgeland vil samarbeide om digitalisering av tjenestene. ")},
		{"unclosed<", fill("<")},
		{"unclosed[", fill("[")},
		{"masked x", fill("x")[:size-3] + ".x."},
		{"masked x.x", fill("x.")},
		{"mix", fill("<[x.x [< xx.x <a ")},
	}
}

// BenchmarkPlaceholders scans each 1 MB input; the pathological inputs
// should cost at most a few times what prose costs (issue: ≤ 3×).
func BenchmarkPlaceholders(b *testing.B) {
	for _, in := range placeholderInputs() {
		b.Run(in.name, func(b *testing.B) {
			b.SetBytes(int64(len(in.text)))
			for b.Loop() {
				Placeholders(in.text)
			}
		})
	}
}

// TestPlaceholdersLinear guards the linear bound without timing: the
// pathological 1 MB inputs are scanned within a generous multiple of
// prose's time, measured in the same run (the quadratic scanner took over
// a thousand times as long). It is skipped in -short mode.
func TestPlaceholdersLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("timing test")
	}
	in := placeholderInputs()
	cost := func(s string) float64 { // the best of five, against noise
		best := time.Duration(0)
		for range 5 {
			start := time.Now()
			Placeholders(s)
			if d := time.Since(start); best == 0 || d < best {
				best = d
			}
		}
		return float64(best)
	}
	prose := cost(in[0].text)
	for _, tt := range in[1:] {
		if ratio := cost(tt.text) / prose; ratio > 50 { // the quadratic scanner took over 1000×; 50 leaves room for a loaded machine
			t.Errorf("%s: %.1f× the time of prose; the scan is not linear", tt.name, ratio)
		}
	}
}
