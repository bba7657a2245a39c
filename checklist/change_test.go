package checklist

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/digitale-helgeland/veiviser/phase"
)

var (
	day1 = phase.MustDate("2020-02-17")
	day2 = phase.MustDate("2020-02-25")
	day3 = phase.MustDate("2020-05-28")
)

func note(on phase.Date, comment string) Note {
	return Note{By: "Hilde T Lauvset Rafaelsen", On: on, Comment: comment}
}

// cmpChecklist compares checklists including their unexported state.
var cmpChecklist = cmp.Options{cmp.AllowUnexported(Checklist{}, Item{}), cmpopts.EquateEmpty()}

func TestChangesKeepHistory(t *testing.T) {
	c := MustBP(phase.BP1)
	steps := []struct {
		name string
		do   func() error
	}{
		{"answer ja", func() error { return c.Answer("1", Answer{Bool: Yes}, note(day1, "")) }},
		{"answer nei later", func() error { return c.Record("1", "Nei.", Note{By: "Styringsgruppen", On: day2}) }},
		{"same again changes nothing", func() error { return c.Record("1", "nei", Note{By: "Noen andre", On: day2}) }},
		{"not relevant", func() error {
			return c.NotRelevant("1", note(day2, "Dekkes av samarbeidsavtalen"))
		}},
		{"defer", func() error { return c.Defer("1", note(day3, "Avklares med KS i juni")) }},
		{"reopen", func() error { return c.Reopen("1", note(day3, "")) }},
		{"answer ja again", func() error { return c.Record("1", "ja", note(day3, "Avklart")) }},
	}
	for _, s := range steps {
		if err := s.do(); err != nil {
			t.Fatalf("%s: %v", s.name, err)
		}
	}
	it, _ := c.Item("1")
	want := []Entry{
		{State: Answered, Answer: Answer{Bool: Yes}, By: "Hilde T Lauvset Rafaelsen", On: day1},
		{State: Answered, Answer: Answer{Bool: No}, By: "Styringsgruppen", On: day2},
		{State: NotRelevant, Comment: "Dekkes av samarbeidsavtalen", By: "Hilde T Lauvset Rafaelsen", On: day2},
		{State: Deferred, Comment: "Avklares med KS i juni", By: "Hilde T Lauvset Rafaelsen", On: day3},
		{State: Open, By: "Hilde T Lauvset Rafaelsen", On: day3},
		{State: Answered, Answer: Answer{Bool: Yes}, Comment: "Avklart", By: "Hilde T Lauvset Rafaelsen", On: day3},
	}
	if diff := cmp.Diff(want, it.History()); diff != "" {
		t.Errorf("history (-want +got):\n%s", diff)
	}
	if a, ok := it.Answer(); !ok || a.Bool != Yes || it.State() != Answered || it.Comment() != "Avklart" {
		t.Errorf("current = %v %v %v %q", a, ok, it.State(), it.Comment())
	}
}

