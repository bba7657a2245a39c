package phase

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxPlaceholder is the longest text between brackets that can be a
// template field. Digdir's longest, the mandate's decision choice "<Starte
// en konseptfase / ikke starte en konseptfase / øvrige vurderinger må
// gjøres>", is 78 bytes; longer bracketed text is prose.
const maxPlaceholder = 200

// Placeholders returns every template placeholder left in s, in order:
// angle-bracket fields ("<dato>", "<navn>", "<Starte en konseptfase / …>"),
// square-bracket guidance ("[Prosjektnavn]", "[Navn]"), and masked dates such
// as "xx.xx.xx" or "dd.mm.åååå". It returns nil when s has none.
//
// HTML and XML tags pasted with a text ("<p>", "</p>", "<br/>", "<o:p>",
// "<a href=…>") are markup, not placeholders.
//
// The scan is linear in len(s) whatever the text: a bracket looks at most
// maxPlaceholder bytes ahead for its closer, and a masked date is tried
// only where a word starts.
func Placeholders(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		switch c := s[i]; {
		case c == '<' || c == '[':
			if n := bracketedAt(s[i:]); n > 0 {
				out = append(out, s[i:i+n])
				i += n
				continue
			}
		case maskStart(c) && (i == 0 || !isWordByte(s[i-1])):
			if n := maskedDateAt(s[i:]); n > 0 {
				out = append(out, s[i:i+n])
				i += n
				continue
			}
		}
		if c := s[i]; c < utf8.RuneSelf {
			i++
		} else {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
		}
	}
	return out
}

// maskStart reports whether a masked date can start with byte c: one of
// "xXdDmMyY", or the first byte of "å" or "Å".
func maskStart(c byte) bool {
	switch c {
	case 'x', 'X', 'd', 'D', 'm', 'M', 'y', 'Y', 0xC3:
		return true
	}
	return false
}

// IsPlaceholder reports whether s, trimmed, is nothing but one placeholder.
func IsPlaceholder(s string) bool {
	t := strings.TrimSpace(s)
	p := Placeholders(t)
	return len(p) == 1 && p[0] == t
}

// bracketedAt returns the length of the placeholder in brackets that s
// starts with ('<' or '['), or 0. The closer must come within
// maxPlaceholder bytes, before any other bracket or a line break.
func bracketedAt(s string) int {
	closer := byte('>')
	if s[0] == '[' {
		closer = ']'
	}
	window := s[1:min(len(s), maxPlaceholder+2)]
	j := 0
	for j < len(window) && !stopsBracket(window[j]) {
		j++
	}
	if j == len(window) || window[j] != closer {
		return 0
	}
	body := window[:j]
	if !isPlaceholderBody(body) || closer == '>' && isMarkup(body) {
		return 0
	}
	return j + 2
}

// stopsBracket reports whether c ends the search for a bracket's closer:
// a bracket of either kind or a line break.
func stopsBracket(c byte) bool {
	return c == '<' || c == '>' || c == '[' || c == ']' || c == '\n'
}

// isPlaceholderBody reports whether the text between brackets looks like a
// template field: some letters, no white space at either end, not a URL or
// an e-mail address.
func isPlaceholderBody(s string) bool {
	if s == "" || s != strings.TrimSpace(s) || strings.ContainsRune(s, '@') || strings.Contains(s, "://") {
		return false
	}
	return strings.IndexFunc(s, unicode.IsLetter) >= 0
}

// isMarkup reports whether the text between '<' and '>' is an HTML or XML
// tag rather than a template field: a closing tag ("/p"), an empty-element
// tag ("br/"), a tag with attributes (`a href="…"`), a namespaced name
// ("o:p", "w:t"), or the name of an HTML element ("p", "br", "li", …).
// Digdir's fields ("dato", "navn", "prosjektnavn") are none of these.
func isMarkup(body string) bool {
	if strings.HasPrefix(body, "/") || strings.HasSuffix(body, "/") || strings.HasPrefix(body, "!") || strings.HasPrefix(body, "?") || strings.Contains(body, "=") {
		return true
	}
	name := body
	if k := strings.IndexFunc(body, unicode.IsSpace); k >= 0 {
		name = body[:k]
	}
	if strings.Contains(name, ":") {
		return true
	}
	return htmlElements[strings.ToLower(name)]
}

// htmlElements are the HTML elements people paste from web pages, e-mail
// and Word's HTML export.
var htmlElements = map[string]bool{
	"a": true, "abbr": true, "b": true, "blockquote": true, "body": true, "br": true, "caption": true,
	"code": true, "col": true, "colgroup": true, "dd": true, "del": true, "div": true, "dl": true,
	"dt": true, "em": true, "font": true, "h1": true, "h2": true, "h3": true, "h4": true, "h5": true,
	"h6": true, "head": true, "hr": true, "html": true, "i": true, "img": true, "ins": true,
	"li": true, "link": true, "meta": true, "ol": true, "p": true, "pre": true, "s": true,
	"small": true, "span": true, "strike": true, "strong": true, "style": true, "sub": true,
	"sup": true, "table": true, "tbody": true, "td": true, "tfoot": true, "th": true,
	"thead": true, "title": true, "tr": true, "u": true, "ul": true,
}

// maskedDateAt returns the length of a masked date ("xx.xx.xx",
// "xx.xx.xxxx", "dd.mm.åååå", "dd.mm.yyyy") at the start of s, or 0. It
// reads no further than the end of the third group, so trying it at every
// word start of a text reads each byte a bounded number of times.
func maskedDateAt(s string) int {
	groups, n, i := 0, 0, 0
	for i < len(s) {
		switch c := s[i]; {
		case c == 'x' || c == 'X' || c == 'd' || c == 'D' || c == 'm' || c == 'M' || c == 'y' || c == 'Y':
			n++
			i++
		case c == 0xC3 && i+1 < len(s) && (s[i+1] == 0xA5 || s[i+1] == 0x85): // å, Å
			n++
			i += 2
		case c == '.' && n > 0 && groups < 2:
			groups++
			n = 0
			i++
		default:
			return masked(groups, n, i)
		}
	}
	return masked(groups, n, i)
}

// masked returns the length i of a masked date that has three groups, the
// last at least two letters long, or 0.
func masked(groups, n, i int) int {
	if groups == 2 && n >= 2 {
		return i
	}
	return 0
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
