// Command helgeland tells the story of Digitale Helgeland, a digitalisation
// collaboration of the 18 municipalities of Helgeland, through
// Prosjektveiviseren, as a Norwegian status report:
//
//   - the mandate for the concept phase (seed 000) is loaded and validated:
//     it passes but for the template leftovers the real document has;
//   - the steering group sends BP1 back for rework on 25 February 2020
//     (seed 002), the mandate is updated and approved, and the project
//     enters the concept phase with five concepts and the null alternative;
//   - the BP1 checklist, the benefit plan and the stakeholders follow.
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

// mandateJSON is the mandate of seed 000 as written, version 2 of 17.02.2020.
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
	// A municipal collaboration's own project: Difi's KS checkpoints, for
	// state projects that affect the municipal sector, do not apply.
	p, err := veiviser.NewProject(veiviser.ProjectConfig{ID: "DH-2020", Name: "Digitale Helgeland", Agency: "Digitale Helgeland (interkommunalt samarbeid)"})
	if err != nil {
		return err
	}
	p.Description = "Samarbeid om digitalisering mellom kommunene på Helgeland, finansiert med skjønnsmidler fra Fylkesmannen i Nordland."
	p.Stakeholders.Roles = stakeholder.Roles{{Role: stakeholder.ProjectManager, Position: "prosjektleder", Person: "Hilde T Lauvset Rafaelsen"}}

	// The mandate as the steering group received it, with its BP1 review.
	m, err := loadMandate()
	if err != nil {
		return err
	}
	p.Documents = append(p.Documents, m)
	bp1, fs := m.Checklist.Checklist(checklist.Note{By: m.Header.PreparedBy, On: phase.MustDate("17.02.2020")})
	if fs.HasErrors() {
		return fmt.Errorf("BP1 review: %v", fs)
	}
	if err := p.Checklists.Put(bp1); err != nil {
		return err
	}

	heading(w, "Digitale Helgeland – statusrapport")
	fmt.Fprintf(w, "Mandat for konseptfasen, versjon %s (%s), status: %s\n",
		m.Header.Version(), m.Header.Changes[len(m.Header.Changes)-1].Date.Norwegian(), strings.ToLower(m.Header.Status.Label(phase.Bokmal)))
	fmt.Fprintln(w, "Validering av mandatet slik det ble lagt fram (kilde: mandatet, versjon 2):")
	for _, f := range sorted(m.Validate()) {
		fmt.Fprintf(w, "  %-9s %s: %s\n", f.Severity.Label(phase.Bokmal), f.Path, f.Message.In(phase.Bokmal))
	}
	fmt.Fprintln(w, "Konsepter som skal vurderes i konseptfasen:")
	for _, c := range m.ConceptPhase.Concepts {
		mark := ""
		if product.IsNullConcept(c.Name) {
			mark = " (nullalternativet)"
		}
		fmt.Fprintf(w, "  - %s%s\n", c.Name, mark)
	}
	printMissing(w, p, "Dette mangler før BP1 kan godkjennes:")

	// Styringsgruppemøte, Vefsn rådhus, 25. februar 2020 (seed 002), sak 2b.
	if err := p.Decide(phase.Decision{
		Point: phase.BP1, Outcome: phase.SentBack, Date: phase.MustDate("25.02.2020"), Body: body, DecidedBy: chair,
		Comment: "Prosjektleder vil oppdatere mandatet med nye faggrupper og beskrivelse av ressursbehov. Når endringen er gjort vil mandatet sendes ut for endelig godkjenning.",
	}); err != nil {
		return err
	}

	// A registration dated before the meeting is refused, and nothing changes.
	early := phase.Decision{Point: phase.BP1, Outcome: phase.Approved, Date: phase.MustDate("24.02.2020"), Body: body, DecidedBy: chair}
	refusal := p.Decide(early)

	// The updated mandate, version 3. The seeds do not have it: what it says
	// and when it was approved are this example's assumptions, and the
	// report says so.
	m3, err := loadMandate()
	if err != nil {
		return err
	}
	approved := phase.MustDate("28.05.2020")
	m3.Header.Changes = append(m3.Header.Changes, product.ChangeEntry{
		Version: "3", Date: phase.MustDate("20.03.2020"), Producer: "Prosjektleder", ApprovedBy: "Styringsgruppen",
		Change: "Faggrupper slått sammen og ressursbehov beskrevet etter styringsgruppemøtet 25.02.2020 (antatt)",
	})
	m3.ConceptPhase.Results.PhasePlan = product.Section{Text: "Faseplan for planleggingsfasen utarbeides i konseptfasen sammen med prosjektforslaget, og legges fram ved BP2. (Antatt tekst i eksempelet.)"}
	m3.Header.Status = product.StatusApproved
	m3.Header.Decision = product.DecisionBox{
		ProcessedDate: product.DateOn(approved), ProcessedBy: body,
		Decision: "Starte en konseptfase", Outcome: phase.Approved, Signature: chair,
		NextPhaseDone: product.DateOn(phase.MustDate("31.12.2020")),
	}
	p.Documents = append(p.Documents, m3)
	if err := p.Decide(phase.Decision{
		Point: phase.BP1, Outcome: phase.Approved, Date: approved, Body: body, DecidedBy: chair,
		Comment:    "Oppdatert mandat med sammenslåtte faggrupper godkjent (dato antatt: neste styringsgruppemøte i referatet).",
		Conditions: []string{"Konseptfasen får en frist for når den skal være ferdig."},
	}); err != nil {
		return err
	}

	heading(w, "Status etter BP1")
	fmt.Fprintf(w, "Fase nå: %s (%s). Ansvarlig: %s.\n",
		p.Position().Label(phase.Bokmal), strings.ToLower(p.Status().Label(phase.Bokmal)), p.Phase().Owner(phase.Bokmal))
	fmt.Fprintf(w, "Gjeldende mandat: versjon %s, %s.\n", p.Document(phase.Mandate).Head().Version(),
		strings.ToLower(p.Document(phase.Mandate).Head().Status.Label(phase.Bokmal)))
	if next, ok := p.Next(); ok {
		fmt.Fprintf(w, "Neste beslutningspunkt: %s – %s (%s)\n",
			next.Step.Point.Label(), next.Step.Title(phase.Bokmal), next.Step.Point.Responsible().Label(phase.Bokmal))
		var products []string
		for _, pr := range next.Step.Point.Products() {
			products = append(products, pr.Label(phase.Bokmal))
		}
		fmt.Fprintf(w, "Må foreligge: %s\n", strings.Join(products, ", "))
	}
	printMissing(w, p, "Dette mangler før BP2:")

	heading(w, "Beslutningshistorikk")
	treated := map[phase.DecisionPoint]int{}
	for _, d := range p.History() {
		treated[d.Point]++
		fmt.Fprintf(w, "%s  %s  %s (%d. behandling) – %s\n",
			d.Date.Norwegian(), d.Point.Label(), d.Outcome.Label(phase.Bokmal), treated[d.Point], d.Body)
		if d.Comment != "" {
			fmt.Fprintf(w, "            %s\n", d.Comment)
		}
		for _, c := range d.Conditions {
			fmt.Fprintf(w, "            Vilkår: %s\n", c)
		}
	}
	audit := p.Audit()
	fmt.Fprintf(w, "Beslutningsloggen: %d oppføringer, kjeden er %s (siste hash %s…).\n",
		len(audit), verified(audit.Verify(audit.Head())), audit.Head()[:12])
	fmt.Fprintf(w, "En godkjenning datert %s ble ikke registrert:\n", early.Date.Norwegian())
	var de *phase.DecisionError
	if errors.As(refusal, &de) {
		for _, f := range de.Unmet {
			fmt.Fprintf(w, "  - %s\n", f.Message.In(phase.Bokmal))
		}
	}

	for _, section := range sections {
		fmt.Fprintln(w)
		if err := section(w); err != nil {
			return err
		}
	}

	fmt.Fprintln(w)
	fmt.Fprint(w, p.Validate().Text(phase.Bokmal))
	return nil
}

// sections are the further parts of the report, in order.
var sections = []func(io.Writer) error{printChecklist, printBenefits, printStakeholders}

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
