// Package quote writes a Go string as a JSON string exactly as
// encoding/json writes it, for the one-pass writers of the stored form
// (issue 14: encoding/json scans and copies again the output of every
// MarshalJSON method, which for a large project cost as much as writing
// it). It differs from encoding/json in one way only: a string that is
// not valid UTF-8, which encoding/json writes with \ufffd in place of each
// bad byte, is refused, so that the caller can report it at its path
// rather than store the text changed.
package quote

import "unicode/utf8"

// hex is encoding/json's digit set for \u00xx escapes: lower case.
const hex = "0123456789abcdef"

// safe[c] reports whether ASCII byte c is written as it is with HTML
// escaping on; '<', '>' and '&' are safe without it (see plain).
var safe = func() (t [utf8.RuneSelf]bool) {
	for c := ' '; c < utf8.RuneSelf; c++ {
		t[c] = c != '"' && c != '\\' && c != '<' && c != '>' && c != '&'
	}
	return t
}()

// Append appends s to b as a JSON string the way encoding/json writes a
// string field: '"' and '\' escaped with a backslash; U+0008, U+0009,
// U+000A, U+000C and U+000D as \b \t \n \f \r; the other control
// characters as \u00xx in lower-case hexadecimal; U+2028 and U+2029 as
// \u2028 and \u2029; and, when escapeHTML is set (as json.Marshal has
// it), '<', '>' and '&' as \u003c, \u003e and \u0026. Everything else is
// copied as its UTF-8 bytes. It returns false, and b as it was, when s is
// not valid UTF-8.
func Append(b []byte, s string, escapeHTML bool) ([]byte, bool) {
	n := len(b)
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if safe[c] || !escapeHTML && (c == '<' || c == '>' || c == '&') {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '\\', '"':
				b = append(b, '\\', c)
			case '\b':
				b = append(b, '\\', 'b')
			case '\f':
				b = append(b, '\\', 'f')
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default: // the other control characters, and '<', '>', '&'
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			return b[:n], false
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xF])
			start = i + size
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"'), true
}
