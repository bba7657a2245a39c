package phase

import (
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/internal/jsonpath"
	"github.com/digitale-helgeland/veiviser/internal/machine"
	"github.com/digitale-helgeland/veiviser/internal/wire"
)

// Status says whether a lifecycle is still moving. The zero value is unset.
type Status uint8

// The statuses of a lifecycle.
const (
	Active    Status = iota + 1 // in a phase, waiting for its next decision
	Halted                      // stopped at a decision point (outcome Stopped)
	Completed                   // approved at BP6; benefit realisation is done
)

var statuses = enum.Table[Status]{
	Type:  "status",
	Codes: []string{"active", "stopped", "completed"},
	Labels: []enum.Label{
		Active:    {NB: "Aktiv", NN: "Aktiv", EN: "Active"},
		Halted:    {NB: "Stanset", NN: "Stansa", EN: "Stopped"},
		Completed: {NB: "Fullført", NN: "Fullført", EN: "Completed"},
	},
}

// String returns the wire code: "active", "stopped" or "completed".
func (s Status) String() string { return statuses.String(s) }

// IsValid reports whether s is Active, Halted or Completed.
func (s Status) IsValid() bool { return statuses.Valid(s) }

// Text returns the name of s in bokmål, nynorsk and English; for an invalid
// s, its String form.
func (s Status) Text() Text { return Text(statuses.Label(s)) }

// Label returns the status in language l.
func (s Status) Label(l Language) string { return s.Text().In(l) }

// MarshalText encodes s as its wire code.
func (s Status) MarshalText() ([]byte, error) { return statuses.Marshal(s) }

// UnmarshalText decodes a wire code.
func (s *Status) UnmarshalText(b []byte) error { return statuses.Unmarshal(b, s) }

// Lifecycle is a project's way through a Model: its position, its status and
// every decision taken, in order. It moves only by Decide.
//
// Decide is transactional: a decision that is refused for any reason leaves
// the lifecycle exactly as it was. The zero Lifecycle is ready to use, at
// the start of the standard model.
//
// Reading methods (every method but Decide and UnmarshalJSON) change
// nothing, so any number of goroutines may read a Lifecycle at once while
// none changes it. Decide and UnmarshalJSON need exclusive access. Copy a
// Lifecycle with Clone, not by assignment.
type Lifecycle struct {
	model   *Model
	m       *machine.Machine[node, Outcome] // nil until the first decision of the zero Lifecycle
	history []Decision
}

// New returns a lifecycle at the start of model m; nil means Standard().
// The zero Lifecycle is the same as New(nil).
func New(m *Model) *Lifecycle {
	if m == nil {
		m = Standard()
	}
	return &Lifecycle{model: m, m: m.spec.New()}
}

// Model returns the lifecycle's model; Standard() for the zero Lifecycle.
func (l *Lifecycle) Model() *Model {
	if l.model == nil {
		return Standard()
	}
	return l.model
}

// state returns the machine's state: the zero Lifecycle, which has no
// machine yet, is at its model's start.
func (l *Lifecycle) state() node {
	if l.m == nil {
		return 0
	}
	return l.m.State()
}

// Status returns whether the lifecycle is active, stopped or completed.
func (l *Lifecycle) Status() Status {
	switch l.state() {
	case nodeStopped:
		return Halted
	case nodeCompleted:
		return Completed
	}
	return Active
}

// Position returns the current position. A stopped lifecycle stays at the
// position it was stopped in; a completed one is in Realisation.
func (l *Lifecycle) Position() Position {
	m := l.Model()
	if st, ok := m.step(l.state()); ok {
		return st.From
	}
	if n := len(l.history); n > 0 {
		if st, ok := l.stepAt(l.history[n-1].Point); ok {
			return st.From
		}
	}
	return m.initial
}

// Phase returns the current phase (see Position).
func (l *Lifecycle) Phase() Phase { return l.Position().Phase }

