package report

import (
	"bytes"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// script is what a hostile user types into the field called name: a
// script element that runs in any browser. Its type attribute keeps the
// library from taking "<script>" for a template placeholder ("<dato>"),
// which some fields refuse.
func script(name string) string {
	return `<script type="text/javascript">alert("` + name + `")</script>`
}

// escaped is script(name) as html/template writes it into text.
func escaped(name string) string {
	return `&lt;script type=&#34;text/javascript&#34;&gt;alert(&#34;` + name + `&#34;)&lt;/script&gt;`
}

// hostile builds a project with a script in every text field a user
// types that the pages show, and returns it with the fields' names.
func hostile(t *testing.T) (*veiviser.Project, []string) {
	date := phase.MustDate
	var fields []string
	s := func(name string) string {
		fields = append(fields, name)
		return script(name)
	}
	m, err := phase.NewModel(phase.Tailoring{Name: s("tailoring.name"), ExecutionSubPhases: 2,
		Skips: []phase.Skip{{Phase: phase.Closure, Justification: s("skip.justification")}}})
	must(t, err)
	p, err := veiviser.NewProject(veiviser.ProjectConfig{
		ID: s("id"), Name: s("name"), Agency: s("agency"), Model: m, StateAffectingMunicipalities: true,
		History: []phase.Decision{
			{Point: phase.BP1, Outcome: phase.SentBack, Date: date("01.02.2020"), Body: s("decision.body"), DecidedBy: s("decision.decidedBy"),
				Comment: s("decision.comment"), Conditions: []string{s("decision.condition")}}, // a CaseNumber is typed: no text of the user's
		},
	})
	must(t, err)
	p.Description = s("description")
	inv := benefit.Kroner(20_000_000)
	p.Investment = &inv
	p.Timeline = phase.Timeline{{Phase: phase.Idea, Start: date("01.01.2020"), End: date("31.12.2020")}}
	p.Stakeholders.Roles = stakeholder.Roles{
		{Role: stakeholder.ProjectOwner, Person: s("owner.person"), Position: s("owner.position")},
		{Role: stakeholder.ProjectManager, Person: s("manager.person")},
	}
	p.Stakeholders.Stakeholders = []stakeholder.Stakeholder{
		{ID: s("stakeholder.id"), Group: s("stakeholder.group"), Interest: stakeholder.High, Influence: stakeholder.Low},
	}
	plan := &product.BenefitPlan{
		Header: product.Header{Project: p.Name, Status: product.StatusDraft, Changes: []product.ChangeEntry{{Version: s("document.version"), Date: date("01.02.2020")}}},
		Plan: benefit.Plan{Responsible: s("plan.responsible"), Benefits: []benefit.Benefit{{
			ID: s("benefit.id"), Description: s("benefit.description"), Owner: s("benefit.owner"),
			Indicators: []benefit.Indicator{{
				Name: s("indicator.name"), Unit: benefit.Named, UnitName: s("indicator.unitName"), MeasuredBy: s("indicator.measuredBy"),
				Baseline:     benefit.Reading{Value: benefit.Units(1), Date: date("01.01.2020")},
				Target:       benefit.Reading{Value: benefit.Units(2), Date: date("01.01.2021")},
				Measurements: []benefit.Measurement{{Date: date("01.06.2020"), Value: benefit.Units(1), Comment: s("measurement.comment")}},
			}},
		}}},
	}
	p.Documents = append(p.Documents, plan)

	own, err := checklist.New("own", phase.Text{NB: script("checklist.title"), NN: script("checklist.title"), EN: script("checklist.title")}, phase.BP1,
		checklist.Item{ID: "1", Question: checklist.Wording{Text: s("item.question"), Nynorsk: script("item.question"), English: script("item.question")}, Kind: checklist.Text})
	fields = append(fields, "checklist.title")
	must(t, err)
	must(t, own.Answer("1", checklist.Answer{Text: s("answer.text")}, checklist.Note{By: "x", On: date("01.01.2020"), Comment: s("answer.comment")}))
	must(t, p.Checklists.Put(own))
	ks := checklist.KS()
	must(t, ks.Defer("1", checklist.Note{By: "x", On: date("01.01.2020"), Comment: s("ks.comment")}))
	must(t, p.Checklists.Put(ks))
	must(t, p.Retailor(phase.Tailoring{Name: script("retailored.name"), ExecutionSubPhases: 3,
		Skips: []phase.Skip{{Phase: phase.Closure, Justification: script("skip.justification")}}}, s("retailor.justification"), date("01.03.2020"), "x"))
	return p, fields
}

// TestEscaping puts a script in every text field a user types and checks
// that no page carries a script element, and that each field is on the
// page, escaped.
func TestEscaping(t *testing.T) {
	for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English} {
		p, fields := hostile(t)
		var b bytes.Buffer
		if err := RenderProject(&b, p, Options{Language: l, Today: today}); err != nil {
			t.Fatal(err)
		}
		page := b.String()
		if strings.Contains(strings.ToLower(page), "<script") {
			t.Errorf("%s: the project page has a script element", l)
		}
		for _, f := range fields {
			if !strings.Contains(page, escaped(f)) {
				t.Errorf("%s: %s is not on the project page, escaped", l, f)
			}
		}

		b.Reset()
		o := Options{Language: l, Today: today, Overview: veiviser.OverviewOptions{IncludeUnaffected: true, Threshold: -1}}
		if err := RenderPortfolio(&b, veiviser.Portfolio{p}, o); err != nil {
			t.Fatal(err)
		}
		page = b.String()
		if strings.Contains(strings.ToLower(page), "<script") {
			t.Errorf("%s: the portfolio page has a script element", l)
		}
		for _, f := range []string{"name", "agency", "owner.person", "manager.person"} {
			if !strings.Contains(page, escaped(f)) {
				t.Errorf("%s: %s is not on the portfolio page, escaped", l, f)
			}
		}
	}
}
