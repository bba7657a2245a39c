package stakeholder

import (
	"encoding/json"
	"errors"
	"reflect"
	"strings"
)

var unmarshalerType = reflect.TypeFor[json.Unmarshaler]()

// decodeError turns an error from decoding data into a value of type t
// into a *DecodeError naming the path of the field that failed. encoding/json
// does not report the path of an error from UnmarshalText, so the path is
// found by decoding the parts of data again, field by field. It runs only
// on the error path.
func decodeError(data []byte, t reflect.Type, err error) error {
	path, cause := failingPath(data, t, "")
	if cause == nil {
		return &DecodeError{Err: err}
	}
	return &DecodeError{Path: path, Err: cause}
}

// failingPath decodes data into a new value of type t and, when that fails,
// returns the path below path of the innermost part that fails, and its
// error. It returns a nil error when data decodes.
func failingPath(data []byte, t reflect.Type, path string) (string, error) {
	err := json.Unmarshal(data, reflect.New(t).Interface())
	if err == nil {
		return "", nil
	}
	if reflect.PointerTo(t).Implements(unmarshalerType) {
		// The type decodes itself; a *DecodeError from it has a path
		// relative to this value.
		var de *DecodeError
		if errors.As(err, &de) {
			return join(path, de.Path), de.Err
		}
		return path, err
	}
	switch t.Kind() {
	case reflect.Pointer:
		return failingPath(data, t.Elem(), path)
	case reflect.Struct:
		var obj map[string]json.RawMessage
		if json.Unmarshal(data, &obj) != nil {
			return path, err
		}
		for i := range t.NumField() {
			f := t.Field(i)
			name := jsonFieldName(f)
			if name == "" {
				continue
			}
			for k, raw := range obj {
				if !strings.EqualFold(k, name) {
					continue
				}
				if p, e := failingPath(raw, f.Type, join(path, name)); e != nil {
					return p, e
				}
			}
		}
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return path, err
		}
		var items []json.RawMessage
		if json.Unmarshal(data, &items) != nil {
			return path, err
		}
		for i, raw := range items {
			if p, e := failingPath(raw, t.Elem(), path+indexPath("", i)); e != nil {
				return p, e
			}
		}
	}
	return path, err
}

// jsonFieldName returns the JSON name of an exported field, or "" for a
// field encoding/json skips.
func jsonFieldName(f reflect.StructField) string {
	if !f.IsExported() {
		return ""
	}
	name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	switch name {
	case "-":
		return ""
	case "":
		return f.Name
	}
	return name
}
