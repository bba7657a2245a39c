package stakeholder

import (
	"fmt"
	"strconv"

	"github.com/digitale-helgeland/veiviser/internal/strict"
	"github.com/digitale-helgeland/veiviser/phase"
)

// plainRegister and plainBody have the fields of Register and Body without
// their methods, for decoding without recursion.
type (
	plainRegister Register
	plainBody     Body
)

// UnmarshalJSON decodes a register strictly: it rejects keys that name no
// field (phase.ErrUnknownField, at every level), unknown enumeration values,
// invalid dates and organisation numbers, impossible membership histories
// and duplicate IDs (organisations, stakeholders, bodies, members of a
// body, memberships of one organisation). The error is a *phase.PathError with
// the path of the offending field. On error r is unchanged.
func (r *Register) UnmarshalJSON(b []byte) error {
	var p plainRegister
	if err := strict.Decode(b, &p); err != nil {
		return err
	}
	checks := []struct {
		list, suffix string
		n            int
		id           func(int) string
	}{
		{"organisations", ".id", len(p.Organisations), func(i int) string { return p.Organisations[i].ID }},
		{"stakeholders", ".id", len(p.Stakeholders), func(i int) string { return p.Stakeholders[i].ID }},
		{"bodies", ".id", len(p.Bodies), func(i int) string { return p.Bodies[i].ID }},
		{"memberships", ".organisation", len(p.Memberships), func(i int) string { return p.Memberships[i].org }},
	}
	for _, c := range checks {
		if err := firstDuplicate(c.list, c.suffix, c.n, c.id); err != nil {
			return err
		}
	}
	*r = Register(p)
	return nil
}

// UnmarshalJSON decodes a body strictly and rejects keys that name no field
// (phase.ErrUnknownField), unknown enumeration values and duplicate member IDs
// with a *phase.PathError naming the path. On error b is
// unchanged.
func (b *Body) UnmarshalJSON(data []byte) error {
	var p plainBody
	if err := strict.Decode(data, &p); err != nil {
		return err
	}
	if err := firstDuplicate("members", ".id", len(p.Members), func(i int) string { return p.Members[i].ID }); err != nil {
		return err
	}
	*b = Body(p)
	return nil
}

// firstDuplicate returns a *phase.PathError wrapping phase.ErrDuplicateID for the
// first ID in a list of n that repeats an earlier one. Blank IDs are left to
// Validate.
func firstDuplicate(list, suffix string, n int, id func(int) string) error {
	seen := make(map[string]int, n)
	for i := range n {
		k := id(i)
		if k == "" {
			continue
		}
		if j, dup := seen[k]; dup {
			return &phase.PathError{Op: "decode",
				Path: indexPath(list, i) + suffix,
				Err:  fmt.Errorf("%w %s (first at %s)", phase.ErrDuplicateID, strconv.Quote(k), indexPath(list, j)),
			}
		}
		seen[k] = i
	}
	return nil
}
