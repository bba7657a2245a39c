// Package canon writes JSON in the canonical form of RFC 8785, the JSON
// Canonicalization Scheme (JCS), so that a hash over it can be computed
// again by a program in any language from the stored JSON alone:
//
//   - no white space between tokens;
//   - object members sorted by their names, compared as arrays of UTF-16
//     code units (RFC 8785 §3.2.3); a name may occur once per object;
//   - strings as ECMAScript's JSON.stringify writes them (RFC 8785 §3.2.2.2):
//     '"' and '\' escaped with a backslash, U+0008, U+0009, U+000A, U+000C
//     and U+000D as \b \t \n \f \r, the other control characters below
//     U+0020 as \u00xx in lower-case hexadecimal, everything else as its
//     UTF-8 bytes (U+2028, U+2029, '<', '>' and '&' included);
//   - literals null, true and false as they are;
//   - numbers as ECMAScript's Number.prototype.toString writes the IEEE 754
//     double they denote (RFC 8785 §3.2.2.3): 4.50 as 4.5, 2e-3 as 0.002,
//     -0 as 0.
//
// Scope. JCS reads every number as an IEEE 754 double, so a number that a
// double does not hold exactly would be rounded: two different values could
// have one canonical form, and a hash over it could not tell them apart.
// This package refuses such numbers with ErrNumber instead of rounding: a
// number is accepted when the shortest decimal that identifies its double
// has the value the input wrote (any decimal of at most 15 significant
// digits does), and, if its value is an integer, when its magnitude is at
// most 2^53 (RFC 7493 §2.2: beyond it not every integer is a double). The
// module's stored data has integers of that size and fixed-point decimals
// such as benefit.Money's 1234.5; a sum of money beyond 15 significant
// digits is refused, not rounded.
//
// Transform and Marshal read JSON text; an Encoder writes the same form
// straight from the Go values the module stores, without writing their
// JSON first.
//
// Input must be well-formed JSON (RFC 8259) in valid UTF-8; invalid UTF-8,
// an escape of a lone surrogate, a duplicate member name, nesting deeper
// than MaxDepth and trailing data are refused. Errors are *phase.PathError
// for the operation "canonicalize", naming the JSON path of the value.
package canon

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser/phase"
)

// MaxDepth is how deeply arrays and objects may nest.
const MaxDepth = 1000

var (
	// ErrSyntax reports input that is not well-formed JSON in UTF-8, or
	// that escapes a lone surrogate.
	ErrSyntax = errors.New("veiviser: malformed JSON")
	// ErrNumber reports a number that an IEEE 754 double does not hold
	// exactly, or an integer beyond ±2^53 (see the package doc).
	ErrNumber = errors.New("veiviser: number not held exactly by an IEEE 754 double")
	// ErrDuplicateKey reports a member name used twice in one object.
	ErrDuplicateKey = errors.New("veiviser: duplicate member name")
	// ErrTooDeep reports nesting deeper than MaxDepth.
	ErrTooDeep = errors.New("veiviser: JSON nested too deeply")
)

// Marshal encodes v with encoding/json and returns its canonical form.
func Marshal(v any) ([]byte, error) {
	b, err := json.Marshal(v)
	if err != nil {
		return nil, &phase.PathError{Op: "canonicalize", Err: err}
	}
	return Transform(b)
}

// Transform returns the canonical form of the JSON text data.
func Transform(data []byte) ([]byte, error) {
	if !utf8.Valid(data) {
		return nil, &phase.PathError{Op: "canonicalize", Err: fmt.Errorf("%w: invalid UTF-8", ErrSyntax)}
	}
	p := &parser{in: data}
	p.space()
	out, err := p.value(nil, 0)
	if err == nil {
		p.space()
		if p.i < len(p.in) {
			err = p.fail(fmt.Errorf("%w: data after the value at byte %d", ErrSyntax, p.i))
		}
	}
	if err != nil {
		return nil, err
	}
	return out, nil
}

