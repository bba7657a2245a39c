package product

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"reflect"

	"github.com/digitale-helgeland/veiviser/internal/jsonpath"
)

// storedDocument is the stored form of a Document: the template that says
// which type to read, and the document itself.
type storedDocument struct {
	Template Template        `json:"template"`
	Document json.RawMessage `json:"document"`
}

// Encode returns d as JSON: {"template": "mandate", "document":
// {…}}, which Decode reads back into an equal value.
func Encode(d Document) ([]byte, error) {
	if d == nil || reflect.ValueOf(d).IsNil() {
		return nil, &DocumentError{Err: errors.New("nil document")}
	}
	body, err := json.Marshal(d)
	if err != nil {
		return nil, &DocumentError{Path: "document", Err: err}
	}
	return json.Marshal(storedDocument{Template: d.Template(), Document: body})
}

// Decode reads what Encode writes and returns a document of
// the type its template names (*Mandate for "mandate", …). It is strict:
// an unknown template, an unknown enumeration value, a field the type does
// not have, trailing data and malformed JSON are each a *DocumentError
// naming the JSON path where reading failed. It does not validate the
// document's content; call Validate for that.
func Decode(b []byte) (Document, error) {
	var s storedDocument
	if err := strictDecode(b, &s); err != nil {
		path, cause := jsonpath.Locate(reflect.TypeFor[storedDocument](), b, true)
		if cause == nil {
			cause = err
		}
		return nil, &DocumentError{Path: path, Err: cause}
	}
	if !s.Template.IsValid() {
		return nil, &DocumentError{Path: "template", Err: errors.New("missing template")}
	}
	if len(s.Document) == 0 || string(s.Document) == "null" {
		return nil, &DocumentError{Path: "document", Err: errors.New("missing document")}
	}
	d := s.Template.New()
	if err := strictDecode(s.Document, d); err != nil {
		path, cause := jsonpath.Locate(reflect.TypeOf(d), s.Document, true)
		if cause == nil {
			cause = err
		}
		return nil, &DocumentError{Path: joinJSONPath("document", path), Err: cause}
	}
	return d, nil
}

// strictDecode decodes exactly one JSON value into v, refusing unknown
// fields and trailing data.
func strictDecode(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); err != io.EOF {
		return errors.New("trailing data after the document")
	}
	return nil
}

func joinJSONPath(prefix, path string) string {
	switch {
	case path == "":
		return prefix
	case path[0] == '[':
		return prefix + path
	}
	return prefix + "." + path
}
