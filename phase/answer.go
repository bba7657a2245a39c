package phase

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"
)

// What people write in a template section or a checklist cell that is
// not an answer of its own. Both lists are matched after normalising:
// case folded, white space collapsed, guillemets and quotation marks
// around the text and the punctuation people end a cell with (".", "!",
// ";", ":") dropped.
var (
	// notRelevantWords mark a section or item as not applying. The
	// templates ask for «Ikke relevant» (nynorsk «Ikkje relevant»); people
	// also write «Ikke aktuelt», «Ikkje aktuelt» and "N/A".
	notRelevantWords = []string{
		"ikke relevant", "ikkje relevant", "ikke aktuelt", "ikkje aktuelt",
		"not relevant", "not applicable", "n/a", "na",
	}
	// fillerWords say nothing: a dash or dots typed to fill a cell, a
	// masked "xx", and promises and pointers instead of an answer, in
	// bokmål, nynorsk and English. Not from a source: the words found in
	// submitted mandates and checklists (issue 10 of this project).
	fillerWords = []string{
		"", "-", "--", "–", "—", "?", "x", "xx", "xxx", "…",
		"tbd", "tba", "todo", "n.n",
		"kommer", "kommer senere", "kommer seinere", "kjem", "kjem seinare", "kjem seinere",
		"senere", "seinare", "følger", "følgjer", "avklares", "avklarast", "avklares senere", "avklarast seinare",
		"se over", "sjå over", "se ovenfor", "sjå ovanfor", "se under", "sjå under", "se nedenfor", "sjå nedanfor",
		"to come", "see above", "see below",
	}
)

// IsNotRelevant reports whether s marks a template section or a checklist
// item as not applying to the project: «Ikke relevant» in bokmål or
// «Ikkje relevant» in nynorsk as the templates ask (Digdir's mandate
// template: "Alle punktene i malen skal besvares. Dersom et punkt ikke er
// relevant, skriv «Ikke relevant»"), or «Ikke aktuelt», «Ikkje aktuelt»,
// "N/A", in any case, with or without guillemets, optionally followed by a
// reason after punctuation ("Ikke relevant: ingen anskaffelser").
func IsNotRelevant(s string) bool {
	s = trimQuotes(s)
	if s == "" || !strings.ContainsRune("iInN", rune(s[0])) {
		return false // every marker starts with i or n: most answers end here
	}
	var buf [maxMarker]byte
	t := fold(buf[:0], s)
	for _, w := range notRelevantWords {
		if len(t) < len(w) || string(t[:len(w)]) != w {
			continue
		}
		rest := bytes.TrimLeft(t[len(w):], quoteMarks)
		if len(rest) == 0 {
			return true
		}
		r, _ := utf8.DecodeRune(rest)
		if strings.ContainsRune(".,:;–—-(", r) {
			return true
		}
	}
	return false
}

// SaysNothing reports whether s is blank or says nothing: "-", ".",
// "...", "TBD", "xx", «Kommer», «Kommer senere», «Se over», nynorsk «Kjem
// seinare», «Sjå over» and the like. Such an answer counts as unanswered.
func SaysNothing(s string) bool {
	s = trimQuotes(s)
	if len(s) > maxMarker {
		return false // longer than any filler: an answer of some kind
	}
	var buf [maxMarker]byte
	t := bytes.TrimRight(fold(buf[:0], s), ".!;: …") // bytes: no string made
	for _, w := range fillerWords {
		if string(t) == w {
			return true
		}
	}
	return false
}

// fold appends to dst, up to its capacity, the start of s in lower case
// with every run of white space as one space, and returns it. It
// allocates nothing while dst has room: a marker is short, and only the
// start of an answer can be one.
func fold(dst []byte, s string) []byte {
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = len(dst) > 0
			continue
		}
		if space {
			if len(dst) == cap(dst) {
				break
			}
			dst = append(dst, ' ')
			space = false
		}
		r = unicode.ToLower(r)
		if len(dst)+utf8.RuneLen(r) > cap(dst) {
			break
		}
		dst = utf8.AppendRune(dst, r)
	}
	return dst
}

// maxMarker bounds the bytes IsNotRelevant and SaysNothing look at: the
// longest word in their lists, with room for doubled spaces and quotation
// marks. Checking an answer costs the same however long it is.
const maxMarker = 64

// trimQuotes returns s without the quoteMarks at its ends: what
// strings.Trim(s, quoteMarks) returns, without looking each rune up in
// the list (issue 14: every section of every document is asked).
func trimQuotes(s string) string { return strings.TrimFunc(s, isQuoteMark) }

// isQuoteMark reports whether r is one of quoteMarks.
func isQuoteMark(r rune) bool {
	switch r {
	case '«', '»', '"', '\'', '“', '”', '„', '‘', '’', ' ', '\t', '\r', '\n', '\u00a0':
		return true
	}
	return false
}

// quoteMarks are the guillemets and quotation marks people put around a
// short answer, and white space.
const quoteMarks = "«»\"'“”„‘’ \t\r\n\u00a0"
