package product

import (
	"errors"
	"reflect"
)

// IsNil reports whether d is nil or a nil pointer of a document type, such
// as a (*Mandate)(nil) stored in a Document: neither holds a document.
func IsNil(d Document) bool {
	if d == nil {
		return true
	}
	v := reflect.ValueOf(d)
	return v.Kind() == reflect.Pointer && v.IsNil()
}

// check reports why d cannot be stored: nil, a nil pointer, or a value
// whose type is not the type of its own template. The last is a type from
// outside this package that embeds one of its documents and so passes as a
// Document: it would be stored as, and read back as, something else.
func check(d Document) error {
	if IsNil(d) {
		return errors.New("nil document")
	}
	t := d.Template()
	if !t.IsValid() || reflect.TypeOf(d) != reflect.TypeOf(t.New()) {
		return errors.New("not a document type of package product: " + reflect.TypeOf(d).String())
	}
	return nil
}
