package checklist

import (
	"encoding/json"
	"strconv"
	"testing"

	"github.com/digitale-helgeland/veiviser/phase"
)

// BenchmarkEvaluateProject evaluates every built-in checklist of one
// municipal project (BP1 to BP6 and KS, 61 items) with half of the items
// answered.
func BenchmarkEvaluateProject(b *testing.B) {
	s := NewSet()
	n := Note{By: "Bench", On: phase.MustDate("2021-01-01")}
	for _, c := range append([]*Checklist{s.KS()}, func() []*Checklist {
		var out []*Checklist
		for _, p := range s.Points() {
			out = append(out, s.At(p))
		}
		return out
	}()...) {
		for i, it := range c.Items() {
			if i%2 == 0 && it.Kind == YesNo {
				if err := c.Answer(it.ID, Answer{Bool: Yes}, n); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if rs := s.Evaluate(ks); len(rs) != 7 {
			b.Fatal(len(rs))
		}
	}
}

// BenchmarkGateBP2 runs the Set's gate for BP2 of a municipal project,
// findings included.
func BenchmarkGateBP2(b *testing.B) {
	s := NewSet()
	g := s.Gate(ks)
	ctx := phase.GateContext{
		Decision: phase.Decision{Point: phase.BP2, Outcome: phase.Approved, Date: phase.MustDate("2021-01-01")},
		From:     phase.Concept, To: phase.Planning, Covers: []phase.DecisionPoint{phase.BP2},
	}
	b.ReportAllocs()
	for b.Loop() {
		if fs := g.Check(ctx); len(fs) == 0 {
			b.Fatal("no findings")
		}
	}
}

// BenchmarkRecordBP1 answers a fresh BP1 checklist as a mandate's review
// does: seven answers read from text, each through the item's state machine.
func BenchmarkRecordBP1(b *testing.B) {
	n := Note{By: "Bench", On: phase.MustDate("2021-01-01")}
	answers := []string{"ja", "ja", "ja", "prosjekt", "ja", "ja", "nei"}
	b.ReportAllocs()
	for b.Loop() {
		c := MustBP(phase.BP1)
		for i, a := range answers {
			if err := c.Record(strconv.Itoa(i+1), a, n); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkSetJSON encodes and decodes a project's set with answers,
// deferrals, an archived checklist and a waiver; decoding replays every
// item's history through the state machine.
func BenchmarkSetJSON(b *testing.B) {
	s := busy(b)
	data, err := json.Marshal(s)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("Marshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := json.Marshal(s); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("Unmarshal", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var d Set
			if err := json.Unmarshal(data, &d); err != nil {
				b.Fatal(err)
			}
		}
	})
}