// Next returns the step that the next approval would take, and false when
// the lifecycle has ended.
func (l *Lifecycle) Next() (Step, bool) {
	st, ok := l.Model().step(l.state())
	if !ok {
		return Step{}, false
	}
	st.Covers = slices.Clone(st.Covers)
	st.Skipped = slices.Clone(st.Skipped)
	return st, true
}

func (l *Lifecycle) stepAt(p DecisionPoint) (Step, bool) {
	for _, s := range l.Model().steps {
		if s.Point == p {
			return s, true
		}
	}
	return Step{}, false
}

// History returns a copy of every decision taken, in order.
func (l *Lifecycle) History() []Decision {
	out := make([]Decision, len(l.history))
	for i, d := range l.history {
		out[i] = d.Clone()
	}
	return out
}

// Resubmissions returns how many times the case at point p was sent back
// for rework; the next decision at p is resubmission number n.
func (l *Lifecycle) Resubmissions(p DecisionPoint) int {
	n := 0
	for _, d := range l.history {
		if d.Point == p && d.Outcome == SentBack {
			n++
		}
	}
	return n
}

// Clone returns an independent copy of l.
func (l *Lifecycle) Clone() *Lifecycle {
	m := l.Model()
	c := &Lifecycle{model: m, history: l.History()}
	if l.m != nil {
		c.m = l.m.Clone()
	}
	return c
}

// Check reports everything that stands in the way of decision d, without
// changing anything: invalid fields, a terminal lifecycle, the wrong
// decision point, a date before the previous decision, and, for an
// approval, the findings of every gate (warnings included). Decide refuses d
// exactly when Check returns an error finding.
func (l *Lifecycle) Check(d Decision, gates ...Gate) Findings {
	fs, _ := l.evaluate(d, gates)
	return fs
}

// Readiness reports what stands in the way of approving the next step,
// before anyone has decided: the step and the findings of every gate
// (warnings included), evaluated for an approval at the step's point. It
// returns false when the lifecycle has ended. A host shows this as "what is
// still missing". The approval it evaluates has no date, so a requirement
// with a deadline counts as due whenever it falls; ReadinessAt judges as
// of a date.
func (l *Lifecycle) Readiness(gates ...Gate) (Step, Findings, bool) {
	return l.ReadinessAt(Date{}, gates...)
}

// ReadinessAt is Readiness for an approval dated date: a requirement due
// later (Difi's KS checkpoint 6, due in the budget year before roll-out)
// is not yet missing, and what is dated after date does not count, as for
// a decision taken that day. The zero Date is Readiness.
func (l *Lifecycle) ReadinessAt(date Date, gates ...Gate) (Step, Findings, bool) {
	st, ok := l.Next()
	if !ok {
		return Step{}, nil, false
	}
	ctx := GateContext{
		Decision: Decision{Point: st.Point, Outcome: Approved, Date: date},
		From:     st.From.Phase, To: st.To.Phase, Target: st.To,
		Covers: slices.Clone(st.Covers), Skipped: slices.Clone(st.Skipped), Model: l.Model(),
	}
	var fs Findings
	for _, g := range gates {
		fs = append(fs, g.Check(ctx)...)
	}
	return st, fs, true
}

// Decide records decision d and moves the lifecycle: an approval takes the
// next step, a stop ends the lifecycle, a send-back keeps the position and
// counts a resubmission. Gates are checked for approvals only.
//
// On refusal nothing changes and the error is a *DecisionError wrapping
// ErrTerminal, ErrInvalidDecision, ErrWrongPoint, ErrOutOfOrder or
// ErrRefused, whose Unmet field lists every unmet requirement.
func (l *Lifecycle) Decide(d Decision, gates ...Gate) error {
	fs, err := l.evaluate(d, gates)
	if err != nil {
		return &DecisionError{Point: d.Point, Unmet: fs.Errors(), Err: err}
	}
	return l.apply(d)
}

