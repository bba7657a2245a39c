package benefit

import (
	"reflect"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/validate"
	"github.com/digitale-helgeland/veiviser/phase"
)

// TestFieldFindings holds fieldFindings to validate.Struct, the
// definition, on plans that break each tag below Benefit, and checks that
// each case does report the finding it was made for, so that the two
// cannot agree by both finding nothing.
func TestFieldFindings(t *testing.T) {
	bad := phase.Date{Year: 2021, Month: time.February, Day: 30}
	tests := []struct {
		name   string
		change func(p *Plan)
		path   string // a finding the change must give
		code   phase.Code
	}{
		{"responsible blank", func(p *Plan) { p.Responsible = " " }, "responsible", "field.filled"},
		{"responsible placeholder", func(p *Plan) { p.Responsible = "[Navn]" }, "responsible", "field.filled"},
		{"id", func(p *Plan) { p.Benefits[1].ID = "" }, "benefits[1].id", "field.filled"},
		{"description", func(p *Plan) { p.Benefits[0].Description = "<beskrivelse>" }, "benefits[0].description", "field.filled"},
		{"area zero", func(p *Plan) { p.Benefits[0].Area = 0 }, "benefits[0].area", "field.valid"},
		{"area unknown", func(p *Plan) { p.Benefits[2].Area = 200 }, "benefits[2].area", "field.valid"},
		{"valuation", func(p *Plan) { p.Benefits[0].Valuation = 9 }, "benefits[0].valuation", "field.valid"},
		{"importance unknown", func(p *Plan) { p.Benefits[0].Importance = 9 }, "benefits[0].importance", "field.valid"},
		{"start year low", func(p *Plan) { p.Benefits[2].StartYear = 1899 }, "benefits[2].startYear", "field.gte"},
		{"start year negative", func(p *Plan) { p.Benefits[2].StartYear = -1 }, "benefits[2].startYear", "field.gte"},
		{"start year high", func(p *Plan) { p.Benefits[2].StartYear = 2201 }, "benefits[2].startYear", "field.lte"},
		{"precondition", func(p *Plan) { p.Benefits[2].Preconditions = append(p.Benefits[2].Preconditions, "") },
			"benefits[2].preconditions[1]", "field.filled"},
		{"indicator name", func(p *Plan) { p.Benefits[0].Indicators[0].Name = "" }, "benefits[0].indicators[0].name", "field.filled"},
		{"unit", func(p *Plan) { p.Benefits[1].Indicators[0].Unit = 0 }, "benefits[1].indicators[0].unit", "field.valid"},
		{"baseline date", func(p *Plan) { p.Benefits[0].Indicators[0].Baseline.Date = bad }, "benefits[0].indicators[0].baseline.date", "field.valid"},
		{"target date", func(p *Plan) { p.Benefits[0].Indicators[0].Target.Date = phase.Date{Year: 1} }, "benefits[0].indicators[0].target.date", "field.valid"},
		{"point kind", func(p *Plan) { p.Benefits[0].Indicators[0].Points[1].Kind = 0 }, "benefits[0].indicators[0].points[1].kind", "field.valid"},
		{"point date", func(p *Plan) { p.Benefits[0].Indicators[0].Points[2].Date = phase.Date{} }, "benefits[0].indicators[0].points[2].date", "field.valid"},
		{"measurement date", func(p *Plan) {
			in := &p.Benefits[2].Indicators[0]
			in.Measurements = append(in.Measurements, Measurement{}, Measurement{Date: bad})
		}, "benefits[2].indicators[0].measurements[2].date", "field.valid"},
		{"history event", func(p *Plan) { p.Benefits[1].History[0].Event = 0 }, "benefits[1].history[0].event", "field.valid"},
		{"history date", func(p *Plan) { p.Benefits[1].History[0].Date = bad }, "benefits[1].history[0].date", "field.valid"},
		// The fields validator still checks, after the benefits.
		{"measure and benefit", func(p *Plan) {
			p.Measures[0].Owner = ""
			p.Benefits[0].ID = ""
		}, "measures[0].owner", "field.filled"},
		{"municipal", func(p *Plan) {
			p.Municipal = &MunicipalShare{Split: []SizeShare{{Class: 0, Municipalities: -1}}, Implementation: &ImplementationCost{RollOutYear: 3000}}
		}, "municipal.implementation.rollOutYear", "field.lte"},
		{"revision", func(p *Plan) { p.Revisions[0].Date = bad }, "revisions[0].date", "field.valid"},
		{"everything at once", func(p *Plan) {
			p.Responsible = ""
			for i := range p.Benefits {
				p.Benefits[i] = Benefit{Importance: 7, StartYear: 5000, Preconditions: []string{""},
					Indicators: []Indicator{{Baseline: Reading{Date: bad}, Target: Reading{Date: bad}, Points: []PlannedPoint{{}}, Measurements: []Measurement{{}, {}}}},
					History:    []Change{{}}}
			}
			p.Revisions = []Revision{{}}
		}, "benefits[2].indicators[0].measurements[1].date", "field.valid"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := goodPlan()
			tt.change(p)
			want := validate.Struct(p)
			got := p.fieldFindings()
			if diff := cmp.Diff(want, got); diff != "" {
				t.Fatalf("fieldFindings differs from validate.Struct (-want +got):\n%s", diff)
			}
			if !hasFinding(got, tt.path, tt.code) {
				t.Fatalf("no %s at %s in %v", tt.code, tt.path, got)
			}
		})
	}
	if fs := goodPlan().fieldFindings(); fs != nil {
		t.Fatalf("a good plan: %v, want nil as validate.Struct gives", fs)
	}
}

