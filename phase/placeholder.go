package phase

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Placeholders returns every template placeholder left in s, in order:
// angle-bracket fields ("<dato>", "<navn>", "<Starte en konseptfase / …>"),
// square-bracket guidance ("[Prosjektnavn]", "[Navn]"), and masked dates such
// as "xx.xx.xx" or "dd.mm.åååå". It returns nil when s has none.
func Placeholders(s string) []string {
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
				if isPlaceholderBody(inner) {
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

// IsPlaceholder reports whether s, trimmed, is nothing but one placeholder.
func IsPlaceholder(s string) bool {
	t := strings.TrimSpace(s)
	p := Placeholders(t)
	return len(p) == 1 && p[0] == t
}

// isPlaceholderBody reports whether the text between brackets looks like a
// template field: some letters, no white space at either end, not too long,
// not a URL or an e-mail address.
func isPlaceholderBody(s string) bool {
	if s == "" || len(s) > 200 || s != strings.TrimSpace(s) || strings.ContainsAny(s, "<>[]\n@") || strings.Contains(s, "://") {
		return false
	}
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// maskedDateAt returns the length of a masked date ("xx.xx.xx",
// "xx.xx.xxxx", "dd.mm.åååå", "dd.mm.yyyy") at the start of s, or 0.
func maskedDateAt(s string) int {
	groups, n, i := 0, 0, 0
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case strings.ContainsRune("xXdDmMyYåÅ", r):
			n++
		case r == '.' && n > 0 && groups < 2:
			groups++
			n = 0
		default:
			goto done
		}
		i += size
	}
done:
	if groups == 2 && n >= 2 {
		return i
	}
	return 0
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
