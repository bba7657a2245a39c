package veiviser_test

import (
	"fmt"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
)

// A mandate that is not finished: one section left blank, one marked not
// relevant (which is an answer), a placeholder left in, and no null
// alternative among the concepts.
func ExampleMandate_Validate() {
	m := &veiviser.Mandate{
		Header: veiviser.Header{
			Project: "Digitale Helgeland",
			Status:  veiviser.StatusDraft,
			Changes: []veiviser.Change{{Version: "1", Date: phase.MustDate("05.02.2020")}},
		},
		Background: veiviser.Section{Text: "Kommunene vil samarbeide om digitalisering."},
		Purpose: veiviser.MandatePurpose{
			Needs:   veiviser.Section{Text: "Mer tilgjengelige tjenester."},
			Changes: veiviser.Section{Text: "En varig samarbeidsform, avtalt innen <dato>."},
		},
		Constraints: veiviser.MandateConstraints{
			RelatedProjects:        veiviser.Section{Text: "Digitale Nordland."},
			OtherOrganisations:     veiviser.Section{Text: "Ikke relevant"},
			Procurement:            veiviser.Section{Text: "Konsulentbistand."},
			ITPolicy:               veiviser.Section{Text: "Digitaliseringsstrategien."},
			EnterpriseArchitecture: veiviser.Section{Text: "Arkitekturprinsippene."},
		},
		Experience: veiviser.Section{Text: "Erfaringer fra Digitale Salten."},
		ConceptPhase: veiviser.ConceptPhaseScope{
			Organisation: veiviser.Section{Text: "Styringsgruppe og prosjektgruppe."},
			Stakeholders: veiviser.Section{Text: "IT-ledere og fagansvarlige."},
			Results: veiviser.ConceptResults{
				BusinessCase:    veiviser.Section{Text: "Utarbeides i konseptfasen."},
				ProjectProposal: veiviser.Section{Text: "Utarbeides i konseptfasen."},
			},
			Resources: veiviser.ConceptResources{Cost: veiviser.Section{Text: "Reiser dekkes av kommunene."}},
			Concepts: []veiviser.Concept{
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
	// Feil conceptPhase.concepts: Nullalternativet (nullkonseptet) mangler blant konseptene
	// Feil checklist.items: Sjekklisten for BP1 er ikke gjennomgått i mandatet
}

func ExampleIsNotRelevant() {
	for _, s := range []string{"Ikke relevant", "«Ikkje relevant»", "ikke relevant: ingen anskaffelser", "Relevant for alle"} {
		fmt.Println(veiviser.IsNotRelevant(s))
	}
	// Output:
	// true
	// true
	// true
	// false
}

func ExampleIsNullConcept() {
	for _, s := range []string{"Nullkonsept alternativ", "null-alternativet", "Felles skyplattform"} {
		fmt.Println(s, veiviser.IsNullConcept(s))
	}
	// Output:
	// Nullkonsept alternativ true
	// null-alternativet true
	// Felles skyplattform false
}

// A stored document names its template, so it can be read back without
// knowing its type.
func ExampleDecodeDocument() {
	in := `{"template":"final_report","document":{"header":{"project":"Digitale Helgeland","status":"draft"},"lessons":["Involver brukerne tidlig."]}}`
	d, err := veiviser.DecodeDocument([]byte(in))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(d.Kind().Label(phase.Bokmal), "–", d.Head().Status.Label(phase.Bokmal))
	r := d.(*veiviser.FinalReport)
	fmt.Println(r.Lessons[0])

	_, err = veiviser.DecodeDocument([]byte(`{"template":"final_report","document":{"header":{"status":"ferdig"}}}`))
	fmt.Println(err)
	// Output:
	// Sluttrapport – Utkast
	// Involver brukerne tidlig.
	// veiviser: invalid document: document.header.status: veiviser: unknown document status "ferdig"
}
