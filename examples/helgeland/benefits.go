package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/phase"
)

// helgelandBenefits builds a benefit realisation plan from the goals of the
// mandate (seed 000, "Hvilke behov skal dekkes?"): faster case handling
// ("Raskere saksbehandlingstid"), more self-service ("Økt grad av
// selvbetjening") and cost-effective operation ("en mer kostnadseffektiv
// drift i alle kommuner"). Each benefit's product is one of the mandate's
// concepts. The mandate names the goals but quantifies none of them: the
// owners, indicators, figures, measures and dates below are assumptions of
// this example, and the report says so.
//
// Benefits are planned before BP3 (the benefit realisation plan is one of
// its products) and realised once the project delivers, so none is set to
// realising: the project is in the concept phase.
func helgelandBenefits() (*benefit.Plan, error) {
	date := phase.MustDate
	p := &benefit.Plan{
		Project:     "Digitale Helgeland",
		Responsible: "Styringsgruppens leder",
		Benefits: []benefit.Benefit{
			{
				ID: "G1", Description: "Raskere saksbehandlingstid", Product: "Felles digitale tjenester",
				Area: benefit.Citizens, Valuation: benefit.Unpriced, Importance: benefit.High,
				Justification: "Innbyggere og næringsliv får svar raskere på søknader",
				Owner:         "Kommunalsjef for plan og utvikling",
				Indicators: []benefit.Indicator{{
					Name: "Saksbehandlingstid, byggesøknader", Unit: benefit.Named, UnitName: "dager",
					Method: "Uttrekk fra sak-arkivsystemet, gjennomsnitt per kvartal", MeasuredBy: "Arkivleder",
					Baseline: benefit.Reading{Value: benefit.Units(42), Date: date("01.09.2020")},
					Target:   benefit.Reading{Value: benefit.Units(21), Date: date("31.12.2023")},
				}},
			},
			{
				ID: "G2", Description: "Økt grad av selvbetjening", Product: "Felles digitale tjenester",
				Area: benefit.Citizens, Valuation: benefit.Unpriced, Importance: benefit.High,
				Justification: "Innbyggerne kan søke digitalt når det passer dem, uten å skrive ut og sende skjema",
				Owner:         "Digitaliseringsleder",
				Indicators: []benefit.Indicator{{
					Name: "Andel søknader levert digitalt", Unit: benefit.Percent,
					Method: "Telling i skjemaløsningen og postmottaket", MeasuredBy: "Servicetorget",
					Baseline: benefit.Reading{Value: benefit.Units(35), Date: date("01.09.2020")},
					Target:   benefit.Reading{Value: benefit.Units(80), Date: date("31.12.2023")},
				}},
			},
			{
				ID: "G3", Description: "Mer kostnadseffektiv drift", Product: "Kjøre felles fagprogram",
				Area: benefit.Municipal, Valuation: benefit.Priced, Owner: "Rådmannsutvalget",
				StartYear: 2022, FullEffect: benefit.Kroner(4_000_000),
				Profile: []benefit.Money{
					benefit.Kroner(1_000_000), benefit.Kroner(2_500_000), benefit.Kroner(4_000_000), benefit.Kroner(4_000_000), benefit.Kroner(4_000_000),
					benefit.Kroner(4_000_000), benefit.Kroner(4_000_000), benefit.Kroner(4_000_000), benefit.Kroner(4_000_000), benefit.Kroner(4_000_000),
				},
				Preconditions: []string{"Kommunene velger samme sak-arkiv- og økonomisystem"},
				Indicators: []benefit.Indicator{{
					Name: "Lisens- og driftskostnader for fagsystemer, alle kommuner", Unit: benefit.NOK,
					Method: "Regnskapstall per 31.12.", MeasuredBy: "Økonomisjefene",
					Baseline: benefit.Reading{Value: benefit.Units(18_000_000), Date: date("31.12.2019")},
					Target:   benefit.Reading{Value: benefit.Units(14_000_000), Date: date("31.12.2025")},
				}},
			},
		},
		Measures: []benefit.Measure{
			{ID: "T1", Description: "Felles anskaffelse av sak-arkivsystem", Owner: "Innkjøpsnettverket", Risk: benefit.MediumRisk, Benefits: []string{"G1", "G3"}},
			{ID: "T2", Description: "Digitalisere de mest brukte søknadsskjemaene", Owner: "Prosjektleder", Risk: benefit.LowRisk, Benefits: []string{"G1", "G2"}},
		},
		Revisions: []benefit.Revision{{Date: date("01.10.2020"), By: "Prosjektleder", Note: "Første versjon"}},
	}
	for _, id := range []string{"G1", "G2", "G3"} {
		if err := p.Apply(id, benefit.Change{Event: benefit.EventPlan, Date: date("01.10.2020"), By: "Styringsgruppen"}); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// printBenefits prints a short overview of the benefit realisation plan,
// a change the lifecycle refuses, and the plan's validation, with
// Norwegian labels.
func printBenefits(w io.Writer, project *veiviser.Project) error {
	const nb = phase.Bokmal
	p, err := helgelandBenefits()
	if err != nil {
		return err
	}
	fmt.Fprintln(w, "Gevinster")
	fmt.Fprintln(w, "=========")
	fmt.Fprintln(w, "Gevinstene er målene i mandatet («Hvilke behov skal dekkes?»), og produktene er konseptene i mandatet.")
	fmt.Fprintln(w, "Antatt: gevinstansvarlig, gevinsteiere, indikatorer, nullpunkter, mål, beløp, tiltak og datoer; mandatet tallfester ingen av målene.")
	fmt.Fprintln(w)
	fmt.Fprint(w, p.Overview(nb))

	// Starting the realisation of G1 is refused: nothing has been measured.
	// The example would not start it anyway before the project is in
	// execution.
	err = p.Apply("G1", benefit.Change{Event: benefit.EventStart, Date: phase.MustDate("01.04.2021")})
	var ce *benefit.ChangeError
	if !errors.As(err, &ce) {
		return fmt.Errorf("starting the realisation of G1 was not refused: %v", err)
	}
	realising := strings.ToLower(benefit.Realising.Label(nb))
	fmt.Fprintln(w, "\nGevinstene planlegges før BP3 og realiseres når prosjektet leverer.")
	fmt.Fprintf(w, "Fase nå: %s; ingen gevinst er %s.\n", project.Phase().Label(nb), realising)
	fmt.Fprintf(w, "Å melde G1 %s 01.04.2021 ble avvist (gevinsten er fortsatt %s):\n",
		realising, strings.ToLower(p.Find("G1").State().Label(nb)))
	for _, f := range ce.Unmet {
		fmt.Fprintf(w, "  - %s\n", f.Message.In(nb))
	}

	fs := p.Validate(benefit.Options{})
	fmt.Fprintf(w, "\nKontroll av planen: %d feil, %d advarsler\n", len(fs.Errors()), len(fs.Warnings()))
	for _, f := range fs {
		fmt.Fprintf(w, "  - %s: %s: %s\n", f.Severity.Label(nb), f.Path, f.Message.In(nb))
	}
	return nil
}
