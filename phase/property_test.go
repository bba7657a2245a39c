package phase

import (
	"encoding/json"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestPropertyRandomSequences drives random models with random decisions and
// checks the invariants every caller relies on:
//   - a refused decision changes nothing;
//   - an accepted decision adds exactly one entry to the history;
//   - Rebuild from the history, and a JSON round trip, give the same lifecycle;
//   - Check reports an error exactly when Decide refuses.
func TestPropertyRandomSequences(t *testing.T) {
	rng := rand.New(rand.NewPCG(2020, 225)) // fixed seed: reproducible
	points := append(Points(), ExecutionPoint(1), ExecutionPoint(2), 0)
	outcomes := []Outcome{Approved, Approved, Approved, SentBack, Stopped, 0}
	refusing := GateFunc(func(GateContext) Findings {
		return Findings{newFinding("gate.no", "", SeverityError, Text{EN: "no"})}
	})
	sequences, accepted, refused := 400, 0, 0
	if testing.Short() {
		sequences = 50
	}
	for seq := range sequences {
		tl := Tailoring{WithoutIdea: rng.IntN(2) == 0, ExecutionSubPhases: rng.IntN(4)}
		for _, p := range []Phase{Concept, Planning, Closure} {
			if rng.IntN(4) == 0 {
				tl.Skips = append(tl.Skips, Skip{p, "begrunnet"})
			}
		}
		m, err := NewModel(tl)
		if err != nil {
			t.Fatal(err)
		}
		l := New(m)
		date := MustDate("2020-01-01")
		for range 40 {
			date = date.AddDays(rng.IntN(60) - 10) // sometimes backwards
			var next DecisionPoint
			if st, ok := l.Next(); ok && rng.IntN(3) > 0 {
				next = st.Point // mostly the right point, so sequences get far
			} else {
				next = points[rng.IntN(len(points))]
			}
			d := Decision{Point: next, Outcome: outcomes[rng.IntN(len(outcomes))], Date: date, Body: "S", DecidedBy: "L"}
			var gates []Gate
			if rng.IntN(5) == 0 {
				gates = append(gates, refusing)
			}
			before := snapshot(l)
			wantErr := l.Check(d, gates...).HasErrors()
			err := l.Decide(d, gates...)
			if (err != nil) != wantErr {
				t.Fatalf("seq %d: Check said error=%v but Decide returned %v for %+v", seq, wantErr, err, d)
			}
			if err != nil {
				refused++
				if diff := cmp.Diff(before, snapshot(l)); diff != "" {
					t.Fatalf("seq %d: refused %+v changed the lifecycle (-before +after):\n%s", seq, d, diff)
				}
				continue
			}
			accepted++
			if got := len(l.History()); got != len(before.History)+1 {
				t.Fatalf("seq %d: history grew from %d to %d", seq, len(before.History), got)
			}
		}
		r, err := Rebuild(m, l.History())
		if err != nil {
			t.Fatalf("seq %d: Rebuild: %v", seq, err)
		}
		if diff := cmp.Diff(snapshot(l), snapshot(r)); diff != "" {
			t.Fatalf("seq %d: Rebuild differs (-want +got):\n%s", seq, diff)
		}
		b, err := json.Marshal(l)
		if err != nil {
			t.Fatal(err)
		}
		var j Lifecycle
		if err := json.Unmarshal(b, &j); err != nil {
			t.Fatalf("seq %d: Unmarshal: %v", seq, err)
		}
		if diff := cmp.Diff(snapshot(l), snapshot(&j)); diff != "" {
			t.Fatalf("seq %d: JSON round trip differs (-want +got):\n%s", seq, diff)
		}
	}
	if accepted == 0 || refused == 0 {
		t.Fatalf("the generator is broken: %d accepted, %d refused", accepted, refused)
	}
}
