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

var states = enum.Table[State]{
	Type:  "membership state",
	Codes: []string{"invited", "signed", "declined", "withdrawn"},
	Labels: []enum.Label{
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

// Text returns the name of s in bokmål, nynorsk and English; for an invalid
// s, its String form.
func (s State) Text() phase.Text { return phase.Text(states.Label(s)) }

// Label returns the state in language l, such as "Takket nei".
func (s State) Label(l phase.Language) string { return s.Text().In(l) }

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

var actions = enum.Table[Action]{
	Type:  "membership action",
	Codes: []string{"sign", "decline", "withdraw"},
	Labels: []enum.Label{
		Sign:     {NB: "Signere", NN: "Signere", EN: "Sign"},
		Decline:  {NB: "Takke nei", NN: "Takke nei", EN: "Decline"},
		Withdraw: {NB: "Trekke seg", NN: "Trekkje seg", EN: "Withdraw"},
	},
}

// String returns the wire code: "sign", "decline" or "withdraw".
func (a Action) String() string { return actions.String(a) }

// IsValid reports whether a is a known action.
func (a Action) IsValid() bool { return actions.Valid(a) }

// Text returns the name of a in bokmål, nynorsk and English; for an invalid
// a, its String form.
func (a Action) Text() phase.Text { return phase.Text(actions.Label(a)) }

// Label returns the action in language l.
func (a Action) Label(l phase.Language) string { return a.Text().In(l) }

// MarshalText encodes a as its wire code.
func (a Action) MarshalText() ([]byte, error) { return actions.Marshal(a) }

// UnmarshalText decodes a wire code.
func (a *Action) UnmarshalText(b []byte) error { return actions.Unmarshal(b, a) }

// membership is the membership state machine, and the only statement of
// which change may follow which.
var membership = machine.MustSpec(Invited, []machine.Transition[State, Action]{
	{Event: Sign, From: []State{Invited}, To: Signed},
	{Event: Decline, From: []State{Invited}, To: Declined},
	{Event: Withdraw, From: []State{Signed}, To: Withdrawn},
})

// result returns the state action a leads to, as the machine says; zero
// for an action it does not know.
func (a Action) result() State {
	s, _ := membership.Result(a)
	return s
}

// at returns a machine of membership in state s; one that allows nothing
// when s is no state of the machine.
func at(s State) *machine.Machine[State, Action] {
	m := membership.New()
	if m.Set(s) != nil {
		return nil
	}
	return m
}

// can reports whether action a may follow state s, as the machine says.
func can(s State, a Action) bool {
	m := at(s)
	return m != nil && m.Can(a)
}
