package product

import (
	"encoding"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
)

// The writer reaches a document's fields by their JSON paths, as the
// section table's keys name them, and turns values into text.

// wfield is a field as encoding/json names it.
type wfield struct {
	name  string
	index []int
}

// jsonFields returns the fields encoding/json writes for struct type t, in
// order, the fields of untagged embedded structs in their place (the
// shallowest of two with one name wins, as in encoding/json).
func jsonFields(t reflect.Type) []wfield {
	var out []wfield
	depth := map[string]int{}
	for _, sf := range reflect.VisibleFields(t) {
		tag := sf.Tag.Get("json")
		if tag == "-" || !sf.IsExported() && !sf.Anonymous {
			continue
		}
		name, _, _ := strings.Cut(tag, ",")
		if sf.Anonymous && name == "" {
			ft := sf.Type
			if ft.Kind() == reflect.Pointer {
				ft = ft.Elem()
			}
			if ft.Kind() == reflect.Struct {
				continue // its fields are visible in their own right
			}
		}
		if !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		if d, seen := depth[name]; seen {
			if len(sf.Index) < d {
				for i := range out {
					if out[i].name == name {
						out[i].index = sf.Index
					}
				}
				depth[name] = len(sf.Index)
			}
			continue
		}
		depth[name] = len(sf.Index)
		out = append(out, wfield{name: name, index: sf.Index})
	}
	return out
}

// fieldValueAt returns the field of struct v at JSON path key ("purpose.needs").
// A nil pointer on the way gives the zero Value.
func fieldValueAt(v reflect.Value, key string) (reflect.Value, error) {
	for name := range strings.SplitSeq(key, ".") {
		v = derefValue(v)
		if !v.IsValid() {
			return reflect.Value{}, nil
		}
		if v.Kind() != reflect.Struct {
			return reflect.Value{}, errKey(key)
		}
		found := false
		for _, fd := range jsonFields(v.Type()) {
			if fd.name == name {
				fv, err := v.FieldByIndexErr(fd.index)
				if err != nil {
					return reflect.Value{}, nil
				}
				v, found = fv, true
				break
			}
		}
		if !found {
			return reflect.Value{}, errKey(key)
		}
	}
	return v, nil
}

// derefValue follows pointers and interfaces; a nil one gives the zero Value.
func derefValue(v reflect.Value) reflect.Value {
	for v.IsValid() && (v.Kind() == reflect.Pointer || v.Kind() == reflect.Interface) {
		if v.IsNil() {
			return reflect.Value{}
		}
		v = v.Elem()
	}
	return v
}

var textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()

// isScalarType reports whether values of t are written as one text: strings,
// numbers, booleans and types that marshal themselves as text (dates,
// enumerations).
func isScalarType(t reflect.Type) bool {
	if t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textMarshaler) {
		return true
	}
	switch t.Kind() {
	case reflect.String, reflect.Bool,
		reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
		reflect.Float32, reflect.Float64:
		return true
	}
	return false
}

// isBlankValue reports whether v holds nothing to write: blank text, zero
// numbers, false, empty lists and records all of whose fields are empty.
func isBlankValue(v reflect.Value) bool {
	v = derefValue(v)
	if !v.IsValid() {
		return true
	}
	if isScalarType(v.Type()) && v.Kind() != reflect.String {
		return v.IsZero()
	}
	switch v.Kind() {
	case reflect.String:
		return strings.TrimSpace(v.String()) == ""
	case reflect.Slice, reflect.Map:
		return v.Len() == 0
	case reflect.Array:
		for i := range v.Len() {
			if !isBlankValue(v.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Struct:
		for _, fd := range jsonFields(v.Type()) {
			fv, err := v.FieldByIndexErr(fd.index)
			if err == nil && !isBlankValue(fv) {
				return false
			}
		}
		return true
	}
	return v.IsZero()
}

// labelled is an enumeration with labels in bokmål, nynorsk and English.
type labelled interface {
	Text() phase.Text
	IsValid() bool
}

var (
	dateType      = reflect.TypeFor[phase.Date]()
	dateFieldType = reflect.TypeFor[DateField]()
)

// scalar returns the text of a scalar value v, the field at path p: see
// Write.
func (f *filler) scalar(v reflect.Value, p string) (string, error) {
	if !v.IsValid() {
		return "", nil
	}
	switch v.Type() {
	case dateType:
		return v.Interface().(phase.Date).Norwegian(), nil
	case dateFieldType:
		return v.Interface().(DateField).String(), nil
	}
	if l, ok := v.Interface().(labelled); ok && v.Kind() == reflect.Uint8 && l.IsValid() {
		// An enumeration is written as people read it, in the
		// document's language («Resultatmål», not "result"); Read
		// takes a label in any language.
		return l.Text().In(f.lang), nil
	}
	var m encoding.TextMarshaler
	switch {
	case v.Type().Implements(textMarshaler):
		m = v.Interface().(encoding.TextMarshaler)
	case reflect.PointerTo(v.Type()).Implements(textMarshaler):
		c := reflect.New(v.Type())
		c.Elem().Set(v)
		m = c.Interface().(encoding.TextMarshaler)
	}
	if m != nil {
		if u, ok := m.(interface{ IsValid() bool }); ok && v.IsZero() && !u.IsValid() {
			// An enumeration's zero value is "not given" (omitempty on
			// the wire, as Appointment.Role): a blank, not an error.
			return "", nil
		}
		b, err := m.MarshalText()
		if err != nil {
			return "", &phase.PathError{Op: "write", Path: p, Err: err}
		}
		return string(b), nil
	}
	switch v.Kind() {
	case reflect.String:
		return v.String(), nil
	case reflect.Bool:
		if v.Bool() {
			return phase.Text{NB: "ja", NN: "ja", EN: "yes"}.In(f.lang), nil
		}
		return phase.Text{NB: "nei", NN: "nei", EN: "no"}.In(f.lang), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10), nil
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, v.Type().Bits()), nil
	}
	return jsonText(v, p)
}

// jsonText returns v as compact JSON, for what no table cell or paragraph
// can hold as plain text.
func jsonText(v reflect.Value, p string) (string, error) {
	b, err := json.Marshal(v.Interface())
	if err != nil {
		return "", &phase.PathError{Op: "write", Path: p, Err: err}
	}
	return string(b), nil
}
