package report

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// today is the date the test pages are made on.
var today = phase.MustDate("15.03.2022")

// must fails the test on an error.
func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// helgeland builds Digitale Helgeland in the planning phase as of
// 15.03.2022. Its mandate is examples/helgeland/mandat.json (seed 000);
// BP1 was sent back on 25.02.2020 (seed 002). Everything after that (the
// approvals, the timeline, the benefits' figures and measurements, the
// stakeholders' grades, the checklist answers) is made up for the report's
// tests, as testdata/README.md says.
func helgeland(t testing.TB) *veiviser.Project {
	t.Helper()
	date := phase.MustDate
	body, chair := "Styringsgruppen for Digitale Helgeland", "Leder for styringsgruppen"
	p, err := veiviser.NewProject(veiviser.ProjectConfig{
		ID: "DH-2020", Name: "Digitale Helgeland", Agency: "Vefsn kommune",
		History: []phase.Decision{
			{Point: phase.BP1, Outcome: phase.SentBack, Date: date("25.02.2020"), Body: body, DecidedBy: chair, Comment: "Arbeidsgruppene slås sammen; mandatet justeres"},
			{Point: phase.BP1, Outcome: phase.Approved, Date: date("28.05.2020"), Body: body, DecidedBy: chair, CaseNumber: phase.CaseNumber{Year: 2020, Sequence: 311}},
			{Point: phase.BP2, Outcome: phase.Approved, Date: date("15.06.2021"), Body: body, DecidedBy: chair, CaseNumber: phase.CaseNumber{Year: 2021, Sequence: 502},
				Conditions: []string{"Kostnadsfordelingen mellom kommunene avklares før BP3"}},
		},
	})
	must(t, err)
	p.Description = "Samarbeid om digitalisering mellom kommunene på Helgeland."
	p.Timeline = phase.Timeline{
		{Phase: phase.Idea, Start: date("01.09.2019"), End: date("28.05.2020")},
		{Phase: phase.Concept, Start: date("29.05.2020"), End: date("15.06.2021")},
		{Phase: phase.Planning, Start: date("16.06.2021"), End: date("31.12.2021")},
		{Phase: phase.Execution, Start: date("01.01.2022"), End: date("31.12.2023")},
		{Phase: phase.Closure, Start: date("01.01.2024"), End: date("31.03.2024")},
		{Phase: phase.Realisation, Start: date("01.04.2024"), End: date("31.12.2025")},
	}
	b, err := os.ReadFile(filepath.Join("..", "examples", "helgeland", "mandat.json"))
	must(t, err)
	var m product.Mandate
	must(t, json.Unmarshal(b, &m))
	p.Documents = append(p.Documents, &m)
	plan := &product.BenefitPlan{Header: product.Header{Project: p.Name, Status: product.StatusDraft,
		Changes: []product.ChangeEntry{{Version: "0.3", Date: date("01.10.2021"), Change: "Målinger høsten 2021"}}},
		Background: product.Section{Text: "Raskere saksbehandling, mer selvbetjening og billigere drift."},
		Plan:       helgelandBenefits(t)}
	p.Documents = append(p.Documents, plan)

	p.Stakeholders.Name = p.Name
	p.Stakeholders.Roles = stakeholder.Roles{
		{Role: stakeholder.ProjectOwner, Position: "Leder for styringsgruppen"},
		{Role: stakeholder.ProjectManager, Position: "Prosjektleder"},
	}
	p.Stakeholders.Stakeholders = []stakeholder.Stakeholder{
		{ID: "S1", Group: "Rådmennene", Category: stakeholder.Management, Interest: stakeholder.High, Influence: stakeholder.High},
		{ID: "S2", Group: "IT-lederne i kommunene", Category: stakeholder.User, Interest: stakeholder.High, Influence: stakeholder.Medium},
		{ID: "S3", Group: "Innbyggerne", Category: stakeholder.User, Interest: stakeholder.Medium, Influence: stakeholder.Low},
		{ID: "S4", Group: "Leverandørene av fagsystem", Category: stakeholder.Supplier, Interest: stakeholder.Low, Influence: stakeholder.Medium},
		{ID: "S5", Group: "Tillitsvalgte", Category: stakeholder.OtherCategory, Interest: stakeholder.Medium, Influence: stakeholder.Medium},
		{ID: "S6", Group: "Nordland fylkeskommune", Category: stakeholder.PremiseSetter, Interest: stakeholder.Low, Influence: stakeholder.Low},
		{ID: "S7", Group: "KS", Category: stakeholder.OtherCategory},
	}

	note := checklist.Note{By: "Prosjektleder", On: date("20.05.2020")}
	bp1, fs := m.Checklist.Checklist(note)
	if fs.HasErrors() {
		t.Fatalf("BP1 checklist: %v", fs)
	}
	must(t, p.Checklists.Put(bp1))
	bp3 := checklist.MustBP(phase.BP3)
	n := checklist.Note{By: "Prosjektleder", On: date("01.03.2022"), Comment: "Avklart i styringsgruppen"}
	for i, it := range bp3.Items() {
		if i >= 3 {
			break
		}
		switch it.Kind {
		case checklist.YesNo:
			must(t, bp3.Answer(it.ID, checklist.Answer{Bool: checklist.Yes}, n))
		case checklist.Text:
			must(t, bp3.Answer(it.ID, checklist.Answer{Text: "Se planen"}, n))
		case checklist.Choice:
			must(t, bp3.Answer(it.ID, checklist.Answer{Option: it.Options[0].ID}, n))
		}
	}
	must(t, p.Checklists.Put(bp3))
	return p
}

