// Package deepcopy copies plain data (structs of exported fields, slices,
// maps, pointers, interfaces, arrays and basic values) so that the copy
// shares no memory with the original. nil stays nil; empty stays empty.
//
// It is for values that are plain data by design, such as the management
// products of the root package; Unexported reports a type it cannot copy
// completely, so a test can keep such types out.
package deepcopy

import "reflect"

// Copy returns a deep copy of v.
func Copy[T any](v T) T {
	src := reflect.ValueOf(&v).Elem()
	dst := reflect.New(src.Type()).Elem()
	copyValue(dst, src)
	return dst.Interface().(T)
}

func copyValue(dst, src reflect.Value) {
	switch src.Kind() {
	case reflect.Pointer:
		if src.IsNil() {
			return
		}
		p := reflect.New(src.Elem().Type())
		copyValue(p.Elem(), src.Elem())
		dst.Set(p)
	case reflect.Interface:
		if src.IsNil() {
			return
		}
		inner := reflect.New(src.Elem().Type()).Elem()
		copyValue(inner, src.Elem())
		dst.Set(inner)
	case reflect.Struct:
		for i := range src.NumField() {
			if dst.Field(i).CanSet() {
				copyValue(dst.Field(i), src.Field(i))
			}
		}
	case reflect.Slice:
		if src.IsNil() {
			return
		}
		s := reflect.MakeSlice(src.Type(), src.Len(), src.Len())
		for i := range src.Len() {
			copyValue(s.Index(i), src.Index(i))
		}
		dst.Set(s)
	case reflect.Array:
		for i := range src.Len() {
			copyValue(dst.Index(i), src.Index(i))
		}
	case reflect.Map:
		if src.IsNil() {
			return
		}
		m := reflect.MakeMapWithSize(src.Type(), src.Len())
		for it := src.MapRange(); it.Next(); {
			k := reflect.New(it.Key().Type()).Elem()
			copyValue(k, it.Key())
			val := reflect.New(it.Value().Type()).Elem()
			copyValue(val, it.Value())
			m.SetMapIndex(k, val)
		}
		dst.Set(m)
	default:
		dst.Set(src)
	}
}

// Unexported returns the path of the first unexported struct field reachable
// from t (which Copy cannot copy), or "" when there is none.
func Unexported(t reflect.Type) string {
	return unexported(t, t.String(), map[reflect.Type]bool{})
}

func unexported(t reflect.Type, path string, seen map[reflect.Type]bool) string {
	if seen[t] {
		return ""
	}
	seen[t] = true
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Array:
		return unexported(t.Elem(), path+"[]", seen)
	case reflect.Map:
		if p := unexported(t.Key(), path+"{key}", seen); p != "" {
			return p
		}
		return unexported(t.Elem(), path+"{}", seen)
	case reflect.Struct:
		for i := range t.NumField() {
			f := t.Field(i)
			if !f.IsExported() {
				return path + "." + f.Name
			}
			if p := unexported(f.Type, path+"."+f.Name, seen); p != "" {
				return p
			}
		}
	}
	return ""
}
