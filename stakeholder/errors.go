package stakeholder

import (
	"errors"
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
)

// Sentinel errors. Match them with errors.Is; the errors this package
// returns wrap them with context (an *OrgNumberError, *phase.PathError,
// *BallotError, *QuorumError or *MembershipError).
var (
	// ErrInvalidOrgNumber is wrapped by every *OrgNumberError.
	ErrInvalidOrgNumber = errors.New("veiviser: invalid organisation number")
	// ErrVoteRefused is wrapped by every *BallotError: at least one vote
	// was refused and nothing was counted.
	ErrVoteRefused = errors.New("veiviser: vote refused")
	// ErrNotMember reports a vote from someone who is not a member of the
	// body.
	ErrNotMember = errors.New("veiviser: not a member of the body")
	// ErrObserverVote reports a vote from an observer, who has "møte-,
	// tale- og forslagsrett" but no vote.
	ErrObserverVote = errors.New("veiviser: observers have no vote")
	// ErrDuplicateVote reports a second vote from the same member.
	ErrDuplicateVote = errors.New("veiviser: member voted twice")
	// ErrInvalidChoice reports a vote whose choice is unset or unknown.
	ErrInvalidChoice = errors.New("veiviser: vote has no valid choice")
	// ErrNoQuorum is wrapped by a *QuorumError: too few voting members
	// took part.
	ErrNoQuorum = errors.New("veiviser: no quorum")
	// ErrNoVotes reports a ballot in which no one voted for or against.
	ErrNoVotes = errors.New("veiviser: no votes for or against")
	// ErrNoConsensus reports a split vote, neither unanimous nor tied, in
	// a body whose rule does not let a majority decide (Rule.Majority).
	ErrNoConsensus = errors.New("veiviser: no consensus and no tie for the chair to decide")
	// ErrTieUnresolved reports a tie that the chair has not decided: the
	// chair neither voted for or against nor gave a ruling, or the body has
	// no chair.
	ErrTieUnresolved = errors.New("veiviser: tie not decided by the chair")
	// ErrInvalidMembership reports a membership change with missing or
	// malformed fields, such as an invalid date or an unset action.
	ErrInvalidMembership = errors.New("veiviser: invalid membership change")
)

// OrgNumberError reports text that is not an organisation number. It wraps
// ErrInvalidOrgNumber.
type OrgNumberError struct {
	Input  string // the text as given
	Reason string // why it was refused, in English
}

// Error returns developer-facing text.
func (e *OrgNumberError) Error() string {
	return "veiviser: invalid organisation number " + strconv.Quote(e.Input) + ": " + e.Reason
}

// Unwrap returns ErrInvalidOrgNumber.
func (e *OrgNumberError) Unwrap() error { return ErrInvalidOrgNumber }

// RefusedVote is one vote a tally refused: its index in the ballot, the
// member ID it gave, and why (ErrNotMember, ErrObserverVote,
// ErrDuplicateVote or ErrInvalidChoice).
type RefusedVote struct {
	Index  int
	Member string
	Err    error
}

// BallotError reports a ballot with refused votes; Refused lists every
// one. Nothing is counted when a vote is refused. It matches
// ErrVoteRefused and the sentinel of each refused vote with errors.Is.
type BallotError struct {
	Body    string // the body's ID
	Refused []RefusedVote
}

// Error returns developer-facing text naming each refused vote.
func (e *BallotError) Error() string {
	var b strings.Builder
	b.WriteString("veiviser: ")
	if e.Body != "" {
		b.WriteString(e.Body)
		b.WriteString(": ")
	}
	b.WriteString(strconv.Itoa(len(e.Refused)))
	if len(e.Refused) == 1 {
		b.WriteString(" vote refused")
	} else {
		b.WriteString(" votes refused")
	}
	for i, r := range e.Refused {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString("; ")
		}
		b.WriteString("votes[" + strconv.Itoa(r.Index) + "] " + strconv.Quote(r.Member) + ": ")
		b.WriteString(strings.TrimPrefix(r.Err.Error(), "veiviser: "))
	}
	return b.String()
}

// Unwrap returns ErrVoteRefused and the error of each refused vote.
func (e *BallotError) Unwrap() []error {
	out := make([]error, 0, len(e.Refused)+1)
	out = append(out, ErrVoteRefused)
	for _, r := range e.Refused {
		out = append(out, r.Err)
	}
	return out
}

// QuorumError reports a ballot in which fewer voting members took part
// than the body's quorum requires. It wraps ErrNoQuorum.
type QuorumError struct {
	Body     string // the body's ID
	Present  int    // voting members who voted, abstentions included
	Required int    // the quorum
}

// Error returns developer-facing text.
func (e *QuorumError) Error() string {
	return "veiviser: " + e.Body + ": no quorum: " + strconv.Itoa(e.Present) + " of " +
		strconv.Itoa(e.Required) + " required voting members took part"
}

// Unwrap returns ErrNoQuorum.
func (e *QuorumError) Unwrap() error { return ErrNoQuorum }

// MembershipError reports a refused membership change, or a membership
// that cannot be made (NewMembership) or written (MarshalJSON); Action is
// then zero. Err is ErrInvalidMembership, phase.ErrInvalidDate,
// phase.ErrNotAllowed or phase.ErrOutOfOrder; Unmet lists every requirement that was not
// met. The membership is unchanged.
type MembershipError struct {
	Organisation string
	Action       Action
	Unmet        phase.Findings
	Err          error
}

// Error returns developer-facing text naming each unmet requirement.
func (e *MembershipError) Error() string {
	var b strings.Builder
	b.WriteString("veiviser: membership of ")
	b.WriteString(strconv.Quote(e.Organisation))
	b.WriteString(": ")
	if e.Action != 0 {
		b.WriteString(e.Action.String())
		b.WriteString(": ")
	}
	b.WriteString(strings.TrimPrefix(e.Err.Error(), "veiviser: "))
	if len(e.Unmet) > 0 {
		b.WriteString(": ")
		b.WriteString(e.Unmet.String())
	}
	return b.String()
}

// Unwrap returns Err.
func (e *MembershipError) Unwrap() error { return e.Err }
