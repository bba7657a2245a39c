package stakeholder

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Role is a project role of Prosjektveiviseren: the one vocabulary of roles
// in the module, used by the stakeholder register, the governance bodies and
// the governing document's organisation (product.Appointment). The roles are
// those of the Styringsdokument template's "Organisering" and of
// Prosjektveiviseren's pages on roles (prosjekteier, prosjektleder,
// gevinstansvarlig, seniorbruker, seniorleverandør, kvalitetssikrer), with
// gevinsteier (the line manager who owns one benefit, from the
// Gevinstrealiseringsplan template) kept apart from gevinstansvarlig. The
// zero value is unset.
type Role uint8

// The project roles.
const (
	ProjectOwner         Role = iota + 1 // prosjekteier
	ProjectManager                       // prosjektleder
	BenefitResponsible                   // gevinstansvarlig: answers for realising the benefits
	BenefitOwner                         // gevinsteier: owns one benefit in the line
	SeniorUser                           // seniorbruker
	SeniorSupplier                       // seniorleverandør
	Secretariat                          // sekretariat
	WorkingGroupMember                   // medlem av en faggruppe
	ReferenceGroupMember                 // medlem av en referansegruppe
	QualityAssurance                     // kvalitetssikrer
	OtherRole                            // another role, named by the one who records it
)

var roles = enum.Table[Role]{
	Type: "role",
	Codes: []string{
		"project_owner", "project_manager", "benefit_responsible", "benefit_owner", "senior_user",
		"senior_supplier", "secretariat", "working_group_member", "reference_group_member",
		"quality_assurance", "other",
	},
	Labels: []enum.Label{
		ProjectOwner:         {NB: "Prosjekteier", NN: "Prosjekteigar", EN: "Project owner"},
		ProjectManager:       {NB: "Prosjektleder", NN: "Prosjektleiar", EN: "Project manager"},
		BenefitResponsible:   {NB: "Gevinstansvarlig", NN: "Gevinstansvarleg", EN: "Benefit-responsible"},
		BenefitOwner:         {NB: "Gevinsteier", NN: "Gevinsteigar", EN: "Benefit owner"},
		SeniorUser:           {NB: "Seniorbruker", NN: "Seniorbrukar", EN: "Senior user"},
		SeniorSupplier:       {NB: "Seniorleverandør", NN: "Seniorleverandør", EN: "Senior supplier"},
		Secretariat:          {NB: "Sekretariat", NN: "Sekretariat", EN: "Secretariat"},
		WorkingGroupMember:   {NB: "Medlem av faggruppe", NN: "Medlem av faggruppe", EN: "Working group member"},
		ReferenceGroupMember: {NB: "Medlem av referansegruppe", NN: "Medlem av referansegruppe", EN: "Reference group member"},
		QualityAssurance:     {NB: "Kvalitetssikrer", NN: "Kvalitetssikrar", EN: "Quality assurer"},
		OtherRole:            {NB: "Annen rolle", NN: "Anna rolle", EN: "Other role"},
	},
}

// ProjectRoles returns every role in order.
func ProjectRoles() []Role { return roles.All() }

// String returns the wire code, such as "benefit_responsible".
func (r Role) String() string { return roles.String(r) }

// IsValid reports whether r is a known role.
func (r Role) IsValid() bool { return roles.Valid(r) }

// Text returns the name of r in bokmål, nynorsk and English; for an invalid
// r, its String form.
func (r Role) Text() phase.Text { return phase.Text(roles.Label(r)) }

// Label returns the role's name in language l, such as "Gevinstansvarlig".
func (r Role) Label(l phase.Language) string { return r.Text().In(l) }

// MarshalText encodes r as its wire code.
func (r Role) MarshalText() ([]byte, error) { return roles.Marshal(r) }

// UnmarshalText decodes a wire code.
func (r *Role) UnmarshalText(b []byte) error { return roles.Unmarshal(b, r) }
