package product_test

import (
	"fmt"

	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// ExampleRead reads a mandate from a text export: it recognises the
// template from the title, reads the decision box and the sections, keeps
// an author's sub-heading as a part, and says where in the file each of
// Validate's findings is: a section with no heading is located after the
// section before it.
func ExampleRead() {
	export := `Mandat for konseptfasen

Digitale Testby

Behandlet dato: <dato>	Behandlet av (ansvarlig linjeleder): Kari Nordmann	Utarbeidet av: Ola Nordmann

Bakgrunn

[Beskriv kort bakgrunnen for dette forslaget om å starte en ny konseptfase.]

Innbyggerne vil søke digitalt.

Organisering og ansvar i konseptfasen

Styringsgruppe

Rådmannens ledergruppe.
`
	im, err := product.Read([]byte(export), product.ReadOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	m := im.Document.(*product.Mandate)
	fmt.Println(im.Template.Label(phase.Bokmal), im.Version, im.Format)
	fmt.Println(m.Header.Project, "–", m.Header.PreparedBy)
	fmt.Printf("%q\n", m.Background.Text)
	fmt.Println(m.ConceptPhase.Organisation.Parts[0].Title+":", m.ConceptPhase.Organisation.Parts[0].Text)
	for _, f := range m.Validate() {
		if f.Path == "header.decision.processedDate" || f.Path == "purpose.needs" {
			l, _ := im.Locate(f.Path)
			fmt.Printf("%s (%s): %s\n", f.Path, l.Label(phase.Bokmal), f.Message.In(phase.Bokmal))
		}
	}
	// Output:
	// Mandat for konseptfasen 4.0 text
	// Digitale Testby – Ola Nordmann
	// "Innbyggerne vil søke digitalt."
	// Styringsgruppe: Rådmannens ledergruppe.
	// header.decision.processedDate (linje 5, rad 1): «Behandlet dato»: mal-plassholderen <dato> står igjen
	// purpose.needs (1 Bakgrunn, linje 7): «Hvilke behov skal dekkes?» er ikke besvart; skriv svaret eller «Ikke relevant»
}
