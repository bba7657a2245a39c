package strict

import (
	"encoding/json"
	"errors"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/errs"
	"github.com/digitale-helgeland/veiviser/internal/fieldpath"
	"github.com/digitale-helgeland/veiviser/internal/jsonpath"
	"github.com/digitale-helgeland/veiviser/phase"
)

// EncodeError turns err, from encoding v with encoding/json, into a
// *phase.PathError for operation op at the JSON path, below path, of the
// value that failed: encoding/json names only the type whose MarshalJSON
// or MarshalText failed ("stakeholder.Level"), and a part's own
// *phase.PathError is relative to that part ("bp2.level" in the
// checklists). It runs only on the error path: it encodes v again, part by
// part, to find the deepest part that fails; the path of a
// *phase.PathError from a part none of whose own parts fails is taken as
// relative to that part.
func EncodeError(op, path string, v any, err error) error {
	p, cause := locateEncode(reflect.ValueOf(v), path)
	if cause == nil {
		p, cause = path, unwrapMarshaler(err)
	}
	return errs.Wrap(op, p, cause)
}

// unwrapMarshaler returns the error inside encoding/json's
// *json.MarshalerError, however deep.
func unwrapMarshaler(err error) error {
	for {
		var me *json.MarshalerError
		if !errors.As(err, &me) {
			return err
		}
		err = me.Unwrap()
	}
}

// locateEncode returns the path of the deepest part of v that does not
// encode, and its error; "" and nil when v encodes.
func locateEncode(v reflect.Value, path string) (string, error) {
	if !v.IsValid() {
		return "", nil
	}
	var err error
	if v.CanInterface() {
		_, err = json.Marshal(v.Interface())
	}
	if err == nil {
		return "", nil
	}
	if p, e := locateChild(v, path); e != nil {
		return p, e
	}
	err = unwrapMarshaler(err)
	if pe, ok := err.(*phase.PathError); ok {
		return fieldpath.Join(path, pe.Path), pe.Err
	}
	return path, err
}

// locateChild returns the path and error of the first part of v that does
// not encode, or "" and nil.
func locateChild(v reflect.Value, path string) (string, error) {
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			if p, e := locateEncode(v.Elem(), path); e != nil {
				return p, e
			}
		}
	case reflect.Struct:
		t := v.Type()
		for i := range t.NumField() {
			f := t.Field(i)
			name, opts, _ := strings.Cut(f.Tag.Get("json"), ",")
			if !f.IsExported() || name == "-" || omitted(v.Field(i), opts) {
				continue
			}
			if name == "" {
				name = f.Name
			}
			p := fieldpath.Join(path, name)
			if f.Anonymous && f.Tag.Get("json") == "" {
				p = path
			}
			if pp, e := locateEncode(v.Field(i), p); e != nil {
				return pp, e
			}
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			if p, e := locateEncode(v.Index(i), path+"["+strconv.Itoa(i)+"]"); e != nil {
				return p, e
			}
		}
	case reflect.Map:
		keys := v.MapKeys()
		slices.SortFunc(keys, func(a, b reflect.Value) int { return strings.Compare(fmtKey(a), fmtKey(b)) })
		for _, k := range keys { // in order, so that the answer is deterministic
			if p, e := locateEncode(v.MapIndex(k), fieldpath.Join(path, fmtKey(k))); e != nil {
				return p, e
			}
		}
	}
	return "", nil
}

func fmtKey(k reflect.Value) string {
	if k.Kind() == reflect.String {
		return k.String()
	}
	if b, err := json.Marshal(k.Interface()); err == nil {
		s, _ := strconv.Unquote(string(b))
		return s
	}
	return ""
}

// omitted reports whether encoding/json leaves out field value v with tag
// options opts.
func omitted(v reflect.Value, opts string) bool {
	if strings.Contains(opts, "omitzero") {
		if z, ok := v.Interface().(interface{ IsZero() bool }); ok {
			if v.Kind() != reflect.Pointer || !v.IsNil() {
				return z.IsZero()
			}
		}
		if v.IsZero() {
			return true
		}
	}
	return strings.Contains(opts, "omitempty") && jsonpath.Empty(v)
}
