package product

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

// TestCleanText checks the markup of text exports that Read removes, and
// what it keeps.
func TestCleanText(t *testing.T) {
	r := &reader{format: FormatText}
	for _, tc := range []struct{ in, want string }{
		{"<p>Én.</p> <p>To.</p>", "Én.\n\nTo."},
		{"<p>Én.</p><p>To.</p>", "Én.\n\nTo."},
		{"<p>Bare én</p>", "Bare én"},
		{"<https://www.difi.no/a?b=c>", "https://www.difi.no/a?b=c"},
		{"Se <https://x.no> og <mailto:a@b.no>.", "Se https://x.no og mailto:a@b.no."},
		{"Behandlet dato: <dato>", "Behandlet dato: <dato>"},
		{"<Starte en konseptfase / ikke starte en konseptfase>", "<Starte en konseptfase / ikke starte en konseptfase>"},
		{"***Få til et samarbeid.***", "Få til et samarbeid."},
		{"Innbyggere bør. **Generelt ønsker vi dette.** Et samarbeid", "Innbyggere bør. Generelt ønsker vi dette. Et samarbeid"},
		{"Et *viktig* poeng", "Et viktig poeng"},
		{"5 * 3 = 15", "5 * 3 = 15"},
		{"a**b**c", "a**b**c"},
		{"**uavsluttet", "**uavsluttet"},
		{"  mellomrom  ", "mellomrom"},
	} {
		if got := r.cleanText(tc.in); got != tc.want {
			t.Errorf("cleanText(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	// Word text has no export markup to remove.
	w := &reader{format: FormatDocx}
	if got := w.cleanText("**ord** <https://x.no>"); got != "**ord** <https://x.no>" {
		t.Errorf("Word text changed: %q", got)
	}
	if got := w.cellText("Én\nTo\n\n"); got != "Én\n\nTo" {
		t.Errorf("Word cell: %q", got)
	}
}

// TestReadTextExport reads a text export with what such exports do:
// sub-headings as plain lines, a paragraph broken by a page, a running
// page header, a table broken into pieces, a distribution log row
// continued on the next page.
func TestReadTextExport(t *testing.T) {
	in := `Mandat for konseptfasen

Digitale Testby

Versjon distribuert	Dato	Navn
1	05.02.2024	Kari Nordmann

Mandat for konseptfasen

Versjon distribuert	Dato	Navn
		Ola Nordmann

Bakgrunn

Vi har mange papirskjemaer og lite tid til å digitalisere dem alle

på en gang.

Organisering og ansvar i konseptfasen

Styringsgruppe

Rådmannens ledergruppe.

Prosjektgruppe

Fire personer.

Kostnader, tidsramme og ressursbehov for konseptfasen

Faggrupper	Oppgave	Medlemmer
Skjema	Kartlegge alle skjemaer i kommunen og hvem som eier dem.	To saksbehandlere

Helse	Kartlegge fagsystemene i helse og omsorg, og hvem som bruker dem.	En sykepleier

Forslag til tilnærming – konsepter som bør vurderes

Nullalternativet

Fortsette som i dag.

Ikke relevant
`
	im, err := Read([]byte(in), ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	m := im.Document.(*Mandate)
	if got, want := m.Background.Text, "Vi har mange papirskjemaer og lite tid til å digitalisere dem alle på en gang."; got != want {
		t.Errorf("background %q, want %q", got, want)
	}
	if d := cmp.Diff([]Part{{Title: "Styringsgruppe", Text: "Rådmannens ledergruppe."}, {Title: "Prosjektgruppe", Text: "Fire personer."}}, m.ConceptPhase.Organisation.Parts); d != "" {
		t.Errorf("organisation (-want +got):\n%s", d)
	}
	wantGroups := []WorkGroup{
		{Name: "Skjema", Task: "Kartlegge alle skjemaer i kommunen og hvem som eier dem.", Members: "To saksbehandlere"},
		{Name: "Helse", Task: "Kartlegge fagsystemene i helse og omsorg, og hvem som bruker dem.", Members: "En sykepleier"},
	}
	if d := cmp.Diff(wantGroups, m.ConceptPhase.Resources.WorkGroups); d != "" {
		t.Errorf("work groups (-want +got):\n%s", d)
	}
	wantDist := []Distribution{{Version: "1", Date: phase.MustDate("05.02.2024"), Recipients: []string{"Kari Nordmann", "Ola Nordmann"}}}
	if d := cmp.Diff(wantDist, m.Header.Distribution); d != "" {
		t.Errorf("distribution (-want +got):\n%s", d)
	}
	// A last short line followed by nothing is no heading: "Ikke relevant"
	// stays the text of the concept before it.
	wantConcepts := []Concept{{Name: "Nullalternativet", Description: "Fortsette som i dag.\n\nIkke relevant"}}
	if d := cmp.Diff(wantConcepts, m.ConceptPhase.Concepts); d != "" {
		t.Errorf("concepts (-want +got):\n%s", d)
	}
}

// TestFileFormat checks the format enumeration.
func TestFileFormat(t *testing.T) {
	for _, f := range []FileFormat{FormatDocx, FormatText, FormatMarkdown} {
		b, err := f.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var g FileFormat
		if err := g.UnmarshalText(b); err != nil || g != f || !f.IsValid() || f.String() != string(b) {
			t.Errorf("%v: round trip %v, %v", f, g, err)
		}
		if f.Label(phase.Bokmal) == "" || f.Label(phase.English) == "" {
			t.Errorf("%v: no label", f)
		}
	}
	if FileFormat(0).IsValid() {
		t.Error("the zero FileFormat is valid")
	}
	var g FileFormat
	if err := g.UnmarshalText([]byte("pdf")); err == nil {
		t.Error("pdf accepted")
	}
	if got := FormatDocx.Label(phase.Bokmal); got != "Word-dokument" {
		t.Errorf("label %q", got)
	}
}

// TestLocationLabel checks how a location reads.
func TestLocationLabel(t *testing.T) {
	for _, tc := range []struct {
		l      Location
		nb, en string
	}{
		{Location{Heading: "1 Bakgrunn", Paragraph: 12}, "1 Bakgrunn, avsnitt 12", "1 Bakgrunn, paragraph 12"},
		{Location{Table: 3, Row: 2}, "tabell 3, rad 2", "table 3, row 2"},
		{Location{Heading: "6 Gjennomgang av BP1 sjekkliste", Line: 40, Row: 2}, "6 Gjennomgang av BP1 sjekkliste, linje 40, rad 2", "6 Gjennomgang av BP1 sjekkliste, line 40, row 2"},
		{Location{Heading: "Risiko"}, "Risiko", "Risiko"},
		{Location{}, "", ""},
	} {
		if got := tc.l.Label(phase.Bokmal); got != tc.nb {
			t.Errorf("%+v: nb %q, want %q", tc.l, got, tc.nb)
		}
		if got := tc.l.String(); got != tc.en {
			t.Errorf("%+v: en %q, want %q", tc.l, got, tc.en)
		}
	}
}