// parser reads JSON from in, from byte i; path holds the names and indexes
// that lead to the value being read, for errors.
type parser struct {
	in   []byte
	i    int
	path []step // member names and indexes, for errors
	// members is a stack of the members of the objects being read, each
	// object's above those of the objects it is inside; values is the
	// scratch copy of one object's values while they are reordered. Both
	// are reused from object to object, so that canonicalizing allocates
	// little more than its output.
	members []member
	values  []byte
}

// step is one step of a JSON path: a member name or, when index is not
// negative, an array index.
type step struct {
	name  []byte
	index int
}

func (p *parser) fail(err error) error {
	var b strings.Builder
	for _, s := range p.path {
		if s.index >= 0 {
			b.WriteString("[" + strconv.Itoa(s.index) + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.Write(s.name)
	}
	return &phase.PathError{Op: "canonicalize", Path: b.String(), Err: err}
}

func (p *parser) syntax(what string) error {
	return p.fail(fmt.Errorf("%w: %s at byte %d", ErrSyntax, what, p.i))
}

func (p *parser) space() {
	for p.i < len(p.in) {
		switch p.in[p.i] {
		case ' ', '\t', '\n', '\r':
			p.i++
		default:
			return
		}
	}
}

// value reads one value and appends its canonical form to out.
func (p *parser) value(out []byte, depth int) ([]byte, error) {
	if p.i >= len(p.in) {
		return nil, p.syntax("unexpected end")
	}
	switch c := p.in[p.i]; {
	case c == '{':
		return p.object(out, depth+1)
	case c == '[':
		return p.array(out, depth+1)
	case c == '"':
		s, err := p.string()
		if err != nil {
			return nil, err
		}
		return appendString(out, s), nil
	case c == '-' || c >= '0' && c <= '9':
		return p.number(out)
	}
	for _, lit := range []string{"null", "true", "false"} {
		if strings.HasPrefix(string(p.in[p.i:min(len(p.in), p.i+len(lit))]), lit) {
			p.i += len(lit)
			return append(out, lit...), nil
		}
	}
	return nil, p.syntax("unexpected character")
}

// member is a member of an object being read: its name and where its
// canonical value stands in the output (from, to).
type member struct {
	name     []byte
	from, to int
}

// compareNames orders member names by their UTF-16 code units. Below
// U+10000 that is the order of the code points, which is the order of the
// UTF-8 bytes; only a name with a character beyond it (a 4-byte sequence,
// lead byte 0xF0 or more) needs the UTF-16 form.
func compareNames(a, b []byte) int {
	if !supplementary(a) && !supplementary(b) {
		return bytes.Compare(a, b)
	}
	return slices.Compare(utf16.Encode([]rune(string(a))), utf16.Encode([]rune(string(b))))
}

func supplementary(s []byte) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0xF0 {
			return true
		}
	}
	return false
}

