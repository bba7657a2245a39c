package canon

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser/internal/jsonpath"
)

// ErrUnsupported reports a value an Encoder does not write: one holding a
// kind of value it does not handle, or a value encoding/json refuses or
// would write changed (invalid UTF-8, an error from a method). The caller
// writes it the long way, with Marshal, which gives the same bytes or the
// error.
var ErrUnsupported = errors.New("veiviser: value not written by canon.Encoder")

// Encoder writes the canonical form of Go values to a writer directly:
// the bytes Marshal would return for them, without writing their JSON
// first and reading it again. Struct members are put in canonical order
// once per type, so the output streams; only what a MarshalJSON method
// returns is read, and put in canonical form, as Transform would.
//
// It handles what the module's stored documents hold: structs whose
// exported fields have json tags (with omitempty and omitzero), pointers,
// slices, strings, booleans, integers, and types with MarshalJSON or
// MarshalText methods. Anything else (maps, interfaces, floats, arrays,
// []byte, embedded structs, the string option, integers beyond 15 digits)
// and anything encoding/json would refuse or change (invalid UTF-8, a
// method's error, nesting deeper than MaxDepth) is ErrUnsupported; what
// the writer returns is returned as it is. After an error the writer may
// have received part of the value.
//
// An Encoder keeps what it learns of each type for its own lifetime (no
// cache outlives it) and is not safe for concurrent use.
type Encoder struct {
	w     io.Writer
	buf   []byte
	types map[reflect.Type]*typeInfo
	funcs map[reflect.Type]appendFunc // set by Use
	p     parser                      // reads what MarshalJSON methods return
}

// appendFunc appends the canonical form of v to b.
type appendFunc func(b []byte, v reflect.Value) ([]byte, error)

// Use makes e write every value of type T, and every []T, with f, which
// appends the canonical form of *v to b: for a type at the bulk of the
// data whose MarshalJSON output e would otherwise read back and put in
// canonical form. f must append exactly what Marshal returns for the
// value, which its tests are to prove, or fail; e returns its error
// wrapped in ErrUnsupported. What f writes counts as one level of nesting
// (an object or a list of plain values) against MaxDepth.
//
// A value of type T that cannot be addressed is ErrUnsupported, so that f
// always gets a pointer: encoding/json writes such a value without the
// methods of its pointer, which f may stand for. What e learnt before of T
// and the types that hold it is learnt again, with f.
func Use[T any](e *Encoder, f func(v *T, b []byte) ([]byte, error)) {
	if e.funcs == nil {
		e.funcs = map[reflect.Type]appendFunc{}
	}
	e.funcs[reflect.TypeFor[T]()] = func(b []byte, v reflect.Value) ([]byte, error) {
		if !v.CanAddr() {
			return nil, fmt.Errorf("%v cannot be addressed", v.Type())
		}
		p, _ := reflect.TypeAssert[*T](v.Addr())
		return f(p, b)
	}
	// A list of T is written in one call, without reflect for each
	// element; it is gathered whole before it is written.
	e.funcs[reflect.TypeFor[[]T]()] = func(b []byte, v reflect.Value) ([]byte, error) {
		s, _ := reflect.TypeAssert[[]T](v)
		if s == nil {
			return append(b, "null"...), nil
		}
		b = append(b, '[')
		for i := range s {
			if i > 0 {
				b = append(b, ',')
			}
			var err error
			if b, err = f(&s[i], b); err != nil {
				return nil, err
			}
		}
		return append(b, ']'), nil
	}
	clear(e.types)
}

// NewEncoder returns an Encoder writing to w.
func NewEncoder(w io.Writer) *Encoder {
	return &Encoder{w: w, buf: make([]byte, 0, flushAt+512), types: map[reflect.Type]*typeInfo{}}
}

// flushAt is how many bytes an Encoder gathers before it writes them.
const flushAt = 32 << 10

// Encode writes the canonical form of v, as Marshal(v) would return it,
// or returns an error wrapping ErrUnsupported (see Encoder).
func (e *Encoder) Encode(v any) error {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() {
		return ErrUnsupported
	}
	t, err := e.info(rv.Type())
	if err != nil {
		return err
	}
	if err := e.value(rv, t, 0); err != nil {
		e.buf = e.buf[:0] // the rest of a value that failed is not written
		return err
	}
	return e.flush()
}

