package benefit

import (
	"encoding/json"
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMoneyString(t *testing.T) {
	for _, tc := range []struct {
		in                  Money
		str, nobreak, short string
	}{
		{0, "0 kr", "0\u00a0kr", "0 kr"},
		{Kroner(1234567), "1 234 567 kr", "1\u00a0234\u00a0567\u00a0kr", "1,2 mill. kr"},
		{123450, "1 234,50 kr", "1\u00a0234,50\u00a0kr", "1 234,50 kr"},
		{5, "0,05 kr", "0,05\u00a0kr", "0,05 kr"},
		{-Kroner(500), "-500 kr", "-500\u00a0kr", "-500 kr"},
		{Kroner(68_000_000), "68 000 000 kr", "68\u00a0000\u00a0000\u00a0kr", "68 mill. kr"},
		{Kroner(1_500_000), "1 500 000 kr", "1\u00a0500\u00a0000\u00a0kr", "1,5 mill. kr"},
		{Kroner(1_250_000_000), "1 250 000 000 kr", "1\u00a0250\u00a0000\u00a0000\u00a0kr", "1,3 mrd. kr"},
		{-Kroner(4_049_999), "-4 049 999 kr", "-4\u00a0049\u00a0999\u00a0kr", "-4 mill. kr"},
		{math.MinInt64, "-92 233 720 368 547 758,08 kr", "-92\u00a0233\u00a0720\u00a0368\u00a0547\u00a0758,08\u00a0kr", "-92 233 720,4 mrd. kr"},
	} {
		got := [3]string{tc.in.String(), tc.in.NoBreak(), tc.in.Short()}
		want := [3]string{tc.str, tc.nobreak, tc.short}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("Money(%d) String, NoBreak, Short (-want +got):\n%s", int64(tc.in), diff)
		}
	}
}

func TestParseMoney(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Money
	}{
		{"1 234 567 kr", Kroner(1234567)},
		{"1\u00a0234\u00a0567\u00a0kr", Kroner(1234567)},
		{"1\u202f234 kr", Kroner(1234)},
		{"1 234,50 kr", 123450},
		{"1.234.567,50", 123456750},
		{"kr 1 234,-", Kroner(1234)},
		{"kr. 500", Kroner(500)},
		{"NOK 500", Kroner(500)},
		{"500 NOK", Kroner(500)},
		{"500 kroner", Kroner(500)},
		{"4 millioner", Kroner(4_000_000)},
		{"4 mill.", Kroner(4_000_000)},
		{"5 mill. kr", Kroner(5_000_000)},
		{"kr 1,5 mill.", Kroner(1_500_000)},
		{"1.5 mill", Kroner(1_500_000)},
		{"1,5 mill. kr", Kroner(1_500_000)},
		{"4 MNOK", Kroner(4_000_000)},
		{"68 MNOK", Kroner(68_000_000)},
		{"68MNOK", Kroner(68_000_000)},
		{"250 tusen", Kroner(250_000)},
		{"12 TNOK", Kroner(12_000)},
		{"1,2 mrd. kroner", Kroner(1_200_000_000)},
		{"1.2 milliarder", Kroner(1_200_000_000)}, // seed 003
		{"10 mill. kroner", Kroner(10_000_000)},   // seed 003
		{"1,2345678 mill.", 123456780},
		{"-500 kr", -Kroner(500)},
		{"−500 kr", -Kroner(500)},
		{"kr -500", -Kroner(500)},
		{"1.500", Kroner(1500)},
		{"1234.56", 123456},
		{"0,05", 5},
		{"  42  ", Kroner(42)},
		{"-92 233 720 368 547 758,07 kr", math.MinInt64 + 1},
		{"92 233 720 368 547 758,07 kr", math.MaxInt64},
	} {
		got, err := ParseMoney(tc.in)
		if err != nil || got != tc.want {
			t.Errorf("ParseMoney(%q) = %v, %v; want %v", tc.in, got, err, tc.want)
		}
	}
}

func TestParseMoneyErrors(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want error
	}{
		{"", ErrInvalidAmount},
		{"kr", ErrInvalidAmount},
		{"mange penger", ErrInvalidAmount},
		{"1,234 kr", ErrInvalidAmount},          // more precise than øre
		{"1,2345678 kr", ErrInvalidAmount},      // likewise
		{"1,234567891 mill.", ErrInvalidAmount}, // a fraction of an øre
		{"1,234.50", ErrInvalidAmount},          // English grouping
		{"1.5.3", ErrInvalidAmount},             // malformed groups
		{"1234 567", ErrInvalidAmount},          // malformed groups
		{"4 mill. mill.", ErrInvalidAmount},     // two multipliers
		{"kr 4 MNOK", ErrInvalidAmount},         // currency twice
		{"4 kr kr", ErrInvalidAmount},           // currency twice
		{"4 kr mill.", ErrInvalidAmount},        // multiplier after currency
		{"4 epler", ErrInvalidAmount},           // unknown word
		{"- -4", ErrInvalidAmount},              // two signs
		{"4,", ErrInvalidAmount},                // comma without decimals
		{"<beløp>", ErrInvalidAmount},           // placeholder
		{"92 233 720 368 547 758,08 kr", ErrOverflow},
		{"99999999999 mrd.", ErrOverflow},
	} {
		_, err := ParseMoney(tc.in)
		var pe *ParseError
		if !errors.Is(err, tc.want) || !errors.As(err, &pe) || pe.Input != tc.in || pe.Kind != "money" {
			t.Errorf("ParseMoney(%q) error = %v, want a *ParseError wrapping %v", tc.in, err, tc.want)
		}
	}
}

