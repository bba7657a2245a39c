package product

import (
	"os"
	"testing"
)

// FuzzRead checks that Read never panics, and that what it reads is a
// document that encodes, validates and locates its findings.
func FuzzRead(f *testing.F) {
	if b, err := os.ReadFile(seedText); err == nil {
		f.Add(b)
	}
	f.Add([]byte("Mandat for konseptfasen\n\nBakgrunn\n\nTekst.\n\nProsjektnummer:\tSaksnummer:\nBehandlet dato: <dato>\t\n"))
	f.Add([]byte("# Prosjektforslag\n\n## Nullalternativet\n\n- Ingen\n\n| Versjon | Dato |\n|---|---|\n| 1 | 2024-01-01 |\n"))
	f.Add([]byte("Sluttrapport\n\nStyringsgruppe\n\nKort.\n\n\tSjekkpunkt\tKommentar\n1\tSpørsmål?\tja\n"))
	doc := `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		para("", "Mandat for konseptfasen") + head(1, "Bakgrunn") + guide("[Beskriv]") + body("Svar") +
		table([]string{"Versjon", "Dato"}, []string{"1", "01.01.2024"}) + `</w:body></w:document>`
	f.Add(zipOf(f, map[string]string{"word/document.xml": doc}))
	// A heading typed as body text, and a table with a record's list as
	// JSON in a cell, as Write writes a benefit's indicators.
	doc = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
		para("", "Gevinstrealiseringsplan") + para("", "Prosjektets gevinster") +
		table([]string{"ID", "Beskrivelse av nyttevirkning", "Indikatorer (JSON)", "Verdi per år"},
			[]string{"G1", "Raskere", `[{"name":"Tid","unit":"named","unitName":"dager"}]`, "1000\n2000"}) + `</w:body></w:document>`
	f.Add(zipOf(f, map[string]string{"word/document.xml": doc}))
	f.Add([]byte("%PDF-1.4"))
	f.Fuzz(func(t *testing.T, b []byte) {
		im, err := Read(b, ReadOptions{Limits: ReadLimits{MaxBytes: 1 << 20, MaxBlocks: 1 << 14}})
		if err != nil {
			return
		}
		if IsNil(im.Document) || im.Document.Template() != im.Template {
			t.Fatalf("document %T for template %v", im.Document, im.Template)
		}
		for _, f := range im.Findings {
			if f.Location.IsZero() {
				t.Errorf("%s %s: no location", f.Code, f.Path)
			}
			im.Locate(f.Path)
		}
		for _, f := range im.Document.Validate() {
			im.Locate(f.Path)
		}
		if _, err := Encode(im.Document); err != nil {
			t.Errorf("Encode: %v", err)
		}
	})
}
