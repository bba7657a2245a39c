package stakeholder

import (
	"encoding/json"
	"fmt"
	"strconv"

	"github.com/digitale-helgeland/veiviser/internal/strict"
	"github.com/digitale-helgeland/veiviser/phase"
)

type membershipJSON struct {
	Organisation string            `json:"organisation"`
	Invited      phase.Date        `json:"invited,omitzero"`
	State        State             `json:"state,omitempty"`
	History      []MembershipEvent `json:"history,omitempty"`
}

// MarshalJSON encodes the organisation, the invitation date, the current
// state (for readers; it is derived) and the history. A membership without
// organisation (the zero Membership) gives a *MembershipError wrapping
// ErrInvalidMembership: UnmarshalJSON could not read it back.
func (m Membership) MarshalJSON() ([]byte, error) {
	if m.org == "" {
		return nil, &MembershipError{Unmet: phase.Findings{noOrganisation("organisation")}, Err: ErrInvalidMembership}
	}
	return json.Marshal(membershipJSON{Organisation: m.org, Invited: m.invited, State: m.State(), History: m.history})
}

// UnmarshalJSON decodes a membership strictly (a key that names no field
// gives phase.ErrUnknownField) and rebuilds it by replaying its history through
// the state machine. A change the machine refuses, or a state that
// disagrees with the history, gives a *phase.PathError with the path
// ("history[1]", "state"). On error m is unchanged.
func (m *Membership) UnmarshalJSON(b []byte) error {
	var j membershipJSON
	if err := strict.Decode(b, &j); err != nil {
		return err
	}
	x, err := NewMembership(j.Organisation, j.Invited)
	if err != nil {
		return &phase.PathError{Op: "decode", Path: "organisation", Err: err}
	}
	for i, e := range j.History {
		if err := x.Apply(e); err != nil {
			return &phase.PathError{Op: "decode", Path: indexPath("history", i), Err: err}
		}
	}
	if j.State != 0 && j.State != x.State() {
		return &phase.PathError{Op: "decode", Path: "state", Err: fmt.Errorf("%w: state %s, but the history leads to %s",
			phase.ErrNotAllowed, strconv.Quote(j.State.String()), strconv.Quote(x.State().String()))}
	}
	*m = x
	return nil
}
