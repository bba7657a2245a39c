package phase

import (
	"strings"
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
	t := strings.ToLower(strings.Join(strings.Fields(strings.Trim(s, quoteMarks)), " "))
	for _, w := range notRelevantWords {
		if !strings.HasPrefix(t, w) {
			continue
		}
		rest := strings.TrimSpace(strings.TrimLeft(t[len(w):], quoteMarks))
		if rest == "" {
			return true
		}
		r, _ := utf8.DecodeRuneInString(rest)
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
	t := strings.ToLower(strings.Join(strings.Fields(strings.Trim(s, quoteMarks)), " "))
	t = strings.TrimRight(t, ".!;: ")
	t = strings.TrimRight(t, "…")
	for _, w := range fillerWords {
		if t == w {
			return true
		}
	}
	return false
}

// quoteMarks are the guillemets and quotation marks people put around a
// short answer, and white space.
const quoteMarks = "«»\"'“”„‘’ \t\r\n\u00a0"
