package benefit

import (
	"encoding/json"
	"errors"
	"math"
	"reflect"
	"strconv"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/strict"
	"github.com/digitale-helgeland/veiviser/phase"
)

// fill sets every field of the value v points into, at every depth, to a
// value that encoding/json writes: strings that JSON escapes, valid enum
// codes and dates, two elements in every list. A field added to the plan
// is then written by json.Marshal, and TestAppendJSON fails until
// Plan.AppendJSON writes it too.
func fill(v reflect.Value, n int) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(`<tekst> & "sitat" ` + strconv.Itoa(n) + " æ\u2028\\\n")
	case reflect.Int, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(int64(1000*n + 2025))
	case reflect.Uint8:
		v.SetUint(uint64(1 + n%2)) // every enum has at least two values
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Pointer:
		v.Set(reflect.New(v.Type().Elem()))
		fill(v.Elem(), n)
	case reflect.Slice:
		v.Set(reflect.MakeSlice(v.Type(), 2, 2))
		for i := range 2 {
			fill(v.Index(i), n+i)
		}
	case reflect.Struct:
		if v.Type() == reflect.TypeFor[phase.Date]() {
			v.Set(reflect.ValueOf(phase.MustDate("2021-07-21").AddDays(n)))
			return
		}
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(v.Field(i), n+i)
			}
		}
	}
}

func filledPlan() *Plan {
	var p Plan
	fill(reflect.ValueOf(&p).Elem(), 0)
	return &p
}