// helgelandBenefits is the benefit plan of examples/helgeland, with
// measurements made up for the tests.
func helgelandBenefits(t testing.TB) benefit.Plan {
	date := phase.MustDate
	p := benefit.Plan{
		Project: "Digitale Helgeland", Responsible: "Styringsgruppens leder",
		Benefits: []benefit.Benefit{
			{ID: "G1", Description: "Raskere saksbehandlingstid", Product: "Felles digitale tjenester",
				Area: benefit.Citizens, Valuation: benefit.Unpriced, Importance: benefit.High,
				Justification: "Innbyggere og næringsliv får svar raskere på søknader", Owner: "Kommunalsjef for plan og utvikling",
				Indicators: []benefit.Indicator{{
					Name: "Saksbehandlingstid, byggesøknader", Unit: benefit.Named, UnitName: "dager",
					Method: "Uttrekk fra sak-arkivsystemet", MeasuredBy: "Arkivleder",
					Baseline: benefit.Reading{Value: benefit.Units(42), Date: date("01.09.2020")},
					Target:   benefit.Reading{Value: benefit.Units(21), Date: date("31.12.2023")},
					Measurements: []benefit.Measurement{
						{Date: date("01.09.2021"), Value: benefit.Units(35), Comment: "Etter felles mal for byggesøknad"},
						{Date: date("01.03.2021"), Value: benefit.Units(40)},
					},
				}}},
			{ID: "G2", Description: "Økt grad av selvbetjening", Product: "Felles digitale tjenester",
				Area: benefit.Citizens, Valuation: benefit.Unpriced, Importance: benefit.High,
				Justification: "Innbyggerne kan søke digitalt", Owner: "Digitaliseringsleder",
				Indicators: []benefit.Indicator{{
					Name: "Andel søknader levert digitalt", Unit: benefit.Percent,
					Method: "Telling i skjemaløsningen", MeasuredBy: "Servicetorget",
					Baseline: benefit.Reading{Value: benefit.Units(35), Date: date("01.09.2020")},
					Target:   benefit.Reading{Value: benefit.Units(80), Date: date("31.12.2023")},
					Measurements: []benefit.Measurement{
						{Date: date("01.03.2021"), Value: benefit.Units(41)},
						{Date: date("01.09.2021"), Value: benefit.Units(48)},
						{Date: date("01.03.2022"), Value: 52_500},
					},
				}}},
			{ID: "G3", Description: "Mer kostnadseffektiv drift", Product: "Kjøre felles fagprogram",
				Area: benefit.Municipal, Valuation: benefit.Priced, Owner: "Rådmannsutvalget",
				StartYear: 2022, FullEffect: benefit.Kroner(4_000_000),
				Profile: []benefit.Money{benefit.Kroner(1_000_000), benefit.Kroner(2_500_000), benefit.Kroner(4_000_000), benefit.Kroner(4_000_000), benefit.Kroner(4_000_000),
					benefit.Kroner(4_000_000), benefit.Kroner(4_000_000), benefit.Kroner(4_000_000), benefit.Kroner(4_000_000), benefit.Kroner(4_000_000)},
				Indicators: []benefit.Indicator{{
					Name: "Lisens- og driftskostnader for fagsystemer", Unit: benefit.NOK,
					Method: "Regnskapstall per 31.12.", MeasuredBy: "Økonomisjefene",
					Baseline: benefit.Reading{Value: benefit.Units(18_000_000), Date: date("31.12.2019")},
					Target:   benefit.Reading{Value: benefit.Units(14_000_000), Date: date("31.12.2025")},
				}}},
		},
	}
	for _, id := range []string{"G1", "G2", "G3"} {
		must(t, p.Apply(id, benefit.Change{Event: benefit.EventPlan, Date: date("01.10.2020"), By: "Styringsgruppen"}))
	}
	return p
}

