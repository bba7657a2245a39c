package stakeholder

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Choice is how a member votes. The zero value is unset and not a vote.
type Choice uint8

// The choices of a vote.
const (
	For     Choice = iota + 1 // for the proposal
	Against                   // against the proposal
	Abstain                   // present, but voting neither way
)

var choices = enum.Table[Choice]{
	Type:  "choice",
	Codes: []string{"for", "against", "abstain"},
	Labels: []enum.Label{
		For:     {NB: "For", NN: "For", EN: "For"},
		Against: {NB: "Mot", NN: "Mot", EN: "Against"},
		Abstain: {NB: "Avstår", NN: "Avstår", EN: "Abstains"},
	},
}

// String returns the wire code: "for", "against" or "abstain".
func (c Choice) String() string { return choices.String(c) }

// IsValid reports whether c is For, Against or Abstain.
func (c Choice) IsValid() bool { return choices.Valid(c) }

// Text returns the name of c in bokmål, nynorsk and English; for an invalid
// c, its String form.
func (c Choice) Text() phase.Text { return phase.Text(choices.Label(c)) }

// Label returns the choice in language l.
func (c Choice) Label(l phase.Language) string { return c.Text().In(l) }

// MarshalText encodes c as its wire code.
func (c Choice) MarshalText() ([]byte, error) { return choices.Marshal(c) }

// UnmarshalText decodes a wire code.
func (c *Choice) UnmarshalText(b []byte) error { return choices.Unmarshal(b, c) }

// Resolution is the outcome of a tally. The zero value is unset.
type Resolution uint8

// The outcomes of a tally.
const (
	Adopted  Resolution = iota + 1 // vedtatt
	Rejected                       // forkastet
)

var resolutions = enum.Table[Resolution]{
	Type:  "resolution",
	Codes: []string{"adopted", "rejected"},
	Labels: []enum.Label{
		Adopted:  {NB: "Vedtatt", NN: "Vedteke", EN: "Adopted"},
		Rejected: {NB: "Forkastet", NN: "Forkasta", EN: "Rejected"},
	},
}

// String returns the wire code: "adopted" or "rejected".
func (r Resolution) String() string { return resolutions.String(r) }

// IsValid reports whether r is Adopted or Rejected.
func (r Resolution) IsValid() bool { return resolutions.Valid(r) }

// Text returns the name of r in bokmål, nynorsk and English; for an invalid
// r, its String form.
func (r Resolution) Text() phase.Text { return phase.Text(resolutions.Label(r)) }

// Label returns the outcome in language l.
func (r Resolution) Label(l phase.Language) string { return r.Text().In(l) }

// MarshalText encodes r as its wire code.
func (r Resolution) MarshalText() ([]byte, error) { return resolutions.Marshal(r) }

// UnmarshalText decodes a wire code.
func (r *Resolution) UnmarshalText(b []byte) error { return resolutions.Unmarshal(b, r) }

// Method is how a tally's outcome was reached. The zero value is unset.
type Method uint8

// The ways to an outcome.
const (
	Consensus     Method = iota + 1 // everyone who voted voted the same way, no abstentions
	MajorityVote                    // more votes one way than the other
	ChairDecision                   // a tie, decided by the chair
)

var methods = enum.Table[Method]{
	Type:  "method",
	Codes: []string{"consensus", "majority", "chair"},
	Labels: []enum.Label{
		Consensus:     {NB: "Konsensus", NN: "Konsensus", EN: "Consensus"},
		MajorityVote:  {NB: "Flertallsvedtak", NN: "Fleirtalsvedtak", EN: "Majority vote"},
		ChairDecision: {NB: "Lederen avgjorde ved stemmelikhet", NN: "Leiaren avgjorde ved røystelikskap", EN: "Tie decided by the chair"},
	},
}

// String returns the wire code: "consensus", "majority" or "chair".
func (m Method) String() string { return methods.String(m) }

// IsValid reports whether m is a known method.
func (m Method) IsValid() bool { return methods.Valid(m) }

// Text returns the name of m in bokmål, nynorsk and English; for an invalid
// m, its String form.
func (m Method) Text() phase.Text { return phase.Text(methods.Label(m)) }

// Label returns the method in language l.
func (m Method) Label(l phase.Language) string { return m.Text().In(l) }

// MarshalText encodes m as its wire code.
func (m Method) MarshalText() ([]byte, error) { return methods.Marshal(m) }

// UnmarshalText decodes a wire code.
func (m *Method) UnmarshalText(b []byte) error { return methods.Unmarshal(b, m) }
