package benefit

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"

	"github.com/digitale-helgeland/veiviser/internal/jsonpath"
)

// planFields is Plan without its methods, for encoding/json.
type planFields Plan

// UnmarshalJSON decodes a plan and rejects, with a *DecodeError naming the
// JSON path of the offending value:
//   - unknown enumeration values ("benefits[3].area": a *phase.ValueError);
//   - keys that name no field, at every level (ErrUnknownField), which are
//     most often misspelt ones;
//   - numbers that cannot be held exactly (more decimals than øre, say);
//   - duplicate benefit or measure IDs (ErrDuplicateID);
//   - a benefit history that the lifecycle cannot replay, or whose dates go
//     backwards (ErrInvalidHistory).
//
// Everything else, including missing fields, is left to Validate, so that
// a draft plan can be stored. On error p is unchanged.
//
// Encoding needs no method of its own: encoding/json's output decodes to
// an equal plan (empty lists come back as nil).
func (p *Plan) UnmarshalJSON(b []byte) error {
	var w planFields
	if err := jsonpath.Strict(b, &w); err != nil {
		return decodeError(b, reflect.TypeFor[planFields](), err)
	}
	q := Plan(w)
	if err := q.structure(); err != nil {
		return err
	}
	*p = q
	return nil
}

// structure checks what decoding rejects beyond the field types.
func (p *Plan) structure() error {
	ids := make(map[string]int, len(p.Benefits))
	for i := range p.Benefits {
		b := &p.Benefits[i]
		if err := uniqueID(ids, b.ID, i, "benefits"); err != nil {
			return err
		}
		if k, err := replayStrict(b.History); err != nil {
			return &DecodeError{Path: item("benefits", i) + "." + item("history", k), Err: err}
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
		return &DecodeError{Path: item(list, i) + ".id", Err: fmt.Errorf("%w %q (also %s)", ErrDuplicateID, id, item(list, j))}
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
			return k, fmt.Errorf("%w: %s is dated before the change before it", ErrInvalidHistory, h[k].Date)
		}
	}
	if bad >= 0 {
		return bad, fmt.Errorf("%w: %s is not possible from %s", ErrInvalidHistory, h[bad].Event, s)
	}
	return 0, nil
}

// unquote decodes a JSON string literal.
func unquote(b []byte) (string, error) {
	var s string
	err := json.Unmarshal(b, &s)
	return s, err
}

// decodeError turns an error from strictly decoding b into a value of type
// t into a *DecodeError naming the JSON path of the value that failed, with
// keys as b spells them. It runs only after decoding has failed.
//
// The module's jsonpath.Locate finds the path. It names a value that does
// not decode before an unknown key, as encoding/json does; an unknown key
// is reported as ErrUnknownField. Keys are searched in sorted order, so the
// answer is deterministic. Malformed JSON and trailing data are reported for
// the whole document.
func decodeError(b []byte, t reflect.Type, err error) error {
	path, cause := jsonpath.Locate(t, b, true)
	switch {
	case errors.Is(cause, jsonpath.ErrUnknownField):
		return &DecodeError{Path: path, Err: ErrUnknownField}
	case cause != nil:
		return &DecodeError{Path: path, Err: cause}
	}
	return &DecodeError{Err: err}
}
