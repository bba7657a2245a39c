package stakeholder

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"golang.org/x/text/unicode/norm"

	"github.com/digitale-helgeland/veiviser/internal/redact/redacttest"
)

// setNames sets every string field tagged privacy:"name" below v to the
// next of names, in turn, and returns how many it set.
func setNames(v reflect.Value, names []string, n int) int {
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			switch {
			case !f.IsExported():
			case f.Type.Kind() == reflect.String && f.Tag.Get("privacy") == "name":
				v.Field(i).SetString(names[n%len(names)])
				n++
			default:
				n = setNames(v.Field(i), names, n)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			n = setNames(v.Index(i), names, n)
		}
	}
	return n
}

// TestRedactedRemovesEveryForm fills every free-text field of a register
// with the fixture names in every form a reader would still recognise
// (redacttest.Forms: genitive, any case, odd spaces and line breaks,
// surname first, decomposed Unicode) and its name fields with the names,
// some written differently from the text. No part of any name may survive
// in any string of the redacted copy, exported or not, nor in its JSON.
func TestRedactedRemovesEveryForm(t *testing.T) {
	names := redacttest.Names
	stored := append([]string{}, names...)
	stored = append(stored, "KARI  NORDMANN", norm.NFD.String("Åse\u00a0Ødegård"), "Nordmann, Kari")

	var r Register
	fillStrings(t, reflect.ValueOf(&r).Elem(), redacttest.Text(names))
	nameFields := setNames(reflect.ValueOf(&r).Elem(), stored, 0)
	if nameFields < len(names) {
		t.Fatalf("the register has %d name fields for %d names; the test is broken", nameFields, len(names))
	}
	leaky := 0
	redacttest.Walk(r, func(_, s string) {
		if len(redacttest.Leaks(s, names)) > 0 {
			leaky++
		}
	})
	if leaky < 20 {
		t.Fatalf("only %d strings hold names before redaction; the test is broken", leaky)
	}

	red := r.Redacted()
	kept := 0
	redacttest.Walk(red, func(path, s string) {
		if l := redacttest.Leaks(s, names); l != nil {
			t.Errorf("%s keeps %q", path, l)
		}
		if strings.Contains(s, redacttest.Kept) {
			kept++
		}
	})
	// Every free-text field keeps the words around the names.
	if want := leaky - nameFields; kept != want {
		t.Errorf("the words around the names survive in %d strings, want %d", kept, want)
	}
	b, err := json.Marshal(&red)
	if err != nil {
		t.Fatal(err)
	}
	if l := redacttest.Leaks(string(b), names); l != nil {
		t.Errorf("the redacted JSON keeps %q", l)
	}
	if fs := red.NameLeaks(); fs != nil {
		t.Errorf("the redacted register leaks: %v", fs)
	}
}

// TestNameLeaksFindsEveryForm checks each form of each name alone: with
// the name in a name field, NameLeaks reports the one free-text field that
// holds the form, and Redacted replaces the whole form (a genitive ending
// included) by RedactedName. Longer words and other names are left alone.
func TestNameLeaksFindsEveryForm(t *testing.T) {
	check := func(stored, text string, leak bool) {
		t.Helper()
		r := Register{
			Roles:        Roles{{Role: ProjectOwner, Person: stored}},
			Stakeholders: []Stakeholder{{ID: "S1", Group: "Rådmenn", Expectations: "Spør " + text + " i morgen"}},
		}
		fs := r.NameLeaks()
		want := r.Stakeholders[0].Expectations
		if leak {
			want = "Spør " + RedactedName + " i morgen"
			if len(fs) != 1 || fs[0].Path != "stakeholders[0].expectations" || fs[0].Code != "privacy.name_in_text" {
				t.Errorf("name %q, text %q: NameLeaks = %v, want one privacy.name_in_text at stakeholders[0].expectations", stored, text, fs)
			}
		} else if fs != nil {
			t.Errorf("name %q, text %q: NameLeaks = %v, want none", stored, text, fs)
		}
		if got := r.Redacted().Stakeholders[0].Expectations; got != want {
			t.Errorf("name %q: Redacted turns %q into %q, want %q", stored, text, got, want)
		}
	}
	for _, name := range redacttest.Names {
		for _, form := range redacttest.Forms(name) {
			check(name, form, true)
			// The register may hold the odd form and the text the plain
			// one; a genitive is not a way to write a name.
			if !strings.HasSuffix(strings.ToLower(form), "s") {
				check(form, name, true)
			}
		}
	}
	for _, text := range []string{
		"Kari Nordmannsen", "Karianne Nordmann", "Nordmann", "Kari og Nordmann", "Kari. Nordmann", "KariNordmann", "Kari, Nordmann",
	} {
		check("Kari Nordmann", text, false)
	}
}
