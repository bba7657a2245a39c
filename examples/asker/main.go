// Command asker validates the Digitale Asker 2020 project mandate (seed 001,
// Difi's template Prosjektmandat v2.5, 2016) and its planned timeline, and
// prints the findings in Norwegian.
//
// The timeline in the mandate lets the closure phase start a year before the
// execution phase ends; the validation names both phases and their dates.
package main

import (
	"fmt"
	"io"
	"os"

	"github.com/digitale-helgeland/veiviser/phase"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "asker:", err)
		os.Exit(1)
	}
}

// timeline is "Foreløpig tidsplan" in chapter 3 of the mandate, as written.
func timeline() phase.Timeline {
	period := func(p phase.Phase, start, end string) phase.Period {
		return phase.Period{Phase: p, Start: phase.MustDate(start), End: phase.MustDate(end)}
	}
	return phase.Timeline{
		period(phase.Concept, "30.09.2016", "31.12.2016"),
		period(phase.Planning, "01.01.2017", "30.06.2017"),
		period(phase.Execution, "01.07.2017", "31.12.2019"),
		period(phase.Closure, "01.01.2019", "30.06.2020"),
		period(phase.Realisation, "01.07.2020", "31.12.2022"),
	}
}

func run(w io.Writer) error {
	tl := timeline()
	fmt.Fprintln(w, "Digitale Asker 2020 – foreløpig tidsplan")
	for _, p := range tl {
		fmt.Fprintf(w, "  %-20s %s–%s\n", p.Phase.Label(phase.Bokmal)+":", p.Start.Norwegian(), p.End.Norwegian())
	}
	printFindings(w, "Kontroll av tidsplanen", tl.Validate().WithPrefix("timeline"))
	return nil
}

func printFindings(w io.Writer, title string, fs phase.Findings) {
	fmt.Fprintf(w, "\n%s: %d feil, %d advarsler\n", title, len(fs.Errors()), len(fs.Warnings()))
	if len(fs) == 0 {
		fmt.Fprintln(w, "  Ingen funn.")
	}
	for _, f := range fs {
		fmt.Fprintf(w, "  %s: %s (%s, %s)\n", f.Severity.Label(phase.Bokmal), f.Message.NB, f.Path, f.Code)
	}
}
