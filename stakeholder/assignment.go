package stakeholder

import (
	"slices"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Assignment gives a project role to a person, or records the role as
// still vacant when Person is empty.
//
// Person is personal data; Redacted removes it and sets Redacted, so a
// published copy still shows that the role is filled.
type Assignment struct {
	// Role is the project role.
	Role Role `json:"role,omitempty" validate:"valid"`
	// Person is the name of the person holding the role (personal data).
	Person string `json:"person,omitempty" privacy:"name"`
	// Position is the person's line role or title, e.g. "rådmann",
	// "IT-leder". It must not carry a name.
	Position string `json:"position,omitempty" validate:"omitempty,filled"`
	// Organisation is the ID of the person's organisation.
	Organisation string `json:"organisation,omitempty" privacy:"id"`
	// Body is the ID of the body the role belongs to, for a member of a
	// faggruppe or referansegruppe.
	Body string `json:"body,omitempty" privacy:"id"`
	// Redacted reports that Person was removed for publishing.
	Redacted bool `json:"redacted,omitempty"`
}

// Designated reports whether someone holds the role: a person is named,
// or was named before the name was redacted.
func (a Assignment) Designated() bool { return a.Redacted || strings.TrimSpace(a.Person) != "" }

// Roles is a project's role assignments. The zero value is an empty list.
type Roles []Assignment

// Holders returns the designated assignments of role r, in order.
func (rs Roles) Holders(r Role) []Assignment {
	var out []Assignment
	for _, a := range rs {
		if a.Role == r && a.Designated() {
			out = append(out, a)
		}
	}
	return out
}

// Check reports the role requirements unmet at decision point p, with
// paths relative to the list ("[2].person"):
//   - role.owner_multiple (error, at every point): more than one project
//     owner; reported at each owner after the first;
//   - role.owner_missing: no project owner; an error from BP2 on, a
//     warning at BP1;
//   - role.benefit_responsible_missing (error from BP2 on): no
//     gevinstansvarlig (BP2 checklist item 4);
//   - role.manager_missing (error from BP2 on): no prosjektleder (BP2
//     checklist item 7);
//   - role.vacant (warning): a role listed without a person;
//   - role.point (error): p is not a decision point.
//
// "From BP2 on" includes BP3 to BP6 and BP3.k: a requirement met before
// BP2 stays a requirement.
func (rs Roles) Check(p phase.DecisionPoint) phase.Findings {
	var fs phase.Findings
	if !p.IsValid() {
		return phase.Findings{finding.New("role.point", "", phase.SeverityError, phase.Text{
			NB: "Ukjent beslutningspunkt", NN: "Ukjent avgjerdspunkt", EN: "Unknown decision point"})}
	}
	owners := 0
	for i, a := range rs {
		if !a.Designated() {
			fs = append(fs, finding.New("role.vacant", indexPath("", i)+".person", phase.SeverityWarning, phase.Text{
				NB: "Rollen " + a.Role.Label(phase.Bokmal) + " er ikke besatt",
				NN: "Rolla " + a.Role.Label(phase.Nynorsk) + " er ikkje sett",
				EN: "The role " + a.Role.Label(phase.English) + " is vacant"}))
			continue
		}
		if a.Role != ProjectOwner {
			continue
		}
		owners++
		if owners > 1 {
			fs = append(fs, finding.New("role.owner_multiple", indexPath("", i)+".role", phase.SeverityError, phase.Text{
				NB: "Prosjektet kan ha bare én prosjekteier",
				NN: "Prosjektet kan ha berre éin prosjekteigar",
				EN: "A project has exactly one project owner"}))
		}
	}
	from2 := p.Major() >= 2
	if owners == 0 {
		sev := phase.SeverityWarning
		if from2 {
			sev = phase.SeverityError
		}
		fs = append(fs, finding.New("role.owner_missing", "", sev, phase.Text{
			NB: "Prosjekteier er ikke utpekt",
			NN: "Prosjekteigar er ikkje peikt ut",
			EN: "No project owner is designated"}))
	}
	if !from2 {
		return fs
	}
	if len(rs.Holders(BenefitResponsible)) == 0 {
		fs = append(fs, finding.New("role.benefit_responsible_missing", "", phase.SeverityError, phase.Text{
			NB: "Gevinstansvarlig må være utpekt før " + phase.BP2.Label() + " (sjekkliste BP2 punkt 4)",
			NN: "Gevinstansvarleg må vere peikt ut før " + phase.BP2.Label() + " (sjekkliste BP2 punkt 4)",
			EN: "A benefit-responsible person must be designated before " + phase.BP2.Label() + " (BP2 checklist item 4)"}))
	}
	if len(rs.Holders(ProjectManager)) == 0 {
		fs = append(fs, finding.New("role.manager_missing", "", phase.SeverityError, phase.Text{
			NB: "Prosjektleder må være utpekt før " + phase.BP2.Label() + " (sjekkliste BP2 punkt 7)",
			NN: "Prosjektleiar må vere peikt ut før " + phase.BP2.Label() + " (sjekkliste BP2 punkt 7)",
			EN: "A project manager must be designated before " + phase.BP2.Label() + " (BP2 checklist item 7)"}))
	}
	return fs
}

// Gate returns a phase.Gate that checks a copy of rs, taken now, at every
// decision point a step covers (GateContext.Covers; the decision's own
// point when Covers is empty). A finding reported for several covered
// points is reported once, with its most serious severity.
func (rs Roles) Gate() phase.Gate {
	snapshot := slices.Clone(rs)
	return phase.GateFunc(func(c phase.GateContext) phase.Findings {
		points := c.Covers
		if len(points) == 0 {
			points = []phase.DecisionPoint{c.Decision.Point}
		}
		var out phase.Findings
		type key struct {
			code phase.Code
			path string
		}
		at := map[key]int{}
		for _, p := range points {
			for _, f := range snapshot.Check(p) {
				k := key{f.Code, f.Path}
				i, dup := at[k]
				switch {
				case !dup:
					at[k] = len(out)
					out = append(out, f)
				case f.Severity < out[i].Severity: // more serious
					out[i] = f
				}
			}
		}
		return out
	})
}
