package product

import "errors"

// ErrInvalidDocument is wrapped by the *DocumentError that Decode
// and Encode return for a document that cannot be read or written.
// Match it with errors.Is.
var ErrInvalidDocument = errors.New("veiviser: invalid document")

// DocumentError reports a management product that cannot be decoded or
// encoded: Path is the JSON path where it fails ("document.header.status"),
// Err the cause (a *phase.ValueError for an unknown enumeration value, a
// *json.SyntaxError, …). It wraps both ErrInvalidDocument and Err.
type DocumentError struct {
	Path string
	Err  error
}

// Error returns developer-facing text naming the path.
func (e *DocumentError) Error() string {
	msg := ErrInvalidDocument.Error()
	if e.Path != "" {
		msg += ": " + e.Path
	}
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

// Unwrap returns ErrInvalidDocument and the cause.
func (e *DocumentError) Unwrap() []error { return []error{ErrInvalidDocument, e.Err} }
