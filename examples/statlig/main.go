// Command statlig follows a state agency's digitalisation project that
// affects the municipal sector from the concept phase into planning: NAV's
// DigiSOS (digital social services, run in the NAV offices together with
// the municipalities), one of the 29 projects in the appendix table of
// Difi's 2016 report (seed 003: "Høst 2016", "Konsept- og testfase").
//
// The project is marked as affecting the municipal sector, so Difi's KS
// checklist (seed 004) applies. BP2 is refused while KS checkpoints 1–4
// are open; once they are handled, BP2 is approved and the project enters
// the planning phase. Checkpoint 8 ("throughout") is reported as a
// warning until it becomes due at BP5.
//
// The seeds give no exact dates or answers for DigiSOS; the dates and
// comments below are illustrative.
//
// The example ends with the overview Difi proposed in the same report: state
// projects over 10 MNOK that affect the municipal sector, one row per
// project, printed as CSV for publishing. The rows are seven projects of
// the appendix table, word for word; DigiSOS's row is made from its project
// with the KS checkpoints handled above. The table gives no amounts and
// some dates only as a month, a year or a season: what the example assumes
// is said in the note column and below the CSV.
//
//	go run ./examples/statlig
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/phase"
)

func main() {
	if err := run(os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "statlig:", err)
		os.Exit(1)
	}
}

const (
	body   = "Arbeids- og velferdsdirektoratets ledelse"
	signer = "Arbeids- og velferdsdirektøren"
)

func decision(p phase.DecisionPoint, date string) phase.Decision {
	return phase.Decision{Point: p, Outcome: phase.Approved, Date: phase.MustDate(date), Body: body, DecidedBy: signer}
}

// answerAll records "ja" for every item of c, or the answer given in
// special, as the project's own review of the checklist.
func answerAll(c *checklist.Checklist, special map[string]string, n checklist.Note) error {
	for _, it := range c.Items() {
		a, ok := special[it.ID]
		if !ok {
			a = "ja"
		}
		if err := c.Record(it.ID, a, n); err != nil {
			return err
		}
	}
	return nil
}

func run(w io.Writer) error {
	set := checklist.NewSet()
	gate := set.Gate(checklist.Options{KS: true}) // NAV's DigiSOS is a state project that affects the municipal sector
	l := phase.New(nil)
	pm := "Prosjektleder DigiSOS"

	fmt.Fprintln(w, "DigiSOS (NAV) – statlig prosjekt som påvirker kommunesektoren")
	fmt.Fprintf(w, "Modell: %s. Start: %s.\n\n", l.Model().Name(), l.Phase().Label(phase.Bokmal))

	// BP1: start of the concept phase, autumn 2016.
	if err := answerAll(set.At(phase.BP1), map[string]string{"4": "prosjekt", "7": "nei"},
		checklist.Note{By: pm, On: phase.MustDate("15.08.2016")}); err != nil {
		return err
	}
	if err := decide(w, l, decision(phase.BP1, "01.09.2016"), gate); err != nil {
		return err
	}

	// BP2, first attempt: the BP2 checklist is answered, but KS has not been
	// contacted.
	if err := answerAll(set.At(phase.BP2), nil, checklist.Note{By: pm, On: phase.MustDate("01.12.2016")}); err != nil {
		return err
	}
	if err := decide(w, l, decision(phase.BP2, "15.12.2016"), gate); err != nil {
		return err
	}

	// The agency meets KS and handles checkpoints 1–4 (seed 004).
	meeting := phase.MustDate("10.01.2017")
	ks := set.KS()
	n := checklist.Note{By: pm, On: meeting, Comment: "Første møte med KS 10.01.2017; KS peikar ut fem pilotkommunar"}
	for _, id := range []string{"1", "2", "3"} {
		if err := ks.Record(id, "ja", n); err != nil {
			return err
		}
	}
	if err := ks.Defer("4", checklist.Note{By: pm, On: meeting,
		Comment: "Nytteverknadene vert greia ut med pilotkommunane i testfasen; avtalt med KS"}); err != nil {
		return err
	}
	fmt.Fprintf(w, "KS-sjekkpunkter behandlet %s:\n", meeting.Norwegian())
	for _, it := range ks.Items()[:4] {
		status := it.State().Label(phase.Bokmal)
		if a, ok := it.Answer(); ok {
			status = a.Label(it, phase.Bokmal)
		}
		fmt.Fprintf(w, "  %s. %s: %s\n", it.ID, it.Question.Text, status)
	}
	fmt.Fprintln(w)

	// BP2 again: approved; the deferred checkpoint 4 and checkpoint 8 are warnings.
	if err := decide(w, l, decision(phase.BP2, "20.01.2017"), gate); err != nil {
		return err
	}

	r := ks.EvaluateAt(l.Phase())
	fmt.Fprintf(w, "Status: %s. KS-sjekklisten: %d besvart, %d fortsatt åpen, %d åpne.\n",
		l.Phase().Label(phase.Bokmal), r.Counts.Answered, r.Counts.Deferred, r.Counts.Open)

	fmt.Fprintln(w)
	return overview(w, l, set)
}

