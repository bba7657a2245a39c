package benefit

import (
	"fmt"
	"math"
	"strings"
)

// Money is an amount in Norwegian kroner, counted in øre (1 krone = 100 øre)
// as an int64, so sums are exact and no floating point is ever involved. The
// range is −MaxMoney … MaxMoney, about ±92 billion billion kroner; the zero
// value is 0 kr. The range is symmetric, so the negation and the absolute
// value of an amount in range are in range: Money(math.MinInt64), one øre
// below −MaxMoney, is out of range. ParseMoney and UnmarshalJSON refuse it,
// MarshalJSON refuses to write it, all with ErrOverflow; Kroner and
// CheckedKroner never make it, and sums saturate at ±MaxMoney instead.
// String still shows it as it is.
//
// Money is written the Norwegian way, "1 234 567 kr" and "1 234,50 kr" (see
// String and NoBreak), read from how people write amounts by ParseMoney,
// and stored in JSON as a number of kroner with at most two decimals
// (1234567.5), which every JSON reader gets exactly.
//
// The Norwegian way follows the Language Council (Språkrådet): digit
// groups of three with spaces and never dots ("Store tall ordner vi i
// grupper på tre og tre siffer. Det skal ikke være punktum noe sted",
// sprakradet.no, "Tall"), a decimal comma, and the amount before "kr"
// ("skriv gjerne på den enklaste og mest naturlege måten, altså 500 kr",
// sprakradet.no, "Kronebeløp: rekkjefølgje, komma og strek").
type Money int64

// MaxMoney is the largest amount, 92 233 720 368 547 758,07 kr;
// −MaxMoney is the smallest.
const MaxMoney Money = math.MaxInt64

// Kroner returns kr whole kroner as Money. It is meant for amounts written
// in code, such as Kroner(4_000_000). It never wraps round: an amount
// beyond Money's range (±92 233 720 368 547 758 kr) saturates at the
// largest whole amount of the same sign, so the sign is always right. Use
// CheckedKroner for amounts computed or read at run time.
func Kroner(kr int64) Money {
	v, _ := whole(kr, maxWhole, 100)
	return Money(v)
}

// CheckedKroner returns kr whole kroner as Money, or an error wrapping
// ErrOverflow when kr is beyond Money's range.
func CheckedKroner(kr int64) (Money, error) {
	v, ok := whole(kr, maxWhole, 100)
	if !ok {
		return 0, fmt.Errorf("%w: %d kroner is beyond the range of Money", ErrOverflow, kr)
	}
	return Money(v), nil
}

// Kroner returns the whole kroner of m, truncated toward zero.
func (m Money) Kroner() int64 { return int64(m) / 100 }

// Ore returns the øre part of m (-99 … 99, with the sign of m).
func (m Money) Ore() int64 { return int64(m) % 100 }

// String returns m in Norwegian style with ordinary spaces: "1 234 567 kr",
// "1 234,50 kr", "-500 kr". Øre are shown only when m has them, always
// with two digits. ParseMoney reads it back exactly.
func (m Money) String() string { return m.format(" ") }

// NoBreak is String with no-break spaces (U+00A0) between digit groups and
// before "kr", so that an amount is never broken across lines in a
// document. This is proofreaders' practice ("Husk å bruke hardt
// mellomrom!", korrekturavdelingen.no, "Tall og siffer: gruppering av
// tall"), not a rule of Språkrådet's that this package has found.
// ParseMoney reads it back exactly.
func (m Money) NoBreak() string { return m.format("\u00a0") }

func (m Money) format(sep string) string {
	var buf [40]byte
	b := appendFixed(buf[:0], int64(m), 2, sep, 2)
	b = append(b, sep...)
	b = append(b, "kr"...)
	return string(b)
}

// Short returns m rounded to one decimal of a million or a billion,
// as budgets and reports write large amounts: "68 mill. kr",
// "1,5 mill. kr", "1,2 mrd. kr". The abbreviation "mill." is Difi's
// ("over 10 mill. kroner", seed 003); "mrd." is its counterpart for
// milliarder, and one decimal is this package's choice. Amounts under a
// million are given as String gives them. ParseMoney reads the result, as
// a rounded amount.
func (m Money) Short() string {
	u := magnitude(int64(m))
	var unit string
	var div uint64
	switch {
	case u >= 1e11: // 1 billion kroner in øre
		unit, div = " mrd. kr", 1e10 // tenths of a billion
	case u >= 1e8: // 1 million kroner in øre
		unit, div = " mill. kr", 1e7 // tenths of a million
	default:
		return m.String()
	}
	tenths := (u + div/2) / div // round half away from zero
	var buf [40]byte
	b := buf[:0]
	if m < 0 {
		b = append(b, '-')
	}
	b = appendGrouped(b, tenths/10, " ")
	if tenths%10 != 0 {
		b = append(b, ',', byte('0'+tenths%10))
	}
	return string(append(b, unit...))
}

// MarshalJSON encodes m as a JSON number of kroner: 1234.5 for 1 234,50 kr.
// An amount below −MaxMoney is an error wrapping ErrOverflow, rather than
// a number that UnmarshalJSON would refuse.
func (m Money) MarshalJSON() ([]byte, error) {
	return m.appendJSON(make([]byte, 0, maxLiteral))
}

