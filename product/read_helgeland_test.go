package product

import (
	"encoding/json"
	"fmt"
	"os"
	"slices"
	"sort"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/digitale-helgeland/veiviser/phase"
)

// seedText is seed 000, the text export of Digitale Helgeland's mandate,
// where the example that reads it keeps it (see its README for credit).
const seedText = "../examples/helgeland/testdata/mandat-digitale-helgeland.txt"

func readSeed(t testing.TB) *Imported {
	t.Helper()
	b, err := os.ReadFile(seedText)
	if err != nil {
		t.Fatal(err)
	}
	im, err := Read(b, ReadOptions{})
	if err != nil {
		t.Fatalf("Read(%s): %v", seedText, err)
	}
	return im
}

// seedDifference is a difference between the mandate Read makes of seed
// 000 and examples/helgeland/mandat.json, the same mandate transcribed by
// hand: the JSON of the value at Path on each side ("" where there is
// none), and why they differ.
type seedDifference struct {
	Path      string
	JSON, Got string
	Why       string
}

// seedDifferences are all the differences, each explained. The export's
// own artefacts are not among them, because Read removes them as the hand
// transcription did (TestCleanText and TestReadTextExport test each):
// "<p>…</p>" around the paragraphs of the working groups' table cells,
// "***…***" and "**…**" around the overall goal and a sentence of 2.1,
// "<https://…>" around the addresses under "Nyttig informasjon", the
// paragraph of section 2 a page break split after "rekruttere folk", the
// running page header "Mandat for konseptfasen" between two list items of
// "Sekretariat" and between the two halves of the distribution log, the
// working groups' table broken into four by blank lines, the distribution
// log's second row continued on the next page with no version or date, and
// "Felles digitale tjenester" and the titles under "Nyttig informasjon",
// lines the export did not mark as headings (the table of contents still
// has the concept's old name, "Felles skjemaløsning").
var seedDifferences = []seedDifference{
	{
		Path: "conceptPhase.results.phasePlan.text",
		JSON: `"[Faseplanen for planleggingsfasen er et ledelsesprodukt som utarbeides i konseptfasen som en første versjon, og er knyttet opp mot prosjektforslaget. En faseplan er en mer detaljert plan for styring og oppfølging i en fase.]"`,
		Why: "The only text under «Faseplan for planleggingsfasen» is the template's bracketed guidance, which is no answer: " +
			"Read leaves it out, and Validate reports the section as blank (section_blank) where it reported the guidance (guidance_copied).",
	},
	{
		Path: "header.status", JSON: `"submitted"`, Got: `"draft"`,
		Why: "A file does not say whether it has been submitted; Read gives draft. The mandate went to the steering group on 25.02.2020 " +
			"(seed 002), and the example sets the status after reading.",
	},
	{
		Path: "header.templateVersion", Got: `"4.0"`,
		Why: "Read records the template version it recognised from the headings (version 4.0's «Resultater fra konseptfasen», " +
			"«Gjennomgang av BP1 sjekkliste» …); the transcription was made before Header had the field.",
	},
}

// TestReadHelgelandSeed reads seed 000's text export and compares it with
// the hand transcription, examples/helgeland/mandat.json: every difference
// must be one of seedDifferences, and every one of those must occur.
func TestReadHelgelandSeed(t *testing.T) {
	im := readSeed(t)
	if im.Template != TemplateMandate || im.Version != "4.0" || im.Language != phase.Bokmal || im.Format != FormatText {
		t.Errorf("recognised %v %q %v %v, want mandate 4.0 nb text", im.Template, im.Version, im.Language, im.Format)
	}
	got, err := json.Marshal(im.Document)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(helgelandMandate)
	if err != nil {
		t.Fatal(err)
	}
	diffs := jsonDifferences(t, want, got)
	if d := cmp.Diff(seedDifferences, diffs, cmpopts.IgnoreFields(seedDifference{}, "Why")); d != "" {
		t.Errorf("differences from %s (-explained +found):\n%s", helgelandMandate, d)
	}
	for _, d := range seedDifferences {
		if d.Why == "" {
			t.Errorf("%s: difference not explained", d.Path)
		}
	}
}

// jsonDifferences returns the paths where two JSON documents differ, with
// the JSON of each side, in path order.
func jsonDifferences(t *testing.T, a, b []byte) []seedDifference {
	t.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	var out []seedDifference
	var walk func(path string, x, y any)
	enc := func(v any) string {
		if v == nil {
			return ""
		}
		s, _ := json.Marshal(v)
		return string(s)
	}
	join := func(p, k string) string {
		if p == "" {
			return k
		}
		return p + "." + k
	}
	walk = func(path string, x, y any) {
		xm, xok := x.(map[string]any)
		ym, yok := y.(map[string]any)
		if xok && yok {
			keys := map[string]bool{}
			for k := range xm {
				keys[k] = true
			}
			for k := range ym {
				keys[k] = true
			}
			for _, k := range slices.Sorted(mapKeys(keys)) {
				walk(join(path, k), xm[k], ym[k])
			}
			return
		}
		xs, xok := x.([]any)
		ys, yok := y.([]any)
		if xok && yok && len(xs) == len(ys) {
			for i := range xs {
				walk(path+"["+strconv.Itoa(i)+"]", xs[i], ys[i])
			}
			return
		}
		if enc(x) != enc(y) {
			out = append(out, seedDifference{Path: path, JSON: enc(x), Got: enc(y)})
		}
	}
	walk("", x, y)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	return out
}

func mapKeys(m map[string]bool) func(func(string) bool) {
	return func(yield func(string) bool) {
		for k := range m {
			if !yield(k) {
				return
			}
		}
	}
}

