package checklist

import (
	"fmt"
	"strconv"

	"github.com/digitale-helgeland/veiviser/phase"
)

// BP returns a fresh copy of Digdir's checklist for decision point p
// (BP1 to BP6): ID "bp1" … "bp6", mandatory, items "1", "2", … in bokmål
// with English translations. Every call returns a new checklist; changing
// it changes nothing else. A point without a built-in checklist, such as
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
	defs := bpTexts[p.Major()]
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
			Question: Wording{Text: d.nb, English: d.en},
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
// "8" in nynorsk with every sub-question, guidance and English
// translations. Each checkpoint is a yes/no item ("ja": carried out) with
// From and Due phases; see the package's KS timing in Set.
//
// The checklist belongs to no single decision point: EvaluateAt with the
// phase being left says which checkpoints are due.
func KS() *Checklist {
	c := &Checklist{ID: "ks", Title: ksTitle, Level: Mandatory, items: make([]Item, len(ksTexts))}
	for i, d := range ksTexts {
		c.items[i] = Item{
			ID:         strconv.Itoa(i + 1),
			Lang:       phase.Nynorsk,
			Question:   d.question,
			Guidance:   d.guidance,
			Lead:       d.lead,
			Sub:        append([]Wording(nil), d.sub...),
			Kind:       YesNo,
			Favourable: Yes,
			From:       d.from,
			Due:        d.due,
		}
	}
	return c
}
