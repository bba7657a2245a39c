package checklist

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/internal/errs"
	"github.com/digitale-helgeland/veiviser/internal/fieldpath"
	"github.com/digitale-helgeland/veiviser/internal/strict"
	"github.com/digitale-helgeland/veiviser/phase"
)

// The stored forms. Enumerations travel as strings here so that decoding
// can name the path of an unknown value; the typed values are checked
// field by field in fromJSON.

type checklistJSON struct {
	ID         string     `json:"id"`
	Title      phase.Text `json:"title"`
	Point      string     `json:"point,omitempty"`
	Phase      string     `json:"phase,omitempty"`
	Level      string     `json:"level"`
	MinComment int        `json:"minComment,omitempty"`
	Waiver     *noteJSON  `json:"waiver,omitempty"`
	Items      []itemJSON `json:"items"`
}

type noteJSON struct {
	By      string `json:"by"`
	On      string `json:"on"`
	Comment string `json:"comment,omitempty"`
}

type itemJSON struct {
	ID         string      `json:"id"`
	Lang       string      `json:"lang"`
	Question   Wording     `json:"question"`
	Guidance   Wording     `json:"guidance,omitzero"`
	Lead       Wording     `json:"lead,omitzero"`
	Sub        []Wording   `json:"sub,omitempty"`
	Kind       string      `json:"kind"`
	Favourable string      `json:"favourable,omitempty"`
	Options    []Option    `json:"options,omitempty"`
	From       string      `json:"from,omitempty"`
	Due        string      `json:"due,omitempty"`
	History    []entryJSON `json:"history,omitempty"`
}

type entryJSON struct {
	State   string     `json:"state"`
	Answer  answerJSON `json:"answer,omitzero"`
	Comment string     `json:"comment,omitempty"`
	By      string     `json:"by"`
	On      string     `json:"on"`
}

type answerJSON struct {
	Bool   string `json:"bool,omitempty"`
	Option string `json:"option,omitempty"`
	Text   string `json:"text,omitempty"`
}

// text returns the wire code of an enumeration value, "" for zero.
func text[T interface {
	comparable
	MarshalText() ([]byte, error)
}](v T) (string, error) {
	var zero T
	if v == zero {
		return "", nil
	}
	b, err := v.MarshalText()
	return string(b), err
}

// parse decodes a wire code into *v at path; "" leaves *v zero. The code
// must be as MarshalText writes it: a value UnmarshalText reads leniently
// ("BP 1", "Mandatory", "25.2.2020") is refused with phase.ErrNotStored.
func parse[T any, P interface {
	*T
	UnmarshalText([]byte) error
	MarshalText() ([]byte, error)
}](s, path string, v P) error {
	if s == "" {
		return nil
	}
	if err := P(v).UnmarshalText([]byte(s)); err != nil {
		return &phase.PathError{Op: "decode", Path: path, Err: err}
	}
	if b, err := P(v).MarshalText(); err != nil || string(b) != s {
		var zero T
		*v = zero
		return &phase.PathError{Op: "decode", Path: path, Err: fmt.Errorf("%w: %q, stored as %q", phase.ErrNotStored, s, b)}
	}
	return nil
}

func itemToJSON(it Item) (itemJSON, error) {
	j := itemJSON{ID: it.ID, Lang: it.Lang.String(), Question: it.Question, Guidance: it.Guidance, Lead: it.Lead,
		Sub: it.Sub, Options: it.Options}
	var err error
	var errs [4]error
	j.Kind, errs[0] = text(it.Kind)
	j.Favourable, errs[1] = text(it.Favourable)
	j.From, errs[2] = text(it.From)
	j.Due, errs[3] = text(it.Due)
	if err = errors.Join(errs[:]...); err != nil {
		return j, err
	}
	if !it.Lang.IsValid() {
		return j, &enum.ValueError{Type: "language", Value: it.Lang.String()}
	}
	for _, e := range it.history {
		w := entryJSON{Comment: e.Comment, By: e.By, On: e.On.String(),
			Answer: answerJSON{Option: e.Answer.Option, Text: e.Answer.Text}}
		if w.State, err = text(e.State); err != nil {
			return j, err
		}
		if w.Answer.Bool, err = text(e.Answer.Bool); err != nil {
			return j, err
		}
		j.History = append(j.History, w)
	}
	return j, nil
}

