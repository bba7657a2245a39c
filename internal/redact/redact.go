// Package redact removes known personal names from free text, word by
// word, for the copies of registers and overviews that are published.
package redact

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// WordIndex returns the index of the first occurrence of word in s that is
// not part of a longer word (no letter or digit on either side), or -1.
func WordIndex(s, word string) int {
	if word == "" {
		return -1
	}
	for off := 0; off <= len(s); {
		i := strings.Index(s[off:], word)
		if i < 0 {
			return -1
		}
		i += off
		if isBoundary(s, i, i+len(word)) {
			return i
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		off = i + max(size, 1)
	}
	return -1
}

// Replacer replaces whole-word occurrences of a set of names. It is
// immutable and safe for concurrent use.
type Replacer struct {
	names []string
	repl  string
}

// New returns a Replacer of names (blank ones ignored) by repl. Longer
// names go first, so "Kari Nordmann Hansen" is replaced before "Kari
// Nordmann" can split it.
func New(names []string, repl string) *Replacer {
	var ns []string
	for _, n := range names {
		if n = strings.TrimSpace(n); n != "" {
			ns = append(ns, n)
		}
	}
	slices.SortStableFunc(ns, func(a, b string) int { return len(b) - len(a) })
	return &Replacer{names: ns, repl: repl}
}

// Replace returns s with every whole-word occurrence of each name replaced.
func (r *Replacer) Replace(s string) string {
	for _, n := range r.names {
		s = replaceWord(s, n, r.repl)
	}
	return s
}

func replaceWord(s, word, repl string) string {
	if !strings.Contains(s, word) {
		return s
	}
	var b strings.Builder
	for {
		i := WordIndex(s, word)
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		b.WriteString(repl)
		s = s[i+len(word):]
	}
}

// isBoundary reports whether s[i:j] is not preceded or followed by a
// letter or digit.
func isBoundary(s string, i, j int) bool {
	if i > 0 {
		if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if j < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[j:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}
