package stakeholder

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// BodyKind says what kind of governance body a Body is. The zero value is
// unset.
type BodyKind uint8

// The kinds of governance body.
const (
	SteeringGroup  BodyKind = iota + 1 // styringsgruppe
	ProjectGroup                       // prosjektgruppe
	ProjectBoard                       // prosjektstyre
	WorkingGroup                       // faggruppe
	ReferenceGroup                     // referansegruppe
)

var bodyKinds = enum.Table[BodyKind]{
	Type:  "body kind",
	Codes: []string{"steering_group", "project_group", "project_board", "working_group", "reference_group"},
	Labels: []enum.Label{
		SteeringGroup:  {NB: "Styringsgruppe", NN: "Styringsgruppe", EN: "Steering group"},
		ProjectGroup:   {NB: "Prosjektgruppe", NN: "Prosjektgruppe", EN: "Project group"},
		ProjectBoard:   {NB: "Prosjektstyre", NN: "Prosjektstyre", EN: "Project board"},
		WorkingGroup:   {NB: "Faggruppe", NN: "Faggruppe", EN: "Working group"},
		ReferenceGroup: {NB: "Referansegruppe", NN: "Referansegruppe", EN: "Reference group"},
	},
}

// String returns the wire code, such as "steering_group".
func (k BodyKind) String() string { return bodyKinds.String(k) }

// IsValid reports whether k is a known kind.
func (k BodyKind) IsValid() bool { return bodyKinds.Valid(k) }

// Text returns the name of k in bokmål, nynorsk and English; for an invalid
// k, its String form.
func (k BodyKind) Text() phase.Text { return phase.Text(bodyKinds.Label(k)) }

// Label returns the kind in language l, such as "Styringsgruppe".
func (k BodyKind) Label(l phase.Language) string { return k.Text().In(l) }

// MarshalText encodes k as its wire code.
func (k BodyKind) MarshalText() ([]byte, error) { return bodyKinds.Marshal(k) }

// UnmarshalText decodes a wire code.
func (k *BodyKind) UnmarshalText(b []byte) error { return bodyKinds.Unmarshal(b, k) }
