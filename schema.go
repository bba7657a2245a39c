package veiviser

import (
	"encoding/json"
	"reflect"

	"github.com/digitale-helgeland/veiviser/product"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/internal/jsonschema"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// SchemaID is the $id of the JSON Schema of a stored project.
const SchemaID = "https://github.com/digitale-helgeland/veiviser/schema/project-v3.json"

// JSONSchema returns the JSON Schema (draft 2020-12) of a stored project, as
// Project.MarshalJSON writes it, for tooling in other languages. It is
// derived from the Go types; a copy is kept in the repository at
// testdata/schema/project.schema.json and a test keeps it current.
func JSONSchema() ([]byte, error) {
	// A stored document is its template's code and that template's
	// document: one alternative per template, so that a document of one
	// template under another's code is refused, as Decode refuses it.
	var docs []reflect.Type
	var stored []any
	for _, t := range product.Templates() {
		typ := reflect.TypeOf(t.New()).Elem()
		docs = append(docs, typ)
		stored = append(stored, map[string]any{
			"type": "object", "additionalProperties": false, "required": []any{"template", "document"},
			"properties": map[string]any{
				"schemaVersion": map[string]any{"type": "integer", "minimum": 0, "maximum": product.SchemaVersion},
				"template":      map[string]any{"const": t.String()},
				"document":      map[string]any{"$ref": "#/$defs/product." + typ.Name()},
			},
		})
	}
	str := func(pattern string) map[string]any { return map[string]any{"type": "string", "pattern": pattern} }
	number := map[string]any{"type": "number"}
	// A date field holds an ISO date or text that is no date: a date
	// written another way ("25.2.2020") is read as a date and stored in
	// ISO form, so the stored form never has one.
	dateLike := `^\s*([0-9]{4}-[0-9]+-[0-9]+|[0-9]+\.[0-9]+\.[0-9]{4})\s*$`
	dateField := map[string]any{"type": "string", "anyOf": []any{
		map[string]any{"pattern": `^[0-9]{4}-[0-9]{2}-[0-9]{2}$`},
		map[string]any{"not": map[string]any{"pattern": dateLike}},
	}}
	return jsonschema.Generate(reflect.TypeFor[projectJSON](), jsonschema.Options{
		ID:    SchemaID,
		Title: "veiviser project, schema version 3",
		Substitutes: map[reflect.Type]reflect.Type{
			reflect.TypeFor[phase.Lifecycle]():        reflect.TypeFor[lifecycleSchema](),
			reflect.TypeFor[checklist.Checklist]():    reflect.TypeFor[checklistSchema](),
			reflect.TypeFor[stakeholder.Membership](): reflect.TypeFor[membershipSchema](),
			reflect.TypeFor[benefit.Measurement]():    reflect.TypeFor[measurementSchema](),
		},
		Overrides: map[reflect.Type]map[string]any{
			reflect.TypeFor[json.RawMessage]():       {"anyOf": stored},
			reflect.TypeFor[schemaVersion]():         {"const": SchemaVersion},
			reflect.TypeFor[product.DateField]():     dateField,
			reflect.TypeFor[stakeholder.OrgNumber](): str(`^$|^[0-9]{9}$`),
			reflect.TypeFor[phase.CaseNumber]():      str(`^$|^[1-9][0-9]{3}/[1-9][0-9]*$`),
			reflect.TypeFor[phase.RecordID]():        str(`^$|^[1-9][0-9]{3}/[1-9][0-9]*-[1-9][0-9]*$`),
			reflect.TypeFor[phase.Date]():            str(`^$|^[0-9]{4}-[0-9]{2}-[0-9]{2}$`),
			reflect.TypeFor[phase.DecisionPoint]():   str(`^bp[1-6]$|^bp3\.[1-9][0-9]?$`),
			reflect.TypeFor[benefit.Money]():         number,
			reflect.TypeFor[benefit.Quantity]():      number,
			reflect.TypeFor[benefit.Rate]():          number,
			reflect.TypeFor[benefit.Effort]():        number,
			reflect.TypeFor[checklist.Set](): {
				"type":                 "object",
				"additionalProperties": map[string]any{"$ref": "#/$defs/veiviser.checklistSchema"},
				"propertyNames":        str(`^(ks|bp[1-6]|bp3\.[1-9][0-9]?|phase:(idea|concept|planning|execution|closure|realisation))$`),
			},
		},
		Extra: append([]reflect.Type{reflect.TypeFor[checklistSchema]()}, docs...),
	})
}

// The types below describe the JSON form of values that encode themselves.
// TestSchemaMatchesEncoding checks real encoded projects against the schema,
// so a change to one of those forms that is not made here fails the build.

type lifecycleSchema struct {
	Model   phase.Tailoring  `json:"model"`
	History []phase.Decision `json:"history"`
}

type checklistSchema struct {
	ID         string              `json:"id"`
	Title      phase.Text          `json:"title"`
	Point      phase.DecisionPoint `json:"point,omitempty"`
	Phase      phase.Phase         `json:"phase,omitempty"`
	Level      checklist.Level     `json:"level"`
	MinComment int                 `json:"minComment,omitempty"`
	Waiver     *checklist.Note     `json:"waiver,omitempty"`
	Items      []itemSchema        `json:"items"`
}

type itemSchema struct {
	ID         string              `json:"id"`
	Lang       phase.Language      `json:"lang"`
	Question   checklist.Wording   `json:"question"`
	Guidance   checklist.Wording   `json:"guidance,omitzero"`
	Lead       checklist.Wording   `json:"lead,omitzero"`
	Sub        []checklist.Wording `json:"sub,omitempty"`
	Kind       checklist.Kind      `json:"kind"`
	Favourable checklist.Bool      `json:"favourable,omitempty"`
	Options    []checklist.Option  `json:"options,omitempty"`
	From       phase.Phase         `json:"from,omitempty"`
	Due        phase.Phase         `json:"due,omitempty"`
	History    []entrySchema       `json:"history,omitempty"`
}

type entrySchema struct {
	State   checklist.State  `json:"state"`
	Answer  checklist.Answer `json:"answer,omitzero"`
	Comment string           `json:"comment,omitempty"`
	By      string           `json:"by"`
	On      phase.Date       `json:"on"`
}

// measurementSchema is benefit.Measurement without its MarshalJSON method,
// which writes what encoding/json writes for these fields.
type measurementSchema benefit.Measurement

type membershipSchema struct {
	Organisation string                        `json:"organisation"`
	Invited      phase.Date                    `json:"invited,omitzero"`
	State        stakeholder.State             `json:"state,omitempty"`
	History      []stakeholder.MembershipEvent `json:"history,omitempty"`
}
