package stakeholder

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Right is what a member of a body may do there. The zero value is unset.
type Right uint8

// The rights of a member.
const (
	// Voting members attend, speak, make proposals and vote.
	Voting Right = iota + 1
	// Observers have "møte-, tale- og forslagsrett": they attend, speak
	// and make proposals, but do not vote. Seed 000 gives this right to
	// Fylkesmannen i Nordland, Nordland fylkeskommune and KS in the
	// steering group (the seed writes "møte, tale og forslagsrett").
	Observer
)

var rights = enum.Table[Right]{
	Type:  "right",
	Codes: []string{"voting", "observer"},
	Labels: []enum.Label{
		Voting:   {NB: "Stemmerett", NN: "Røysterett", EN: "Voting rights"},
		Observer: {NB: "Møte-, tale- og forslagsrett", NN: "Møte-, tale- og forslagsrett", EN: "Right to attend, speak and make proposals (no vote)"},
	},
}

// String returns the wire code: "voting" or "observer".
func (r Right) String() string { return rights.String(r) }

// IsValid reports whether r is Voting or Observer.
func (r Right) IsValid() bool { return rights.Valid(r) }

// Text returns the name of r in bokmål, nynorsk and English; for an invalid
// r, its String form.
func (r Right) Text() phase.Text { return phase.Text(rights.Label(r)) }

// Label returns the right in language l; for Observer in bokmål,
// "Møte-, tale- og forslagsrett".
func (r Right) Label(l phase.Language) string { return r.Text().In(l) }

// MarshalText encodes r as its wire code.
func (r Right) MarshalText() ([]byte, error) { return rights.Marshal(r) }

// UnmarshalText decodes a wire code.
func (r *Right) UnmarshalText(b []byte) error { return rights.Unmarshal(b, r) }
