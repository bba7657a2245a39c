package veiviser

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// FuzzDecodeProject: Decode never panics, and whatever it accepts encodes
// and decodes again to the same bytes.
func FuzzDecodeProject(f *testing.F) {
	full, err := json.Marshal(sampleProject(f))
	if err != nil {
		f.Fatal(err)
	}
	empty, err := json.Marshal(mustProject(ProjectConfig{ID: "P1", Name: "Prosjekt", Agency: "Etat"}))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(full)
	f.Add(empty)
	f.Add(full[:len(full)/3])
	f.Add([]byte(strings.Replace(string(empty), `"schemaVersion":1`, `"schemaVersion":7`, 1)))
	f.Add([]byte(`{"schemaVersion":1}`))
	f.Add([]byte(`{"schemaVersion":1,"lifecycle":{"model":{},"history":[]},"audit":[],"stakeholders":{}}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		p, err := Decode(bytes.NewReader(in), DecodeOptions{MaxBytes: 1 << 20})
		if err != nil {
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("decoded project does not encode: %v", err)
		}
		q, err := Decode(bytes.NewReader(b), DecodeOptions{})
		if err != nil {
			t.Fatalf("re-decoding %s: %v", b, err)
		}
		b2, err := json.Marshal(q)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, b2) {
			t.Fatalf("round trip changed\n%s\nto\n%s", b, b2)
		}
	})
}