// evaluate returns the findings for d and the sentinel of the first kind of
// error among them, or nil.
func (l *Lifecycle) evaluate(d Decision, gates []Gate) (Findings, error) {
	m := l.Model()
	next, ok := m.step(l.state())
	if !ok {
		return Findings{newFinding("decision.terminal", "", SeverityError, Text{
			NB: "Prosjektet er " + strings.ToLower(l.Status().Label(Bokmal)) + "; ingen flere beslutninger kan tas",
			NN: "Prosjektet er " + strings.ToLower(l.Status().Label(Nynorsk)) + "; ingen fleire avgjerder kan takast",
			EN: "The project is " + strings.ToLower(l.Status().Label(English)) + "; no further decisions can be taken",
		})}, ErrTerminal
	}
	if fs := d.Validate(); fs.HasErrors() {
		return fs, ErrInvalidDecision
	}
	if d.Point != next.Point {
		return Findings{newFinding("decision.wrong_point", "point", SeverityError, Text{
			NB: "Prosjektet venter på " + next.Point.Label() + ", ikke " + d.Point.Label(),
			NN: "Prosjektet ventar på " + next.Point.Label() + ", ikkje " + d.Point.Label(),
			EN: "The project awaits " + next.Point.Label() + ", not " + d.Point.Label(),
		})}, ErrWrongPoint
	}
	if n := len(l.history); n > 0 && d.Date.Before(l.history[n-1].Date) {
		last := l.history[n-1].Date.Norwegian()
		return Findings{newFinding("decision.out_of_order", "date", SeverityError, Text{
			NB: "Datoen " + d.Date.Norwegian() + " er før forrige beslutning (" + last + ")",
			NN: "Datoen " + d.Date.Norwegian() + " er før førre avgjerd (" + last + ")",
			EN: "The date " + d.Date.Norwegian() + " is before the previous decision (" + last + ")",
		})}, ErrOutOfOrder
	}
	if d.Outcome != Approved || len(gates) == 0 {
		return nil, nil
	}
	ctx := GateContext{
		Decision: d.Clone(), From: next.From.Phase, To: next.To.Phase, Target: next.To,
		Covers: slices.Clone(next.Covers), Skipped: slices.Clone(next.Skipped), Model: m,
	}
	var fs Findings
	for _, g := range gates {
		fs = append(fs, g.Check(ctx)...)
	}
	if fs.HasErrors() {
		return fs, ErrRefused
	}
	return fs, nil
}

// apply changes the lifecycle for a decision that evaluate accepted: the
// machine takes an approval or a stop; a send-back moves nothing, so the
// machine is not asked (see Model.transitions). The zero Lifecycle gets its
// model and machine here, on its first decision.
func (l *Lifecycle) apply(d Decision) error {
	if l.m == nil {
		l.model = l.Model()
		l.m = l.model.spec.New()
	}
	if l.history == nil { // room for a decision at every step, sent-back ones aside
		l.history = make([]Decision, 0, len(l.model.steps))
	}
	if d.Outcome != SentBack {
		if err := l.m.Fire(d.Outcome); err != nil { // unreachable when evaluate accepted d; kept as a safety net
			return &DecisionError{Point: d.Point, Err: fmt.Errorf("%w: %v", ErrWrongPoint, err)}
		}
	}
	l.history = append(l.history, d.Clone())
	return nil
}

// DecisionError reports a decision that was refused. Err is one of
// ErrTerminal, ErrInvalidDecision, ErrWrongPoint, ErrOutOfOrder and
// ErrRefused; Unmet lists every requirement that was not met.
type DecisionError struct {
	Point DecisionPoint
	Unmet Findings
	Err   error
}

// Error returns developer-facing text naming each unmet requirement.
func (e *DecisionError) Error() string {
	var b strings.Builder
	b.WriteString("veiviser: ")
	b.WriteString(e.Point.Label())
	b.WriteString(": ")
	b.WriteString(cause(e.Err))
	if len(e.Unmet) > 0 {
		b.WriteString(": ")
		b.WriteString(e.Unmet.String())
	}
	return b.String()
}

// Unwrap returns Err.
func (e *DecisionError) Unwrap() error { return e.Err }

