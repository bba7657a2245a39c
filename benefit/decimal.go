package benefit

import (
	"fmt"
	"math"
	"math/bits"
	"strconv"
	"strings"
)

// This file holds the fixed-point machinery shared by Money, Quantity,
// Effort, Progress and Rate: each is an int64 counting a fixed fraction of
// its unit (scale decimal digits). Nothing here uses floating point.
//
// The ranges of the signed types are symmetric about zero: Money, Effort
// and Progress run from −math.MaxInt64 to math.MaxInt64, Quantity from
// −MaxQuantity to MaxQuantity, so that the negation and the absolute value
// of a value in range are in range too. math.MinInt64, whose negation
// wraps round to itself, is out of range: parsers and decoders refuse it,
// encoders refuse to write it (all with ErrOverflow), and no constructor
// and no saturating sum produces it. Rate runs from 0 to MaxRate. A value
// in range survives String and the parser, and JSON, exactly; a value out
// of range is refused by every one of them alike.

// pow10 holds 10^0 … 10^19.
var pow10 = [...]uint64{
	1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10,
	1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19,
}

// maxWhole is the largest whole number of units that a value counted in
// hundredths (Money, Effort) holds.
const maxWhole = math.MaxInt64 / 100

// whole returns n whole units counted in 1/scale, and true, when |n| is at
// most limit; otherwise limit whole units with the sign of n, and false.
// It is how the constructors Kroner, Units and Arsverk avoid wrapping round.
func whole(n, limit, scale int64) (int64, bool) {
	switch {
	case n > limit:
		return limit * scale, false
	case n < -limit:
		return -limit * scale, false
	}
	return n * scale, true
}

// magnitude returns |v| without overflowing for math.MinInt64.
func magnitude(v int64) uint64 {
	if v < 0 {
		return uint64(-(v + 1)) + 1
	}
	return uint64(v)
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// readDigits returns the index of the first non-digit at or after i.
func readDigits(s string, i int) int {
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i
}

// appendGrouped appends u in decimal with sep between groups of three digits.
func appendGrouped(dst []byte, u uint64, sep string) []byte {
	if sep == "" {
		return strconv.AppendUint(dst, u, 10)
	}
	var buf [20]byte
	i := len(buf)
	for {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	digits := buf[i:]
	for j, d := range digits {
		if j > 0 && (len(digits)-j)%3 == 0 {
			dst = append(dst, sep...)
		}
		dst = append(dst, d)
	}
	return dst
}

// appendFixed appends v/10^scale the Norwegian way: digit groups separated
// by sep, a decimal comma, and the fraction trimmed of trailing zeros but
// kept to at least minFrac digits when it is not zero.
func appendFixed(dst []byte, v int64, scale int, sep string, minFrac int) []byte {
	if v < 0 {
		dst = append(dst, '-')
	}
	u := magnitude(v)
	p := pow10[scale]
	dst = appendGrouped(dst, u/p, sep)
	return appendFraction(dst, u%p, scale, minFrac, ',')
}

// appendFraction appends the fraction f (of scale digits) after point,
// trimmed of trailing zeros down to minFrac digits; nothing when f is 0.
func appendFraction(dst []byte, f uint64, scale, minFrac int, point byte) []byte {
	if f == 0 || scale == 0 {
		return dst
	}
	var buf [19]byte
	for i := scale - 1; i >= 0; i-- {
		buf[i] = byte('0' + f%10)
		f /= 10
	}
	n := scale
	for n > minFrac && buf[n-1] == '0' {
		n--
	}
	dst = append(dst, point)
	return append(dst, buf[:n]...)
}

// maxLiteral is the longest literal appendLiteral writes: a sign, 19
// digits and a decimal point; MarshalJSON methods allocate it at once.
const maxLiteral = 21

// appendLiteral appends v/10^scale as a JSON number: "-1234.5", no
// grouping, a decimal point, no trailing zeros.
func appendLiteral(dst []byte, v int64, scale int) []byte {
	if v < 0 {
		dst = append(dst, '-')
	}
	u := magnitude(v)
	p := pow10[scale]
	dst = appendGrouped(dst, u/p, "")
	return appendFraction(dst, u%p, scale, 0, '.')
}

// value returns the unsigned integer whose decimal digits are ds, times
// 10^e. It fails with a reason when the result would need digits below
// the unit (e < 0 with non-zero digits there) or does not fit in 63 bits.
func value(ds string, e int) (u uint64, why string, overflow bool) {
	ds = strings.TrimLeft(ds, "0")
	for e < 0 && len(ds) > 0 && ds[len(ds)-1] == '0' {
		ds = ds[:len(ds)-1]
		e++
	}
	if ds == "" {
		return 0, "", false
	}
	if e < 0 {
		return 0, "too many decimals", false
	}
	if len(ds) > 19 || e > 19 {
		return 0, "too large", true
	}
	for i := 0; i < len(ds); i++ {
		u = u*10 + uint64(ds[i]-'0')
	}
	hi, lo := bits.Mul64(u, pow10[e])
	if hi != 0 || lo > math.MaxInt64 {
		return 0, "too large", true
	}
	return lo, "", false
}

// parseLiteral reads a JSON number exactly as a count of 10^-scale units.
func parseLiteral(s string, scale int) (v int64, why string, overflow bool) {
	neg := false
	if strings.HasPrefix(s, "-") {
		neg, s = true, s[1:]
	}
	i := readDigits(s, 0)
	if i == 0 {
		return 0, "not a number", false
	}
	ip, fp := s[:i], ""
	if i < len(s) && s[i] == '.' {
		j := readDigits(s, i+1)
		if j == i+1 {
			return 0, "not a number", false
		}
		fp, i = s[i+1:j], j
	}
	exp := 0
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		i++
		eneg := false
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			eneg = s[i] == '-'
			i++
		}
		j := readDigits(s, i)
		if j == i {
			return 0, "not a number", false
		}
		for ; i < j; i++ {
			if exp < 100000 {
				exp = exp*10 + int(s[i]-'0')
			}
		}
		if eneg {
			exp = -exp
		}
	}
	if i != len(s) {
		return 0, "not a number", false
	}
	u, why, overflow := value(ip+fp, exp+scale-len(fp))
	if why != "" {
		return 0, why, overflow
	}
	if neg {
		return -int64(u), "", false
	}
	return int64(u), "", false
}

