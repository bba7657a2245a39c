package benefit

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/phase"
)

// fullPlan is goodPlan with every optional part filled in, so a round trip
// exercises every field.
func fullPlan() *Plan {
	p := goodPlan()
	p.Municipal = &MunicipalShare{
		Split: []SizeShare{
			{Class: Small, Municipalities: 14, Cost: Kroner(7_000_000), Benefit: Kroner(1_400_000), Effort: 350},
			{Class: Medium, Municipalities: 3, Cost: 450_000_050, Benefit: Kroner(1_500_000), Effort: 305},
			{Class: Large, Municipalities: 1, Cost: Kroner(2_000_000), Benefit: Kroner(900_000)},
		},
		Implementation: &ImplementationCost{Estimate: Kroner(13_500_000), Updated: d("2021-10-01"), RollOutYear: 2022, Note: "Oppdatert etter anbud"},
	}
	p.Benefits[2].History = []Change{{Event: EventPlan, Date: d("2021-01-10"), By: "Prosjektleder"}, {Event: EventWithdraw, Date: d("2021-02-01"), Reason: "Utsatt"}}
	p.Benefits[1].Indicators[0].Measurements[0].Value = 47125
	p.Benefits[1].Indicators[0].Baseline.Value = -5
	return p
}

func TestPlanJSONRoundTrip(t *testing.T) {
	for name, p := range map[string]*Plan{"full": fullPlan(), "empty": {}, "draft": {Benefits: []Benefit{{ID: "G1", Indicators: []Indicator{{Baseline: Reading{Value: 7}}}}}}} {
		b, err := json.MarshalIndent(p, "", "  ")
		if err != nil {
			t.Fatalf("%s: Marshal: %v", name, err)
		}
		var back Plan
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("%s: Unmarshal: %v", name, err)
		}
		if diff := cmp.Diff(p, &back, cmpopts.EquateEmpty()); diff != "" {
			t.Errorf("%s: round trip (-want +got):\n%s", name, diff)
		}
		again, _ := json.MarshalIndent(&back, "", "  ")
		if string(again) != string(b) {
			t.Errorf("%s: second encoding differs", name)
		}
		if name == "full" {
			golden.Check(t, filepath.Join("testdata", "plan.json"), append(b, '\n'))
		}
	}
}

func TestPlanDecodeErrors(t *testing.T) {
	good, err := json.Marshal(fullPlan())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, from, to string
		path           string
		err            error
	}{
		{"unknown area", `"area":"citizens"`, `"area":"kommune"`, "benefits[0].area", phase.ErrUnknownValue},
		{"unknown unit deep down", `"unit":"nok"`, `"unit":"kilo"`, "benefits[2].indicators[0].unit", phase.ErrUnknownValue},
		{"unknown point kind", `"kind":"midway"`, `"kind":"halvveis"`, "benefits[0].indicators[0].points[1].kind", phase.ErrUnknownValue},
		{"unknown event", `"event":"start"`, `"event":"begin"`, "benefits[0].history[1].event", phase.ErrUnknownValue},
		{"unknown size class", `"class":"medium"`, `"class":"middels"`, "municipal.split[1].class", phase.ErrUnknownValue},
		{"unknown risk", `"risk":"medium"`, `"risk":"stor"`, "measures[0].risk", phase.ErrUnknownValue},
		{"inexact money", `"fullEffect":4000000`, `"fullEffect":4000000.001`, "benefits[2].fullEffect", ErrInvalidAmount},
		{"inexact quantity", `"value":47.125`, `"value":47.1255`, "benefits[1].indicators[0].measurements[0].value", ErrInvalidNumber},
		{"bad date", `"date":"2021-03-01"`, `"date":"2021-02-30"`, "benefits[0].indicators[0].measurements[0].date", phase.ErrInvalidDate},
		{"misspelt field", `"owner":"Digitaliseringsleder"`, `"ower":"Digitaliseringsleder"`, "benefits[1].ower", nil},
		{"duplicate benefit ID", `"id":"G3"`, `"id":"G1"`, "benefits[2].id", phase.ErrDuplicateID},
		{"duplicate measure ID", `"measures":[{"id":"T1"`, `"measures":[{"id":"T0","description":"x","owner":"y","risk":"low"},{"id":"T0"`, "measures[1].id", phase.ErrDuplicateID},
		{"history not replayable", `"event":"plan","date":"2021-01-10"`, `"event":"start","date":"2021-01-10"`, "benefits[2].history[0]", phase.ErrInvalidHistory},
		{"history backwards", `"date":"2021-02-01","reason":"Utsatt"`, `"date":"2021-01-01","reason":"Utsatt"`, "benefits[2].history[1]", phase.ErrInvalidHistory},
		{"wrong type", `"startYear":2022`, `"startYear":"2022"`, "benefits[2].startYear", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := strings.Replace(string(good), tc.from, tc.to, 1)
			if in == string(good) {
				t.Fatalf("replacing %s changed nothing", tc.from)
			}
			p := Plan{Project: "unchanged"}
			err := json.Unmarshal([]byte(in), &p)
			var de *phase.PathError
			if !errors.As(err, &de) {
				t.Fatalf("error %v (%T) is not a *phase.PathError", err, err)
			}
			if de.Path != tc.path {
				t.Errorf("path %q, want %q (error: %v)", de.Path, tc.path, err)
			}
			if tc.err != nil && !errors.Is(err, tc.err) {
				t.Errorf("error %v does not wrap %v", err, tc.err)
			}
			if p.Project != "unchanged" {
				t.Error("a failed decode changed the plan")
			}
		})
	}
}

func TestPlanDecodeMalformed(t *testing.T) {
	for _, in := range []string{`{"project":"x"} {}`, `[]`, `{"benefits":[{"id":"G1"}`, `null x`, ``} {
		p := Plan{Project: "unchanged"}
		var de *phase.PathError
		if err := p.UnmarshalJSON([]byte(in)); !errors.As(err, &de) || de.Path != "" || p.Project != "unchanged" {
			t.Errorf("UnmarshalJSON(%s) = %v, want a *phase.PathError for the whole document and no change", in, err)
		}
	}
}

func TestComparisonJSON(t *testing.T) {
	c := helgelandConcepts()
	b, err := json.Marshal(&c)
	if err != nil {
		t.Fatal(err)
	}
	var back Comparison
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(c, back, cmpopts.EquateEmpty()); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	for in, path := range map[string]string{
		`{"alternatives":[{"id":"A","name":"a"},{"id":"A","name":"a"}]}`: "alternatives[1].id",
		`{"rate":101}`: "rate",
		`{"alternatives":[{"id":"A","costs":[1,2,"x"]}]}`: "alternatives[0].costs[2]",
		`{"alternatives":[{"id":"A","kostnader":[1]}]}`:   "alternatives[0].kostnader",
	} {
		var c Comparison
		var de *phase.PathError
		if err := json.Unmarshal([]byte(in), &c); !errors.As(err, &de) || de.Path != path {
			t.Errorf("Unmarshal(%s) = %v, want a *phase.PathError at %s", in, err, path)
		}
	}
}
