package veiviser

import (
	"sync"
	"testing"
)

// TestProjectLiteralReadConcurrently: reading methods never write, so a
// Project built as a literal (no lifecycle yet) and a decided one may be
// read from several goroutines at once (run with -race).
func TestProjectLiteralReadConcurrently(t *testing.T) {
	projects := []*Project{{ID: "L", Name: "Literal", Agency: "Etat"}, sampleProject(t)}
	var wg sync.WaitGroup
	for range 4 {
		for _, p := range projects {
			wg.Add(1)
			go func() {
				defer wg.Done()
				_ = p.Phase()
				_ = p.Position()
				_, _ = p.Next()
				_ = p.Validate()
				_ = p.History()
				_ = p.PortfolioRow()
			}()
		}
	}
	wg.Wait()
	if projects[0].lifecycle != nil {
		t.Error("reading a literal project gave it a lifecycle")
	}
}