func hasFinding(fs phase.Findings, path string, code phase.Code) bool {
	for _, f := range fs {
		if f.Path == path && f.Code == code {
			return true
		}
	}
	return false
}

// FuzzFieldFindings holds fieldFindings to validate.Struct on plans built
// from the fuzzer's bytes, one byte per choice: texts blank, filled or
// holding placeholders, enumerations in and out of range, dates zero,
// valid and impossible, years on both sides of each bound, and lists of
// zero to two elements at every level.
func FuzzFieldFindings(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 2, 1, 1, 1, 1, 3, 2, 1, 1, 1, 1, 1, 2, 2, 1, 1, 1, 1, 1, 1})
	f.Add([]byte("\x00\x07\x02\x05\x09\x03\x02\x04\x06\x08\x0a\x0b\x0c\x02\x02\x02\x02\x02\x02\x02\x02\x02"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := planFrom(&choices{data})
		if diff := cmp.Diff(validate.Struct(p), p.fieldFindings()); diff != "" {
			t.Fatalf("fieldFindings differs from validate.Struct (-want +got):\n%s", diff)
		}
	})
}

// choices hands out the bytes of a fuzz input one choice at a time, and
// zero once they run out.
type choices struct{ b []byte }

func (c *choices) next() int {
	if len(c.b) == 0 {
		return 0
	}
	x := c.b[0]
	c.b = c.b[1:]
	return int(x)
}

func (c *choices) n() int { return c.next() % 3 }

func (c *choices) text() string {
	texts := []string{"Tekst", "", "  ", "[Navn]", "<dato>", "Gevinst\u00a0", "xx.xx.xxxx", "\t\n"}
	return texts[c.next()%len(texts)]
}

func (c *choices) date() phase.Date {
	dates := []phase.Date{
		d("2021-03-01"), {}, {Year: 2021, Month: time.February, Day: 30},
		{Year: 999, Month: time.January, Day: 1}, {Year: 2021, Month: 13, Day: 1}, d("2024-02-29"),
	}
	return dates[c.next()%len(dates)]
}

func (c *choices) year() int {
	years := []int{2023, 0, 1899, 1900, 2200, 2201, -5}
	return years[c.next()%len(years)]
}