// decide takes decision d with the gate and prints the outcome. A refusal
// by the gate is printed, not returned: it is part of the story.
func decide(w io.Writer, l *phase.Lifecycle, d phase.Decision, gate phase.Gate) error {
	warnings := l.Check(d, gate).Warnings()
	err := l.Decide(d, gate)
	var de *phase.DecisionError
	switch {
	case errors.As(err, &de) && errors.Is(err, phase.ErrRefused):
		fmt.Fprintf(w, "%s %s: avvist – %d krav er ikke oppfylt:\n", d.Point.Label(), d.Date.Norwegian(), len(de.Unmet))
		for _, f := range de.Unmet {
			fmt.Fprintf(w, "  %s (%s)\n", f.Message.NB, f.Path)
		}
	case err != nil:
		return err
	default:
		fmt.Fprintf(w, "%s %s: godkjent – %s\n", d.Point.Label(), d.Date.Norwegian(), l.Phase().Label(phase.Bokmal))
	}
	for _, f := range warnings {
		fmt.Fprintf(w, "  %s: %s (%s)\n", f.Severity.Label(phase.Bokmal), f.Message.NB, f.Path)
	}
	fmt.Fprintln(w)
	return nil
}

// tableRow is one row of the appendix table of seed 003 (Vedlegg 1), word
// for word: virksomhet, navn på prosjekt, beskrivelse av prosjektet,
// oppstart, planlagt ferdig, fase for prosjekt i juni 2016. Footnote marks
// after the agency are left out.
type tableRow struct{ agency, name, description, start, end, phase string }

// appendix holds seven of the table's 29 projects.
var appendix = []tableRow{
	{"NAV", "Kommune-reform", "Prosjektet skal sette Arbeids- og velferdsetaten i stand til å tilpasse IT-systemer (fagsystemer og fellesregistre) til ny kommunestruktur.",
		"Januar 2015", "28.2.2018", "Gjennomføringsfase"},
	{"NAV", "DigiSOS", "Mål for DigiSOS- forprosjekt er at saksbehandling skal bli enklere og foregå raskere. Samlet oversikt over brukers saker er en forutsetning for å gi brukere helhetlig oppfølging, jf mål for opprettelse av NAV. Forprosjektet vurderer løsninger som innebærer at brukerne skal få innsyn i egen sak (vedtak, utbetalinger, avtaler), kunne sende inn dokumenter elektronisk og kommunisere gjennom sikker digital dialog (ikke epost).",
		"Høst 2016", "Ikke avklart", "Konsept- og testfase"},
	{"eHelse", "Nasjonalt velferdsteknologiprogram", "Helsedirektoratet og Direktoratet for e-helse, i samarbeid med KS, utfører fem nasjonale oppdrag fra HOD på velferdsteknologiområdet. Disse oppdragene er organisert og løses innenfor det nasjonale velferdsteknologiprogrammet. Programmet ble etablert høsten 2013 som et resultat av RNB og Meld. St. 29 (2012-2013) «Morgendagens omsorg». De fem oppdragene er: 1) Trygghets- og mestringsoppdraget 2) Avstandsoppfølgingsoppdraget 3) Be Healthy - Be Mobile (WHO/ITU) 4) 4. Utvikling og utprøving av teknologiske verktøy for sosial kontakt 5) 5. Støtte til fritidsaktiviteter for barn og unge med nedsatt funksjonsevne",
		"Aug.13", "01.12.2020", "Gjennomføring"},
	{"eHelse", "Elektronisk helsekort for gravide", "Utrede og påbegynne utvikling av løsning for elektronisk helsekort for gravide - Fase 1",
		"01.01.2016", "01.12.2019", "Planleggingsfase"},
	{"Kartverket", "Geointegrasjon - videreføring", "Prosjektets formål er å få utarbeidet felles grensesnittstandarder og prinsipper for samspill mellom fagsystemer og saks-/arkivsystemer innenfor kommunal sektor.",
		"Høst 2016", "Desember 2017", "Under planlegging"},
	{"SKD", "Modernisering av folkeregisteret", "Nytt folkeregister. Vil berøre alle brukerne av Folkeregisteret.",
		"2016", "2020", "Gjennomføringsfase"},
	{"IMDi", "WS4", "Ny webservice for overføring av informasjon mellom NIR og kommunale fagsystem. Dekker introduksjonslovens bestemmelser.",
		"Oktober 2016", "Juni 2017", "Planleggingsfase"},
}

// assumedInvestment is the investment the example assumes for every
// project: the table gives no amounts, but the survey took in only
// projects whose total cost for the state in 2016–2020 was over 10 MNOK, so
// each gets the least whole-krone amount over that limit.
var assumedInvestment = benefit.Kroner(10_000_001)

