package stakeholder

import (
	"fmt"
	"slices"
)

// Vote is one member's vote on a proposal.
type Vote struct {
	Member string `json:"member"` // the member's ID in the body
	Choice Choice `json:"choice"`
}

// Ballot is the votes on one proposal, and the chair's ruling for a tie in
// which the chair did not vote for or against (for example a chair
// without a vote).
type Ballot struct {
	Votes []Vote `json:"votes"`
	// ChairRuling is For or Against; it is used only to decide a tie in
	// which the chair cast no deciding vote. The zero value means none.
	ChairRuling Choice `json:"chairRuling,omitempty"`
}

// Result is the outcome of a tally and how it was reached.
type Result struct {
	Resolution Resolution `json:"resolution"`
	Method     Method     `json:"method"`
	For        int        `json:"for"`
	Against    int        `json:"against"`
	Abstain    int        `json:"abstain"`
	// Voting is the number of voting members of the body.
	Voting int `json:"voting"`
}

// Tally counts a ballot by the body's decision rule:
//   - consensus: everyone who voted voted the same way, with no
//     abstentions; the proposal is adopted (or rejected) by Consensus;
//   - otherwise, where Rule.Majority, the majority of the votes for and
//     against decides (MajorityVote); abstentions count towards the quorum
//     only; without it a split vote that is not a tie decides nothing
//     (ErrNoConsensus), as seed 000's rule names no majority;
//   - a tie is decided by the chair (ChairDecision): by the chair's own
//     vote for or against, or else by Ballot.ChairRuling.
//
// Tally refuses the whole ballot, counting nothing, when any vote comes
// from a non-member, from an observer, from a member who already voted, or
// has no valid choice: the error is a *BallotError listing every refused
// vote. It returns a *QuorumError when fewer voting members took part than
// Rule.Quorum, an error wrapping ErrNoVotes when no one voted for or
// against, and one wrapping ErrTieUnresolved for a tie the chair has not
// decided. Tally does not modify b or the ballot.
func (b *Body) Tally(ballot Ballot) (Result, error) {
	var seenBuf [64]bool
	seen := seenBuf[:0]
	if n := len(b.Members); n <= len(seenBuf) {
		seen = seenBuf[:n]
	} else {
		seen = make([]bool, n)
	}
	res := Result{}
	for i := range b.Members {
		if b.Members[i].Right == Voting {
			res.Voting++
		}
	}
	var refused []RefusedVote
	chairVote := Choice(0)
	for i, v := range ballot.Votes {
		j := b.memberIndex(v.Member)
		var err error
		switch {
		case v.Member == "" || j < 0:
			err = ErrNotMember
		case b.Members[j].Right != Voting:
			err = ErrObserverVote
		case seen[j]:
			err = ErrDuplicateVote
		case !v.Choice.IsValid():
			err = ErrInvalidChoice
		}
		if err != nil {
			refused = append(refused, RefusedVote{Index: i, Member: v.Member, Err: err})
			continue
		}
		seen[j] = true
		switch v.Choice {
		case For:
			res.For++
		case Against:
			res.Against++
		case Abstain:
			res.Abstain++
		}
		if v.Member == b.Chair {
			chairVote = v.Choice
		}
	}
	if len(refused) > 0 {
		return Result{}, &BallotError{Body: b.ID, Refused: slices.Clip(refused)}
	}
	if present := res.For + res.Against + res.Abstain; present < b.Rule.Quorum {
		return Result{}, &QuorumError{Body: b.ID, Present: present, Required: b.Rule.Quorum}
	}
	switch {
	case res.For+res.Against == 0:
		return Result{}, fmt.Errorf("%w (%s: %d abstentions)", ErrNoVotes, b.ID, res.Abstain)
	case res.Abstain == 0 && res.Against == 0:
		res.Resolution, res.Method = Adopted, Consensus
	case res.Abstain == 0 && res.For == 0:
		res.Resolution, res.Method = Rejected, Consensus
	case res.For != res.Against && !b.Rule.Majority:
		return Result{}, fmt.Errorf("%w: %s: %d for, %d against, %d abstaining", ErrNoConsensus, b.ID, res.For, res.Against, res.Abstain)
	case res.For > res.Against:
		res.Resolution, res.Method = Adopted, MajorityVote
	case res.Against > res.For:
		res.Resolution, res.Method = Rejected, MajorityVote
	default:
		decider := chairVote
		if decider != For && decider != Against {
			decider = ballot.ChairRuling
		}
		switch {
		case b.Chair == "" || b.memberIndex(b.Chair) < 0:
			return Result{}, fmt.Errorf("%w: %s has no chair (%d for, %d against)", ErrTieUnresolved, b.ID, res.For, res.Against)
		case decider == For:
			res.Resolution = Adopted
		case decider == Against:
			res.Resolution = Rejected
		default:
			return Result{}, fmt.Errorf("%w: %s: %d for, %d against; the chair must vote or rule", ErrTieUnresolved, b.ID, res.For, res.Against)
		}
		res.Method = ChairDecision
	}
	return res, nil
}
