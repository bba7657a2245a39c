package product

import (
	"encoding/json"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/phase"
)

// TestDecodeSchemaVersion2 decodes every document of testdata/v2, stored
// by the code of schema version 2 (see its README), and checks that the
// new form loses nothing: every text and number of the old document is in
// the document Decode returns, as often as it was there (a text may have
// become part of a longer one), or it was the title of a part that became
// the section of that heading. The document as now encoded is kept as
// testdata/v2/<name>.v3.json, so that where each text went can be read.
func TestDecodeSchemaVersion2(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "v2", "*.json"))
	if err != nil {
		t.Fatal(err)
	}
	files = slices.DeleteFunc(files, func(f string) bool { return strings.HasSuffix(f, ".v3.json") })
	if len(files) < len(Templates()) {
		t.Fatalf("%d stored documents, want one of each of %d templates at least", len(files), len(Templates()))
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var old struct {
				SchemaVersion int             `json:"schemaVersion"`
				Document      json.RawMessage `json:"document"`
			}
			if err := json.Unmarshal(b, &old); err != nil || old.SchemaVersion != 2 {
				t.Fatalf("%s: schema version %d, %v; want a stored document of version 2", file, old.SchemaVersion, err)
			}
			d, err := Decode(b)
			if err != nil {
				t.Fatal(err)
			}
			now, err := json.Marshal(d)
			if err != nil {
				t.Fatal(err)
			}
			var lost []string
			for _, s := range lostLeaves(t, old.Document, now) {
				if !isHeading(d.Template(), s) {
					lost = append(lost, s)
				}
			}
			if len(lost) > 0 {
				t.Errorf("lost from the stored document: %q", lost)
			}
			golden.CheckJSON(t, filepath.Join("testdata", "v2", name+".v3.json"), d)
		})
	}
}

// lostLeaves returns the texts and numbers of the JSON value old that the
// JSON value now does not hold as often: each found whole or within a
// longer text.
func lostLeaves(t *testing.T, old, now []byte) []string {
	t.Helper()
	was, is := leaves(t, old), leaves(t, now)
	counts := map[string]int{}
	for _, s := range was {
		counts[s]++
	}
	var lost []string
	for _, s := range slices.Sorted(maps.Keys(counts)) {
		n := 0
		for _, x := range is {
			n += strings.Count(x, s)
		}
		if n < counts[s] {
			lost = append(lost, s)
		}
	}
	return lost
}

// leaves returns the strings and numbers in the JSON value b, in no
// particular order; object keys are not leaves.
func leaves(t *testing.T, b []byte) []string {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(string(b)))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			for _, e := range v {
				walk(e)
			}
		case []any:
			for _, e := range v {
				walk(e)
			}
		case string:
			out = append(out, v)
		case json.Number:
			out = append(out, v.String())
		}
	}
	walk(v)
	return out
}

// isHeading reports whether s is a heading of template t's current
// version (see sameHeading): the title of a part that a migration made the
// section of that heading, which now stands for it.
func isHeading(t Template, s string) bool {
	for _, sec := range sectionsOf(t, "") {
		if sameHeading(s, sec.title.NB) || sameHeading(s, sec.title.NN) {
			return true
		}
	}
	return false
}

// decodeFile decodes a stored document of testdata/v2.
func decodeFile(t *testing.T, name string) Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "v2", name+".json"))
	if err != nil {
		t.Fatal(err)
	}
	d, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestMigrateChapters: a chapter kept in one Section before schema version
// 3 becomes its struct; its parts titled as the chapter's sub-headings, in
// bokmål or nynorsk and in any case, become those sections, and its text
// and other parts the chapter's intro.
func TestMigrateChapters(t *testing.T) {
	tests := []struct {
		file string
		got  func(Document) any
		want any
	}{
		{"project_proposal-parts", func(d Document) any { return d.(*ProjectProposal).Constraints }, ProjectConstraints{
			Intro:       Section{Text: "Rammene er satt av styringsgruppen.", Parts: []Part{{Title: "Økonomi", Text: "Skjønnsmidler 2020–2021."}}},
			Guidelines:  Section{Text: "Digitaliseringsstrategien gjelder."},
			Boundaries:  Section{Text: "Prosjektet leverer ikke nye fagsystemer."},
			Regulations: Section{Text: "Personopplysningsloven."},
			Principles:  Section{Text: "Ingen."},
		}},
		{"project_proposal-parts", func(d Document) any { return d.(*ProjectProposal).Dependencies }, ProposalDependencies{
			Known: Section{Text: "Altinn studio."}, Prerequisites: Section{Text: "Alle kommunene deltar."},
		}},
		{"project_proposal", func(d Document) any { return d.(*ProjectProposal).Constraints }, ProjectConstraints{
			Intro: Section{Text: "Skjønnsmidler 2020–2021."},
		}},
		{"governing_document-parts", func(d Document) any { return d.(*GoverningDocument).Product }, ProductDescription{
			Intro:        Section{Text: "Prosjektproduktet har tre deler."},
			MainProducts: Section{Text: "Skjemaløsning, opplæring, forvaltningsmodell."},
			Breakdown:    Section{Text: "Skjemaløsning: skjema, integrasjoner."},
			Products:     Section{Text: "Skjema for byggesak og barnehage."},
		}},
		{"final_report-parts", func(d Document) any { return d.(*FinalReport).Governance }, GovernanceEvaluation{
			Intro:          Section{Text: "Styringen fungerte.", Parts: []Part{{Title: "Møter", Text: "Månedlige styringsgruppemøter."}}},
			SuccessFactors: Section{Text: "Tydelig prosjekteier."},
			Organisation:   Section{Text: "Riktig bemannet."},
			Stakeholders:   Section{Text: "Godt involvert."},
			Benefits:       Section{Text: "Gevinstansvarlig fulgte opp."},
			Uncertainty:    Section{Text: "Usikkerhetsloggen ble brukt."},
		}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.got(decodeFile(t, tt.file))); diff != "" {
			t.Errorf("%s: %T (-want +got):\n%s", tt.file, tt.want, diff)
		}
	}
}