// overview prints the overview of the appendix projects for publishing.
func overview(w io.Writer, l *phase.Lifecycle, set *checklist.Set) error {
	var rows veiviser.Overview
	for _, t := range appendix {
		r, err := reported(t)
		if err != nil {
			return err
		}
		if t.name == "DigiSOS" {
			r = digiSOS(t, l, set)
		}
		rows = append(rows, r)
	}
	public := rows.Select(veiviser.OverviewOptions{}).Redacted()
	b, err := public.CSV(veiviser.CSVOptions{Comma: ';'})
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Porteføljeoversikt for publisering (Difi 2016, vedlegg 1): statlige prosjekter som berører")
	fmt.Fprintf(w, "kommunal sektor, med investering over %s. %d av %d prosjekter tatt med.\n\n",
		veiviser.DefaultThreshold.Short(), len(public), len(rows))
	if _, err := w.Write(b); err != nil {
		return err
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Antakelser:")
	fmt.Fprintf(w, "  Investering: tabellen oppgir ingen beløp. Kartleggingen tok bare med prosjekter med total kostnad for\n"+
		"    staten over 10 mill. kr i 2016–2020, så hvert prosjekt er satt til %s.\n", assumedInvestment)
	fmt.Fprintln(w, "  Datoer: en måned er lest som første dag i måneden (oppstart) eller siste (planlagt ferdig), et år alene")
	fmt.Fprintln(w, "    som 1. januar eller 31. desember, «Aug.13» som august 2013; «Høst 2016» og «Ikke avklart» gir tom dato.")
	fmt.Fprintln(w, "  Fase: tabellens fritekst for juni 2016, lest med phase.Parse; DigiSOS har fasen fra gjennomgangen over.")
	fmt.Fprintln(w, "  Berører kommunal sektor: ja for alle, fordi kartleggingen bare tok med slike prosjekter. KS og kommunale")
	fmt.Fprintln(w, "    kostnader og gevinster er tomme der tabellen ikke sier noe.")
	return nil
}

// reported returns the overview row of a table row as reported: the
// table's text, its phase as phase.Parse reads it, its dates as tableDate
// reads them, and the assumed investment, with the table's own words for
// start, end and phase in the note.
func reported(t tableRow) (veiviser.Row, error) {
	ph, err := phase.Parse(t.phase)
	if err != nil {
		return veiviser.Row{}, fmt.Errorf("%s: %w", t.name, err)
	}
	r := veiviser.Row{
		Agency: t.agency, Project: t.name, Description: t.description,
		Start: tableDate(t.start, false), End: tableDate(t.end, true),
		Phase: ph, Municipal: checklist.Yes, Investment: assumedInvestment,
		Note: "Vedlegg 1: oppstart «" + t.start + "», planlagt ferdig «" + t.end + "», fase «" + t.phase + "». Investering antatt.",
	}
	if strings.Contains(t.description, "i samarbeid med KS") {
		r.KSInvolved = checklist.Yes
		r.Note += " KS involvert ifølge beskrivelsen."
	}
	return r, nil
}

// digiSOS returns DigiSOS's row made from its project, with the KS
// checklist handled above. The story decided on a bare lifecycle, so the
// row takes its phase from there.
func digiSOS(t tableRow, l *phase.Lifecycle, set *checklist.Set) veiviser.Row {
	p, err := veiviser.NewProject(veiviser.ProjectConfig{ID: "nav-digisos", Name: t.name, Agency: t.agency, StateAffectingMunicipalities: true})
	if err != nil { // unreachable: no history to replay
		panic(err)
	}
	p.Description = t.description
	p.Investment = assumedInvestment
	p.Checklists = set
	r := p.PortfolioRow()
	r.Phase, r.Status = l.Phase(), l.Status()
	r.Note = "Vedlegg 1: oppstart «" + t.start + "», planlagt ferdig «" + t.end + "», fase «" + t.phase +
		"». Fase og KS-svar fra gjennomgangen over (illustrativ). Investering antatt."
	return r
}

var months = map[string]time.Month{
	"januar": time.January, "februar": time.February, "mars": time.March, "april": time.April,
	"mai": time.May, "juni": time.June, "juli": time.July, "august": time.August, "aug": time.August,
	"september": time.September, "oktober": time.October, "november": time.November, "desember": time.December,
}

// tableDate reads a date as the table writes it: a whole date, a month and
// a year ("Januar 2015", "Aug.13"), or a year alone. A month or a year is
// read as its first day for a start and its last day for an end. Anything
// else ("Høst 2016", "Ikke avklart") gives the zero Date.
func tableDate(s string, end bool) phase.Date {
	if d, err := phase.ParseDate(s); err == nil {
		return d
	}
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '.' })
	m, from, to := time.January, time.January, time.December
	switch len(f) {
	case 1:
	case 2:
		var ok bool
		if m, ok = months[f[0]]; !ok {
			return phase.Date{}
		}
		from, to = m, m
	default:
		return phase.Date{}
	}
	y, err := strconv.Atoi(f[len(f)-1])
	switch {
	case err != nil:
		return phase.Date{}
	case y < 100:
		y += 2000
	}
	if end {
		return phase.DateOf(time.Date(y, to+1, 0, 0, 0, 0, 0, time.UTC))
	}
	return phase.DateOf(time.Date(y, from, 1, 0, 0, 0, 0, time.UTC))
}
