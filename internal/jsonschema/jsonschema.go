// Package jsonschema derives a JSON Schema (draft 2020-12) from Go types as
// encoding/json writes them, so that the module's storage format can be
// published for tooling in other languages and tested for being current.
//
// It understands what the module uses: structs with json tags (omitempty
// and omitzero fields are optional, others required; unknown properties are
// not allowed), slices, arrays, maps with string keys, pointers, the basic
// kinds, and types that implement encoding.TextMarshaler. A TextMarshaler
// whose underlying kind is uint8 is treated as an enumeration: every value
// that marshals without error is listed. Types with a JSON form of their own
// are given through Options.
package jsonschema

import (
	"encoding"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/jsonpath"
)

// Options adjusts the generated schema.
type Options struct {
	// ID and Title are written at the top of the schema.
	ID, Title string
	// Substitutes maps a type with its own MarshalJSON to a type whose
	// struct layout has the same JSON form.
	Substitutes map[reflect.Type]reflect.Type
	// Overrides gives the schema of a type outright.
	Overrides map[reflect.Type]map[string]any
	// OneOf maps an interface type to the concrete types its values may
	// have; the schema is then anyOf those types.
	OneOf map[reflect.Type][]reflect.Type
	// Extra lists struct types to describe under $defs even when no field
	// reaches them, so that Overrides can refer to them.
	Extra []reflect.Type
}

type generator struct {
	opts Options
	defs map[string]any
	seen map[reflect.Type]string
}

var (
	textMarshaler = reflect.TypeFor[encoding.TextMarshaler]()
	jsonMarshaler = reflect.TypeFor[json.Marshaler]()
)

// Generate returns the schema of t, indented, ending in a newline.
func Generate(t reflect.Type, opts Options) ([]byte, error) {
	g := &generator{opts: opts, defs: map[string]any{}, seen: map[reflect.Type]string{}}
	root, err := g.schema(t)
	if err != nil {
		return nil, err
	}
	for _, x := range opts.Extra {
		if _, err := g.object(x); err != nil {
			return nil, err
		}
	}
	root["$schema"] = "https://json-schema.org/draft/2020-12/schema"
	if opts.ID != "" {
		root["$id"] = opts.ID
	}
	if opts.Title != "" {
		root["title"] = opts.Title
	}
	if len(g.defs) > 0 {
		root["$defs"] = g.defs
	}
	b, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(b, '\n'), nil
}

func (g *generator) schema(t reflect.Type) (map[string]any, error) {
	if s, ok := g.opts.Overrides[t]; ok {
		return clone(s), nil
	}
	if sub, ok := g.opts.Substitutes[t]; ok {
		return g.schema(sub)
	}
	if alts, ok := g.opts.OneOf[t]; ok {
		var alternatives []any
		for _, a := range alts {
			if a.Kind() == reflect.Pointer {
				a = a.Elem() // a value inside an interface is never null here
			}
			s, err := g.schema(a)
			if err != nil {
				return nil, err
			}
			alternatives = append(alternatives, s)
		}
		return map[string]any{"anyOf": alternatives}, nil
	}
	if t.Kind() == reflect.Pointer {
		if s, ok := g.opts.Overrides[t.Elem()]; ok {
			return nullable(clone(s)), nil
		}
		if _, ok := g.opts.Substitutes[t.Elem()]; ok {
			s, err := g.schema(t.Elem())
			return nullable(s), err
		}
		s, err := g.schema(t.Elem())
		return nullable(s), err
	}
	if t.Implements(jsonMarshaler) || reflect.PointerTo(t).Implements(jsonMarshaler) {
		return nil, fmt.Errorf("jsonschema: %v has its own JSON form; give a substitute or an override", t)
	}
	if t.Implements(textMarshaler) || reflect.PointerTo(t).Implements(textMarshaler) {
		return g.text(t), nil
	}
	switch t.Kind() {
	case reflect.Bool:
		return map[string]any{"type": "boolean"}, nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return map[string]any{"type": "integer"}, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return map[string]any{"type": "integer", "minimum": 0}, nil
	case reflect.Float32, reflect.Float64:
		return map[string]any{"type": "number"}, nil
	case reflect.String:
		return map[string]any{"type": "string"}, nil
	case reflect.Interface:
		return map[string]any{}, nil
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 && !t.Elem().Implements(textMarshaler) {
			return map[string]any{"type": []any{"string", "null"}, "contentEncoding": "base64"}, nil
		}
		items, err := g.schema(t.Elem())
		return map[string]any{"type": []any{"array", "null"}, "items": items}, err
	case reflect.Array:
		items, err := g.schema(t.Elem())
		return map[string]any{"type": "array", "items": items, "minItems": t.Len(), "maxItems": t.Len()}, err
	case reflect.Map:
		if t.Key().Kind() != reflect.String && !t.Key().Implements(textMarshaler) {
			return nil, fmt.Errorf("jsonschema: map key %v is not a string", t.Key())
		}
		vals, err := g.schema(t.Elem())
		return map[string]any{"type": []any{"object", "null"}, "additionalProperties": vals}, err
	case reflect.Struct:
		return g.object(t)
	}
	return nil, fmt.Errorf("jsonschema: cannot describe %v", t)
}

