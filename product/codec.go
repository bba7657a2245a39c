package product

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/digitale-helgeland/veiviser/internal/errs"
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
	if t, body, ok := envelope(b); ok {
		// The form Encode writes: the document is read without reading
		// the envelope around it first, which would scan it twice more
		// (issue 14). On failure the envelope is read as below, so that
		// an error in it is named before one in the document.
		d, missing, err := decodeBody(t, body, stored)
		if err == nil {
			if missing != nil && stored {
				return nil, errs.Wrap("decode", "document", missing)
			}
			return d, nil
		}
		var s storedDocument
		if strict.Decode(b, &s) == nil && s.Template == t && s.SchemaVersion == SchemaVersion && bytes.Equal(s.Document, body) {
			return nil, errs.Wrap("decode", "document", err)
		}
	}
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
	missing, err := strict.Into(s.Document, d)
	if err != nil {
		return nil, errs.Wrap("decode", "document", err)
	}
	if missing != nil && stored && s.SchemaVersion == SchemaVersion {
		return nil, errs.Wrap("decode", "document", missing)
	}
	return d, nil
}

// decodeBody decodes body, the document of a stored document of the current
// schema version with template t, as strict.Into does: the document, a
// field left out, and any other error. A stored benefit plan is read in one
// pass with its plan (see benefitPlanStored).
func decodeBody(t Template, body []byte, stored bool) (Document, error, error) {
	if t != TemplateBenefitPlan || !stored {
		d := t.New()
		missing, err := strict.Into(body, d)
		return d, missing, err
	}
	var s benefitPlanStored
	missing, err := strict.Into(body, &s)
	if err != nil {
		return nil, nil, err
	}
	d := s.document()
	if err := d.Plan.CheckStructure(); err != nil {
		return nil, nil, errs.Wrap("decode", "plan", err)
	}
	return d, missing, nil
}

// envelope returns the template and the document of b when b is exactly in
// the form Encode writes, {"schemaVersion":3,"template":"…","document":…},
// as far as can be told without reading the document; ok is false
// otherwise, and for any other schema version.
func envelope(b []byte) (t Template, doc []byte, ok bool) {
	head := `{"schemaVersion":` + strconv.Itoa(SchemaVersion) + `,"template":"`
	rest, found := bytes.CutPrefix(b, []byte(head))
	if !found {
		return 0, nil, false
	}
	code, rest, found := bytes.Cut(rest, []byte(`"`))
	if !found || t.UnmarshalText(code) != nil || !t.IsValid() {
		return 0, nil, false
	}
	if m, err := t.MarshalText(); err != nil || !bytes.Equal(m, code) {
		return 0, nil, false // not in its stored form: wire.Check names it
	}
	rest, found = bytes.CutPrefix(rest, []byte(`,"document":`))
	if !found || len(rest) < 2 || rest[len(rest)-1] != '}' {
		return 0, nil, false
	}
	return t, rest[:len(rest)-1], true
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
