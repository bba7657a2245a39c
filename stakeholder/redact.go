package stakeholder

import (
	"slices"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/internal/redact"
	"github.com/digitale-helgeland/veiviser/phase"
)

// RedactedName replaces a personal name found in free text of a redacted
// register.
const RedactedName = "(navn fjernet)"

// PersonalNames returns the distinct personal names in the register's name
// fields (Stakeholder.Name, Assignment.Person, Member.Person), trimmed and
// sorted.
func (r *Register) PersonalNames() []string {
	var out []string
	add := func(s string) {
		if t := strings.TrimSpace(s); t != "" {
			out = append(out, t)
		}
	}
	for _, s := range r.Stakeholders {
		add(s.Name)
	}
	for _, a := range r.Roles {
		add(a.Person)
	}
	for _, b := range r.Bodies {
		for _, m := range b.Members {
			add(m.Person)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// eachText calls fn with the path and address of every free-text field of
// the register: every string field that is neither a personal-name field
// nor an ID or reference. TestRedactedCoversEveryField keeps this list
// complete.
func (r *Register) eachText(fn func(path string, s *string)) {
	fn("name", &r.Name)
	for i := range r.Organisations {
		fn(indexPath("organisations", i)+".name", &r.Organisations[i].Name)
	}
	for i := range r.Stakeholders {
		s := &r.Stakeholders[i]
		p := indexPath("stakeholders", i)
		fn(p+".group", &s.Group)
		fn(p+".lineRole", &s.LineRole)
		fn(p+".expectations", &s.Expectations)
		fn(p+".informationNeeds", &s.InformationNeeds)
		for j := range s.Measures {
			fn(p+indexPath(".measures", j)+".description", &s.Measures[j].Description)
		}
	}
	for i := range r.Roles {
		fn(indexPath("roles", i)+".position", &r.Roles[i].Position)
	}
	for i := range r.Bodies {
		b := &r.Bodies[i]
		p := indexPath("bodies", i)
		fn(p+".name", &b.Name)
		for j := range b.Members {
			fn(p+indexPath(".members", j)+".position", &b.Members[j].Position)
		}
	}
	for i := range r.Memberships {
		for j := range r.Memberships[i].history {
			fn(indexPath("memberships", i)+indexPath(".history", j)+".note", &r.Memberships[i].history[j].Note)
		}
	}
	for i := range r.Communications {
		c := &r.Communications[i]
		p := indexPath("communications", i)
		fn(p+".goal", &c.Goal)
		fn(p+".message", &c.Message)
		fn(p+".when", &c.When)
	}
	for i := range r.Involvement {
		fn(indexPath("involvement", i)+".justification", &r.Involvement[i].Justification)
	}
}

// NameLeaks reports, as privacy.name_in_text warnings, every free-text
// field that contains one of the register's personal names (see
// PersonalNames) in any form Redacted removes: in any case, in the
// genitive, surname first, with odd spaces or line breaks between the
// parts, or decomposed. Names must live in the name fields only, so that
// Redacted can remove them; write roles in free text instead. A name that
// appears nowhere in a name field cannot be found, nor can a part of a
// name alone.
func (r *Register) NameLeaks() phase.Findings {
	names := r.PersonalNames()
	if len(names) == 0 {
		return nil
	}
	rep := redact.New(names, RedactedName)
	var fs phase.Findings
	r.eachText(func(path string, s *string) {
		if rep.Contains(*s) {
			fs = append(fs, finding.New("privacy.name_in_text", path, phase.SeverityWarning, phase.Text{
				NB: "Fritekst inneholder et personnavn; skriv rollen i stedet",
				NN: "Fritekst inneheld eit personnamn; skriv rolla i staden",
				EN: "Free text contains a personal name; write the role instead"}))
		}
	})
	return fs
}

// Redacted returns a copy of r for publishing: every personal-name field
// is emptied and marked Redacted (so a filled role still shows as filled),
// and every occurrence of those names in free text is replaced by
// RedactedName, in whatever form it is written: in any case, in the
// genitive ("Kari Nordmanns", "Kari Nordmann's"), surname first
// ("Nordmann, Kari"), with several spaces, a no-break space or a line
// break between the parts, or in decomposed Unicode. Organisations,
// roles, positions and all other data are kept, positions scrubbed like
// all free text; r is not modified.
//
// Redaction removes the names the register knows as names, whole. It
// cannot recognise a name that appears only in free text, nor a first
// name or surname alone, nor initials; Validate warns about free text that
// holds a known name, and IDs should be codes, not names.
func (r *Register) Redacted() Register {
	names := r.PersonalNames()
	c := r.Clone()
	for i := range c.Stakeholders {
		redactName(&c.Stakeholders[i].Name, &c.Stakeholders[i].Redacted)
	}
	for i := range c.Roles {
		redactName(&c.Roles[i].Person, &c.Roles[i].Redacted)
	}
	for i := range c.Bodies {
		for j := range c.Bodies[i].Members {
			m := &c.Bodies[i].Members[j]
			redactName(&m.Person, &m.Redacted)
		}
	}
	rep := redact.New(names, RedactedName)
	c.eachText(func(_ string, s *string) { *s = rep.Replace(*s) })
	return c
}

func redactName(name *string, flag *bool) {
	if strings.TrimSpace(*name) != "" {
		*flag = true
	}
	*name = ""
}
