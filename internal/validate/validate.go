// Package validate holds the module's one go-playground validator instance,
// its custom tags, and the conversion of its errors into phase.Findings with
// messages in bokmål, nynorsk and English.
//
// Every registration happens once, before first use, inside instance();
// validator's registration is not safe for concurrent use, validation is.
//
// Custom tags:
//
//	filled     text that is not blank and holds no template placeholder
//	valid      a value whose IsValid() method reports true (enums, dates)
//	orgnr      a Norwegian organisation number: nine digits, MOD11 check digit
//	kommunenr  a municipality number: four digits
//	dates      a list of records whose one rule is a valid Date field (a
//	           phase.Date): each element's Date is checked as "valid"
//	           would check it, and a failure is reported as "valid" on that
//	           element's date, in the order and at the path a dive would
//	           give it; the elements' other fields are not validated
//
// The tag dates is for long lists such as an indicator's measurements:
// validator boxes every value it visits (v10.30.x checks each for its
// Valuer interface), so a dive costs an allocation for each element, each
// field and each element's name, where dates costs none. The library
// itself checks a benefit plan's tags by hand (benefit's
// checkBenefitFields, through Failed and Filled), with validator over
// these tags as the reference its tests hold it to, and as the bare
// baseline its benchmarks compare it with.
package validate

import (
	"reflect"
	"strconv"
	"strings"
	"sync"

	"github.com/go-playground/validator/v10"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/phase"
)

var (
	once sync.Once
	v    *validator.Validate
)

func instance() *validator.Validate {
	once.Do(func() { v = New() })
	return v
}

// New returns a new validator configured exactly as the module's own
// instance: the same options, tag-name function and custom tags. Library
// code uses Struct and StructExcept (and Failed and Filled where it checks
// tags by hand); New exists for benchmarks that compare our validation
// with a bare validator.Struct call on the same data.
func New() *validator.Validate {
	v := validator.New(validator.WithRequiredStructEnabled())
	v.RegisterTagNameFunc(jsonName)
	must(v.RegisterValidation("filled", filled))
	must(v.RegisterValidation("valid", isValid))
	must(v.RegisterValidation("orgnr", func(fl validator.FieldLevel) bool { return OrgNumberOK(fl.Field().String()) }))
	must(v.RegisterValidation("kommunenr", func(fl validator.FieldLevel) bool { return MunicipalityNumberOK(fl.Field().String()) }))
	must(v.RegisterValidation("dates", func(fl validator.FieldLevel) bool {
		return eachDate(fl.Field(), func(int, reflect.Value) bool { return false })
	}))
	return v
}

func must(err error) {
	if err != nil {
		panic(err) // a programming error in this file; TestTags catches it
	}
}

func jsonName(f reflect.StructField) string {
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	switch name {
	case "-":
		return ""
	case "":
		return f.Name
	}
	return name
}

func filled(fl validator.FieldLevel) bool { return Filled(fl.Field().String()) }

// Filled reports whether s passes the tag filled: it is not blank and
// holds no template placeholder (phase.Placeholders).
func Filled(s string) bool {
	return strings.TrimSpace(s) != "" && len(phase.Placeholders(s)) == 0
}

type checker interface{ IsValid() bool }

// isValid calls IsValid on the field. It tries the field's address first:
// a pointer fits in an interface without the allocation that boxing a
// struct such as phase.Date costs.
func isValid(fl validator.FieldLevel) bool {
	f := fl.Field()
	if f.CanAddr() && f.Addr().CanInterface() {
		if x, ok := f.Addr().Interface().(checker); ok {
			return x.IsValid()
		}
	}
	if f.CanInterface() {
		if x, ok := f.Interface().(checker); ok {
			return x.IsValid()
		}
	}
	return false
}

// OrgNumberOK reports whether s is a valid Norwegian organisation number:
// nine digits whose last is the MOD11 check digit over weights 3 2 7 6 5 4 3 2.
func OrgNumberOK(s string) bool {
	if len(s) != 9 {
		return false
	}
	weights := [8]int{3, 2, 7, 6, 5, 4, 3, 2}
	sum := 0
	for i := range 9 {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
		if i < 8 {
			sum += int(s[i]-'0') * weights[i]
		}
	}
	check := 11 - sum%11
	if check == 11 {
		check = 0
	}
	return check != 10 && check == int(s[8]-'0')
}