// HistoryError reports the position in a decision history where replaying
// it breaks. It matches ErrInvalidHistory with errors.Is, and unwraps to the
// *DecisionError of the decision at Index.
type HistoryError struct {
	Index int
	Err   error
}

// Error returns developer-facing text.
func (e *HistoryError) Error() string {
	return fmt.Sprintf("veiviser: invalid decision history at [%d]: %s", e.Index, cause(e.Err))
}

// Unwrap returns Err.
func (e *HistoryError) Unwrap() error { return e.Err }

// Is reports whether target is ErrInvalidHistory.
func (e *HistoryError) Is(target error) bool { return target == ErrInvalidHistory }

// Rebuild replays history on a new lifecycle of model m (nil means
// Standard()). Gates are not checked again: a history records decisions
// already taken. A decision that cannot be replayed gives a *HistoryError
// with its index.
func Rebuild(m *Model, history []Decision) (*Lifecycle, error) {
	l := New(m)
	for i, d := range history {
		if err := l.Decide(d); err != nil {
			return nil, &HistoryError{Index: i, Err: err}
		}
	}
	return l, nil
}

type lifecycleJSON struct {
	Model   Tailoring  `json:"model"`
	History []Decision `json:"history"`
}

// MarshalJSON stores the model's tailoring and the decision history; the
// position is derived from them on decoding.
func (l *Lifecycle) MarshalJSON() ([]byte, error) {
	h := l.history
	if h == nil {
		h = []Decision{}
	}
	return json.Marshal(lifecycleJSON{Model: l.Model().tailoring, History: h})
}

// UnmarshalJSON rebuilds the lifecycle from its model and history, and
// rejects an inconsistent history with the index where it breaks. It is
// strict, as the module's stored data is (see ErrNotStored): every error
// is a *PathError naming the path inside the lifecycle's JSON
// ("history[3].date", "model.skip[0].phase") and wrapping
// ErrInvalidHistory; a decision that cannot be replayed gives the
// *HistoryError, with the path of the decision's first unmet finding. On
// error l is unchanged.
func (l *Lifecycle) UnmarshalJSON(b []byte) error {
	t := reflect.TypeFor[lifecycleJSON]()
	b, missing := wire.Check(b, t)
	if b == nil {
		we := missing.(*wire.Error)
		return &PathError{Op: "decode", Path: we.Path, Err: historyKind(we.Err)}
	}
	var j lifecycleJSON
	if err := jsonpath.Strict(b, &j); err != nil {
		path, cause := jsonpath.LocateError(t, b, true, err)
		if cause == nil {
			cause = err
		}
		return &PathError{Op: "decode", Path: path, Err: historyKind(cause)}
	}
	if we, ok := missing.(*wire.Error); ok {
		return &PathError{Op: "decode", Path: we.Path, Err: historyKind(we.Err)}
	}
	m, err := NewModel(j.Model)
	if err != nil {
		return &PathError{Op: "decode", Path: "model", Err: err}
	}
	r, err := Rebuild(m, j.History)
	if he, ok := err.(*HistoryError); ok {
		path := "history[" + strconv.Itoa(he.Index) + "]"
		var de *DecisionError
		if errors.As(he.Err, &de) && len(de.Unmet) > 0 && de.Unmet[0].Path != "" {
			path += "." + de.Unmet[0].Path
		}
		return &PathError{Op: "decode", Path: path, Err: he}
	}
	if err != nil {
		return &PathError{Op: "decode", Err: err}
	}
	*l = *r
	return nil
}

// historyKind returns cause as an error that matches ErrInvalidHistory too.
func historyKind(cause error) error { return &kindError{ErrInvalidHistory, cause} }

// kindError matches both kind and cause with errors.Is, and reads as kind's
// text followed by cause's, the module named once.
type kindError struct{ kind, cause error }

func (e *kindError) Error() string {
	return e.kind.Error() + ": " + strings.TrimPrefix(e.cause.Error(), "veiviser: ")
}
func (e *kindError) Unwrap() []error { return []error{e.kind, e.cause} }