func itemFromJSON(j itemJSON, path string) (Item, error) {
	it := Item{ID: j.ID, Question: j.Question, Guidance: j.Guidance, Lead: j.Lead, Sub: j.Sub, Options: j.Options}
	p := func(field string) string { return fieldpath.Join(path, field) }
	if err := it.Lang.UnmarshalText([]byte(j.Lang)); err != nil {
		return Item{}, &phase.PathError{Op: "validate", Path: p("lang"), Err: err}
	}
	if err := parse(j.Lang, p("lang"), &it.Lang); err != nil {
		return Item{}, err
	}
	for _, err := range []error{
		parse(j.Kind, p("kind"), &it.Kind),
		parse(j.Favourable, p("favourable"), &it.Favourable),
		parse(j.From, p("from"), &it.From),
		parse(j.Due, p("due"), &it.Due),
	} {
		if err != nil {
			return Item{}, err
		}
	}
	if j.Kind == "" {
		return Item{}, &phase.PathError{Op: "validate", Path: p("kind"), Err: &enum.ValueError{Type: "answer kind"}}
	}
	for k, w := range j.History {
		hp := p("history[" + strconv.Itoa(k) + "]")
		e := Entry{Comment: w.Comment, By: w.By, Answer: Answer{Option: w.Answer.Option, Text: w.Answer.Text}}
		if w.State == "" {
			return Item{}, &phase.PathError{Op: "validate", Path: hp + ".state", Err: &enum.ValueError{Type: "item state"}}
		}
		for _, err := range []error{
			parse(w.State, hp+".state", &e.State),
			parse(w.Answer.Bool, hp+".answer.bool", &e.Answer.Bool),
			parse(w.On, hp+".on", &e.On),
		} {
			if err != nil {
				return Item{}, err
			}
		}
		it.history = append(it.history, e)
	}
	return it, nil
}

// MarshalJSON encodes the item with its history. It refuses, with a
// *phase.PathError, an item that UnmarshalJSON would refuse, so that whatever
// encodes can be decoded.
func (it Item) MarshalJSON() ([]byte, error) {
	if err := checkItem(it, ""); err != nil {
		return nil, err
	}
	j, err := itemToJSON(it)
	if err != nil {
		return nil, err
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes an item and checks it as Checklist.Add does:
// unknown fields, unknown enumeration values, a malformed definition and a
// history the item's state machine cannot replay are errors naming the
// path (*phase.PathError). On error it is unchanged.
func (it *Item) UnmarshalJSON(b []byte) error {
	var j itemJSON
	if err := strictDecode(b, &j); err != nil {
		return err
	}
	v, err := itemFromJSON(j, "")
	if err != nil {
		return err
	}
	if err := checkItem(v, ""); err != nil {
		return err
	}
	*it = v
	return nil
}

// MarshalJSON encodes the checklist with every item and its full history.
// It first checks c as UnmarshalJSON does and refuses, with a *phase.PathError
// naming the field ("level", "id", "items[2].history[0].on"), a checklist
// that could not be decoded again: a Level changed to zero, a blank ID, an
// invalid Point or Phase. Whatever MarshalJSON encodes, UnmarshalJSON
// decodes.
func (c *Checklist) MarshalJSON() ([]byte, error) {
	if err := c.validate(); err != nil {
		return nil, err
	}
	return c.encode()
}

// encode is MarshalJSON without the validation, for callers that have
// validated c already.
func (c *Checklist) encode() ([]byte, error) {
	j := checklistJSON{ID: c.ID, Title: c.Title, MinComment: c.MinComment, Items: make([]itemJSON, len(c.items))}
	if w := c.waiver; w != nil {
		j.Waiver = &noteJSON{By: w.By, On: w.On.String(), Comment: w.Comment}
	}
	var err error
	if c.Point != 0 {
		if j.Point, err = text(c.Point); err != nil {
			return nil, err
		}
	}
	if j.Phase, err = text(c.Phase); err != nil {
		return nil, err
	}
	if j.Level, err = text(c.Level); err != nil {
		return nil, err
	}
	for i, it := range c.items {
		if j.Items[i], err = itemToJSON(it); err != nil {
			return nil, &phase.PathError{Op: "encode", Path: itemPath(i), Err: err}
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON decodes a checklist and checks it as New does. Unknown
// fields, unknown enumeration values, duplicated item IDs, malformed
// items and histories that cannot be replayed are errors naming the path
// ("items[3].history[1].state"); on error c is unchanged.
func (c *Checklist) UnmarshalJSON(b []byte) error {
	var j checklistJSON
	if err := strictDecode(b, &j); err != nil {
		return err
	}
	d := Checklist{ID: j.ID, Title: j.Title, MinComment: j.MinComment, items: make([]Item, len(j.Items))}
	if w := j.Waiver; w != nil {
		d.waiver = &Note{By: w.By, Comment: w.Comment}
		if err := parse(w.On, "waiver.on", &d.waiver.On); err != nil {
			return err
		}
	}
	if err := parse(j.Point, "point", &d.Point); err != nil {
		return err
	}
	if err := parse(j.Phase, "phase", &d.Phase); err != nil {
		return err
	}
	if j.Level == "" {
		return &phase.PathError{Op: "decode", Path: "level", Err: &enum.ValueError{Type: "checklist level"}}
	}
	if err := parse(j.Level, "level", &d.Level); err != nil {
		return err
	}
	for i, w := range j.Items {
		it, err := itemFromJSON(w, itemPath(i))
		if err != nil {
			return err
		}
		d.items[i] = it
	}
	if err := d.validate(); err != nil {
		return err
	}
	*c = d
	return nil
}

// strictDecode decodes b into v with the module's strict decoder and
// makes a failure wrap ErrInvalidChecklist, at the path of the offending
// field.
func strictDecode[T any](b []byte, v *T) error {
	err := strict.Decode(b, v)
	if pe, ok := err.(*phase.PathError); ok && !errors.Is(pe.Err, ErrInvalidChecklist) {
		pe.Err = errs.Kind(ErrInvalidChecklist, pe.Err)
	}
	return err
}
