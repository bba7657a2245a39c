package benefit

import (
	"strings"
	"unicode"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Unit is the unit an indicator is measured in (måleenhet). The portal
// practice named in the domain reference offers kroner, timer, antall and
// prosent; årsverk is added for effort, and Named stands for any other
// unit, whose name the indicator carries (Indicator.UnitName). The zero
// value is unset.
type Unit uint8

// The units of measurement.
const (
	NOK     Unit = iota + 1 // kroner
	Hours                   // timer
	Count                   // antall
	Percent                 // prosent
	FTE                     // årsverk
	Named                   // a unit named by the indicator, such as "dager"
)

var units = enum.Table[Unit]{
	Type:  "unit",
	Codes: []string{"nok", "hours", "count", "percent", "fte", "named"},
	Labels: []enum.Label{
		NOK:     {NB: "kroner", NN: "kroner", EN: "kroner"},
		Hours:   {NB: "timer", NN: "timar", EN: "hours"},
		Count:   {NB: "antall", NN: "tal", EN: "count"},
		Percent: {NB: "prosent", NN: "prosent", EN: "per cent"},
		FTE:     {NB: "årsverk", NN: "årsverk", EN: "full-time equivalents"},
		Named:   {NB: "egen enhet", NN: "eiga eining", EN: "named unit"},
	},
}

// String returns the wire code: "nok", "hours", "count", "percent", "fte"
// or "named".
func (u Unit) String() string { return units.String(u) }

// IsValid reports whether u is one of the units.
func (u Unit) IsValid() bool { return units.Valid(u) }

// Text returns the name of u in bokmål, nynorsk and English; for an invalid
// u, its String form.
func (u Unit) Text() phase.Text { return phase.Text(units.Label(u)) }

// Label returns the unit's name in language l, such as "timer".
func (u Unit) Label(l phase.Language) string { return u.Text().In(l) }

// MarshalText encodes u as its wire code.
func (u Unit) MarshalText() ([]byte, error) { return units.Marshal(u) }

// UnmarshalText decodes a wire code.
func (u *Unit) UnmarshalText(b []byte) error { return units.Unmarshal(b, u) }

// Format returns q followed by the unit's symbol or name in language l:
// "42 kr", "12,5 timer", "35 %", "3 årsverk", "120" (antall), and for
// Named units "21 dager" with name.
func (u Unit) Format(q Quantity, name string, l phase.Language) string {
	s := q.String()
	switch u {
	case NOK:
		return s + " kr"
	case Percent:
		return s + " %"
	case Count:
		return s
	case Named:
		if strings.TrimSpace(name) == "" {
			return s
		}
		return s + " " + strings.TrimSpace(name)
	case Hours, FTE:
		return s + " " + u.Label(l)
	}
	return s
}

// unitWords maps the words people write for units to the units.
var unitWords = map[string]Unit{
	"nok": NOK, "kr": NOK, "kr.": NOK, "kroner": NOK, "krone": NOK,
	"hours": Hours, "hour": Hours, "timer": Hours, "time": Hours, "timar": Hours, "t": Hours, "h": Hours,
	"count": Count, "antall": Count, "tal": Count, "stk": Count, "stk.": Count, "stykk": Count,
	"percent": Percent, "per cent": Percent, "prosent": Percent, "%": Percent, "pst": Percent, "pst.": Percent,
	"fte": FTE, "årsverk": FTE, "åv": FTE,
}

// maxUnitName bounds the length of a named unit, in bytes.
const maxUnitName = 60

// ParseUnit reads a unit as people write it in a template's "måleenhet"
// column: "kr", "kroner", "timer", "antall", "stk", "%", "prosent",
// "årsverk", the wire codes, and, for anything else, a named unit such as
// "dager" or "saker per måned", returned as (Named, name). A blank text, a
// template placeholder ("<enhet>"), a name with control characters or of
// more than 60 bytes is a *ParseError wrapping ErrInvalidUnit.
func ParseUnit(s string) (Unit, string, error) {
	fail := func(why string) (Unit, string, error) {
		return 0, "", &ParseError{Kind: "unit", Input: s, Reason: why, Err: ErrInvalidUnit}
	}
	t := strings.Join(strings.Fields(normalise(s)), " ")
	if u, ok := unitWords[t]; ok {
		return u, "", nil
	}
	name := strings.Join(strings.Fields(s), " ")
	switch {
	case name == "":
		return fail("blank")
	case len(name) > maxUnitName:
		return fail("longer than 60 bytes")
	case len(phase.Placeholders(name)) > 0:
		return fail("a template placeholder")
	case strings.IndexFunc(name, func(r rune) bool { return !unicode.IsPrint(r) || r == unicode.ReplacementChar }) >= 0:
		return fail("not printable text")
	case strings.IndexFunc(name, unicode.IsLetter) < 0 && name != "%":
		return fail("no letters")
	}
	return Named, name, nil
}
