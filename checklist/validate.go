package checklist

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/internal/fieldpath"
	"github.com/digitale-helgeland/veiviser/phase"
)

// validate checks the whole checklist as New and decoding do, replaying
// every item's history through the item lifecycle (see canMove): it does
// not touch c, so read-only methods such as MarshalJSON may call it.
func (c *Checklist) validate() error {
	bad := func(path, format string, args ...any) error {
		return &phase.PathError{Op: "validate", Path: path, Err: fmt.Errorf("%w: "+format, append([]any{ErrInvalidChecklist}, args...)...)}
	}
	switch {
	case blank(c.ID):
		return bad("id", "the checklist has no ID")
	case !utf8.ValidString(c.ID):
		return bad("id", "the ID %q is not valid UTF-8", c.ID)
	case c.Title.IsZero():
		return bad("title", "the checklist has no title")
	case !c.Level.IsValid():
		return &phase.PathError{Op: "validate", Path: "level", Err: &enum.ValueError{Type: "checklist level", Value: c.Level.String()}}
	case c.Point != 0 && !c.Point.IsValid():
		return &phase.PathError{Op: "validate", Path: "point", Err: &enum.ValueError{Type: "decision point", Value: c.Point.String()}}
	case c.Phase != 0 && !c.Phase.IsValid():
		return &phase.PathError{Op: "validate", Path: "phase", Err: &enum.ValueError{Type: "phase", Value: c.Phase.String()}}
	case c.Phase != 0 && c.Point != 0 && c.Phase != c.Point.Leaves():
		return bad("phase", "%s does not belong to %s, which leaves %s", c.Phase, c.Point.Label(), c.Point.Leaves())
	case c.MinComment < 0:
		return bad("minComment", "%d is negative", c.MinComment)
	}
	seen := make(map[string]int, len(c.items))
	for i, it := range c.items {
		path := itemPath(i)
		if err := checkItem(it, path); err != nil {
			return err
		}
		if j, dup := seen[it.ID]; dup {
			return duplicateError(path, it.ID, j)
		}
		seen[it.ID] = i
	}
	if w := c.waiver; w != nil {
		switch {
		case blank(w.Comment):
			return bad("waiver.comment", "a waiver needs a justification")
		case blank(w.By):
			return bad("waiver.by", "a waiver must say who waived")
		case !w.On.IsValid():
			return bad("waiver.on", "a waiver needs a valid date")
		}
	}
	return nil
}

func duplicateError(path, id string, first int) error {
	return &phase.PathError{Op: "validate", Path: path + ".id", Err: fmt.Errorf("%w: %q is already the ID of %s", phase.ErrDuplicateID, id, itemPath(first))}
}

func blank(s string) bool { return strings.TrimSpace(s) == "" }

// checkItem checks one item's definition and replays its history through
// the item lifecycle.
func checkItem(it Item, path string) error {
	bad := func(field, format string, args ...any) error {
		return &phase.PathError{Op: "validate", Path: fieldpath.Join(path, field), Err: fmt.Errorf("%w: "+format, append([]any{ErrInvalidChecklist}, args...)...)}
	}
	switch {
	case blank(it.ID):
		return bad("id", "the item has no ID")
	case !utf8.ValidString(it.ID):
		return bad("id", "the ID %q is not valid UTF-8", it.ID)
	case !it.Lang.IsValid():
		return &phase.PathError{Op: "validate", Path: fieldpath.Join(path, "lang"), Err: &enum.ValueError{Type: "language", Value: it.Lang.String()}}
	case blank(it.Question.Text):
		return bad("question.text", "the item has no question")
	case !it.Kind.IsValid():
		return &phase.PathError{Op: "validate", Path: fieldpath.Join(path, "kind"), Err: &enum.ValueError{Type: "answer kind", Value: it.Kind.String()}}
	case it.Favourable != 0 && !it.Favourable.IsValid():
		return &phase.PathError{Op: "validate", Path: fieldpath.Join(path, "favourable"), Err: &enum.ValueError{Type: "yes/no answer", Value: it.Favourable.String()}}
	case it.Favourable != 0 && it.Kind != YesNo:
		return bad("favourable", "only a yes/no item has a favourable answer")
	case it.From != 0 && !it.From.IsValid():
		return &phase.PathError{Op: "validate", Path: fieldpath.Join(path, "from"), Err: &enum.ValueError{Type: "phase", Value: it.From.String()}}
	case it.Due != 0 && !it.Due.IsValid():
		return &phase.PathError{Op: "validate", Path: fieldpath.Join(path, "due"), Err: &enum.ValueError{Type: "phase", Value: it.Due.String()}}
	case it.From != 0 && it.Due != 0 && it.From > it.Due:
		return bad("from", "%s comes after the due phase %s", it.From, it.Due)
	}
	for i, s := range it.Sub {
		if blank(s.Text) {
			return bad("sub["+strconv.Itoa(i)+"].text", "the sub-question is blank")
		}
	}
	if it.Kind == Choice && len(it.Options) < 2 {
		return bad("options", "a choice needs at least two options")
	}
	if it.Kind != Choice && len(it.Options) > 0 {
		return bad("options", "only a choice item has options")
	}
	for i, o := range it.Options {
		if blank(o.ID) {
			return bad("options["+strconv.Itoa(i)+"].id", "the option has no ID")
		}
		if !utf8.ValidString(o.ID) {
			return bad("options["+strconv.Itoa(i)+"].id", "the ID %q is not valid UTF-8", o.ID)
		}
		for j := range i {
			if it.Options[j].ID == o.ID {
				return &phase.PathError{Op: "validate", Path: fieldpath.Join(path, "options["+strconv.Itoa(i)+"].id"),
					Err: fmt.Errorf("%w: option %q is listed twice", ErrInvalidChecklist, o.ID)}
			}
		}
	}
	prev := Entry{State: Open}
	for j, e := range it.history {
		hp := "history[" + strconv.Itoa(j) + "]"
		switch {
		case !e.State.IsValid():
			return &phase.PathError{Op: "validate", Path: fieldpath.Join(path, hp+".state"), Err: &enum.ValueError{Type: "item state", Value: e.State.String()}}
		case !canMove(prev.State, e.State):
			return bad(hp+".state", "%s cannot follow %s", e.State, prev.State)
		case blank(e.By):
			return bad(hp+".by", "the change does not say who made it")
		case !e.On.IsValid():
			return bad(hp+".on", "the change has no valid date")
		case j > 0 && e.On.Before(prev.On):
			return bad(hp+".on", "%s is before the previous change (%s)", e.On, prev.On)
		}
		switch e.State {
		case Answered:
			if _, ok := checkAnswer(it, e.Answer, ""); !ok {
				return bad(hp+".answer", "the answer does not fit a %s item", it.Kind)
			}
		case Archived:
			if e.Answer != prev.Answer {
				return bad(hp+".answer", "archiving keeps the answer it had")
			}
		default:
			if !e.Answer.IsZero() {
				return bad(hp+".answer", "only an answered item has an answer")
			}
		}
		prev = e
	}
	return nil
}