func (p *parser) object(out []byte, depth int) ([]byte, error) {
	if depth > MaxDepth {
		return nil, p.fail(ErrTooDeep)
	}
	p.i++                    // {
	base := len(p.members)   // this object's members are p.members[base:]
	var seen map[string]bool // for large objects; small ones are searched
	p.space()
	if p.i < len(p.in) && p.in[p.i] == '}' {
		p.i++
		return append(out, "{}"...), nil
	}
	// The members are written as they come; sorted stays true while each
	// name follows the one before in canonical order, which also means it
	// repeats none. Only an object out of order is written again.
	start := len(out)
	out = append(out, '{')
	sorted := true
	for {
		p.space()
		if p.i >= len(p.in) || p.in[p.i] != '"' {
			return nil, p.syntax("member name expected")
		}
		name, err := p.string()
		if err != nil {
			return nil, err
		}
		p.space()
		if p.i >= len(p.in) || p.in[p.i] != ':' {
			return nil, p.syntax("':' expected")
		}
		p.i++
		p.space()
		p.path = append(p.path, step{name: name, index: -1})
		if len(p.members) > base {
			out = append(out, ',')
		}
		out = appendString(out, name)
		out = append(out, ':')
		from := len(out)
		if out, err = p.value(out, depth); err != nil {
			return nil, err
		}
		if sorted && len(p.members) > base && compareNames(p.members[len(p.members)-1].name, name) >= 0 {
			sorted = false
		}
		if !sorted && p.duplicate(p.members[base:], &seen, name) {
			return nil, p.fail(fmt.Errorf("%w: %q", ErrDuplicateKey, name))
		}
		p.path = p.path[:len(p.path)-1]
		p.members = append(p.members, member{name, from, len(out)})
		p.space()
		if p.i >= len(p.in) {
			return nil, p.syntax("unexpected end")
		}
		if p.in[p.i] == '}' {
			p.i++
			break
		}
		if p.in[p.i] != ',' {
			return nil, p.syntax("',' or '}' expected")
		}
		p.i++
	}
	ms := p.members[base:]
	if !sorted {
		// Write the members again in the order of their names.
		p.values = append(p.values[:0], out[start:]...)
		out = append(out[:start], '{')
		slices.SortFunc(ms, func(a, b member) int { return compareNames(a.name, b.name) })
		for i, m := range ms {
			if i > 0 {
				out = append(out, ',')
			}
			out = appendString(out, m.name)
			out = append(out, ':')
			out = append(out, p.values[m.from-start:m.to-start]...)
		}
	}
	p.members = p.members[:base] // the names stay until overwritten: clearing costs more than they keep
	return append(out, '}'), nil
}

// duplicate reports whether name is among the members ms read so far, and
// records it: by search up to 16 members, then in *seen, so that an object
// of many members costs linear time.
func (p *parser) duplicate(ms []member, seen *map[string]bool, name []byte) bool {
	const small = 16
	if *seen == nil {
		for _, m := range ms {
			if bytes.Equal(m.name, name) {
				return true
			}
		}
		if len(ms) < small {
			return false
		}
		*seen = make(map[string]bool, 2*small)
		for _, m := range ms {
			(*seen)[string(m.name)] = true
		}
	}
	if (*seen)[string(name)] {
		return true
	}
	(*seen)[string(name)] = true
	return false
}

func (p *parser) array(out []byte, depth int) ([]byte, error) {
	if depth > MaxDepth {
		return nil, p.fail(ErrTooDeep)
	}
	p.i++ // [
	out = append(out, '[')
	p.space()
	if p.i < len(p.in) && p.in[p.i] == ']' {
		p.i++
		return append(out, ']'), nil
	}
	for n := 0; ; n++ {
		if n > 0 {
			out = append(out, ',')
		}
		p.space()
		p.path = append(p.path, step{index: n})
		var err error
		if out, err = p.value(out, depth); err != nil {
			return nil, err
		}
		p.path = p.path[:len(p.path)-1]
		p.space()
		if p.i >= len(p.in) {
			return nil, p.syntax("unexpected end")
		}
		if p.in[p.i] == ']' {
			p.i++
			return append(out, ']'), nil
		}
		if p.in[p.i] != ',' {
			return nil, p.syntax("',' or ']' expected")
		}
		p.i++
	}
}

