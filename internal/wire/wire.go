// Package wire checks stored JSON against the Go type it is about to be
// decoded into, for what encoding/json lets through but the module does not
// write and its published JSON Schema refuses:
//
//   - an object key repeated (encoding/json keeps the last value silently),
//   - a string that is not valid UTF-8, or an escaped lone surrogate
//     (encoding/json replaces both with U+FFFD silently),
//   - an object key that names a field in another case ("ID" for "id";
//     encoding/json matches keys regardless of case),
//   - null where the writer never writes it (encoding/json leaves the value
//     as it was): null is kept for slices, maps, and pointers in optional
//     fields, slices and maps, which is where the JSON Schema allows it,
//   - a value of an encoding.TextUnmarshaler that is not in the form its
//     MarshalText writes ("BP 1", "25.2.2020", " planning ", "Concept"):
//     lenient parsing is for what people type, not for storage,
//   - a string or another non-number where a type with its own UnmarshalJSON
//     and a numeric kind (an amount) stands,
//   - a string that its type's UnmarshalText refuses (an unknown
//     enumeration value, a date that is no calendar day), which the decoder
//     would refuse too: Check reports it with its path, so that the strict
//     decoder need not decode the data and search it for the value. It is
//     reported after every rule above, wherever in data that is broken.
//
// An integer written with a fraction or an exponent ("1.0", "1e1") is
// accepted where the Go type is an integer and its value is a whole number
// in range, as JSON Schema counts it an integer: Check returns the data with
// such numbers written as integers, for encoding/json to read.
//
// A value whose type has its own UnmarshalJSON and no numeric kind is
// skipped (only null is checked there): that UnmarshalJSON is trusted to
// check its own input, as every one in the module does, through the strict
// decoder (internal/strict) or Check with its own type. So each byte is
// checked once, by the innermost decoder whose type describes it. Check is used before decoding, so it is on the success path: it
// makes no allocation per value for well-formed input except where a
// TextUnmarshaler other than an enumeration is read back.
package wire

import (
	"bytes"
	"encoding"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser/internal/jsonpath"
)

// Sentinels of the errors Check reports. The phase package re-exports them.
var (
	// ErrDuplicateKey is an object key given twice.
	ErrDuplicateKey = errors.New("veiviser: duplicate key")
	// ErrInvalidUTF8 is a string that is not valid UTF-8.
	ErrInvalidUTF8 = errors.New("veiviser: invalid UTF-8")
	// ErrMissingField is a field the stored form always has, left out.
	ErrMissingField = errors.New("veiviser: missing field")
	// ErrNotStored is a value not in the form the module stores it in:
	// null where no null is written, a JSON kind other than the type's,
	// or text other than its MarshalText form.
	ErrNotStored = errors.New("veiviser: not in the stored form")
)

// Error is a failed check at the JSON path Path ("a.b[2].c"; "" for the
// whole value).
type Error struct {
	Path string
	Err  error
}

// Error returns developer-facing text.
func (e *Error) Error() string {
	if e.Path == "" {
		return e.Err.Error()
	}
	return e.Path + ": " + e.Err.Error()
}

// Unwrap returns Err.
func (e *Error) Unwrap() error { return e.Err }

// Check checks data, one JSON value followed by nothing but white space,
// against type t as described in the package doc. It returns the data to
// decode (data itself unless a number had to be written as an integer)
// and, for input that breaks a rule, an *Error naming the path. Malformed
// JSON is not its business: it stops there without an error, and
// encoding/json reports it.
//
// A field without omitempty or omitzero, which the writer always writes,
// left out is an error wrapping ErrMissingField, reported with the data to
// decode only when nothing else is wrong: the caller decodes first and
// reports a failure of decoding before it, as encoding/json names the
// value that does not decode.
func Check(data []byte, t reflect.Type) ([]byte, error) {
	data, _, _, err := CheckSplit(data, t, "")
	return data, err
}

// Unknown is what CheckSplit found of the object keys in data that name no
// field of the struct they stand in. Check leaves such keys to the strict
// decoder, which reports a value that does not decode first; a decoder
// that then fails on an unknown field need not search the data for it,
// and data without any need not be decoded strictly.
type Unknown struct {
	// Count is how many keys name no field, or -1 when data is malformed
	// and was not read to its end.
	Count int
	// First is the first of them, an *Error at its path wrapping
	// jsonpath.ErrUnknownField; nil when there is none.
	First *Error
}

