package phase

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/machine"
)

// Tailoring is an organisation's adaptation (tilpasning) of the standard
// model. Its zero value is the standard model: idea phase, one execution
// phase, no phase skipped.
type Tailoring struct {
	// Name names the tailored model, e.g. "Digitale Helgeland".
	Name string `json:"name,omitempty"`
	// WithoutIdea starts the project at BP1 with no idea phase before it,
	// as models before version 4.0 (November 2019) did.
	WithoutIdea bool `json:"withoutIdea,omitempty"`
	// ExecutionSubPhases splits execution into this many sub-phases
	// (delfaser). BP3 opens the first; BP3.k opens sub-phase k+1. Zero and
	// one mean execution is not split.
	ExecutionSubPhases int `json:"executionSubPhases,omitempty"`
	// Skips lists phases the organisation leaves out, each with the
	// justification it records. Which phases may be skipped is the
	// organisation's decision, not a rule of the model: Digdir names none
	// ("Det finnes ikke noen mini-variant av Prosjektveiviseren … Vær bevisst
	// på å ivareta hensikten og innholdet i hver av fasene", on small
	// projects), so any phase after the first may be skipped, and the
	// justification is required. The idea phase is left out with
	// WithoutIdea. A skip folds the decision point that leaves the skipped
	// phase into the one that would have opened it; gates still see both
	// (GateContext.Covers), so a skipped phase's checklist is never
	// dropped silently.
	Skips []Skip `json:"skips,omitempty"`
}

// Skip is an explicit, justified decision to leave a phase out of a model.
type Skip struct {
	Phase         Phase  `json:"phase"`
	Justification string `json:"justification"`
}

// Position is where a project stands in a model: a phase and, in a split
// execution phase, the sub-phase number (1, 2, …; 0 elsewhere). The zero
// Position is "not started", before BP1 in a model without an idea phase.
type Position struct {
	Phase Phase `json:"phase,omitempty"`
	Sub   int   `json:"sub,omitempty"`
}

// Text returns the name of p in bokmål, nynorsk and English: the phase's
// name (Phase.Text), followed in a split execution phase by the sub-phase
// number, as in "Gjennomføringsfase 2".
func (p Position) Text() Text {
	t := p.Phase.Text()
	if p.Sub > 0 {
		n := " " + strconv.Itoa(p.Sub)
		t = Text{NB: t.NB + n, NN: t.NN + n, EN: t.EN + n}
	}
	return t
}

// Label returns the position's name in language l: "Konseptfase",
// "Gjennomføringsfase 2".
func (p Position) Label(l Language) string { return p.Text().In(l) }

// key names the position in Model.String and Mermaid.
func (p Position) key() string {
	switch {
	case p.Phase == 0:
		return "start"
	case p.Sub > 0:
		return p.Phase.String() + "." + strconv.Itoa(p.Sub)
	}
	return p.Phase.String()
}

// Step is one approval a model allows: at Point, from From to To. To is
// the zero Position for BP6, after which the project is completed.
type Step struct {
	Point   DecisionPoint   `json:"point"`
	From    Position        `json:"from"`
	To      Position        `json:"to"`
	Covers  []DecisionPoint `json:"covers"`
	Skipped []Skip          `json:"skipped,omitempty"`
}

// Completes reports whether an approval of this step completes the project
// (BP6): its To is then the zero Position.
func (s Step) Completes() bool { return s.To == (Position{}) }

// Title returns the title of the step in language l: the title of the last
// decision point it covers, the one that opens the phase it goes to. A step
// at BP1 that skips concept and planning is titled as BP3.
func (s Step) Title(l Language) string {
	if len(s.Covers) == 0 {
		return s.Point.Title(l)
	}
	return s.Covers[len(s.Covers)-1].Title(l)
}

// Model is a validated lifecycle model: the standard one or a tailored one.
// A Model is immutable and safe for concurrent use.
type Model struct {
	tailoring Tailoring
	initial   Position
	steps     []Step
	spec      *machine.Spec[node, Outcome]
}

// node is a state of a model's machine: node i stands at steps[i].From,
// waiting for the decision that steps[i] records; the zero node is the
// model's start. A lifecycle that is completed or stopped is in one of the
// two final nodes, which follow every step.
type node uint8

