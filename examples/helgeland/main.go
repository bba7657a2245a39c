// Command helgeland tells the story of Digitale Helgeland, a digitalisation
// collaboration of the 18 municipalities of Helgeland, through
// Prosjektveiviseren, as a Norwegian status report:
//
//   - the mandate for the concept phase (seed 000) is loaded and validated:
//     it passes but for the template leftovers the real document has. Its
//     working groups are already merged as the steering group agreed on
//     25 February 2020, though its change log ends with version 2;
//   - the steering group sends BP1 back on 25 February 2020 (seed 002);
//     the approval that follows is not in the seeds, and the report marks
//     it, its date and the text it needs as assumptions;
//   - what else the minutes record, the BP1 checklist, the benefit plan
//     and the stakeholders follow.
//
// Digitale Helgeland is the municipalities' own project, not a state
// project, so Difi's KS checkpoints do not apply. Everything the sources do
// not give is printed on a line that starts with "Antatt:".
//
// Run it with:
//
//	go run ./examples/helgeland
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/digitale-helgeland/veiviser/product"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// mandateJSON is the mandate of seed 000 as written; its change log ends
// with version 2 of 17.02.2020.
//
//go:embed mandat.json
var mandateJSON []byte

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "helgeland:", err)
		os.Exit(1)
	}
}

const (
	body  = "Styringsgruppen for Digitale Helgeland"
	chair = "Leder for styringsgruppen"
)

// loadMandate decodes mandat.json strictly: a field the type does not have
// is an error, not silently dropped.
func loadMandate() (*product.Mandate, error) {
	dec := json.NewDecoder(bytes.NewReader(mandateJSON))
	dec.DisallowUnknownFields()
	var m product.Mandate
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("mandat.json: %w", err)
	}
	return &m, nil
}

func run(w io.Writer) error {
	_, err := report(w)
	return err
}

