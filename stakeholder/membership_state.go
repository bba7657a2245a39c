package stakeholder

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/internal/machine"
	"github.com/digitale-helgeland/veiviser/phase"
)

// State is where an organisation stands in a collaboration's membership.
// The zero value is unset.
type State uint8

// The membership states.
const (
	Invited   State = iota + 1 // invitert: asked to sign, no answer yet
	Signed                     // signert: signed the cooperation agreement
	Declined                   // takket nei
	Withdrawn                  // trukket seg after signing
)

var states = codes[State]{
	Table: enum.Table[State]{Type: "membership state", Codes: []string{"invited", "signed", "declined", "withdrawn"}},
	labels: []phase.Text{
		Invited:   {NB: "Invitert", NN: "Invitert", EN: "Invited"},
		Signed:    {NB: "Signert", NN: "Signert", EN: "Signed"},
		Declined:  {NB: "Takket nei", NN: "Takka nei", EN: "Declined"},
		Withdrawn: {NB: "Trukket seg", NN: "Trekt seg", EN: "Withdrawn"},
	},
}

// States returns every membership state in order.
func States() []State { return states.All() }

// String returns the wire code, such as "declined".
func (s State) String() string { return states.String(s) }

// IsValid reports whether s is a known state.
func (s State) IsValid() bool { return states.Valid(s) }

// Label returns the state in language l, such as "Takket nei".
func (s State) Label(l phase.Language) string { return states.label(s, l) }

// MarshalText encodes s as its wire code.
func (s State) MarshalText() ([]byte, error) { return states.Marshal(s) }

// UnmarshalText decodes a wire code.
func (s *State) UnmarshalText(b []byte) error { return states.Unmarshal(b, s) }

// Action is a change of membership. The zero value is unset.
type Action uint8

// The membership changes: invited → signed or declined; signed → withdrawn.
const (
	Sign     Action = iota + 1 // signere samarbeidsavtalen
	Decline                    // takke nei
	Withdraw                   // trekke seg
)

var actions = codes[Action]{
	Table: enum.Table[Action]{Type: "membership action", Codes: []string{"sign", "decline", "withdraw"}},
	labels: []phase.Text{
		Sign:     {NB: "Signere", NN: "Signere", EN: "Sign"},
		Decline:  {NB: "Takke nei", NN: "Takke nei", EN: "Decline"},
		Withdraw: {NB: "Trekke seg", NN: "Trekkje seg", EN: "Withdraw"},
	},
}

// String returns the wire code: "sign", "decline" or "withdraw".
func (a Action) String() string { return actions.String(a) }

// IsValid reports whether a is a known action.
func (a Action) IsValid() bool { return actions.Valid(a) }

// Label returns the action in language l.
func (a Action) Label(l phase.Language) string { return actions.label(a, l) }

// MarshalText encodes a as its wire code.
func (a Action) MarshalText() ([]byte, error) { return actions.Marshal(a) }

// UnmarshalText decodes a wire code.
func (a *Action) UnmarshalText(b []byte) error { return actions.Unmarshal(b, a) }

// result returns the state an action leads to.
func (a Action) result() State {
	switch a {
	case Sign:
		return Signed
	case Decline:
		return Declined
	case Withdraw:
		return Withdrawn
	}
	return 0
}

// membershipSpec is the membership state machine. States and events are the
// wire codes of State and Action.
var membershipSpec = machine.MustSpec([]machine.Event{
	{Name: Sign.String(), From: []string{Invited.String()}, To: Signed.String()},
	{Name: Decline.String(), From: []string{Invited.String()}, To: Declined.String()},
	{Name: Withdraw.String(), From: []string{Signed.String()}, To: Withdrawn.String()},
})