// The final nodes; a model has far fewer steps (NewModel checks).
const (
	nodeCompleted node = 254
	nodeStopped   node = 255
)

// String names the node in the machine: "n0" … for the steps, "completed"
// and "stopped" for the final nodes.
func (n node) String() string {
	switch n {
	case nodeCompleted:
		return stateCompleted
	case nodeStopped:
		return stateStopped
	}
	return "n" + strconv.Itoa(int(n))
}

// Names of the two final states in Model.String and Mermaid.
const (
	stateStopped   = "stopped"
	stateCompleted = "completed"
)

var standard = mustModel(Tailoring{})

func mustModel(t Tailoring) *Model {
	m, err := NewModel(t)
	if err != nil {
		panic(err)
	}
	return m
}

// Standard returns the standard model of Prosjektveiviseren: six phases,
// BP1 to BP6.
func Standard() *Model { return standard }

// NewModel validates t and builds its model. An invalid tailoring gives a
// *PathError naming the offending field; it wraps ErrInvalidModel.
func NewModel(t Tailoring) (*Model, error) {
	if t.ExecutionSubPhases < 0 || t.ExecutionSubPhases > maxSubPoint+1 {
		return nil, &PathError{Op: "validate model", Path: "executionSubPhases", Err: invalidModel(fmt.Sprintf("%d is not in 0..%d", t.ExecutionSubPhases, maxSubPoint+1))}
	}
	skipped := map[Phase]Skip{}
	for i, s := range t.Skips {
		path := "skips[" + strconv.Itoa(i) + "]"
		switch {
		case s.Phase == Idea:
			return nil, &PathError{Op: "validate model", Path: path + ".phase", Err: invalidModel("the idea phase is left out with withoutIdea, not skipped")}
		case !s.Phase.IsValid():
			return nil, &PathError{Op: "validate model", Path: path + ".phase", Err: invalidModel("skip of an unknown phase " + s.Phase.String())}
		case s.Phase == Execution && t.ExecutionSubPhases > 1:
			return nil, &PathError{Op: "validate model", Path: path + ".phase", Err: invalidModel("execution is split into sub-phases and skipped")}
		case isBlank(s.Justification) || len(Placeholders(s.Justification)) > 0:
			return nil, &PathError{Op: "validate model", Path: path + ".justification", Err: invalidModel("skipping " + s.Phase.String() + " needs a justification")}
		}
		if _, dup := skipped[s.Phase]; dup {
			return nil, &PathError{Op: "validate model", Path: path + ".phase", Err: invalidModel(s.Phase.String() + " is skipped twice")}
		}
		skipped[s.Phase] = s
	}
	t.Skips = slices.Clone(t.Skips)
	m := &Model{tailoring: t}

	// The slots a project passes through, each followed by the point that leaves it.
	type slot struct {
		pos    Position
		leave  DecisionPoint
		active bool
	}
	slots := []slot{{pos: Position{Phase: Idea}, leave: BP1, active: true}}
	if t.WithoutIdea {
		slots[0].pos = Position{}
	}
	for _, p := range []Phase{Concept, Planning} {
		_, skip := skipped[p]
		slots = append(slots, slot{pos: Position{Phase: p}, leave: DecisionPoint(p) << 8, active: !skip})
	}
	n := max(t.ExecutionSubPhases, 1)
	_, skipExecution := skipped[Execution]
	for k := 1; k <= n; k++ {
		s := slot{pos: Position{Phase: Execution}, leave: BP4, active: !skipExecution}
		if t.ExecutionSubPhases > 1 {
			s.pos.Sub = k
			if k < n {
				s.leave = ExecutionPoint(k)
			}
		}
		slots = append(slots, s)
	}
	_, skipClosure := skipped[Closure]
	_, skipRealisation := skipped[Realisation]
	slots = append(slots,
		slot{pos: Position{Phase: Closure}, leave: BP5, active: !skipClosure},
		slot{pos: Position{Phase: Realisation}, leave: BP6, active: !skipRealisation})

	m.initial = slots[0].pos
	for i := 0; i < len(slots); {
		from := slots[i]
		st := Step{Point: from.leave, From: from.pos, Covers: []DecisionPoint{from.leave}}
		j := i + 1
		for ; j < len(slots) && !slots[j].active; j++ {
			st.Covers = append(st.Covers, slots[j].leave)
			st.Skipped = append(st.Skipped, skipped[slots[j].pos.Phase])
		}
		if j < len(slots) {
			st.To = slots[j].pos
		}
		m.steps = append(m.steps, st)
		i = j
	}
	if len(m.steps) >= int(nodeCompleted) { // unreachable: executionSubPhases is bounded above
		return nil, &PathError{Op: "validate model", Path: "executionSubPhases", Err: invalidModel("too many steps")}
	}
	spec, err := machine.NewSpec(0, m.transitions())
	if err != nil {
		return nil, &PathError{Op: "validate model", Err: invalidModel(err.Error())}
	}
	m.spec = spec
	return m, nil
}

