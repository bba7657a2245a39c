package product

import (
	"strings"
	"unicode"

	"github.com/digitale-helgeland/veiviser/phase"
)

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

// placeholders returns phase.Placeholders(s), skipping the scan for text
// that cannot hold a placeholder: one with no '<' or '[' and no full stop
// followed by a letter that masks a date ("xx.xx.xx", "dd.mm.åååå").
// FuzzPlaceholderFilter keeps the two in step.
func placeholders(s string) []string {
	if strings.IndexByte(s, '<') < 0 && strings.IndexByte(s, '[') < 0 && !maskedDateHint(s) {
		return nil
	}
	return phase.Placeholders(s)
}

// maskedDateHint reports whether s has a full stop followed by a letter
// that a masked date uses (x, d, m, y, å, in either case).
func maskedDateHint(s string) bool {
	for i := strings.IndexByte(s, '.'); i >= 0 && i+1 < len(s); {
		switch s[i+1] {
		case 'x', 'X', 'd', 'D', 'm', 'M', 'y', 'Y':
			return true
		case 0xC3: // å is C3 A5, Å is C3 85
			if i+2 < len(s) && (s[i+2] == 0xA5 || s[i+2] == 0x85) {
				return true
			}
		}
		j := strings.IndexByte(s[i+1:], '.')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}