func (e *Encoder) flush() error {
	if len(e.buf) == 0 {
		return nil
	}
	_, err := e.w.Write(e.buf)
	e.buf = e.buf[:0]
	return err
}

type valueKind uint8

const (
	vMarshaler valueKind = iota + 1 // MarshalJSON, read and put in canonical form
	vText                           // MarshalText, written as a string
	vBool
	vInt
	vUint
	vString
	vStruct
	vSlice
	vPointer
	vFunc // written by a function given to Use
)

// typeInfo is what an Encoder knows of a type: its kind of value, its
// element's (slices, pointers) and its fields in canonical order
// (structs). ptrMethod is set for a MarshalJSON or MarshalText method on
// the pointer only.
type typeInfo struct {
	kind      valueKind
	ptrMethod bool
	fn        appendFunc // vFunc
	elem      *typeInfo
	fields    []fieldInfo
}

type fieldInfo struct {
	key       string // "name":
	name      []byte
	index     int
	omitEmpty bool
	omitZero  bool
	isZero    func(reflect.Value) bool // for omitzero, as encoding/json decides
	info      *typeInfo
}

var (
	marshalerType     = reflect.TypeFor[json.Marshaler]()
	textMarshalerType = reflect.TypeFor[encoding.TextMarshaler]()
	isZeroerType      = reflect.TypeFor[interface{ IsZero() bool }]()
)

// info returns what e knows of type t, learning it on first use, in the
// order encoding/json chooses an encoder (newTypeEncoder).
func (e *Encoder) info(t reflect.Type) (*typeInfo, error) {
	if ti, ok := e.types[t]; ok {
		return ti, nil
	}
	ti := &typeInfo{}
	e.types[t] = ti // before the fields, for types that refer to themselves
	err := e.learn(t, ti)
	if err != nil {
		delete(e.types, t)
	}
	return ti, err
}

func (e *Encoder) learn(t reflect.Type, ti *typeInfo) error {
	if f, ok := e.funcs[t]; ok {
		ti.kind, ti.fn = vFunc, f
		return nil
	}
	if t.Kind() == reflect.Pointer && e.funcs[t.Elem()] != nil { // before its methods
		var err error
		ti.kind = vPointer
		ti.elem, err = e.info(t.Elem())
		return err
	}
	switch {
	case t.Implements(marshalerType):
		ti.kind = vMarshaler
		return nil
	case t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(marshalerType):
		ti.kind, ti.ptrMethod = vMarshaler, true
		return nil
	case t.Implements(textMarshalerType):
		ti.kind = vText
		return nil
	case t.Kind() != reflect.Pointer && reflect.PointerTo(t).Implements(textMarshalerType):
		ti.kind, ti.ptrMethod = vText, true
		return nil
	}
	var err error
	switch t.Kind() {
	case reflect.Bool:
		ti.kind = vBool
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		ti.kind = vInt
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		ti.kind = vUint
	case reflect.String:
		ti.kind = vString
	case reflect.Pointer:
		ti.kind = vPointer
		ti.elem, err = e.info(t.Elem())
	case reflect.Slice:
		if t.Elem().Kind() == reflect.Uint8 {
			return fmt.Errorf("%w: %v (base64)", ErrUnsupported, t)
		}
		ti.kind = vSlice
		ti.elem, err = e.info(t.Elem())
	case reflect.Struct:
		ti.kind = vStruct
		err = e.learnFields(t, ti)
	default:
		return fmt.Errorf("%w: %v", ErrUnsupported, t)
	}
	return err
}