// CheckSplit is Check for data whose top-level value is an object of
// struct type t with a field named field (its JSON name) that holds a list
// of values with decoders of their own (json.RawMessage, say): it returns
// the data to decode without that field, and the list's elements apart, as
// they stand in data. The elements are passed over here as Check passes
// over any such value; the caller decodes each on its own, and the list
// is not read again by the decoder of the whole (issue 14: a stored
// project's documents). Where data is malformed JSON, it is returned whole
// with no elements, for the decoder to report.
// It also says what it found of keys that name no field (Unknown). With
// field "" it splits nothing.
func CheckSplit(data []byte, t reflect.Type, field string) (rest []byte, elems [][]byte, unknown Unknown, err error) {
	s := scanner{data: data, split: field}
	err = s.value(infoOf(t), true)
	switch {
	case err == errSyntax:
		return data, nil, Unknown{Count: -1}, nil
	case err != nil:
		return nil, nil, Unknown{}, err
	case s.refused != nil:
		return nil, nil, Unknown{}, s.refused
	}
	if s.splitAt[1] > 0 {
		s.cut()
	}
	if len(s.edits) > 0 {
		data = s.apply()
	}
	unknown = Unknown{Count: s.unknowns, First: s.unknown}
	if s.missed != nil {
		return data, s.elems, unknown, s.missed
	}
	return data, s.elems, unknown, nil
}

