package benefit

import (
	"encoding/json"
	"fmt"

	"github.com/digitale-helgeland/veiviser/internal/strict"
	"github.com/digitale-helgeland/veiviser/phase"
)

// planFields is Plan without its methods, for encoding/json.
type planFields Plan

// UnmarshalJSON decodes a plan and rejects, with a *phase.PathError naming the
// JSON path of the offending value:
//   - unknown enumeration values ("benefits[3].area": a *enum.ValueError);
//   - keys that name no field, at every level (phase.ErrUnknownField), which are
//     most often misspelt ones;
//   - numbers that cannot be held exactly (more decimals than øre, say);
//   - duplicate benefit or measure IDs (phase.ErrDuplicateID);
//   - a benefit history that the lifecycle cannot replay, or whose dates go
//     backwards (phase.ErrInvalidHistory).
//
// Everything else, including missing fields, is left to Validate, so that
// a draft plan can be stored. On error p is unchanged.
//
// Encoding needs no method of its own: encoding/json's output decodes to
// an equal plan (empty lists come back as nil).
func (p *Plan) UnmarshalJSON(b []byte) error {
	var w planFields
	if err := strict.Decode(b, &w); err != nil {
		return err
	}
	q := Plan(w)
	if err := q.structure(); err != nil {
		return err
	}
	*p = q
	return nil
}

// CheckStructure reports what UnmarshalJSON refuses beyond the field types,
// for a plan decoded without it (a decoder reading a whole stored document
// in one pass, say): duplicate benefit or measure IDs
// (phase.ErrDuplicateID), a benefit history that the lifecycle cannot
// replay or whose dates go backwards (phase.ErrInvalidHistory). The error
// is a *phase.PathError naming the path inside the plan ("benefits[3].id").
func (p *Plan) CheckStructure() error { return p.structure() }

// structure checks what decoding rejects beyond the field types.
func (p *Plan) structure() error {
	ids := make(map[string]int, len(p.Benefits))
	for i := range p.Benefits {
		b := &p.Benefits[i]
		if err := uniqueID(ids, b.ID, i, "benefits"); err != nil {
			return err
		}
		if k, err := replayStrict(b.History); err != nil {
			return &phase.PathError{Op: "validate", Path: item("benefits", i) + "." + item("history", k), Err: err}
		}
	}
	clear(ids)
	for i := range p.Measures {
		if err := uniqueID(ids, p.Measures[i].ID, i, "measures"); err != nil {
			return err
		}
	}
	return nil
}

// uniqueID records id of element i of list in ids and reports a repeat.
// Blank IDs are left to validation.
func uniqueID(ids map[string]int, id string, i int, list string) error {
	if id == "" {
		return nil
	}
	if j, dup := ids[id]; dup {
		return &phase.PathError{Op: "validate", Path: item(list, i) + ".id", Err: fmt.Errorf("%w %q (also %s)", phase.ErrDuplicateID, id, item(list, j))}
	}
	ids[id] = i
	return nil
}

// replayStrict replays h and returns the index of the first change that the
// lifecycle does not allow or that is dated before the change before it.
func replayStrict(h []Change) (int, error) {
	s, bad := replay(h)
	for k := 1; k < len(h) && (bad < 0 || k < bad); k++ {
		if h[k].Date.Before(h[k-1].Date) {
			return k, fmt.Errorf("%w: %s is dated before the change before it", phase.ErrInvalidHistory, h[k].Date)
		}
	}
	if bad >= 0 {
		return bad, fmt.Errorf("%w: %s is not possible from %s", phase.ErrInvalidHistory, h[bad].Event, s)
	}
	return 0, nil
}

// unquote decodes a JSON string literal.
func unquote(b []byte) (string, error) {
	var s string
	err := json.Unmarshal(b, &s)
	return s, err
}
