package stakeholder

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

// fillStrings sets every exported string field below v: identifiers
// (tagged privacy:"id") to a valid code, every other string to text.
// Slices get two elements, enumerations their first value, dates a day.
func fillStrings(t *testing.T, v reflect.Value, text string) {
	t.Helper()
	switch v.Kind() {
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[phase.Date]() {
			v.Set(reflect.ValueOf(phase.MustDate("2020-02-25")))
			return
		}
		for i := range v.NumField() {
			f := v.Type().Field(i)
			if !f.IsExported() {
				continue
			}
			fv := v.Field(i)
			switch {
			case f.Type == reflect.TypeFor[OrgNumber]():
				fv.SetString("974760673")
			case f.Name == "MunicipalityNumber":
				fv.SetString("1820")
			case fv.Kind() == reflect.String && f.Tag.Get("privacy") == "id":
				fv.SetString("id1")
			default:
				fillStrings(t, fv, text)
			}
		}
	case reflect.Slice:
		if v.Type() == reflect.TypeFor[[]Membership]() {
			m, _ := NewMembership("id1", phase.Date{})
			if err := m.Sign(phase.MustDate("2020-02-25"), "Avtalt med "+text); err != nil {
				t.Fatal(err)
			}
			v.Set(reflect.ValueOf([]Membership{m}))
			return
		}
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fillStrings(t, v.Index(i), text)
		}
	case reflect.String:
		v.SetString(text)
	case reflect.Uint8:
		v.SetUint(1)
	}
}

// TestRedactedCoversEveryField fills every text field of a register with a
// personal name, and checks that no trace of it is left in the JSON of the
// redacted copy: a new field that is neither an identifier nor covered by
// redaction makes this test fail.
func TestRedactedCoversEveryField(t *testing.T) {
	const name = "Kari Nordmann"
	var r Register
	fillStrings(t, reflect.ValueOf(&r).Elem(), "Møte med "+name+" og rådmannen")
	for i := range r.Stakeholders {
		r.Stakeholders[i].Name = name
	}
	for i := range r.Roles {
		r.Roles[i].Person = name
	}
	for i := range r.Bodies {
		for j := range r.Bodies[i].Members {
			r.Bodies[i].Members[j].Person = name
		}
	}
	before := r.Clone()
	orig, err := json.Marshal(&r)
	if err != nil {
		t.Fatal(err)
	}
	red := r.Redacted()
	pub, err := json.Marshal(&red)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(orig), name) {
		t.Fatal("the filled register carries no name; the test is broken")
	}
	if strings.Contains(string(pub), name) {
		t.Errorf("redacted JSON still holds the name:\n%s", pub)
	}
	if !strings.Contains(string(pub), RedactedName+" og rådmannen") {
		t.Errorf("redacted JSON lost the rest of the free text:\n%s", pub)
	}
	if diff := cmp.Diff(before, r); diff != "" {
		t.Errorf("Redacted changed the original (-before +after):\n%s", diff)
	}
	// Every free-text field was found by NameLeaks before redaction, and
	// none after.
	n := 0
	r.eachText(func(string, *string) { n++ })
	if got := len(r.NameLeaks()); got != n || n < 20 {
		t.Errorf("NameLeaks found %d fields, eachText has %d", got, n)
	}
	if got := red.NameLeaks(); got != nil {
		t.Errorf("redacted register leaks: %v", got)
	}
}

func TestRedacted(t *testing.T) {
	r := fixture(t)
	// A hyphen ends a word: a longer double name loses the known part,
	// which errs on the side of privacy.
	r.Stakeholders[1].InformationNeeds = "Spør Ola Nordmann eller Kari Nordmann-Hansen, ikke Kari Nordmannsen"
	red := r.Redacted()
	want := fixture(t)
	want.Stakeholders[1].InformationNeeds = "Spør " + RedactedName + " eller " + RedactedName + "-Hansen, ikke Kari Nordmannsen"
	want.Stakeholders[2].Name, want.Stakeholders[2].Redacted = "", true
	for i := range want.Roles {
		want.Roles[i].Person, want.Roles[i].Redacted = "", true
	}
	want.Bodies[0].Members[0].Person, want.Bodies[0].Members[0].Redacted = "", true
	want.Bodies[1].Members[0].Person, want.Bodies[1].Members[0].Redacted = "", true
	if diff := cmp.Diff(want, red); diff != "" {
		t.Errorf("Redacted (-want +got):\n%s", diff)
	}
	// Roles stay designated, so the BP2 checks still pass on a published copy.
	if fs := red.Roles.Check(phase.BP2); fs.HasErrors() {
		t.Errorf("redacted roles fail BP2: %v", fs)
	}
	if diff := cmp.Diff([]string{"Kari Nordmann", "Ola Nordmann"}, r.PersonalNames()); diff != "" {
		t.Errorf("PersonalNames (-want +got):\n%s", diff)
	}
	if red.PersonalNames() != nil {
		t.Errorf("redacted register has names %v", red.PersonalNames())
	}
}