// cut adds the edit that removes the split member, s.splitAt, with the
// comma before it, or after it when it comes first.
func (s *scanner) cut() {
	from, to := s.splitAt[0], s.splitAt[1]
	i := from - 1
	for i > 0 && isSpace(s.data[i]) {
		i--
	}
	if s.data[i] == ',' {
		from = i
	} else {
		j := to
		for j < len(s.data) && isSpace(s.data[j]) {
			j++
		}
		if j < len(s.data) && s.data[j] == ',' {
			to = j + 1
		}
	}
	e := edit{from: from, to: to}
	n, _ := slices.BinarySearchFunc(s.edits, e, func(a, b edit) int { return a.from - b.from })
	s.edits = slices.Insert(s.edits, n, e)
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// Replaced reports where in data, JSON that encoding/json wrote, it wrote
// the escape \ufffd: what it writes in place of invalid UTF-8 in a string
// it encodes (a U+FFFD in the string itself it writes as it is). The
// error is an *Error wrapping ErrInvalidUTF8 at the path of the string;
// nil when there is none. Data without the escape costs one search.
func Replaced(data []byte) error {
	if !bytes.Contains(data, []byte(`\ufffd`)) {
		return nil
	}
	s := scanner{data: data, replaced: true}
	if err := s.value(anyValue, true); err != nil && err != errSyntax {
		return err
	}
	return nil
}

// errSyntax stops the scan at malformed JSON.
var errSyntax = errors.New("syntax")

type kind uint8

const (
	kAny     kind = iota // any JSON value: only duplicate keys and UTF-8 checked
	kOpaque              // its own UnmarshalJSON, which checks its input: skipped; null only where nullable
	kPointer             // elem, or null
	kBool
	kInt
	kUint
	kFloat
	kString
	kBytes  // base64 string
	kEnum   // TextUnmarshaler of kind uint8: one of codes
	kText   // other TextUnmarshaler: read back to compare
	kNumber // UnmarshalJSON of a numeric kind: a JSON number
	kSlice
	kArray
	kMap
	kStruct
)

type info struct {
	kind   kind
	typ    reflect.Type
	elem   *info
	codes  map[string]struct{}
	fields []field
	byName map[string]int
}

type field struct {
	name     string
	info     *info
	optional bool // tagged omitempty or omitzero
}

var (
	textUnmarshaler = reflect.TypeFor[encoding.TextUnmarshaler]()
	textMarshaler   = reflect.TypeFor[encoding.TextMarshaler]()
	jsonUnmarshaler = reflect.TypeFor[json.Unmarshaler]()
)

// cache holds the description of each type checked so far, as encoding/json
// caches its own: it only grows, it is safe for concurrent use, and two
// goroutines describing one type at once build equal descriptions.
var cache sync.Map // reflect.Type → *info

func infoOf(t reflect.Type) *info {
	if t == nil {
		return &info{kind: kAny}
	}
	if i, ok := cache.Load(t); ok {
		return i.(*info)
	}
	building := map[reflect.Type]*info{}
	i := describe(t, building)
	for t, i := range building {
		cache.LoadOrStore(t, i)
	}
	return i
}

func describe(t reflect.Type, building map[reflect.Type]*info) *info {
	if i, ok := cache.Load(t); ok {
		return i.(*info)
	}
	if i, ok := building[t]; ok {
		return i
	}
	i := &info{typ: t}
	building[t] = i
	pt := reflect.PointerTo(t)
	switch {
	case t.Kind() == reflect.Pointer:
		i.kind, i.elem = kPointer, describe(t.Elem(), building)
	case t.Implements(jsonUnmarshaler) || pt.Implements(jsonUnmarshaler):
		switch t.Kind() {
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
			reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64,
			reflect.Float32, reflect.Float64:
			i.kind = kNumber
		default:
			i.kind = kOpaque
		}
	case t.Implements(textUnmarshaler) || pt.Implements(textUnmarshaler):
		i.kind = kText
		if t.Kind() == reflect.Uint8 && (t.Implements(textMarshaler)) {
			i.kind, i.codes = kEnum, map[string]struct{}{}
			for n := range 256 {
				v := reflect.New(t).Elem()
				v.SetUint(uint64(n))
				if b, err := v.Interface().(encoding.TextMarshaler).MarshalText(); err == nil {
					i.codes[string(b)] = struct{}{}
				}
			}
		}
	default:
		switch t.Kind() {
		case reflect.Bool:
			i.kind = kBool
		case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
			i.kind = kInt
		case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
			i.kind = kUint
		case reflect.Float32, reflect.Float64:
			i.kind = kFloat
		case reflect.String:
			i.kind = kString
		case reflect.Slice:
			if t.Elem().Kind() == reflect.Uint8 && !t.Elem().Implements(textMarshaler) {
				i.kind = kBytes
			} else {
				i.kind, i.elem = kSlice, describe(t.Elem(), building)
			}
		case reflect.Array:
			i.kind, i.elem = kArray, describe(t.Elem(), building)
		case reflect.Map:
			i.kind, i.elem = kMap, describe(t.Elem(), building)
		case reflect.Struct:
			i.kind = kStruct
			fs := jsonpath.Fields(t)
			i.byName = make(map[string]int, len(fs))
			for n, f := range fs {
				i.byName[f.Name] = n
				i.fields = append(i.fields, field{name: f.Name, info: describe(f.Type, building), optional: f.Optional})
			}
		default:
			i.kind = kAny
		}
	}
	return i
}

// A scanner walks one JSON value. path holds where it is, as offsets into
// data, so that a path string is built only for an error.
type scanner struct {
	data     []byte
	pos      int
	path     []step
	edits    []edit
	scratch  map[reflect.Type]reflect.Value // one value per text type to read into
	verified map[*info]map[string]struct{}  // text read back and found in its stored form
	missed   *Error                         // the first field left out
	unknown  *Error                         // the first key that names no field
	refused  *Error                         // the first text its type's UnmarshalText refuses
	unknowns int                            // how many keys name no field
	replaced bool                           // refuse the escape \ufffd (see Replaced)
	split    string                         // the top-level field whose elements CheckSplit returns apart
	splitAt  [2]int                         // where its member stands in data: from its key to the end of its value
	collect  bool                           // the next array is the split field's: collect its elements
	elems    [][]byte                       // the split field's elements
}

// step is one step of the path: a key (data[from:to], quoted) or an index.
type step struct {
	from, to int
	index    int
}

// edit replaces data[from:to] with repl.
type edit struct {
	from, to int
	repl     string
}

func (s *scanner) apply() []byte {
	var b bytes.Buffer
	b.Grow(len(s.data))
	at := 0
	for _, e := range s.edits {
		b.Write(s.data[at:e.from])
		b.WriteString(e.repl)
		at = e.to
	}
	b.Write(s.data[at:])
	return b.Bytes()
}

func (s *scanner) fail(err error) error { return &Error{Path: s.pathString(), Err: err} }

func (s *scanner) pathString() string {
	var b strings.Builder
	for _, st := range s.path {
		if st.index < 0 {
			continue // a key being read
		}
		if st.to == 0 {
			b.WriteString("[" + strconv.Itoa(st.index) + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		k, _ := unquote(s.data[st.from:st.to])
		b.WriteString(k)
	}
	return b.String()
}

func (s *scanner) space() {
	for s.pos < len(s.data) {
		switch s.data[s.pos] {
		case ' ', '\t', '\n', '\r':
			s.pos++
		default:
			return
		}
	}
}

// value checks the value at s.pos against i. nullable says whether null
// stands for a value of i here.
func (s *scanner) value(i *info, nullable bool) error {
	s.space()
	if s.pos >= len(s.data) {
		return errSyntax
	}
	c := s.data[s.pos]
	if c == 'n' {
		if !bytes.HasPrefix(s.data[s.pos:], []byte("null")) {
			return errSyntax
		}
		s.pos += 4
		switch i.kind {
		case kAny, kSlice, kMap, kBytes:
			return nil
		case kPointer, kOpaque:
			if nullable {
				return nil
			}
		}
		return s.fail(fmt.Errorf("%w: null", ErrNotStored))
	}
	switch i.kind {
	case kPointer:
		return s.value(i.elem, true)
	case kAny:
		return s.any(c)
	case kOpaque:
		return s.skip()
	case kBool:
		if c != 't' && c != 'f' {
			return s.wrongKind(c, "true or false")
		}
		return s.literal()
	case kInt, kUint:
		if c != '-' && (c < '0' || c > '9') {
			return s.wrongKind(c, "an integer")
		}
		return s.integer(i)
	case kFloat, kNumber:
		if c != '-' && (c < '0' || c > '9') {
			return s.wrongKind(c, "a number")
		}
		_, _, err := s.number()
		return err
	case kString, kBytes:
		if c != '"' {
			return s.wrongKind(c, "a string")
		}
		_, _, err := s.str()
		return err
	case kEnum, kText:
		if c != '"' {
			return s.wrongKind(c, "a string")
		}
		return s.text(i)
	case kSlice, kArray:
		if c != '[' {
			return s.wrongKind(c, "an array")
		}
		return s.array(i.elem)
	case kMap:
		if c != '{' {
			return s.wrongKind(c, "an object")
		}
		return s.object(nil, i.elem)
	case kStruct:
		if c != '{' {
			return s.wrongKind(c, "an object")
		}
		return s.object(i, nil)
	}
	return s.any(c)
}

func (s *scanner) wrongKind(c byte, want string) error {
	got := "a number"
	switch c {
	case '"':
		got = "a string"
	case '{':
		got = "an object"
	case '[':
		got = "an array"
	case 't', 'f':
		got = "a boolean"
	}
	return s.fail(fmt.Errorf("%w: %s, want %s", ErrNotStored, got, want))
}

// anyValue describes a value of any kind; it is never changed.
var anyValue = &info{kind: kAny}

func (s *scanner) any(c byte) error {
	switch {
	case c == '{':
		return s.object(nil, anyValue)
	case c == '[':
		return s.array(anyValue)
	case c == '"':
		_, _, err := s.str()
		return err
	case c == 't' || c == 'f':
		return s.literal()
	case c == '-' || c >= '0' && c <= '9':
		_, _, err := s.number()
		return err
	}
	return errSyntax
}

func (s *scanner) literal() error {
	for _, lit := range [...]string{"true", "false"} {
		if bytes.HasPrefix(s.data[s.pos:], []byte(lit)) {
			s.pos += len(lit)
			return nil
		}
	}
	return errSyntax
}

// number scans a JSON number and reports whether it has a fraction or an
// exponent.
func (s *scanner) number() (from int, frac bool, err error) {
	from = s.pos
	d := s.data
	if s.pos < len(d) && d[s.pos] == '-' {
		s.pos++
	}
	digits := s.pos
	for s.pos < len(d) && d[s.pos] >= '0' && d[s.pos] <= '9' {
		s.pos++
	}
	if s.pos == digits {
		return from, false, errSyntax
	}
	if s.pos < len(d) && d[s.pos] == '.' {
		frac = true
		s.pos++
		for s.pos < len(d) && d[s.pos] >= '0' && d[s.pos] <= '9' {
			s.pos++
		}
	}
	if s.pos < len(d) && (d[s.pos] == 'e' || d[s.pos] == 'E') {
		frac = true
		s.pos++
		if s.pos < len(d) && (d[s.pos] == '+' || d[s.pos] == '-') {
			s.pos++
		}
		for s.pos < len(d) && d[s.pos] >= '0' && d[s.pos] <= '9' {
			s.pos++
		}
	}
	return from, frac, nil
}

// integer scans a number for an integer type: a whole number written with
// a fraction or an exponent is rewritten as an integer.
func (s *scanner) integer(i *info) error {
	from, frac, err := s.number()
	if err != nil || !frac {
		return err
	}
	lit := string(s.data[from:s.pos])
	f, err := strconv.ParseFloat(lit, 64)
	if err != nil || f != math.Trunc(f) || math.Abs(f) > 1<<53 || (i.kind == kUint && f < 0) {
		return s.fail(fmt.Errorf("%w: %s is not an integer in range", ErrNotStored, lit))
	}
	s.edits = append(s.edits, edit{from: from, to: s.pos, repl: strconv.FormatInt(int64(f), 10)})
	return nil
}

// str scans a string, checking its UTF-8, and returns the bounds of its
// quoted form.
func (s *scanner) str() (from, to int, err error) {
	d := s.data
	from = s.pos
	s.pos++ // the quote
	for s.pos < len(d) {
		c := d[s.pos]
		switch {
		case c == '"':
			s.pos++
			return from, s.pos, nil
		case c == '\\':
			if s.pos+1 >= len(d) {
				return from, 0, errSyntax
			}
			if d[s.pos+1] != 'u' {
				s.pos += 2
				continue
			}
			r, ok := hex4(d, s.pos+2)
			if !ok {
				return from, 0, errSyntax
			}
			s.pos += 6
			if r == utf8.RuneError && s.replaced {
				return from, 0, s.fail(fmt.Errorf("%w: replaced by U+FFFD", ErrInvalidUTF8))
			}
			if utf16.IsSurrogate(r) {
				r2, ok := rune(0), false
				if s.pos+1 < len(d) && d[s.pos] == '\\' && d[s.pos+1] == 'u' {
					r2, ok = hex4(d, s.pos+2)
				}
				if !ok || r >= 0xDC00 || utf16.DecodeRune(r, r2) == utf8.RuneError {
					return from, 0, s.fail(fmt.Errorf("%w: a lone surrogate \\u%04X", ErrInvalidUTF8, r))
				}
				s.pos += 6
			}
		case c < 0x20:
			return from, 0, errSyntax
		case c < utf8.RuneSelf:
			s.pos++
		default:
			r, n := utf8.DecodeRune(d[s.pos:])
			if r == utf8.RuneError && n == 1 {
				return from, 0, s.fail(fmt.Errorf("%w: byte 0x%02X at offset %d", ErrInvalidUTF8, c, s.pos))
			}
			s.pos += n
		}
	}
	return from, 0, errSyntax
}

func hex4(d []byte, at int) (rune, bool) {
	if at+4 > len(d) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(d[at:at+4]), 16, 16)
	return rune(n), err == nil
}

// unquote returns the text of a quoted JSON string, and whether it had
// escapes.
func unquote(q []byte) (string, bool) {
	inner := q[1 : len(q)-1]
	if bytes.IndexByte(inner, '\\') < 0 {
		return string(inner), false
	}
	var t string
	if json.Unmarshal(q, &t) != nil {
		return string(inner), true
	}
	return t, true
}

// text checks that a TextUnmarshaler's string is its MarshalText form.
func (s *scanner) text(i *info) error {
	from, to, err := s.str()
	if err != nil {
		return err
	}
	raw := s.data[from+1 : to-1]
	if i.kind == kEnum && bytes.IndexByte(raw, '\\') < 0 {
		if _, ok := i.codes[string(raw)]; ok {
			return nil
		}
	}
	if _, ok := s.verified[i][string(raw)]; ok {
		return nil // read back before: values repeat (dates above all)
	}
	t, _ := unquote(s.data[from:to])
	if s.scratch == nil {
		s.scratch = map[reflect.Type]reflect.Value{}
	}
	v, ok := s.scratch[i.typ]
	if !ok {
		v = reflect.New(i.typ)
		s.scratch[i.typ] = v
	}
	v.Elem().SetZero()
	if err := v.Interface().(encoding.TextUnmarshaler).UnmarshalText([]byte(t)); err != nil {
		// What the decoder would report, noted here with its path, so
		// that a stored file with a bad date is refused without decoding
		// it and searching it for the value (issue 14). A rule of the
		// stored form broken later in data is still reported first.
		if s.refused == nil {
			s.refused = s.fail(err).(*Error)
		}
		return nil
	}
	m, ok := v.Interface().(encoding.TextMarshaler)
	if !ok {
		return nil
	}
	b, err := m.MarshalText()
	if err != nil || string(b) != t {
		return s.fail(fmt.Errorf("%w: %q, stored as %q", ErrNotStored, t, b))
	}
	if s.verified == nil {
		s.verified = map[*info]map[string]struct{}{}
	}
	if s.verified[i] == nil {
		s.verified[i] = map[string]struct{}{}
	}
	s.verified[i][string(raw)] = struct{}{}
	return nil
}

func (s *scanner) array(elem *info) error {
	s.pos++ // [
	s.space()
	if s.pos < len(s.data) && s.data[s.pos] == ']' {
		s.pos++
		return nil
	}
	collect := s.collect
	s.collect = false
	s.path = append(s.path, step{})
	for n := 0; ; n++ {
		s.path[len(s.path)-1] = step{index: n}
		s.space()
		at := s.pos
		if err := s.value(elem, elem.kind == kPointer); err != nil {
			return err
		}
		if collect {
			s.elems = append(s.elems, s.data[at:s.pos])
		}
		s.space()
		if s.pos >= len(s.data) {
			return errSyntax
		}
		switch s.data[s.pos] {
		case ',':
			s.pos++
		case ']':
			s.pos++
			s.path = s.path[:len(s.path)-1]
			return nil
		default:
			return errSyntax
		}
	}
}

// object checks an object: the fields of struct st, or, when st is nil,
// any keys with values of elem.
func (s *scanner) object(st *info, elem *info) error {
	s.pos++ // {
	s.space()
	if s.pos < len(s.data) && s.data[s.pos] == '}' {
		s.pos++
		s.missing(st, nil)
		return nil
	}
	var seenBits [2]uint64
	seen := seenBits[:]
	if st != nil && len(st.fields) > 128 {
		seen = make([]uint64, (len(st.fields)+63)/64)
	}
	next := 0 // the field expected next
	var keyBuf [16][]byte
	keys := keyBuf[:0]
	var keySet map[string]struct{}
	s.path = append(s.path, step{})
	for {
		s.space()
		if s.pos >= len(s.data) || s.data[s.pos] != '"' {
			return errSyntax
		}
		s.path[len(s.path)-1] = step{index: -1}
		from, to, err := s.str()
		if err != nil {
			return err
		}
		s.path[len(s.path)-1] = step{from: from, to: to}
		s.space()
		if s.pos >= len(s.data) || s.data[s.pos] != ':' {
			return errSyntax
		}
		s.pos++
		raw := s.data[from+1 : to-1]
		var key string
		escaped := bytes.IndexByte(raw, '\\') >= 0
		if escaped {
			key, _ = unquote(s.data[from:to])
		}
		if st != nil {
			// The writer puts the fields in their order: the field after
			// the last one is tried before the map.
			var n int
			var ok bool
			switch {
			case escaped:
				n, ok = st.byName[key]
			case next < len(st.fields) && st.fields[next].name == string(raw):
				n, ok = next, true
			default:
				n, ok = st.byName[string(raw)]
			}
			if ok {
				next = n + 1
			}
			if !ok {
				// A key that names no field is left to the decoder, which
				// reports a value that does not decode first; one that
				// names a field in another case, the decoder would take.
				for name := range st.byName {
					if strings.EqualFold(name, key) || !escaped && strings.EqualFold(name, string(raw)) {
						return s.fail(fmt.Errorf("%w %q (the field is %q)", jsonpath.ErrUnknownField, s.data[from+1:to-1], name))
					}
				}
				if s.unknowns++; s.unknowns == 1 {
					if !escaped {
						key = string(raw)
					}
					s.unknown = s.fail(fmt.Errorf("%w %q", jsonpath.ErrUnknownField, key)).(*Error)
				}
				if err := s.value(anyValue, true); err != nil {
					return err
				}
			} else {
				if seen[n/64]&(1<<(n%64)) != 0 {
					return s.fail(ErrDuplicateKey)
				}
				seen[n/64] |= 1 << (n % 64)
				f := st.fields[n]
				split := s.split != "" && len(s.path) == 1 && f.name == s.split
				s.collect = split
				if err := s.value(f.info, f.optional); err != nil {
					return err
				}
				if split {
					s.collect, s.splitAt = false, [2]int{from, s.pos}
				}
			}
		} else {
			k := raw
			if escaped {
				k = []byte(key)
			}
			switch {
			case keySet != nil:
				if _, dup := keySet[string(k)]; dup {
					return s.fail(ErrDuplicateKey)
				}
				keySet[string(k)] = struct{}{}
			default:
				for _, seen := range keys {
					if bytes.Equal(seen, k) {
						return s.fail(ErrDuplicateKey)
					}
				}
				if len(keys) == len(keyBuf) {
					keySet = make(map[string]struct{}, 2*len(keyBuf))
					for _, seen := range keys {
						keySet[string(seen)] = struct{}{}
					}
					keySet[string(k)] = struct{}{}
				} else {
					keys = append(keys, k)
				}
			}
			if err := s.value(elem, elem.kind == kPointer); err != nil {
				return err
			}
		}
		s.space()
		if s.pos >= len(s.data) {
			return errSyntax
		}
		switch s.data[s.pos] {
		case ',':
			s.pos++
		case '}':
			s.pos++
			s.path = s.path[:len(s.path)-1]
			s.missing(st, seen)
			return nil
		default:
			return errSyntax
		}
	}
}

// missing notes the first field of st without omitempty or omitzero not
// seen, unless one was noted before.
func (s *scanner) missing(st *info, seen []uint64) {
	if st == nil || s.missed != nil {
		return
	}
	for n, f := range st.fields {
		if !f.optional && (seen == nil || seen[n/64]&(1<<(n%64)) == 0) {
			p := s.pathString()
			if p != "" {
				p += "."
			}
			s.missed = &Error{Path: p + f.name, Err: fmt.Errorf("%w %q", ErrMissingField, f.name)}
			return
		}
	}
}

// skip passes over one value without checking it, for a type that checks
// its own input: strings are passed by their quotes and escapes alone.
func (s *scanner) skip() error {
	d := s.data
	depth := 0
	for s.pos < len(d) {
		switch c := d[s.pos]; c {
		case '"':
			s.pos++
			for {
				i := bytes.IndexAny(d[s.pos:], "\\\"")
				if i < 0 {
					return errSyntax
				}
				s.pos += i
				if d[s.pos] == '"' {
					s.pos++
					break
				}
				if s.pos+1 >= len(d) {
					return errSyntax // an escape at the end of the input
				}
				s.pos += 2 // an escape and the byte it escapes
			}
		case '{', '[':
			depth++
			s.pos++
		case '}', ']':
			depth--
			s.pos++
		default:
			s.pos++
			if depth == 0 && c != ' ' && c != '\t' && c != '\n' && c != '\r' {
				// A scalar: up to its end.
				for s.pos < len(d) && !delim(d[s.pos]) {
					s.pos++
				}
				return nil
			}
			continue
		}
		if depth == 0 {
			return nil
		}
	}
	return errSyntax
}

// delim reports whether c ends a scalar.
func delim(c byte) bool {
	switch c {
	case ',', '}', ']', ' ', '\t', '\n', '\r':
		return true
	}
	return false
}