// report writes the status report to w and returns the project it tells
// of.
func report(w io.Writer) (*veiviser.Project, error) {
	const nb = phase.Bokmal
	// A municipal collaboration's own project: Difi's KS checkpoints, for
	// state projects that affect the municipal sector, do not apply.
	p, err := veiviser.NewProject(veiviser.ProjectConfig{ID: "DH-2020", Name: "Digitale Helgeland", Agency: "Digitale Helgeland (interkommunalt samarbeid)"})
	if err != nil {
		return nil, err
	}
	p.Description = "Samarbeid om digitalisering mellom kommunene på Helgeland, finansiert med skjønnsmidler fra Fylkesmannen i Nordland."
	p.Stakeholders.Roles = stakeholder.Roles{{Role: stakeholder.ProjectManager, Position: "prosjektleder", Person: "Hilde T Lauvset Rafaelsen"}}

	// The mandate of seed 000, with its BP1 review. It is the only text of
	// the mandate the seeds hold: its working groups are already merged as
	// the steering group agreed on 25 February 2020, though its change log
	// ends with version 2 of 17 February.
	m, err := loadMandate()
	if err != nil {
		return nil, err
	}
	p.Documents = append(p.Documents, m)
	bp1, fs := m.Checklist.Checklist(checklist.Note{By: m.Header.PreparedBy, On: phase.MustDate("17.02.2020")})
	if fs.HasErrors() {
		return nil, fmt.Errorf("BP1 review: %v", fs)
	}
	if err := p.Checklists.Put(bp1); err != nil {
		return nil, err
	}
	funding, err := fundingLine(m)
	if err != nil {
		return nil, err
	}
	merged, err := mergedGroup(m)
	if err != nil {
		return nil, err
	}

	heading(w, "Digitale Helgeland – statusrapport")
	fmt.Fprintf(w, "Mandat for konseptfasen, versjon %s (%s), status: %s\n",
		m.Header.Version(), m.Header.Changes[len(m.Header.Changes)-1].Date.Norwegian(), strings.ToLower(m.Header.Status.Label(nb)))
	fmt.Fprintln(w, funding)
	fmt.Fprintln(w, "Faggruppene i mandatet er allerede slått sammen slik styringsgruppen ble enig om 25.02.2020")
	fmt.Fprintf(w, "(«%s»), men endringsloggen har ingen versjon etter 17.02.2020.\n", merged)
	fmt.Fprintln(w, "Kildene har ikke mandatet slik det ble lagt fram 25.02.2020.")
	fmt.Fprintln(w, "Validering av mandatet (seed 000):")
	for _, f := range sorted(m.Validate()) {
		fmt.Fprintf(w, "  %-9s %s: %s\n", f.Severity.Label(nb), f.Path, f.Message.In(nb))
	}
	fmt.Fprintln(w, "Konsepter som skal vurderes i konseptfasen:")
	for _, c := range m.ConceptPhase.Concepts {
		mark := ""
		switch {
		case product.IsNullConcept(c.Name):
			mark = " (nullalternativet)"
		case c.Name == procurementConcept:
			mark = " (usikkert om det hører til prosjektet; se referatet nedenfor)"
		}
		fmt.Fprintf(w, "  - %s%s\n", c.Name, mark)
	}
	printMissing(w, p, "Dette mangler før BP1 kan godkjennes:")

	// Styringsgruppemøte, Vefsn rådhus, 25. februar 2020 (seed 002), sak 2b.
	if err := p.Decide(phase.Decision{
		Point: phase.BP1, Outcome: phase.SentBack, Date: phase.MustDate("25.02.2020"), Body: body, DecidedBy: chair,
		Comment: "Prosjektleder vil oppdatere mandatet med nye faggrupper og beskrivelse av ressursbehov. Når endringen er gjort vil mandatet sendes ut for endelig godkjenning.",
	}); err != nil {
		return nil, err
	}

	// A registration dated before the meeting is refused, and nothing changes.
	early := phase.Decision{Point: phase.BP1, Outcome: phase.Approved, Date: phase.MustDate("24.02.2020"), Body: body, DecidedBy: chair}
	refusal := p.Decide(early)

	// The approval. The seeds do not record it: the minutes say the
	// updated mandate will be sent out for final approval, and name the
	// next meeting, 28 May 2020. The mandate of seed 000 still has the
	// template's guidance for the phase plan, which blocks BP1; the text
	// below is this example's. Approving BP1 approves the mandate
	// ("Dokumentet signeres ved BP1"), so the decision box records it;
	// "Neste fase ferdig" stays empty, for the sources give no date.
	// The approval fills in the rest of the decision box (date, processed
	// by, signature, outcome) and seals the mandate as approved.
	approved := phase.MustDate("28.05.2020")
	m.ConceptPhase.Results.PhasePlan = product.Section{Text: "Faseplan for planleggingsfasen utarbeides i konseptfasen sammen med prosjektforslaget, og legges fram ved BP2."}
	m.Header.Decision.Decision = "Starte en konseptfase"
	m.Header.Decision.NextPhaseDone = product.DateField{}
	if err := p.Decide(phase.Decision{
		Point: phase.BP1, Outcome: phase.Approved, Date: approved, Body: body, DecidedBy: chair,
		Comment: "Antatt: godkjent på neste styringsgruppemøte (28.05.2020 i referatet); kildene har ikke vedtaket.",
	}); err != nil {
		return nil, err
	}

	heading(w, "Status etter BP1")
	fmt.Fprintf(w, "Fase nå: %s (%s). Ansvarlig: %s.\n",
		p.Position().Label(nb), strings.ToLower(p.Status().Label(nb)), p.Phase().Owner(nb))
	mandate := p.Document(phase.Mandate).Head()
	fmt.Fprintf(w, "Gjeldende mandat: versjon %s, %s.\n", mandate.Version(), strings.ToLower(mandate.Status.Label(nb)))
	fmt.Fprintln(w, "Antatt: teksten under «Faseplan for planleggingsfasen»; i seed 000 står malens veiledning igjen, og med den kan BP1 ikke godkjennes.")
	fmt.Fprintln(w, "Antatt: beslutningsboksen er fylt ut fra godkjenningen (dato, behandlet av, beslutning, signatur ved styringsgruppens leder).")
	if mandate.Decision.NextPhaseDone.IsZero() {
		fmt.Fprintln(w, "«Neste fase ferdig» står tom: kildene har ingen dato, og prosjektleder kunne 25.02.2020 ikke si hvor lang tid konseptfasen vil ta.")
	}
	if next, ok := p.Next(); ok {
		fmt.Fprintf(w, "Neste beslutningspunkt: %s – %s (%s)\n",
			next.Step.Point.Label(), next.Step.Title(nb), next.Step.Point.Responsible().Label(nb))
		var products []string
		for _, pr := range next.Step.Point.Products() {
			products = append(products, pr.Label(nb))
		}
		fmt.Fprintf(w, "Må foreligge: %s\n", strings.Join(products, ", "))
	}
	printMissing(w, p, "Dette mangler før BP2:")

	heading(w, "Beslutningshistorikk")
	treated := map[phase.DecisionPoint]int{}
	for _, d := range p.History() {
		treated[d.Point]++
		fmt.Fprintf(w, "%s  %s  %s (%d. behandling) – %s\n",
			d.Date.Norwegian(), d.Point.Label(), d.Outcome.Label(nb), treated[d.Point], d.Body)
		if d.Comment != "" {
			fmt.Fprintf(w, "            %s\n", d.Comment)
		}
		for _, c := range d.Conditions {
			fmt.Fprintf(w, "            Vilkår: %s\n", c)
		}
	}
	audit := p.Audit()
	fmt.Fprintf(w, "Beslutningsloggen: %s, kjeden er %s (siste hash %s…).\n",
		count(len(audit), "oppføring", "oppføringer"), verified(audit.Verify(audit.Head())), audit.Head()[:12])
	fmt.Fprintf(w, "En godkjenning datert %s ble ikke registrert:\n", early.Date.Norwegian())
	var de *phase.DecisionError
	if errors.As(refusal, &de) {
		for _, f := range de.Unmet {
			fmt.Fprintf(w, "  - %s\n", f.Message.In(nb))
		}
	}

	printMinutes(w)

	for _, section := range sections {
		fmt.Fprintln(w)
		if err := section(w, p); err != nil {
			return nil, err
		}
	}

	fmt.Fprintln(w)
	fmt.Fprint(w, p.Validate().Text(nb))
	return p, nil
}

