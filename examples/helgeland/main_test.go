package main

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// output runs the report and returns what it prints and the project.
func output(t *testing.T) (string, *veiviser.Project) {
	t.Helper()
	var buf bytes.Buffer
	p, err := report(&buf)
	if err != nil {
		t.Fatal(err)
	}
	return buf.String(), p
}

// TestReport compares the whole report with testdata/report.golden
// (go test ./examples/helgeland -update rewrites it) and checks the lines a
// project manager would look for.
func TestReport(t *testing.T) {
	var buf bytes.Buffer
	if err := run(&buf); err != nil {
		t.Fatal(err)
	}
	got := buf.String()
	golden.Check(t, filepath.Join("testdata", "report.golden"), buf.Bytes())
	for _, line := range []string{
		"Advarsel  header.decision.processedDate: «Behandlet dato»: mal-plassholderen <dato> står igjen",
		"Advarsel  header.decision.processedBy: «Behandlet av»: mal-plassholderen <navn> står igjen",
		"Mandatet er lest fra ren tekst (seed 000): Mandat for konseptfasen, malversjon 4.0, bokmål.",
		"  Feil      conceptPhase.results.phasePlan: «Faseplan for planleggingsfasen» er ikke besvart; skriv svaret eller «Ikke relevant»\n            (5 Beskrivelse av konseptfasen > 5.3.3 Faseplan for planleggingsfasen, linje 274)",
		"står igjen\n            (linje 10, rad 2)",
		"  - Nullkonsept alternativ (nullalternativet)",
		"Fase nå: Konseptfase (aktiv).",
		"25.02.2020  BP1  Sendt tilbake for omarbeiding (1. behandling)",
		"28.05.2020  BP1  Godkjent (2. behandling)",
		"Neste beslutningspunkt: BP2 – Beslutte oppstart av planleggingsfasen",
		"Beslutningsloggen: 3 oppføringer, kjeden er kontrollert og hel", // the model, two decisions
		"Valideringsrapport: Digitale Helgeland",
	} {
		if !strings.Contains(got, line) {
			t.Errorf("report lacks %q", line)
		}
	}
}

// TestNoDeadlineCondition checks that the minutes' wish for a deadline is
// reported as a wish, not as a condition of the approval.
func TestNoDeadlineCondition(t *testing.T) {
	out, p := output(t)
	if strings.Contains(out, "Vilkår") {
		t.Error("the report states a condition (Vilkår); the minutes record only a wish")
	}
	for _, d := range p.History() {
		if len(d.Conditions) > 0 {
			t.Errorf("%s %s has conditions %q", d.Point.Label(), d.Date.Norwegian(), d.Conditions)
		}
	}
	if want := "Frist: det ble ytret ønske om en frist for når konseptfasen skal være ferdig. Det er et ønske, ikke et vilkår;"; !strings.Contains(out, want) {
		t.Errorf("report lacks %q", want)
	}
}

