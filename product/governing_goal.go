package product

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// GoalKind is the level of a goal in the goal hierarchy of
// Prosjektveiviseren. The zero value is unset.
type GoalKind uint8

// The goal levels, from the organisation's down to the project's.
const (
	BusinessGoal GoalKind = iota + 1 // virksomhetsmål: the organisation's goal the project serves
	EffectGoal                       // effektmål: the effect the organisation gets from the results
	ResultGoal                       // resultatmål: what the project delivers
)

var goalKinds = enum.Table[GoalKind]{
	Type:  "goal kind",
	Codes: []string{"business", "effect", "result"},
	Labels: []enum.Label{
		BusinessGoal: {NB: "Virksomhetsmål", NN: "Verksemdsmål", EN: "Business goal"},
		EffectGoal:   {NB: "Effektmål", NN: "Effektmål", EN: "Effect goal"},
		ResultGoal:   {NB: "Resultatmål", NN: "Resultatmål", EN: "Result goal"},
	},
}

// GoalKinds returns the goal levels in order.
func GoalKinds() []GoalKind { return goalKinds.All() }

// String returns the wire code: "business", "effect" or "result".
func (k GoalKind) String() string { return goalKinds.String(k) }

// IsValid reports whether k is BusinessGoal, EffectGoal or ResultGoal.
func (k GoalKind) IsValid() bool { return goalKinds.Valid(k) }

// Text returns the name of k in bokmål, nynorsk and English; for an invalid
// k, its String form.
func (k GoalKind) Text() phase.Text { return phase.Text(goalKinds.Label(k)) }

// Label returns the level's name in language l, such as "Effektmål".
func (k GoalKind) Label(l phase.Language) string { return k.Text().In(l) }

// MarshalText encodes k as its wire code.
func (k GoalKind) MarshalText() ([]byte, error) { return goalKinds.Marshal(k) }

// UnmarshalText decodes a wire code; anything else is a *enum.ValueError.
func (k *GoalKind) UnmarshalText(b []byte) error { return goalKinds.Unmarshal(b, k) }

// Goal is a goal of a governing document with its success criteria
// (suksesskriterier): how one will know it was reached.
type Goal struct {
	Kind            GoalKind `json:"kind,omitempty" validate:"valid"`
	ID              string   `json:"id,omitempty"`
	Text            string   `json:"text"`
	SuccessCriteria []string `json:"successCriteria,omitempty"`
}

// GoalResult is how far a goal was reached, as a final report or a concept
// evaluation states it (måloppnåelse).
type GoalResult struct {
	Kind   GoalKind `json:"kind,omitempty" validate:"valid"`
	Goal   string   `json:"goal"`
	Result string   `json:"result"`
}

// goals checks goals: one of each level, each with text and at least one
// success criterion.
func (c *checker) goals(path string, gs []Goal) {
	have := map[GoalKind]bool{}
	for i, g := range gs {
		p := indexPath(path, i)
		have[g.Kind] = true
		t := g.Kind.Text()
		c.text(p+".text", t, g.Text)
		if len(g.SuccessCriteria) == 0 && !phase.IsNotRelevant(g.Text) {
			c.add("success_criteria_missing", p+".successCriteria", phase.SeverityError, phase.Text{
				NB: t.NB + " «" + g.Text + "» har ingen suksesskriterier",
				NN: t.NN + " «" + g.Text + "» har ingen suksesskriterium",
				EN: t.EN + " “" + g.Text + "” has no success criteria",
			})
		}
		for j, s := range g.SuccessCriteria {
			c.text(indexPath(p+".successCriteria", j), t3("Suksesskriterium", "Suksesskriterium", "Success criterion"), s)
		}
	}
	for _, k := range GoalKinds() {
		if !have[k] {
			c.add("goal_missing", path, phase.SeverityError, phase.Text{
				NB: "Mangler " + lower(k.Label(phase.Bokmal)),
				NN: "Manglar " + lower(k.Label(phase.Nynorsk)),
				EN: "No " + lower(k.Label(phase.English)),
			})
		}
	}
}

// goalResults checks a report's goal achievement: one row per level at
// least, each with the goal and the result.
func (c *checker) goalResults(path string, rs []GoalResult) {
	have := map[GoalKind]bool{}
	for i, r := range rs {
		p := indexPath(path, i)
		have[r.Kind] = true
		t := r.Kind.Text()
		c.text(p+".goal", t, r.Goal)
		c.text(p+".result", t, r.Result)
	}
	for _, k := range GoalKinds() {
		if !have[k] {
			c.add("goal_result_missing", path, phase.SeverityError, phase.Text{
				NB: "Måloppnåelsen for " + lower(k.Label(phase.Bokmal)) + " er ikke beskrevet",
				NN: "Måloppnåinga for " + lower(k.Label(phase.Nynorsk)) + " er ikkje skildra",
				EN: "Achievement of the " + lower(k.Label(phase.English)) + " is not described",
			})
		}
	}
}
