package benefit

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

func d(s string) phase.Date { return phase.MustDate(s) }

// profile returns n years of v.
func profile(n int, v Money) []Money {
	out := make([]Money, n)
	for i := range out {
		out[i] = v
	}
	return out
}

// goodPlan returns a complete plan with no error findings: three benefits
// drawn from the goals in seed 000, planned and being realised.
func goodPlan() *Plan {
	return &Plan{
		Project:     "Digitale Helgeland",
		Responsible: "Styringsgruppens leder",
		Benefits: []Benefit{
			{
				ID: "G1", Description: "Raskere saksbehandling", Product: "Felles digitale tjenester",
				Area: Citizens, Valuation: Unpriced, Importance: High,
				Justification: "Innbyggere og næringsliv får svar raskere",
				Owner:         "Kommunalsjef plan og utvikling",
				Indicators: []Indicator{{
					Name: "Saksbehandlingstid, byggesak", Unit: Named, UnitName: "dager",
					Method: "Uttrekk fra sak-arkiv", MeasuredBy: "Arkivleder",
					Baseline:     Reading{Value: Units(42), Date: d("2020-09-01")},
					Target:       Reading{Value: Units(21), Date: d("2023-12-31")},
					Points:       []PlannedPoint{{Kind: PointBaseline, Date: d("2020-09-01")}, {Kind: PointMidway, Date: d("2022-06-30")}, {Kind: PointFinal, Date: d("2023-12-31")}},
					Measurements: []Measurement{{Date: d("2021-03-01"), Value: Units(35), Comment: "Første måling"}},
				}},
				History: []Change{{Event: EventPlan, Date: d("2020-10-01")}, {Event: EventStart, Date: d("2021-03-15")}},
			},
			{
				ID: "G2", Description: "Økt grad av selvbetjening", Area: Citizens, Valuation: Unpriced, Importance: High,
				Justification: "Innbyggerne kan søke når det passer dem", Owner: "Digitaliseringsleder",
				Indicators: []Indicator{{
					Name: "Andel søknader levert digitalt", Unit: Percent,
					Baseline:     Reading{Value: Units(35), Date: d("2020-09-01")},
					Target:       Reading{Value: Units(80), Date: d("2023-12-31")},
					Measurements: []Measurement{{Date: d("2021-03-01"), Value: Units(47)}},
				}},
				History: []Change{{Event: EventPlan, Date: d("2020-10-01")}},
			},
			{
				ID: "G3", Description: "Mer kostnadseffektiv drift", Product: "Felles fagprogram",
				Area: Municipal, Valuation: Priced, Owner: "Rådmannsutvalget",
				StartYear: 2022, FullEffect: Kroner(4_000_000), Profile: append([]Money{Kroner(1_000_000), Kroner(2_500_000)}, profile(8, Kroner(4_000_000))...),
				Preconditions: []string{"Kommunene velger samme fagprogram"},
				Indicators: []Indicator{{
					Name: "Lisens- og driftskostnader for fagsystemer", Unit: NOK,
					Baseline:     Reading{Value: Units(18_000_000), Date: d("2020-12-31")},
					Target:       Reading{Value: Units(14_000_000), Date: d("2024-12-31")},
					Measurements: []Measurement{{Date: d("2021-12-31"), Value: Units(17_200_000)}},
				}},
			},
		},
		Measures: []Measure{
			{ID: "T1", Description: "Felles anskaffelse av sak-arkiv", Owner: "Innkjøpssjef", Risk: MediumRisk, Benefits: []string{"G1", "G3"}, Due: d("2022-06-30")},
		},
		Revisions: []Revision{{Date: d("2020-10-01"), By: "Prosjektleder", Note: "Første versjon"}},
	}
}

// phaseDate returns the zero Date for "" and the date s otherwise.
func phaseDate(s string) phase.Date {
	if s == "" {
		return phase.Date{}
	}
	return d(s)
}

func phaseHasErrors(fs phase.Findings) bool { return fs.HasErrors() }
