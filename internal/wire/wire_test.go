package wire_test

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/jsonpath"
	. "github.com/digitale-helgeland/veiviser/internal/wire"
	"github.com/digitale-helgeland/veiviser/phase"
)

type amount int64

func (a *amount) UnmarshalJSON([]byte) error { return nil }

type opaque struct{ X int }

func (o *opaque) UnmarshalJSON([]byte) error { return nil }

type inner struct {
	ID    string `json:"id"`
	Count int    `json:"count,omitempty"`
}

type outer struct {
	Name   string              `json:"name"`
	Phase  phase.Phase         `json:"phase,omitempty"`
	Point  phase.DecisionPoint `json:"point,omitempty"`
	Date   phase.Date          `json:"date,omitzero"`
	Items  []inner             `json:"items,omitempty"`
	Next   *inner              `json:"next,omitempty"`
	Must   *inner              `json:"must"`
	Tags   map[string]string   `json:"tags,omitempty"`
	Sum    amount              `json:"sum,omitempty"`
	Own    opaque              `json:"own"`
	Flag   bool                `json:"flag,omitempty"`
	Any    any                 `json:"any,omitempty"`
	Ptrs   []*inner            `json:"ptrs,omitempty"`
	Ratio  float64             `json:"ratio,omitempty"`
	Unsign uint                `json:"unsign,omitempty"`
}

func TestCheck(t *testing.T) {
	const must = `"must":{"id":"m"},"own":{}`
	tests := []struct {
		name, in, path string
		err            error
	}{
		{"valid", `{"name":"a","phase":"concept","point":"bp3.1","date":"2020-02-25","items":[{"id":"x","count":2}],"next":null,` + must + `,"tags":{"a":"b"},"sum":12.5,"ptrs":[null],"any":{"a":[1,"x"]}}`, "", nil},
		{"duplicate key", `{"name":"a","name":"b",` + must + `}`, "name", ErrDuplicateKey},
		{"duplicate key, escaped", `{"name":"a","n\u0061me":"b",` + must + `}`, "name", ErrDuplicateKey},
		{"duplicate key deep", `{"name":"a","items":[{"id":"x"},{"id":"y","id":"z"}],` + must + `}`, "items[1].id", ErrDuplicateKey},
		{"duplicate map key", `{"name":"a","tags":{"k":"1","k":"2"},` + must + `}`, "tags.k", ErrDuplicateKey},
		{"duplicate key inside own decoder, which checks its own", `{"name":"a","own":{"X":1,"X":2},"must":{"id":"m"}}`, "", nil},
		{"duplicate key in any", `{"name":"a","any":{"q":{"r":1,"r":2}},` + must + `}`, "any.q.r", ErrDuplicateKey},
		{"invalid UTF-8", "{\"name\":\"a\xff\"," + must + "}", "name", ErrInvalidUTF8},
		{"invalid UTF-8 in a key", "{\"name\":\"a\",\"tags\":{\"\xc3\":\"x\"}," + must + "}", "tags", ErrInvalidUTF8},
		{"lone surrogate", `{"name":"\ud800x",` + must + `}`, "name", ErrInvalidUTF8},
		{"lone low surrogate", `{"name":"\udc00",` + must + `}`, "name", ErrInvalidUTF8},
		{"surrogate pair", `{"name":"\ud83d\ude00",` + must + `}`, "", nil},
		{"key in another case", `{"Name":"a",` + must + `}`, "Name", jsonpath.ErrUnknownField},
		{"unknown key left to the decoder", `{"name":"a","nmae":"b",` + must + `}`, "", nil},
		{"null string", `{"name":null,` + must + `}`, "name", ErrNotStored},
		{"null in a required pointer", `{"name":"a","must":null}`, "must", ErrNotStored},
		{"null bool", `{"name":"a","flag":null,` + must + `}`, "flag", ErrNotStored},
		{"null slice", `{"name":"a","items":null,` + must + `}`, "", nil},
		{"null own decoder", `{"name":"a","own":null,"must":{"id":"m"}}`, "own", ErrNotStored},
		{"enum in another case", `{"name":"a","phase":"Concept",` + must + `}`, "phase", ErrNotStored},
		{"enum padded", `{"name":"a","phase":" concept",` + must + `}`, "phase", ErrNotStored},
		{"enum unknown", `{"name":"a","phase":"konsept",` + must + `}`, "phase", phase.ErrUnknownValue},
		{"date that is no day", `{"name":"a","date":"2021-02-30",` + must + `}`, "date", phase.ErrInvalidDate},
		{"rule of the stored form before a refused text", `{"name":"a","phase":"konsept","point":"BP 1",` + must + `}`, "point", ErrNotStored},
		{"point as written", `{"name":"a","point":"BP 1",` + must + `}`, "point", ErrNotStored},
		{"Norwegian date", `{"name":"a","date":"25.2.2020",` + must + `}`, "date", ErrNotStored},
		{"amount as text", `{"name":"a","sum":"8 MNOK",` + must + `}`, "sum", ErrNotStored},
		{"string for a number", `{"name":"a","ratio":"1",` + must + `}`, "ratio", ErrNotStored},
		{"number for a string", `{"name":1,` + must + `}`, "name", ErrNotStored},
		{"fraction for an integer", `{"name":"a","items":[{"id":"x","count":1.5}],` + must + `}`, "items[0].count", ErrNotStored},
		{"negative unsigned", `{"name":"a","unsign":-1.0,` + must + `}`, "unsign", ErrNotStored},
		{"malformed", `{"name":"a",`, "", nil},
		{"missing field", `{"name":"a",` + must + `,"items":[{"count":1}]}`, "items[0].id", ErrMissingField},
		{"missing field of the whole", `{` + must + `}`, "name", ErrMissingField},
		{"missing field after a wrong value", `{"items":[{}],"flag":null,` + must + `}`, "flag", ErrNotStored},
		{"missing field in an empty object", `{"name":"a","must":{},"own":{}}`, "must.id", ErrMissingField},
	}
	typ := reflect.TypeFor[outer]()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Check([]byte(tt.in), typ)
			var got struct {
				Path string
				Is   bool
			}
			var we *Error
			if errors.As(err, &we) {
				got.Path = we.Path
			}
			got.Is = tt.err == nil && err == nil || tt.err != nil && errors.Is(err, tt.err)
			if diff := cmp.Diff(struct {
				Path string
				Is   bool
			}{tt.path, true}, got); diff != "" {
				t.Errorf("Check(%s) = %v (-want +got):\n%s", tt.in, err, diff)
			}
		})
	}
}

