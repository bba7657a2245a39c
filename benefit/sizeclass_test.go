package benefit

import (
	"errors"
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

// TestSSBKommunestorrelse checks each boundary of SSB's three groups
// ("Under 5 000 innbyggere, 5 000-19 999 innbyggere, og 20 000 eller flere
// innbyggere"), through every way of reaching the default.
func TestSSBKommunestorrelse(t *testing.T) {
	want := map[int]SizeClass{
		math.MinInt: 0, -1: 0, 0: 0,
		1: Small, 4999: Small,
		5000: Medium, 19999: Medium,
		20000: Large, 700000: Large, math.MaxInt: Large,
	}
	for name, classOf := range map[string]func(int) SizeClass{
		"ClassOf":                       ClassOf,
		"SSBKommunestorrelse().ClassOf": SSBKommunestorrelse().ClassOf,
		"SizeBands(nil).ClassOf":        SizeBands(nil).ClassOf,
		"Effective":                     SizeBands(nil).Effective().ClassOf,
	} {
		got := map[int]SizeClass{}
		for pop := range want {
			got[pop] = classOf(pop)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", name, diff)
		}
	}
	if err := SSBKommunestorrelse().Validate(); err != nil {
		t.Errorf("the SSB preset is invalid: %v", err)
	}
	b := SSBKommunestorrelse()
	b[1].From = 10000
	if ClassOf(7000) != Medium || SSBKommunestorrelse()[1].From != MediumFrom {
		t.Error("changing a returned preset changed the default")
	}
}

// TestSizeClassLabels pins the labels of the default bands, which reports
// and stored texts show, in every language.
func TestSizeClassLabels(t *testing.T) {
	type labels struct{ NB, NN, EN string }
	got := map[SizeClass]labels{}
	for _, c := range SizeClasses() {
		got[c] = labels{c.Label(phase.Bokmal), c.Label(phase.Nynorsk), c.Label(phase.English)}
	}
	want := map[SizeClass]labels{
		Small:  {"Små kommuner (under 5 000 innbyggere)", "Små kommunar (under 5 000 innbyggjarar)", "Small municipalities (under 5,000 inhabitants)"},
		Medium: {"Mellomstore kommuner (5 000–19 999 innbyggere)", "Mellomstore kommunar (5 000–19 999 innbyggjarar)", "Medium-sized municipalities (5,000–19,999 inhabitants)"},
		Large:  {"Store kommuner (20 000 innbyggere eller flere)", "Store kommunar (20 000 innbyggjarar eller fleire)", "Large municipalities (20,000 inhabitants or more)"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("labels (-want +got):\n%s", diff)
	}
	if got := SizeClass(9).Label(phase.Bokmal); got != SizeClass(9).String() {
		t.Errorf("invalid class label = %q", got)
	}
}

// TestSizeBandsCustom checks bands a caller sets: here the limits at 2 000,
// 10 000 and 20 000 that SSB's KOSTRA grouping per 2020 uses, where a town
// of 7 000 is Small rather than the default's Medium, and two bands that
// leave Medium out.
func TestSizeBandsCustom(t *testing.T) {
	kostra := SizeBands{{2000, Small}, {10000, Medium}, {20000, Large}}
	two := SizeBands{{1, Small}, {10000, Large}}
	for _, b := range []SizeBands{kostra, two} {
		if err := b.Validate(); err != nil {
			t.Errorf("%v: %v", b, err)
		}
	}
	type row struct{ Kostra, Two SizeClass }
	got := map[int]row{}
	for _, pop := range []int{0, 1, 1999, 2000, 7000, 9999, 10000, 19999, 20000} {
		got[pop] = row{kostra.ClassOf(pop), two.ClassOf(pop)}
	}
	want := map[int]row{
		0: {0, 0}, 1: {0, Small}, 1999: {0, Small}, 2000: {Small, Small}, 7000: {Small, Small},
		9999: {Small, Small}, 10000: {Medium, Large}, 19999: {Medium, Large}, 20000: {Large, Large},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ClassOf (-want +got):\n%s", diff)
	}
	if ClassOf(7000) != Medium {
		t.Error("custom bands changed the default")
	}
	labels := map[string]string{
		"kostra small nb":  kostra.Label(Small, phase.Bokmal),
		"kostra medium nn": kostra.Label(Medium, phase.Nynorsk),
		"kostra large en":  kostra.Label(Large, phase.English),
		"two small en":     two.Label(Small, phase.English),
		"two medium nb":    two.Label(Medium, phase.Bokmal),
		"one band nb":      SizeBands{{1, Medium}}.Label(Medium, phase.Bokmal),
	}
	wantLabels := map[string]string{
		"kostra small nb":  "Små kommuner (2 000–9 999 innbyggere)",
		"kostra medium nn": "Mellomstore kommunar (10 000–19 999 innbyggjarar)",
		"kostra large en":  "Large municipalities (20,000 inhabitants or more)",
		"two small en":     "Small municipalities (under 10,000 inhabitants)",
		"two medium nb":    "Mellomstore kommuner",
		"one band nb":      "Mellomstore kommuner",
	}
	if diff := cmp.Diff(wantLabels, labels); diff != "" {
		t.Errorf("Label (-want +got):\n%s", diff)
	}
}

func TestSizeBandsValidate(t *testing.T) {
	for _, c := range []struct {
		name string
		b    SizeBands
		ok   bool
	}{
		{"empty means SSB", nil, true},
		{"one band", SizeBands{{1, Large}}, true},
		{"from 0", SizeBands{{0, Small}}, false},
		{"negative", SizeBands{{-10, Small}, {10, Large}}, false},
		{"same from twice", SizeBands{{1, Small}, {5000, Medium}, {5000, Large}}, false},
		{"limits out of order", SizeBands{{1, Small}, {20000, Medium}, {5000, Large}}, false},
		{"classes out of order", SizeBands{{1, Large}, {5000, Small}}, false},
		{"class twice", SizeBands{{1, Small}, {5000, Small}}, false},
		{"unset class", SizeBands{{1, 0}}, false},
		{"unknown class", SizeBands{{1, Small}, {5000, SizeClass(4)}}, false},
	} {
		if err := c.b.Validate(); (err == nil) != c.ok || err != nil && !errors.Is(err, ErrInvalidNumber) {
			t.Errorf("%s: Validate() = %v", c.name, err)
		}
	}
}
