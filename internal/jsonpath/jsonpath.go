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

// ErrTrailing is the error Strict gives for anything but white space after
// the value.
var ErrTrailing = errors.New("json: data after the value")

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

// LocateError is Locate for data already known not to decode into t, with
// err the error strictly decoding it gave (Strict): it returns what Locate
// returns without decoding data again, and "" with err where the error
// has no place in the data (malformed JSON, data after the value). Where err came from a value's own UnmarshalJSON or
// UnmarshalText (not from encoding/json itself: see Inferable), the value
// that failed is the one left when every other part on the way down
// decodes, and it is not decoded again: a stored project with a fault in
// its benefit plan runs the plan's decoder once, not once for each layer
// around it (issue 14).
func LocateError(t reflect.Type, data []byte, strict bool, err error) (string, error) {
	return failed(t, data, "", strict, err)
}

// Inferable reports whether err, returned by decoding a value with
// encoding/json, came from a method of a value inside it (UnmarshalJSON or
// UnmarshalText), which encoding/json returns as it is and at once, rather
// than from encoding/json itself (malformed JSON, a value of the wrong
// kind, an unknown field, data after the value), which it reports after
// reading on.
func Inferable(err error) bool {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var inv *json.InvalidUnmarshalError
	switch {
	case err == nil, errors.As(err, &syntax), errors.As(err, &typ), errors.As(err, &inv),
		errors.Is(err, ErrTrailing), errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF),
		strings.HasPrefix(err.Error(), "json: "):
		return false
	}
	return true
}

func decode(t reflect.Type, data []byte, strict bool) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	if strict {
		dec.DisallowUnknownFields()
	}
	return dec.Decode(reflect.New(t).Interface())
}

func locate(t reflect.Type, data []byte, path string, strict bool) (string, error) {
	if err := decode(t, data, strict); err != nil {
		return failed(t, data, path, strict, err)
	}
	return "", nil
}

// failed finds the value in data, at path, that does not decode into t,
// knowing that data does not and gave err. Each part on the way down is
// decoded once at most; when err is Inferable, one part at each level is
// not decoded at all, the one left when every other decodes (the last
// element of a list, the largest member of an object): it is the one that
// failed.
func failed(t reflect.Type, data []byte, path string, strict bool, err error) (string, error) {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	if t.Implements(unmarshaler) || reflect.PointerTo(t).Implements(unmarshaler) {
		return path, err // its own decoder; it reports inner positions itself
	}
	infer := Inferable(err)
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
		var parts []part
		for _, k := range keys {
			if ft, ok := lookup(fields, k); ok {
				parts = append(parts, part{ft, obj[k], join(path, k)})
			}
		}
		if p, e, ok := first(parts, strict, infer, err); ok {
			return p, e
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
			p := path + "[" + strconv.Itoa(i) + "]"
			if infer && i == len(arr)-1 {
				return failed(t.Elem(), raw, p, strict, err)
			}
			if p, e := locate(t.Elem(), raw, p, strict); e != nil {
				return p, e
			}
		}
	case reflect.Map:
		var obj map[string]json.RawMessage
		if json.Unmarshal(data, &obj) != nil {
			return path, err
		}
		var parts []part
		for _, k := range sortedKeys(obj) {
			parts = append(parts, part{t.Elem(), obj[k], join(path, k)})
		}
		if p, e, ok := first(parts, strict, infer, err); ok {
			return p, e
		}
	}
	return path, err
}

// part is a member of an object: its type, its data and its path.
type part struct {
	t    reflect.Type
	data []byte
	path string
}

// first locates the first of parts, in their order, that does not decode,
// and reports ok false when each decodes. The largest part is decoded last,
// and not at all when infer says that one of parts failed with err and
// every other decodes: then it is the one (a benefit plan beside the short
// sections of its document, say).
func first(parts []part, strict, infer bool, err error) (string, error, bool) {
	big := -1
	for i, p := range parts {
		if big < 0 || len(p.data) > len(parts[big].data) {
			big = i
		}
	}
	var errs []error // of each part but the largest, in order, until one fails
	for i, p := range parts {
		if i == big {
			errs = append(errs, nil)
			continue
		}
		e := decode(p.t, p.data, strict)
		errs = append(errs, e)
		if e != nil {
			break
		}
	}
	for i, e := range errs {
		if i == big {
			if infer && len(errs) == len(parts) && errs[len(errs)-1] == nil {
				return failedOK(parts[i], strict, err) // every other part decodes
			}
			if e := decode(parts[i].t, parts[i].data, strict); e != nil {
				return failedOK(parts[i], strict, e)
			}
			continue
		}
		if e != nil {
			return failedOK(parts[i], strict, e)
		}
	}
	return "", nil, false
}

func failedOK(p part, strict bool, err error) (string, error, bool) {
	path, e := failed(p.t, p.data, p.path, strict, err)
	return path, e, true
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

// Empty is encoding/json's test for omitempty: false, 0, a nil pointer or
// interface, and an empty array, slice, map or string.
func Empty(v reflect.Value) bool {
	switch v.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return v.Len() == 0
	case reflect.Bool, reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr,
		reflect.Float32, reflect.Float64, reflect.Interface, reflect.Pointer:
		return v.IsZero()
	}
	return false
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
		return ErrTrailing
	}
	return nil
}
