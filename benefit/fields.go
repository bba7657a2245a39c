package benefit

import (
	"reflect"

	"github.com/digitale-helgeland/veiviser/internal/validate"
	"github.com/digitale-helgeland/veiviser/phase"
)

// fieldFindings returns what validate.Struct(p) returns, the findings of
// the struct tags of the plan and of every type below it, in the same
// order, with the same codes, paths and messages.
//
// The plan's responsible and its benefits, the bulk of a large plan, are
// checked here by hand, first, as they are Plan's first fields with tags;
// validator checks the rest (validate.StructExcept) and its findings
// follow. TestBenefitTags fails if a tagged field comes before them.
// Validator boxes every value it visits to look for its Valuer interface
// (v10.30.x), which made it 85 % of a large plan's validation and 1.3–1.6×
// a bare validator.Struct over the whole project (issue 14: "avoiding the
// cost in our hottest leaves"). The tags stay the definition:
//
//   - TestFieldFindings and FuzzFieldFindings hold this function to
//     validate.Struct on plans that break every tag below Benefit;
//   - TestBenefitTags lists those tags and fails when one is added,
//     removed or changed, so that checkBenefitFields changes with it.
func (p *Plan) fieldFindings() phase.Findings {
	var fs phase.Findings
	if !validate.Filled(p.Responsible) {
		fs = append(fs, validate.Failed("responsible", "filled", "", reflect.String))
	}
	for i := range p.Benefits {
		checkBenefitFields(&fs, i, &p.Benefits[i])
	}
	return append(fs, validate.StructExcept(p, "Responsible", "Benefits")...)
}

// checkBenefitFields appends the findings of the tags of Benefit and the
// types below it (Indicator, Reading, PlannedPoint, Measurement, Change)
// for the plan's benefit i, in field order, as validator reports them:
//
//	id, description         filled
//	area, valuation         valid
//	importance              omitempty,valid
//	startYear               omitempty,gte=1900,lte=2200
//	preconditions           dive,filled
//	indicators              dive: name filled, unit valid, baseline.date
//	                        and target.date omitzero,valid, points dive
//	                        (kind valid, date valid), measurements dates
//	history                 dive: event valid, date valid
//
// Paths are built only for a finding.
func checkBenefitFields(fs *phase.Findings, i int, b *Benefit) {
	at := func(rest string) string { return item("benefits", i) + "." + rest }
	if !validate.Filled(b.ID) {
		*fs = append(*fs, validate.Failed(at("id"), "filled", "", reflect.String))
	}
	if !validate.Filled(b.Description) {
		*fs = append(*fs, validate.Failed(at("description"), "filled", "", reflect.String))
	}
	if !b.Area.IsValid() {
		*fs = append(*fs, validate.Failed(at("area"), "valid", "", reflect.Uint8))
	}
	if !b.Valuation.IsValid() {
		*fs = append(*fs, validate.Failed(at("valuation"), "valid", "", reflect.Uint8))
	}
	if b.Importance != 0 && !b.Importance.IsValid() {
		*fs = append(*fs, validate.Failed(at("importance"), "valid", "", reflect.Uint8))
	}
	switch {
	case b.StartYear == 0:
	case b.StartYear < 1900:
		*fs = append(*fs, validate.Failed(at("startYear"), "gte", "1900", reflect.Int))
	case b.StartYear > 2200:
		*fs = append(*fs, validate.Failed(at("startYear"), "lte", "2200", reflect.Int))
	}
	for k, s := range b.Preconditions {
		if !validate.Filled(s) {
			*fs = append(*fs, validate.Failed(at(item("preconditions", k)), "filled", "", reflect.String))
		}
	}
	for j := range b.Indicators {
		in := &b.Indicators[j]
		atIn := func(rest string) string { return at(item("indicators", j) + "." + rest) }
		if !validate.Filled(in.Name) {
			*fs = append(*fs, validate.Failed(atIn("name"), "filled", "", reflect.String))
		}
		if !in.Unit.IsValid() {
			*fs = append(*fs, validate.Failed(atIn("unit"), "valid", "", reflect.Uint8))
		}
		if d := in.Baseline.Date; !d.IsZero() && !d.IsValid() {
			*fs = append(*fs, validate.Failed(atIn("baseline.date"), "valid", "", reflect.Struct))
		}
		if d := in.Target.Date; !d.IsZero() && !d.IsValid() {
			*fs = append(*fs, validate.Failed(atIn("target.date"), "valid", "", reflect.Struct))
		}
		for k, pt := range in.Points {
			if !pt.Kind.IsValid() {
				*fs = append(*fs, validate.Failed(atIn(item("points", k)+".kind"), "valid", "", reflect.Uint8))
			}
			if !pt.Date.IsValid() {
				*fs = append(*fs, validate.Failed(atIn(item("points", k)+".date"), "valid", "", reflect.Struct))
			}
		}
		for k := range in.Measurements {
			if !in.Measurements[k].Date.IsValid() {
				*fs = append(*fs, validate.Failed(atIn(item("measurements", k)+".date"), "valid", "", reflect.Struct))
			}
		}
	}
	for k, c := range b.History {
		if !c.Event.IsValid() {
			*fs = append(*fs, validate.Failed(at(item("history", k)+".event"), "valid", "", reflect.Uint8))
		}
		if !c.Date.IsValid() {
			*fs = append(*fs, validate.Failed(at(item("history", k)+".date"), "valid", "", reflect.Struct))
		}
	}
}
