package benefit

import (
	"encoding/json"
	"slices"
	"strconv"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/internal/errs"
	"github.com/digitale-helgeland/veiviser/internal/quote"
	"github.com/digitale-helgeland/veiviser/internal/strict"
	"github.com/digitale-helgeland/veiviser/phase"
)

// AppendJSON appends p to b as json.Marshal writes it, byte for byte, and
// returns the extended buffer. It is the writer of the stored form: a
// benefit plan's benefits, indicators and measurements are most of a
// stored project, and encoding/json, which scans and copies again the
// output of every MarshalJSON method of a measurement and a number, takes
// several times as long over them as over plain structs (issue 14).
// AppendJSON writes them in one pass and hands encoding/json only the
// small parts (measures, the municipal share, revisions, a benefit's
// history) that it writes well.
//
// It refuses what json.Marshal refuses, and a string that is not valid
// UTF-8, which json.Marshal would store with U+FFFD in its place: the
// error is a *phase.PathError at the JSON path of the value below the plan
// ("benefits[3].indicators[0].measurements[7].comment") wrapping the cause
// (phase.ErrInvalidUTF8, phase.ErrInvalidDate, ErrOverflow, an
// *enum.ValueError), and b is not to be used.
//
// json.Marshal of a Plan still writes it field by field; TestAppendJSON
// and FuzzAppendJSON hold the two to the same bytes.
func (p *Plan) AppendJSON(b []byte) ([]byte, error) {
	if p == nil {
		return append(b, "null"...), nil
	}
	b = slices.Grow(b, p.sizeHint())
	b = append(b, '{')
	var err error
	if p.Project != "" {
		if b, err = appendString(b, `"project":`, p.Project, "project"); err != nil {
			return nil, err
		}
		b = append(b, ',')
	}
	if b, err = appendString(b, `"responsible":`, p.Responsible, "responsible"); err != nil {
		return nil, err
	}
	if b, err = appendList(b, "benefits", p.Benefits, (*Benefit).appendJSON); err != nil {
		return nil, err
	}
	if len(p.Measures) > 0 {
		if b, err = appendMarshal(b, `,"measures":`, p.Measures, "measures"); err != nil {
			return nil, err
		}
	}
	if p.Municipal != nil {
		if b, err = appendMarshal(b, `,"municipal":`, p.Municipal, "municipal"); err != nil {
			return nil, err
		}
	}
	if len(p.Revisions) > 0 {
		if b, err = appendMarshal(b, `,"revisions":`, p.Revisions, "revisions"); err != nil {
			return nil, err
		}
	}
	return append(b, '}'), nil
}

// sizeHint returns about the number of bytes AppendJSON writes for p, a
// little more for a plan of measurements without comments, so that the
// buffer grows once.
func (p *Plan) sizeHint() int {
	n := 256
	for i := range p.Benefits {
		bn := &p.Benefits[i]
		n += 512 + 24*len(bn.Profile)
		for j := range bn.Indicators {
			n += 384 + 48*len(bn.Indicators[j].Measurements)
		}
	}
	return n
}