// string reads a string token and returns its value: a slice of the input
// when the string has no escape.
func (p *parser) string() ([]byte, error) {
	p.i++ // "
	// Most strings have no escape: take them as they stand.
	for j := p.i; j < len(p.in); j++ {
		c := p.in[j]
		if c == '"' {
			s := p.in[p.i:j:j]
			p.i = j + 1
			return s, nil
		}
		if c == '\\' || c < 0x20 {
			break
		}
	}
	var b []byte
	for {
		if p.i >= len(p.in) {
			return nil, p.syntax("unterminated string")
		}
		c := p.in[p.i]
		switch {
		case c == '"':
			p.i++
			return b, nil
		case c < 0x20:
			return nil, p.syntax("control character in string")
		case c != '\\':
			b = append(b, c)
			p.i++
			continue
		}
		if p.i+1 >= len(p.in) {
			return nil, p.syntax("unterminated string")
		}
		e := p.in[p.i+1]
		p.i += 2
		switch e {
		case '"', '\\', '/':
			b = append(b, e)
		case 'b':
			b = append(b, '\b')
		case 'f':
			b = append(b, '\f')
		case 'n':
			b = append(b, '\n')
		case 'r':
			b = append(b, '\r')
		case 't':
			b = append(b, '\t')
		case 'u':
			r, ok := p.hex4()
			if !ok {
				return nil, p.syntax("malformed \\u escape")
			}
			if utf16.IsSurrogate(r) {
				lo, ok := rune(0), false
				if p.i+1 < len(p.in) && p.in[p.i] == '\\' && p.in[p.i+1] == 'u' {
					p.i += 2
					lo, ok = p.hex4()
				}
				r = utf16.DecodeRune(r, lo)
				if !ok || r == utf8.RuneError {
					return nil, p.syntax("escape of a lone surrogate")
				}
			}
			b = utf8.AppendRune(b, r)
		default:
			return nil, p.syntax("unknown escape")
		}
	}
}

func (p *parser) hex4() (rune, bool) {
	if p.i+4 > len(p.in) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(p.in[p.i:p.i+4]), 16, 16)
	if err != nil {
		return 0, false
	}
	p.i += 4
	return rune(n), true
}

// appendString appends s as JCS writes a string.
func appendString(out []byte, s []byte) []byte {
	const hex = "0123456789abcdef"
	out = append(out, '"')
	plain := true
	for i := 0; i < len(s) && plain; i++ {
		plain = s[i] >= 0x20 && s[i] != '"' && s[i] != '\\'
	}
	if plain {
		out = append(out, s...)
		return append(out, '"')
	}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '"' || c == '\\':
			out = append(out, '\\', c)
		case c == '\b':
			out = append(out, '\\', 'b')
		case c == '\t':
			out = append(out, '\\', 't')
		case c == '\n':
			out = append(out, '\\', 'n')
		case c == '\f':
			out = append(out, '\\', 'f')
		case c == '\r':
			out = append(out, '\\', 'r')
		case c < 0x20:
			out = append(out, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
		default:
			out = append(out, c)
		}
	}
	return append(out, '"')
}

// number reads a number token and appends its canonical form.
func (p *parser) number(out []byte) ([]byte, error) {
	start := p.i
	digits := func() int {
		n := 0
		for p.i < len(p.in) && p.in[p.i] >= '0' && p.in[p.i] <= '9' {
			p.i++
			n++
		}
		return n
	}
	if p.in[p.i] == '-' {
		p.i++
	}
	intStart := p.i
	if digits() == 0 {
		return nil, p.syntax("malformed number")
	}
	if p.in[intStart] == '0' && p.i-intStart > 1 {
		return nil, p.syntax("number with a leading zero")
	}
	if p.i < len(p.in) && p.in[p.i] == '.' {
		p.i++
		if digits() == 0 {
			return nil, p.syntax("malformed number")
		}
	}
	if p.i < len(p.in) && (p.in[p.i] == 'e' || p.in[p.i] == 'E') {
		p.i++
		if p.i < len(p.in) && (p.in[p.i] == '+' || p.in[p.i] == '-') {
			p.i++
		}
		if digits() == 0 {
			return nil, p.syntax("malformed number")
		}
	}
	out, err := AppendNumber(out, p.in[start:p.i])
	if err != nil {
		return nil, p.fail(err)
	}
	return out, nil
}

// AppendNumber appends the canonical form of the JSON number literal lit
// to out, or returns the error of Number. lit must be a well-formed JSON
// number.
func AppendNumber(out, lit []byte) ([]byte, error) {
	digits := lit
	if len(digits) > 0 && digits[0] == '-' {
		digits = digits[1:]
	}
	if len(digits) <= 15 && allDigits(digits) {
		// An integer of at most 15 digits is its own canonical form.
		if string(lit) == "-0" {
			return append(out, '0'), nil
		}
		return append(out, lit...), nil
	}
	s, err := Number(string(lit))
	if err != nil {
		return nil, err
	}
	return append(out, s...), nil
}