// TestAppendJSON checks Plan.AppendJSON against json.Marshal of the same
// plan, written field by field by encoding/json: the full plan, plans
// with fields left out, and the empty and the nil plan.
func TestAppendJSON(t *testing.T) {
	if _, ok := any(&Plan{}).(json.Marshaler); ok {
		t.Fatal("Plan has a MarshalJSON method: json.Marshal is no longer the reference this test compares with")
	}
	if _, ok := any(Reading{}).(interface{ IsZero() bool }); ok {
		t.Fatal("Reading has an IsZero method, which omitzero calls: Indicator.appendJSON compares with Reading{}")
	}
	full := filledPlan()
	partial := filledPlan()
	partial.Project, partial.Measures, partial.Municipal, partial.Revisions = "", nil, nil, nil
	b0 := &partial.Benefits[0]
	b0.Product, b0.Area, b0.Valuation, b0.Importance, b0.Justification, b0.Owner = "", 0, 0, 0, "", ""
	b0.StartYear, b0.FullEffect, b0.Profile, b0.Preconditions, b0.History = 0, 0, nil, []string{}, nil
	in := &partial.Benefits[1].Indicators[0]
	in.Unit, in.UnitName, in.Method, in.MeasuredBy, in.Baseline, in.Points = 0, "", "", "", Reading{}, nil
	in.Target.Date, in.Measurements[0].Comment, in.Measurements[1].Value = phase.Date{}, "", Units(-3)/1000
	partial.Benefits[1].Indicators[1].Points[0].Kind = 0
	partial.Benefits[1].Indicators[1].Target.Value = 0
	partial.Benefits[1].Indicators[1].Measurements = nil
	for _, tt := range []struct {
		name string
		p    *Plan
	}{
		{"full", full},
		{"partial", partial},
		{"good", goodPlan()},
		{"empty", &Plan{}},
		{"no benefits", &Plan{Benefits: []Benefit{}}},
		{"nil", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			want, err := json.Marshal(tt.p)
			if err != nil {
				t.Fatal(err)
			}
			got, err := tt.p.AppendJSON([]byte("x"))
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff("x"+string(want), string(got)); diff != "" {
				t.Errorf("AppendJSON against json.Marshal (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAppendJSONRefuses checks that what json.Marshal refuses AppendJSON
// refuses too, and that a string that is not UTF-8, which json.Marshal
// would store with U+FFFD, is refused at the path that strict.Replaced
// finds in json.Marshal's output.
func TestAppendJSONRefuses(t *testing.T) {
	tests := []struct {
		name string
		edit func(p *Plan)
		path string
		want error
	}{
		{"project", func(p *Plan) { p.Project = "\xff" }, "project", phase.ErrInvalidUTF8},
		{"responsible", func(p *Plan) { p.Responsible = "a\xed\xa0\x80" }, "responsible", phase.ErrInvalidUTF8},
		{"benefit id", func(p *Plan) { p.Benefits[1].ID = "G\xc3" }, "benefits[1].id", phase.ErrInvalidUTF8},
		{"precondition", func(p *Plan) { p.Benefits[0].Preconditions[1] = "\x80" }, "benefits[0].preconditions[1]", phase.ErrInvalidUTF8},
		{"unit name", func(p *Plan) { p.Benefits[0].Indicators[1].UnitName = "\xfe" }, "benefits[0].indicators[1].unitName", phase.ErrInvalidUTF8},
		{"comment", func(p *Plan) { p.Benefits[1].Indicators[0].Measurements[1].Comment = "ok \xff" }, "benefits[1].indicators[0].measurements[1].comment", phase.ErrInvalidUTF8},
		{"history", func(p *Plan) { p.Benefits[0].History[1].By = "\xff" }, "benefits[0].history[1].by", phase.ErrInvalidUTF8},
		{"measure", func(p *Plan) { p.Measures[1].Benefits[0] = "\xff" }, "measures[1].benefits[0]", phase.ErrInvalidUTF8},
		{"municipal", func(p *Plan) { p.Municipal.Implementation.Note = "\xff" }, "municipal.implementation.note", phase.ErrInvalidUTF8},
		{"revision", func(p *Plan) { p.Revisions[0].Note = "\xff" }, "revisions[0].note", phase.ErrInvalidUTF8},
		{"measurement date", func(p *Plan) {
			p.Benefits[1].Indicators[1].Measurements[0].Date = phase.Date{Year: 2021, Month: 2, Day: 30}
		},
			"benefits[1].indicators[1].measurements[0].date", phase.ErrInvalidDate},
		{"target date", func(p *Plan) { p.Benefits[0].Indicators[0].Target.Date = phase.Date{Year: 2021} }, "benefits[0].indicators[0].target.date", phase.ErrInvalidDate},
		{"point date", func(p *Plan) { p.Benefits[0].Indicators[0].Points[1].Date = phase.Date{Day: 1} }, "benefits[0].indicators[0].points[1].date", phase.ErrInvalidDate},
		{"measurement value", func(p *Plan) { p.Benefits[0].Indicators[0].Measurements[1].Value = MaxQuantity + 1 },
			"benefits[0].indicators[0].measurements[1].value", ErrOverflow},
		{"baseline value", func(p *Plan) { p.Benefits[0].Indicators[0].Baseline.Value = -MaxQuantity - 1 }, "benefits[0].indicators[0].baseline.value", ErrOverflow},
		{"full effect", func(p *Plan) { p.Benefits[1].FullEffect = math.MinInt64 }, "benefits[1].fullEffect", ErrOverflow},
		{"profile", func(p *Plan) { p.Benefits[1].Profile[1] = math.MinInt64 }, "benefits[1].profile[1]", ErrOverflow},
		{"area", func(p *Plan) { p.Benefits[0].Area = 99 }, "benefits[0].area", phase.ErrUnknownValue},
		{"valuation", func(p *Plan) { p.Benefits[0].Valuation = 99 }, "benefits[0].valuation", phase.ErrUnknownValue},
		{"importance", func(p *Plan) { p.Benefits[0].Importance = 99 }, "benefits[0].importance", phase.ErrUnknownValue},
		{"unit", func(p *Plan) { p.Benefits[1].Indicators[1].Unit = 99 }, "benefits[1].indicators[1].unit", phase.ErrUnknownValue},
		{"point kind", func(p *Plan) { p.Benefits[1].Indicators[1].Points[0].Kind = 99 }, "benefits[1].indicators[1].points[0].kind", phase.ErrUnknownValue},
		{"measure date", func(p *Plan) { p.Measures[0].Due = phase.Date{Year: 1} }, "measures[0].due", phase.ErrInvalidDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := filledPlan()
			tt.edit(p)
			b, err := json.Marshal(p)
			switch {
			case tt.want == phase.ErrInvalidUTF8:
				var pe *phase.PathError
				if err != nil || !errors.As(strict.Replaced("encode", b), &pe) || pe.Path != tt.path {
					t.Fatalf("json.Marshal: %v; strict.Replaced %v, want it at %s", err, strict.Replaced("encode", b), tt.path)
				}
			case !errors.Is(err, tt.want):
				t.Fatalf("json.Marshal: %v, want an error wrapping %v", err, tt.want)
			}
			got, err := p.AppendJSON(nil)
			var pe *phase.PathError
			if !errors.As(err, &pe) || pe.Path != tt.path || pe.Op != "encode" || !errors.Is(err, tt.want) {
				t.Errorf("AppendJSON = %.40q, %v; want a *phase.PathError at %s wrapping %v", got, err, tt.path, tt.want)
			}
		})
	}
}

// FuzzAppendJSON checks Plan.AppendJSON against json.Marshal for any text
// (escapes, HTML, invalid UTF-8), number, date and enum value in the
// places of a benefit, an indicator and its measurements: the same bytes;
// or, where json.Marshal fails, an error wrapping its cause (or an
// earlier string's phase.ErrInvalidUTF8); or, where json.Marshal writes
// U+FFFD for invalid UTF-8, phase.ErrInvalidUTF8 at the path of the text.
func FuzzAppendJSON(f *testing.F) {
	f.Add("Digitale Helgeland", "Første måling", int64(100_000), int64(100_000_00), 2021, 7, 21, uint8(1))
	f.Add("<b> & \"c\"\u2028", "\x00\t\\", int64(-1250), int64(-5), 0, 0, 0, uint8(0))
	f.Add("ok", "ok \xff", int64(1), int64(1), 2021, 2, 30, uint8(3))
	f.Add("\xed\xa0\x80", "", int64(MaxQuantity)+1, int64(math.MinInt64), 2021, 1, 1, uint8(9))
	f.Fuzz(func(t *testing.T, s1, s2 string, q, m int64, y, mo, d int, e uint8) {
		date := phase.Date{Year: y, Month: time.Month(mo), Day: d}
		p := &Plan{Project: s1, Responsible: s2, Benefits: []Benefit{{
			ID: s1, Description: s2, Product: s2, Area: Area(e), Valuation: Valuation(e), Importance: Importance(e),
			Owner: s1, StartYear: y, FullEffect: Money(m), Profile: []Money{Money(m), 0},
			Preconditions: []string{s1, s2},
			Indicators: []Indicator{{
				Name: s1, Unit: Unit(e), UnitName: s2, Method: s1,
				Baseline: Reading{Value: Quantity(q), Date: date},
				Target:   Reading{Value: Quantity(q)},
				Points:   []PlannedPoint{{Kind: PointKind(e), Date: date}},
				Measurements: []Measurement{
					{Date: date, Value: Quantity(q), Comment: s2},
					{Date: phase.MustDate("2021-07-21"), Value: Quantity(m), Comment: s1},
				},
			}},
		}}}
		want, wantErr := json.Marshal(p)
		got, err := p.AppendJSON(nil)
		if wantErr != nil {
			for _, cause := range []error{phase.ErrInvalidDate, ErrOverflow, phase.ErrUnknownValue} {
				if errors.Is(wantErr, cause) && !errors.Is(err, cause) && !errors.Is(err, phase.ErrInvalidUTF8) {
					t.Fatalf("AppendJSON: %v; json.Marshal: %v", err, wantErr)
				}
			}
			if err == nil {
				t.Fatalf("AppendJSON succeeded; json.Marshal: %v", wantErr)
			}
			return
		}
		if replaced := strict.Replaced("encode", want); replaced != nil {
			var pe, wpe *phase.PathError
			if !errors.As(err, &pe) || !errors.Is(err, phase.ErrInvalidUTF8) || !errors.As(replaced, &wpe) || pe.Path != wpe.Path {
				t.Fatalf("AppendJSON: %v; want %v", err, replaced)
			}
			return
		}
		if err != nil {
			t.Fatalf("AppendJSON: %v; json.Marshal wrote %s", err, want)
		}
		if string(got) != string(want) {
			t.Fatalf("AppendJSON:\n got %s\nwant %s", got, want)
		}
	})
}