// procurementConcept is the concept the steering group was unsure of on
// 25 February 2020 (seed 002).
const procurementConcept = "Felles innkjøp og offentlige anskaffelser"

// printMinutes prints what else the minutes of 25 February 2020 (seed 002)
// record, in their words where they decide something.
func printMinutes(w io.Writer) {
	heading(w, "Fra styringsgruppemøtet 25.02.2020 (referatet)")
	for _, s := range []string{
		"Konseptene: enighet om å jobbe videre med konseptene i mandatet. For «" + procurementConcept + "» var man\n" +
			"  usikker på om det hører under Digitale Helgeland eller kan kjøres som et eget prosjekt; konseptfasen skal beskrive\n" +
			"  utfordringene og se på om det er hensiktsmessig å gå videre med konseptet.",
		"Fokus: hovedfokuset må være på de største fagområdene, helse og oppvekst, der utfordringene og de største\n" +
			"  gevinstene er.",
		"Frist: det ble ytret ønske om en frist for når konseptfasen skal være ferdig. Det er et ønske, ikke et vilkår;\n" +
			"  prosjektleder kunne ennå ikke si hvor lang tid konseptfasen vil ta.",
		"Sak 3: oppdatert styringsdokument for Nasjonalt velferdsteknologiprogram (nytt budsjett for 2020, referanser til\n" +
			"  Lurøy tatt ut) ble godkjent uten innvendinger. Det gjelder et eget prosjekt og står ikke i beslutningsloggen over.",
	} {
		fmt.Fprintf(w, "- %s\n", s)
	}
}

// fundingLine returns the funding as the mandate's background gives it,
// and an error if the embedded mandate does not say so.
func fundingLine(m *product.Mandate) (string, error) {
	for _, s := range []string{"Fylkesmannen i Nordland", "skjønnsmidler", "(4 millioner i 2020 og 4 millioner i 2021)"} {
		if !strings.Contains(m.Background.Text, s) {
			return "", fmt.Errorf("mandat.json: the background does not say %q", s)
		}
	}
	return "Finansiering: 4 mill. kr i skjønnsmidler fra Fylkesmannen i Nordland i 2020 og 4 mill. kr i 2021 (mandatet, «Bakgrunn»).", nil
}

// mergedGroup returns the name of the working group that holds næring,
// landbruk og kultur, which the steering group agreed on 25 February 2020
// to merge into the group for teknisk, eiendom og plan (seed 002).
func mergedGroup(m *product.Mandate) (string, error) {
	for _, g := range m.ConceptPhase.Resources.WorkGroups {
		n := strings.ToLower(g.Name)
		if strings.Contains(n, "næring") && strings.Contains(n, "landbruk") && strings.Contains(n, "kultur") && strings.Contains(n, "teknisk") {
			return g.Name, nil
		}
	}
	return "", errors.New("mandat.json: no working group holds næring, landbruk og kultur with teknisk")
}

// sections are the further parts of the report, in order.
var sections = []func(io.Writer, *veiviser.Project) error{printChecklist, printBenefits, printStakeholders}

func printMissing(w io.Writer, p *veiviser.Project, title string) {
	next, ok := p.Next()
	if !ok {
		return
	}
	fmt.Fprintln(w, title)
	if next.Ready {
		fmt.Fprintln(w, "  ingenting – klar for beslutning")
	}
	for _, f := range next.Missing {
		fmt.Fprintf(w, "  - %s\n", f.Message.In(phase.Bokmal))
	}
}

func sorted(fs phase.Findings) phase.Findings {
	fs.Sort()
	return fs
}

func verified(err error) string {
	if err != nil {
		return "brutt: " + err.Error()
	}
	return "kontrollert og hel"
}

func heading(w io.Writer, s string) {
	fmt.Fprintf(w, "\n%s\n%s\n", s, strings.Repeat("=", len([]rune(s))))
}

// count writes n with the noun agreeing with it: "1 oppføring", "2
// oppføringer".
func count(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
