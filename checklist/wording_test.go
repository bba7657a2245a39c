package checklist

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

func TestWordingIn(t *testing.T) {
	bp2, _ := MustBP(phase.BP2).Item("1")
	ks1, _ := KS().Item("1")
	tests := []struct {
		name  string
		w     Wording
		l     phase.Language
		want  string
		trans bool
	}{
		{"BP2 bokmål is Digdir's", bp2.Question, phase.Bokmal, "Er prosjektet realistisk og gjennomførbart?", false},
		{"BP2 nynorsk is ours", bp2.Question, phase.Nynorsk, "Er prosjektet realistisk og gjennomførleg?", true},
		{"BP2 English is ours", bp2.Question, phase.English, "Is the project realistic and feasible?", true},
		{"KS nynorsk is Difi's", ks1.Question, phase.Nynorsk, ks1.Question.Text, false},
		{"KS has no bokmål: its nynorsk", ks1.Question, phase.Bokmal, ks1.Question.Text, false},
		{"KS English is ours", ks1.Question, phase.English, ks1.Question.English, true},
		{"no English: the source's text", Wording{Text: "Er det gjort?"}, phase.English, "Er det gjort?", false},
		{"marked but empty: the source's text, not a translation",
			Wording{Text: "Er det gjort?", Translated: LanguagesOf(phase.Nynorsk)}, phase.Nynorsk, "Er det gjort?", false},
		{"invalid language: the source's text", bp2.Question, phase.Language(9), bp2.Question.Text, false},
	}
	for _, tt := range tests {
		if got := tt.w.In(tt.l); got != tt.want {
			t.Errorf("%s: In(%v) = %q, want %q", tt.name, tt.l, got, tt.want)
		}
		if got := tt.w.IsTranslation(tt.l); got != tt.trans {
			t.Errorf("%s: IsTranslation(%v) = %v, want %v", tt.name, tt.l, got, tt.trans)
		}
	}
}

func TestLanguages(t *testing.T) {
	tests := []struct {
		set  Languages
		wire string
		has  []phase.Language
	}{
		{0, "", nil},
		{LanguagesOf(phase.English), "en", []phase.Language{phase.English}},
		{LanguagesOf(phase.English, phase.Nynorsk), "nn,en", []phase.Language{phase.Nynorsk, phase.English}},
		{LanguagesOf(phase.Bokmal, phase.Nynorsk, phase.English, phase.Nynorsk), "nb,nn,en", []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English}},
		{LanguagesOf(phase.Language(7)), "", nil},
	}
	for _, tt := range tests {
		b, err := tt.set.MarshalText()
		if err != nil || string(b) != tt.wire || tt.set.String() != tt.wire || !tt.set.IsValid() {
			t.Errorf("%d: MarshalText = %q, %v; String %q; want %q", tt.set, b, err, tt.set.String(), tt.wire)
		}
		var back Languages
		if err := back.UnmarshalText(b); err != nil || back != tt.set {
			t.Errorf("%q: decoded %d, %v; want %d", b, back, err, tt.set)
		}
		var has []phase.Language
		for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English, phase.Language(3)} {
			if tt.set.Has(l) {
				has = append(has, l)
			}
		}
		if diff := cmp.Diff(tt.has, has); diff != "" {
			t.Errorf("%q: Has (-want +got):\n%s", tt.wire, diff)
		}
	}
	for _, bad := range []string{"no", "NN", "nn,", ",en", "nn,nn", "nn en", "de", " nn"} {
		s := LanguagesOf(phase.English)
		err := s.UnmarshalText([]byte(bad))
		var ve *enum.ValueError
		if !errors.As(err, &ve) || !errors.Is(err, phase.ErrUnknownValue) || s != LanguagesOf(phase.English) {
			t.Errorf("UnmarshalText(%q) = %v, set %q; want a *enum.ValueError and the set unchanged", bad, err, s)
		}
	}
	if bad := Languages(8); bad.IsValid() || bad.String() != "Languages(8)" {
		t.Errorf("Languages(8): valid %v, %q", bad.IsValid(), bad.String())
	} else if _, err := bad.MarshalText(); !errors.Is(err, phase.ErrUnknownValue) {
		t.Errorf("MarshalText(Languages(8)) = %v", err)
	}
}

// TestWordingJSON: the nynorsk text and the translation marks survive a
// round trip through an item's JSON, and an unknown mark is refused with
// its path.
func TestWordingJSON(t *testing.T) {
	it, _ := MustBP(phase.BP2).Item("1")
	b, err := json.Marshal(it)
	must(t, err)
	var back Item
	must(t, json.Unmarshal(b, &back))
	if diff := cmp.Diff(it.Question, back.Question); diff != "" {
		t.Errorf("question after a round trip (-want +got):\n%s", diff)
	}
	bad := []byte(`{"id":"1","lang":"nb","question":{"text":"Er det gjort?","nn":"Er det gjort?","translated":"nn,xx"},"kind":"yes_no"}`)
	err = json.Unmarshal(bad, &back)
	var pe *phase.PathError
	if !errors.As(err, &pe) || pe.Path != "question.translated" {
		t.Errorf("unknown mark: %v, want a *PathError at question.translated", err)
	}
}

// FuzzLanguages: whatever decodes encodes to a canonical form that decodes
// to the same set.
func FuzzLanguages(f *testing.F) {
	for _, s := range []string{"", "en", "nn,en", "nb,nn,en", "en,nn", "nn,", "xx"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var v Languages
		if err := v.UnmarshalText([]byte(s)); err != nil {
			return
		}
		b, err := v.MarshalText()
		if err != nil {
			t.Fatalf("%q decoded to %d, which does not encode: %v", s, v, err)
		}
		var w Languages
		if err := w.UnmarshalText(b); err != nil || w != v {
			t.Fatalf("%q → %d → %q → %d, %v", s, v, b, w, err)
		}
	})
}
