package phase

import (
	"encoding/json"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// reading is everything the reading methods of a Lifecycle say about it.
type reading struct {
	Model     string
	Status    Status
	Position  Position
	Phase     Phase
	Next      Step
	HasNext   bool
	History   []Decision
	Resubmits int
	Check     []string
	Ready     []string
	JSON      string
	Clone     string
}

func codes(fs Findings) []string {
	var out []string
	for _, f := range fs {
		out = append(out, string(f.Code))
	}
	return out
}

// read calls every reading method of l.
func read(t *testing.T, l *Lifecycle) reading {
	warn := GateFunc(func(GateContext) Findings {
		return Findings{newFinding("note", "", SeverityWarning, Text{EN: "a warning"})}
	})
	r := reading{Model: l.Model().String(), Status: l.Status(), Position: l.Position(), Phase: l.Phase(),
		History: l.History(), Resubmits: l.Resubmissions(BP2)}
	r.Next, r.HasNext = l.Next()
	r.Check = codes(l.Check(decision(BP2, Approved, "2021-01-01"), warn))
	_, fs, _ := l.Readiness(warn)
	r.Ready = codes(fs)
	b, err := json.Marshal(l)
	if err != nil {
		t.Errorf("MarshalJSON: %v", err)
	}
	r.JSON = string(b)
	c := l.Clone()
	r.Clone = c.Model().String() + " " + c.Status().String() + " " + c.Phase().String()
	return r
}

// TestReadConcurrently reads lifecycles from several goroutines at once:
// reading methods write nothing, not even on the zero Lifecycle, so this is
// clean under -race. Each lifecycle is compared with an equal one that no
// other goroutine touches.
func TestReadConcurrently(t *testing.T) {
	tailored := mustModel(Tailoring{WithoutIdea: true, ExecutionSubPhases: 2})
	made := map[string]func() *Lifecycle{
		"zero":     func() *Lifecycle { return new(Lifecycle) },
		"new":      func() *Lifecycle { return New(nil) },
		"at bp2":   func() *Lifecycle { return through(t, BP1) },
		"tailored": func() *Lifecycle { return New(tailored) },
		"sent back": func() *Lifecycle {
			l := through(t, BP1)
			if err := l.Decide(decision(BP2, SentBack, "2020-02-01")); err != nil {
				t.Fatal(err)
			}
			return l
		},
		"stopped": func() *Lifecycle {
			l := through(t, BP1)
			if err := l.Decide(decision(BP2, Stopped, "2020-02-01")); err != nil {
				t.Fatal(err)
			}
			return l
		},
		"completed": func() *Lifecycle { return through(t, Points()...) },
	}
	for name, build := range made {
		t.Run(name, func(t *testing.T) {
			want := read(t, build())
			shared := build()
			var wg sync.WaitGroup
			for range 4 {
				wg.Go(func() {
					if diff := cmp.Diff(want, read(t, shared)); diff != "" {
						t.Errorf("concurrent read (-want +got):\n%s", diff)
					}
				})
			}
			wg.Wait()
		})
	}
}