// normalise prepares text as people write numbers for scanning: it trims
// it, turns every kind of space into ' ', the minus sign and the en dash
// into '-', and folds case.
func normalise(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u00a0', '\u2007', '\u2009', '\u202f', '\t':
			return ' '
		case '\u2212', '\u2013':
			return '-'
		}
		return r
	}, s)
	return strings.ToLower(strings.TrimSpace(s))
}

// cutSign removes a leading '-' or '+' (and spaces after it).
func cutSign(s string) (rest string, neg bool) {
	if s != "" && (s[0] == '-' || s[0] == '+') {
		return strings.TrimLeft(s[1:], " "), s[0] == '-'
	}
	return s, false
}

// scanNumber reads a number at the start of s as Norwegian texts write it
// and returns its integer digits, its fraction digits and the text after it.
//
// The decimal separator is the comma. Thousands are grouped by spaces or by
// dots. A dot is a thousands separator when every group after it has three
// digits and the first group at most three ("1.500" is 1500, "1.234.567,50"
// is 1234567.50); otherwise a single dot is a decimal point ("1.5",
// "1234.567"). ",-" after a number means no decimals ("1 234,-").
func scanNumber(s string) (ip, fp, rest, why string) {
	i := readDigits(s, 0)
	if i == 0 {
		return "", "", s, "no number"
	}
	first := i
	var digits []byte
	digits = append(digits, s[:i]...)
	spaced, comma := false, false
	var dots []int
loop:
	for i < len(s) {
		switch c := s[i]; {
		case c == ' ' && len(dots) == 0:
			j := readDigits(s, i+1)
			if j-(i+1) != 3 {
				break loop
			}
			digits = append(digits, s[i+1:j]...)
			spaced, i = true, j
		case c == '.' && !spaced:
			j := readDigits(s, i+1)
			if j == i+1 {
				break loop // "5 mill." or "kr." follow; not part of the number
			}
			digits = append(digits, s[i+1:j]...)
			dots = append(dots, j-(i+1))
			i = j
		case c == ',':
			comma = true
			j := readDigits(s, i+1)
			switch {
			case j > i+1:
				fp, i = s[i+1:j], j
			case strings.HasPrefix(s[i+1:], "-"):
				i += 2
			default:
				return "", "", s, "a comma must be followed by decimals"
			}
			break loop
		default:
			break loop
		}
	}
	if spaced && first > 3 {
		return "", "", s, "malformed digit groups"
	}
	if len(dots) > 0 {
		three := true
		for _, n := range dots {
			three = three && n == 3
		}
		switch {
		case three && first <= 3:
			// thousands separators
		case comma:
			return "", "", s, "dots and a decimal comma do not fit together"
		case len(dots) == 1:
			n := dots[0]
			fp = string(digits[len(digits)-n:])
			digits = digits[:len(digits)-n]
		default:
			return "", "", s, "malformed digit groups"
		}
	}
	if i < len(s) && isDigit(s[i]) {
		return "", "", s, "malformed digit groups"
	}
	return string(digits), fp, s[i:], ""
}

// satAdd returns a+b, saturated at ±math.MaxInt64 instead of wrapping: a
// sum of amounts or efforts stays in their symmetric range, never
// math.MinInt64, which is out of it.
func satAdd(a, b int64) int64 {
	s := a + b
	switch {
	case a > 0 && b > 0 && s < 0:
		return math.MaxInt64
	case a < 0 && b < 0 && s >= 0, s == math.MinInt64:
		return -math.MaxInt64
	}
	return s
}

// beyondRange returns the error that encoders give for a value out of
// range: it wraps ErrOverflow and names the type and the value.
func beyondRange(typ string, v fmt.Stringer) error {
	return fmt.Errorf("%w: %s is beyond the range of %s", ErrOverflow, v, typ)
}