// text describes a TextMarshaler: an enumeration when its kind is uint8.
func (g *generator) text(t reflect.Type) map[string]any {
	if t.Kind() != reflect.Uint8 {
		return map[string]any{"type": "string"}
	}
	var codes []any
	for i := range 256 {
		v := reflect.New(t).Elem()
		v.SetUint(uint64(i))
		b, err := v.Interface().(encoding.TextMarshaler).MarshalText()
		if err == nil {
			codes = append(codes, string(b))
		}
	}
	return map[string]any{"type": "string", "enum": codes}
}

// object describes a named struct once, under $defs, and refers to it.
func (g *generator) object(t reflect.Type) (map[string]any, error) {
	if t.Name() == "" {
		return g.structSchema(t)
	}
	name, ok := g.seen[t]
	if !ok {
		name = defName(t)
		g.seen[t] = name
		s, err := g.structSchema(t)
		if err != nil {
			return nil, err
		}
		g.defs[name] = s
	}
	return map[string]any{"$ref": "#/$defs/" + name}, nil
}

func defName(t reflect.Type) string {
	pkg := t.PkgPath()
	if i := strings.LastIndex(pkg, "/"); i >= 0 {
		pkg = pkg[i+1:]
	}
	if pkg == "" {
		return t.Name()
	}
	return pkg + "." + t.Name()
}

func (g *generator) structSchema(t reflect.Type) (map[string]any, error) {
	props := map[string]any{}
	var required []any
	if err := g.fields(t, props, &required); err != nil {
		return nil, err
	}
	s := map[string]any{"type": "object", "properties": props, "additionalProperties": false}
	if len(required) > 0 {
		s["required"] = required
	}
	return s, nil
}

// fields describes the fields of struct t. A field without omitempty or
// omitzero is required, as the writer always writes it; a pointer in such
// a field is not nullable, as the writer writes what it points to (the
// module's decoder refuses null there).
func (g *generator) fields(t reflect.Type, props map[string]any, required *[]any) error {
	for _, f := range jsonpath.Fields(t) {
		ft := f.Type
		if !f.Optional && ft.Kind() == reflect.Pointer {
			ft = ft.Elem()
		}
		s, err := g.schema(ft)
		if err != nil {
			return fmt.Errorf("%s.%s: %w", t.Name(), f.Name, err)
		}
		props[f.Name] = s
		if !f.Optional {
			*required = append(*required, f.Name)
		}
	}
	return nil
}

func nullable(s map[string]any) map[string]any {
	if ref, ok := s["$ref"]; ok && len(s) == 1 {
		return map[string]any{"anyOf": []any{map[string]any{"$ref": ref}, map[string]any{"type": "null"}}}
	}
	switch typ := s["type"].(type) {
	case string:
		s["type"] = []any{typ, "null"}
	case nil:
		if len(s) > 0 {
			return map[string]any{"anyOf": []any{s, map[string]any{"type": "null"}}}
		}
	}
	return s
}

func clone(m map[string]any) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}
