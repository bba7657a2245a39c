package stakeholder

import (
	"errors"
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// board returns a body of n voting members "v1".."vn", chaired by "v1",
// and the three observers of seed 000.
func board(n int) Body {
	b := Body{ID: "sg", Kind: SteeringGroup, Name: "Styringsgruppen", Chair: "v1"}
	for i := 1; i <= n; i++ {
		b.Members = append(b.Members, Member{ID: "v" + strconv.Itoa(i), Position: "rådmann", Right: Voting})
	}
	for _, id := range []string{"fylkesmannen", "fylkeskommunen", "ks"} {
		b.Members = append(b.Members, Member{ID: id, Right: Observer})
	}
	return b
}

// majority returns b with a rule that lets a majority decide a split vote.
func majority(b Body) Body {
	b.Rule.Majority = true
	return b
}

func votes(choices ...Choice) []Vote {
	out := make([]Vote, len(choices))
	for i, c := range choices {
		out[i] = Vote{Member: "v" + strconv.Itoa(i+1), Choice: c}
	}
	return out
}

func TestTally(t *testing.T) {
	const (
		F = For
		A = Against
		X = Abstain
	)
	tests := []struct {
		name    string
		body    Body
		ballot  Ballot
		want    Result
		wantErr error
	}{
		{"consensus for", board(4), Ballot{Votes: votes(F, F, F, F)},
			Result{Resolution: Adopted, Method: Consensus, For: 4, Voting: 4}, nil},
		{"consensus against", board(4), Ballot{Votes: votes(A, A)},
			Result{Resolution: Rejected, Method: Consensus, Against: 2, Voting: 4}, nil},
		{"abstention breaks consensus", majority(board(4)), Ballot{Votes: votes(F, F, X)},
			Result{Resolution: Adopted, Method: MajorityVote, For: 2, Abstain: 1, Voting: 4}, nil},
		{"majority for", majority(board(5)), Ballot{Votes: votes(F, F, F, A, A)},
			Result{Resolution: Adopted, Method: MajorityVote, For: 3, Against: 2, Voting: 5}, nil},
		{"majority against", majority(board(5)), Ballot{Votes: votes(F, A, A, X, X)},
			Result{Resolution: Rejected, Method: MajorityVote, For: 1, Against: 2, Abstain: 2, Voting: 5}, nil},
		{"tie, chair votes for", board(4), Ballot{Votes: votes(F, A, F, A)},
			Result{Resolution: Adopted, Method: ChairDecision, For: 2, Against: 2, Voting: 4}, nil},
		{"tie, chair votes against", board(4), Ballot{Votes: votes(A, F, F, A)},
			Result{Resolution: Rejected, Method: ChairDecision, For: 2, Against: 2, Voting: 4}, nil},
		{"tie, chair's vote beats ruling", board(4), Ballot{Votes: votes(A, F), ChairRuling: For},
			Result{Resolution: Rejected, Method: ChairDecision, For: 1, Against: 1, Voting: 4}, nil},
		{"tie, chair abstains and rules", board(3), Ballot{Votes: votes(X, F, A), ChairRuling: For},
			Result{Resolution: Adopted, Method: ChairDecision, For: 1, Against: 1, Abstain: 1, Voting: 3}, nil},
		{"tie, chair absent and rules against", board(3), Ballot{Votes: []Vote{{"v2", F}, {"v3", A}}, ChairRuling: Against},
			Result{Resolution: Rejected, Method: ChairDecision, For: 1, Against: 1, Voting: 3}, nil},
		{"ruling ignored without a tie", majority(board(3)), Ballot{Votes: votes(F, F, A), ChairRuling: Against},
			Result{Resolution: Adopted, Method: MajorityVote, For: 2, Against: 1, Voting: 3}, nil},
		{"tie undecided", board(3), Ballot{Votes: votes(X, F, A)}, Result{}, ErrTieUnresolved},
		{"tie, ruling abstain", board(3), Ballot{Votes: votes(X, F, A), ChairRuling: Abstain}, Result{}, ErrTieUnresolved},
		{"tie, no chair", func() Body { b := board(2); b.Chair = ""; return b }(), Ballot{Votes: votes(F, A), ChairRuling: For}, Result{}, ErrTieUnresolved},
		{"tie, chair not a member", func() Body { b := board(2); b.Chair = "ghost"; return b }(), Ballot{Votes: votes(F, A), ChairRuling: For}, Result{}, ErrTieUnresolved},
		// Seed 000's rule names no majority: a split vote that is not a tie
		// decides nothing unless the body's rule lets a majority decide.
		{"split vote, seed rule", board(5), Ballot{Votes: votes(F, F, F, A, A)}, Result{}, ErrNoConsensus},
		{"split vote with abstentions, seed rule", board(4), Ballot{Votes: votes(F, F, X)}, Result{}, ErrNoConsensus},
		{"no votes", board(3), Ballot{}, Result{}, ErrNoVotes},
		{"only abstentions", board(3), Ballot{Votes: votes(X, X)}, Result{}, ErrNoVotes},
		{"quorum met", func() Body { b := majority(board(5)); b.Rule.Quorum = 3; return b }(), Ballot{Votes: votes(F, X, X)},
			Result{Resolution: Adopted, Method: MajorityVote, For: 1, Abstain: 2, Voting: 5}, nil},
		{"no quorum", func() Body { b := board(5); b.Rule.Quorum = 3; return b }(), Ballot{Votes: votes(F, F)}, Result{}, ErrNoQuorum},
		{"observer", board(3), Ballot{Votes: append(votes(F), Vote{"ks", F})}, Result{}, ErrObserverVote},
		{"non-member", board(3), Ballot{Votes: append(votes(F), Vote{"v9", F})}, Result{}, ErrNotMember},
		{"blank member", board(3), Ballot{Votes: []Vote{{"", F}}}, Result{}, ErrNotMember},
		{"twice", board(3), Ballot{Votes: append(votes(F), Vote{"v1", A})}, Result{}, ErrDuplicateVote},
		{"no choice", board(3), Ballot{Votes: []Vote{{"v1", 0}}}, Result{}, ErrInvalidChoice},
		{"large body", majority(board(70)), Ballot{Votes: votes(F, F, A)},
			Result{Resolution: Adopted, Method: MajorityVote, For: 2, Against: 1, Voting: 70}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := tt.body.Clone()
			got, err := tt.body.Tally(tt.ballot)
			if diff := cmp.Diff(tt.wantErr, err, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("Tally error (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Tally (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(before, tt.body); diff != "" {
				t.Errorf("Tally changed the body (-before +after):\n%s", diff)
			}
		})
	}
}

func TestTallyRefusesEveryBadVote(t *testing.T) {
	b := board(3)
	ballot := Ballot{Votes: []Vote{{"v1", For}, {"ks", For}, {"v9", Against}, {"v1", Against}, {"fylkesmannen", Abstain}}}
	_, err := b.Tally(ballot)
	var be *BallotError
	if !errors.As(err, &be) {
		t.Fatalf("Tally error = %v, want *BallotError", err)
	}
	want := []RefusedVote{
		{Index: 1, Member: "ks", Err: ErrObserverVote},
		{Index: 2, Member: "v9", Err: ErrNotMember},
		{Index: 3, Member: "v1", Err: ErrDuplicateVote},
		{Index: 4, Member: "fylkesmannen", Err: ErrObserverVote},
	}
	if diff := cmp.Diff(want, be.Refused, cmpopts.EquateErrors()); diff != "" {
		t.Errorf("Refused (-want +got):\n%s", diff)
	}
	for _, target := range []error{ErrVoteRefused, ErrObserverVote, ErrNotMember, ErrDuplicateVote} {
		if !errors.Is(err, target) {
			t.Errorf("errors.Is(err, %v) = false", target)
		}
	}
	const wantMsg = `veiviser: sg: 4 votes refused: votes[1] "ks": observers have no vote; votes[2] "v9": not a member of the body; ` +
		`votes[3] "v1": member voted twice; votes[4] "fylkesmannen": observers have no vote`
	if err.Error() != wantMsg {
		t.Errorf("Error() =\n%s\nwant\n%s", err, wantMsg)
	}
}

func TestQuorumError(t *testing.T) {
	b := board(5)
	b.Rule.Quorum = 4
	_, err := b.Tally(Ballot{Votes: votes(For, For)})
	var qe *QuorumError
	if !errors.As(err, &qe) || *qe != (QuorumError{Body: "sg", Present: 2, Required: 4}) {
		t.Fatalf("Tally error = %#v", err)
	}
	if got, want := err.Error(), "veiviser: sg: no quorum: 2 of 4 required voting members took part"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestBodyValidate(t *testing.T) {
	type row struct{ Code, Path string }
	tests := []struct {
		name string
		edit func(*Body)
		want []row
	}{
		{"valid", func(*Body) {}, nil},
		{"duplicate member", func(b *Body) { b.Members[2].ID = "v1" }, []row{{"body.duplicate_member", "members[2].id"}}},
		{"unknown chair", func(b *Body) { b.Chair = "x" }, []row{{"body.chair_unknown", "chair"}}},
		{"observer chair", func(b *Body) { b.Chair = "ks" }, []row{{"body.chair_observer", "chair"}}},
		{"no voting", func(b *Body) { b.Members = b.Members[3:] }, []row{{"body.chair_unknown", "chair"}, {"body.no_voting_members", "members"}}},
		{"quorum", func(b *Body) { b.Rule.Quorum = 4 }, []row{{"body.quorum_unreachable", "rule.quorum"}}},
		{"fields", func(b *Body) { b.Kind = 0; b.Name = " "; b.Members[0].Right = 9; b.Rule.Quorum = -1 },
			[]row{{"field.valid", "kind"}, {"field.filled", "name"}, {"field.valid", "members[0].right"}, {"field.gte", "rule.quorum"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := board(3)
			tt.edit(&b)
			var got []row
			for _, f := range b.Validate() {
				got = append(got, row{string(f.Code), f.Path})
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

func TestBodyLookups(t *testing.T) {
	b := board(2)
	if m, ok := b.Member("ks"); !ok || m.Right != Observer {
		t.Errorf("Member(ks) = %v, %v", m, ok)
	}
	if _, ok := b.Member("nobody"); ok {
		t.Error("Member(nobody) found")
	}
	if len(b.Voting()) != 2 || len(b.Observers()) != 3 {
		t.Errorf("Voting %d, Observers %d", len(b.Voting()), len(b.Observers()))
	}
	c := b.Clone()
	c.Members[0].ID = "changed"
	if b.Members[0].ID != "v1" {
		t.Error("Clone shares members")
	}
}
