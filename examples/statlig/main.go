// Command statlig follows a state agency's digitalisation project that
// affects the municipal sector: NAV's DigiSOS (digital social services,
// run in the NAV offices together with the municipalities), one of the 29
// projects in the appendix table of Difi's 2016 report (seed 003: start
// "Høst 2016", planned end "Ikke avklart", phase in June 2016 "Konsept- og
// testfase").
//
// The project takes BP1 and stands in the concept phase, the phase the
// table gives. Difi's KS checklist (seed 004) applies to it, but only from
// the day it was published, 16 November 2017: a decision is checked against
// the checklists that existed on its date. Two trial runs of BP2, one
// before and one after that day, show the difference without deciding.
//
// The example ends with the overview Difi proposed in the same report: state
// projects over 10 MNOK that affect the municipal sector, one row per
// project, printed as CSV for publishing. The rows are seven of the table's
// 29 projects, word for word. The table gives no amounts, so every
// investment is unknown; the report says how the threshold treats that.
//
// Everything the sources do not give is printed on a line of its own that
// starts with "Antatt:".
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

// appendixProjects is the number of projects in the appendix table of
// seed 003 (section 1.2: "denne lista redusert til 29 prosjekter").
const appendixProjects = 29

// ksPublished is the day Difi published the KS checklist (seed 004:
// "Publisert: 16. nov 2017, Sist endra: 02. des 2017"). The library's gate
// does not check a decision dated before it against that checklist.
var ksPublished = checklist.KSPublished()

// gate returns the gate of set for a state project that affects the
// municipal sector.
func gate(set *checklist.Set) phase.Gate { return set.Gate(checklist.Options{KS: true}) }

// ksApplies reports whether the KS checklist existed on date d.
func ksApplies(d phase.Date) bool { return !d.Before(ksPublished) }

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
	const nb = phase.Bokmal
	row := appendix[1] // DigiSOS
	tablePhase, err := phase.Parse(row.phase)
	if err != nil {
		return err
	}
	all, err := phase.ParseAll(row.phase)
	if err != nil {
		return err
	}

	fmt.Fprintln(w, "DigiSOS (NAV) – statlig prosjekt som påvirker kommunesektoren")
	fmt.Fprintf(w, "Vedlegg 1 (Difi 2016): oppstart «%s», planlagt ferdig «%s», fase i juni 2016 «%s».\n", row.start, row.end, row.phase)
	fmt.Fprintf(w, "Fasen: teksten nevner både konsept og test; phase.Parse gir %s, og phase.ParseAll finner %s.\n",
		tablePhase.Label(nb), phaseList(all, nb))
	fmt.Fprintln(w, "Antatt: «test» er her testing av konsepter, ikke gjennomføring (slik phase.Parse leser test i samme ledd som konseptfasen).")
	fmt.Fprintln(w, "Tabellen gir fasen i juni 2016, men oppstart «Høst 2016»; kildene forklarer ikke forskjellen.")

	set := checklist.NewSet()
	l := phase.New(nil)
	fmt.Fprintf(w, "Modell: %s. Start: %s.\n\n", l.Model().Name(), l.Phase().Label(nb))

	fmt.Fprintf(w, "Sjekklistene: Difis KS-sjekkliste ble publisert %s (seed 004). En beslutning kontrolleres mot sjekklistene\n", ksPublished.Norwegian())
	fmt.Fprintf(w, "som fantes på beslutningsdatoen: beslutninger datert før %s kontrolleres ikke mot KS-sjekklisten.\n", ksPublished.Norwegian())
	fmt.Fprintln(w, "Antatt: KS-teksten vi har (sist endret 02.12.2017) er den som ble publisert 16.11.2017.")
	fmt.Fprintln(w, "Antatt: BP-sjekklistene er Digdirs gjeldende tekst; kildene har ikke versjonen som gjaldt i 2016.")
	fmt.Fprintln(w)

	// BP1: start of the concept phase.
	pm := "Prosjektleder DigiSOS"
	if err := answerAll(set.At(phase.BP1), map[string]string{"4": "prosjekt", "7": "nei"},
		checklist.Note{By: pm, On: phase.MustDate("15.08.2016")}); err != nil {
		return err
	}
	if err := decide(w, l, decision(phase.BP1, "01.09.2016"), gate(set)); err != nil {
		return err
	}
	fmt.Fprintln(w, "Antatt: datoen for BP1 (tabellen sier bare «Høst 2016») og svarene på BP1-sjekklisten (alle «ja», punkt 4 «prosjekt», punkt 7 «nei»).")

	same := "den fasen tabellen oppgir"
	if l.Phase() != tablePhase {
		same = "tabellen oppgir " + tablePhase.Label(nb)
	}
	fmt.Fprintf(w, "Status: %s – %s.\n\n", l.Phase().Label(nb), same)

	// BP2 tried, not decided, on both sides of the publication date.
	fmt.Fprintln(w, "BP2 prøvd uten å beslutte, for å vise regelen (bare kravene fra KS-sjekklisten vises):")
	fmt.Fprintln(w, "Antatt: begge datoene er tenkte; kildene sier ikke når eller om DigiSOS nådde BP2.")
	for _, date := range []string{"15.12.2016", "15.01.2018"} {
		d := decision(phase.BP2, date)
		ks := ksFindings(l.Check(d, gate(set)))
		if !ksApplies(d.Date) {
			fmt.Fprintf(w, "  %s %s: KS-sjekklisten fantes ikke og kontrolleres ikke (%d krav fra den). Porten sier: %s\n",
				d.Point.Label(), d.Date.Norwegian(), len(ks.Errors()), ks[0].Message.NB)
			continue
		}
		fmt.Fprintf(w, "  %s %s: KS-sjekklisten kontrolleres; %d krav er ikke oppfylt:\n",
			d.Point.Label(), d.Date.Norwegian(), len(ks.Errors()))
		for _, f := range ks {
			prefix := ""
			if f.Severity != phase.SeverityError {
				prefix = f.Severity.Label(nb) + ": "
			}
			fmt.Fprintf(w, "    %s%s (%s)\n", prefix, f.Message.NB, f.Path)
		}
	}
	fmt.Fprintf(w, "Status etter prøvene: %s (ingenting er besluttet).\n", l.Phase().Label(nb))

	fmt.Fprintln(w)
	return overview(w)
}

