package canon

import (
	"bytes"
	"errors"
	"reflect"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

// amount marshals itself as a number with a fraction, as benefit.Money
// does, so that the encoder reads it into canonical form.
type amount int64

func (a amount) MarshalJSON() ([]byte, error) {
	return strconv.AppendFloat(nil, float64(a)/100, 'f', 2, 64), nil
}

// reading marshals itself on the pointer only, with members out of
// canonical order and white space, as benefit.Measurement does (without
// the white space).
type reading struct {
	Date  phase.Date
	Value int
}

func (r *reading) MarshalJSON() ([]byte, error) {
	d, err := r.Date.MarshalText()
	if err != nil {
		return nil, err
	}
	return []byte(`{ "value": ` + strconv.Itoa(r.Value) + `, "date": "` + string(d) + `" }`), nil
}

// zeroer is zero by its method, not by its value.
type zeroer struct{ N int }

func (z zeroer) IsZero() bool { return z.N < 0 }

type encoded struct {
	Name     string       `json:"name"`
	Note     string       `json:"note,omitempty"`
	Phase    phase.Phase  `json:"phase,omitempty"`
	Date     phase.Date   `json:"date,omitzero"`
	Decided  *phase.Date  `json:"decided,omitempty"`
	Amount   amount       `json:"amount"`
	Optional *amount      `json:"optional"`
	Readings []reading    `json:"readings"`
	Tags     []string     `json:"tags,omitempty"`
	Empty    []string     `json:"empty"`
	Yes      bool         `json:"yes"`
	Count    int64        `json:"count,omitempty"`
	Small    uint16       `json:"small"`
	Inner    *encoded     `json:"inner,omitempty"`
	Zero     zeroer       `json:"zero,omitzero"`
	Ptr      *zeroer      `json:"ptr,omitzero"`
	A        string       `json:"A"`
	Skipped  string       `json:"-"`
	Untagged string       // its Go name
	hidden   string       //nolint:unused // not exported: not written
	Texts    []phase.Text `json:"texts,omitempty"`
}

// TestEncoder: what the Encoder writes is what Marshal returns (the JSON
// encoding/json writes, in canonical form), for every kind it handles.
func TestEncoder(t *testing.T) {
	d := phase.MustDate("2020-02-25")
	tests := []struct {
		name string
		v    any
	}{
		{"zero struct", &encoded{}},
		{"text JSON escapes", &encoded{Name: "<b> & \"q\" \\ \u2028\u2029 \x00\x1f\x7f é 😀", A: "\t\n\r\b\f"}},
		{"filled", &encoded{
			Name: "Digitale Helgeland", Note: "n", Phase: phase.Concept, Date: d, Decided: &d,
			Amount: 123450, Optional: new(amount(-5)),
			Readings: []reading{{d, 1}, {d.AddDays(1), -2}}, Tags: []string{"a", ""}, Empty: []string{},
			Yes: true, Count: -999_999_999_999_999, Small: 65535,
			Inner: &encoded{Name: "inre", Zero: zeroer{-1}}, Zero: zeroer{0}, Ptr: &zeroer{-1},
			Skipped: "x", Untagged: "u", hidden: "h",
			Texts: []phase.Text{{NB: "ja", NN: "ja", EN: "yes"}},
		}},
		{"a slice at the top", []encoded{{Name: "1"}, {Name: "2"}}},
		{"a text marshaler at the top", phase.Planning},
		{"a string", "«Ikke relevant»"},
		{"a nil pointer", (*encoded)(nil)},
	}
	for _, tt := range tests {
		want, err := Marshal(tt.v)
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		var got bytes.Buffer
		if err := NewEncoder(&got).Encode(tt.v); err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(string(want), got.String()); diff != "" {
			t.Errorf("%s (-Marshal +Encoder):\n%s", tt.name, diff)
		}
	}
}

// TestEncoderLongOutput: output beyond the encoder's buffer reaches the
// writer whole.
func TestEncoderLongOutput(t *testing.T) {
	v := make([]encoded, 3000)
	for i := range v {
		v[i].Name = "prosjekt " + strconv.Itoa(i)
	}
	want, err := Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	if err := NewEncoder(&got).Encode(v); err != nil {
		t.Fatal(err)
	}
	if len(want) < 2*flushAt || got.String() != string(want) {
		t.Errorf("Encoder wrote %d bytes, Marshal %d (flushAt %d); equal: %v", got.Len(), len(want), flushAt, got.String() == string(want))
	}
}

// TestEncoderUnsupported: what the encoder leaves to Marshal, and what
// encoding/json would refuse or write changed, is ErrUnsupported.
func TestEncoderUnsupported(t *testing.T) {
	type withMap struct {
		M map[string]int `json:"m"`
	}
	type withFloat struct {
		F float64 `json:"f"`
	}
	type withAny struct {
		X any `json:"x"`
	}
	type withBytes struct {
		B []byte `json:"b"`
	}
	type withString struct {
		N int `json:"n,string"`
	}
	type embedded struct{ withFloat }
	// Two fields of one name, which encoding/json drops (built at run
	// time: vet refuses the struct in source).
	twice := reflect.New(reflect.StructOf([]reflect.StructField{
		{Name: "A", Type: reflect.TypeFor[string](), Tag: `json:"a"`},
		{Name: "B", Type: reflect.TypeFor[string](), Tag: `json:"a"`},
	})).Elem().Interface()
	type odd struct {
		A string `json:"a b"`
	}
	tests := []struct {
		name string
		v    any
	}{
		{"map", withMap{}},
		{"float", withFloat{}},
		{"interface", withAny{}},
		{"bytes", withBytes{}},
		{"string option", withString{}},
		{"embedded", embedded{}},
		{"a name twice", twice},
		{"a name to escape", odd{}},
		{"invalid UTF-8", &encoded{Name: "a\xffb"}},
		{"text that is no date", &encoded{Date: phase.Date{Year: 2020, Month: 2, Day: 30}}},
		{"MarshalJSON's error", &encoded{Readings: []reading{{Date: phase.Date{Year: 2021, Month: 13, Day: 1}}}}},
		{"16 digits", &encoded{Count: 1_000_000_000_000_000}},
		{"nil", nil},
	}
	for _, tt := range tests {
		err := NewEncoder(&bytes.Buffer{}).Encode(tt.v)
		if !errors.Is(err, ErrUnsupported) {
			t.Errorf("%s: Encode = %v, want ErrUnsupported", tt.name, err)
		}
	}
}

// FuzzEncoder: for any text and numbers, the Encoder writes what Marshal
// returns, or refuses with ErrUnsupported what Marshal refuses or what
// encoding/json would change (invalid UTF-8).
func FuzzEncoder(f *testing.F) {
	f.Add("Digitale Helgeland", "<&>", int64(42), 7, uint8(2))
	f.Add("\u2028\x00\"\\", "a\xffb", int64(-1_000_000_000_000_000), -3, uint8(0))
	f.Fuzz(func(t *testing.T, name, note string, count int64, value int, p uint8) {
		v := &encoded{
			Name: name, Note: note, Count: count, Phase: phase.Phase(p), Amount: amount(value),
			Readings: []reading{{Date: phase.MustDate("2021-07-01").AddDays(value % 1000), Value: value}},
			Tags:     []string{note, name}, Untagged: note,
		}
		var got bytes.Buffer
		err := NewEncoder(&got).Encode(v)
		want, merr := Marshal(v)
		switch {
		case err == nil && merr != nil:
			t.Fatalf("Encoder wrote %s, Marshal refused: %v", got.Bytes(), merr)
		case err == nil && got.String() != string(want):
			t.Fatalf("Encoder wrote %s, Marshal %s", got.Bytes(), want)
		case err != nil && !errors.Is(err, ErrUnsupported):
			t.Fatalf("Encode: %v, not ErrUnsupported", err)
		}
	})
}

// TestUse: a type given to Use is written by its function wherever it
// occurs (in a struct's list, at the top, behind a pointer, in lists nil,
// empty and not), after the encoder had learnt the type without it, and
// gives what Marshal gives; a value that cannot be addressed and the
// function's error are ErrUnsupported, and the next Encode writes nothing
// of the value that failed.
func TestUse(t *testing.T) {
	d := phase.MustDate("2020-02-25")
	got := &bytes.Buffer{}
	e := NewEncoder(got)
	if err := e.Encode(&encoded{Readings: []reading{{d, 1}}}); err != nil { // learns reading with its MarshalJSON
		t.Fatal(err)
	}
	calls := 0
	Use(e, func(r *reading, b []byte) ([]byte, error) {
		calls++
		if r.Value < 0 {
			return nil, errors.New("negative")
		}
		b = append(b, `{"date":"`...)
		b, err := r.Date.AppendText(b)
		return append(append(b, `","value":`...), strconv.Itoa(r.Value)+"}"...), err
	})
	for _, tt := range []struct {
		v     any
		calls int
		fails bool
	}{
		{&encoded{Name: "n", Readings: []reading{{d, 1}, {d, 2}}}, 2, false},
		{reading{d, 3}, 0, true}, // encoding/json writes it without its pointer's method
		{&reading{d, 4}, 1, false},
		{[]reading{{d, 5}, {d, -1}, {d, 6}}, 2, true},
		{[]*reading{{d, 7}}, 1, false},
		{[]reading(nil), 0, false},
		{[]reading{}, 0, false},
		{&encoded{}, 0, false},
	} {
		got.Reset()
		calls = 0
		err := e.Encode(tt.v)
		if tt.fails {
			if !errors.Is(err, ErrUnsupported) || got.Len() != 0 {
				t.Errorf("%+v: %q, %v; want nothing written and ErrUnsupported", tt.v, got, err)
			}
		} else if want, _ := Marshal(tt.v); err != nil || got.String() != string(want) {
			t.Errorf("%+v: %s, %v; Marshal gives %s", tt.v, got, err, want)
		}
		if calls != tt.calls {
			t.Errorf("%+v: the function was called %d times, want %d", tt.v, calls, tt.calls)
		}
	}
}
