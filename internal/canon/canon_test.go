package canon

import (
	"encoding/json"
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

// TestTransform: the examples of RFC 8785 (§3.2.2 with the numbers this
// package accepts, §3.2.3 for the order of names) and the forms Go's own
// encoder writes differently.
func TestTransform(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"RFC 8785 §3.2.2, strings and literals",
			`{
  "numbers": [333333333.3333333, 1E3, 4.50, 2e-3, 0.000000000000000000000000001],
  "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
  "literals": [null, true, false]
}`,
			`{"literals":[null,true,false],"numbers":[333333333.3333333,1000,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`},
		{"RFC 8785 §3.2.3, names sorted by UTF-16 code units",
			`{
  "\u20ac": "Euro Sign",
  "\r": "Carriage Return",
  "\ufb33": "Hebrew Letter Dalet With Dagesh",
  "1": "One",
  "\ud83d\ude00": "Emoji: Grinning Face",
  "\u0080": "Control",
  "\u00f6": "Latin Small Letter O With Diaeresis"
}`,
			"{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"\u00f6\":\"Latin Small Letter O With Diaeresis\",\"\u20ac\":\"Euro Sign\",\"\U0001f600\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}"},
		{"what Go escapes and JCS does not", `{"a":"\u003cb\u003e \u0026 \u2028\u2029"}`, "{\"a\":\"<b> & \u2028\u2029\"}"},
		{"control characters", `"\u0000\u0008\u0009\u000a\u000b\u000c\u000d\u001f\u007f"`, "\"\\u0000\\b\\t\\n\\u000b\\f\\r\\u001f\u007f\""},
		{"nesting and white space", " [ { } , [ ] , { \"b\" : [ 1 , { \"d\":2, \"c\":-0 } ] , \"a\" : \"\" } ] \n", `[{},[],{"a":"","b":[1,{"c":0,"d":2}]}]`},
		{"money as benefit.Money writes it", `[1234.5, -0.01, 92233720368547.75, 8000000]`, `[1234.5,-0.01,92233720368547.75,8000000]`},
		{"integers up to 2^53", `[9007199254740992, -9007199254740992, 1e15, 12E+2]`, `[9007199254740992,-9007199254740992,1000000000000000,1200]`},
	}
	for _, tt := range tests {
		got, err := Transform([]byte(tt.in))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if diff := cmp.Diff(tt.want, string(got)); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, diff)
		}
		again, err := Transform(got)
		if err != nil || string(again) != string(got) {
			t.Errorf("%s: not idempotent: %s, %v", tt.name, again, err)
		}
	}
}

// TestTransformRefuses: what the canonical form cannot hold is an error
// naming the path, never a rounded or replaced value.
func TestTransformRefuses(t *testing.T) {
	tests := []struct {
		name, in string
		want     error
		path     string
	}{
		{"RFC 8785's 333333333.33333329 is not the double's shortest form", `{"n":[333333333.33333329]}`, ErrNumber, "n[0]"},
		{"an integer beyond 2^53", `{"a":{"n":9007199254740993}}`, ErrNumber, "a.n"},
		{"an integer beyond 2^53 that a double holds", `[1E30]`, ErrNumber, "[0]"},
		{"beyond 15 digits and not a double", `92233720368547758.07`, ErrNumber, ""},
		{"overflow", `1e400`, ErrNumber, ""},
		{"underflow", `1e-400`, ErrNumber, ""},
		{"duplicate name", `{"agency":"Lost","agency":"Vefsn kommune"}`, ErrDuplicateKey, "agency"},
		{"duplicate name inside", `[{"x":{"a":1,"a":1}}]`, ErrDuplicateKey, "[0].x.a"},
		{"invalid UTF-8", "\"\xff\"", ErrSyntax, ""},
		{"lone high surrogate", `"\ud800"`, ErrSyntax, ""},
		{"lone low surrogate", `"\udc00x"`, ErrSyntax, ""},
		{"high surrogate then a letter", `"\ud800\u0041"`, ErrSyntax, ""},
		{"trailing data", `{} {}`, ErrSyntax, ""},
		{"leading zero", `01`, ErrSyntax, ""},
		{"bare fraction", `.5`, ErrSyntax, ""},
		{"no digits after the point", `1.`, ErrSyntax, ""},
		{"no exponent digits", `1e+`, ErrSyntax, ""},
		{"raw control character", "\"a\tb\"", ErrSyntax, ""},
		{"unknown escape", `"\x"`, ErrSyntax, ""},
		{"short \\u", `"\u12"`, ErrSyntax, ""},
		{"unterminated", `{"a":"b`, ErrSyntax, "a"},
		{"missing colon", `{"a" 1}`, ErrSyntax, ""},
		{"trailing comma", `[1,]`, ErrSyntax, "[1]"},
		{"bare word", `nul`, ErrSyntax, ""},
		{"empty", ``, ErrSyntax, ""},
		{"too deep", strings.Repeat("[", MaxDepth+1) + strings.Repeat("]", MaxDepth+1), ErrTooDeep, strings.Repeat("[0]", MaxDepth)},
	}
	for _, tt := range tests {
		got, err := Transform([]byte(tt.in))
		var pe *phase.PathError
		if !errors.As(err, &pe) || !errors.Is(err, tt.want) {
			t.Errorf("%s: Transform = %q, %v; want a *phase.PathError wrapping %v", tt.name, got, err, tt.want)
			continue
		}
		if pe.Path != tt.path || pe.Op != "canonicalize" {
			t.Errorf("%s: %s %q, want canonicalize %q", tt.name, pe.Op, pe.Path, tt.path)
		}
	}
	if _, err := Transform([]byte(strings.Repeat("[", MaxDepth) + strings.Repeat("]", MaxDepth))); err != nil {
		t.Errorf("nesting of MaxDepth: %v", err)
	}
}

