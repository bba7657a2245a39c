package checklist

import (
	"encoding/json"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/errs"
	"github.com/digitale-helgeland/veiviser/internal/strict"
	"github.com/digitale-helgeland/veiviser/phase"
)

// phaseKeyPrefix starts the key of a phase's own checklist in the stored
// form of a Set: "phase:planning".
const phaseKeyPrefix = "phase:"

// phaseKey returns the key under which a Set stores the checklist of phase
// ph, such as "phase:planning".
func phaseKey(ph phase.Phase) string { return phaseKeyPrefix + ph.String() }

// MarshalJSON encodes the Set as one object, keys sorted:
//
//	"bp1" … "bp6"     the checklist of each decision point, "bp3.1" for BP3.1
//	"phase:planning"  a phase's own checklist, "phase:" and the phase's wire
//	                  code ("phase:idea" … "phase:realisation")
//	"ks"              the KS checklist
//
// so that the paths of Gate's findings ("checklists.bp2.items[3]") point
// into the stored form. Each value is a checklist as Checklist.MarshalJSON
// writes it.
//
// MarshalJSON refuses what UnmarshalJSON would refuse: a checklist that
// does not validate (a Level changed to zero, a blank ID) or that no
// longer fits its key (the checklist under "bp2" whose Point was changed
// to BP3, a phase checklist given a Point, a KS checklist whose ID is not
// "ks"). The error is a *phase.PathError whose path starts with the key, such
// as "bp2.point" or "ks.level".
func (s *Set) MarshalJSON() ([]byte, error) {
	m := make(map[string]json.RawMessage, len(s.lists)+len(s.phases)+1)
	put := func(key string, c *Checklist, fits func(*Checklist) error) error {
		if c == nil {
			return &phase.PathError{Op: "encode", Path: key, Err: fmt.Errorf("%w: nil checklist", ErrInvalidChecklist)}
		}
		if err := c.validate(); err != nil {
			return prefixError(key, err)
		}
		if err := fits(c); err != nil {
			return err
		}
		b, err := c.encode()
		if err != nil {
			return prefixError(key, err)
		}
		m[key] = b
		return nil
	}
	for _, p := range s.Points() { // in order, so that the first error is always the same
		c := s.lists[p]
		if err := put(p.String(), c, func(c *Checklist) error { return fitsPoint(p, c) }); err != nil {
			return nil, err
		}
	}
	for _, ph := range s.Phases() {
		c := s.phases[ph]
		if err := put(phaseKey(ph), c, func(c *Checklist) error { return fitsPhase(ph, c) }); err != nil {
			return nil, err
		}
	}
	if s.ks != nil {
		if err := put(ksID, s.ks, fitsKS); err != nil {
			return nil, err
		}
	}
	// The object json.Marshal(m) would write, keys sorted, without its
	// scanning each checklist again as a json.RawMessage (issue 14): each
	// is json.Marshal's own output, compact and escaped.
	n := 2
	for _, b := range m {
		n += len(b) + 24
	}
	out := make([]byte, 0, n)
	out = append(out, '{')
	for i, k := range slices.Sorted(maps.Keys(m)) {
		if i > 0 {
			out = append(out, ',')
		}
		key, err := json.Marshal(k)
		if err != nil {
			return nil, err
		}
		out = append(append(out, key...), ':')
		out = append(out, m[k]...)
	}
	return append(out, '}'), nil
}

// fitsPoint reports whether c, valid, may be stored as the checklist of p.
func fitsPoint(p phase.DecisionPoint, c *Checklist) error {
	if c.Point != p {
		return &phase.PathError{Op: "validate", Path: p.String() + ".point", Err: fmt.Errorf("%w: the checklist of %s is for %s", ErrInvalidChecklist, p.Label(), pointLabel(c.Point))}
	}
	return nil
}

// fitsPhase reports whether c, valid, may be stored as phase ph's own
// checklist.
func fitsPhase(ph phase.Phase, c *Checklist) error {
	key := phaseKey(ph)
	switch {
	case c.Point != 0:
		return &phase.PathError{Op: "validate", Path: key + ".point", Err: fmt.Errorf("%w: a phase's own checklist belongs to no decision point; store the checklist of %s under %q", ErrInvalidChecklist, c.Point.Label(), c.Point.String())}
	case c.Phase != ph:
		return &phase.PathError{Op: "validate", Path: key + ".phase", Err: fmt.Errorf("%w: the checklist of the %s phase is for %s", ErrInvalidChecklist, ph, c.Phase)}
	}
	return nil
}

