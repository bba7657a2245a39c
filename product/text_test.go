package product

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

func TestIsNullConcept(t *testing.T) {
	for in, want := range map[string]bool{
		"Nullkonsept":                 true,
		"Nullkonsept alternativ":      true,
		"nullalternativ":              true,
		"Nullalternativet":            true,
		"null-alternativet":           true,
		"Null-konseptet":              true,
		"0-alternativet":              true,
		"Null alternative":            true,
		"Konsept 0: nullalternativet": true,
		"Felles skyplattform":         false,
		"Kjøre felles fagprogram":     false,
		"":                            false,
	} {
		if got := IsNullConcept(in); got != want {
			t.Errorf("IsNullConcept(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestHasGuidance(t *testing.T) {
	for in, want := range map[string]bool{
		// Bracketed instructions of seed 000, as left in, or with changed line breaks and case.
		"[Faseplanen for planleggingsfasen er et ledelsesprodukt som utarbeides i konseptfasen som en første versjon, og er knyttet opp mot prosjektforslaget. En faseplan er en mer detaljert plan for styring og oppfølging i en fase.]": true,
		"faseplanen for planleggingsfasen er et ledelsesprodukt som utarbeides\ni konseptfasen som en første versjon, og er knyttet opp mot prosjektforslaget":                                                                             true,
		// A Veiledning sentence copied into an answer.
		"Vi starter nå. Dokumentet signeres ved BP1 som en endelig bekreftelse på at innholdet er godkjent og er forankret i ledelsen.": true,
		// From the older template's Veiledning (seed 001).
		"Den overordnede hensikten med prosjektmandatet er å gi en tydelig beskrivelse og definisjon av ideen som skal utredes": true,
		// A long bracketed instruction that is in no seed.
		"[" + longText + "]": true,
		// Real answers.
		"Prosjektbegrunnelsen vil utarbeides i konseptfasen, så lenge mandatet for konseptfasen blir godkjent.": false,
		"Se [vedlegg 2].":         false,
		"Faseplanen lages i mai.": false,
		"":                        false,
	} {
		if got := HasGuidance(in); got != want {
			t.Errorf("HasGuidance(%.60q) = %v, want %v", in, got, want)
		}
	}
}

const longText = "Beskriv her hvordan prosjektet skal organiseres i konseptfasen, hvem som har ansvar for hva, " +
	"hvordan styringsgruppen settes sammen, og hvordan beslutninger fattes og følges opp underveis. " +
	"Ta også med hvordan interessentene skal involveres."

// FuzzPlaceholderFilter checks that the quick filter in placeholders never
// hides a placeholder phase.Placeholders finds.
func FuzzPlaceholderFilter(f *testing.F) {
	for _, s := range []string{"<dato>", "[Navn]", "xx.xx.xx", "Frist dd.mm.åååå", "DD.MM.ÅÅÅÅ", "f.eks. 25.02.2020", "o.m.", "Ingen"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if diff := cmp.Diff(phase.Placeholders(s), placeholders(s)); diff != "" {
			t.Fatalf("placeholders(%q) (-phase +filtered):\n%s", s, diff)
		}
	})
}
