package checklist

import (
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

func bp1Item(t testing.TB, id string) Item {
	t.Helper()
	it, ok := MustBP(phase.BP1).Item(id)
	if !ok {
		t.Fatalf("BP1 has no item %s", id)
	}
	return it
}

func TestParse(t *testing.T) {
	yesno := bp1Item(t, "1")
	choice := bp1Item(t, "4")
	text, _ := MustBP(phase.BP6).Item("2")
	answered := func(a Answer) Reply { return Reply{State: Answered, Answer: a} }
	tests := []struct {
		name string
		item Item
		in   string
		want Reply
		err  error
	}{
		{"ja", yesno, "ja", answered(Answer{Bool: Yes}), nil},
		{"Ja with full stop", yesno, "Ja.", answered(Answer{Bool: Yes}), nil},
		{"JA in capitals with spaces", yesno, "  JA \n", answered(Answer{Bool: Yes}), nil},
		{"nei", yesno, "nei", answered(Answer{Bool: No}), nil},
		{"Nei!", yesno, "Nei!", answered(Answer{Bool: No}), nil},
		{"english yes", yesno, "Yes", answered(Answer{Bool: Yes}), nil},
		{"ikke relevant", yesno, "ikke relevant", Reply{State: NotRelevant}, nil},
		{"Ikke relevant as the template says", yesno, "Ikke relevant", Reply{State: NotRelevant}, nil},
		{"Ikkje relevant", yesno, "Ikkje relevant", Reply{State: NotRelevant}, nil},
		{"N/A", yesno, "N/A", Reply{State: NotRelevant}, nil},
		{"line break inside", yesno, "ikke\nrelevant.", Reply{State: NotRelevant}, nil},
		{"fortsatt åpen", yesno, "Fortsatt åpen", Reply{State: Deferred}, nil},
		{"Framleis open", yesno, "Framleis open.", Reply{State: Deferred}, nil},
		{"prosjekt", choice, "prosjekt", answered(Answer{Option: "prosjekt"}), nil},
		{"Prosjekt.", choice, "Prosjekt.", answered(Answer{Option: "prosjekt"}), nil},
		{"linjeoppgave", choice, "Linjeoppgave", answered(Answer{Option: "linjeoppgave"}), nil},
		{"nynorsk option label", choice, "linjeoppgåve", answered(Answer{Option: "linjeoppgave"}), nil},
		{"english option label", choice, "line task", answered(Answer{Option: "linjeoppgave"}), nil},
		{"N/A on a choice", choice, "n/a", Reply{State: NotRelevant}, nil},
		{"free text", text, "  Gevinstene er delvis oppnådd; tiltaksplan vedtatt 01.03.2023. ",
			answered(Answer{Text: "Gevinstene er delvis oppnådd; tiltaksplan vedtatt 01.03.2023."}), nil},
		{"ikke relevant on free text", text, "Ikke relevant", Reply{State: NotRelevant}, nil},

		{"maybe", yesno, "kanskje", Reply{}, ErrInvalidAnswer},
		{"blank", yesno, "  ", Reply{}, ErrInvalidAnswer},
		{"ja with a comment", yesno, "ja, men usikkert", Reply{}, ErrInvalidAnswer},
		{"ja on a choice", choice, "ja", Reply{}, ErrInvalidAnswer},
		{"unknown option", choice, "program", Reply{}, ErrInvalidAnswer},
		{"blank free text", text, "\t", Reply{}, ErrInvalidAnswer},
		{"placeholder free text", text, "<svar>", Reply{}, ErrInvalidAnswer},
		{"no kind", Item{ID: "x"}, "ja", Reply{}, ErrInvalidAnswer},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.item.Parse(tt.in)
			if !errors.Is(err, tt.err) {
				t.Fatalf("Parse(%q) error = %v, want %v", tt.in, err, tt.err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Parse(%q) (-want +got):\n%s", tt.in, diff)
			}
		})
	}
}

func TestParseErrorsSayWhatIsAccepted(t *testing.T) {
	_, err := bp1Item(t, "4").Parse("program")
	if err == nil || !strings.Contains(err.Error(), `"program"`) || !strings.Contains(err.Error(), "«prosjekt»") {
		t.Errorf("error %q should quote the input and list the options", err)
	}
	_, err = ParseBool("kanskje")
	if err == nil || !strings.Contains(err.Error(), "«ja» or «nei»") {
		t.Errorf("error %q should say what to write", err)
	}
}

func TestParseBool(t *testing.T) {
	for in, want := range map[string]Bool{"ja": Yes, "Ja.": Yes, "NEI": No, "no": No} {
		if got, err := ParseBool(in); err != nil || got != want {
			t.Errorf("ParseBool(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParseBool("ikke relevant"); !errors.Is(err, ErrInvalidAnswer) {
		t.Errorf("ParseBool(ikke relevant) = %v, want ErrInvalidAnswer", err)
	}
}

// FuzzParse checks that Parse never panics, that every accepted reply can
// be recorded on the item, and that white space and a closing full stop
// around an answer word do not change it.
func FuzzParse(f *testing.F) {
	for _, s := range []string{"ja", "nei", "Ja.", "prosjekt", "ikke relevant", "Ikkje relevant", "N/A",
		"fortsatt åpen", "linjeoppgåve", "", " ", "<dato>", "ja, men", "\xff", "NEI!", "Ikke\u00a0relevant"} {
		f.Add(s)
	}
	items := []Item{bp1Item(f, "1"), bp1Item(f, "4"), MustBP(phase.BP6).Items()[1]}
	f.Fuzz(func(t *testing.T, s string) {
		for _, it := range items {
			r, err := it.Parse(s)
			if err != nil {
				if !errors.Is(err, ErrInvalidAnswer) {
					t.Fatalf("Parse(%q) error %v does not wrap ErrInvalidAnswer", s, err)
				}
				continue
			}
			c, err := New("fuzz", phase.Text{NB: "Fuzz"}, 0, it.Definition())
			if err != nil {
				t.Fatal(err)
			}
			n := Note{By: "Fuzz", On: phase.MustDate("2020-01-01"), Comment: "Begrunnelse for fuzz"}
			if err := c.Record(it.ID, s, n); err != nil {
				t.Fatalf("Parse(%q) = %+v but Record refuses: %v", s, r, err)
			}
			if got := c.Items()[0].State(); got != r.State {
				t.Fatalf("Record(%q) state = %v, want %v", s, got, r.State)
			}
			if r.State != Answered || it.Kind == Text || !utf8.ValidString(s) {
				continue
			}
			again, err := it.Parse(" " + s + ". ")
			if err != nil || again != r {
				t.Fatalf("Parse(%q) = %+v but with spaces and a full stop %+v, %v", s, r, again, err)
			}
		}
	})
}