func TestMoneyJSON(t *testing.T) {
	for _, tc := range []struct {
		in   Money
		want string
	}{
		{0, "0"}, {123450, "1234.5"}, {5, "0.05"}, {-Kroner(3), "-3"}, {math.MaxInt64, "92233720368547758.07"},
	} {
		b, err := json.Marshal(tc.in)
		if err != nil || string(b) != tc.want {
			t.Errorf("Marshal(%d) = %s, %v; want %s", int64(tc.in), b, err, tc.want)
		}
		var back Money
		if err := json.Unmarshal(b, &back); err != nil || back != tc.in {
			t.Errorf("Unmarshal(%s) = %d, %v; want %d", b, int64(back), err, int64(tc.in))
		}
	}
	for in, want := range map[string]Money{`"4 MNOK"`: Kroner(4_000_000), `1.5e3`: Kroner(1500), `12.50`: 1250, `1E-2`: 1} {
		var m Money
		if err := json.Unmarshal([]byte(in), &m); err != nil || m != want {
			t.Errorf("Unmarshal(%s) = %v, %v; want %v", in, m, err, want)
		}
	}
	for _, v := range []json.Unmarshaler{new(Money), new(Quantity), new(Effort), new(Rate)} {
		if err := v.UnmarshalJSON([]byte("null")); err != nil {
			t.Errorf("%T: UnmarshalJSON(null) = %v, want a no-op", v, err)
		}
	}
	for _, in := range []string{`1.234`, `1e-3`, `"fire"`, `1e30`, `true`} {
		m := Money(7)
		if err := json.Unmarshal([]byte(in), &m); err == nil || m != 7 {
			t.Errorf("Unmarshal(%s) = %v, %v; want an error and no change", in, m, err)
		}
	}
}

func TestParseQuantityAndEffort(t *testing.T) {
	for in, want := range map[string]Quantity{
		"42": Units(42), "1 234,5": 1234500, "-3,25": -3250, "0,125": 125, "12.5": 12500, "1.500": Units(1500),
	} {
		if got, err := ParseQuantity(in); err != nil || got != want {
			t.Errorf("ParseQuantity(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "1,2345", "12 timer", "abc", "1000000000000000,001"} {
		if _, err := ParseQuantity(in); !errors.Is(err, ErrInvalidNumber) && !errors.Is(err, ErrOverflow) {
			t.Errorf("ParseQuantity(%q) error = %v, want ErrInvalidNumber or ErrOverflow", in, err)
		}
	}
	for in, want := range map[string]Effort{"30,5 årsverk": 3050, "12 åv": Arsverk(12), "3 FTE": Arsverk(3), "0,5": 50} {
		if got, err := ParseEffort(in); err != nil || got != want {
			t.Errorf("ParseEffort(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseEffort("30,555 årsverk"); !errors.Is(err, ErrInvalidNumber) {
		t.Errorf("ParseEffort with three decimals: %v", err)
	}
	if got := Effort(3050).String(); got != "30,5 årsverk" {
		t.Errorf("Effort.String = %q", got)
	}
	if got := Quantity(-1234500).String(); got != "-1 234,5" {
		t.Errorf("Quantity.String = %q", got)
	}
}

func TestParseRate(t *testing.T) {
	for in, want := range map[string]Rate{"4 %": 400, "3,5 %": 350, "4 prosent": 400, "2,5": 250, "0 %": 0} {
		if got, err := ParseRate(in); err != nil || got != want {
			t.Errorf("ParseRate(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"-1 %", "101 %", "4,125 %", "fire"} {
		if _, err := ParseRate(in); !errors.Is(err, ErrInvalidNumber) {
			t.Errorf("ParseRate(%q) error = %v, want ErrInvalidNumber", in, err)
		}
	}
	if got := DefaultRate.String(); got != "4 %" {
		t.Errorf("DefaultRate.String() = %q", got)
	}
}

func TestParseUnit(t *testing.T) {
	type res struct {
		U    Unit
		Name string
	}
	for in, want := range map[string]res{
		"kr": {NOK, ""}, "Kroner": {NOK, ""}, "timer": {Hours, ""}, "antall": {Count, ""}, "stk.": {Count, ""},
		"%": {Percent, ""}, "prosent": {Percent, ""}, "årsverk": {FTE, ""}, "fte": {FTE, ""}, " per  cent ": {Percent, ""},
		"dager": {Named, "dager"}, "  saker per\u00a0måned ": {Named, "saker per måned"},
	} {
		u, name, err := ParseUnit(in)
		if diff := cmp.Diff(want, res{u, name}); diff != "" || err != nil {
			t.Errorf("ParseUnit(%q) error %v (-want +got):\n%s", in, err, diff)
		}
	}
	for _, in := range []string{"", "   ", "<enhet>", "[Måleenhet]", "a\x00b", "123", string(make([]byte, 61)) + "x", "\xff"} {
		if _, _, err := ParseUnit(in); !errors.Is(err, ErrInvalidUnit) {
			t.Errorf("ParseUnit(%q) error = %v, want ErrInvalidUnit", in, err)
		}
	}
}

// FuzzMoneyJSON checks Money's JSON decoder, and ParseMoney again, with
// the shared numeric check: no panics, typed errors, values in range that
// survive their text forms and JSON.
func FuzzMoneyJSON(f *testing.F) {
	for _, s := range numberSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkNumber(t, moneyType, s) })
}
