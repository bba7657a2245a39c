package jsonpath_test

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/jsonpath"
	"github.com/digitale-helgeland/veiviser/phase"
)

type doc struct {
	Name   string           `json:"name"`
	Phase  phase.Phase      `json:"phase"`
	Items  []item           `json:"items"`
	ByKey  map[string]item  `json:"byKey"`
	Life   *phase.Lifecycle `json:"life,omitempty"`
	Nested struct {
		When phase.Date `json:"when"`
	} `json:"nested"`
}

type item struct {
	Point phase.DecisionPoint `json:"point"`
}

func TestLocate(t *testing.T) {
	tests := []struct {
		name, in, want string
		strict         bool
		wantUnknown    bool
	}{
		{"fine", `{"name":"x","phase":"concept"}`, "", false, false},
		{"enum", `{"phase":"konsept"}`, "phase", false, true},
		{"in a list", `{"items":[{"point":"bp1"},{"point":"bp9"}]}`, "items[1].point", false, true},
		{"in a map", `{"byKey":{"a":{"point":"bp1"},"b":{"point":"x"}}}`, "byKey.b.point", false, true},
		{"nested date", `{"nested":{"when":"<dato>"}}`, "nested.when", false, false},
		{"wrong type", `{"items":{}}`, "items", false, false},
		{"own decoder", `{"life":{"model":{},"history":[{"point":"bp2"}]}}`, "life", false, false},
		{"unknown key, strict", `{"nmae":"x"}`, "nmae", true, false},
		{"unknown key, lenient", `{"nmae":"x"}`, "", false, false},
		{"case-insensitive name", `{"PHASE":"nope"}`, "PHASE", false, true},
	}
	for _, tt := range tests {
		got, err := jsonpath.Locate(reflect.TypeFor[doc](), []byte(tt.in), tt.strict)
		if got != tt.want {
			t.Errorf("%s: Locate = %q (%v), want %q", tt.name, got, err, tt.want)
		}
		if (tt.want == "") != (err == nil) {
			t.Errorf("%s: err = %v", tt.name, err)
		}
		if tt.wantUnknown && !errors.Is(err, phase.ErrUnknownValue) {
			t.Errorf("%s: err = %v, want ErrUnknownValue", tt.name, err)
		}
	}
}

func TestStrict(t *testing.T) {
	var v struct {
		A int `json:"a"`
	}
	for in, ok := range map[string]bool{
		`{"a":1}`: true, ` {"a":1} `: true, `{"a":1,"b":2}`: false, `{"a":1} {}`: false, `{"a":`: false, `{"A":1}`: true,
	} {
		if err := jsonpath.Strict([]byte(in), &v); (err == nil) != ok {
			t.Errorf("Strict(%s) = %v, want ok=%v", in, err, ok)
		}
	}
}

func TestLocateNamesTheRightError(t *testing.T) {
	tests := []struct {
		in, path string
		unknown  bool
	}{
		{`{"items":[{"point":"nope"}],"aaa":1}`, "items[0].point", false},
		{`{"zzz":1,"aaa":2}`, "aaa", true},
	}
	for _, tt := range tests {
		path, err := jsonpath.Locate(reflect.TypeFor[doc](), []byte(tt.in), true)
		if path != tt.path || errors.Is(err, jsonpath.ErrUnknownField) != tt.unknown {
			t.Errorf("Locate(%s) = %q, %v; want %q (unknown field: %v)", tt.in, path, err, tt.path, tt.unknown)
		}
		if tt.unknown && !strings.Contains(err.Error(), `"aaa"`) {
			t.Errorf("the error %v does not name the key at the path", err)
		}
	}
}

// decodeErr returns the error strictly decoding in into a doc gives.
func decodeErr(in []byte) error {
	var d doc
	return jsonpath.Strict(in, &d)
}

