package phase

import (
	"context"
	"testing"

	"github.com/looplab/fsm"
)

// The two benchmarks below run the same six approvals, BP1 to BP6, from a
// new lifecycle each time: once through Lifecycle.Decide (field validation,
// point and date checks, history, no gates) and once as bare looplab/fsm
// events on an equivalent machine. Compare ns/op and allocs/op:
//
//	go test ./phase -run '^$' -bench 'Decide|BareFSM' -benchmem

var benchDecisions = func() []Decision {
	var ds []Decision
	for _, p := range Points() {
		ds = append(ds, Decision{Point: p, Outcome: Approved, Date: MustDate("2020-03-10"), Body: "Styringsgruppen", DecidedBy: "Leder", CaseNumber: "20/123"})
	}
	return ds
}()

func BenchmarkDecide(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		l := New(nil)
		for _, d := range benchDecisions {
			if err := l.Decide(d); err != nil {
				b.Fatal(err)
			}
		}
	}
}

func BenchmarkBareFSM(b *testing.B) {
	events := fsm.Events{
		{Name: "bp1", Src: []string{"idea"}, Dst: "concept"},
		{Name: "bp2", Src: []string{"concept"}, Dst: "planning"},
		{Name: "bp3", Src: []string{"planning"}, Dst: "execution"},
		{Name: "bp4", Src: []string{"execution"}, Dst: "closure"},
		{Name: "bp5", Src: []string{"closure"}, Dst: "realisation"},
		{Name: "bp6", Src: []string{"realisation"}, Dst: "completed"},
		{Name: "stop", Src: []string{"idea", "concept", "planning", "execution", "closure", "realisation"}, Dst: "stopped"},
	}
	names := []string{"bp1", "bp2", "bp3", "bp4", "bp5", "bp6"}
	ctx := context.Background()
	b.ReportAllocs()
	for b.Loop() {
		f := fsm.NewFSM("idea", events, nil)
		for _, e := range names {
			if err := f.Event(ctx, e); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkRebuild replays a six-decision history, as a host restoring a
// project from storage does.
func BenchmarkRebuild(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Rebuild(nil, benchDecisions); err != nil {
			b.Fatal(err)
		}
	}
}
