package veiviser

import (
	"strings"
	"unicode"
)

// IsNotRelevant reports whether s explicitly marks a template section as
// not applying to the project, as the templates ask: «Ikke relevant» in
// bokmål or «Ikkje relevant» in nynorsk, in any case, with or without
// guillemets or quotation marks, optionally followed by a reason after
// punctuation ("Ikke relevant: ingen anskaffelser").
func IsNotRelevant(s string) bool {
	t := strings.TrimSpace(s)
	t = strings.TrimLeft(t, "«\"'“”„")
	lower := strings.ToLower(t)
	for _, marker := range []string{"ikke relevant", "ikkje relevant"} {
		if !strings.HasPrefix(lower, marker) {
			continue
		}
		rest := strings.TrimLeft(lower[len(marker):], "»\"'“”")
		rest = strings.TrimSpace(rest)
		if rest == "" {
			return true
		}
		r := []rune(rest)[0]
		return strings.ContainsRune(".,:;–—-(", r)
	}
	return false
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// normalize lowers s and reduces every run of characters that are not
// letters or digits to one space, so that copied text is found despite
// changed line breaks, punctuation or case.
func normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := true
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(unicode.ToLower(r))
			space = false
			continue
		}
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	return strings.TrimSpace(b.String())
}

// lower returns s with its first letter in lower case ("Effektmål" gives
// "effektmål").
func lower(s string) string {
	for i, r := range s {
		return string(unicode.ToLower(r)) + s[i+len(string(r)):]
	}
	return s
}
