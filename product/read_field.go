package product

import (
	"reflect"
	"strings"
)

// The reader finds the field a section's key names by walking the JSON
// names of the document type's fields, so that it needs no code per type:
// a key is a dotted path of JSON names ("conceptPhase.results.phasePlan"),
// as section.key and fieldTitle.key write them.

// fieldInfo is a struct field as encoding/json names it.
type fieldInfo struct {
	name     string
	index    []int
	typ      reflect.Type
	optional bool // tagged omitempty or omitzero
}

// fieldsOf returns the fields of struct type t that encoding/json
// writes, in order, with the fields of untagged embedded structs in their
// place.
func fieldsOf(t reflect.Type) []fieldInfo {
	if t.Kind() != reflect.Struct {
		return nil
	}
	var fs []fieldInfo
	for _, f := range reflect.VisibleFields(t) {
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("json")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if f.Anonymous && name == "" && f.Type.Kind() == reflect.Struct {
			continue // its fields are promoted and listed themselves
		}
		if name == "" {
			name = f.Name
		}
		optional := strings.Contains(","+opts+",", ",omitempty,") || strings.Contains(","+opts+",", ",omitzero,")
		fs = append(fs, fieldInfo{name: name, index: f.Index, typ: f.Type, optional: optional})
	}
	return fs
}

// fieldNamed returns the field of struct type t with JSON name name.
func fieldNamed(t reflect.Type, name string) (fieldInfo, bool) {
	for _, f := range fieldsOf(t) {
		if f.name == name {
			return f, true
		}
	}
	return fieldInfo{}, false
}

// keyType describes the field at a key of a document type.
type keyType struct {
	typ      reflect.Type
	inList   bool // the path goes through a slice: the key names a column of a list
	optional bool // the last field is tagged omitempty or omitzero
}

// typeAt returns the type of the field at key in type t (a document type
// or a pointer to one), passing through pointers and slice elements.
func typeAt(t reflect.Type, key string) (keyType, bool) {
	var kt keyType
	for name := range strings.SplitSeq(key, ".") {
		for {
			switch t.Kind() {
			case reflect.Pointer:
				t = t.Elem()
				continue
			case reflect.Slice, reflect.Array:
				kt.inList = true
				t = t.Elem()
				continue
			}
			break
		}
		f, ok := fieldNamed(t, name)
		if !ok {
			return keyType{}, false
		}
		t, kt.optional = f.typ, f.optional
	}
	kt.typ = t
	return kt, true
}

// valueAt returns the settable field at key in v, a pointer to a document,
// allocating the structs that pointers on the way lead to. It fails for a
// key that names no field or goes through a list.
func valueAt(v reflect.Value, key string) (reflect.Value, bool) {
	return valueAtWith(fieldsOf, v, key)
}

// valueAtWith is valueAt with fields giving the fields of a struct type.
func valueAtWith(fields func(reflect.Type) []fieldInfo, v reflect.Value, key string) (reflect.Value, bool) {
	for name := range strings.SplitSeq(key, ".") {
		for v.Kind() == reflect.Pointer {
			if v.IsNil() {
				if !v.CanSet() || v.Type().Elem().Kind() != reflect.Struct {
					return reflect.Value{}, false
				}
				v.Set(reflect.New(v.Type().Elem()))
			}
			v = v.Elem()
		}
		if v.Kind() != reflect.Struct {
			return reflect.Value{}, false
		}
		var f fieldInfo
		ok := false
		for _, x := range fields(v.Type()) {
			if x.name == name {
				f, ok = x, true
				break
			}
		}
		if !ok {
			return reflect.Value{}, false
		}
		fv, err := v.FieldByIndexErr(f.index)
		if err != nil {
			return reflect.Value{}, false
		}
		v = fv
	}
	return v, v.CanSet()
}

// headingFields returns the titled fields of template t that can stand
// under a heading of their own: those not inside a list, whose titles are
// a list's columns.
func headingFields(t Template) []fieldTitle {
	if !t.IsValid() {
		return nil
	}
	typ := reflect.TypeOf(templateTable[t].new())
	var fs []fieldTitle
	for _, f := range templateTable[t].fields {
		if kt, ok := typeAt(typ, f.key); ok && !kt.inList {
			fs = append(fs, f)
		}
	}
	return fs
}
