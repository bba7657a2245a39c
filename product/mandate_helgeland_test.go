package product

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

// helgelandMandate is the real mandate of seed 000 as stored for the
// Digitale Helgeland example.
const helgelandMandate = "../examples/helgeland/mandat.json"

func loadHelgeland(t testing.TB) *Mandate {
	t.Helper()
	b, err := os.ReadFile(helgelandMandate)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var m Mandate
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("%s: %v", helgelandMandate, err)
	}
	return &m
}

// TestHelgelandMandate checks that the real mandate of seed 000 passes
// validation except for what the seed really left unfinished: the
// placeholders of the decision box, filled in only at BP1 (warnings while
// the mandate is submitted), and the template's guidance left as the only
// text of "Faseplan for planleggingsfasen".
func TestHelgelandMandate(t *testing.T) {
	m := loadHelgeland(t)
	fs := m.Validate()
	goldenProduct(t, "helgeland_mandate_findings.json", fs)

	type row struct {
		Code     phase.Code
		Path     string
		Severity phase.Severity
	}
	var got []row
	for _, f := range fs {
		got = append(got, row{f.Code, f.Path, f.Severity})
	}
	want := []row{
		{"mandate.placeholder", "header.decision.processedDate", phase.SeverityWarning},
		{"mandate.placeholder", "header.decision.processedBy", phase.SeverityWarning},
		{"mandate.placeholder", "header.decision.decision", phase.SeverityWarning},
		{"mandate.placeholder", "header.decision.nextPhaseDone", phase.SeverityWarning},
		{"mandate.guidance_copied", "conceptPhase.results.phasePlan.text", phase.SeverityError},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Validate() (-want +got):\n%s", diff)
	}
}

// TestHelgelandMandateFacts checks the data against the seed.
func TestHelgelandMandateFacts(t *testing.T) {
	m := loadHelgeland(t)
	var names []string
	for _, c := range m.ConceptPhase.Concepts {
		names = append(names, c.Name)
	}
	wantNames := []string{"Nullkonsept alternativ", "Kjøre felles fagprogram", "Felles skyplattform",
		"Felles digitale tjenester", "Felles innkjøp og offentlige anskaffelser", "Felles nasjonale digitaliseringsprosjekt"}
	if diff := cmp.Diff(wantNames, names); diff != "" {
		t.Errorf("concepts (-want +got):\n%s", diff)
	}
	if i := NullConcept(m.ConceptPhase.Concepts); i != 0 {
		t.Errorf("NullConcept = %d, want 0", i)
	}
	var answers []string
	for _, e := range m.Checklist.Items {
		answers = append(answers, e.Comment)
	}
	if diff := cmp.Diff([]string{"ja", "ja", "ja", "prosjekt", "ja", "ja", "nei"}, answers); diff != "" {
		t.Errorf("BP1 answers (-want +got):\n%s", diff)
	}
	wantChanges := []ChangeEntry{
		{Version: "1", Date: phase.MustDate("05.02.2020")},
		{Version: "2", Date: phase.MustDate("17.02.2020"), Change: "Små justeringer etter møtet med IKT ledere i flere kommuner"},
	}
	if diff := cmp.Diff(wantChanges, m.Header.Changes); diff != "" {
		t.Errorf("change log (-want +got):\n%s", diff)
	}
	if v := m.Header.Version(); v != "2" {
		t.Errorf("Version() = %q, want 2", v)
	}
	cl, fs := m.Checklist.Checklist(reviewNote(m.Header))
	if len(fs) != 0 {
		t.Errorf("Checklist findings: %v", fs)
	}
	if r := cl.Evaluate(); !r.Ready || r.Counts.Answered != 7 {
		t.Errorf("BP1 checklist from the mandate: ready %v, answered %d; want ready with 7 answers", r.Ready, r.Counts.Answered)
	}
}