// TestReadHelgelandFindings checks the reader's findings on seed 000, each
// with its place in the file.
func TestReadHelgelandFindings(t *testing.T) {
	im := readSeed(t)
	var got []string
	for _, f := range im.Findings {
		got = append(got, fmt.Sprintf("%s %s %s @ %s", f.Severity, f.Code, f.Path, f.Location))
	}
	want := []string{
		"info mandate.heading_reworded purpose.changes @ 2 Hensikten med et eventuelt prosjekt > 2.2 Hvilke endringer prosjektet skal skape, line 144",
		"info mandate.heading_reworded constraints.otherOrganisations @ 3 Føringer for et eventuelt prosjekt > 3.2 Direkte involvering av andre virksomheter som er aktuelle, line 168",
		"info mandate.heading_reworded constraints.procurement @ 3 Føringer for et eventuelt prosjekt > 3.3 Anskaffelse(r) for å gjennomføre prosjektet, line 176",
		"info mandate.heading_reworded experience @ 4 Nyttig informasjon, line 362",
		"warning mandate.guidance_copied  @ Hva er et mandat for konseptfasen?, line 82",
		"warning mandate.guidance_copied  @ Hva er et mandat for konseptfasen? > Formål med mandatet, line 86",
		"warning mandate.guidance_copied  @ Hva er et mandat for konseptfasen? > Formål med mandatet, line 88",
		"warning mandate.guidance_copied  @ Hva er et mandat for konseptfasen? > Formål med mandatet, line 90",
		"info mandate.heading_unknown conceptPhase.organisation.parts[0] @ 5 Beskrivelse av konseptfasen > 5.1 Organisering og ansvar i konseptfasen > Styringsgruppe, line 203",
		"info mandate.heading_unknown conceptPhase.organisation.parts[1] @ 5 Beskrivelse av konseptfasen > 5.1 Organisering og ansvar i konseptfasen > Leder for styringsgruppen, line 215",
		"info mandate.heading_unknown conceptPhase.organisation.parts[2] @ 5 Beskrivelse av konseptfasen > 5.1 Organisering og ansvar i konseptfasen > Prosjektgruppe, line 219",
		"info mandate.heading_unknown conceptPhase.organisation.parts[3] @ 5 Beskrivelse av konseptfasen > 5.1 Organisering og ansvar i konseptfasen > Sekretariat, line 227",
		"info mandate.heading_unknown conceptPhase.stakeholders.parts[0] @ 5 Beskrivelse av konseptfasen > 5.2 Interessenter i konseptfasen > IT-ledere, line 247",
		"info mandate.heading_unknown conceptPhase.stakeholders.parts[1] @ 5 Beskrivelse av konseptfasen > 5.2 Interessenter i konseptfasen > Fagansvarlige, line 251",
		"info mandate.heading_unknown conceptPhase.stakeholders.parts[2] @ 5 Beskrivelse av konseptfasen > 5.2 Interessenter i konseptfasen > Innbyggere, line 256",
		"info mandate.heading_unknown conceptPhase.stakeholders.parts[3] @ 5 Beskrivelse av konseptfasen > 5.2 Interessenter i konseptfasen > Ansatte, line 260",
		"info mandate.guidance_left checklist @ 6 Gjennomgang av BP1 sjekkliste, line 349",
		"info mandate.heading_unknown experience.parts[0] @ 4 Nyttig informasjon > Prosjektveiviseren, line 364",
		"info mandate.heading_unknown experience.parts[1] @ 4 Nyttig informasjon > Digitaliseringsstrategir for offentlig sektor 2019-2025, line 368",
		"info mandate.heading_unknown experience.parts[2] @ 4 Nyttig informasjon > Digital Agenda, line 372",
		"info mandate.heading_unknown experience.parts[3] @ 4 Nyttig informasjon > Digitaliseringsrundskrivet, line 376",
		"info mandate.heading_unknown experience.parts[4] @ 4 Nyttig informasjon > Nasjonal Strategi for kunstig intelligens, line 380",
		"info mandate.heading_unknown experience.parts[5] @ 4 Nyttig informasjon > Digitaliseringsstrategi for grunnsopplæringen, line 386",
		"info mandate.heading_unknown experience.parts[6] @ 4 Nyttig informasjon > Nasjonal strategi for digital sikkerhet, line 390",
		"info mandate.heading_unknown experience.parts[7] @ 4 Nyttig informasjon > Altinn og digitalisering, line 394",
		"info mandate.heading_unknown experience.parts[8] @ 4 Nyttig informasjon > Arkitekturprinsipper for offentlig sektor, line 398",
		"info mandate.section_missing conceptPhase.results.other @ 5 Beskrivelse av konseptfasen > 5.3.3 Faseplan for planleggingsfasen, line 274",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("findings (-want +got):\n%s", d)
	}
}

// TestReadHelgelandLocate checks that the findings Validate reports on the
// mandate read from seed 000 are located in the export.
func TestReadHelgelandLocate(t *testing.T) {
	im := readSeed(t)
	im.Document.(*Mandate).Header.Status = StatusSubmitted
	var got []string
	for _, f := range im.Document.Validate() {
		l, ok := im.Locate(f.Path)
		if !ok {
			t.Errorf("%s: no location", f.Path)
		}
		got = append(got, f.Path+" @ "+l.String())
	}
	want := []string{
		"header.decision.processedDate @ line 10, row 2",
		"header.decision.processedBy @ line 10, row 2",
		"header.decision.decision @ line 10, row 3",
		"header.decision.nextPhaseDone @ line 10, row 4",
		"conceptPhase.results.phasePlan @ 5 Beskrivelse av konseptfasen > 5.3.3 Faseplan for planleggingsfasen, line 274",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("Validate's findings located (-want +got):\n%s", d)
	}
}
