package stakeholder

import (
	"errors"
	"reflect"

	"github.com/digitale-helgeland/veiviser/internal/jsonpath"
)

// decodeError turns an error from strictly decoding data into a value of
// type t into a *DecodeError naming the path of the value that failed, with
// the keys as data spells them. It runs only on the error path.
//
// jsonpath.Locate finds the path. It names a value that does not decode
// before an unknown key, as encoding/json does; an unknown key is reported
// as ErrUnknownField. Keys are searched in sorted order, so the answer does
// not depend on map iteration, also when two keys differ only in case.
func decodeError(data []byte, t reflect.Type, err error) error {
	path, cause := jsonpath.Locate(t, data, true)
	switch {
	case errors.Is(cause, jsonpath.ErrUnknownField):
		return &DecodeError{Path: path, Err: ErrUnknownField}
	case cause != nil:
		return pathError(path, cause)
	}
	return &DecodeError{Err: err} // trailing data: the document as a whole
}

// pathError returns a *DecodeError for cause at path. A *DecodeError from a
// type that decodes itself (Body, Membership) has a path relative to that
// value; it is joined to path.
func pathError(path string, cause error) error {
	var de *DecodeError
	if errors.As(cause, &de) {
		return &DecodeError{Path: join(path, de.Path), Err: de.Err}
	}
	return &DecodeError{Path: path, Err: cause}
}
