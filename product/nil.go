package product

import "reflect"

// IsNil reports whether d is nil or a nil pointer of a document type, such
// as a (*Mandate)(nil) stored in a Document: neither holds a document.
func IsNil(d Document) bool {
	if d == nil {
		return true
	}
	v := reflect.ValueOf(d)
	return v.Kind() == reflect.Pointer && v.IsNil()
}