// fitsKS reports whether c, valid, may be stored as the KS checklist.
func fitsKS(c *Checklist) error {
	switch {
	case c.Point != 0:
		return &phase.PathError{Op: "validate", Path: "ks.point", Err: fmt.Errorf("%w: the KS checklist belongs to no decision point", ErrInvalidChecklist)}
	case c.Phase != 0:
		return &phase.PathError{Op: "validate", Path: "ks.phase", Err: fmt.Errorf("%w: the KS checklist belongs to no single phase; store a phase's own checklist under %q", ErrInvalidChecklist, phaseKey(c.Phase))}
	case c.ID != ksID:
		return &phase.PathError{Op: "validate", Path: "ks.id", Err: fmt.Errorf("%w: the KS checklist has the ID %q, not %q", ErrInvalidChecklist, ksID, c.ID)}
	}
	return nil
}

func pointLabel(p phase.DecisionPoint) string {
	if p == 0 {
		return "no decision point"
	}
	return p.Label()
}

// UnmarshalJSON decodes what MarshalJSON writes. A key that is not
// "municipal", "ks", a decision point's code or "phase:" and a phase's
// code (exactly as MarshalJSON writes them), a checklist that does not fit
// its key, and every error a checklist's decoding reports are errors
// naming the path; on error s is unchanged.
//
// One form written by earlier versions is read too: a phase's own
// checklist (no Point, a Phase) stored under "ks", where Put used to put
// it in place of the KS checklist. It is read as that phase's checklist,
// and the Set then has no KS checklist (a municipal project's gate reports
// it missing). It is an error when the phase's key holds a checklist too.
func (s *Set) UnmarshalJSON(b []byte) error {
	// The object is a map, so there are no unknown fields to refuse, and
	// json.Unmarshal refuses data after the value itself: jsonpath.Strict,
	// which each checklist goes through, would only buffer the whole Set
	// once more.
	var raw map[string]json.RawMessage
	if data, err := strict.Check(b, reflect.TypeOf(raw)); data == nil {
		pe := err.(*phase.PathError)
		return &phase.PathError{Op: "decode", Path: pe.Path, Err: errs.Kind(ErrInvalidChecklist, pe.Err)}
	}
	if err := json.Unmarshal(b, &raw); err != nil {
		return &phase.PathError{Op: "decode", Err: fmt.Errorf("%w: %v", ErrInvalidChecklist, err)}
	}
	d := Set{lists: map[phase.DecisionPoint]*Checklist{}}
	put := func(ph phase.Phase, c *Checklist) {
		if d.phases == nil {
			d.phases = map[phase.Phase]*Checklist{}
		}
		d.phases[ph] = c
	}
	for _, k := range slices.Sorted(maps.Keys(raw)) {
		v := raw[k]
		slot, err := parseKey(k)
		if err != nil {
			return err
		}
		c := new(Checklist)
		if err := c.UnmarshalJSON(v); err != nil {
			return prefixError(k, err)
		}
		switch {
		case slot.ks && c.Point == 0 && c.Phase != 0: // written by the old Put
			if _, taken := raw[phaseKey(c.Phase)]; taken {
				return &phase.PathError{Op: "decode", Path: "ks.phase", Err: fmt.Errorf("%w: the checklist of the %s phase is stored under %q, and under \"ks\" too", ErrInvalidChecklist, c.Phase, phaseKey(c.Phase))}
			}
			put(c.Phase, c)
		case slot.ks:
			if err := fitsKS(c); err != nil {
				return err
			}
			d.ks = c
		case slot.phase != 0:
			if err := fitsPhase(slot.phase, c); err != nil {
				return err
			}
			put(slot.phase, c)
		default:
			if err := fitsPoint(slot.point, c); err != nil {
				return err
			}
			d.lists[slot.point] = c
		}
	}
	*s = d
	return nil
}

// slot is where a key of the stored form puts its checklist: exactly one
// field is set.
type slot struct {
	point phase.DecisionPoint
	phase phase.Phase
	ks    bool
}

// parseKey reads a key of the stored form other than "municipal". Only
// the keys MarshalJSON writes are accepted, so that a decoded Set encodes
// to the same keys.
func parseKey(k string) (slot, error) {
	if k == ksID {
		return slot{ks: true}, nil
	}
	if code, ok := strings.CutPrefix(k, phaseKeyPrefix); ok {
		var ph phase.Phase
		if ph.UnmarshalText([]byte(code)) == nil && ph.String() == code {
			return slot{phase: ph}, nil
		}
	} else if p, err := phase.ParsePoint(k); err == nil && p.String() == k {
		return slot{point: p}, nil
	}
	return slot{}, &phase.PathError{Op: "decode", Path: k, Err: fmt.Errorf("%w: unknown key %q (want \"ks\", a decision point such as \"bp2\" or a phase such as \"phase:planning\")", ErrInvalidChecklist, k)}
}

// prefixError puts key in front of the path of a *phase.PathError from decoding
// the checklist under key.
func prefixError(key string, err error) error { return errs.Wrap("validate", key, err) }
