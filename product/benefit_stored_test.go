package product

import (
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBenefitPlanStored holds benefitPlanStored, the form DecodeStored
// reads a benefit plan in, to BenefitPlan: the same fields in the same
// order with the same tags and types, the plan's type without its methods;
// and document copies every field.
func TestBenefitPlanStored(t *testing.T) {
	type f struct{ Name, Tag, Type string }
	fields := func(rt reflect.Type) []f {
		var out []f
		for _, sf := range reflect.VisibleFields(rt) {
			if sf.Anonymous {
				continue // its fields follow
			}
			typ := sf.Type.String()
			if sf.Type == reflect.TypeFor[planData]() {
				typ = "benefit.Plan"
			}
			out = append(out, f{sf.Name, string(sf.Tag), typ})
		}
		return out
	}
	if diff := cmp.Diff(fields(reflect.TypeFor[BenefitPlan]()), fields(reflect.TypeFor[benefitPlanStored]())); diff != "" {
		t.Errorf("benefitPlanStored against BenefitPlan (-want +got):\n%s", diff)
	}
	// Each field set to a value of its own: document must carry it over.
	var s benefitPlanStored
	v := reflect.ValueOf(&s).Elem()
	for _, sf := range reflect.VisibleFields(v.Type()) {
		if sf.Anonymous {
			continue
		}
		switch fv := v.FieldByIndex(sf.Index); fv.Type() {
		case reflect.TypeFor[Section]():
			fv.Set(reflect.ValueOf(Section{Text: sf.Name}))
		case reflect.TypeFor[Header]():
			fv.FieldByName("Project").SetString("prosjekt")
		case reflect.TypeFor[planData]():
			fv.FieldByName("Responsible").SetString("ansvarlig")
		default:
			t.Fatalf("field %s of type %s: set it here", sf.Name, fv.Type())
		}
	}
	d := s.document()
	got := reflect.ValueOf(d).Elem()
	for i := range got.NumField() {
		if got.Field(i).IsZero() {
			t.Errorf("document leaves %s out", got.Type().Field(i).Name)
		}
	}
}
