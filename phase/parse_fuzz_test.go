package phase

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func FuzzParse(f *testing.F) {
	for _, tt := range appendixPhaseTexts {
		f.Add(tt.text)
	}
	for _, s := range []string{"", " «»-. ", "Forprosjekt", "Pilot og testing", "Driftsfase", "Ide\u0301fase", "gjennom\u00adføringsfasane", "fase", "s", "ingfase"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := Parse(s)
		all, allErr := ParseAll(s)
		switch {
		case err == nil:
			if !p.IsValid() {
				t.Fatalf("Parse(%q) = %v, not a valid phase", s, p)
			}
			if allErr != nil || !slices.Equal(all, []Phase{p}) {
				t.Fatalf("Parse(%q) = %v, but ParseAll = %v, %v", s, p, all, allErr)
			}
		case errors.Is(err, ErrAmbiguous):
			var amb *AmbiguousError
			if !errors.As(err, &amb) || len(amb.Phases) < 2 {
				t.Fatalf("Parse(%q) error %#v does not list at least two candidates", s, err)
			}
			if allErr == nil && !slices.Equal(all, amb.Phases) {
				t.Fatalf("Parse(%q) candidates %v, ParseAll = %v", s, amb.Phases, all)
			}
		case errors.Is(err, ErrUnknownValue):
			if !errors.Is(allErr, ErrUnknownValue) {
				t.Fatalf("Parse(%q) error %v, but ParseAll error %v", s, err, allErr)
			}
		default:
			t.Fatalf("Parse(%q) error %v wraps neither ErrAmbiguous nor ErrUnknownValue", s, err)
		}
		if allErr == nil {
			var seen phaseSet
			for _, q := range all {
				if !q.IsValid() || seen.has(q) {
					t.Fatalf("ParseAll(%q) = %v: invalid or repeated phase", s, all)
				}
				seen |= 1 << q
			}
		} else if !errors.Is(allErr, ErrAmbiguous) && !errors.Is(allErr, ErrUnknownValue) {
			t.Fatalf("ParseAll(%q) error %v wraps neither ErrAmbiguous nor ErrUnknownValue", s, allErr)
		}

		// Decomposed å, é, ø read like the composed letters.
		if d := decomposeNorwegian(s); d != s {
			dAll, dErr := ParseAll(d)
			if !slices.Equal(dAll, all) || errors.Is(dErr, ErrAmbiguous) != errors.Is(allErr, ErrAmbiguous) {
				t.Fatalf("ParseAll(%q) = %v, %v; composed text gives %v, %v", d, dAll, dErr, all, allErr)
			}
		}
		// Case does not matter (checked on ASCII, where upper and lower
		// case map one to one).
		if isASCII(s) {
			uAll, uErr := ParseAll(strings.ToUpper(s))
			if !slices.Equal(uAll, all) || (uErr == nil) != (allErr == nil) {
				t.Fatalf("ParseAll(%q) = %v, %v; lower case gives %v, %v", strings.ToUpper(s), uAll, uErr, all, allErr)
			}
		}
		// Every canonical name parses back to its phase, whatever
		// punctuation and white space from the input surround it.
		noise := nonWordRunes(s)
		for _, q := range Phases() {
			for _, name := range canonicalPhaseNames(q) {
				text := noise + name + noise
				if got, err := Parse(text); err != nil || got != q {
					t.Fatalf("Parse(%q) = %v, %v; want %v", text, got, err, q)
				}
			}
		}
	})
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// nonWordRunes returns the runes of s that separate words: no letters, no
// combining marks, no invisible characters that may sit inside a word.
func nonWordRunes(s string) string {
	return strings.Map(func(r rune) rune {
		if r == utf8.RuneError || unicode.IsLetter(r) || isWordJoiner(r) {
			return -1
		}
		return r
	}, s)
}
