package benefit

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// FuzzParseMoney checks that ParseMoney never panics, fails only with a
// *ParseError, and that what it reads survives String, NoBreak and JSON
// unchanged.
func FuzzParseMoney(f *testing.F) {
	for _, s := range []string{
		"1 234 567 kr", "1\u00a0234,50\u00a0kr", "1.234.567,50", "kr 1 234,-", "4 millioner", "4 MNOK", "68MNOK",
		"5 mill.", "kr 1,5 mill.", "1,2 mrd. kroner", "−500 kr", "1.500", "1.5", "12 TNOK", "1,2345678 mill.",
		"92 233 720 368 547 758,07 kr", "99999999999 mrd.", "- -4", "4,", ",-", "kr", "", "0,5 k", "1 000 000,00",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		m, err := ParseMoney(s)
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || !(errors.Is(err, ErrInvalidAmount) || errors.Is(err, ErrOverflow)) {
				t.Fatalf("ParseMoney(%q): error %v is not a *ParseError", s, err)
			}
			return
		}
		for _, text := range []string{m.String(), m.NoBreak()} {
			if back, err := ParseMoney(text); err != nil || back != m {
				t.Fatalf("ParseMoney(%q) = %d; its form %q reads back as %d, %v", s, int64(m), text, int64(back), err)
			}
		}
		if _, err := ParseMoney(m.Short()); err != nil && !errors.Is(err, ErrOverflow) { // rounding may pass the range
			t.Fatalf("Short form %q of %q does not parse: %v", m.Short(), s, err)
		}
		b, _ := json.Marshal(m)
		var back Money
		if err := json.Unmarshal(b, &back); err != nil || back != m {
			t.Fatalf("JSON %s of %d reads back as %d, %v", b, int64(m), int64(back), err)
		}
	})
}

// FuzzParseUnit checks ParseUnit, ParseQuantity, ParseEffort and ParseRate:
// no panics, typed errors, and values that survive their own formatting.
func FuzzParseUnit(f *testing.F) {
	for _, s := range []string{"kr", "timer", "%", "stk.", "årsverk", "dager", "saker per måned", "<enhet>", "42", "1 234,5", "-0,125", "30,5 årsverk", "4 %", "1.500", "1e3", "\xff"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if u, name, err := ParseUnit(s); err != nil {
			if !errors.Is(err, ErrInvalidUnit) {
				t.Fatalf("ParseUnit(%q): %v", s, err)
			}
		} else {
			if !u.IsValid() || (u == Named) != (name != "") {
				t.Fatalf("ParseUnit(%q) = %v, %q", s, u, name)
			}
			if u == Named {
				if u2, n2, err := ParseUnit(name); err != nil || u2 != Named || n2 != name {
					t.Fatalf("named unit %q does not read back: %v %q %v", name, u2, n2, err)
				}
			}
		}
		if q, err := ParseQuantity(s); err == nil {
			if back, err := ParseQuantity(q.String()); err != nil || back != q {
				t.Fatalf("ParseQuantity(%q) = %d; %q reads back as %d, %v", s, int64(q), q.String(), int64(back), err)
			}
			b, _ := json.Marshal(q)
			var back Quantity
			if err := json.Unmarshal(b, &back); err != nil || back != q {
				t.Fatalf("Quantity JSON %s: %d, %v", b, int64(back), err)
			}
		} else if !errors.Is(err, ErrInvalidNumber) && !errors.Is(err, ErrOverflow) {
			t.Fatalf("ParseQuantity(%q): %v", s, err)
		}
		if e, err := ParseEffort(s); err == nil {
			if back, err := ParseEffort(e.String()); err != nil || back != e {
				t.Fatalf("ParseEffort(%q) = %d; %q reads back as %d, %v", s, int64(e), e.String(), int64(back), err)
			}
		}
		if r, err := ParseRate(s); err == nil {
			if back, err := ParseRate(r.String()); err != nil || back != r || !r.IsValid() {
				t.Fatalf("ParseRate(%q) = %d; %q reads back as %d, %v", s, r, r.String(), back, err)
			}
		}
	})
}

// FuzzDecodePlan checks that decoding never panics, fails only with a
// *phase.PathError, and that a decoded plan encodes and decodes to itself.
func FuzzDecodePlan(f *testing.F) {
	good, _ := json.Marshal(fullPlan())
	f.Add(string(good))
	f.Add(`{}`)
	f.Add(`{"benefits":[{"id":"G1","area":"kommune"}]}`)
	f.Add(`{"benefits":[{"id":"G1"},{"id":"G1"}]}`)
	f.Add(`{"benefits":[{"id":"G1","history":[{"event":"realise","date":"2020-01-01"}]}]}`)
	f.Add(`{"benefits":[{"indicators":[{"baseline":{"value":1e400,"date":""}}]}]}`)
	f.Add(`{"municipal":{"split":[{"class":"small","cost":"4 MNOK"}],"implementation":{"updated":"2021-02-30"}}}`)
	f.Fuzz(func(t *testing.T, s string) {
		var p Plan
		if err := json.Unmarshal([]byte(s), &p); err != nil {
			var de *phase.PathError
			var se *json.SyntaxError
			if !errors.As(err, &de) && !errors.As(err, &se) {
				t.Fatalf("error %v (%T) is neither a *phase.PathError nor a syntax error", err, err)
			}
			return
		}
		b, err := json.Marshal(&p)
		if err != nil {
			return // an invalid date or enum value that decoding cannot produce is fine to refuse
		}
		var back Plan
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("re-decoding %s: %v", b, err)
		}
		if diff := cmp.Diff(p, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
		_ = p.Validate(Options{})
		_ = p.Summarise()
		_ = p.Overview(0)
	})
}

// FuzzDecodeComparison checks that decoding a comparison never panics,
// fails only with a *phase.PathError or a syntax error, and that whatever
// decodes encodes, decodes to an equal comparison and encodes the same
// again.
func FuzzDecodeComparison(f *testing.F) {
	c := helgelandConcepts()
	good, _ := json.Marshal(&c)
	f.Add(string(good))
	f.Add(`{}`)
	f.Add(`null`)
	f.Add(`{"firstYear":2021,"rate":3.5,"alternatives":[{"id":"K0","name":"Null","null":true,"costs":[null,"4 MNOK",1e2]}]}`)
	f.Add(`{"alternatives":[{"id":"A"},{"id":"A"}]}`)
	f.Add(`{"rate":101,"alternatives":[null,{"benefits":[0.001]}]}`)
	f.Add(`{"Alternatives":[{"ID":"K1","Kostnader":[1]}]}`)
	f.Fuzz(func(t *testing.T, s string) {
		var c Comparison
		if err := json.Unmarshal([]byte(s), &c); err != nil {
			var de *phase.PathError
			var se *json.SyntaxError
			if !errors.As(err, &de) && !errors.As(err, &se) {
				t.Fatalf("error %v (%T) is neither a *phase.PathError nor a syntax error", err, err)
			}
			return
		}
		b, err := json.Marshal(&c)
		if err != nil {
			t.Fatalf("a decoded comparison does not encode: %v", err)
		}
		var back Comparison
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("re-decoding %s: %v", b, err)
		}
		if diff := cmp.Diff(c, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
		again, err := json.Marshal(&back)
		if err != nil || string(again) != string(b) {
			t.Fatalf("second encoding differs: %s, %v\nfirst: %s", again, err, b)
		}
		_ = c.Validate()
		_, _ = c.Rank()
	})
}