// TestES6: the number serialisation of RFC 8785 Appendix B, whatever the
// limits of Number.
func TestES6(t *testing.T) {
	for bits, want := range map[uint64]string{
		0x0000000000000001: "5e-324",
		0x8000000000000001: "-5e-324",
		0x7fefffffffffffff: "1.7976931348623157e+308",
		0xffefffffffffffff: "-1.7976931348623157e+308",
		0x4340000000000000: "9007199254740992",
		0xc340000000000000: "-9007199254740992",
		0x4430000000000000: "295147905179352830000",
		0x44b52d02c7e14af5: "9.999999999999997e+22",
		0x44b52d02c7e14af6: "1e+23",
		0x44b52d02c7e14af7: "1.0000000000000001e+23",
		0x444b1ae4d6e2ef4e: "999999999999999700000",
		0x444b1ae4d6e2ef4f: "999999999999999900000",
		0x444b1ae4d6e2ef50: "1e+21",
		0x3eb0c6f7a0b5ed8c: "9.999999999999997e-7",
		0x3eb0c6f7a0b5ed8d: "0.000001",
		0x41b3de4355555553: "333333333.3333332",
		0x41b3de4355555554: "333333333.33333325",
		0x41b3de4355555555: "333333333.3333333",
		0x41b3de4355555556: "333333333.3333334",
		0x41b3de4355555557: "333333333.33333343",
		0xbecbf647612f3696: "-0.0000033333333333333333",
		0x43143ff3c1cb0959: "1424953923781206.2",
	} {
		f := math.Float64frombits(bits)
		if got := es6(f, formatE(f)); got != want {
			t.Errorf("%#016x: %s, want %s", bits, got, want)
		}
	}
}

// formatE is the shortest form es6 formats from.
func formatE(f float64) string { return strconv.FormatFloat(f, 'e', -1, 64) }

// TestNumber: which literals Number accepts, and their canonical form.
func TestNumber(t *testing.T) {
	for lit, want := range map[string]string{
		"0": "0", "-0": "0", "0.0": "0", "0e5": "0", "-0.000": "0",
		"1": "1", "-1": "-1", "10": "10", "1.0": "1", "1e1": "10", "100e-2": "1",
		"0.1": "0.1", "0.30": "0.3", "1234.5": "1234.5", "-1234.50": "-1234.5",
		"0.000001": "0.000001", "0.0000001": "1e-7", "123456789012345": "123456789012345",
		"9007199254740992": "9007199254740992", "5e-324": "5e-324",
		"0.1e-99999999999999999999999": "", "1e-99999999999999999999999": "", "1e99999999999999999999999": "",
		"9007199254740993": "", "0.30000000000000004": "0.30000000000000004", "0.30000000000000001": "",
	} {
		got, err := Number(lit)
		if want == "" {
			if !errors.Is(err, ErrNumber) {
				t.Errorf("Number(%s) = %q, %v; want ErrNumber", lit, got, err)
			}
			continue
		}
		if err != nil || got != want {
			t.Errorf("Number(%s) = %q, %v; want %q", lit, got, err, want)
		}
	}
}

// TestMarshal: a Go value's canonical form decodes to the same value.
func TestMarshal(t *testing.T) {
	type inner struct {
		Z string         `json:"z"`
		A map[string]int `json:"a"`
	}
	v := struct {
		Name  string  `json:"name"`
		Items []inner `json:"items"`
	}{"Kari <Nordmann> & co", []inner{{"ø", map[string]int{"b": 2, "a": -1}}}}
	got, err := Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"items":[{"a":{"a":-1,"b":2},"z":"ø"}],"name":"Kari <Nordmann> & co"}`
	if diff := cmp.Diff(want, string(got)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if _, err := Marshal(math.NaN()); err == nil {
		t.Error("Marshal(NaN) succeeded")
	}
}

// FuzzTransform: Transform never panics; what it accepts is canonical
// (transforming it again changes nothing) and means what the input meant
// to encoding/json.
func FuzzTransform(f *testing.F) {
	for _, s := range []string{`{"b":1,"a":[true,null,"x"]}`, `"\ud83d\ude00"`, `1.5e3`, `{"a":{"a":{}}}`, `[-0, 0.1, 1e-7]`, `"\u0000\"\\"`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		out, err := Transform(in)
		if err != nil {
			return
		}
		again, err := Transform(out)
		if err != nil || string(again) != string(out) {
			t.Fatalf("not idempotent: %q gave %q, then %q, %v", in, out, again, err)
		}
		var a, b any
		if json.Unmarshal(in, &a) != nil {
			t.Fatalf("encoding/json refuses %q, which Transform accepted", in)
		}
		if err := json.Unmarshal(out, &b); err != nil {
			t.Fatalf("canonical form %q does not decode: %v", out, err)
		}
		if !cmp.Equal(a, b) {
			t.Fatalf("%q means %v, its canonical form %q means %v", in, a, out, b)
		}
	})
}
