package jsonschema

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

type inner struct {
	ID string `json:"id"`
}

type custom struct{}

func (custom) MarshalJSON() ([]byte, error) { return []byte(`{"x":1}`), nil }

type customForm struct {
	X int `json:"x"`
}

type sample struct {
	Name    string            `json:"name"`
	Phase   phase.Phase       `json:"phase"`
	Date    phase.Date        `json:"date,omitzero"`
	Items   []inner           `json:"items,omitempty"`
	Next    *inner            `json:"next,omitempty"`
	Must    *inner            `json:"must"`
	Tags    map[string]string `json:"tags,omitempty"`
	Count   uint              `json:"count"`
	Custom  custom            `json:"custom"`
	Skipped string            `json:"-"`
	hidden  string
	inner
}

func TestGenerate(t *testing.T) {
	b, err := Generate(reflect.TypeFor[sample](), Options{
		ID: "urn:test", Title: "Sample",
		Substitutes: map[reflect.Type]reflect.Type{reflect.TypeFor[custom](): reflect.TypeFor[customForm]()},
		Overrides:   map[reflect.Type]map[string]any{reflect.TypeFor[phase.Date](): {"type": "string", "format": "date"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{
		"$schema": "https://json-schema.org/draft/2020-12/schema",
		"$id":     "urn:test",
		"title":   "Sample",
		"$ref":    "#/$defs/jsonschema.sample",
		"$defs": map[string]any{
			"jsonschema.inner": map[string]any{
				"type": "object", "additionalProperties": false, "required": []any{"id"},
				"properties": map[string]any{"id": map[string]any{"type": "string"}},
			},
			"jsonschema.customForm": map[string]any{
				"type": "object", "additionalProperties": false, "required": []any{"x"},
				"properties": map[string]any{"x": map[string]any{"type": "integer"}},
			},
			"jsonschema.sample": map[string]any{
				"type": "object", "additionalProperties": false,
				"required": []any{"name", "phase", "must", "count", "custom", "id"},
				"properties": map[string]any{
					"name":   map[string]any{"type": "string"},
					"phase":  map[string]any{"type": "string", "enum": []any{"idea", "concept", "planning", "execution", "closure", "realisation"}},
					"date":   map[string]any{"type": "string", "format": "date"},
					"items":  map[string]any{"type": []any{"array", "null"}, "items": map[string]any{"$ref": "#/$defs/jsonschema.inner"}},
					"next":   map[string]any{"anyOf": []any{map[string]any{"$ref": "#/$defs/jsonschema.inner"}, map[string]any{"type": "null"}}},
					"must":   map[string]any{"$ref": "#/$defs/jsonschema.inner"}, // always written: never null
					"tags":   map[string]any{"type": []any{"object", "null"}, "additionalProperties": map[string]any{"type": "string"}},
					"count":  map[string]any{"type": "integer", "minimum": float64(0)},
					"custom": map[string]any{"$ref": "#/$defs/jsonschema.customForm"},
					"id":     map[string]any{"type": "string"},
				},
			},
		},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("schema (-want +got):\n%s", diff)
	}
	again, _ := Generate(reflect.TypeFor[sample](), Options{
		ID: "urn:test", Title: "Sample",
		Substitutes: map[reflect.Type]reflect.Type{reflect.TypeFor[custom](): reflect.TypeFor[customForm]()},
		Overrides:   map[reflect.Type]map[string]any{reflect.TypeFor[phase.Date](): {"type": "string", "format": "date"}},
	})
	if string(again) != string(b) {
		t.Error("output is not deterministic")
	}
}

func TestGenerateRefuses(t *testing.T) {
	if _, err := Generate(reflect.TypeFor[custom](), Options{}); err == nil || !strings.Contains(err.Error(), "own JSON form") {
		t.Errorf("custom MarshalJSON without substitute: %v", err)
	}
	if _, err := Generate(reflect.TypeFor[map[int]string](), Options{}); err == nil {
		t.Error("int map keys accepted")
	}
	if _, err := Generate(reflect.TypeFor[chan int](), Options{}); err == nil {
		t.Error("chan accepted")
	}
}

func TestCheck(t *testing.T) {
	opts := Options{
		Substitutes: map[reflect.Type]reflect.Type{reflect.TypeFor[custom](): reflect.TypeFor[customForm]()},
		Overrides:   map[reflect.Type]map[string]any{reflect.TypeFor[phase.Date](): {"type": "string"}},
	}
	schema, err := Generate(reflect.TypeFor[sample](), opts)
	if err != nil {
		t.Fatal(err)
	}
	good := sample{Name: "x", Phase: phase.Concept, Items: []inner{{ID: "a"}}, Next: &inner{ID: "b"}, Must: &inner{}, Tags: map[string]string{"k": "v"}}
	doc, err := json.Marshal(good)
	if err != nil {
		t.Fatal(err)
	}
	if err := Check(schema, doc); err != nil {
		t.Errorf("Check(valid) = %v", err)
	}
	for _, tt := range []struct{ doc, wantIn string }{
		{`{"must":{"id":""},"name":"x","phase":"konsept","count":0,"custom":{"x":1},"id":""}`, "phase"},
		{`{"must":{"id":""},"name":"x","phase":"concept","count":-1,"custom":{"x":1},"id":""}`, "count"},
		{`{"must":{"id":""},"name":"x","phase":"concept","count":0,"custom":{"x":1}}`, `"id"`},
		{`{"must":{"id":""},"name":"x","phase":"concept","count":0,"custom":{"x":1},"id":"","extra":1}`, `"extra"`},
		{`{"must":{"id":""},"name":"x","phase":"concept","count":0,"custom":{"x":1.5},"id":""}`, "custom.x"},
		{`{"must":{"id":""},"name":"x","phase":"concept","count":0,"custom":{"x":1},"id":"","items":[{"id":3}]}`, "items[0].id"},
		{`{"must":{"id":""},"name":"x","phase":"concept","count":0,"custom":{"x":1},"id":"","next":{"id":true}}`, "next"},
		{`{"must":null,"name":"x","phase":"concept","count":0,"custom":{"x":1},"id":""}`, "must"},
		{`[]`, "(root)"},
	} {
		err := Check(schema, []byte(tt.doc))
		if err == nil || !strings.Contains(err.Error(), tt.wantIn) {
			t.Errorf("Check(%s) = %v, want an error naming %s", tt.doc, err, tt.wantIn)
		}
	}
}

type shape interface{ area() int }
type square struct {
	Side int `json:"side"`
}
type circle struct {
	R int `json:"r"`
}

func (square) area() int  { return 0 }
func (*circle) area() int { return 0 }

func TestOneOf(t *testing.T) {
	type drawing struct {
		Shapes []shape `json:"shapes"`
	}
	opts := Options{OneOf: map[reflect.Type][]reflect.Type{
		reflect.TypeFor[shape](): {reflect.TypeFor[square](), reflect.TypeFor[*circle]()},
	}}
	schema, err := Generate(reflect.TypeFor[drawing](), opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := Check(schema, []byte(`{"shapes":[{"side":1},{"r":2}]}`)); err != nil {
		t.Errorf("Check(valid) = %v", err)
	}
	if err := Check(schema, []byte(`{"shapes":[{"side":1,"r":2}]}`)); err == nil {
		t.Error("Check accepted a shape that is neither")
	}
}

func TestCheckPatterns(t *testing.T) {
	schema := []byte(`{"type":"object","propertyNames":{"pattern":"^(a|b[0-9])$"},"additionalProperties":{"type":"string","pattern":"^x"}}`)
	for doc, ok := range map[string]bool{
		`{"a":"x1","b2":"xx"}`: true,
		`{"c":"x"}`:            false,
		`{"a":"y"}`:            false,
	} {
		if err := Check(schema, []byte(doc)); (err == nil) != ok {
			t.Errorf("Check(%s) = %v, want ok=%v", doc, err, ok)
		}
	}
}
