package checklist

import (
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Wording is one text of an item (its question, guidance, lead-in or a
// sub-question): the source's own words in the item's language
// (Item.Lang), and the same text in other languages beside it.
//
// Which of the texts beside Text are translations, rather than words the
// source itself publishes, is recorded in Translated, one mark per
// language. For the built-ins: Digdir publishes BP1 in nynorsk (its
// nynorsk mandate template), so BP1's Nynorsk is Digdir's and unmarked;
// Digdir publishes no nynorsk for BP2–BP6, so theirs is this library's
// translation and marked; no source publishes English, so every English
// text is marked.
//
// The zero Wording has no text. Wording is comparable.
type Wording struct {
	// Text is the source's text, word for word, in the item's language.
	Text string `json:"text"`
	// Nynorsk is the text in nynorsk, for an item whose own language is
	// not nynorsk; empty when there is none.
	Nynorsk string `json:"nn,omitempty"`
	// English is the text in English; empty when there is none.
	English string `json:"en,omitempty"`
	// Translated lists the languages whose text in this Wording is a
	// translation made for it (by this library, for the built-ins), not
	// the source's own words. Text is never a translation.
	Translated Languages `json:"translated,omitzero"`
}

// IsZero reports whether w has no text at all.
func (w Wording) IsZero() bool { return w == Wording{} }

// In returns the text in language l: Nynorsk or English when l is that
// language and w has a text in it, otherwise Text, the source's own words.
// A KS checkpoint, whose source is nynorsk, gives its nynorsk Text for
// bokmål too, as no bokmål version exists.
func (w Wording) In(l phase.Language) string {
	switch {
	case l == phase.Nynorsk && w.Nynorsk != "":
		return w.Nynorsk
	case l == phase.English && w.English != "":
		return w.English
	}
	return w.Text
}

// IsTranslation reports whether In(l) is a translation rather than the
// source's own words: w has a text of its own in l and Translated lists l.
// A reader shows such a text marked as a translation.
func (w Wording) IsTranslation(l phase.Language) bool {
	own := l == phase.Nynorsk && w.Nynorsk != "" || l == phase.English && w.English != ""
	return own && w.Translated.Has(l)
}

// Languages is a set of languages (bokmål, nynorsk, English). The zero
// value is the empty set. Its wire form lists the members' codes in the
// order nb, nn, en, separated by commas: "nn,en"; the empty set is "".
type Languages uint8

// langOrder lists the languages in wire order; a language's bit is
// 1 << its index.
var langOrder = [...]phase.Language{phase.Bokmal, phase.Nynorsk, phase.English}

const allLanguages Languages = 1<<len(langOrder) - 1

// LanguagesOf returns the set of the given languages; invalid ones are
// left out.
func LanguagesOf(ls ...phase.Language) Languages {
	var s Languages
	for _, l := range ls {
		s |= langBit(l)
	}
	return s
}

func langBit(l phase.Language) Languages {
	for i, m := range langOrder {
		if m == l {
			return 1 << i
		}
	}
	return 0
}

// Has reports whether l is in s.
func (s Languages) Has(l phase.Language) bool { b := langBit(l); return b != 0 && s&b != 0 }

// IsValid reports whether s holds nothing but bokmål, nynorsk and English.
func (s Languages) IsValid() bool { return s&^allLanguages == 0 }

// String returns the wire form, such as "nn,en", or "Languages(n)" for an
// invalid set.
func (s Languages) String() string {
	if !s.IsValid() {
		return "Languages(" + strconv.Itoa(int(s)) + ")"
	}
	var codes []string
	for i, l := range langOrder {
		if s&(1<<i) != 0 {
			codes = append(codes, l.String())
		}
	}
	return strings.Join(codes, ",")
}

// MarshalText encodes s in its wire form; an invalid set is an error.
func (s Languages) MarshalText() ([]byte, error) {
	if !s.IsValid() {
		return nil, &enum.ValueError{Type: "set of languages", Value: s.String()}
	}
	return []byte(s.String()), nil
}

// UnmarshalText decodes a comma-separated list of language codes ("nb",
// "nn", "en"), each at most once; "" is the empty set. On error s is
// unchanged.
func (s *Languages) UnmarshalText(b []byte) error {
	var v Languages
	if len(b) > 0 {
		for code := range strings.SplitSeq(string(b), ",") {
			var l phase.Language
			if err := l.UnmarshalText([]byte(code)); err != nil || code != l.String() || v.Has(l) {
				return &enum.ValueError{Type: "set of languages", Value: string(b)}
			}
			v |= langBit(l)
		}
	}
	*s = v
	return nil
}
