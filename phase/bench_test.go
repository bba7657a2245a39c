package phase

import (
	"context"
	"testing"
	"time"

	"github.com/looplab/fsm"
)

// The benchmarks below run the same six approvals, BP1 to BP6, from a new
// lifecycle each time: once through Lifecycle.Decide (field validation,
// point and date checks, history, no gates) and once as bare looplab/fsm
// events on an equivalent machine. Compare ns/op and allocs/op;
// BenchmarkDecideRatio runs both in turn within each iteration and
// reports decide/fsm, so the two are measured under the same conditions:
//
//	go test ./phase -run '^$' -bench 'Decide|BareFSM' -benchmem

var benchDecisions = func() []Decision {
	var ds []Decision
	for _, p := range Points() {
		ds = append(ds, Decision{Point: p, Outcome: Approved, Date: MustDate("2020-03-10"), Body: "Styringsgruppen", DecidedBy: "Leder", CaseNumber: CaseNumber{Year: 2020, Sequence: 123}})
	}
	return ds
}()

func BenchmarkDecide(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		decide(b)
	}
}

// bareEvents is the standard model as a bare fsm machine.
var bareEvents = fsm.Events{
	{Name: "bp1", Src: []string{"idea"}, Dst: "concept"},
	{Name: "bp2", Src: []string{"concept"}, Dst: "planning"},
	{Name: "bp3", Src: []string{"planning"}, Dst: "execution"},
	{Name: "bp4", Src: []string{"execution"}, Dst: "closure"},
	{Name: "bp5", Src: []string{"closure"}, Dst: "realisation"},
	{Name: "bp6", Src: []string{"realisation"}, Dst: "completed"},
	{Name: "stop", Src: []string{"idea", "concept", "planning", "execution", "closure", "realisation"}, Dst: "stopped"},
}

// bare runs the six approvals on a new bare fsm machine.
func bare(b *testing.B) {
	f := fsm.NewFSM("idea", bareEvents, nil)
	for _, e := range [...]string{"bp1", "bp2", "bp3", "bp4", "bp5", "bp6"} {
		if err := f.Event(context.Background(), e); err != nil {
			b.Fatal(err)
		}
	}
}

// decide runs the six approvals on a new lifecycle.
func decide(b *testing.B) {
	l := New(nil)
	for _, d := range benchDecisions {
		if err := l.Decide(d); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkBareFSM(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		bare(b)
	}
}

func BenchmarkDecideRatio(b *testing.B) {
	var ours, raw time.Duration
	for b.Loop() {
		t0 := time.Now()
		bare(b)
		t1 := time.Now()
		decide(b)
		ours += time.Since(t1)
		raw += t1.Sub(t0)
	}
	b.ReportMetric(float64(ours)/float64(raw), "decide/fsm")
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
