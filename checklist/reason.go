package checklist

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Reason says why an item stands in the way of a decision. The zero value
// is unset and not valid.
type Reason uint8

// The reasons an item is reported by Evaluate.
const (
	Unanswered     Reason = iota + 1 // still open
	Unfavourable                     // answered, but not with the favourable answer
	CommentMissing                   // not relevant or deferred without a long enough comment
	StillOpen                        // deferred ("fortsatt åpen") with a comment; never blocks
)

var reasons = enum.Table[Reason]{
	Type:  "reason",
	Codes: []string{"unanswered", "unfavourable", "comment_missing", "still_open"},
	Labels: []enum.Label{
		Unanswered:     {NB: "ikke besvart", NN: "ikkje svara på", EN: "not answered"},
		Unfavourable:   {NB: "ugunstig svar", NN: "ugunstig svar", EN: "unfavourable answer"},
		CommentMissing: {NB: "mangler begrunnelse", NN: "manglar grunngjeving", EN: "comment missing"},
		StillOpen:      {NB: "fortsatt åpen", NN: "framleis open", EN: "still open"},
	},
}

// String returns the wire code, such as "unanswered".
func (r Reason) String() string { return reasons.String(r) }

// IsValid reports whether r is one of the reasons.
func (r Reason) IsValid() bool { return reasons.Valid(r) }

// Text returns the name of r in bokmål, nynorsk and English; for an invalid
// r, its String form.
func (r Reason) Text() phase.Text { return phase.Text(reasons.Label(r)) }

// Label returns the reason in language l, in lower case, such as "ikke besvart".
func (r Reason) Label(l phase.Language) string { return r.Text().In(l) }

// code returns the finding code for r.
func (r Reason) code() phase.Code { return phase.Code("checklist." + r.String()) }

// MarshalText encodes r as its wire code.
func (r Reason) MarshalText() ([]byte, error) { return reasons.Marshal(r) }

// UnmarshalText decodes a wire code.
func (r *Reason) UnmarshalText(b []byte) error { return reasons.Unmarshal(b, r) }
