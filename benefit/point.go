package benefit

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// PointKind is a planned measurement point (måletidspunkt) of the
// template's follow-up table: nullpunkt, midtveis, slutt. The zero value
// is unset.
type PointKind uint8

// The planned measurement points, in the order they come.
const (
	PointBaseline PointKind = iota + 1 // nullpunkt
	PointMidway                        // midtveis
	PointFinal                         // slutt
)

var pointKinds = enum.Table[PointKind]{
	Type:  "measurement point",
	Codes: []string{"baseline", "midway", "final"},
	Labels: []enum.Label{
		PointBaseline: {NB: "Nullpunkt", NN: "Nullpunkt", EN: "Baseline"},
		PointMidway:   {NB: "Midtveis", NN: "Midtvegs", EN: "Midway"},
		PointFinal:    {NB: "Slutt", NN: "Slutt", EN: "Final"},
	},
}

// String returns the wire code: "baseline", "midway" or "final".
func (k PointKind) String() string { return pointKinds.String(k) }

// IsValid reports whether k is one of the measurement points.
func (k PointKind) IsValid() bool { return pointKinds.Valid(k) }

// Text returns the name of k in bokmål, nynorsk and English; for an invalid
// k, its String form.
func (k PointKind) Text() phase.Text { return phase.Text(pointKinds.Label(k)) }

// Label returns the measurement point's name in language l.
func (k PointKind) Label(l phase.Language) string { return k.Text().In(l) }

// MarshalText encodes k as its wire code.
func (k PointKind) MarshalText() ([]byte, error) { return pointKinds.Marshal(k) }

// UnmarshalText decodes a wire code.
func (k *PointKind) UnmarshalText(b []byte) error { return pointKinds.Unmarshal(b, k) }

// PlannedPoint is a planned measurement: when the indicator is to be
// measured (nullpunkt, midtveis or slutt).
type PlannedPoint struct {
	Kind PointKind  `json:"kind,omitempty" validate:"valid"`
	Date phase.Date `json:"date" validate:"valid"`
}
