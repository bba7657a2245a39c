package benefit

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

type row struct {
	Code, Path string
	Sev        phase.Severity
}

func rows(fs phase.Findings) []row {
	var out []row
	for _, f := range fs {
		out = append(out, row{string(f.Code), f.Path, f.Severity})
		if f.Message.NB == "" || f.Message.NN == "" || f.Message.EN == "" {
			panic("finding without a message in all three languages: " + f.String())
		}
	}
	return out
}

const (
	E = phase.SeverityError
	W = phase.SeverityWarning
)

func TestValidate(t *testing.T) {
	timeline := phase.Timeline{
		{Phase: phase.Concept, Start: d("2020-03-01"), End: d("2020-06-30")},
		{Phase: phase.Planning, Start: d("2020-07-01"), End: d("2020-12-31")},
		{Phase: phase.Execution, Sub: 1, Start: d("2021-01-01"), End: d("2021-06-30")},
		{Phase: phase.Execution, Sub: 2, Start: d("2021-07-01"), End: d("2023-12-31")},
		{Phase: phase.Closure, Start: d("2024-01-01"), End: d("2024-03-31")},
		{Phase: phase.Realisation, Start: d("2024-04-01"), End: d("2027-12-31")},
	}
	for _, tc := range []struct {
		name string
		edit func(p *Plan)
		opts Options
		want []row
	}{
		{"complete plan", func(p *Plan) {}, Options{}, nil},
		{"empty plan", func(p *Plan) { *p = Plan{} }, Options{}, []row{
			{"field.filled", "responsible", E},
			{"benefit.no_benefits", "benefits", W},
		}},
		{"priced benefit without owner, indicator, start year, value or profile", func(p *Plan) {
			b := &p.Benefits[2]
			b.Owner, b.Indicators, b.StartYear, b.FullEffect, b.Profile = "<navn>", nil, 0, 0, b.Profile[:9]
		}, Options{}, []row{
			{"benefit.start_year_missing", "benefits[2].startYear", E},
			{"benefit.full_effect_missing", "benefits[2].fullEffect", E},
			{"benefit.profile_short", "benefits[2].profile", E},
			{"benefit.owner_missing", "benefits[2].owner", E},
			{"benefit.indicator_missing", "benefits[2].indicators", E},
		}},
		{"unpriced benefit without owner, importance, justification; with a value", func(p *Plan) {
			b := &p.Benefits[1]
			b.Owner, b.Importance, b.Justification, b.FullEffect, b.Indicators = "", 0, " ", Kroner(5), nil
		}, Options{}, []row{
			{"benefit.importance_missing", "benefits[1].importance", E},
			{"benefit.justification_missing", "benefits[1].justification", E},
			{"benefit.unpriced_value", "benefits[1].valuation", W},
			{"benefit.owner_missing", "benefits[1].owner", W},
			{"benefit.indicator_missing", "benefits[1].indicators", W},
		}},
		{"indicators without baseline and target", func(p *Plan) {
			p.Benefits[2].Indicators[0].Baseline = Reading{}
			p.Benefits[2].Indicators[0].Measurements = nil
			p.Benefits[1].Indicators[0].Target = Reading{Value: Units(80)} // a value without a date is not set
		}, Options{}, []row{
			{"benefit.target_missing", "benefits[1].indicators[0].target", W},
			{"benefit.baseline_missing", "benefits[2].indicators[0].baseline", E},
		}},
		{"zero span, reduction target before baseline, named unit without name", func(p *Plan) {
			in := &p.Benefits[0].Indicators[0]
			in.UnitName = ""
			in.Target = Reading{Value: Units(42), Date: d("2020-08-01")}
		}, Options{}, []row{
			{"benefit.unit_name_missing", "benefits[0].indicators[0].unitName", E},
			{"benefit.zero_span", "benefits[0].indicators[0].target", E},
			{"benefit.target_before_baseline", "benefits[0].indicators[0].target.date", E},
		}},
		{"a reduction is fine", func(p *Plan) {
			in := &p.Benefits[2].Indicators[0] // 18 → 14 million: a reduction
			in.Target.Value = Units(10_000_000)
		}, Options{}, nil},
		{"duplicate IDs and unknown references", func(p *Plan) {
			p.Benefits[2].ID = "G1"
			p.Measures = append(p.Measures, Measure{ID: "T1", Description: "Opplæring", Owner: "HR", Risk: LowRisk, Benefits: []string{"G2", "G7"}})
		}, Options{}, []row{
			{"benefit.duplicate_id", "benefits[2].id", E},
			{"benefit.unknown_benefit", "measures[0].benefits[1]", E}, // G3 is gone
			{"benefit.duplicate_id", "measures[1].id", E},
			{"benefit.unknown_benefit", "measures[1].benefits[1]", E},
		}},
		{"measurements before the baseline", func(p *Plan) {
			in := &p.Benefits[1].Indicators[0]
			in.Measurements = append(in.Measurements, Measurement{Date: d("2020-08-31"), Value: Units(30)}, Measurement{Date: d("2020-09-01"), Value: Units(35)})
			in.Measurements = append([]Measurement{{Date: d("2019-01-01"), Value: 1}}, in.Measurements...)
		}, Options{}, []row{
			{"benefit.measurement_before_baseline", "benefits[1].indicators[0].measurements[0].date", E},
			{"benefit.measurement_before_baseline", "benefits[1].indicators[0].measurements[2].date", E},
		}},
		{"planned measurement points out of order", func(p *Plan) {
			pts := p.Benefits[0].Indicators[0].Points
			pts[1].Date, pts[2].Date = d("2024-06-30"), d("2020-08-01")
		}, Options{}, []row{
			{"benefit.points_order", "benefits[0].indicators[0].points[2].date", W},
		}},
		{"tags: blank and unknown values, invalid dates", func(p *Plan) {
			p.Benefits[0].Description = ""
			p.Benefits[0].Area = 0
			p.Benefits[1].Valuation = 9
			p.Benefits[1].Indicators[0].Unit = 0
			p.Benefits[1].Indicators[0].Measurements[0].Date = phase.Date{Year: 2021, Month: 2, Day: 30}
			p.Benefits[2].Preconditions = append(p.Benefits[2].Preconditions, "<forutsetning>")
			p.Measures[0].Risk = 0
			p.Revisions[0].Date = phase.Date{}
		}, Options{}, []row{
			{"field.filled", "benefits[0].description", E},
			{"field.valid", "benefits[0].area", E},
			{"field.valid", "benefits[1].valuation", E},
			{"field.valid", "benefits[1].indicators[0].unit", E},
			{"field.valid", "benefits[1].indicators[0].measurements[0].date", E},
			{"field.filled", "benefits[2].preconditions[1]", E},
			{"field.valid", "measures[0].risk", E},
			{"field.valid", "revisions[0].date", E},
		}},
		{"history that cannot be replayed", func(p *Plan) {
			p.Benefits[0].History = []Change{
				{Event: EventPlan, Date: d("2020-10-01")},
				{Event: EventWithdraw, Date: d("2020-09-01")},
				{Event: EventStart, Date: d("2021-01-01")},
			}
		}, Options{}, []row{
			{"benefit.history_order", "benefits[0].history[1].date", E},
			{"benefit.reason_missing", "benefits[0].history[1].reason", E},
			{"benefit.history_invalid", "benefits[0].history[2].event", E},
		}},
		{"timeline: targets before the project ends, no update in later phases", func(p *Plan) {}, Options{Timeline: timeline, AsOf: d("2024-06-01")}, []row{
			{"benefit.target_before_project_end", "benefits[0].indicators[0].target.date", W},
			{"benefit.target_before_project_end", "benefits[1].indicators[0].target.date", W},
			{"benefit.plan_not_updated", "revisions", W}, // execution 1
			{"benefit.plan_not_updated", "revisions", W}, // execution 2
			{"benefit.plan_not_updated", "revisions", W}, // closure
		}},
		{"timeline: updates in time, as of the latest date in the plan", func(p *Plan) {
			p.Revisions = append(p.Revisions, Revision{Date: d("2021-07-05"), Note: "Etter BP3.1"})
			for i := range p.Benefits {
				for j := range p.Benefits[i].Indicators {
					p.Benefits[i].Indicators[j].Target.Date = d("2025-12-31")
				}
			}
		}, Options{Timeline: timeline, UpdateGrace: 7}, nil},
		{"timeline: grace too short", func(p *Plan) {
			p.Revisions = append(p.Revisions, Revision{Date: d("2021-07-05")})
		}, Options{Timeline: timeline, UpdateGrace: 3, ProjectEnd: d("2020-01-01")}, []row{
			{"benefit.plan_not_updated", "revisions", W},
		}},
		{"municipal: duplicate class, stale estimate in the budget year, no municipal benefit", func(p *Plan) {
			p.Benefits[2].Area = OwnOrganisation
			p.Municipal = &MunicipalShare{
				Split:          []SizeShare{{Class: Small, Municipalities: 13}, {Class: Large, Municipalities: 1}, {Class: Small, Municipalities: 1}},
				Implementation: &ImplementationCost{Estimate: Kroner(2_000_000), Updated: d("2021-02-01"), RollOutYear: 2023},
			}
		}, Options{AsOf: d("2022-05-01")}, []row{
			{"benefit.duplicate_size_class", "municipal.split[2].class", E},
			{"benefit.municipal_benefits_missing", "benefits", W},
			{"benefit.implementation_estimate_stale", "municipal.implementation.updated", W},
		}},
		{"municipal: stale estimate after roll-out", func(p *Plan) {
			p.Municipal = &MunicipalShare{Implementation: &ImplementationCost{Estimate: Kroner(2_000_000), Updated: d("2020-11-01"), RollOutYear: 2022}}
			p.Revisions = append(p.Revisions, Revision{Date: d("2022-03-01")})
		}, Options{}, []row{
			{"benefit.implementation_estimate_stale", "municipal.implementation.updated", W},
		}},
		{"municipal: stale estimate after roll-out, binding by the organisation's choice", func(p *Plan) {
			p.Municipal = &MunicipalShare{Implementation: &ImplementationCost{Estimate: Kroner(2_000_000), Updated: d("2020-11-01"), RollOutYear: 2022}}
			p.Revisions = append(p.Revisions, Revision{Date: d("2022-03-01")})
		}, Options{StaleEstimate: phase.SeverityError}, []row{
			{"benefit.implementation_estimate_stale", "municipal.implementation.updated", E},
		}},
		{"municipal: updated in the budget year", func(p *Plan) {
			p.Municipal = &MunicipalShare{Implementation: &ImplementationCost{Estimate: Kroner(2_000_000), Updated: d("2022-10-01"), RollOutYear: 2023}}
		}, Options{AsOf: d("2024-01-01")}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := goodPlan()
			tc.edit(p)
			if diff := cmp.Diff(tc.want, rows(p.Validate(tc.opts))); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}