// planFrom builds a plan from the choices c gives.
func planFrom(c *choices) *Plan {
	p := &Plan{Project: c.text(), Responsible: c.text()}
	for range c.n() + c.n() {
		b := Benefit{
			ID: c.text(), Description: c.text(), Product: c.text(),
			Area: Area(c.next() % 8), Valuation: Valuation(c.next() % 4), Importance: Importance(c.next() % 6),
			Justification: c.text(), Owner: c.text(), StartYear: c.year(),
		}
		for range c.n() {
			b.Preconditions = append(b.Preconditions, c.text())
		}
		for range c.n() {
			in := Indicator{
				Name: c.text(), Unit: Unit(c.next() % 9), UnitName: c.text(),
				Baseline: Reading{Value: Units(int64(c.next())), Date: c.date()},
				Target:   Reading{Date: c.date()},
			}
			for range c.n() {
				in.Points = append(in.Points, PlannedPoint{Kind: PointKind(c.next() % 6), Date: c.date()})
			}
			for range c.n() {
				in.Measurements = append(in.Measurements, Measurement{Date: c.date(), Comment: c.text()})
			}
			b.Indicators = append(b.Indicators, in)
		}
		for range c.n() {
			b.History = append(b.History, Change{Event: Event(c.next() % 12), Date: c.date(), Reason: c.text()})
		}
		p.Benefits = append(p.Benefits, b)
	}
	for range c.n() {
		p.Measures = append(p.Measures, Measure{ID: c.text(), Description: c.text(), Owner: c.text(), Risk: Risk(c.next() % 5), Due: c.date()})
	}
	if c.next()%2 == 1 {
		p.Municipal = &MunicipalShare{Implementation: &ImplementationCost{Updated: c.date(), RollOutYear: c.year()}}
	}
	for range c.n() {
		p.Revisions = append(p.Revisions, Revision{Date: c.date()})
	}
	return p
}

// TestBenefitTags lists the validate tags of Plan's fields up to its
// benefits and of Benefit and every type below it, the tags
// fieldFindings and checkBenefitFields implement by hand. A tag added,
// removed or changed fails here: change them (and planFrom, so that the
// fuzzer reaches it), then this list.
func TestBenefitTags(t *testing.T) {
	want := []string{
		"Plan.Project ",
		"Plan.Responsible filled",
		"Plan.Benefits dive",
		"Benefit.ID filled",
		"Benefit.Description filled",
		"Benefit.Product ",
		"Benefit.Area valid",
		"Benefit.Valuation valid",
		"Benefit.Importance omitempty,valid",
		"Benefit.Justification ",
		"Benefit.Owner ",
		"Benefit.StartYear omitempty,gte=1900,lte=2200",
		"Benefit.FullEffect ",
		"Benefit.Profile ",
		"Benefit.Preconditions dive,filled",
		"Benefit.Indicators dive",
		"Indicator.Name filled",
		"Indicator.Unit valid",
		"Indicator.UnitName ",
		"Indicator.Method ",
		"Indicator.MeasuredBy ",
		"Indicator.Baseline ",
		"Reading.Value ",
		"Reading.Date omitzero,valid",
		"Indicator.Target ",
		"Indicator.Points dive",
		"PlannedPoint.Kind valid",
		"PlannedPoint.Date valid",
		"Indicator.Measurements dates",
		"Measurement.Date valid",
		"Measurement.Value ",
		"Measurement.Comment ",
		"Benefit.History dive",
		"Change.Event valid",
		"Change.Date valid",
		"Change.Reason ",
		"Change.By ",
	}
	var got []string
	seen := map[reflect.Type]bool{}
	var walk func(reflect.Type)
	walk = func(typ reflect.Type) {
		if seen[typ] {
			return
		}
		seen[typ] = true
		for f := range typ.Fields() {
			if !f.IsExported() {
				continue
			}
			got = append(got, typ.Name()+"."+f.Name+" "+f.Tag.Get("validate"))
			e := f.Type
			for e.Kind() == reflect.Slice || e.Kind() == reflect.Pointer {
				e = e.Elem()
			}
			// Types of this package below Benefit; a type from elsewhere
			// (phase.Date) has no tagged fields of its own.
			if e.Kind() == reflect.Struct && e.PkgPath() == typ.PkgPath() {
				walk(e)
			}
		}
	}
	for f := range reflect.TypeFor[Plan]().Fields() {
		got = append(got, "Plan."+f.Name+" "+f.Tag.Get("validate"))
		if f.Name == "Benefits" {
			break
		}
	}
	walk(reflect.TypeFor[Benefit]())
	if diff := cmp.Diff(want, got); diff != "" {
		t.Fatalf("the tags below Benefit changed (-want +got); change checkBenefitFields to match, then this list:\n%s", diff)
	}
}
