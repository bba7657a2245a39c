package phase

import (
	"encoding/json"
	"errors"
	"testing"
)

func FuzzParseDate(f *testing.F) {
	for _, s := range []string{"2020-02-25", "0000-01-01", "0999-12-31", "2020-13-01", "25.02.2020", "5.2.2020", "<dato>", "xx.xx.xx", "29.02.2019", "9999-12-31", "", "1.1.1"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseDate(s)
		// UnmarshalText's fast path for the stored form reads exactly
		// what ParseDate reads.
		if fast, ok := storedDate([]byte(s)); ok && (err != nil || fast != d) {
			t.Fatalf("storedDate(%q) = %v; ParseDate = %v, %v", s, fast, d, err)
		}
		if err != nil {
			if !errors.Is(err, ErrInvalidDate) {
				t.Fatalf("ParseDate(%q) error %v does not wrap ErrInvalidDate", s, err)
			}
			return
		}
		if !d.IsValid() {
			t.Fatalf("ParseDate(%q) = %v, which is not valid", s, d)
		}
		for _, form := range []string{d.String(), d.Norwegian()} {
			if back, err := ParseDate(form); err != nil || back != d {
				t.Fatalf("ParseDate(%q) = %v, %v; want %v", form, back, err, d)
			}
		}
	})
}

func FuzzParsePoint(f *testing.F) {
	for _, s := range []string{"BP1", "bp3.2", "BP 4", "Beslutningspunkt 6", "BP3.99", "BP3.100", "BP7", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		p, err := ParsePoint(s)
		if err != nil {
			if !errors.Is(err, ErrUnknownValue) {
				t.Fatalf("ParsePoint(%q) error %v does not wrap ErrUnknownValue", s, err)
			}
			return
		}
		if !p.IsValid() {
			t.Fatalf("ParsePoint(%q) = %v, not valid", s, p)
		}
		for _, form := range []string{p.String(), p.Label()} {
			if back, err := ParsePoint(form); err != nil || back != p {
				t.Fatalf("ParsePoint(%q) = %v, %v; want %v", form, back, err, p)
			}
		}
	})
}

func FuzzPlaceholders(f *testing.F) {
	for _, s := range []string{"<dato>", "[Navn] xx.xx.xx", "dd.mm.åååå", "a < b > c", "<<>>[[]]", "x.x.x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, p := range Placeholders(s) {
			if p == "" || len(p) > len(s) {
				t.Fatalf("Placeholders(%q) returned %q", s, p)
			}
		}
	})
}

func FuzzLifecycleJSON(f *testing.F) {
	f.Add(`{"model":{},"history":[]}`)
	f.Add(`{"model":{"withoutIdea":true,"executionSubPhases":2},"history":[{"point":"bp1","outcome":"approved","date":"2020-03-10","body":"S","decidedBy":"L"}]}`)
	f.Add(`{"model":{"skips":[{"phase":"planning","justification":"lite"}]},"history":[{"point":"bp1","outcome":"sent_back","date":"2020-02-25","body":"S","decidedBy":"L"}]}`)
	f.Add(`{"model":{},"history":[{"point":"bp1","outcome":"stopped","date":"2020-02-25","body":"S","decidedBy":"L","conditions":["a"]}]}`)
	f.Add(`{"model":`)
	f.Fuzz(func(t *testing.T, in string) {
		var l Lifecycle
		if err := json.Unmarshal([]byte(in), &l); err != nil {
			return
		}
		b, err := json.Marshal(&l)
		if err != nil {
			t.Fatalf("Marshal after Unmarshal(%q): %v", in, err)
		}
		var again Lifecycle
		if err := json.Unmarshal(b, &again); err != nil {
			t.Fatalf("round trip of %q failed: %v", b, err)
		}
		if b2, _ := json.Marshal(&again); string(b2) != string(b) {
			t.Fatalf("round trip changed %s to %s", b, b2)
		}
	})
}