func TestSameHeading(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"Prosjektets avgrensninger", "Prosjektets avgrensninger", true},
		{"5.2 Prosjektets avgrensninger", "Prosjektets avgrensninger", true},
		{"5.2. prosjektets  avgrensninger:", "Prosjektets avgrensninger", true},
		{"Avgrensninger", "Prosjektets avgrensninger", false},
		{"", "", false},
		{"Økonomi", "", false},
	}
	for _, tt := range tests {
		if got := sameHeading(tt.a, tt.b); got != tt.want {
			t.Errorf("sameHeading(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestMigrateBusinessCase: a business case of schema version 2 followed
// PRINCE2; its null alternative is 3.3 now, and what the template has no
// section for is kept in Header.Extra under its old heading, after what
// the author had there.
func TestMigrateBusinessCase(t *testing.T) {
	d := decodeFile(t, "business_case-more").(*BusinessCase)
	wantNull := Section{Parts: []Part{
		{Title: "Nullalternativet", Text: "Fortsette som før."},
		{Title: "Null-alternativ B", Text: "Hver kommune oppgraderer selv."},
	}}
	if diff := cmp.Diff(wantNull, d.Purpose.WithoutProject); diff != "" {
		t.Errorf("3.3 (-want +got):\n%s", diff)
	}
	wantExtra := []ExtraSection{
		{Heading: "Vurderte alternativer", Level: 1, Section: Section{Parts: []Part{{Title: "Felles skyplattform", Text: "En plattform."}}}},
		{Heading: "Forventede gevinster", Level: 1, Section: Section{Text: "Lavere kostnader."}},
		{Heading: "Tidsramme", Level: 1, Section: Section{Text: "2020–2022."}},
		{Heading: "Kostnader", Level: 1, Section: Section{Text: "8 MNOK."}},
		{Heading: "Hovedrisikoer", Level: 1, Section: Section{Parts: []Part{
			{Title: "Nøkkelpersoner slutter", Text: "Virkning: Forsinkelse\nTiltak: Dokumentere underveis"},
			{Title: "Leverandøren går konkurs", Text: "Virkning: Stans i driften"},
		}}},
	}
	if diff := cmp.Diff(wantExtra, d.Header.Extra); diff != "" {
		t.Errorf("Header.Extra (-want +got):\n%s", diff)
	}
	if !d.Preliminary || d.Appraisal.Text != "Positiv netto nåverdi." || d.Reasons.Text != "Kommunene har 18 ulike løsninger." {
		t.Errorf("fields kept: preliminary %v, appraisal %q, reasons %q", d.Preliminary, d.Appraisal.Text, d.Reasons.Text)
	}

	tests := []struct {
		name, doc string
		want      []ExtraSection
	}{
		{"after the author's own", `{"header":{"project":"P","extra":[{"heading":"Ordliste","section":{"text":"KS: Kommunesektorens organisasjon"}}]},"timescale":{"text":"2021"}}`,
			[]ExtraSection{{Heading: "Ordliste", Section: Section{Text: "KS: Kommunesektorens organisasjon"}}, {Heading: "Tidsramme", Level: 1, Section: Section{Text: "2021"}}}},
		{"no header", `{"costs":{"parts":[{"title":"Drift","text":"1 MNOK"}]}}`,
			[]ExtraSection{{Heading: "Kostnader", Level: 1, Section: Section{Parts: []Part{{Title: "Drift", Text: "1 MNOK"}}}}}},
		{"null header", `{"header":null,"benefits":{"text":"Bedre tjenester"}}`,
			[]ExtraSection{{Heading: "Forventede gevinster", Level: 1, Section: Section{Text: "Bedre tjenester"}}}},
		{"empty fields", `{"options":[],"benefits":{},"risks":[]}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Decode([]byte(`{"schemaVersion":2,"template":"business_case","document":` + tt.doc + `}`))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, d.(*BusinessCase).Header.Extra); diff != "" {
				t.Errorf("Header.Extra (-want +got):\n%s", diff)
			}
		})
	}
}

// TestMigrateMalformed: a version 2 document whose old field is not of
// its old form is left as it is, and the strict decoder names the field.
func TestMigrateMalformed(t *testing.T) {
	tests := []struct{ in, path string }{
		{`{"schemaVersion":2,"template":"business_case","document":{"options":"Nullalternativet"}}`, "document.options"},
		{`{"schemaVersion":2,"template":"business_case","document":{"risks":[{"event":"x"}],"costs":7}}`, "document.costs"},
		{`{"schemaVersion":2,"template":"business_case","document":{"options":[{"name":"Nullalternativet"}],"purpose":{}}}`, "document.options"},
		{`{"schemaVersion":2,"template":"project_proposal","document":{"constraints":["Skjønnsmidler"]}}`, "document.constraints"},
	}
	for _, tt := range tests {
		_, err := Decode([]byte(tt.in))
		var pe *phase.PathError
		if !errors.As(err, &pe) || pe.Path != tt.path {
			t.Errorf("Decode(%s) = %v; want a *phase.PathError at %s", tt.in, err, tt.path)
		}
	}
}
