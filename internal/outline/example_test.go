package outline_test

import (
	"fmt"
	"os"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
	"github.com/digitale-helgeland/veiviser/internal/outline"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Read a text export whose table of contents names its headings, and list
// its outline.
func ExampleReadText() {
	export := "Mandat for konseptfasen\n\n" +
		"Innhold\n\n" +
		"Bakgrunn.....\t3\n" +
		"Sammenheng med andre prosjekter\t4\n\n" +
		"Bakgrunn\n\n" +
		"[Beskriv kort bakgrunnen for dette forslaget.]\n\n" +
		"Kommunene samarbeider om digitalisering.\n\n" +
		"- Felles skyplattform\n" +
		"- Felles skjemaløsning\n\n" +
		"Sammenheng med andre prosjekter\n\n" +
		"Versjon\tDato\n1\t05.02.2020\n"
	d, err := outline.ReadText([]byte(export), outline.TextOptions{})
	if err != nil {
		panic(err)
	}
	fmt.Println(d.Title)
	for _, b := range d.Blocks {
		fmt.Printf("%s: %s", b.Loc, b.Kind.Label(phase.Bokmal))
		if b.Guidance {
			fmt.Print(" (veiledning)")
		}
		if b.Kind == outline.Table {
			fmt.Println(":", b.Rows)
			continue
		}
		fmt.Println(":", b.Text)
	}
	// Output:
	// Mandat for konseptfasen
	// line 1: avsnitt: Mandat for konseptfasen
	// line 8: overskrift: Bakgrunn
	// line 10: avsnitt (veiledning): [Beskriv kort bakgrunnen for dette forslaget.]
	// line 12: avsnitt: Kommunene samarbeider om digitalisering.
	// line 14: listepunkt: Felles skyplattform
	// line 15: listepunkt: Felles skjemaløsning
	// line 17: overskrift: Sammenheng med andre prosjekter
	// line 19: tabell: [[Versjon Dato] [1 05.02.2020]]
}

// Match the headings an author wrote against a template's sections, titled
// in bokmål and nynorsk.
func ExampleMatchHeading() {
	sections := []outline.Candidate{
		{Key: "background", Titles: []string{"Bakgrunn"}},
		{Key: "relatedProjects", Titles: []string{"Sammenheng med andre prosjekter?", "Samanheng med andre prosjekt?"}},
		{Key: "involvement", Titles: []string{"Er direkte involvering av andre virksomheter aktuelt?", "Er direkte involvering av andre verksemder aktuelt?"}},
		{Key: "changes", Titles: []string{"Hvilke endringer skal prosjektet skape?", "Kva endringar skal prosjektet skape?"}},
	}
	for _, h := range []string{
		"3.1 Sammenheng med andre prosjekter",
		"Direkte involvering av andre virksomheter som er aktuelle",
		"Kva endringar prosjektet skal skape",
		"Styringsgruppe",
	} {
		if m, ok := outline.MatchHeading(h, sections); ok {
			fmt.Printf("%s → %s (%.2f, exact %v)\n", h, m.Key, m.Confidence, m.Exact)
		} else {
			fmt.Printf("%s → no section\n", h)
		}
	}
	// Output:
	// 3.1 Sammenheng med andre prosjekter → relatedProjects (1.00, exact true)
	// Direkte involvering av andre virksomheter som er aktuelle → involvement (0.75, exact false)
	// Kva endringar prosjektet skal skape → changes (0.99, exact false)
	// Styringsgruppe → no section
}

// Read a Word template and list its first-level headings with their places.
func ExampleFromDocx() {
	b, err := os.ReadFile("../../product/templates/Prosjektbegrunnelse_v4.0.docx")
	if err != nil {
		panic(err)
	}
	doc, err := ooxml.ReadBytes(b, ooxml.Options{})
	if err != nil {
		panic(err)
	}
	d := outline.FromDocx(doc)
	fmt.Println(d.Title)
	for _, b := range d.Blocks {
		if b.Kind == outline.Heading && b.Level == 1 {
			fmt.Printf("%s (%s)\n", b.Text, b.Loc.Label(phase.Nynorsk))
		}
	}
	// Output:
	// Prosjektbegrunnelse
	// Oppsummering (avsnitt 118)
	// Bakgrunn for prosjektet (avsnitt 123)
	// Prosjektets hensikt (avsnitt 131)
	// Mulige ulemper (avsnitt 171)
	// Nytte/kost-vurderinger (avsnitt 180)
	// Investeringsanalyse (avsnitt 240)
	// Finansiering (avsnitt 318)
	// Veiledning - Prosjektbegrunnelse (avsnitt 338)
}