// appendJSON appends what MarshalJSON returns to b, for Plan.AppendJSON.
func (m Money) appendJSON(b []byte) ([]byte, error) {
	if m < -MaxMoney {
		return nil, beyondRange("Money", m)
	}
	return appendLiteral(b, int64(m), 2), nil
}

// UnmarshalJSON decodes a JSON number of kroner with at most two decimals,
// or a JSON string that ParseMoney reads ("4 MNOK"). More decimals than øre
// are errors wrapping ErrInvalidAmount, amounts beyond ±MaxMoney errors
// wrapping ErrOverflow, never rounded. On error m is unchanged.
func (m *Money) UnmarshalJSON(b []byte) error {
	if string(b) == "null" {
		return nil // as encoding/json does for values
	}
	s := string(b)
	if strings.HasPrefix(s, `"`) {
		t, err := unquote(b)
		if err != nil {
			return &ParseError{Kind: "money", Input: s, Reason: "malformed JSON string", Err: ErrInvalidAmount}
		}
		v, err := ParseMoney(t)
		if err != nil {
			return err
		}
		*m = v
		return nil
	}
	v, why, overflow := parseLiteral(s, 2)
	if why != "" {
		return parseErr("money", s, why, overflow, ErrInvalidAmount)
	}
	*m = Money(v)
	return nil
}

func parseErr(kind, input, why string, overflow bool, err error) error {
	if overflow {
		err = ErrOverflow
	}
	return &ParseError{Kind: kind, Input: input, Reason: why, Err: err}
}

// multipliers are the words for thousands, millions and billions in amounts,
// as powers of ten; a true second value means the word names the currency
// too ("MNOK").
var multipliers = map[string]struct {
	exp      int
	currency bool
}{
	"tusen": {3, false}, "k": {3, false}, "tnok": {3, true}, "knok": {3, true}, "tkr": {3, true},
	"mill": {6, false}, "mill.": {6, false}, "mil.": {6, false}, "million": {6, false}, "millioner": {6, false},
	"mln": {6, false}, "mln.": {6, false}, "mnok": {6, true}, "mkr": {6, true},
	"mrd": {9, false}, "mrd.": {9, false}, "milliard": {9, false}, "milliarder": {9, false},
	"mrdnok": {9, true}, "mrd.kr": {9, true},
}

// currencies are the words that name kroner.
var currencies = map[string]bool{"kr": true, "kr.": true, "kroner": true, "krone": true, "nok": true}

// ParseMoney reads an amount as people write it in Norwegian documents:
//
//	"1 234 567 kr", "1 234,50 kr", "1.234.567,50", "kr 1 234,-", "NOK 500",
//	"4 millioner", "4 mill.", "5 mill. kr", "1,5 mill.", "4 MNOK", "68 MNOK",
//	"250 tusen", "12 TNOK", "1,2 mrd. kroner", "-500 kr", "−500 kr"
//
// The comma is the decimal separator; digit groups may be separated by
// spaces (also no-break and thin spaces) or by dots (see scanNumber's rules:
// "1.500" is one thousand five hundred, "1.5" is one and a half, as in
// Difi's "fra 2 millioner til 1.2 milliarder", seed 003). ",-" stands for
// no øre ("Streken står for 00 øre", sprakradet.no, "Kronebeløp:
// rekkjefølgje, komma og strek"). Words are matched without regard to case. The amount must be exact to the øre:
// "1,234 kr" and "1,2345678 mill." with øre fractions are errors, never
// rounded. Errors are *ParseError wrapping ErrInvalidAmount, or ErrOverflow
// for amounts beyond ±MaxMoney.
func ParseMoney(s string) (Money, error) {
	fail := func(why string) (Money, error) {
		return 0, &ParseError{Kind: "money", Input: s, Reason: why, Err: ErrInvalidAmount}
	}
	t, neg := cutSign(normalise(s))
	prefix := false
	for _, c := range []string{"kr.", "kr", "nok"} {
		if r, ok := strings.CutPrefix(t, c); ok && (r == "" || r[0] == ' ' || isDigit(r[0]) || r[0] == '-' || r[0] == '+') {
			prefix, t = true, strings.TrimLeft(r, " ")
			break
		}
	}
	if prefix {
		var n bool
		if t, n = cutSign(t); n {
			if neg {
				return fail("two signs")
			}
			neg = true
		}
	}
	ip, fp, rest, why := scanNumber(t)
	if why != "" {
		return fail(why)
	}
	exp, hasMult, currency := 0, false, prefix
	for _, w := range strings.Fields(rest) {
		if mu, ok := multipliers[w]; ok {
			if hasMult || (currency && !prefix) {
				return fail("unexpected " + w)
			}
			if mu.currency && currency {
				return fail("the currency is named twice")
			}
			exp, hasMult, currency = mu.exp, true, currency || mu.currency
			continue
		}
		if currencies[w] || w == ",-" {
			if currency {
				return fail("the currency is named twice")
			}
			currency = true
			continue
		}
		return fail("unknown word " + w)
	}
	u, why, overflow := value(ip+fp, exp+2-len(fp))
	if why != "" {
		if why == "too many decimals" {
			why = "more precise than one øre"
		}
		return 0, parseErr("money", s, why, overflow, ErrInvalidAmount)
	}
	if u > math.MaxInt64 {
		return 0, parseErr("money", s, "too large", true, ErrInvalidAmount)
	}
	if neg {
		return Money(-int64(u)), nil
	}
	return Money(u), nil
}