// statlig builds a made-up state project that affects the municipal
// sector, in a tailored model (two execution sub-phases, the closure phase
// skipped), in its first execution sub-phase, with Difi's KS checkpoints
// partly handled.
func statlig(t testing.TB) *veiviser.Project {
	t.Helper()
	date := phase.MustDate
	m, err := phase.NewModel(phase.Tailoring{Name: "Etatens prosjektmodell", ExecutionSubPhases: 2,
		Skips: []phase.Skip{{Phase: phase.Closure, Justification: "Løsningen overtas av linjen ved siste leveranse"}}})
	must(t, err)
	body, by := "Direktoratets ledergruppe", "Direktør"
	p, err := veiviser.NewProject(veiviser.ProjectConfig{
		ID: "DS-2018", Name: "Digital søknad om sosialhjelp", Agency: "Arbeids- og velferdsdirektoratet",
		Model: m, StateAffectingMunicipalities: true,
		History: []phase.Decision{
			{Point: phase.BP1, Outcome: phase.Approved, Date: date("01.09.2017"), Body: body, DecidedBy: by},
			{Point: phase.BP2, Outcome: phase.Approved, Date: date("01.03.2018"), Body: body, DecidedBy: by},
			{Point: phase.BP3, Outcome: phase.SentBack, Date: date("15.09.2018"), Body: "Prosjektstyret", DecidedBy: "Prosjekteier", Comment: "Gevinstplanen mangler kommunenes andel"},
			{Point: phase.BP3, Outcome: phase.Approved, Date: date("01.11.2018"), Body: "Prosjektstyret", DecidedBy: "Prosjekteier", CaseNumber: phase.CaseNumber{Year: 2018, Sequence: 4411}},
		},
	})
	must(t, err)
	p.Description = "Digital søknad om økonomisk sosialhjelp for innbyggerne, med saksbehandling i kommunene."
	inv := benefit.Kroner(48_500_000)
	p.Investment = &inv
	p.RollOut = date("01.06.2021")
	p.Timeline = phase.Timeline{
		{Phase: phase.Idea, Start: date("01.01.2017"), End: date("31.08.2017")},
		{Phase: phase.Concept, Start: date("01.09.2017"), End: date("28.02.2018")},
		{Phase: phase.Planning, Start: date("01.03.2018"), End: date("31.10.2018")},
		{Phase: phase.Execution, Sub: 1, Start: date("01.11.2018"), End: date("31.12.2019")},
		{Phase: phase.Execution, Sub: 2, Start: date("01.01.2020"), End: date("30.06.2021")},
		{Phase: phase.Realisation, Start: date("01.07.2021"), End: date("31.12.2023")},
	}
	p.Stakeholders.Roles = stakeholder.Roles{
		{Role: stakeholder.ProjectOwner, Position: "Direktør for arbeids- og tjenesteavdelingen"},
		{Role: stakeholder.ProjectManager, Person: "Kari Nordmann", Position: "Seksjonssjef"},
	}
	p.Stakeholders.Stakeholders = []stakeholder.Stakeholder{
		{ID: "KS", Group: "KS", Category: stakeholder.PremiseSetter, Interest: stakeholder.High, Influence: stakeholder.High},
		{ID: "K1", Group: "NAV-kontorene i kommunene", Category: stakeholder.User, Interest: stakeholder.High, Influence: stakeholder.High},
		{ID: "S1", Group: "Søkerne", Category: stakeholder.User, Interest: stakeholder.High, Influence: stakeholder.Low},
		{ID: "L1", Group: "Leverandørene av fagsystem", Category: stakeholder.Supplier, Interest: stakeholder.Medium, Influence: stakeholder.Low},
	}
	ks := checklist.KS()
	n := checklist.Note{By: "Prosjektleder", On: date("01.02.2018"), Comment: "Drøftet med KS i møte 01.02.2018"}
	must(t, ks.Answer("1", checklist.Answer{Bool: checklist.Yes}, n))
	must(t, ks.Answer("2", checklist.Answer{Bool: checklist.Yes}, n))
	must(t, ks.Defer("4", checklist.Note{By: "Prosjektleder", On: date("01.10.2018"), Comment: "Tas i gjennomføringsfase 2 når kostnadene er kjent"}))
	must(t, p.Checklists.Put(ks))
	return p
}

