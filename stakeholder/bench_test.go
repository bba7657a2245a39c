package stakeholder

import (
	"strconv"
	"testing"
)

// BenchmarkTally30 tallies a full ballot of a body with 30 voting members
// and 3 observers: 14 for, 14 against, 2 abstaining, so the chair decides.
func BenchmarkTally30(b *testing.B) {
	body := board(30)
	ballot := Ballot{}
	for i := 1; i <= 30; i++ {
		c := For
		switch {
		case i > 28:
			c = Abstain
		case i%2 == 0:
			c = Against
		}
		ballot.Votes = append(ballot.Votes, Vote{Member: "v" + strconv.Itoa(i), Choice: c})
	}
	if res, err := body.Tally(ballot); err != nil || res.Method != ChairDecision {
		b.Fatalf("Tally = %+v, %v", res, err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := body.Tally(ballot); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkClassify1000 sorts a register of 1,000 stakeholders into the
// interest/influence grid.
func BenchmarkClassify1000(b *testing.B) {
	var r Register
	levels := Levels()
	for i := range 1000 {
		r.Stakeholders = append(r.Stakeholders, Stakeholder{
			ID: "S" + strconv.Itoa(i), Group: "g",
			Interest: levels[i%4], Influence: levels[(i/4)%4],
		})
	}
	if g := r.Classify(); g.Len() != 1000 || len(g.In(0)) != 0 {
		b.Fatalf("Classify: %d classified", g.Len())
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = r.Classify()
	}
}
