package product

import (
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// Appointment is a person in a role of the project organisation, a row of
// the governing document's "Organisering". Role comes from the module's one
// role vocabulary (stakeholder.Role); Title names a stakeholder.OtherRole
// ("Arkitekt") and may refine any other role.
type Appointment struct {
	Role  stakeholder.Role `json:"role,omitempty" validate:"valid"`
	Title string           `json:"title,omitempty"`
	Name  string           `json:"name" validate:"filled"`
}

// legacyGoverningRoles maps the role codes of the governing document's own
// role list, written by stored documents of schema version 1, to the codes
// of stakeholder.Role. Only "owner" and "benefit_owner" differ: the old
// "benefit_owner" meant gevinstansvarlig, which stakeholder.Role calls
// "benefit_responsible" ("benefit_owner" there is gevinsteier).
var legacyGoverningRoles = map[string]string{
	"owner":             stakeholder.ProjectOwner.String(),
	"senior_user":       stakeholder.SeniorUser.String(),
	"senior_supplier":   stakeholder.SeniorSupplier.String(),
	"project_manager":   stakeholder.ProjectManager.String(),
	"benefit_owner":     stakeholder.BenefitResponsible.String(),
	"quality_assurance": stakeholder.QualityAssurance.String(),
	"other":             stakeholder.OtherRole.String(),
}
