package product

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"

	"github.com/digitale-helgeland/veiviser/internal/jsonpath"
	"github.com/digitale-helgeland/veiviser/phase"
)

// SchemaVersion is the version of the stored form of a document that
// Encode writes. Version 2 uses the module's one role vocabulary
// (stakeholder.Role) in the governing document's organisation. Decode reads
// every version up to this one; a stored document without a schemaVersion
// was written before versions were recorded and is read as version 1, its
// governing document's role codes mapped to stakeholder.Role.
const SchemaVersion = 2

// storedDocument is the stored form of a Document: the schema version, the
// template that says which type to read, and the document itself.
type storedDocument struct {
	SchemaVersion int             `json:"schemaVersion,omitempty"`
	Template      Template        `json:"template"`
	Document      json.RawMessage `json:"document"`
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
	return json.Marshal(storedDocument{SchemaVersion: SchemaVersion, Template: d.Template(), Document: body})
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
	if s.SchemaVersion < 0 || s.SchemaVersion > SchemaVersion {
		return nil, &DocumentError{Path: "schemaVersion", Err: fmt.Errorf("%w: %d (this version reads up to %d)", phase.ErrSchemaVersion, s.SchemaVersion, SchemaVersion)}
	}
	if !s.Template.IsValid() {
		return nil, &DocumentError{Path: "template", Err: errors.New("missing template")}
	}
	if len(s.Document) == 0 || string(s.Document) == "null" {
		return nil, &DocumentError{Path: "document", Err: errors.New("missing document")}
	}
	if s.SchemaVersion < 2 {
		s.Document = migrateV1(s.Template, s.Document)
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

// migrateV1 rewrites a document of schema version 1 in the form of version
// 2: the role codes of a governing document's organisation are mapped
// through legacyGoverningRoles. Anything it does not recognise is left as
// it is, for the strict decoder to report with its path.
func migrateV1(t Template, doc json.RawMessage) json.RawMessage {
	if t != TemplateGoverningDocument {
		return doc
	}
	var fields map[string]json.RawMessage
	if json.Unmarshal(doc, &fields) != nil {
		return doc
	}
	var org []map[string]json.RawMessage
	if json.Unmarshal(fields["organisation"], &org) != nil || len(org) == 0 {
		return doc
	}
	for _, a := range org {
		var code string
		if json.Unmarshal(a["role"], &code) != nil {
			continue
		}
		if to, ok := legacyGoverningRoles[code]; ok {
			a["role"], _ = json.Marshal(to)
		}
	}
	fields["organisation"], _ = json.Marshal(org)
	out, err := json.Marshal(fields)
	if err != nil {
		return doc
	}
	return out
}
