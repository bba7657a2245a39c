package jsonschema

import (
	"encoding/json"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// Check validates a JSON document against a schema produced by Generate.
// It understands exactly the keywords Generate writes ($ref into $defs,
// type, enum, properties, required, additionalProperties, items, minItems,
// maxItems, minimum, anyOf, pattern, propertyNames) and reports the first
// violation with its path. It exists so tests can prove that what the
// module encodes matches the schema it publishes.
func Check(schema, doc []byte) error {
	var root map[string]any
	if err := json.Unmarshal(schema, &root); err != nil {
		return fmt.Errorf("jsonschema: schema: %w", err)
	}
	var v any
	dec := json.NewDecoder(strings.NewReader(string(doc)))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return fmt.Errorf("jsonschema: document: %w", err)
	}
	defs, _ := root["$defs"].(map[string]any)
	return check(root, v, "", defs)
}

func check(s map[string]any, v any, path string, defs map[string]any) error {
	if ref, ok := s["$ref"].(string); ok {
		name := strings.TrimPrefix(ref, "#/$defs/")
		def, ok := defs[name].(map[string]any)
		if !ok {
			return fmt.Errorf("%s: unknown $ref %q", path, ref)
		}
		return check(def, v, path, defs)
	}
	if alts, ok := s["anyOf"].([]any); ok {
		var first error
		for _, a := range alts {
			err := check(a.(map[string]any), v, path, defs)
			if err == nil {
				return nil
			}
			if first == nil {
				first = err
			}
		}
		return first
	}
	if typ, ok := s["type"]; ok && !typeMatches(typ, v) {
		return fmt.Errorf("%s: %s is not of type %v", pathOr(path), kindOf(v), typ)
	}
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, v) {
		return fmt.Errorf("%s: %v is not one of %v", pathOr(path), v, enum)
	}
	if pat, ok := s["pattern"].(string); ok {
		if str, isStr := v.(string); isStr {
			re, err := regexp.Compile(pat)
			if err != nil {
				return fmt.Errorf("%s: bad pattern %q: %v", pathOr(path), pat, err)
			}
			if !re.MatchString(str) {
				return fmt.Errorf("%s: %q does not match %s", pathOr(path), str, pat)
			}
		}
	}
	if min, ok := s["minimum"].(float64); ok {
		if n, isNum := v.(json.Number); isNum {
			if f, _ := n.Float64(); f < min {
				return fmt.Errorf("%s: %v is below %v", pathOr(path), v, min)
			}
		}
	}
	switch x := v.(type) {
	case map[string]any:
		props, _ := s["properties"].(map[string]any)
		if names, ok := s["propertyNames"].(map[string]any); ok {
			for _, k := range sortedMapKeys(x) {
				if err := check(names, k, join(path, k), defs); err != nil {
					return err
				}
			}
		}
		if req, ok := s["required"].([]any); ok {
			for _, r := range req {
				if _, has := x[r.(string)]; !has {
					return fmt.Errorf("%s: required property %q is missing", pathOr(path), r)
				}
			}
		}
		for _, k := range sortedMapKeys(x) {
			sub, ok := props[k].(map[string]any)
			if !ok {
				switch ap := s["additionalProperties"].(type) {
				case bool:
					if !ap && props != nil {
						return fmt.Errorf("%s: property %q is not allowed", pathOr(path), k)
					}
					continue
				case map[string]any:
					sub = ap
				default:
					continue
				}
			}
			if err := check(sub, x[k], join(path, k), defs); err != nil {
				return err
			}
		}
	case []any:
		if n, ok := s["minItems"].(float64); ok && float64(len(x)) < n {
			return fmt.Errorf("%s: fewer than %v items", pathOr(path), n)
		}
		if n, ok := s["maxItems"].(float64); ok && float64(len(x)) > n {
			return fmt.Errorf("%s: more than %v items", pathOr(path), n)
		}
		if items, ok := s["items"].(map[string]any); ok {
			for i, e := range x {
				if err := check(items, e, path+"["+strconv.Itoa(i)+"]", defs); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

func typeMatches(typ, v any) bool {
	switch t := typ.(type) {
	case string:
		return kindMatches(t, v)
	case []any:
		for _, x := range t {
			if s, ok := x.(string); ok && kindMatches(s, v) {
				return true
			}
		}
	}
	return false
}

func kindMatches(t string, v any) bool {
	switch t {
	case "integer":
		n, ok := v.(json.Number)
		if !ok {
			return false
		}
		f, err := n.Float64()
		return err == nil && f == math.Trunc(f)
	case "number":
		_, ok := v.(json.Number)
		return ok
	}
	return kindOf(v) == t
}

func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "boolean"
	case json.Number:
		return "number"
	case string:
		return "string"
	case []any:
		return "array"
	case map[string]any:
		return "object"
	}
	return fmt.Sprintf("%T", v)
}

func join(path, k string) string {
	if path == "" {
		return k
	}
	return path + "." + k
}

func pathOr(p string) string {
	if p == "" {
		return "(root)"
	}
	return p
}

func sortedMapKeys(m map[string]any) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys
}
