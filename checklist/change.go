package checklist

import (
	"strings"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/internal/validate"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Answer records answer a to the item with the given ID. Answering an
// answered item again keeps the earlier answer in the item's history.
// Recording exactly the current state, answer and comment again changes
// nothing. A refused change returns a *ChangeError and changes nothing.
func (c *Checklist) Answer(id string, a Answer, n Note) error {
	return c.change(id, Reply{State: Answered, Answer: a}, n)
}

// NotRelevant marks the item not relevant ("ikke relevant"). n.Comment
// must say why, in at least MinComment characters.
func (c *Checklist) NotRelevant(id string, n Note) error {
	return c.change(id, Reply{State: NotRelevant}, n)
}

// Defer marks the item still open on purpose ("fortsatt åpen"). n.Comment
// must say why, in at least MinComment characters. A deferred item is
// reported by Evaluate but does not block.
func (c *Checklist) Defer(id string, n Note) error {
	return c.change(id, Reply{State: Deferred}, n)
}

// Reopen puts a handled item back to Open; its history keeps what it was.
func (c *Checklist) Reopen(id string, n Note) error {
	return c.change(id, Reply{State: Open}, n)
}

// Record reads text as the item's Parse does and records it: "ja",
// "Nei.", "prosjekt", "Ikkje relevant" (then n.Comment must say why).
func (c *Checklist) Record(id, text string, n Note) error {
	i := c.Index(id)
	if i < 0 {
		return c.unknown(id)
	}
	r, err := c.items[i].Parse(text)
	if err != nil {
		return &ChangeError{Checklist: c.ID, Item: id, Err: ErrInvalidAnswer, Unmet: phase.Findings{
			finding.New("checklist.answer_invalid", itemPath(i)+".answer", phase.SeverityError, phase.Text{
				NB: "Svaret " + quote(text) + " kan ikke leses: " + accepts(c.items[i], phase.Bokmal),
				NN: "Svaret " + quote(text) + " kan ikkje lesast: " + accepts(c.items[i], phase.Nynorsk),
				EN: "The answer " + quote(text) + " cannot be read: " + accepts(c.items[i], phase.English),
			})}}
	}
	return c.change(id, r, n)
}

// accepts says in language l what an item accepts as an answer.
func accepts(it Item, l phase.Language) string {
	var opts []string
	switch it.Kind {
	case YesNo:
		opts = []string{"«ja»", "«nei»"}
	case Choice:
		for _, o := range it.Options {
			opts = append(opts, "«"+o.Label.In(l)+"»")
		}
	case Text:
		opts = []string{phase.Text{NB: "fritekst", NN: "fritekst", EN: "free text"}.In(l)}
	}
	or := phase.Text{NB: " eller ", NN: " eller ", EN: " or "}.In(l)
	return phase.Text{NB: "skriv ", NN: "skriv ", EN: "write "}.In(l) + strings.Join(opts, ", ") + or + "«" + NotRelevant.Label(l) + "»"
}

func (c *Checklist) unknown(id string) error {
	return &ChangeError{Checklist: c.ID, Item: id, Err: ErrUnknownItem, Unmet: phase.Findings{
		finding.New("checklist.unknown_item", "items", phase.SeverityError, phase.Text{
			NB: "Sjekklisten har ikke punkt " + quote(id),
			NN: "Sjekklista har ikkje punkt " + quote(id),
			EN: "The checklist has no item " + quote(id),
		})}}
}

// change applies reply r to item id after checking every requirement.
func (c *Checklist) change(id string, r Reply, n Note) error {
	i := c.Index(id)
	if i < 0 {
		return c.unknown(id)
	}
	it := c.items[i]
	path := itemPath(i)
	var unmet phase.Findings
	var first error
	fail := func(err error, f phase.Finding) {
		if first == nil {
			first = err
		}
		unmet = append(unmet, f)
	}
	from := it.State()
	if !canMove(from, r.State) {
		fail(phase.ErrNotAllowed, finding.New("checklist.not_allowed", path, phase.SeverityError, phase.Text{
			NB: "Et punkt som er «" + from.Label(phase.Bokmal) + "» kan ikke bli «" + r.State.Label(phase.Bokmal) + "»",
			NN: "Eit punkt som er «" + from.Label(phase.Nynorsk) + "» kan ikkje bli «" + r.State.Label(phase.Nynorsk) + "»",
			EN: "An item that is “" + from.Label(phase.English) + "” cannot become “" + r.State.Label(phase.English) + "”",
		}))
	}
	if r.State == Answered {
		if f, ok := checkAnswer(it, r.Answer, ""); !ok {
			f.Path = path + ".answer" // joined only for a finding (issue 14)
			fail(ErrInvalidAnswer, f)
		}
	} else if !r.Answer.IsZero() {
		fail(ErrInvalidAnswer, finding.New("checklist.answer_invalid", path+".answer", phase.SeverityError, phase.Text{
			NB: "Bare et besvart punkt har et svar", NN: "Berre eit svara punkt har eit svar", EN: "Only an answered item has an answer"}))
	}
	if r.State == NotRelevant || r.State == Deferred {
		if f, ok := checkComment(n.Comment, c.minComment(), path+".comment"); !ok {
			fail(ErrCommentRequired, f)
		}
	}
	last, _ := it.Current()
	for _, f := range checkNote(n, last.On, path) {
		if f.Code == "checklist.out_of_order" {
			fail(phase.ErrOutOfOrder, f)
		} else {
			fail(ErrInvalidNote, f)
		}
	}
	if first != nil {
		return &ChangeError{Checklist: c.ID, Item: id, Unmet: unmet, Err: first}
	}
	e := Entry{State: r.State, Answer: r.Answer, Comment: n.Comment, By: n.By, On: n.On}
	if len(it.history) > 0 && last.State == e.State && last.Answer == e.Answer && last.Comment == e.Comment {
		return nil // nothing new to record
	}
	if _, err := move(from, r.State); err != nil { // unreachable after can; a safety net
		return &ChangeError{Checklist: c.ID, Item: id, Err: phase.ErrNotAllowed}
	}
	c.items[i].history = append(it.history[:len(it.history):len(it.history)], e)
	return nil
}

// Archive closes every item after the checklist's decision: each must be
// answered, not relevant or deferred. Archived items keep their answer and
// take no further change. Items already archived stay as they are. On
// refusal every open item is listed and nothing changes.
func (c *Checklist) Archive(n Note) error {
	unmet := validate.Struct(n)
	var first error
	if len(unmet) > 0 {
		first = ErrInvalidNote
	}
	for i, it := range c.items {
		s := it.State()
		if s == Archived {
			continue
		}
		path := itemPath(i)
		if !canMove(s, Archived) {
			if first == nil {
				first = phase.ErrNotAllowed
			}
			unmet = append(unmet, Evaluation{ID: c.ID, Title: c.Title}.finding(Problem{Index: i, ID: it.ID, Reason: Unanswered, Blocking: true}))
			continue
		}
		last, _ := it.Current()
		if n.On.IsValid() && n.On.Before(last.On) {
			if first == nil {
				first = phase.ErrOutOfOrder
			}
			unmet = append(unmet, checkNote(Note{By: n.By, On: n.On}, last.On, path)...)
		}
	}
	if first != nil {
		return &ChangeError{Checklist: c.ID, Unmet: unmet, Err: first}
	}
	for i, it := range c.items {
		if it.State() == Archived {
			continue
		}
		last, _ := it.Current()
		e := Entry{State: Archived, Answer: last.Answer, Comment: last.Comment, By: n.By, On: n.On}
		if n.Comment != "" {
			e.Comment = n.Comment
		}
		c.items[i].history = append(it.history[:len(it.history):len(it.history)], e)
	}
	return nil
}

// Waive excuses the whole checklist from its decision, with a
// justification in n.Comment of at least MinComment characters. This is
// how a project that skips a phase accounts for the checklist of the
// decision point it folds away: Evaluate reports a waived checklist as
// ready, with a warning that carries the justification. A waiver is final:
// waiving again is refused.
func (c *Checklist) Waive(n Note) error {
	var unmet phase.Findings
	var first error
	if c.waiver != nil {
		first = phase.ErrNotAllowed
		unmet = append(unmet, finding.New("checklist.not_allowed", "waiver", phase.SeverityError, phase.Text{
			NB: "Sjekklisten er allerede fraveket", NN: "Sjekklista er alt fråvikt", EN: "The checklist is already waived"}))
	}
	if f, ok := checkComment(n.Comment, c.minComment(), "waiver.comment"); !ok {
		if first == nil {
			first = ErrCommentRequired
		}
		unmet = append(unmet, f)
	}
	if fs := checkNote(n, phase.Date{}, "waiver"); len(fs) > 0 {
		if first == nil {
			first = ErrInvalidNote
		}
		unmet = append(unmet, fs...)
	}
	if first != nil {
		return &ChangeError{Checklist: c.ID, Unmet: unmet, Err: first}
	}
	w := n
	c.waiver = &w
	return nil
}

// checkAnswer reports whether a fits item it, with a finding when not.
func checkAnswer(it Item, a Answer, path string) (phase.Finding, bool) {
	set := 0
	for _, b := range []bool{a.Bool != 0, a.Option != "", a.Text != ""} {
		if b {
			set++
		}
	}
	ok := set == 1
	if ok {
		switch it.Kind {
		case YesNo:
			ok = a.Bool.IsValid()
		case Choice:
			_, ok = it.option(a.Option)
		case Text:
			ok = strings.TrimSpace(a.Text) != "" && utf8.ValidString(a.Text) && len(phase.Placeholders(a.Text)) == 0
		default:
			ok = false
		}
	}
	if ok {
		return phase.Finding{}, true
	}
	return finding.New("checklist.answer_invalid", path, phase.SeverityError, phase.Text{
		NB: "Svaret passer ikke til punktet: " + accepts(it, phase.Bokmal),
		NN: "Svaret passar ikkje til punktet: " + accepts(it, phase.Nynorsk),
		EN: "The answer does not fit the item: " + accepts(it, phase.English),
	}), false
}

// commentOK reports whether s is a real comment of at least min characters.
func commentOK(s string, min int) bool {
	t := strings.TrimSpace(s)
	return utf8.RuneCountInString(t) >= min && len(phase.Placeholders(t)) == 0
}

func checkComment(s string, min int, path string) (phase.Finding, bool) {
	if commentOK(s, min) {
		return phase.Finding{}, true
	}
	n := finding.Count(min, phase.Text{NB: "tegn", NN: "teikn", EN: "character"}, phase.Text{NB: "tegn", NN: "teikn", EN: "characters"})
	return finding.New("checklist.comment_missing", path, phase.SeverityError, phase.Text{
		NB: "Begrunnelsen må ha minst " + n.NB + " og ingen mal-plassholder",
		NN: "Grunngjevinga må ha minst " + n.NN + " og ingen mal-plasshaldar",
		EN: "The comment needs at least " + n.EN + " and no template placeholder",
	}), false
}

// checkNote reports a note without who or a valid date (through the
// module's validator: codes "field.filled" and "field.valid"), or dated
// before after ("checklist.out_of_order").
func checkNote(n Note, after phase.Date, path string) phase.Findings {
	fs := validate.Struct(n).WithPrefix(path)
	if n.On.IsValid() && !after.IsZero() && n.On.Before(after) {
		fs = append(fs, finding.New("checklist.out_of_order", path+".on", phase.SeverityError, phase.Text{
			NB: "Datoen " + n.On.Norwegian() + " er før forrige endring (" + after.Norwegian() + ")",
			NN: "Datoen " + n.On.Norwegian() + " er før førre endring (" + after.Norwegian() + ")",
			EN: "The date " + n.On.Norwegian() + " is before the previous change (" + after.Norwegian() + ")",
		}))
	}
	return fs
}
