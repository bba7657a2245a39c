package benefit

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// State is where a benefit stands in its lifecycle:
//
//	identified → planned → realising → realised
//	                 ↘          ↘
//	                  not realised (with a reason)
//	identified, planned, realising → withdrawn (with a reason)
//
// A benefit's state is derived from its History (see Benefit.State). The
// zero value is unset and not a state.
type State uint8

// The states of a benefit.
const (
	Identified  State = iota + 1 // identifisert: described, not yet planned
	Planned                      // planlagt: owner, indicators, baselines and targets set
	Realising                    // under realisering: measurements arriving
	Realised                     // realisert: every indicator reached its target
	NotRealised                  // ikke realisert: given up, with a reason
	Withdrawn                    // trukket: no longer pursued, with a reason
)

var states = enum.Table[State]{
	Type: "benefit state",
	Codes: []string{
		"identified", "planned", "realising", "realised", "not_realised", "withdrawn",
	},
	Labels: []enum.Label{
		Identified:  {NB: "Identifisert", NN: "Identifisert", EN: "Identified"},
		Planned:     {NB: "Planlagt", NN: "Planlagd", EN: "Planned"},
		Realising:   {NB: "Under realisering", NN: "Under realisering", EN: "Being realised"},
		Realised:    {NB: "Realisert", NN: "Realisert", EN: "Realised"},
		NotRealised: {NB: "Ikke realisert", NN: "Ikkje realisert", EN: "Not realised"},
		Withdrawn:   {NB: "Trukket", NN: "Trekt", EN: "Withdrawn"},
	},
}

// States returns every state in order.
func States() []State { return states.All() }

// String returns the wire code, such as "realising".
func (s State) String() string { return states.String(s) }

// IsValid reports whether s is one of the states.
func (s State) IsValid() bool { return states.Valid(s) }

// IsTerminal reports whether s is Realised, NotRealised or Withdrawn: no
// change can follow.
func (s State) IsTerminal() bool { return s == Realised || s == NotRealised || s == Withdrawn }

// Text returns the name of s in bokmål, nynorsk and English; for an invalid
// s, its String form.
func (s State) Text() phase.Text { return phase.Text(states.Label(s)) }

// Label returns the state in language l, such as "Under realisering".
func (s State) Label(l phase.Language) string { return s.Text().In(l) }

// MarshalText encodes s as its wire code.
func (s State) MarshalText() ([]byte, error) { return states.Marshal(s) }

// UnmarshalText decodes a wire code.
func (s *State) UnmarshalText(b []byte) error { return states.Unmarshal(b, s) }

// Event is a change in a benefit's lifecycle. The zero value is unset.
type Event uint8

// The events of a benefit's lifecycle.
const (
	EventPlan     Event = iota + 1 // identified → planned
	EventStart                     // planned → realising
	EventRealise                   // realising → realised
	EventFail                      // planned or realising → not realised
	EventWithdraw                  // identified, planned or realising → withdrawn
)

var events = enum.Table[Event]{
	Type:  "benefit event",
	Codes: []string{"plan", "start", "realise", "fail", "withdraw"},
	Labels: []enum.Label{
		EventPlan:     {NB: "Planlegge", NN: "Planleggje", EN: "Plan"},
		EventStart:    {NB: "Starte realisering", NN: "Starte realisering", EN: "Start realisation"},
		EventRealise:  {NB: "Melde realisert", NN: "Melde realisert", EN: "Report realised"},
		EventFail:     {NB: "Melde ikke realisert", NN: "Melde ikkje realisert", EN: "Report not realised"},
		EventWithdraw: {NB: "Trekke tilbake", NN: "Trekkje tilbake", EN: "Withdraw"},
	},
}

// String returns the wire code: "plan", "start", "realise", "fail" or
// "withdraw".
func (e Event) String() string { return events.String(e) }

// IsValid reports whether e is one of the events.
func (e Event) IsValid() bool { return events.Valid(e) }

// Text returns the name of e in bokmål, nynorsk and English; for an invalid
// e, its String form.
func (e Event) Text() phase.Text { return phase.Text(events.Label(e)) }

// Label returns the event in language l.
func (e Event) Label(l phase.Language) string { return e.Text().In(l) }

// MarshalText encodes e as its wire code.
func (e Event) MarshalText() ([]byte, error) { return events.Marshal(e) }

// UnmarshalText decodes a wire code.
func (e *Event) UnmarshalText(b []byte) error { return events.Unmarshal(b, e) }
