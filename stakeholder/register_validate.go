package stakeholder

import (
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/internal/validate"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Validate reports, with JSON paths such as "stakeholders[2].influence":
//   - field.* (error): missing or malformed fields, from the struct tags;
//   - register.duplicate_id (error): two organisations, stakeholders or
//     bodies with the same ID, or two memberships of one organisation;
//   - register.unknown_ref (error): an ID that names no record of the
//     kind expected;
//   - membership.organisation (error): a membership without organisation
//     (the zero Membership), which MarshalJSON refuses to write;
//   - organisation.municipality_number (warning): a municipality number
//     on an organisation that is not a municipality;
//   - role.owner_multiple (error): more than one project owner (the
//     requirements that depend on the decision point are in Roles.Check);
//   - body.* : as Body.Validate, below "bodies[i]";
//   - communication.missing (error): a stakeholder with high interest or
//     high influence (Medium or High) and no planned communication;
//   - involvement.agency_kind, involvement.counterpart_kind (error): an
//     involvement record whose agency is not a state agency, or whose
//     counterpart is neither KS nor a municipality;
//   - privacy.name_in_text (warning): a personal name from a name field
//     found in free text (see NameLeaks).
//
// It returns nil for a valid register.
func (r *Register) Validate() phase.Findings {
	fs := validate.Struct(r)
	orgs := idIndex(len(r.Organisations), func(i int) string { return r.Organisations[i].ID })
	stakeholders := idIndex(len(r.Stakeholders), func(i int) string { return r.Stakeholders[i].ID })
	bodies := idIndex(len(r.Bodies), func(i int) string { return r.Bodies[i].ID })
	members := idIndex(len(r.Memberships), func(i int) string { return r.Memberships[i].org })
	fs = append(fs, orgs.duplicates("organisations", ".id")...)
	fs = append(fs, stakeholders.duplicates("stakeholders", ".id")...)
	fs = append(fs, bodies.duplicates("bodies", ".id")...)
	fs = append(fs, members.duplicates("memberships", ".organisation")...)

	ref := func(idx ids, kind phase.Text, path, id string) {
		if id == "" {
			return
		}
		if _, ok := idx.first[id]; !ok {
			fs = append(fs, unknownRef(path, id, kind))
		}
	}
	for i, o := range r.Organisations {
		if o.MunicipalityNumber != "" && o.Kind != Municipality {
			fs = append(fs, finding.New("organisation.municipality_number", indexPath("organisations", i)+".municipalityNumber", phase.SeverityWarning, phase.Text{
				NB: "Bare kommuner har kommunenummer", NN: "Berre kommunar har kommunenummer", EN: "Only municipalities have a municipality number"}))
		}
	}
	for i, s := range r.Stakeholders {
		ref(orgs, orgWord, indexPath("stakeholders", i)+".organisation", s.Organisation)
	}
	for i, a := range r.Roles {
		ref(orgs, orgWord, indexPath("roles", i)+".organisation", a.Organisation)
		ref(bodies, bodyWord, indexPath("roles", i)+".body", a.Body)
	}
	for _, f := range r.Roles.Check(phase.BP1) {
		if f.Code == "role.owner_multiple" {
			f.Path = join("roles", f.Path)
			fs = append(fs, f)
		}
	}
	for i := range r.Bodies {
		b := &r.Bodies[i]
		p := indexPath("bodies", i)
		fs = append(fs, b.check().WithPrefix(p)...)
		for j, m := range b.Members {
			ref(orgs, orgWord, p+indexPath(".members", j)+".organisation", m.Organisation)
		}
	}
	for i := range r.Memberships {
		p := indexPath("memberships", i) + ".organisation"
		if r.Memberships[i].org == "" {
			fs = append(fs, noOrganisation(p)) // the zero Membership: it could not be saved
			continue
		}
		ref(orgs, orgWord, p, r.Memberships[i].org)
	}
	planned := map[string]bool{}
	for i, c := range r.Communications {
		ref(stakeholders, stakeholderWord, indexPath("communications", i)+".stakeholder", c.Stakeholder)
		planned[c.Stakeholder] = true
	}
	for i, s := range r.Stakeholders {
		if s.NeedsCommunication() && !planned[s.ID] {
			fs = append(fs, finding.New("communication.missing", indexPath("stakeholders", i), phase.SeverityError, phase.Text{
				NB: "Interessenten " + strconv.Quote(s.Group) + " har middels eller stor interesse eller innflytelse, men ingen planlagt kommunikasjon",
				NN: "Interessenten " + strconv.Quote(s.Group) + " har middels eller stor interesse eller påverknad, men inga planlagd kommunikasjon",
				EN: "Stakeholder " + strconv.Quote(s.Group) + " has medium or high interest or influence but no planned communication"}))
		}
	}
	for i, v := range r.Involvement {
		p := indexPath("involvement", i)
		if o, ok := r.Organisation(v.Agency); ok && o.Kind != StateAgency {
			fs = append(fs, finding.New("involvement.agency_kind", p+".agency", phase.SeverityError, phase.Text{
				NB: "Samordningen gjelder en statlig virksomhet, ikke " + strings.ToLower(o.Kind.Label(phase.Bokmal)),
				NN: "Samordninga gjeld ei statleg verksemd, ikkje " + strings.ToLower(o.Kind.Label(phase.Nynorsk)),
				EN: "Coordination is recorded for a state agency, not " + strings.ToLower(o.Kind.Label(phase.English))}))
		} else if !ok {
			ref(orgs, orgWord, p+".agency", v.Agency)
		}
		if o, ok := r.Organisation(v.Counterpart); ok && o.Kind != KS && o.Kind != Municipality {
			fs = append(fs, finding.New("involvement.counterpart_kind", p+".counterpart", phase.SeverityError, phase.Text{
				NB: "Motparten må være KS eller en kommune",
				NN: "Motparten må vere KS eller ein kommune",
				EN: "The counterpart must be KS or a municipality"}))
		} else if !ok {
			ref(orgs, orgWord, p+".counterpart", v.Counterpart)
		}
	}
	fs = append(fs, r.NameLeaks()...)
	return fs
}

var (
	orgWord         = phase.Text{NB: "organisasjon", NN: "organisasjon", EN: "organisation"}
	bodyWord        = phase.Text{NB: "organ", NN: "organ", EN: "body"}
	stakeholderWord = phase.Text{NB: "interessent", NN: "interessent", EN: "stakeholder"}
)

func unknownRef(path, id string, kind phase.Text) phase.Finding {
	q := strconv.Quote(id)
	return finding.New("register.unknown_ref", path, phase.SeverityError, phase.Text{
		NB: "Finner ingen " + kind.NB + " med ID " + q,
		NN: "Finn ingen " + kind.NN + " med ID " + q,
		EN: "No " + kind.EN + " has ID " + q})
}

// ids maps each non-blank ID of a list to its first index, and records the
// indexes of later duplicates.
type ids struct {
	first map[string]int
	dups  []int
	id    func(int) string
}

func idIndex(n int, id func(int) string) ids {
	x := ids{first: make(map[string]int, n), id: id}
	for i := range n {
		k := id(i)
		if strings.TrimSpace(k) == "" {
			continue
		}
		if _, dup := x.first[k]; dup {
			x.dups = append(x.dups, i)
			continue
		}
		x.first[k] = i
	}
	return x
}

// duplicates reports each duplicate at list[i]+suffix.
func (x ids) duplicates(list, suffix string) phase.Findings {
	var fs phase.Findings
	for _, i := range x.dups {
		k := x.id(i)
		fs = append(fs, duplicateFinding("register.duplicate_id", indexPath(list, i)+suffix, k, indexPath(list, x.first[k])))
	}
	return fs
}
