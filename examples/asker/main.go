// Command asker validates the Digitale Asker 2020 project mandate (seed 001,
// "Difis mal for Prosjektmandat, versjon 2.5", 2016) and prints the result
// in Norwegian, as a project manager would read it.
//
// The mandate is stored in mandat.json as a product.ProjectMandate. Its
// planned timeline lets the closure phase start on 01.01.2019, a year
// before the execution phase ends on 31.12.2019; the validation names both
// phases and their dates. The decision box was filled in when the mandate
// was approved, but without the date and the name of who processed it.
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

func run(w io.Writer) error {
	m, err := load()
	if err != nil {
		return err
	}
	h := m.Head()
	b := h.Decision
	fmt.Fprintf(w, "%s for %s\n", m.Template().Label(phase.Bokmal), h.Project)
	fmt.Fprintf(w, "  Utarbeidet av: %s\n", h.PreparedBy)
	fmt.Fprintf(w, "  Status: %s\n", h.Status.Label(phase.Bokmal))
	fmt.Fprintf(w, "  Beslutning: %s\n", b.Decision)
	fmt.Fprintf(w, "  Signatur: %s\n", b.Signature)
	fmt.Fprintf(w, "  Neste fase ferdig: %s\n", b.NextPhaseDone)

	fmt.Fprintln(w, "\nForeløpig tidsplan")
	for _, p := range m.Schedule.Timeline {
		fmt.Fprintf(w, "  %-20s %s–%s\n", p.Phase.Label(phase.Bokmal)+":", p.Start.Norwegian(), p.End.Norwegian())
	}

	var timeline, rest phase.Findings
	for _, f := range m.Validate() {
		if strings.HasPrefix(string(f.Code), "timeline.") {
			timeline = append(timeline, f)
		} else {
			rest = append(rest, f)
		}
	}
	printFindings(w, "Kontroll av tidsplanen", timeline)
	printFindings(w, "Kontroll av mandatet for øvrig", rest)
	return nil
}

func printFindings(w io.Writer, title string, fs phase.Findings) {
	fs.Sort()
	fmt.Fprintf(w, "\n%s: %d feil, %d advarsler\n", title, len(fs.Errors()), len(fs.Warnings()))
	if len(fs) == 0 {
		fmt.Fprintln(w, "  Ingen funn.")
	}
	for _, f := range fs {
		fmt.Fprintf(w, "  %s: %s\n    (%s, %s)\n", f.Severity.Label(phase.Bokmal), f.Message.NB, f.Path, f.Code)
	}
}
