package checklist

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/digitale-helgeland/veiviser/phase"
)

// TestReadConcurrently: reading methods share nothing they write, not even
// the machine a checklist keeps for its changes, so a project may be
// encoded and checked from several goroutines at once (run with -race).
func TestReadConcurrently(t *testing.T) {
	s := busy(t) // every checklist has made its machine by now
	must(t, s.Put(orgPlanning(t)))
	want, err := json.Marshal(s)
	must(t, err)
	ctx := phase.GateContext{Decision: approve(phase.BP3, day3), Covers: []phase.DecisionPoint{phase.BP3}}
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			b, err := json.Marshal(s)
			if err != nil || string(b) != string(want) {
				t.Errorf("concurrent Marshal: %v", err)
			}
			_ = s.Evaluate(ks)
			_ = s.Gate(ks).Check(ctx)
			_ = s.Clone()
		})
	}
	wg.Wait()
}