func TestRefusedChangesLeaveEverything(t *testing.T) {
	base := MustBP(phase.BP1)
	if err := base.Answer("1", Answer{Bool: Yes}, note(day2, "")); err != nil {
		t.Fatal(err)
	}
	if err := base.Answer("2", Answer{Bool: Yes}, note(day2, "")); err != nil {
		t.Fatal(err)
	}
	late := base.Clone()
	for _, id := range []string{"3", "4", "5", "6", "7"} {
		if err := late.NotRelevant(id, note(day3, "Ikke aktuelt her")); err != nil {
			t.Fatal(err)
		}
	}
	archived := base.Clone()
	for _, id := range []string{"3", "4", "5", "6", "7"} {
		if err := archived.NotRelevant(id, note(day2, "Ikke aktuelt her")); err != nil {
			t.Fatal(err)
		}
	}
	if err := archived.Archive(note(day3, "")); err != nil {
		t.Fatal(err)
	}
	type unmet struct{ Code, Path string }
	tests := []struct {
		name  string
		c     *Checklist
		do    func(c *Checklist) error
		err   error
		unmet []unmet
	}{
		{"unknown item", base, func(c *Checklist) error { return c.Answer("99", Answer{Bool: Yes}, note(day3, "")) },
			ErrUnknownItem, []unmet{{"checklist.unknown_item", "items"}}},
		{"yes to a choice", base, func(c *Checklist) error { return c.Answer("4", Answer{Bool: Yes}, note(day3, "")) },
			ErrInvalidAnswer, []unmet{{"checklist.answer_invalid", "items[3].answer"}}},
		{"unknown option", base, func(c *Checklist) error { return c.Answer("4", Answer{Option: "program"}, note(day3, "")) },
			ErrInvalidAnswer, []unmet{{"checklist.answer_invalid", "items[3].answer"}}},
		{"two answers at once", base, func(c *Checklist) error {
			return c.Answer("1", Answer{Bool: Yes, Text: "og tekst"}, note(day3, ""))
		}, ErrInvalidAnswer, []unmet{{"checklist.answer_invalid", "items[0].answer"}}},
		{"empty answer", base, func(c *Checklist) error { return c.Answer("1", Answer{}, note(day3, "")) },
			ErrInvalidAnswer, []unmet{{"checklist.answer_invalid", "items[0].answer"}}},
		{"unreadable text", base, func(c *Checklist) error { return c.Record("1", "tja", note(day3, "")) },
			ErrInvalidAnswer, []unmet{{"checklist.answer_invalid", "items[0].answer"}}},
		{"not relevant without comment", base, func(c *Checklist) error { return c.Record("3", "Ikke relevant", note(day3, "")) },
			ErrCommentRequired, []unmet{{"checklist.comment_missing", "items[2].comment"}}},
		{"deferred with short comment", base, func(c *Checklist) error { return c.Defer("3", note(day3, "senere")) },
			ErrCommentRequired, []unmet{{"checklist.comment_missing", "items[2].comment"}}},
		{"comment is a placeholder", base, func(c *Checklist) error { return c.Defer("3", note(day3, "<begrunnelse her>")) },
			ErrCommentRequired, []unmet{{"checklist.comment_missing", "items[2].comment"}}},
		{"reopen an open item", base, func(c *Checklist) error { return c.Reopen("3", note(day3, "")) },
			phase.ErrNotAllowed, []unmet{{"checklist.not_allowed", "items[2]"}}},
		{"no one and no date, all listed", base, func(c *Checklist) error { return c.Defer("3", Note{Comment: "x"}) },
			ErrCommentRequired, []unmet{
				{"checklist.comment_missing", "items[2].comment"},
				{"field.filled", "items[2].by"},
				{"field.valid", "items[2].on"},
			}},
		{"placeholder for who", base, func(c *Checklist) error { return c.Answer("3", Answer{Bool: Yes}, Note{By: "<navn>", On: day3}) },
			ErrInvalidNote, []unmet{{"field.filled", "items[2].by"}}},
		{"before the previous change", base, func(c *Checklist) error { return c.Answer("1", Answer{Bool: No}, note(day1, "")) },
			phase.ErrOutOfOrder, []unmet{{"checklist.out_of_order", "items[0].on"}}},
		{"archive with open items", base, func(c *Checklist) error { return c.Archive(note(day3, "")) },
			phase.ErrNotAllowed, []unmet{
				{"checklist.unanswered", "items[2]"}, {"checklist.unanswered", "items[3]"}, {"checklist.unanswered", "items[4]"},
				{"checklist.unanswered", "items[5]"}, {"checklist.unanswered", "items[6]"},
			}},
		{"archive dated too early", late, func(c *Checklist) error { return c.Archive(note(day2, "")) },
			phase.ErrOutOfOrder, []unmet{
				{"checklist.out_of_order", "items[2].on"}, {"checklist.out_of_order", "items[3].on"}, {"checklist.out_of_order", "items[4].on"},
				{"checklist.out_of_order", "items[5].on"}, {"checklist.out_of_order", "items[6].on"},
			}},
		{"answer an archived item", archived, func(c *Checklist) error { return c.Answer("1", Answer{Bool: No}, note(day3, "")) },
			phase.ErrNotAllowed, []unmet{{"checklist.not_allowed", "items[0]"}}},
		{"archive by no one lists it once", base, func(c *Checklist) error { return c.Archive(Note{On: day3}) },
			ErrInvalidNote, []unmet{
				{"field.filled", "by"},
				{"checklist.unanswered", "items[2]"}, {"checklist.unanswered", "items[3]"}, {"checklist.unanswered", "items[4]"},
				{"checklist.unanswered", "items[5]"}, {"checklist.unanswered", "items[6]"},
			}},
		{"waive without justification", base, func(c *Checklist) error { return c.Waive(note(day3, "")) },
			ErrCommentRequired, []unmet{{"checklist.comment_missing", "waiver.comment"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := tt.c.Clone()
			err := tt.do(c)
			var ce *ChangeError
			if !errors.As(err, &ce) || !errors.Is(err, tt.err) {
				t.Fatalf("error = %v, want a *ChangeError wrapping %v", err, tt.err)
			}
			var got []unmet
			for _, f := range ce.Unmet {
				got = append(got, unmet{string(f.Code), f.Path})
				if f.Message.NB == "" || f.Message.NN == "" || f.Message.EN == "" {
					t.Errorf("finding %v lacks a message", f)
				}
			}
			if diff := cmp.Diff(tt.unmet, got); diff != "" {
				t.Errorf("unmet (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.c, c, cmpChecklist); diff != "" {
				t.Errorf("refused change modified the checklist (-before +after):\n%s", diff)
			}
		})
	}
}

func TestArchive(t *testing.T) {
	c := MustBP(phase.BP6)
	if err := c.Answer("1", Answer{Bool: Yes}, note(day1, "")); err != nil {
		t.Fatal(err)
	}
	if err := c.Answer("2", Answer{Text: "Oppnådd"}, note(day1, "")); err != nil {
		t.Fatal(err)
	}
	if err := c.Archive(note(day2, "")); err != nil {
		t.Fatal(err)
	}
	if err := c.Archive(note(day3, "")); err != nil {
		t.Errorf("archiving twice: %v", err)
	}
	it, _ := c.Item("2")
	if a, ok := it.Answer(); it.State() != Archived || !ok || a.Text != "Oppnådd" || len(it.History()) != 2 {
		t.Errorf("archived item = %v %v %v, history %v", it.State(), a, ok, it.History())
	}
	if r := c.Evaluate(); !r.Ready || r.Counts.Archived != 2 {
		t.Errorf("archived checklist: %+v", r)
	}
}

func TestWaive(t *testing.T) {
	c := MustBP(phase.BP3)
	n := note(day1, "Planleggingsfasen er slått sammen med konseptfasen i vår modell")
	if err := c.Waive(n); err != nil {
		t.Fatal(err)
	}
	if w, ok := c.Waiver(); !ok || w != n {
		t.Errorf("Waiver() = %v, %v", w, ok)
	}
	if err := c.Waive(n); !errors.Is(err, phase.ErrNotAllowed) {
		t.Errorf("second waiver: %v, want phase.ErrNotAllowed", err)
	}
	r := c.Evaluate()
	if !r.Ready || !r.Waived || len(r.Problems) != 0 || r.Justification != n.Comment {
		t.Errorf("waived report = %+v", r)
	}
	fs := r.Findings()
	if len(fs) != 1 || fs[0].Code != "checklist.waived" || fs[0].Severity != phase.SeverityWarning {
		t.Errorf("waived findings = %v", fs)
	}
}

func TestAddAndNew(t *testing.T) {
	c := MustBP(phase.BP5)
	tenth := Item{ID: "10", Question: Wording{Text: "Er sluttrapporten godkjent?", English: "Has the final report been approved?"}, Kind: YesNo, Favourable: Yes}
	if err := c.Add(tenth); err != nil {
		t.Fatal(err)
	}
	if c.Len() != 10 {
		t.Errorf("Len = %d, want 10", c.Len())
	}
	if err := c.Add(tenth); !errors.Is(err, phase.ErrDuplicateID) {
		t.Errorf("adding a duplicate: %v", err)
	}
	var pe *phase.PathError
	if err := c.Add(Item{ID: "11", Kind: YesNo}); !errors.As(err, &pe) || pe.Path != "items[10].question.text" {
		t.Errorf("adding an item without a question: %v", err)
	}
	if _, err := New("egen", phase.Text{NB: "Egen"}, phase.BP2, tenth, tenth); !errors.Is(err, phase.ErrDuplicateID) {
		t.Errorf("New with duplicates: %v", err)
	}
	if _, err := New("", phase.Text{NB: "Egen"}, 0); !errors.Is(err, ErrInvalidChecklist) {
		t.Errorf("New without ID: %v", err)
	}
	own, err := New("egen", phase.Text{NB: "Egen"}, phase.BP2, tenth)
	if err != nil || own.Level != Mandatory {
		t.Fatalf("New = %v, %v", own, err)
	}
}

func TestItemDefinitions(t *testing.T) {
	bad := []struct {
		name string
		it   Item
		path string
		err  error
	}{
		{"no id", Item{Question: Wording{Text: "?"}, Kind: YesNo}, "items[0].id", ErrInvalidChecklist},
		{"no kind", Item{ID: "1", Question: Wording{Text: "?"}}, "items[0].kind", phase.ErrUnknownValue},
		{"bad language", Item{ID: "1", Lang: 9, Question: Wording{Text: "?"}, Kind: YesNo}, "items[0].lang", phase.ErrUnknownValue},
		{"favourable on text", Item{ID: "1", Question: Wording{Text: "?"}, Kind: Text, Favourable: Yes}, "items[0].favourable", ErrInvalidChecklist},
		{"bad favourable", Item{ID: "1", Question: Wording{Text: "?"}, Kind: YesNo, Favourable: 7}, "items[0].favourable", phase.ErrUnknownValue},
		{"choice with one option", Item{ID: "1", Question: Wording{Text: "?"}, Kind: Choice, Options: []Option{{ID: "a"}}}, "items[0].options", ErrInvalidChecklist},
		{"options on yes/no", Item{ID: "1", Question: Wording{Text: "?"}, Kind: YesNo, Options: []Option{{ID: "a"}, {ID: "b"}}}, "items[0].options", ErrInvalidChecklist},
		{"duplicate option", Item{ID: "1", Question: Wording{Text: "?"}, Kind: Choice, Options: []Option{{ID: "a"}, {ID: "a"}}}, "items[0].options[1].id", ErrInvalidChecklist},
		{"blank option", Item{ID: "1", Question: Wording{Text: "?"}, Kind: Choice, Options: []Option{{ID: "a"}, {ID: " "}}}, "items[0].options[1].id", ErrInvalidChecklist},
		{"blank sub-question", Item{ID: "1", Question: Wording{Text: "?"}, Kind: YesNo, Sub: []Wording{{}}}, "items[0].sub[0].text", ErrInvalidChecklist},
		{"from after due", Item{ID: "1", Question: Wording{Text: "?"}, Kind: YesNo, From: phase.Closure, Due: phase.Concept}, "items[0].from", ErrInvalidChecklist},
		{"bad due", Item{ID: "1", Question: Wording{Text: "?"}, Kind: YesNo, Due: 42}, "items[0].due", phase.ErrUnknownValue},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, err := New("x", phase.Text{NB: "X"}, 0, tt.it)
			var pe *phase.PathError
			if !errors.As(err, &pe) || pe.Path != tt.path || !errors.Is(err, tt.err) {
				t.Errorf("New = %v, want a *phase.PathError at %s wrapping %v", err, tt.path, tt.err)
			}
		})
	}
}