// learnFields lists the fields of struct type t as encoding/json writes
// them, sorted by name as the canonical form orders members.
func (e *Encoder) learnFields(t reflect.Type, ti *typeInfo) error {
	for i := range t.NumField() {
		sf := t.Field(i)
		if sf.Anonymous {
			return fmt.Errorf("%w: %v embeds %s", ErrUnsupported, t, sf.Name)
		}
		tag := sf.Tag.Get("json")
		if !sf.IsExported() || tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = sf.Name
		}
		if !plainName(name) {
			return fmt.Errorf("%w: %v.%s: member name %q", ErrUnsupported, t, sf.Name, name)
		}
		f := fieldInfo{key: `"` + name + `":`, name: []byte(name), index: i}
		for o := range strings.SplitSeq(opts, ",") {
			switch o {
			case "":
			case "omitempty":
				f.omitEmpty = true
			case "omitzero":
				f.omitZero = true
				f.isZero = isZeroFunc(sf.Type)
			default:
				return fmt.Errorf("%w: %v.%s: option %q", ErrUnsupported, t, sf.Name, o)
			}
		}
		var err error
		if f.info, err = e.info(sf.Type); err != nil {
			return err
		}
		ti.fields = append(ti.fields, f)
	}
	slices.SortFunc(ti.fields, func(a, b fieldInfo) int { return compareNames(a.name, b.name) })
	for i := 1; i < len(ti.fields); i++ {
		if bytes.Equal(ti.fields[i-1].name, ti.fields[i].name) { // encoding/json drops both
			return fmt.Errorf("%w: %v: two fields named %q", ErrUnsupported, t, ti.fields[i].name)
		}
	}
	return nil
}

// plainName reports whether a member name needs no escaping and is one
// encoding/json takes from a tag as it stands.
func plainName(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-') {
			return false
		}
	}
	return s != ""
}

// isZeroFunc returns how encoding/json decides that a field of type t
// tagged omitzero is zero: by its IsZero method if it has one, else nil
// (reflect.Value.IsZero).
func isZeroFunc(t reflect.Type) func(reflect.Value) bool {
	type zeroer = interface{ IsZero() bool }
	switch {
	case t.Kind() == reflect.Interface && t.Implements(isZeroerType):
		return func(v reflect.Value) bool {
			return v.IsNil() || (v.Elem().Kind() == reflect.Pointer && v.Elem().IsNil()) || v.Interface().(zeroer).IsZero()
		}
	case t.Kind() == reflect.Pointer && t.Implements(isZeroerType):
		return func(v reflect.Value) bool { return v.IsNil() || v.Interface().(zeroer).IsZero() }
	case t.Implements(isZeroerType):
		return func(v reflect.Value) bool {
			if v.CanAddr() { // a pointer boxes without a copy
				return v.Addr().Interface().(zeroer).IsZero()
			}
			return v.Interface().(zeroer).IsZero()
		}
	case reflect.PointerTo(t).Implements(isZeroerType):
		return func(v reflect.Value) bool {
			if !v.CanAddr() {
				v2 := reflect.New(v.Type()).Elem()
				v2.Set(v)
				v = v2
			}
			return v.Addr().Interface().(zeroer).IsZero()
		}
	}
	return nil
}

// method returns v as an interface for calling its methods: a pointer as
// it is, another value through its address when it has one, which boxes
// without a copy and reaches methods on the pointer too.
func method(v reflect.Value, ptrOnly bool) (any, bool) {
	switch {
	case v.Kind() == reflect.Pointer: // a pointer type with the method: not nil here
		return v.Interface(), v.CanInterface()
	case v.CanAddr():
		return v.Addr().Interface(), true
	case ptrOnly || !v.CanInterface():
		return nil, false // encoding/json would write the value without its method
	}
	return v.Interface(), true
}

// maxPlainInt bounds the integers written as they are: up to 15 digits,
// the canonical form is the decimal itself (see AppendNumber).
const maxPlainInt = 999_999_999_999_999

// AppendInt appends n as it stands, its canonical form when it has at most
// 15 digits, and reports true; for a larger n it appends nothing and
// reports false (AppendNumber writes it, or refuses it).
func AppendInt(out []byte, n int64) ([]byte, bool) {
	if n > maxPlainInt || n < -maxPlainInt {
		return out, false
	}
	return strconv.AppendInt(out, n, 10), true
}

