// Command asker validates the Digitale Asker 2020 project mandate (seed 001,
// "Difis mal for Prosjektmandat, versjon 2.5", 2016) and prints the result
// in Norwegian, as a project manager would read it.
//
// The mandate is stored in mandat.json as a product.ProjectMandate. Its
// planned timeline lets the closure phase start on 01.01.2019, a year
// before the execution phase ends on 31.12.2019; the validation names both
// phases and their dates. The decision box was filled in when the mandate
// was approved, but without the date.
//
// Seed 001 is a text export that lost the decision box's layout: it reads
// "Behandlet av / Prosjekteier: Utarbeidet av: 3K Rådmenn", so «3K Rådmenn»
// may be the value of either field. mandat.json stores it as "Utarbeidet
// av" (reading A); the example validates reading B too and prints what
// depends on the reading apart from what holds for both, instead of
// asserting that "Behandlet av" is missing.
//
// The report also quotes, word for word, what the mandate says of the
// budget, the ROS analysis and external quality assurance. Everything the
// sources do not give is printed on a line that starts with "Antatt:".
package main

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/digitale-helgeland/veiviser/product"

	"github.com/digitale-helgeland/veiviser/phase"
)

//go:embed mandat.json
var mandateJSON []byte

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "asker:", err)
		os.Exit(1)
	}
}

// load reads the embedded mandate, refusing fields the type does not have.
func load() (*product.ProjectMandate, error) {
	dec := json.NewDecoder(bytes.NewReader(mandateJSON))
	dec.DisallowUnknownFields()
	var m product.ProjectMandate
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("mandat.json: %w", err)
	}
	return &m, nil
}

// readingB returns the mandate with «3K Rådmenn» read as "Behandlet av /
// Prosjekteier" instead of "Utarbeidet av".
func readingB(m *product.ProjectMandate) *product.ProjectMandate {
	b := *m
	b.Header = m.Head()
	b.Header.Decision.ProcessedBy, b.Header.PreparedBy = m.Header.PreparedBy, ""
	return &b
}

func run(w io.Writer) error {
	const nb = phase.Bokmal
	m, err := load()
	if err != nil {
		return err
	}
	h := m.Head()
	b := h.Decision
	fmt.Fprintf(w, "%s for %s\n", m.Template().Label(nb), h.Project)
	fmt.Fprintf(w, "  Status: %s\n", h.Status.Label(nb))
	fmt.Fprintf(w, "  Beslutning: %s\n", b.Decision)
	fmt.Fprintf(w, "  Signatur (prosjekteier): %s\n", b.Signature)
	fmt.Fprintf(w, "  Neste fase ferdig: %s\n", b.NextPhaseDone)

	// Validate both readings and keep apart what depends on the reading.
	a, bb := m.Validate(), readingB(m).Validate()
	common, onlyA, onlyB := split(a, bb)
	fmt.Fprintf(w, "\n«%s»: utarbeidet av eller behandlet av?\n", h.PreparedBy)
	fmt.Fprintln(w, "  Tekstutgaven av mandatet (seed 001) har beslutningsboksen som «Behandlet dato: Behandlet av / Prosjekteier:")
	fmt.Fprintf(w, "  Utarbeidet av: %s». Tabelloppsettet er borte, så teksten sier ikke om verdien hører til «Behandlet av /\n", h.PreparedBy)
	fmt.Fprintln(w, "  Prosjekteier» eller til «Utarbeidet av»; det andre feltet er tomt. Signaturen er prosjekteierens, og kapittel 4")
	fmt.Fprintln(w, "  gjør de tre rådmennene til prosjekteiere, men det sier ikke hvem som utarbeidet mandatet.")
	fmt.Fprintln(w, "  Antatt: «3K» står for de tre kommunene (Hurum, Røyken og Asker).")
	fmt.Fprintf(w, "  Lesning A, «Utarbeidet av: %s» (slik mandat.json lagrer den):\n", h.PreparedBy)
	printOnly(w, onlyA)
	fmt.Fprintf(w, "  Lesning B, «Behandlet av / Prosjekteier: %s»:\n", h.PreparedBy)
	printOnly(w, onlyB)

	if err := printFacts(w, m); err != nil {
		return err
	}

	fmt.Fprintln(w, "\nForeløpig tidsplan")
	for _, p := range m.Schedule.Timeline {
		fmt.Fprintf(w, "  %-20s %s–%s\n", p.Phase.Label(nb)+":", p.Start.Norwegian(), p.End.Norwegian())
	}

	var timeline, rest phase.Findings
	for _, f := range common {
		if strings.HasPrefix(string(f.Code), "timeline.") {
			timeline = append(timeline, f)
		} else {
			rest = append(rest, f)
		}
	}
	printFindings(w, "Kontroll av tidsplanen", timeline)
	printFindings(w, "Kontroll av mandatet for øvrig (gjelder begge lesningene)", rest)
	return nil
}

