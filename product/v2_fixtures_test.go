package product_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/product"
)

// TestWriteV2Fixtures writes testdata/v2: every sample document, and
// variants whose one-section chapters hold parts titled as the template's
// sub-headings, as Encode of schema version 2 stores them. It runs only
// with V2FIXTURES=1 set, and is removed once the types change.
func TestWriteV2Fixtures(t *testing.T) {
	if os.Getenv("V2FIXTURES") == "" {
		t.Skip("set V2FIXTURES=1 to write testdata/v2")
	}
	write := func(name string, d product.Document) {
		b, err := product.Encode(d)
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		if err := json.Indent(&buf, b, "", "\t"); err != nil {
			t.Fatal(err)
		}
		buf.WriteByte('\n')
		if err := os.WriteFile(filepath.Join("testdata", "v2", name+".json"), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, d := range sample.All() {
		write(d.Template().String(), d)
	}

	p := sample.Proposal()
	p.Header.Status = product.StatusDraft
	p.Constraints = product.Section{Text: "Rammene er satt av styringsgruppen.", Parts: []product.Part{
		{Title: "Føringer for prosjektet", Text: "Digitaliseringsstrategien gjelder."},
		{Title: "Prosjektets avgrensninger", Text: "Prosjektet leverer ikke nye fagsystemer."},
		{Title: "Rettslige reguleringer", Text: "Personopplysningsloven."},
		{Title: "Prinsipielle spørsmål", Text: "Ingen."},
		{Title: "Økonomi", Text: "Skjønnsmidler 2020–2021."},
	}}
	p.Dependencies = product.Section{Parts: []product.Part{
		{Title: "Avhengigheter", Text: "Altinn studio."},
		{Title: "forutsetninger for en vellykket gjennomføring", Text: "Alle kommunene deltar."},
	}}
	write("project_proposal-parts", p)

	b := sample.BusinessCase()
	b.Options = append(b.Options, product.Concept{Name: "Null-alternativ B", Description: "Hver kommune oppgraderer selv."})
	b.Risks = append(b.Risks, product.Uncertainty{Event: "Leverandøren går konkurs", Impact: "Stans i driften"})
	write("business_case-more", b)

	g := sample.Governing()
	g.Product = product.Section{Text: "Prosjektproduktet har tre deler.", Parts: []product.Part{
		{Title: "Beskrivelse av hovedproduktene", Text: "Skjemaløsning, opplæring, forvaltningsmodell."},
		{Title: "Produktnedbrytningsstruktur", Text: "Skjemaløsning: skjema, integrasjoner."},
		{Title: "Beskriving av produkta", Text: "Skjema for byggesak og barnehage."},
	}}
	write("governing_document-parts", g)

	r := sample.FinalReport()
	r.Governance = product.Section{Text: "Styringen fungerte.", Parts: []product.Part{
		{Title: "Suksessfaktorer", Text: "Tydelig prosjekteier."},
		{Title: "Prosjektets organisering", Text: "Riktig bemannet."},
		{Title: "Interessenter", Text: "Godt involvert."},
		{Title: "Gevinstrealisering", Text: "Gevinstansvarlig fulgte opp."},
		{Title: "Usikkerhet", Text: "Usikkerhetsloggen ble brukt."},
		{Title: "Møter", Text: "Månedlige styringsgruppemøter."},
	}}
	write("final_report-parts", r)
}