// appendJSON appends the benefit as encoding/json writes it: the fields in
// their order, each left out as its omitempty says.
func (bn *Benefit) appendJSON(b []byte) ([]byte, error) {
	b, err := appendString(b, `{"id":`, bn.ID, "id")
	if err != nil {
		return nil, err
	}
	if b, err = appendString(b, `,"description":`, bn.Description, "description"); err != nil {
		return nil, err
	}
	if bn.Product != "" {
		if b, err = appendString(b, `,"product":`, bn.Product, "product"); err != nil {
			return nil, err
		}
	}
	if bn.Area != 0 {
		if b, err = appendCode(b, `,"area":`, areas, bn.Area, "area"); err != nil {
			return nil, err
		}
	}
	if bn.Valuation != 0 {
		if b, err = appendCode(b, `,"valuation":`, valuations, bn.Valuation, "valuation"); err != nil {
			return nil, err
		}
	}
	if bn.Importance != 0 {
		if b, err = appendCode(b, `,"importance":`, importances, bn.Importance, "importance"); err != nil {
			return nil, err
		}
	}
	if bn.Justification != "" {
		if b, err = appendString(b, `,"justification":`, bn.Justification, "justification"); err != nil {
			return nil, err
		}
	}
	if bn.Owner != "" {
		if b, err = appendString(b, `,"owner":`, bn.Owner, "owner"); err != nil {
			return nil, err
		}
	}
	if bn.StartYear != 0 {
		b = append(b, `,"startYear":`...)
		b = strconv.AppendInt(b, int64(bn.StartYear), 10)
	}
	if bn.FullEffect != 0 {
		b = append(b, `,"fullEffect":`...)
		if b, err = bn.FullEffect.appendJSON(b); err != nil {
			return nil, &phase.PathError{Op: "encode", Path: "fullEffect", Err: err}
		}
	}
	if b, err = appendList(b, "profile", bn.Profile, (*Money).appendJSON); err != nil {
		return nil, err
	}
	if len(bn.Preconditions) > 0 {
		b = append(b, `,"preconditions":[`...)
		for i, s := range bn.Preconditions {
			if i > 0 {
				b = append(b, ',')
			}
			if b, err = appendString(b, "", s, item("preconditions", i)); err != nil {
				return nil, err
			}
		}
		b = append(b, ']')
	}
	if b, err = appendList(b, "indicators", bn.Indicators, (*Indicator).appendJSON); err != nil {
		return nil, err
	}
	if len(bn.History) > 0 {
		if b, err = appendMarshal(b, `,"history":`, bn.History, "history"); err != nil {
			return nil, err
		}
	}
	return append(b, '}'), nil
}

// appendJSON appends the indicator as encoding/json writes it.
func (in *Indicator) appendJSON(b []byte) ([]byte, error) {
	b, err := appendString(b, `{"name":`, in.Name, "name")
	if err != nil {
		return nil, err
	}
	if in.Unit != 0 {
		if b, err = appendCode(b, `,"unit":`, units, in.Unit, "unit"); err != nil {
			return nil, err
		}
	}
	for _, f := range [...]struct{ key, s, path string }{
		{`,"unitName":`, in.UnitName, "unitName"},
		{`,"method":`, in.Method, "method"},
		{`,"measuredBy":`, in.MeasuredBy, "measuredBy"},
	} {
		if f.s != "" {
			if b, err = appendString(b, f.key, f.s, f.path); err != nil {
				return nil, err
			}
		}
	}
	if in.Baseline != (Reading{}) { // omitzero: Reading has no IsZero method
		if b, err = in.Baseline.appendJSON(append(b, `,"baseline":`...)); err != nil {
			return nil, errs.Wrap("encode", "baseline", err)
		}
	}
	if in.Target != (Reading{}) {
		if b, err = in.Target.appendJSON(append(b, `,"target":`...)); err != nil {
			return nil, errs.Wrap("encode", "target", err)
		}
	}
	if b, err = appendList(b, "points", in.Points, (*PlannedPoint).appendJSON); err != nil {
		return nil, err
	}
	if b, err = appendList(b, "measurements", in.Measurements, (*Measurement).appendJSON); err != nil {
		return nil, err
	}
	return append(b, '}'), nil
}

// appendJSON appends the reading as encoding/json writes it.
func (r *Reading) appendJSON(b []byte) ([]byte, error) {
	b, err := r.Value.appendJSON(append(b, `{"value":`...))
	if err != nil {
		return nil, &phase.PathError{Op: "encode", Path: "value", Err: err}
	}
	if b, err = appendDate(b, `,"date":`, r.Date, "date"); err != nil {
		return nil, err
	}
	return append(b, '}'), nil
}