// printFacts quotes what the mandate says of the budget, the ROS analysis
// and external quality assurance. Every quote is checked against the
// mandate's text, so the report cannot say what the seed does not.
func printFacts(w io.Writer, m *product.ProjectMandate) error {
	resources, org := m.Schedule.Resources.Text, m.Organisation.Text
	for _, p := range m.Organisation.Parts {
		org += "\n" + p.Text
	}
	facts := []struct {
		label, text, quote, after string
	}{
		{"Budsjett", resources, "Budsjettet for konsept- og planleggingsfasen er satt til 5 mill.",
			"Det vil si 5 mill. kr for konsept- og planleggingsfasen; prosjektets finansiering vurderes etter planleggingsfasen."},
		{"ROS-analyse", resources, "En viktig leveranse i konseptfasen er en mulighets- og usikkerhetsanalyse (ROS-analyse)", ""},
		{"", resources, "Analysen skal jevnlig oppdateres, og minimum i forkant av overgang fra en prosjektfase til den neste.",
			"Analysen skal altså oppdateres før hver faseovergang, ikke bare lages i konseptfasen."},
		{"Ekstern kvalitetssikring (kap. 3)", resources, "Det skal i tillegg vurderes hvorvidt det skal gjennomføres en ekstern kvalitetssikring av prosjektet i forkant av gjennomføringsfasen.",
			"Kravet er å vurdere kvalitetssikring før gjennomføringsfasen, ikke å gjennomføre den."},
		{"Ekstern kvalitetssikring (kap. 4)", org, "Ut fra kompleksiteten i prosjektet, vurderes det som hensiktsmessig å engasjere / inngå kontrakt med en ekstern leverandør for kvalitetssikring, og som da vil følge prosjektet.", ""},
	}
	fmt.Fprintln(w, "\nFra mandatet (seed 001), ordrett")
	for _, f := range facts {
		if !strings.Contains(f.text, f.quote) {
			return fmt.Errorf("mandat.json does not say %q", f.quote)
		}
		lead := "    " // a further quote under the label before
		if f.label != "" {
			lead = "  " + f.label + ": "
		}
		fmt.Fprintf(w, "%s«%s»\n", lead, f.quote)
		if f.after != "" {
			fmt.Fprintf(w, "    %s\n", f.after)
		}
	}
	return nil
}

// split returns the findings a and b share, and those only in a and only
// in b, each sorted.
func split(a, b phase.Findings) (common, onlyA, onlyB phase.Findings) {
	in := func(f phase.Finding, fs phase.Findings) bool {
		for _, g := range fs {
			if g == f {
				return true
			}
		}
		return false
	}
	for _, f := range a {
		if in(f, b) {
			common = append(common, f)
		} else {
			onlyA = append(onlyA, f)
		}
	}
	for _, f := range b {
		if !in(f, a) {
			onlyB = append(onlyB, f)
		}
	}
	common.Sort()
	onlyA.Sort()
	onlyB.Sort()
	return common, onlyA, onlyB
}

// printOnly prints the findings of one reading only.
func printOnly(w io.Writer, fs phase.Findings) {
	if len(fs) == 0 {
		fmt.Fprintln(w, "    Ingen funn utover dem som gjelder begge lesningene.")
	}
	for _, f := range fs {
		fmt.Fprintf(w, "    %s: %s\n      (%s, %s)\n", f.Severity.Label(phase.Bokmal), f.Message.NB, f.Path, f.Code)
	}
}

func printFindings(w io.Writer, title string, fs phase.Findings) {
	fs.Sort()
	warnings := "advarsler"
	if len(fs.Warnings()) == 1 {
		warnings = "advarsel"
	}
	fmt.Fprintf(w, "\n%s: %d feil, %d %s\n", title, len(fs.Errors()), len(fs.Warnings()), warnings)
	if len(fs) == 0 {
		fmt.Fprintln(w, "  Ingen funn.")
	}
	for _, f := range fs {
		fmt.Fprintf(w, "  %s: %s\n    (%s, %s)\n", f.Severity.Label(phase.Bokmal), f.Message.NB, f.Path, f.Code)
	}
}
