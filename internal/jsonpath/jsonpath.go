// Package jsonpath finds where in a JSON document decoding into a Go type
// fails, so that decode errors can name the field path ("benefits[3].owner")
// even when the error comes from an UnmarshalText method, which
// encoding/json reports without a location.
//
// It is used on the error path only: decode first, and call Locate when the
// decode failed.
package jsonpath

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
)

var unmarshaler = reflect.TypeFor[json.Unmarshaler]()

// ErrUnknownField is the error Locate gives for an object key that matches
// no field, in strict mode.
var ErrUnknownField = errors.New("veiviser: unknown field")

// Locate returns the path of the deepest value in data that does not decode
// into type t, and the error decoding it gave. Paths use JSON names:
// "a.b[2].c". With strict, an object key that matches no field is an error
// too (as with json.Decoder.DisallowUnknownFields). It returns "" and nil
// when data decodes.
func Locate(t reflect.Type, data []byte, strict bool) (string, error) {
	return locate(t, data, "", strict)
}

func decode(t reflect.Type, data []byte, strict bool) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if strict {
		dec.DisallowUnknownFields()
	}
	return dec.Decode(reflect.New(t).Interface())
}

func locate(t reflect.Type, data []byte, path string, strict bool) (string, error) {
	err := decode(t, data, strict)
	if err == nil {
		return "", nil
	}
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Implements(unmarshaler) || reflect.PointerTo(t).Implements(unmarshaler) {
		return path, err // its own decoder; it reports inner positions itself
	}
	switch t.Kind() {
	case reflect.Struct:
		var obj map[string]json.RawMessage
		if json.Unmarshal(data, &obj) != nil {
			return path, err
		}
		fields := fieldsOf(t)
		keys := sortedKeys(obj)
		// A value that does not decode is named before an unknown key, as
		// encoding/json itself reports it first.
		for _, k := range keys {
			if ft, ok := lookup(fields, k); ok {
				if p, e := locate(ft, obj[k], join(path, k), strict); e != nil {
					return p, e
				}
			}
		}
		if strict {
			for _, k := range keys {
				if _, ok := lookup(fields, k); !ok {
					return join(path, k), fmt.Errorf("%w %q", ErrUnknownField, k)
				}
			}
		}
	case reflect.Slice, reflect.Array:
		var arr []json.RawMessage
		if json.Unmarshal(data, &arr) != nil {
			return path, err
		}
		for i, raw := range arr {
			if p, e := locate(t.Elem(), raw, path+"["+strconv.Itoa(i)+"]", strict); e != nil {
				return p, e
			}
		}
	case reflect.Map:
		var obj map[string]json.RawMessage
		if json.Unmarshal(data, &obj) != nil {
			return path, err
		}
		for _, k := range sortedKeys(obj) {
			if p, e := locate(t.Elem(), obj[k], join(path, k), strict); e != nil {
				return p, e
			}
		}
	}
	return path, err
}

func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// Field is a struct field as encoding/json sees it.
type Field struct {
	Name     string       // the JSON name
	Type     reflect.Type // the field's type
	Optional bool         // tagged omitempty or omitzero
}

// Fields returns the fields encoding/json writes for struct type t, in
// order: exported fields not tagged "-", with the fields of untagged
// embedded structs in their place (an outer field wins over an embedded
// one of the same name).
func Fields(t reflect.Type) []Field {
	var out []Field
	seen := map[string]bool{}
	var walk func(t reflect.Type, embedded bool)
	walk = func(t reflect.Type, embedded bool) {
		for i := range t.NumField() {
			f := t.Field(i)
			tag := f.Tag.Get("json")
			if tag == "-" {
				continue
			}
			name, opts, _ := strings.Cut(tag, ",")
			if f.Anonymous && name == "" {
				ft := f.Type
				if ft.Kind() == reflect.Pointer {
					ft = ft.Elem()
				}
				if ft.Kind() == reflect.Struct {
					walk(ft, true)
					continue
				}
			}
			if !f.IsExported() {
				continue
			}
			if name == "" {
				name = f.Name
			}
			if embedded && seen[name] {
				continue
			}
			seen[name] = true
			out = append(out, Field{Name: name, Type: f.Type,
				Optional: strings.Contains(opts, "omitempty") || strings.Contains(opts, "omitzero")})
		}
	}
	walk(t, false)
	return out
}

// fieldsOf maps the JSON names of t's fields to their types.
func fieldsOf(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for _, f := range Fields(t) {
		out[f.Name] = f.Type
	}
	return out
}

// lookup finds a field as encoding/json does: exact name first, then
// case-insensitively.
func lookup(fields map[string]reflect.Type, key string) (reflect.Type, bool) {
	if t, ok := fields[key]; ok {
		return t, true
	}
	for name, t := range fields {
		if strings.EqualFold(name, key) {
			return t, true
		}
	}
	return nil, false
}

// sortedKeys returns the keys sorted, so the answer is deterministic.
func sortedKeys(m map[string]json.RawMessage) []string {
	return slices.Sorted(maps.Keys(m))
}

// Strict decodes data into v as json.Unmarshal does, but refuses object keys
// that match no field and anything after the value. A custom UnmarshalJSON
// must use it for its own fields: an outer decoder's DisallowUnknownFields
// does not reach inside a custom unmarshaller.
func Strict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("json: data after the value")
	}
	return nil
}