// allDigits reports whether b holds only the digits 0 to 9.
func allDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// AppendString appends the canonical form of the string s to out, or
// returns an error wrapping ErrSyntax for text that is not valid UTF-8.
func AppendString(out []byte, s string) ([]byte, error) {
	if !utf8.ValidString(s) {
		return nil, fmt.Errorf("%w: invalid UTF-8", ErrSyntax)
	}
	return appendText(out, s), nil
}

// maxInt is the largest integer magnitude accepted: 2^53.
const maxInt = 1 << 53

// Number returns the canonical form of the JSON number literal lit, or
// ErrNumber when a double does not hold its value exactly or it is an
// integer beyond ±2^53 (see the package doc). lit must be a well-formed
// JSON number.
func Number(lit string) (string, error) {
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil || math.IsInf(f, 0) {
		return "", fmt.Errorf("%w: %s", ErrNumber, lit)
	}
	if f == 0 {
		if d, _ := decimal(lit); d != "" { // a tiny value that rounded to zero
			return "", fmt.Errorf("%w: %s", ErrNumber, lit)
		}
		return "0", nil
	}
	short := strconv.FormatFloat(f, 'e', -1, 64)
	d1, e1 := decimal(lit)
	d2, e2 := decimal(short)
	if d1 != d2 || e1 != e2 {
		return "", fmt.Errorf("%w: %s (a double holds %s)", ErrNumber, lit, short)
	}
	if f == math.Trunc(f) && math.Abs(f) > maxInt {
		return "", fmt.Errorf("%w: %s is an integer beyond ±2^53", ErrNumber, lit)
	}
	return es6(f, short), nil
}

// decimal returns the significant digits of the number literal s, without
// sign, leading or trailing zeros, and the exponent e such that |s| is
// digits × 10^e. Zero gives "" and 0. s is a well-formed JSON number or
// what strconv.FormatFloat writes with 'e'.
func decimal(s string) (string, int) {
	s = strings.TrimPrefix(s, "-")
	mant, expo := s, ""
	if k := strings.IndexAny(s, "eE"); k >= 0 {
		mant, expo = s[:k], s[k+1:]
	}
	exp := 0
	if k := strings.IndexByte(mant, '.'); k >= 0 {
		exp -= len(mant) - k - 1
		mant = mant[:k] + mant[k+1:]
	}
	mant = strings.TrimLeft(mant, "0")
	if mant == "" {
		return "", 0
	}
	for mant[len(mant)-1] == '0' {
		mant = mant[:len(mant)-1]
		exp++
	}
	if expo != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(expo, "+"))
		if err != nil { // beyond int, for a value that is not zero: no double holds it
			return "?", 0
		}
		exp += n
	}
	return mant, exp
}

// es6 formats the finite non-zero f as ECMAScript's Number::toString does
// (ECMA-262, 7.1.12.1), from its shortest form short ("d.ddde±x").
func es6(f float64, short string) string {
	var b strings.Builder
	if f < 0 {
		b.WriteByte('-')
		short = short[1:]
	}
	k := strings.IndexByte(short, 'e')
	x, _ := strconv.Atoi(short[k+1:])
	digits := strings.Replace(short[:k], ".", "", 1)
	n := x + 1 // the decimal point stands after n digits
	switch l := len(digits); {
	case l <= n && n <= 21:
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", n-l))
	case 0 < n && n <= 21:
		b.WriteString(digits[:n] + "." + digits[n:])
	case -6 < n && n <= 0:
		b.WriteString("0." + strings.Repeat("0", -n) + digits)
	default:
		b.WriteString(digits[:1])
		if l > 1 {
			b.WriteString("." + digits[1:])
		}
		b.WriteByte('e')
		if n-1 >= 0 {
			b.WriteByte('+')
		}
		b.WriteString(strconv.Itoa(n - 1))
	}
	return b.String()
}
