package checklist

import (
	"fmt"
	"strconv"

	"github.com/digitale-helgeland/veiviser/phase"
)

// BP returns a fresh copy of Digdir's checklist for decision point p
// (BP1 to BP6): ID "bp1" … "bp6", mandatory, items "1", "2", … in bokmål
// as Digdir publishes them, with nynorsk and English beside them. BP1's
// nynorsk is Digdir's own (its nynorsk mandate template); BP2–BP6's
// nynorsk and all English are this library's translations, marked in
// Wording.Translated. Every call returns a new checklist; changing it
// changes nothing else. A point without a built-in checklist, such as
// BP3.1, gives an error wrapping ErrNoBuiltin.
//
// Answer kinds: yes/no with "ja" favourable, except BP1 item 7 and BP4
// item 3 ("nei" is favourable); BP1 item 4 is a choice between
// "prosjekt" (favourable) and "linjeoppgave"; BP6 item 2, a compound
// question that asks for a plan, is free text.
func BP(p phase.DecisionPoint) (*Checklist, error) {
	if !p.IsValid() || p.IsSub() {
		return nil, fmt.Errorf("%w for decision point %s", ErrNoBuiltin, p)
	}
	list := bpTexts[p.Major()]
	defs := list.items
	c := &Checklist{
		ID: p.String(),
		Title: phase.Text{
			NB: "Sjekkliste for " + p.Label(),
			NN: "Sjekkliste for " + p.Label(),
			EN: p.Label() + " checklist",
		},
		Point: p,
		Level: Mandatory,
		items: make([]Item, len(defs)),
	}
	for i, d := range defs {
		it := Item{
			ID:       strconv.Itoa(i + 1),
			Lang:     phase.Bokmal,
			Question: Wording{Text: d.nb, Nynorsk: d.nn, English: d.en, Translated: list.translated},
			Kind:     YesNo,
		}
		switch {
		case d.kind == Choice:
			it.Kind = Choice
			it.Options = append([]Option(nil), d.opts...)
		case d.kind == Text:
			it.Kind = Text
		case d.fav != 0:
			it.Favourable = d.fav
		default:
			it.Favourable = Yes
		}
		c.items[i] = it
	}
	return c, nil
}

// MustBP is like BP but panics; for the six main decision points, which
// always have a checklist.
func MustBP(p phase.DecisionPoint) *Checklist {
	c, err := BP(p)
	if err != nil {
		panic(err)
	}
	return c
}

// KS returns a fresh copy of Difi's "Sjekkliste for involvering av
// kommunesektoren" (seed 004): ID "ks", mandatory, eight checkpoints "1" …
// "8" in nynorsk, as Difi wrote them, with every sub-question, guidance and
// this library's English translations (marked in Wording.Translated).
// Each checkpoint is a yes/no item ("ja": carried out) with From and Due
// phases; see the package's KS timing in Set.
//
// The checklist belongs to no single decision point: EvaluateAt with the
// phase being left says which checkpoints are due.
func KS() *Checklist {
	c := &Checklist{ID: "ks", Title: ksTitle, Level: Mandatory, items: make([]Item, len(ksTexts))}
	for i, d := range ksTexts {
		sub := make([]Wording, len(d.sub))
		for k, w := range d.sub {
			sub[k] = ksTranslated(w)
		}
		c.items[i] = Item{
			ID:         strconv.Itoa(i + 1),
			Lang:       phase.Nynorsk,
			Question:   ksTranslated(d.question),
			Guidance:   ksTranslated(d.guidance),
			Lead:       ksTranslated(d.lead),
			Sub:        sub,
			Kind:       YesNo,
			Favourable: Yes,
			From:       d.from,
			Due:        d.due,
		}
	}
	return c
}

// ksTranslated marks w's English, this library's translation of Difi's
// nynorsk, as a translation.
func ksTranslated(w Wording) Wording {
	if w.English != "" {
		w.Translated = LanguagesOf(phase.English)
	}
	return w
}
