package veiviser

import (
	"encoding/json"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/internal/redact/redacttest"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// fillText sets every exported string field below v: fields tagged
// privacy:"id" to a code, privacy:"name" to the next of names (cycling),
// every other one to text. A slice of structs gets one element per name.
func fillText(v reflect.Value, text string, names []string, n *int) {
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			fv := v.Field(i)
			switch {
			case !f.IsExported():
			case fv.Kind() == reflect.String && f.Tag.Get("privacy") == "id":
				fv.SetString("id1")
			case fv.Kind() == reflect.String && f.Tag.Get("privacy") == "name":
				fv.SetString(names[*n%len(names)])
				*n++
			default:
				fillText(fv, text, names, n)
			}
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), len(names), len(names)))
		for i := range v.Len() {
			fillText(v.Index(i), text, names, n)
		}
	case reflect.String:
		v.SetString(text)
	}
}

// checkNoNames fails t for every string below v, and for its JSON and CSV,
// that keeps a part of one of names.
func checkNoNames(t *testing.T, ov Overview, names []string) {
	t.Helper()
	redacttest.Walk(ov, func(path string, s string) {
		if l := redacttest.Leaks(s, names); l != nil {
			t.Errorf("%s keeps %q", path, l)
		}
	})
	b, err := json.Marshal(ov)
	if err != nil {
		t.Fatal(err)
	}
	if l := redacttest.Leaks(string(b), names); l != nil {
		t.Errorf("the JSON keeps %q", l)
	}
	for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English} {
		b, err := ov.CSV(CSVOptions{Language: l})
		if err != nil {
			t.Fatal(err)
		}
		if leaks := redacttest.Leaks(string(b), names); leaks != nil {
			t.Errorf("%v: the CSV keeps %q", l, leaks)
		}
	}
}

// TestOverviewRedactedRemovesEveryForm fills every string field of an
// overview row, roles[].position included, with the test names in every
// form a reader still recognises (redacttest.Forms) and gives the roles
// those names. Overview.Redacted must leave no part of any name in any
// string of the rows, nor in their JSON or CSV; a new string field of Row
// or Assignment that redaction does not cover makes this test fail.
func TestOverviewRedactedRemovesEveryForm(t *testing.T) {
	names := redacttest.Names
	stored := append(slices.Clone(names), "KARI  NORDMANN")
	var row Row
	n := 0
	fillText(reflect.ValueOf(&row).Elem(), redacttest.Text(names), stored, &n)
	if n < len(names) {
		t.Fatalf("%d role holders for %d names; the test is broken", n, len(names))
	}
	ov := Overview{row, row}
	leaky := 0
	redacttest.Walk(ov, func(_, s string) {
		if redacttest.Leaks(s, names) != nil {
			leaky++
		}
	})
	// Agency, project, description, note, and each role's person and
	// position, in two rows.
	if want := 2 * (4 + 2*len(stored)); leaky != want {
		t.Fatalf("%d strings hold names before redaction, want %d; the test is broken", leaky, want)
	}
	red := ov.Redacted()
	checkNoNames(t, red, names)
	for i, a := range red[0].Roles {
		if !a.Redacted || !strings.Contains(a.Position, redacttest.Kept) {
			t.Errorf("roles[%d] = %+v: want Redacted, and the position's other words kept", i, a)
		}
	}
	if !strings.Contains(red[0].Description, redacttest.Kept) {
		t.Errorf("the description lost its other words: %q", red[0].Description)
	}
}

// TestPortfolioOverviewRedactRemovesEveryForm does the same through
// Portfolio.Overview with Redact: the names come from the project's
// stakeholder register (stakeholders, body members, role holders) and are
// removed from the row's text and the roles' positions in every form.
func TestPortfolioOverviewRedactRemovesEveryForm(t *testing.T) {
	names := redacttest.Names
	text := redacttest.Text(names)
	p := mustProject(ProjectConfig{ID: "P-1", Name: text, Agency: text, StateAffectingMunicipalities: true})
	p.Description = text
	inv := benefit.Kroner(20_000_000)
	p.Investment = &inv
	p.Stakeholders = stakeholder.Register{
		Stakeholders: []stakeholder.Stakeholder{{ID: "S1", Group: "Rådmenn", Name: names[0]}, {ID: "S2", Group: "Ledere", Name: "ÅSE  ØDEGÅRD"}},
		Bodies: []stakeholder.Body{{ID: "SG", Name: "Styringsgruppe", Members: []stakeholder.Member{
			{ID: "m1", Person: names[2]}, {ID: "m2", Person: names[3]},
		}}},
		Roles: stakeholder.Roles{
			{Role: stakeholder.ProjectOwner, Person: names[4], Position: text},
			{Role: stakeholder.ProjectManager, Person: names[5], Position: text},
		},
	}
	ov := Portfolio{p}.Overview(OverviewOptions{Redact: true})
	if len(ov) != 1 || len(ov[0].Roles) != 2 {
		t.Fatalf("overview = %+v; want one row with two roles", ov)
	}
	checkNoNames(t, ov, names)
}
