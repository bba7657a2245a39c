package product

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// DocumentStatus is where a management product stands in its own approval.
// The zero value is unset and not valid.
type DocumentStatus uint8

// The statuses of a management product.
const (
	StatusDraft     DocumentStatus = iota + 1 // utkast: being written
	StatusSubmitted                           // til behandling: put forward for a decision
	StatusApproved                            // godkjent: approved and signed; the decision box must be complete
)

var documentStatuses = enum.Table[DocumentStatus]{
	Type:  "document status",
	Codes: []string{"draft", "submitted", "approved"},
	Labels: []enum.Label{
		StatusDraft:     {NB: "Utkast", NN: "Utkast", EN: "Draft"},
		StatusSubmitted: {NB: "Til behandling", NN: "Til handsaming", EN: "Submitted"},
		StatusApproved:  {NB: "Godkjent", NN: "Godkjend", EN: "Approved"},
	},
}

// String returns the wire code: "draft", "submitted" or "approved".
func (s DocumentStatus) String() string { return documentStatuses.String(s) }

// IsValid reports whether s is StatusDraft, StatusSubmitted or StatusApproved.
func (s DocumentStatus) IsValid() bool { return documentStatuses.Valid(s) }

// Text returns the name of s in bokmål, nynorsk and English; for an invalid
// s, its String form.
func (s DocumentStatus) Text() phase.Text { return phase.Text(documentStatuses.Label(s)) }

// Label returns the status in language l, such as "Til behandling".
func (s DocumentStatus) Label(l phase.Language) string { return s.Text().In(l) }

// MarshalText encodes s as its wire code.
func (s DocumentStatus) MarshalText() ([]byte, error) { return documentStatuses.Marshal(s) }

// UnmarshalText decodes a wire code; anything else is a *enum.ValueError.
func (s *DocumentStatus) UnmarshalText(b []byte) error { return documentStatuses.Unmarshal(b, s) }