// transitions is the model's machine: from node i, an approval takes
// steps[i] to node i+1 (the last one completes the project) and a stop
// ends the lifecycle. A send-back keeps the case where it is and is no
// transition; it is left out because every row costs each new lifecycle
// an entry in fsm's map (six self-transitions made Decide 18 % slower).
func (m *Model) transitions() []machine.Transition[node, Outcome] {
	open := make([]node, len(m.steps))
	var ts []machine.Transition[node, Outcome]
	for i := range open {
		at := node(i)
		open[i] = at
		next := at + 1
		if int(next) == len(m.steps) {
			next = nodeCompleted
		}
		ts = append(ts, machine.Transition[node, Outcome]{Event: Approved, From: []node{at}, To: next})
	}
	return append(ts, machine.Transition[node, Outcome]{Event: Stopped, From: open, To: nodeStopped})
}

// Tailoring returns a copy of the tailoring the model was built from.
func (m *Model) Tailoring() Tailoring {
	t := m.tailoring
	t.Skips = slices.Clone(t.Skips)
	return t
}

// Name returns the model's name, "Prosjektveiviseren" for the standard model.
func (m *Model) Name() string {
	if m.tailoring.Name == "" {
		return "Prosjektveiviseren"
	}
	return m.tailoring.Name
}

// Label returns the model's name in language l: a tailored model's own
// name, and for the standard model "Prosjektveiviseren", in nynorsk
// "Prosjektvegvisaren" (Digdir's nynorsk name, as on its nynorsk pages:
// "Det finst ikkje nokon mini-variant av Prosjektvegvisaren").
func (m *Model) Label(l Language) string {
	if m.tailoring.Name == "" {
		return Text{NB: "Prosjektveiviseren", NN: "Prosjektvegvisaren", EN: "Prosjektveiviseren"}.In(l)
	}
	return m.tailoring.Name
}

// Initial returns the position a new project starts in.
func (m *Model) Initial() Position { return m.initial }

// Steps returns the approvals the model allows, in order; each a copy.
func (m *Model) Steps() []Step {
	out := make([]Step, len(m.steps))
	for i, s := range m.steps {
		s.Covers = slices.Clone(s.Covers)
		s.Skipped = slices.Clone(s.Skipped)
		out[i] = s
	}
	return out
}

// Phases returns the phases a project passes through in this model, in order.
func (m *Model) Phases() []Phase {
	var out []Phase
	for _, s := range m.steps {
		if s.From.Phase != 0 && !slices.Contains(out, s.From.Phase) {
			out = append(out, s.From.Phase)
		}
	}
	return out
}

// step returns the step that leaves node n, and false for a final node.
func (m *Model) step(n node) (Step, bool) {
	if int(n) < len(m.steps) {
		return m.steps[n], true
	}
	return Step{}, false
}

// String returns a one-line description, e.g. "Prosjektveiviseren: idea →bp1→ concept …".
func (m *Model) String() string {
	var b strings.Builder
	b.WriteString(m.Name())
	b.WriteString(": ")
	b.WriteString(m.initial.key())
	for _, s := range m.steps {
		to := stateCompleted
		if !s.Completes() {
			to = s.To.key()
		}
		fmt.Fprintf(&b, " -%s-> %s", s.Point, to)
	}
	return b.String()
}

// invalidModel returns ErrInvalidModel with the reason why.
func invalidModel(reason string) error { return fmt.Errorf("%w: %s", ErrInvalidModel, reason) }
