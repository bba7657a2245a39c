package stakeholder

import "github.com/digitale-helgeland/veiviser/phase"

// Stakeholder is one row of the stakeholder register (interessentregister),
// with the columns of the Interessentanalyse template: organisasjon/enhet/
// gruppe, navn og linjerolle, hovedkategori, forventning og holdning,
// interesse, innflytelse og makt, informasjonsbehov, hovedtiltak and
// status.
//
// Name is personal data when the stakeholder is a person; Redacted removes
// it and sets Redacted. Prefer groups and line roles ("IT-ledere i
// kommunene") to names.
type Stakeholder struct {
	// ID identifies the stakeholder within the register, e.g. "S1".
	ID string `json:"id" validate:"filled" privacy:"id"`
	// Group is the organisation, unit or group (organisasjon/enhet/gruppe),
	// e.g. "IT-ledere".
	Group string `json:"group" validate:"filled"`
	// Organisation is the ID of the stakeholder's organisation, if it is one
	// organisation in the register.
	Organisation string `json:"organisation,omitempty" privacy:"id"`
	// Name is the name of a person (personal data), when the stakeholder is
	// one person.
	Name string `json:"name,omitempty" privacy:"name"`
	// LineRole is the line role (linjerolle), e.g. "rådmann".
	LineRole string `json:"lineRole,omitempty" validate:"omitempty,filled"`
	// Category is the main category (hovedkategori).
	Category Category `json:"category,omitempty" validate:"valid"`
	// Expectations holds the stakeholder's expectations (forventning).
	Expectations string `json:"expectations,omitempty" validate:"omitempty,filled"`
	// Attitude is the attitude (holdning), when assessed.
	Attitude Attitude `json:"attitude,omitempty" validate:"omitempty,valid"`
	// Interest is the stakeholder's interest in the project (interesse).
	Interest Level `json:"interest,omitempty" validate:"valid"`
	// Influence is the stakeholder's influence and power (innflytelse og
	// makt).
	Influence Level `json:"influence,omitempty" validate:"valid"`
	// InformationNeeds holds the information needs (informasjonsbehov).
	InformationNeeds string `json:"informationNeeds,omitempty" validate:"omitempty,filled"`
	// Measures holds the main measures (hovedtiltak) with owner, deadline
	// and status.
	Measures []Measure `json:"measures,omitempty" validate:"dive"`
	// Redacted reports that Name was removed for publishing.
	Redacted bool `json:"redacted,omitempty"`
}

// Measure is a main measure (hovedtiltak) towards a stakeholder. Its owner
// is a project role, never a name.
type Measure struct {
	Description string        `json:"description" validate:"filled"`
	Owner       Role          `json:"owner,omitempty" validate:"valid"`
	Deadline    phase.Date    `json:"deadline,omitzero" validate:"omitempty,valid"`
	Status      MeasureStatus `json:"status,omitempty" validate:"valid"`
}

// Quadrant returns the stakeholder's cell in the interest/influence grid,
// or the zero Quadrant when interest or influence is unset.
func (s Stakeholder) Quadrant() Quadrant { return Classify(s.Interest, s.Influence) }

// NeedsCommunication reports whether the stakeholder has high interest or
// high influence (Medium or High) and so needs at least one planned
// communication.
func (s Stakeholder) NeedsCommunication() bool { return s.Interest.IsHigh() || s.Influence.IsHigh() }

// Clone returns a deep copy of s.
func (s Stakeholder) Clone() Stakeholder {
	s.Measures = append([]Measure(nil), s.Measures...)
	return s
}
