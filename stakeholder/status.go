package stakeholder

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// MeasureStatus is the status of a measure towards a stakeholder. The zero
// value is unset.
type MeasureStatus uint8

// The statuses of a measure.
const (
	Planned    MeasureStatus = iota + 1 // planlagt
	InProgress                          // pågår
	Done                                // gjennomført
	Cancelled                           // avlyst
)

var measureStatuses = enum.Table[MeasureStatus]{
	Type:  "measure status",
	Codes: []string{"planned", "in_progress", "done", "cancelled"},
	Labels: []enum.Label{
		Planned:    {NB: "Planlagt", NN: "Planlagd", EN: "Planned"},
		InProgress: {NB: "Pågår", NN: "Pågår", EN: "In progress"},
		Done:       {NB: "Gjennomført", NN: "Gjennomført", EN: "Done"},
		Cancelled:  {NB: "Avlyst", NN: "Avlyst", EN: "Cancelled"},
	},
}

// String returns the wire code, such as "in_progress".
func (s MeasureStatus) String() string { return measureStatuses.String(s) }

// IsValid reports whether s is a known status.
func (s MeasureStatus) IsValid() bool { return measureStatuses.Valid(s) }

// Text returns the name of s in bokmål, nynorsk and English; for an invalid
// s, its String form.
func (s MeasureStatus) Text() phase.Text { return phase.Text(measureStatuses.Label(s)) }

// Label returns the status in language l.
func (s MeasureStatus) Label(l phase.Language) string { return s.Text().In(l) }

// MarshalText encodes s as its wire code.
func (s MeasureStatus) MarshalText() ([]byte, error) { return measureStatuses.Marshal(s) }

// UnmarshalText decodes a wire code.
func (s *MeasureStatus) UnmarshalText(b []byte) error { return measureStatuses.Unmarshal(b, s) }
