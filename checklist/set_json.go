package checklist

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"github.com/digitale-helgeland/veiviser/phase"
)

// MarshalJSON encodes the Set as one object: "municipal", then each
// checklist under its decision point's code ("bp1" … "bp6", "bp3.1") and
// the KS checklist under "ks", so that the paths of Gate's findings
// ("checklists.bp2.items[3]") point into the stored form.
func (s *Set) MarshalJSON() ([]byte, error) {
	m := make(map[string]any, len(s.lists)+2)
	m["municipal"] = s.Municipal
	for p, c := range s.lists {
		m[p.String()] = c
	}
	if s.ks != nil {
		m["ks"] = s.ks
	}
	return json.Marshal(m) // encoding/json sorts the keys
}

// UnmarshalJSON decodes what MarshalJSON writes. A key that is not
// "municipal", "ks" or a decision point's code, a checklist stored under
// another point than its own, and every error a checklist's decoding
// reports are errors naming the path; on error s is unchanged.
func (s *Set) UnmarshalJSON(b []byte) error {
	var raw map[string]json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return &PathError{Err: fmt.Errorf("%w: %v", ErrInvalidChecklist, err)}
	}
	d := Set{lists: map[phase.DecisionPoint]*Checklist{}}
	for _, k := range slices.Sorted(maps.Keys(raw)) {
		v := raw[k]
		switch k {
		case "municipal":
			if err := json.Unmarshal(v, &d.Municipal); err != nil {
				return &PathError{Path: k, Err: fmt.Errorf("%w: %v", ErrInvalidChecklist, err)}
			}
			continue
		}
		var p phase.DecisionPoint
		if k != "ks" {
			var err error
			if p, err = phase.ParsePoint(k); err != nil || p.String() != k {
				return &PathError{Path: k, Err: fmt.Errorf("%w: unknown key %q (want \"municipal\", \"ks\" or a decision point such as \"bp2\")", ErrInvalidChecklist, k)}
			}
		}
		c := new(Checklist)
		if err := json.Unmarshal(v, c); err != nil {
			return prefixError(k, err)
		}
		if k == "ks" {
			if c.Point != 0 {
				return &PathError{Path: "ks.point", Err: fmt.Errorf("%w: the KS checklist belongs to no decision point", ErrInvalidChecklist)}
			}
			d.ks = c
			continue
		}
		if c.Point != p {
			return &PathError{Path: k + ".point", Err: fmt.Errorf("%w: the checklist of %s is for %s", ErrInvalidChecklist, p.Label(), c.Point.Label())}
		}
		d.lists[p] = c
	}
	*s = d
	return nil
}

// prefixError puts key in front of the path of a *PathError from decoding
// the checklist under key.
func prefixError(key string, err error) error {
	if pe, ok := err.(*PathError); ok {
		return &PathError{Path: phase.JoinPath(key, pe.Path), Err: pe.Err}
	}
	return &PathError{Path: key, Err: err}
}
