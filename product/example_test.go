package product_test

import (
	"fmt"

	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// A mandate that is not finished: one section left blank, one marked not
// relevant (which is an answer), a placeholder left in, and no null
// alternative among the concepts (a warning: the mandate template does not
// ask for it).
func ExampleMandate_Validate() {
	m := &product.Mandate{
		Header: product.Header{
			Project: "Digitale Helgeland",
			Status:  product.StatusDraft,
			Changes: []product.ChangeEntry{{Version: "1", Date: phase.MustDate("05.02.2020")}},
		},
		Background: product.Section{Text: "Kommunene vil samarbeide om digitalisering."},
		Purpose: product.MandatePurpose{
			Needs:   product.Section{Text: "Mer tilgjengelige tjenester."},
			Changes: product.Section{Text: "En varig samarbeidsform, avtalt innen <dato>."},
		},
		Constraints: product.MandateConstraints{
			RelatedProjects:        product.Section{Text: "Digitale Nordland."},
			OtherOrganisations:     product.Section{Text: "Ikke relevant"},
			Procurement:            product.Section{Text: "Konsulentbistand."},
			ITPolicy:               product.Section{Text: "Digitaliseringsstrategien."},
			EnterpriseArchitecture: product.Section{Text: "Arkitekturprinsippene."},
		},
		Experience: product.Section{Text: "Erfaringer fra Digitale Salten."},
		ConceptPhase: product.ConceptPhaseScope{
			Organisation: product.Section{Text: "Styringsgruppe og prosjektgruppe."},
			Stakeholders: product.Section{Text: "IT-ledere og fagansvarlige."},
			Results: product.ConceptResults{
				BusinessCase:    product.Section{Text: "Utarbeides i konseptfasen."},
				ProjectProposal: product.Section{Text: "Utarbeides i konseptfasen."},
			},
			Resources: product.ConceptResources{Cost: product.Section{Text: "Reiser dekkes av kommunene."}},
			Concepts: []product.Concept{
				{Name: "Kjøre felles fagprogram", Description: "Samme fagprogram i alle kommuner."},
				{Name: "Felles skyplattform", Description: "En felles plattform."},
				{Name: "Felles digitale tjenester", Description: "Felles skjemaløsning."},
			},
		},
	}
	for _, f := range m.Validate() {
		fmt.Printf("%s %s: %s\n", f.Severity.Label(phase.Bokmal), f.Path, f.Message.NB)
	}
	// Output:
	// Feil purpose.changes.text: «Hvilke endringer skal prosjektet skape?»: mal-plassholderen <dato> står igjen
	// Feil conceptPhase.results.phasePlan: «Faseplan for planleggingsfasen» er ikke besvart; skriv svaret eller «Ikke relevant»
	// Advarsel conceptPhase.concepts: Nullalternativet (nullkonseptet) er ikke nevnt blant konseptene
	// Feil checklist.items: Sjekklisten for BP1 er ikke gjennomgått i mandatet
}

// A mandate written in Difi's template version 3.0 is asked for that
// version's sections only, by that version's headings: here the one it
// leaves blank, and nothing of version 4.0's chapters or its BP1
// checklist.
func ExampleMandate_Validate_templateVersion() {
	m := &product.Mandate{
		Header: product.Header{
			Project:         "Digitale Helgeland",
			Status:          product.StatusDraft,
			Changes:         []product.ChangeEntry{{Version: "1", Date: phase.MustDate("05.02.2020")}},
			TemplateVersion: "3.0",
		},
		Background: product.Section{Text: "Kommunene vil samarbeide om digitalisering."},
		Purpose: product.MandatePurpose{
			Needs:   product.Section{Text: "Mer tilgjengelige tjenester."},
			Changes: product.Section{Text: "En varig samarbeidsform."},
		},
		Constraints: product.MandateConstraints{ITPolicy: product.Section{Text: "Digitaliseringsstrategien."}},
		ConceptPhase: product.ConceptPhaseScope{
			Organisation: product.Section{Text: "Styringsgruppe og prosjektgruppe."},
			Resources:    product.ConceptResources{Intro: product.Section{Text: "Seks måneder."}},
			Concepts: []product.Concept{
				{Name: "Nullalternativet", Description: "Alle fortsetter som før."},
				{Name: "Felles fagprogram", Description: "Samme fagprogram i alle kommuner."},
				{Name: "Felles skyplattform", Description: "En felles plattform."},
				{Name: "Felles digitale tjenester", Description: "Felles skjemaløsning."},
			},
		},
	}
	for _, f := range m.Validate() {
		fmt.Printf("%s %s: %s\n", f.Severity.Label(phase.Bokmal), f.Path, f.Message.NB)
	}
	// Output:
	// Feil constraints.procurement: «Er anskaffelse(r) av varer og tjenester aktuelt?» er ikke besvart; skriv svaret eller «Ikke relevant»
}

func ExampleIsNullConcept() {
	for _, s := range []string{"Nullkonsept alternativ", "null-alternativet", "Felles skyplattform"} {
		fmt.Println(s, product.IsNullConcept(s))
	}
	// Output:
	// Nullkonsept alternativ true
	// null-alternativet true
	// Felles skyplattform false
}

// A stored document names its template, so it can be read back without
// knowing its type.
func ExampleDecode() {
	in := `{"template":"final_report","document":{"header":{"project":"Digitale Helgeland","status":"draft"},"lessons":["Involver brukerne tidlig."]}}`
	d, err := product.Decode([]byte(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Kind().Label(phase.Bokmal), "–", d.Head().Status.Label(phase.Bokmal))
	r := d.(*product.FinalReport)
	fmt.Println(r.Lessons[0])

	_, err = product.Decode([]byte(`{"template":"final_report","document":{"header":{"status":"ferdig"}}}`))
	fmt.Println(err)
	// Output:
	// Sluttrapport – Utkast
	// Involver brukerne tidlig.
	// veiviser: decode document.header.status: unknown document status "ferdig"
}

// A document stored in schema version 2 is read in today's form: the
// proposal's chapter 5, then one section, becomes its sections, a part
// titled as a sub-heading moving there and the rest staying as the
// chapter's intro.
func ExampleDecode_schemaVersion2() {
	in := `{"schemaVersion":2,"template":"project_proposal","document":{"constraints":{
		"text":"Rammene er satt av styringsgruppen.",
		"parts":[{"title":"5.2 Prosjektets avgrensninger","text":"Ingen nye fagsystemer."},{"title":"Økonomi","text":"4 MNOK."}]}}}`
	d, err := product.Decode([]byte(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	c := d.(*product.ProjectProposal).Constraints
	fmt.Println("5:", c.Intro.Text, c.Intro.Parts)
	fmt.Println("5.2:", c.Boundaries.Text)
	// Output:
	// 5: Rammene er satt av styringsgruppen. [{Økonomi 4 MNOK.}]
	// 5.2: Ingen nye fagsystemer.
}
