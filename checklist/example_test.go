package checklist_test

import (
	"errors"
	"fmt"

	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/phase"
)

// The BP1 checklist of Digitale Helgeland, answered as in the mandate for
// the concept phase (seed 000), and evaluated.
func Example() {
	c, err := checklist.BP(phase.BP1)
	if err != nil {
		panic(err)
	}
	n := checklist.Note{By: "Hilde T Lauvset Rafaelsen, prosjektleder", On: phase.MustDate("17.02.2020")}
	for i, answer := range []string{"ja", "ja", "ja", "prosjekt", "ja", "ja", "nei"} {
		if err := c.Record(c.Items()[i].ID, answer, n); err != nil {
			panic(err)
		}
	}
	r := c.Evaluate()
	fmt.Println(c.Title.NB, "klar:", r.Ready, "besvart:", r.Counts.Answered)

	// "Ja" to item 7 (more information needed) is unfavourable.
	_ = c.Record("7", "Ja.", checklist.Note{By: "Styringsgruppen", On: phase.MustDate("25.02.2020")})
	for _, f := range c.Evaluate().Findings() {
		fmt.Println(f.Path, f.Message.NB)
	}
	it, _ := c.Item("7")
	fmt.Println("historikk:", len(it.History()), "svar")
	// Output:
	// Sjekkliste for BP1 klar: true besvart: 7
	// items[6] Sjekkliste for BP1, punkt 7: ugunstig svar
	// historikk: 2 svar
}

// Answers are read as people write them; anything else is an error that
// says what the item accepts.
func ExampleItem_Parse() {
	c := checklist.MustBP(phase.BP1)
	yesNo, _ := c.Item("1")
	choice, _ := c.Item("4")
	show := func(it checklist.Item, s string) {
		r, err := it.Parse(s)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("%q → %s", s, r.State.Label(phase.Bokmal))
		if r.State == checklist.Answered {
			fmt.Printf(": %s", r.Answer.Label(it, phase.Bokmal))
		}
		fmt.Println()
	}
	for _, s := range []string{"Ja.", "nei", "Ikkje relevant", "N/A"} {
		show(yesNo, s)
	}
	show(choice, "Prosjekt")
	show(yesNo, "kanskje")
	// Output:
	// "Ja." → Besvart: Ja
	// "nei" → Besvart: Nei
	// "Ikkje relevant" → Ikke relevant
	// "N/A" → Ikke relevant
	// "Prosjekt" → Besvart: Prosjekt
	// veiviser: invalid checklist answer: "kanskje" is not yes or no (write «ja» or «nei»)
}

// A state agency's project that affects the municipal sector cannot leave
// the concept phase before the first four KS checkpoints are handled.
func ExampleSet_Gate() {
	s := checklist.NewSet()
	l := phase.New(nil)
	day := phase.MustDate("01.03.2021")
	n := checklist.Note{By: "Prosjektleiar", On: day}
	answer := func(c *checklist.Checklist, favourable map[string]string) {
		for _, it := range c.Items() {
			a := "ja"
			if v, ok := favourable[it.ID]; ok {
				a = v
			}
			if err := c.Record(it.ID, a, n); err != nil {
				panic(err)
			}
		}
	}
	answer(s.At(phase.BP1), map[string]string{"4": "prosjekt", "7": "nei"})
	answer(s.At(phase.BP2), nil)
	decide := func(p phase.DecisionPoint) error {
		return l.Decide(phase.Decision{Point: p, Outcome: phase.Approved, Date: day, Body: "Leiinga", DecidedBy: "Direktør"}, s.Gate(checklist.Options{KS: true}))
	}
	fmt.Println("BP1:", decide(phase.BP1))

	err := decide(phase.BP2)
	var de *phase.DecisionError
	if errors.As(err, &de) {
		for _, f := range de.Unmet {
			fmt.Println(f.Path, f.Message.NN)
		}
	}
	// Only KS checkpoint 1 blocks BP2; 2–4 and 8 are advice.
	_ = s.KS().Record("1", "ja", n)
	fmt.Println("BP2:", decide(phase.BP2), l.Phase())
	// Output:
	// BP1: <nil>
	// checklists.ks.items[0] Sjekkliste for involvering av kommunesektoren, punkt 1: ikkje svara på
	// BP2: <nil> planning
}

// The KS timing follows the sources unless the organisation chooses
// otherwise: here checkpoint 2 blocks from BP2 too, and the roll-out date
// makes checkpoint 6 due in the budget year before it.
func ExampleOptions() {
	s := checklist.NewSet()
	for _, p := range phase.Points() {
		_ = s.At(p).Waive(checklist.Note{By: "Prosjekteigar", On: phase.MustDate("01.11.2020"), Comment: "Berre KS-punkta i dette dømet"})
	}
	o := checklist.Options{
		KS:         true,
		RollOut:    phase.MustDate("01.08.2022"),
		KSBlocking: map[string]bool{"2": true},
	}
	for _, on := range []string{"01.12.2020", "01.02.2021"} {
		ctx := phase.GateContext{
			Decision: phase.Decision{Point: phase.BP2, Outcome: phase.Approved, Date: phase.MustDate(on), Body: "Leiinga", DecidedBy: "Direktør"},
			Covers:   []phase.DecisionPoint{phase.BP2},
		}
		fmt.Println("BP2 on", on)
		for _, f := range s.Gate(o).Check(ctx) {
			if f.Severity == phase.SeverityError {
				fmt.Println(" ", f.Path, f.Message.EN)
			}
		}
	}
	// Output:
	// BP2 on 01.12.2020
	//   checklists.ks.items[0] Checklist for involving the municipal sector, item 1: not answered
	//   checklists.ks.items[1] Checklist for involving the municipal sector, item 2: not answered
	// BP2 on 01.02.2021
	//   checklists.ks.items[0] Checklist for involving the municipal sector, item 1: not answered
	//   checklists.ks.items[1] Checklist for involving the municipal sector, item 2: not answered
	//   checklists.ks.items[5] Checklist for involving the municipal sector, item 6: not answered
}

// An organisation's own checklist for the planning phase sits beside
// Digdir's and Difi's: the gate asks for it when planning is left, and it
// is stored under "phase:planning".
func ExampleSet_ForPhase() {
	s := checklist.NewSet()
	own, err := checklist.New("planlegging", phase.Text{NB: "Kommunens sjekkliste for planleggingsfasen"}, 0,
		checklist.Item{ID: "1", Question: checklist.Wording{Text: "Er risikologgen etablert?", English: "Is the risk log in place?"},
			Kind: checklist.YesNo, Favourable: checklist.Yes})
	if err != nil {
		panic(err)
	}
	own.Phase = phase.Planning
	if err := s.Put(own); err != nil {
		panic(err)
	}
	fmt.Println("KS:", s.KS().ID, "planning:", s.ForPhase(phase.Planning).ID)

	bp3 := phase.GateContext{Covers: []phase.DecisionPoint{phase.BP3}}
	for _, f := range s.Gate(checklist.Options{KS: true}).Check(bp3) {
		if f.Path == "checklists.phase:planning.items[0]" {
			fmt.Println(f.Severity, f.Path, f.Message.NB)
		}
	}
	// Output:
	// KS: ks planning: planlegging
	// error checklists.phase:planning.items[0] Kommunens sjekkliste for planleggingsfasen, punkt 1: ikke besvart
}
