package benefit

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/digitale-helgeland/veiviser/phase"
)

// planFields is Plan without its methods, for encoding/json.
type planFields Plan

// UnmarshalJSON decodes a plan and rejects, with a *DecodeError naming the
// JSON path of the offending value:
//   - unknown enumeration values ("benefits[3].area": a *phase.ValueError);
//   - unknown fields, which are most often misspelt ones;
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
	if err := strictDecode(b, &w); err != nil {
		return locate(b, planShape, "", err)
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

// strictDecode decodes exactly one JSON value from b into v, rejecting
// unknown fields and trailing data.
func strictDecode(b []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		return errors.New("json: data after the top-level value")
	}
	return nil
}

// unquote decodes a JSON string literal.
func unquote(b []byte) (string, error) {
	var s string
	err := json.Unmarshal(b, &s)
	return s, err
}

// shape describes a JSON object type for locating a decode error: how to
// make a fresh value of it, and which of its fields hold objects or arrays
// of objects to descend into.
type shape struct {
	fresh   func() any
	arrays  map[string]*shape
	objects map[string]*shape
}

var planShape = func() *shape {
	leaf := func(f func() any) *shape { return &shape{fresh: f} }
	reading := leaf(func() any { return new(Reading) })
	indicator := &shape{
		fresh:   func() any { return new(Indicator) },
		arrays:  map[string]*shape{"points": leaf(func() any { return new(PlannedPoint) }), "measurements": leaf(func() any { return new(Measurement) })},
		objects: map[string]*shape{"baseline": reading, "target": reading},
	}
	benefit := &shape{
		fresh:  func() any { return new(Benefit) },
		arrays: map[string]*shape{"indicators": indicator, "history": leaf(func() any { return new(Change) })},
	}
	municipal := &shape{
		fresh:   func() any { return new(MunicipalShare) },
		arrays:  map[string]*shape{"split": leaf(func() any { return new(SizeShare) })},
		objects: map[string]*shape{"implementation": leaf(func() any { return new(ImplementationCost) })},
	}
	return &shape{
		fresh: func() any { return new(planFields) },
		arrays: map[string]*shape{
			"benefits":  benefit,
			"measures":  leaf(func() any { return new(Measure) }),
			"revisions": leaf(func() any { return new(Revision) }),
		},
		objects: map[string]*shape{"municipal": municipal},
	}
}()

// locate finds the path of the value in b that made decoding fail with
// cause, by decoding b piece by piece as sh describes, and returns a
// *DecodeError. It runs only after decoding has failed. Malformed JSON is
// reported for the whole document (a *json.SyntaxError carries the offset).
func locate(b []byte, sh *shape, path string, cause error) error {
	var syntax *json.SyntaxError
	if errors.As(cause, &syntax) || errors.Is(cause, io.ErrUnexpectedEOF) {
		return &DecodeError{Path: path, Err: cause} // malformed JSON: the document is at fault
	}
	if err := locateObject(b, sh, path); err != nil {
		return err
	}
	return &DecodeError{Path: path, Err: cause}
}

func locateObject(b []byte, sh *shape, path string) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	tok, err := dec.Token()
	if err != nil {
		return &DecodeError{Path: path, Err: err}
	}
	if d, ok := tok.(json.Delim); !ok || d != '{' {
		if err := strictDecode(b, sh.fresh()); err != nil {
			return &DecodeError{Path: path, Err: err}
		}
		return nil
	}
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return &DecodeError{Path: path, Err: err}
		}
		key, _ := kt.(string)
		at := phase.JoinPath(path, key)
		var v json.RawMessage
		if err := dec.Decode(&v); err != nil {
			return &DecodeError{Path: at, Err: err}
		}
		if sub := sh.arrays[key]; sub != nil && bytes.HasPrefix(v, []byte("[")) {
			if err := locateArray(v, sub, at); err != nil {
				return err
			}
			continue
		}
		if sub := sh.objects[key]; sub != nil && bytes.HasPrefix(v, []byte("{")) {
			if err := locateObject(v, sub, at); err != nil {
				return err
			}
			continue
		}
		if err := decodeField(sh, key, v); err != nil {
			return &DecodeError{Path: at, Err: err}
		}
	}
	return nil
}

func locateArray(b []byte, sh *shape, path string) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	if _, err := dec.Token(); err != nil {
		return &DecodeError{Path: path, Err: err}
	}
	for i := 0; dec.More(); i++ {
		var v json.RawMessage
		at := item(path, i)
		if err := dec.Decode(&v); err != nil {
			return &DecodeError{Path: at, Err: err}
		}
		if err := locateObject(v, sh, at); err != nil {
			return err
		}
	}
	return nil
}

// decodeField decodes the single field key with value v into a fresh value
// of sh's type.
func decodeField(sh *shape, key string, v json.RawMessage) error {
	k, _ := json.Marshal(key)
	obj := make([]byte, 0, len(k)+len(v)+3)
	obj = append(obj, '{')
	obj = append(obj, k...)
	obj = append(obj, ':')
	obj = append(obj, v...)
	obj = append(obj, '}')
	return strictDecode(obj, sh.fresh())
}