// MunicipalityNumberOK reports whether s is four digits.
func MunicipalityNumberOK(s string) bool {
	if len(s) != 4 {
		return false
	}
	for i := range 4 {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Struct validates s (a struct or pointer to one) and returns one finding
// per failed rule, with paths in JSON names below the top-level value
// ("benefits[3].owner"). It returns nil when s is valid.
func Struct(s any) phase.Findings {
	return findings(instance().Struct(unaddressable(s)))
}

// StructExcept is Struct without the top-level fields named (by their Go
// names, "Benefits"): for a caller that checks those fields by hand and
// appends what this returns after its own findings, in field order.
func StructExcept(s any, fields ...string) phase.Findings {
	return findings(instance().StructExcept(unaddressable(s), fields...))
}

// Failed returns the finding Struct gives when tag, with its parameter
// param, fails on a field of kind k at path: for code that checks a tag by
// hand, whose findings must not be told from validator's.
func Failed(path, tag, param string, k reflect.Kind) phase.Finding {
	return finding.New(phase.Code("field."+tag), path, phase.SeverityError, Message(tag, param, k))
}

// findings turns what validator returned into findings.
func findings(err error) phase.Findings {
	if err == nil {
		return nil
	}
	var ve validator.ValidationErrors
	if !asValidationErrors(err, &ve) {
		// InvalidValidationError: a programming error such as a nil pointer.
		return phase.Findings{finding.New("field.invalid_value", "", phase.SeverityError,
			phase.Text{NB: "Verdien kan ikke valideres", NN: "Verdien kan ikkje validerast", EN: "The value cannot be validated"})}
	}
	out := make(phase.Findings, 0, len(ve))
	for _, fe := range ve {
		if fe.Tag() == "dates" {
			out = appendDates(out, fe)
			continue
		}
		out = append(out, fieldFinding(fe))
	}
	return out
}

// unaddressable returns the struct s points to as a value of its own, so
// that validator reaches its fields as values that cannot be addressed.
// Validator (v10.30.x) boxes every value it visits to look for its Valuer
// interface, and boxing a value that can be addressed copies it to the
// heap (reflect.Value.Interface), while one that cannot is boxed in place:
// one copy of the top-level struct here saves an allocation for every
// field and nested struct below it (issue 14). Elements of slices and
// values behind pointers can still be addressed, and still cost one each.
// Anything else is returned as it is.
func unaddressable(s any) any {
	v := reflect.ValueOf(s)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return s
	}
	return v.Elem().Interface()
}

// eachDate calls bad for every element of the list s whose Date field is
// not valid, in order, and stops when bad returns false. It reports
// whether every element's date is valid; a value that is not a list of
// structs with a Date field of type phase.Date is not.
func eachDate(s reflect.Value, bad func(k int, date reflect.Value) bool) bool {
	if s.Kind() != reflect.Slice || s.Type().Elem().Kind() != reflect.Struct {
		return false
	}
	f, ok := s.Type().Elem().FieldByName("Date")
	if !ok || f.Type != reflect.TypeFor[phase.Date]() {
		return false
	}
	all := true
	for k := range s.Len() {
		d := s.Index(k).FieldByIndex(f.Index)
		if dt, _ := reflect.TypeAssert[phase.Date](d); dt.IsValid() { // no boxing
			continue
		}
		all = false
		if !bad(k, d) {
			break
		}
	}
	return all
}

// appendDates appends the findings of a failed dates tag: one "valid"
// finding for each element whose date is not valid, as a dive would
// report them, or the tag's own finding for a value it cannot read.
func appendDates(out phase.Findings, fe validator.FieldError) phase.Findings {
	path := fe.Namespace()
	if _, rest, ok := strings.Cut(path, "."); ok {
		path = rest
	}
	s := reflect.ValueOf(fe.Value())
	n := len(out)
	var name string
	if s.Kind() == reflect.Slice && s.Type().Elem().Kind() == reflect.Struct {
		if f, ok := s.Type().Elem().FieldByName("Date"); ok {
			name = jsonName(f)
		}
	}
	eachDate(s, func(k int, d reflect.Value) bool {
		out = append(out, Failed(path+"["+strconv.Itoa(k)+"]."+name, "valid", "", d.Kind()))
		return true
	})
	if len(out) == n {
		out = append(out, fieldFinding(fe))
	}
	return out
}

func asValidationErrors(err error, ve *validator.ValidationErrors) bool {
	x, ok := err.(validator.ValidationErrors)
	*ve = x
	return ok
}

func fieldFinding(fe validator.FieldError) phase.Finding {
	path := fe.Namespace()
	if _, rest, ok := strings.Cut(path, "."); ok {
		path = rest // drop the top-level type name
	}
	return Failed(path, fe.Tag(), fe.Param(), fe.Kind())
}
