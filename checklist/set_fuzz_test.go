package checklist

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

// FuzzSetUnmarshal checks Set.UnmarshalJSON, which parses its own keys:
// it never panics, every error is a *phase.PathError, and whatever decodes
// encodes, decodes again to an equal Set and encodes to the same bytes.
// The gate and Evaluate must not panic on a decoded Set either.
func FuzzSetUnmarshal(f *testing.F) {
	s := busy(f)
	must(f, s.Put(orgPlanning(f)))
	own, err := New("bp3.1", phase.Text{NB: "Sjekkliste for BP3.1"}, phase.ExecutionPoint(1),
		Item{ID: "1", Question: Wording{Text: "Er delleveranse 1 godkjent?"}, Kind: YesNo, Favourable: Yes})
	must(f, err)
	must(f, s.Put(own))
	b, err := json.Marshal(s)
	must(f, err)
	f.Add(b)
	org, err := json.Marshal(orgPlanning(f))
	must(f, err)
	for _, seed := range []string{
		`{"municipal":true,"ks":` + string(org) + `}`, // the legacy form
		`{"municipal":false,"phase:planning":` + string(org) + `}`,
		`{"phase:Planning":` + string(org) + `}`,
		`{"bp3":` + string(org) + `}`,
		`{}`, `null`, `{"municipal":null}`, `{"municipal":false}`, `{"ks":null}`, `{"bp3.01":{}}`, `{"phase:":{}}`,
	} {
		f.Add([]byte(seed))
	}
	ctx := phase.GateContext{Decision: approve(phase.BP3, day2), Covers: []phase.DecisionPoint{phase.BP3, phase.BP4}}
	f.Fuzz(func(t *testing.T, b []byte) {
		var s Set
		if err := json.Unmarshal(b, &s); err != nil {
			var pe *phase.PathError
			var se *json.SyntaxError // reported by encoding/json before UnmarshalJSON runs
			if !errors.As(err, &pe) && !errors.As(err, &se) {
				t.Fatalf("error %v (%T) is neither a *phase.PathError nor a *json.SyntaxError", err, err)
			}
			return
		}
		out, err := json.Marshal(&s)
		if err != nil {
			t.Fatalf("decoded set does not encode: %v", err)
		}
		var d Set
		if err := json.Unmarshal(out, &d); err != nil {
			t.Fatalf("re-decoding %s: %v", out, err)
		}
		if diff := cmp.Diff(&s, &d, cmpChecklist, cmp.AllowUnexported(Set{})); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
		again, err := json.Marshal(&d)
		if err != nil {
			t.Fatal(err)
		}
		if string(again) != string(out) {
			t.Fatalf("encodings differ:\n%s\n%s", out, again)
		}
		_ = s.Evaluate(ks)
		_ = s.Gate(ks).Check(ctx)
	})
}
