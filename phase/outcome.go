package phase

import "github.com/digitale-helgeland/veiviser/internal/enum"

// Outcome is what a decision body decided at a decision point. Seed 000 names
// the three outcomes of BP1: "Starte en konseptfase / ikke starte en
// konseptfase / øvrige vurderinger må gjøres". The zero value is unset and
// not a valid outcome.
type Outcome uint8

// The outcomes of a decision.
const (
	Approved Outcome = iota + 1 // go on to the next phase
	Stopped                     // stop the project here; the lifecycle ends
	SentBack                    // send back for rework; the phase stays and the point is decided again later
)

var outcomes = enum.Table[Outcome]{
	Type:  "outcome",
	Codes: []string{"approved", "stopped", "sent_back"},
	Labels: []enum.Label{
		Approved: {NB: "Godkjent", NN: "Godkjend", EN: "Approved"},
		Stopped:  {NB: "Stanset", NN: "Stansa", EN: "Stopped"},
		SentBack: {NB: "Sendt tilbake for omarbeiding", NN: "Sendt tilbake for omarbeiding", EN: "Sent back for rework"},
	},
}

// String returns the wire code: "approved", "stopped" or "sent_back".
func (o Outcome) String() string { return outcomes.String(o) }

// IsValid reports whether o is Approved, Stopped or SentBack.
func (o Outcome) IsValid() bool { return outcomes.Valid(o) }

// Text returns the name of o in bokmål, nynorsk and English; for an invalid
// o, its String form.
func (o Outcome) Text() Text { return Text(outcomes.Label(o)) }

// Label returns the outcome in language l.
func (o Outcome) Label(l Language) string { return o.Text().In(l) }

// MarshalText encodes o as its wire code.
func (o Outcome) MarshalText() ([]byte, error) { return outcomes.Marshal(o) }

// UnmarshalText decodes a wire code.
func (o *Outcome) UnmarshalText(b []byte) error { return outcomes.Unmarshal(b, o) }
