package stakeholder

import "slices"

// Register holds everything this package knows about a project's or a
// collaboration's stakeholders: the organisations, the stakeholder rows
// with their analysis, the project roles, the governance bodies, the
// memberships of the collaboration, the communication plan and the
// involvement of the municipal sector.
//
// Records refer to each other by ID. A Register is plain data: build it
// with composite literals and append, check it with Validate, copy it with
// Clone, publish it with Redacted. Empty lists are omitted in JSON and
// decode as nil. A Register is not safe for concurrent modification.
type Register struct {
	// Name names the project or collaboration, e.g. "Digitale Helgeland".
	Name           string          `json:"name,omitempty" validate:"omitempty,filled"`
	Organisations  []Organisation  `json:"organisations,omitempty" validate:"dive"`
	Stakeholders   []Stakeholder   `json:"stakeholders,omitempty" validate:"dive"`
	Roles          Roles           `json:"roles,omitempty" validate:"dive"`
	Bodies         []Body          `json:"bodies,omitempty" validate:"dive"`
	Memberships    []Membership    `json:"memberships,omitempty"`
	Communications []Communication `json:"communications,omitempty" validate:"dive"`
	Involvement    []Involvement   `json:"involvement,omitempty" validate:"dive"`
}

// Clone returns a deep copy of r.
func (r Register) Clone() Register {
	r.Organisations = slices.Clone(r.Organisations)
	r.Stakeholders = slices.Clone(r.Stakeholders)
	for i := range r.Stakeholders {
		r.Stakeholders[i] = r.Stakeholders[i].Clone()
	}
	r.Roles = slices.Clone(r.Roles)
	r.Bodies = slices.Clone(r.Bodies)
	for i := range r.Bodies {
		r.Bodies[i] = r.Bodies[i].Clone()
	}
	r.Memberships = slices.Clone(r.Memberships)
	for i := range r.Memberships {
		r.Memberships[i].history = slices.Clone(r.Memberships[i].history)
	}
	r.Communications = slices.Clone(r.Communications)
	r.Involvement = slices.Clone(r.Involvement)
	return r
}

// Organisation returns the organisation with ID id.
func (r *Register) Organisation(id string) (Organisation, bool) {
	for _, o := range r.Organisations {
		if o.ID == id {
			return o, true
		}
	}
	return Organisation{}, false
}

// Stakeholder returns a copy of the stakeholder with ID id.
func (r *Register) Stakeholder(id string) (Stakeholder, bool) {
	for _, s := range r.Stakeholders {
		if s.ID == id {
			return s.Clone(), true
		}
	}
	return Stakeholder{}, false
}

// Body returns a pointer to the body with ID id in r.Bodies, for tallying
// or changing it in place. The pointer is valid until r.Bodies is changed.
func (r *Register) Body(id string) (*Body, bool) {
	for i := range r.Bodies {
		if r.Bodies[i].ID == id {
			return &r.Bodies[i], true
		}
	}
	return nil, false
}

// Membership returns a pointer to the membership of organisation org in
// r.Memberships, for changing it in place. The pointer is valid until
// r.Memberships is changed.
func (r *Register) Membership(org string) (*Membership, bool) {
	for i := range r.Memberships {
		if r.Memberships[i].org == org {
			return &r.Memberships[i], true
		}
	}
	return nil, false
}

// MembersIn returns the IDs of the organisations whose membership is in
// state s, in register order.
func (r *Register) MembersIn(s State) []string {
	var out []string
	for i := range r.Memberships {
		if r.Memberships[i].State() == s {
			out = append(out, r.Memberships[i].org)
		}
	}
	return out
}

// CommunicationsFor returns the planned communications with stakeholder id,
// in order.
func (r *Register) CommunicationsFor(id string) []Communication {
	var out []Communication
	for _, c := range r.Communications {
		if c.Stakeholder == id {
			out = append(out, c)
		}
	}
	return out
}