func (e *Encoder) value(v reflect.Value, t *typeInfo, depth int) error {
	if len(e.buf) >= flushAt {
		if err := e.flush(); err != nil {
			return err
		}
	}
	switch t.kind {
	case vFunc:
		if depth+1 >= MaxDepth { // a list of T holds objects one level down
			return ErrUnsupported
		}
		b, err := t.fn(e.buf, v)
		if err != nil {
			return fmt.Errorf("%w: %w", ErrUnsupported, err)
		}
		e.buf = b
	case vMarshaler, vText:
		if v.Kind() == reflect.Pointer && v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		x, ok := method(v, t.ptrMethod)
		if !ok {
			return ErrUnsupported
		}
		if t.kind == vMarshaler {
			b, err := x.(json.Marshaler).MarshalJSON()
			if err != nil {
				return fmt.Errorf("%w: %w", ErrUnsupported, err)
			}
			return e.marshaled(b)
		}
		b, err := x.(encoding.TextMarshaler).MarshalText()
		if err != nil || !utf8.Valid(b) {
			return fmt.Errorf("%w: text %q (%v)", ErrUnsupported, b, err)
		}
		e.buf = appendString(e.buf, b)
	case vBool:
		e.buf = strconv.AppendBool(e.buf, v.Bool())
	case vInt:
		b, ok := AppendInt(e.buf, v.Int())
		if !ok {
			return fmt.Errorf("%w: integer %d", ErrUnsupported, v.Int())
		}
		e.buf = b
	case vUint:
		n := v.Uint()
		if n > maxPlainInt {
			return fmt.Errorf("%w: integer %d", ErrUnsupported, n)
		}
		e.buf = strconv.AppendUint(e.buf, n, 10)
	case vString:
		s := v.String()
		if !utf8.ValidString(s) {
			return fmt.Errorf("%w: invalid UTF-8", ErrUnsupported)
		}
		e.buf = appendText(e.buf, s)
	case vPointer:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		if depth >= MaxDepth {
			return ErrUnsupported
		}
		return e.value(v.Elem(), t.elem, depth+1)
	case vSlice:
		if v.IsNil() {
			e.buf = append(e.buf, "null"...)
			return nil
		}
		if depth >= MaxDepth {
			return ErrUnsupported
		}
		e.buf = append(e.buf, '[')
		for i := range v.Len() {
			if i > 0 {
				e.buf = append(e.buf, ',')
			}
			if err := e.value(v.Index(i), t.elem, depth+1); err != nil {
				return err
			}
		}
		e.buf = append(e.buf, ']')
	case vStruct:
		if depth >= MaxDepth {
			return ErrUnsupported
		}
		e.buf = append(e.buf, '{')
		first := true
		for i := range t.fields {
			f := &t.fields[i]
			fv := v.Field(f.index)
			if f.omitEmpty && jsonpath.Empty(fv) || f.omitZero && (f.isZero == nil && fv.IsZero() || f.isZero != nil && f.isZero(fv)) {
				continue
			}
			if !first {
				e.buf = append(e.buf, ',')
			}
			first = false
			e.buf = append(e.buf, f.key...)
			if err := e.value(fv, f.info, depth+1); err != nil {
				return err
			}
		}
		e.buf = append(e.buf, '}')
	default:
		return ErrUnsupported
	}
	return nil
}

// marshaled appends the canonical form of b, what a MarshalJSON method
// returned, as Transform would write it after encoding/json took it in;
// JSON in which encoding/json would leave the \ufffd escape it writes for
// invalid UTF-8 (which the module's writers refuse) is left to them.
func (e *Encoder) marshaled(b []byte) error {
	if !utf8.Valid(b) || bytes.IndexByte(b, '\\') >= 0 && bytes.Contains(b, []byte(`\ufffd`)) {
		return ErrUnsupported
	}
	p := &e.p
	p.in, p.i, p.path, p.members = b, 0, p.path[:0], p.members[:0]
	defer func() { p.in = nil }()
	p.space()
	out, err := p.value(e.buf, 0)
	if err != nil {
		return fmt.Errorf("%w: %w", ErrUnsupported, err)
	}
	if p.space(); p.i < len(p.in) {
		return ErrUnsupported
	}
	e.buf = out
	return nil
}

// appendText appends the string s as appendString does, without
// converting it to bytes.
func appendText(out []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c == '"' || c == '\\' {
			return appendString(out, []byte(s))
		}
	}
	out = append(out, '"')
	out = append(out, s...)
	return append(out, '"')
}