func TestCheckWholeNumbers(t *testing.T) {
	in := `{"name":"a","items":[{"id":"x","count":1.0},{"id":"y","count":2e1}],"must":{"id":"m","count":-3.00},"ratio":1.0,"own":{}}`
	want := `{"name":"a","items":[{"id":"x","count":1},{"id":"y","count":20}],"must":{"id":"m","count":-3},"ratio":1.0,"own":{}}`
	got, err := Check([]byte(in), reflect.TypeFor[outer]())
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("Check (-want +got):\n%s", diff)
	}
	plain := []byte(`{"name":"a","must":{"id":"m","count":3},"own":{}}`)
	if got, _ := Check(plain, reflect.TypeFor[outer]()); &got[0] != &plain[0] {
		t.Error("Check copied data that needed no change")
	}
}

func FuzzCheck(f *testing.F) {
	f.Add([]byte(`{"name":"a","phase":"concept","items":[{"id":"x","count":1.0}],"must":{"id":"m"},"own":{}}`))
	f.Add([]byte("{\"name\":\"\\ud800\xff\",\"name\":1}"))
	f.Add([]byte(`{"any":[[[{"a":{"a":null}}]]],"tags":{"x":"y","x":"z"}}`))
	f.Add([]byte(`{"name":"a","own":{"""""\`)) // an escape at the very end of a value skipped: once a panic
	typ := reflect.TypeFor[outer]()
	f.Fuzz(func(t *testing.T, data []byte) {
		out, err := Check(data, typ)
		if err != nil {
			var we *Error
			if !errors.As(err, &we) || (out != nil) != errors.Is(err, ErrMissingField) {
				t.Fatalf("Check = %q, %v (%T); want data with a missing field's error only", out, err, err)
			}
			if out == nil {
				return
			}
		}
		again, err2 := Check(out, typ)
		if (err2 == nil) != (err == nil) || string(again) != string(out) {
			t.Fatalf("Check of its own output = %q, %v; want it unchanged", again, err)
		}
	})
}

func TestReplaced(t *testing.T) {
	for in, want := range map[string]string{
		`{"a":"x","b":[{"c":"\ufffd"}]}`: "b[0].c",
		`{"a":"x","b":"\\ufffd"}`:        "",
		"{\"a\":\"\xef\xbf\xbd\"}":       "",
		`{"a":{"k\ufffd":1}}`:            "a",
		`["ok","ok","a\u00e5\ufffd"]`:    "[2]",
		`{"a":"x"}`:                      "",
	} {
		err := Replaced([]byte(in))
		var got string
		var we *Error
		if errors.As(err, &we) && errors.Is(err, ErrInvalidUTF8) {
			got = we.Path
			if got == "" {
				got = "(root)"
			}
		} else if err != nil {
			t.Errorf("Replaced(%s) = %v, want an *Error wrapping ErrInvalidUTF8", in, err)
		}
		if got != want {
			t.Errorf("Replaced(%s) at %q, want %q", in, got, want)
		}
	}
}

// TestCheckSplit checks what CheckSplit returns: the data without the
// split field, with the comma before it or after it, whatever its place
// and spacing, numbers rewritten on either side, and the elements as they
// stand.
func TestCheckSplit(t *testing.T) {
	type doc struct {
		N    int               `json:"n"`
		Docs []json.RawMessage `json:"docs,omitempty"`
		S    string            `json:"s,omitempty"`
	}
	tests := []struct {
		name, in, rest string
		elems          []string
	}{
		{"middle", `{"n":1,"docs":[{"a":1},[2]],"s":"x"}`, `{"n":1,"s":"x"}`, []string{`{"a":1}`, `[2]`}},
		{"first", `{"docs":[{}],"n":1}`, `{"n":1}`, []string{`{}`}},
		{"last", `{"n":1,"docs":[{}]}`, `{"n":1}`, []string{`{}`}},
		{"spaced", "{ \"n\" : 1 ,\n \"docs\" : [ {\"a\":\"],\"} , 3 ] , \"s\":\"x\" }", "{ \"n\" : 1  , \"s\":\"x\" }", []string{`{"a":"],"}`, `3`}},
		{"first, spaced", `{ "docs" : [ 1 ] , "n":1}`, `{  "n":1}`, []string{`1`}},
		{"empty", `{"n":1,"docs":[]}`, `{"n":1}`, nil},
		{"null", `{"n":1,"docs":null}`, `{"n":1}`, nil},
		{"absent", `{"n":1}`, `{"n":1}`, nil},
		{"numbers rewritten on either side", `{"n":1.0,"docs":[1.0],"s":"x","n2":2}`, `{"n":1,"s":"x","n2":2}`, []string{`1.0`}},
		{"escaped key", `{"n":1,"\u0064ocs":[true]}`, `{"n":1}`, []string{`true`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rest, elems, _, err := CheckSplit([]byte(tt.in), reflect.TypeFor[doc](), "docs")
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range elems {
				got = append(got, string(e))
			}
			if diff := cmp.Diff(tt.rest, string(rest)); diff != "" {
				t.Errorf("rest (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.elems, got); diff != "" {
				t.Errorf("elements (-want +got):\n%s", diff)
			}
		})
	}
	for in, want := range map[string]struct {
		Count int
		Path  string
	}{
		`{"n":1}`:                          {0, ""},
		`{"n":1,"x":{"y":1},"z":2}`:        {2, "x"},
		`{"n":1,"docs":[{"x":1}],"z":[1]}`: {1, "z"},
		`{"n":1,"x":`:                      {-1, ""},
	} {
		_, _, u, err := CheckSplit([]byte(in), reflect.TypeFor[doc](), "docs")
		var got struct {
			Count int
			Path  string
		}
		got.Count = u.Count
		if u.First != nil {
			got.Path = u.First.Path
		}
		if diff := cmp.Diff(want, got); diff != "" || err != nil {
			t.Errorf("CheckSplit(%s): unknown keys (-want +got):\n%s%v", in, diff, err)
		}
	}
	for _, in := range []string{`{"n":1,"docs":[1],"docs":[2]}`, `{"n":1,"Docs":[1]}`, `{"n":1,"docs":{}}`} {
		if rest, _, _, err := CheckSplit([]byte(in), reflect.TypeFor[doc](), "docs"); err == nil {
			t.Errorf("CheckSplit(%s) = %s, nil; want an error", in, rest)
		}
	}
}