// ksFindings returns the findings of the KS checklist among fs.
func ksFindings(fs phase.Findings) phase.Findings {
	var out phase.Findings
	prefix := checklist.PathPrefix + ".ks"
	for _, f := range fs {
		if f.Path == prefix || strings.HasPrefix(f.Path, prefix+".") {
			out = append(out, f)
		}
	}
	return out
}

// decide takes decision d with the gate and prints the outcome. A refusal
// by the gate is printed, not returned: it is part of the story.
func decide(w io.Writer, l *phase.Lifecycle, d phase.Decision, gate phase.Gate) error {
	warnings := l.Check(d, gate).Warnings()
	err := l.Decide(d, gate)
	var de *phase.DecisionError
	ks := ""
	if !ksApplies(d.Date) {
		ks = " (KS-sjekklisten fantes ikke ennå og er ikke kontrollert)"
	}
	switch {
	case errors.As(err, &de) && errors.Is(err, phase.ErrRefused):
		fmt.Fprintf(w, "%s %s: avvist%s – %d krav er ikke oppfylt:\n", d.Point.Label(), d.Date.Norwegian(), ks, len(de.Unmet))
		for _, f := range de.Unmet {
			fmt.Fprintf(w, "  %s (%s)\n", f.Message.NB, f.Path)
		}
	case err != nil:
		return err
	default:
		fmt.Fprintf(w, "%s %s: godkjent – %s%s\n", d.Point.Label(), d.Date.Norwegian(), l.Phase().Label(phase.Bokmal), ks)
	}
	for _, f := range warnings {
		fmt.Fprintf(w, "  %s: %s (%s)\n", f.Severity.Label(phase.Bokmal), f.Message.NB, f.Path)
	}
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

// overview prints the overview of the appendix projects for publishing.
func overview(w io.Writer) error {
	var rows veiviser.Overview
	for _, t := range appendix {
		r, err := reported(t)
		if err != nil {
			return err
		}
		rows = append(rows, r)
	}
	known := rows.Select(veiviser.OverviewOptions{ExcludeUnknown: true})
	public := rows.Select(veiviser.OverviewOptions{}).Redacted()
	b, err := public.CSV(veiviser.CSVOptions{Comma: ';'})
	if err != nil {
		return err
	}

	fmt.Fprintln(w, "Porteføljeoversikt (Difi 2016, vedlegg 1)")
	fmt.Fprintf(w, "%d av vedleggets %d prosjekter, ordrett fra tabellen.\n", len(rows), appendixProjects)
	fmt.Fprintln(w, "Berører kommunal sektor: ja for alle; kartleggingen omfattet bare prosjekter som berører kommunal sektor (seed 003, avsnitt 1.2).")
	fmt.Fprintf(w, "Investering: ukjent for alle %d. Tabellen oppgir ingen beløp; rapporten sier bare at 21 av de 29 prosjektene oppga en\n", len(rows))
	fmt.Fprintln(w, "investeringsramme, fra 2 millioner til 1,2 milliarder kroner (avsnitt 2.1), ikke hvilke prosjekter som oppga hva.")
	fmt.Fprintf(w, "Terskel: en ukjent investering kan ikke sammenlignes med terskelen (investering over %s). Oversikten tar dem med\n",
		veiviser.DefaultThreshold.Short())
	fmt.Fprintf(w, "som «ukjent» (%d av %d); bare med ExcludeUnknown faller de ut (da %d av %d).\n\n", len(public), len(rows), len(known), len(rows))
	if _, err := w.Write(b); err != nil {
		return err
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Datoer: «Høst 2016» og «Ikke avklart» er ikke datoer og står tomme.")
	fmt.Fprintln(w, "Antatt: en måned er lest som første dag i måneden (oppstart) eller siste (planlagt ferdig), et år alene som 1. januar eller 31. desember, «Aug.13» som august 2013.")
	fmt.Fprintln(w, "Fase: tabellens fritekst for juni 2016, lest med phase.Parse; en tekst som nevner flere faser, står tom med fasene fra phase.ParseAll i merknaden.")
	fmt.Fprintln(w, "KS involvert: ja der beskrivelsen sier «i samarbeid med KS», ellers tomt. Kommunale kostnader og gevinster: tomme, tabellen sier ikke noe om dem.")
	return nil
}

// reported returns the overview row of a table row as reported: the
// table's text, its phase as phaseOf reads it, its dates as tableDate
// reads them, the investment unknown (zero), and the table's own words for
// start, end and phase in the note.
func reported(t tableRow) (veiviser.Row, error) {
	ph, all, err := phaseOf(t.phase)
	if err != nil {
		return veiviser.Row{}, fmt.Errorf("%s: %w", t.name, err)
	}
	r := veiviser.Row{
		Agency: t.agency, Project: t.name, Description: t.description,
		Start: tableDate(t.start, false), End: tableDate(t.end, true),
		Phase: ph, Municipal: checklist.Yes,
		Note: "Vedlegg 1: oppstart «" + t.start + "», planlagt ferdig «" + t.end + "», fase «" + t.phase + "».",
	}
	if ph == 0 {
		r.Note += " Fasen er tvetydig: " + phaseList(all, phase.Bokmal) + "."
	}
	if strings.Contains(t.description, "i samarbeid med KS") {
		r.KSInvolved = checklist.Yes
		r.Note += " KS involvert ifølge beskrivelsen."
	}
	return r, nil
}

// phaseOf reads the phase column of the table: the one phase phase.Parse
// finds, or, for a text that names several, no phase and every phase
// phase.ParseAll finds.
func phaseOf(text string) (phase.Phase, []phase.Phase, error) {
	ph, err := phase.Parse(text)
	if err == nil {
		return ph, []phase.Phase{ph}, nil
	}
	if !errors.Is(err, phase.ErrAmbiguous) {
		return 0, nil, err
	}
	all, err := phase.ParseAll(text)
	if err != nil {
		return 0, nil, err
	}
	return 0, all, nil
}

// phaseList writes phases as "Konseptfase" or "Gjennomføringsfase og
// Konseptfase".
func phaseList(ps []phase.Phase, l phase.Language) string {
	labels := make([]string, len(ps))
	for i, p := range ps {
		labels[i] = p.Label(l)
	}
	if len(labels) <= 1 {
		if len(labels) == 0 {
			return "ingen fase"
		}
		return "bare " + labels[0]
	}
	return strings.Join(labels[:len(labels)-1], ", ") + " og " + labels[len(labels)-1]
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
