package jsonpath_test

import (
	"errors"
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
