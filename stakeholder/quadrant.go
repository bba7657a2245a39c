package stakeholder

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Quadrant is a cell of the classic interest/influence grid, named by the
// strategy it recommends. The zero value means "not classified": a
// stakeholder whose interest or influence is unset.
type Quadrant uint8

// The four quadrants. "High" means Medium or High on the template's scale
// (see Level.IsHigh).
const (
	ManageClosely Quadrant = iota + 1 // high influence, high interest
	KeepSatisfied                     // high influence, low interest
	KeepInformed                      // low influence, high interest
	Monitor                           // low influence, low interest
)

var quadrants = enum.Table[Quadrant]{
	Type:  "quadrant",
	Codes: []string{"manage_closely", "keep_satisfied", "keep_informed", "monitor"},
	Labels: []enum.Label{
		ManageClosely: {NB: "Følg opp tett", NN: "Følg opp tett", EN: "Manage closely"},
		KeepSatisfied: {NB: "Hold tilfreds", NN: "Hald nøgd", EN: "Keep satisfied"},
		KeepInformed:  {NB: "Hold informert", NN: "Hald informert", EN: "Keep informed"},
		Monitor:       {NB: "Overvåk", NN: "Overvak", EN: "Monitor"},
	},
}

// quadrantStrategies says what to do in each quadrant. The texts avoid the
// words of the grading scale: "high" in the grid covers middels and stor.
var quadrantStrategies = [...]phase.Text{
	ManageClosely: {
		NB: "Involver tett og samarbeid aktivt",
		NN: "Involver tett og samarbeid aktivt",
		EN: "Engage closely and collaborate actively"},
	KeepSatisfied: {
		NB: "Hold tilfreds og rådfør ved viktige beslutninger",
		NN: "Hald nøgd og rådfør deg ved viktige avgjerder",
		EN: "Keep satisfied and consult on key decisions"},
	KeepInformed: {
		NB: "Hold jevnlig informert",
		NN: "Hald jamleg informert",
		EN: "Keep regularly informed"},
	Monitor: {
		NB: "Overvåk med lav innsats",
		NN: "Overvak med lite innsats",
		EN: "Monitor with minimal effort"},
}

// Quadrants returns the four quadrants in order.
func Quadrants() []Quadrant { return quadrants.All() }

// Classify returns the quadrant of a stakeholder with the given interest
// and influence, or the zero Quadrant when either is unset or unknown.
func Classify(interest, influence Level) Quadrant {
	if !interest.IsValid() || !influence.IsValid() {
		return 0
	}
	switch {
	case influence.IsHigh() && interest.IsHigh():
		return ManageClosely
	case influence.IsHigh():
		return KeepSatisfied
	case interest.IsHigh():
		return KeepInformed
	}
	return Monitor
}

// String returns the wire code, such as "keep_informed".
func (q Quadrant) String() string { return quadrants.String(q) }

// IsValid reports whether q is one of the four quadrants.
func (q Quadrant) IsValid() bool { return quadrants.Valid(q) }

// Text returns the short name of q in bokmål, nynorsk and English; for the
// zero Quadrant, "Ikke klassifisert" / "Ikkje klassifisert" / "Not
// classified"; for an invalid q, its String form.
func (q Quadrant) Text() phase.Text {
	if q == 0 {
		return phase.Text{NB: "Ikke klassifisert", NN: "Ikkje klassifisert", EN: "Not classified"}
	}
	return phase.Text(quadrants.Label(q))
}

// Label returns the quadrant's short name in language l, such as
// "Hold informert"; "Ikke klassifisert" for the zero Quadrant.
func (q Quadrant) Label(l phase.Language) string { return q.Text().In(l) }

// Strategy returns the recommended strategy for the quadrant in language l,
// or "" for an invalid quadrant.
func (q Quadrant) Strategy(l phase.Language) string {
	if !q.IsValid() {
		return ""
	}
	return quadrantStrategies[q].In(l)
}

// MarshalText encodes q as its wire code.
func (q Quadrant) MarshalText() ([]byte, error) { return quadrants.Marshal(q) }

// UnmarshalText decodes a wire code.
func (q *Quadrant) UnmarshalText(b []byte) error { return quadrants.Unmarshal(b, q) }

// Grid is a register's stakeholders sorted into quadrants. It holds
// stakeholder IDs in register order within each quadrant.
type Grid struct {
	cells [len(quadrantStrategies)][]string // index 0: not classified
}

// In returns the IDs of the stakeholders in quadrant q; for the zero
// Quadrant, those that cannot be classified. The slice is shared: do not
// modify it.
func (g Grid) In(q Quadrant) []string {
	if int(q) >= len(g.cells) {
		return nil
	}
	return g.cells[q]
}

// Len returns the number of stakeholders in the grid, classified or not.
func (g Grid) Len() int {
	n := 0
	for _, c := range g.cells {
		n += len(c)
	}
	return n
}

// Classify sorts the register's stakeholders into the interest/influence
// grid. It allocates one slice for all IDs, whatever the register's size.
func (r *Register) Classify() Grid {
	var counts [len(quadrantStrategies)]int
	for i := range r.Stakeholders {
		counts[r.Stakeholders[i].Quadrant()]++
	}
	all := make([]string, len(r.Stakeholders))
	var g Grid
	off := 0
	for q, n := range counts {
		g.cells[q] = all[off : off : off+n]
		off += n
	}
	for i := range r.Stakeholders {
		s := &r.Stakeholders[i]
		q := s.Quadrant()
		g.cells[q] = append(g.cells[q], s.ID)
	}
	return g
}