// appendJSON appends the planned point as encoding/json writes it.
func (pp *PlannedPoint) appendJSON(b []byte) ([]byte, error) {
	key := `{"date":`
	if pp.Kind != 0 {
		var err error
		if b, err = appendCode(b, `{"kind":`, pointKinds, pp.Kind, "kind"); err != nil {
			return nil, err
		}
		key = `,"date":`
	}
	b, err := appendDate(b, key, pp.Date, "date")
	if err != nil {
		return nil, err
	}
	return append(b, '}'), nil
}

// appendJSON appends the measurement as json.Marshal writes it, the
// comment HTML escaped; MarshalJSON writes it unescaped for the encoder
// that calls it.
func (m *Measurement) appendJSON(b []byte) ([]byte, error) {
	b, err := appendDate(b, `{"date":`, m.Date, "date")
	if err != nil {
		return nil, err
	}
	if b, err = m.Value.appendJSON(append(b, `,"value":`...)); err != nil {
		return nil, &phase.PathError{Op: "encode", Path: "value", Err: err}
	}
	if m.Comment != "" {
		if b, err = appendString(b, `,"comment":`, m.Comment, "comment"); err != nil {
			return nil, err
		}
	}
	return append(b, '}'), nil
}

// appendList appends ,"name":[…], each element written by each, as
// encoding/json writes a list tagged omitempty: nothing for an empty one.
// An element's error is a *phase.PathError at name[i].
func appendList[T any](b []byte, name string, list []T, each func(*T, []byte) ([]byte, error)) ([]byte, error) {
	if len(list) == 0 {
		return b, nil
	}
	b = append(append(append(b, `,"`...), name...), `":[`...)
	for i := range list {
		if i > 0 {
			b = append(b, ',')
		}
		var err error
		if b, err = each(&list[i], b); err != nil {
			return nil, errs.Wrap("encode", item(name, i), err)
		}
	}
	return append(b, ']'), nil
}

// appendString appends key and s as a JSON string, HTML escaped as
// json.Marshal writes it; s not valid UTF-8 is an error at path.
func appendString(b []byte, key, s, path string) ([]byte, error) {
	b, ok := quote.Append(append(b, key...), s, true)
	if !ok {
		return nil, &phase.PathError{Op: "encode", Path: path, Err: phase.ErrInvalidUTF8}
	}
	return b, nil
}

// appendCode appends key and the wire code of v, as its MarshalText
// writes it; a value outside t is an *enum.ValueError at path.
func appendCode[T ~uint8](b []byte, key string, t enum.Table[T], v T, path string) ([]byte, error) {
	c, ok := t.Code(v)
	if !ok {
		_, err := t.Marshal(v)
		return nil, &phase.PathError{Op: "encode", Path: path, Err: err}
	}
	return appendString(b, key, c, path)
}

// appendDate appends key and d as its MarshalText writes it, in quotes
// ("" for the zero Date), a valid date without a call per digit (dates are
// a third of a measurement); a date that is not a calendar day is an error
// at path wrapping phase.ErrInvalidDate.
func appendDate(b []byte, key string, d phase.Date, path string) ([]byte, error) {
	b = append(b, key...)
	if d.IsValid() { // years 1000 to 9999: four digits, as AppendText writes them
		y, m, dd := d.Year, int(d.Month), d.Day
		return append(b, '"', byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10),
			'-', byte('0'+m/10), byte('0'+m%10), '-', byte('0'+dd/10), byte('0'+dd%10), '"'), nil
	}
	b, err := d.AppendText(append(b, '"'))
	if err != nil {
		return nil, &phase.PathError{Op: "encode", Path: path, Err: err}
	}
	return append(b, '"'), nil
}

// appendMarshal appends key and json.Marshal(v), for the parts of a plan
// that encoding/json writes well; its errors, and a string in v that is
// not valid UTF-8, are reported at their path below path.
func appendMarshal(b []byte, key string, v any, path string) ([]byte, error) {
	out, err := json.Marshal(v)
	if err != nil {
		return nil, strict.EncodeError("encode", path, v, err)
	}
	if err := strict.Replaced("encode", out); err != nil {
		return nil, errs.Wrap("encode", path, err)
	}
	return append(append(b, key...), out...), nil
}