// stopped is a state project stopped at BP2, without a timeline.
func stopped(t testing.TB) *veiviser.Project {
	t.Helper()
	p, err := veiviser.NewProject(veiviser.ProjectConfig{
		ID: "KP-2020", Name: "Kartløsning for planbehandling", Agency: "Kartverket", StateAffectingMunicipalities: true,
		History: []phase.Decision{
			{Point: phase.BP1, Outcome: phase.Approved, Date: phase.MustDate("01.03.2020"), Body: "Ledergruppen", DecidedBy: "Kartverkets direktør"},
			{Point: phase.BP2, Outcome: phase.Stopped, Date: phase.MustDate("01.02.2021"), Body: "Ledergruppen", DecidedBy: "Kartverkets direktør", CaseNumber: phase.CaseNumber{Year: 2021, Sequence: 77}},
		},
	})
	must(t, err)
	return p
}

// registry builds a made-up state project in the concept phase with a
// timeline that runs past today.
func registry(t testing.TB) *veiviser.Project {
	t.Helper()
	date := phase.MustDate
	p, err := veiviser.NewProject(veiviser.ProjectConfig{
		ID: "FR-2021", Name: "Felles register for tilskudd", Agency: "Helsedirektoratet", StateAffectingMunicipalities: true,
		History: []phase.Decision{{Point: phase.BP1, Outcome: phase.Approved, Date: date("01.06.2021"), Body: "Ledermøtet", DecidedBy: "Direktør"}},
	})
	must(t, err)
	inv := benefit.Kroner(12_000_000)
	p.Investment = &inv
	p.Timeline = phase.Timeline{
		{Phase: phase.Idea, Start: date("01.01.2021"), End: date("31.05.2021")},
		{Phase: phase.Concept, Start: date("01.06.2021"), End: date("30.06.2022")},
		{Phase: phase.Planning, Start: date("01.07.2022"), End: date("31.12.2022")},
		{Phase: phase.Execution, Start: date("01.01.2023"), End: date("30.06.2024")},
		{Phase: phase.Closure, Start: date("01.07.2024"), End: date("30.09.2024")},
		{Phase: phase.Realisation, Start: date("01.10.2024"), End: date("31.12.2026")},
	}
	return p
}

// portfolio is the test portfolio: every fixture project.
func portfolio(t testing.TB) veiviser.Portfolio {
	return veiviser.Portfolio{helgeland(t), statlig(t), registry(t), stopped(t)}
}
