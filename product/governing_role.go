package product

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Role is a role in a project organisation as the governing document
// names it. The zero value is unset.
type Role uint8

// The roles of the governing document template.
const (
	RoleOwner            Role = iota + 1 // prosjekteier
	RoleSeniorUser                       // seniorbruker
	RoleSeniorSupplier                   // seniorleverandør
	RoleProjectManager                   // prosjektleder
	RoleBenefitOwner                     // gevinstansvarlig
	RoleQualityAssurance                 // kvalitetssikrer
	RoleOther                            // another role, named in Member.Title
)

var roles = enum.Table[Role]{Type: "role", Codes: []string{
	"owner", "senior_user", "senior_supplier", "project_manager", "benefit_owner", "quality_assurance", "other",
}}

var roleLabels = [...]phase.Text{
	RoleOwner:            {NB: "Prosjekteier", NN: "Prosjekteigar", EN: "Project owner"},
	RoleSeniorUser:       {NB: "Seniorbruker", NN: "Seniorbrukar", EN: "Senior user"},
	RoleSeniorSupplier:   {NB: "Seniorleverandør", NN: "Seniorleverandør", EN: "Senior supplier"},
	RoleProjectManager:   {NB: "Prosjektleder", NN: "Prosjektleiar", EN: "Project manager"},
	RoleBenefitOwner:     {NB: "Gevinstansvarlig", NN: "Gevinstansvarleg", EN: "Benefit owner"},
	RoleQualityAssurance: {NB: "Kvalitetssikrer", NN: "Kvalitetssikrar", EN: "Quality assurer"},
	RoleOther:            {NB: "Annen rolle", NN: "Anna rolle", EN: "Other role"},
}

// String returns the wire code, such as "senior_user".
func (r Role) String() string { return roles.String(r) }

// IsValid reports whether r is a known role.
func (r Role) IsValid() bool { return roles.Valid(r) }

// Label returns the role's name in language l, such as "Seniorbruker".
func (r Role) Label(l phase.Language) string {
	if !r.IsValid() {
		return r.String()
	}
	return roleLabels[r].In(l)
}

// MarshalText encodes r as its wire code.
func (r Role) MarshalText() ([]byte, error) { return roles.Marshal(r) }

// UnmarshalText decodes a wire code; anything else is a *phase.ValueError.
func (r *Role) UnmarshalText(b []byte) error { return roles.Unmarshal(b, r) }

// Member is a person in a role of the project organisation. Title names a
// RoleOther ("Arkitekt") and may refine any other role.
type Member struct {
	Role  Role   `json:"role,omitempty" validate:"valid"`
	Title string `json:"title,omitempty"`
	Name  string `json:"name" validate:"filled"`
}
