// Package strict is the module's one strict JSON decoder for stored data:
// it refuses object keys that name no field and anything after the value,
// and reports a failure as a *phase.PathError naming the JSON path of the
// value that failed ("benefits[3].owner", "bodies[0].members[1].right"),
// with keys as the input spells them.
//
// Before decoding, Decode checks the input against T with wire.Check:
// a repeated key, invalid UTF-8, a key in another case than the field's, a
// field the writer always writes left out (reported when the rest
// decodes), null where none is stored and text not in its
// MarshalText form are refused too, so that what Decode accepts is what the
// module's published JSON Schema accepts.
//
// A type with its own UnmarshalJSON decodes its fields with Decode too: an
// outer decoder's DisallowUnknownFields does not reach inside a custom
// unmarshaller. A *phase.PathError it returns has a path relative to that
// value, which the outer Decode joins to the value's own path.
//
// Each byte is read as few times as the standard library allows (issue
// 14): data in which wire.Check found every key to name a field is decoded
// by json.Unmarshal, with nothing left for DisallowUnknownFields to
// refuse; a text its type refuses and the one key that names no field are
// reported from wire.Check's reading, with their paths; and a value that
// fails inside a custom unmarshaller is located by it, once, the layers
// around it only adding their part of the path (jsonpath.LocateError).
package strict

import (
	"encoding/json"
	"reflect"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/errs"
	"github.com/digitale-helgeland/veiviser/internal/jsonpath"
	"github.com/digitale-helgeland/veiviser/internal/wire"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Decode decodes data into v strictly. On failure v may be partly written
// (decode into a fresh value and copy it over on success), and the error
// is a *phase.PathError for operation "decode".
func Decode[T any](data []byte, v *T) error {
	missing, err := Into(data, v)
	if err != nil {
		return err
	}
	return missing
}

// Into decodes data into v, a non-nil pointer, as Decode does, but returns
// a field left out (phase.ErrMissingField, when nothing else is wrong) as
// missing, apart from err, so that the caller may decide whether to accept
// it. Both are *phase.PathErrors for operation "decode".
func Into(data []byte, v any) (missing, err error) {
	_, missing, err = IntoSplit(data, v, "")
	return missing, err
}

// IntoSplit is Into for data whose value is an object, v a pointer to a
// struct, with the list in field (its JSON name) returned apart, each
// element as it stands in data, for the caller to decode on its own
// (wire.CheckSplit); the field of v is left as it was. The list is read
// once, not three times more by a strict decoder of the whole.
func IntoSplit(data []byte, v any, field string) (elems [][]byte, missing, err error) {
	t := reflect.TypeOf(v).Elem()
	data, elems, unknown, werr := wire.CheckSplit(data, t, field)
	if data == nil {
		return nil, nil, pathError(werr)
	}
	if unknown.Count == 0 {
		// Every key names a field, as wire found, at every level
		// where strictness can tell: json.Unmarshal decodes as the
		// strict decoder would, without copying data into a buffer of
		// its own first.
		err = json.Unmarshal(data, v)
	} else {
		err = jsonpath.Strict(data, v)
	}
	if err != nil {
		if unknown.Count == 1 && strings.HasPrefix(err.Error(), "json: unknown field ") {
			// The one key that names no field: wire found it, with
			// its path, and found nothing else wrong.
			return nil, nil, pathError(unknown.First)
		}
		return nil, nil, Error(data, t, err)
	}
	return elems, pathError(werr), nil
}

// pathError turns a *wire.Error into a *phase.PathError for operation
// "decode"; other errors (nil among them) are returned as they are.
func pathError(err error) error {
	if we, ok := err.(*wire.Error); ok {
		return &phase.PathError{Op: "decode", Path: we.Path, Err: we.Err}
	}
	return err
}

// Check runs wire.Check on data for type t and returns the data to decode,
// nil when it may not be decoded, and the error as a *phase.PathError for
// operation "decode". A field left out (phase.ErrMissingField) comes with
// the data: decode it, and report a failure of decoding first.
func Check(data []byte, t reflect.Type) ([]byte, error) {
	data, err := wire.Check(data, t)
	return data, pathError(err)
}

// Replaced returns, for operation op, a *phase.PathError wrapping
// phase.ErrInvalidUTF8 at the path of the first string of b, JSON that
// encoding/json wrote, in which it replaced invalid UTF-8 (see
// wire.Replaced); nil when it replaced none. Writers call it so that a
// string that is not UTF-8 is refused rather than stored changed.
func Replaced(op string, b []byte) error {
	if we, ok := wire.Replaced(b).(*wire.Error); ok {
		return &phase.PathError{Op: op, Path: we.Path, Err: we.Err}
	}
	return nil
}

// Error turns err, from strictly decoding data into a value of type t, into
// a *phase.PathError at the path of the value that failed. It runs only on
// the error path: jsonpath.LocateError decodes the parts of data again to
// find the path, except the part it can tell failed without decoding it (a
// part whose own UnmarshalJSON failed, and reported its own path). A value
// that does not decode is named before an unknown key, as encoding/json
// does; an unknown key gives phase.ErrUnknownField. Keys are searched in
// sorted order, so the answer is deterministic. Malformed JSON and
// trailing data are reported for the whole input.
func Error(data []byte, t reflect.Type, err error) error {
	path, cause := jsonpath.LocateError(t, data, true, err)
	if path == "" {
		// Malformed JSON is named as json.Unmarshal names it (a
		// *json.SyntaxError with its offset), whichever decoder met it.
		var raw json.RawMessage
		if e := json.Unmarshal(data, &raw); e != nil {
			cause = e
		}
	}
	if cause != nil {
		return errs.Wrap("decode", path, cause)
	}
	return &phase.PathError{Op: "decode", Err: err}
}