// TestLocateError holds LocateError, given the error decoding gave, to
// what Locate finds by decoding again: the same path and the same error,
// one error or several.
func TestLocateError(t *testing.T) {
	for _, in := range locateSeeds {
		err := decodeErr([]byte(in))
		if err == nil {
			continue
		}
		wantPath, wantErr := jsonpath.Locate(reflect.TypeFor[doc](), []byte(in), true)
		if wantErr == nil {
			wantErr = err // no place in the data: LocateError gives the error back
		}
		gotPath, gotErr := jsonpath.LocateError(reflect.TypeFor[doc](), []byte(in), true, err)
		if gotPath != wantPath || fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Errorf("LocateError(%s) = %q, %v; Locate = %q, %v", in, gotPath, gotErr, wantPath, wantErr)
		}
	}
}

var locateSeeds = []string{
	`{"phase":"konsept"}`,
	`{"items":[{"point":"bp1"},{"point":"bp9"}]}`,
	`{"items":[{"point":"bp0"},{"point":"bp9"}]}`,
	`{"byKey":{"a":{"point":"bp1"},"b":{"point":"x"}}}`,
	`{"byKey":{"a":{"point":"y"},"b":{"point":"x"}}}`,
	`{"nested":{"when":"<dato>"}}`,
	`{"nested":{"when":"2021-02-30"},"phase":"x"}`,
	`{"items":{}}`,
	`{"items":{},"phase":"x"}`,
	`{"life":{"model":{},"history":[{"point":"bp2"}]}}`,
	`{"life":{"model":{},"history":[{"point":"bp2"}]},"phase":"nope"}`,
	`{"nmae":"x"}`,
	`{"PHASE":"nope"}`,
	`{"items":[{"point":"nope"}],"aaa":1}`,
	`{"zzz":1,"aaa":2}`,
	`{"items":[{"point":"bp1","x":1}],"name":3}`,
	`{"name":"x"} {}`,
	`{"name":"x"`,
	`[1]`,
}

// counted fails to decode, counting how often it is asked to.
type counted struct{}

var countedCalls int

func (*counted) UnmarshalJSON([]byte) error {
	countedCalls++
	return errors.New("counted: refused")
}

// TestLocateErrorDecodesOnce checks that LocateError does not run again
// the decoder of the value that failed, when every other part decodes:
// a fault deep in a stored project must not make each layer around it
// decode it again (issue 14).
func TestLocateErrorDecodesOnce(t *testing.T) {
	type outer struct {
		A    int              `json:"a"`
		List []map[string]any `json:"list"`
		Z    []counted        `json:"z"`
	}
	in := []byte(`{"a":1,"list":[],"z":[{},{}]}`)
	var v outer
	err := jsonpath.Strict(in, &v)
	if err == nil {
		t.Fatal("decoded")
	}
	countedCalls = 0
	path, got := jsonpath.LocateError(reflect.TypeFor[outer](), in, true, err)
	if got == nil || got.Error() != err.Error() {
		t.Errorf("LocateError = %q, %v; want the error decoding gave", path, got)
	}
	// z[0] is decoded alone (it comes first and may fail); z[1] is not.
	if countedCalls != 1 {
		t.Errorf("the failing decoder ran %d more times, want 1", countedCalls)
	}
	if path != "z[0]" {
		t.Errorf("path %q, want z[0], the first that fails", path)
	}
}

func FuzzLocateError(f *testing.F) {
	for _, s := range locateSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		err := decodeErr(in)
		if err == nil {
			return
		}
		wantPath, wantErr := jsonpath.Locate(reflect.TypeFor[doc](), in, true)
		if wantErr == nil {
			wantErr = err
		}
		gotPath, gotErr := jsonpath.LocateError(reflect.TypeFor[doc](), in, true, err)
		if gotPath != wantPath || fmt.Sprint(gotErr) != fmt.Sprint(wantErr) {
			t.Errorf("LocateError(%q) = %q, %v; Locate = %q, %v", in, gotPath, gotErr, wantPath, wantErr)
		}
	})
}
