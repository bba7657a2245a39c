package product

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"

	"github.com/digitale-helgeland/veiviser/internal/errs"
	"github.com/digitale-helgeland/veiviser/internal/jsonpath"
	"github.com/digitale-helgeland/veiviser/internal/strict"
	"github.com/digitale-helgeland/veiviser/phase"
)

// SchemaVersion is the version of the stored form of a document that
// Encode writes. Version 2 uses the module's one role vocabulary
// (stakeholder.Role) in the governing document's organisation. Version 3
// gives each document type the sections of its Digdir template, in the
// template's order: a chapter an earlier version kept in one Section is a
// struct of its sections, and what the template has no section for is kept
// in Header.Extra (see migrateV2). Decode reads every version up to this
// one; a stored document without a schemaVersion was written before
// versions were recorded and is read as version 1, its governing
// document's role codes mapped to stakeholder.Role.
const SchemaVersion = 3

// storedDocument is the stored form of a Document: the schema version, the
// template that says which type to read, and the document itself.
type storedDocument struct {
	SchemaVersion int             `json:"schemaVersion,omitempty"`
	Template      Template        `json:"template"`
	Document      json.RawMessage `json:"document"`
}

// Encode returns d as JSON: {"template": "mandate", "document":
// {…}}, which Decode reads back into an equal value. A string that is not
// valid UTF-8 is refused (phase.ErrInvalidUTF8, at its path) rather than
// stored changed.
func Encode(d Document) ([]byte, error) {
	if err := check(d); err != nil {
		return nil, &phase.PathError{Op: "encode", Err: err}
	}
	t, err := json.Marshal(d.Template())
	if err != nil {
		return nil, err
	}
	// The bytes json.Marshal would write for storedDocument, without
	// handing it the document as a json.RawMessage, which it would scan and
	// copy again (issue 14); TestEncodeStoredForm keeps the two the same.
	prefix := make([]byte, 0, len(t)+len(`{"schemaVersion":3,"template":,"document":`)+8)
	prefix = append(prefix, `{"schemaVersion":`...)
	prefix = strconv.AppendInt(prefix, SchemaVersion, 10)
	prefix = append(prefix, `,"template":`...)
	prefix = append(prefix, t...)
	prefix = append(prefix, `,"document":`...)
	var b []byte
	if bp, ok := d.(*BenefitPlan); ok {
		// The bulk of a project, in one pass, after the prefix (issue 14).
		b, err = appendBenefitPlan(prefix, bp)
	} else {
		var body []byte
		if body, err = json.Marshal(d); err == nil {
			b = append(append(make([]byte, 0, len(prefix)+len(body)+1), prefix...), body...)
		}
	}
	if err != nil {
		return nil, errs.Wrap("encode", "document", err)
	}
	if err := strict.Replaced("encode", b[len(prefix):]); err != nil {
		return nil, errs.Wrap("encode", "document", err)
	}
	return append(b, '}'), nil
}

// Decode reads what Encode writes and returns a document of
// the type its template names (*Mandate for "mandate", …). It is strict:
// an unknown template, an unknown enumeration value, a field the type does
// not have, trailing data and malformed JSON are each a *phase.PathError
// naming the JSON path where reading failed. It does not validate the
// document's content; call Validate for that.
//
// Decode reads a document written by hand too: a field of the document
// left out is read as its zero value. DecodeStored is the strict reader of
// stored documents.
func Decode(b []byte) (Document, error) { return decode(b, false) }

// DecodeStored reads a document as Decode does, and refuses, with an error
// wrapping phase.ErrMissingField, a field of the current schema version
// that Encode always writes (one without omitempty) left out: what the
// project's stored form and its JSON Schema require. A document of an
// earlier version, migrated, may lack the fields its version did not have.
func DecodeStored(b []byte) (Document, error) { return decode(b, true) }

func decode(b []byte, stored bool) (Document, error) {
	var s storedDocument
	if err := strict.Decode(b, &s); err != nil {
		return nil, err
	}
	if s.SchemaVersion < 0 || s.SchemaVersion > SchemaVersion {
		return nil, &phase.PathError{Op: "decode", Path: "schemaVersion", Err: fmt.Errorf("%w: %d (this version reads up to %d)", phase.ErrSchemaVersion, s.SchemaVersion, SchemaVersion)}
	}
	if !s.Template.IsValid() {
		return nil, &phase.PathError{Op: "decode", Path: "template", Err: errors.New("missing template")}
	}
	if len(s.Document) == 0 || string(s.Document) == "null" {
		return nil, &phase.PathError{Op: "decode", Path: "document", Err: errors.New("missing document")}
	}
	if s.SchemaVersion < 2 {
		s.Document = migrateV1(s.Template, s.Document)
	}
	if s.SchemaVersion < 3 {
		s.Document = migrateV2(s.Template, s.Document)
	}
	d := s.Template.New()
	body, missing := strict.Check(s.Document, reflect.TypeOf(d))
	if body == nil {
		return nil, errs.Wrap("decode", "document", missing)
	}
	if err := jsonpath.Strict(body, d); err != nil {
		return nil, errs.Wrap("decode", "document", strict.Error(body, reflect.TypeOf(d), err))
	}
	if missing != nil && stored && s.SchemaVersion == SchemaVersion {
		return nil, errs.Wrap("decode", "document", missing)
	}
	return d, nil
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