// TestNextPhaseDoneNotInvented checks that the approved mandate gives no
// "Neste fase ferdig" date the seeds do not have, and that the report says
// why the field is empty and lets the validation flag it.
func TestNextPhaseDoneNotInvented(t *testing.T) {
	out, p := output(t)
	h := p.Document(phase.Mandate).Head()
	if !h.Decision.NextPhaseDone.IsZero() {
		t.Errorf("the approved mandate gives «Neste fase ferdig» %s; the seeds have no date", h.Decision.NextPhaseDone)
	}
	for _, want := range []string{
		"«Neste fase ferdig» står tom: kildene har ingen dato",
		"documents[0].header.decision.nextPhaseDone",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

// TestNoMajorityRule checks that the report states the steering group's
// rule as the mandate does, consensus and the chair deciding a tie, and
// adds no majority rule.
func TestNoMajorityRule(t *testing.T) {
	out, _ := output(t)
	lower := strings.ToLower(out)
	for _, bad := range []string{"flertall", strings.ToLower(stakeholder.MajorityVote.Label(phase.Bokmal))} {
		if strings.Contains(lower, bad) {
			t.Errorf("report speaks of a majority (%q); the mandate says consensus, and the chair decides a tie", bad)
		}
	}
	if want := "«Det søkes konsensus i styringsgruppen om beslutninger. Ved stemmelikhet\n  beslutter styringsgruppens leder.»\n"; !strings.Contains(out, want) {
		t.Errorf("report lacks the mandate's rule %q", want)
	}
}

// TestNoBenefitRealisingBeforeExecution checks that no benefit is being
// realised, or realised, while the project is before execution.
func TestNoBenefitRealisingBeforeExecution(t *testing.T) {
	out, p := output(t)
	if p.Phase() >= phase.Execution {
		t.Fatalf("the project is in %v; this test is for a project before execution", p.Phase())
	}
	plan, err := helgelandBenefits()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range plan.Benefits {
		if s := b.State(); s == benefit.Realising || s == benefit.Realised {
			t.Errorf("%s is %s while the project is in %v", b.ID, s, p.Phase())
		}
	}
	if bad := "· " + benefit.Realising.Label(phase.Bokmal); strings.Contains(out, bad) {
		t.Errorf("report shows a benefit %q", bad)
	}
}

// TestBenefitProductsAreConcepts checks that every benefit's product is one
// of the concepts of the mandate.
func TestBenefitProductsAreConcepts(t *testing.T) {
	m, _, err := loadMandate()
	if err != nil {
		t.Fatal(err)
	}
	var concepts []string
	for _, c := range m.ConceptPhase.Concepts {
		concepts = append(concepts, c.Name)
	}
	plan, err := helgelandBenefits()
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range plan.Benefits {
		if !slices.Contains(concepts, b.Product) {
			t.Errorf("%s: product %q is not a concept of the mandate %q", b.ID, b.Product, concepts)
		}
	}
}

// TestNoVersion3 checks that the report tells no story of a version 3 that
// merges the working groups: seed 000 already holds them merged, and the
// project holds that one mandate.
func TestNoVersion3(t *testing.T) {
	out, p := output(t)
	if strings.Contains(strings.ToLower(out), "versjon 3") {
		t.Error("report speaks of a version 3 of the mandate")
	}
	var mandates int
	for _, d := range p.Documents {
		if d.Kind() == phase.Mandate {
			mandates++
		}
	}
	if mandates != 1 {
		t.Errorf("project holds %d mandates, want the one of seed 000", mandates)
	}
	if v := p.Document(phase.Mandate).Head().Version(); v != "2" {
		t.Errorf("mandate version %q, want 2 as its change log ends", v)
	}
	if want := "Faggruppene i mandatet er allerede slått sammen slik styringsgruppen ble enig om 25.02.2020\n(«Plan, bygg, teknisk, eiendom, næring, landbruk og kultur»)"; !strings.Contains(out, want) {
		t.Errorf("report lacks %q", want)
	}
}

// TestSeedFacts checks that the report includes what the seeds say of the
// funding, the focus, the doubts about joint procurement and the NVP
// steering document approved at the same meeting.
func TestSeedFacts(t *testing.T) {
	out, _ := output(t)
	for name, want := range map[string]string{
		"funding":     "Finansiering: 4 mill. kr i skjønnsmidler fra Fylkesmannen i Nordland i 2020 og 4 mill. kr i 2021",
		"focus":       "hovedfokuset må være på de største fagområdene, helse og oppvekst",
		"procurement": "For «Felles innkjøp og offentlige anskaffelser» var man\n  usikker på om det hører under Digitale Helgeland",
		"concept":     "  - Felles innkjøp og offentlige anskaffelser (usikkert om det hører til prosjektet; se referatet nedenfor)",
		"NVP":         "Sak 3: oppdatert styringsdokument for Nasjonalt velferdsteknologiprogram",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("%s: report lacks %q", name, want)
		}
	}
}

// TestAssumptionsMarked checks the one convention for assumptions: every
// line that speaks of one starts with "Antatt:".
func TestAssumptionsMarked(t *testing.T) {
	out, _ := output(t)
	for line := range strings.Lines(out) {
		s := strings.TrimSpace(line)
		l := strings.ToLower(s)
		for _, w := range []string{"antatt", "antak", "illustrativ", "tenkt", "eksempelets"} {
			if strings.Contains(l, w) && !strings.HasPrefix(s, "Antatt: ") {
				t.Errorf("assumption not marked with «Antatt:»: %q", s)
				break
			}
		}
	}
	for _, want := range []string{
		"Antatt: godkjent på neste styringsgruppemøte (28.05.2020 i referatet)",
		"Antatt: teksten under «Faseplan for planleggingsfasen»",
		"Antatt: lederen;",
		"Antatt: en avstemning kildene ikke har",
		"Antatt: kategori, interesse og innflytelse",
		"Antatt: gevinstansvarlig, gevinsteiere, indikatorer",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

// TestWordMandate: testdata/mandat-digitale-helgeland.docx is seed 000's
// mandate written into Digdir's Word template by the library (read from
// its text export with product.Read, written with product.Write), the
// filled-in Word mandate the README's first command checks. The test
// writes it again and compares; go test -update rewrites it.
func TestWordMandate(t *testing.T) {
	im, err := product.Read(mandateText, product.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := product.Write(&b, im.Document, product.WriteOptions{}); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "mandat-digitale-helgeland.docx"), b.Bytes())
	back, err := product.Read(b.Bytes(), product.ReadOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if back.Template != product.TemplateMandate || back.Format != product.FormatDocx {
		t.Errorf("read back as %v from %v", back.Template, back.Format)
	}
}

// TestProjectFile keeps project.json: the project this example tells of,
// stored as the library stores it, for the command's users to try
// (`veiviser report examples/helgeland/project.json > status.html`,
// `veiviser status …`); go test ./examples/helgeland -update rewrites it.
// It must read back as the same project.
func TestProjectFile(t *testing.T) {
	_, p := output(t)
	b, err := json.MarshalIndent(p, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, "project.json", append(b, '\n'))
	back, err := veiviser.Decode(bytes.NewReader(b), veiviser.DecodeOptions{})
	if err != nil {
		t.Fatal(err)
	}
	again, err := json.MarshalIndent(back, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(b, again) {
		t.Error("project.json does not read back as the same project")
	}
}
