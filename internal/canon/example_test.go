package canon_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/canon"
)

func ExampleTransform() {
	b, err := canon.Transform([]byte(`{ "b": "\u003cø\u003e", "a": [4.50, 1e3, -0] }`))
	fmt.Println(string(b), err)
	_, err = canon.Transform([]byte(`{"a": 9007199254740993}`))
	fmt.Println(err)
	// Output:
	// {"a":[4.5,1000,0],"b":"<ø>"} <nil>
	// veiviser: canonicalize a: number not held exactly by an IEEE 754 double: 9007199254740993 (a double holds 9.007199254740992e+15)
}

// BenchmarkTransform puts the canonical form beside encoding/json's
// Compact, which only removes white space, on the same 64 kB input.
func BenchmarkTransform(b *testing.B) {
	var sb strings.Builder
	sb.WriteString("[")
	for i := range 500 {
		if i > 0 {
			sb.WriteString(",")
		}
		fmt.Fprintf(&sb, `{"id":"B%d","owner":"Kommunalsjef \u00f8st","value":%d.5,"tags":["a","b"],"ok":true}`, i, i*1000)
	}
	sb.WriteString("]")
	in := []byte(sb.String())
	b.Run("canon.Transform", func(b *testing.B) {
		b.SetBytes(int64(len(in)))
		for b.Loop() {
			if _, err := canon.Transform(in); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("json.Compact", func(b *testing.B) {
		b.SetBytes(int64(len(in)))
		var buf bytes.Buffer
		for b.Loop() {
			buf.Reset()
			if err := json.Compact(&buf, in); err != nil {
				b.Fatal(err)
			}
		}
	})
}
