package benefit

import (
	"slices"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/internal/machine"
	"github.com/digitale-helgeland/veiviser/phase"
)

// lifecycle is the benefit state machine, and the only statement of which
// change may follow which. Guards are evaluated in this package before an
// event is fired; the machine has no callbacks.
var lifecycle = machine.MustSpec(Identified, []machine.Transition[State, Event]{
	{Event: EventPlan, From: []State{Identified}, To: Planned},
	{Event: EventStart, From: []State{Planned}, To: Realising},
	{Event: EventRealise, From: []State{Realising}, To: Realised},
	{Event: EventFail, From: []State{Planned, Realising}, To: NotRealised},
	{Event: EventWithdraw, From: []State{Identified, Planned, Realising}, To: Withdrawn},
})

// step returns the state event e leads to from s, or 0 when the lifecycle
// does not allow it.
func step(s State, e Event) State {
	m := lifecycle.New()
	if m.Set(s) != nil || m.Fire(e) != nil {
		return 0
	}
	return m.State()
}

// Change is one step in a benefit's lifecycle, as recorded in its history:
// what happened (Event), when (Date, supplied by the caller: the library
// never reads the clock), why (Reason, required when a benefit is reported
// not realised or is withdrawn) and who recorded it (By).
type Change struct {
	Event  Event      `json:"event,omitempty" validate:"valid"`
	Date   phase.Date `json:"date" validate:"valid"`
	Reason string     `json:"reason,omitempty"`
	By     string     `json:"by,omitempty"`
}

// run runs h on a new machine of the lifecycle, from Identified, and
// returns the machine, in the state h leads to, and the index of the first
// change that is not allowed, or -1. A history stops at its first change
// the lifecycle refuses.
func run(h []Change) (*machine.Machine[State, Event], int) {
	m := lifecycle.New()
	for i, c := range h {
		if m.Fire(c.Event) != nil {
			return m, i
		}
	}
	return m, -1
}

// replay returns the state h leads to and the index of the first change
// that is not allowed, or -1 (see run).
func replay(h []Change) (State, int) {
	m, bad := run(h)
	return m.State(), bad
}

// State returns the benefit's state: Identified with an empty history,
// otherwise the state its history leads to. A history with a change the
// lifecycle does not allow stops there (Plan.Validate reports it).
func (b *Benefit) State() State {
	s, _ := replay(b.History)
	return s
}

// Available returns the events the lifecycle allows in the benefit's
// current state, in order, whether or not their requirements are met.
func (b *Benefit) Available() []Event {
	m, _ := run(b.History)
	return m.Available()
}

// Check reports everything that stands in the way of change c, without
// changing anything: a benefit whose lifecycle has ended, a malformed
// change, an event the current state does not allow, a date before the
// last change, and the unmet requirements of the event:
//
//	plan      an owner; at least one indicator, each with a unit, a
//	          baseline and a target that differs from it; a start year for
//	          a priced benefit
//	start     a measurement dated on or after its indicator's baseline and
//	          not after the change
//	realise   every indicator's latest measurement (up to the change date)
//	          at or past its target
//	fail      a reason
//	withdraw  a reason
//
// Paths are relative to the benefit ("owner", "indicators[0].baseline");
// the change's own fields are "change.event", "change.date" and
// "change.reason". Apply refuses c exactly when Check returns an error
// finding.
func (b *Benefit) Check(c Change) phase.Findings {
	m, bad := run(b.History)
	fs, _ := b.evaluate(m, bad, c)
	return fs
}

// Apply records change c and so moves the benefit to its next state. It is
// transactional: when any requirement is unmet nothing changes and the
// error is a *ChangeError wrapping phase.ErrTerminal, ErrInvalidChange,
// phase.ErrInvalidHistory, phase.ErrNotAllowed, phase.ErrOutOfOrder or phase.ErrRefused, whose
// Unmet field lists every unmet requirement.
func (b *Benefit) Apply(c Change) error {
	m, bad := run(b.History)
	from := m.State()
	fs, err := b.evaluate(m, bad, c)
	if err != nil {
		return &ChangeError{Benefit: b.ID, Event: c.Event, From: from, Unmet: fs.Errors(), Err: err}
	}
	if err := m.Fire(c.Event); err != nil { // unreachable once evaluate accepted c
		return &ChangeError{Benefit: b.ID, Event: c.Event, From: from, Err: phase.ErrNotAllowed}
	}
	b.History = append(slices.Clip(b.History), c)
	return nil
}

// evaluate returns the findings for c and the sentinel of the first kind of
// error among them, or nil. m and bad are what run returned for the
// benefit's history; evaluate does not change m.
func (b *Benefit) evaluate(m *machine.Machine[State, Event], bad int, c Change) (phase.Findings, error) {
	var fs phase.Findings
	from := m.State()
	if bad >= 0 {
		fs = append(fs, finding.New("benefit.history_invalid", item("history", bad)+".event", phase.SeverityError, phase.Text{
			NB: "Historikken kan ikke spilles av: " + b.History[bad].Event.Label(phase.Bokmal) + " er ikke mulig fra " + from.Label(phase.Bokmal),
			NN: "Historikken kan ikkje spelast av: " + b.History[bad].Event.Label(phase.Nynorsk) + " er ikkje mogleg frå " + from.Label(phase.Nynorsk),
			EN: "The history cannot be replayed: " + b.History[bad].Event.Label(phase.English) + " is not possible from " + from.Label(phase.English),
		}))
		return fs, phase.ErrInvalidHistory
	}
	if m.Available() == nil { // a final state: the lifecycle allows nothing more

		fs = append(fs, finding.New("benefit.terminal", "", phase.SeverityError, phase.Text{
			NB: "Gevinsten er " + lower(from.Label(phase.Bokmal)) + "; ingen flere endringer kan registreres",
			NN: "Gevinsten er " + lower(from.Label(phase.Nynorsk)) + "; ingen fleire endringar kan registrerast",
			EN: "The benefit is " + lower(from.Label(phase.English)) + "; no further changes can be recorded",
		}))
		return fs, phase.ErrTerminal
	}
	if c.check(&fs); fs.HasErrors() {
		return fs, ErrInvalidChange
	}
	if !m.Can(c.Event) {
		fs = append(fs, finding.New("benefit.not_allowed", "change.event", phase.SeverityError, phase.Text{
			NB: c.Event.Label(phase.Bokmal) + " er ikke mulig når gevinsten er " + lower(from.Label(phase.Bokmal)),
			NN: c.Event.Label(phase.Nynorsk) + " er ikkje mogleg når gevinsten er " + lower(from.Label(phase.Nynorsk)),
			EN: c.Event.Label(phase.English) + " is not possible when the benefit is " + lower(from.Label(phase.English)),
		}))
		return fs, phase.ErrNotAllowed
	}
	if n := len(b.History); n > 0 && c.Date.Before(b.History[n-1].Date) {
		last := b.History[n-1].Date.Norwegian()
		fs = append(fs, finding.New("benefit.out_of_order", "change.date", phase.SeverityError, phase.Text{
			NB: "Datoen " + c.Date.Norwegian() + " er før forrige endring (" + last + ")",
			NN: "Datoen " + c.Date.Norwegian() + " er før førre endring (" + last + ")",
			EN: "The date " + c.Date.Norwegian() + " is before the previous change (" + last + ")",
		}))
		return fs, phase.ErrOutOfOrder
	}
	b.guard(&fs, c)
	if fs.HasErrors() {
		return fs, phase.ErrRefused
	}
	return fs, nil
}

// check reports malformed fields of c.
func (c Change) check(fs *phase.Findings) {
	if !c.Event.IsValid() {
		*fs = append(*fs, finding.New("benefit.change_event", "change.event", phase.SeverityError, phase.Text{
			NB: "Ukjent eller manglende hendelse",
			NN: "Ukjend eller manglande hending",
			EN: "Unknown or missing event",
		}))
	}
	if !c.Date.IsValid() {
		*fs = append(*fs, finding.New("benefit.change_date", "change.date", phase.SeverityError, phase.Text{
			NB: "Endringen mangler gyldig dato",
			NN: "Endringa manglar gyldig dato",
			EN: "The change has no valid date",
		}))
	}
	for _, f := range [...]struct{ path, text string }{{"change.reason", c.Reason}, {"change.by", c.By}} {
		*fs = append(*fs, phase.PlaceholderFindings(f.path, f.text)...)
	}
}

// guard appends the unmet requirements of c's event.
func (b *Benefit) guard(fs *phase.Findings, c Change) {
	w := where{b: -1, in: -1}
	switch c.Event {
	case EventPlan:
		if !filled(b.Owner) {
			ownerMissing(fs, w, phase.SeverityError)
		}
		if b.IsPriced() && b.StartYear == 0 {
			startYearMissing(fs, w)
		}
		if len(b.Indicators) == 0 {
			indicatorMissing(fs, w, phase.SeverityError)
		}
		for j := range b.Indicators {
			wj := where{b: -1, in: j}
			if !b.Indicators[j].Unit.IsValid() {
				unitMissing(fs, wj)
			}
			checkIndicator(fs, wj, &b.Indicators[j], phase.SeverityError, phase.Date{})
		}
	case EventStart:
		for j := range b.Indicators {
			in := &b.Indicators[j]
			for k := range in.Measurements {
				m := &in.Measurements[k]
				if in.Baseline.IsSet() && !m.Date.Before(in.Baseline.Date) && !m.Date.After(c.Date) {
					return
				}
			}
		}
		*fs = append(*fs, finding.New("benefit.measurement_missing", "indicators", phase.SeverityError, phase.Text{
			NB: "Ingen måling er registrert etter nullpunktsmålingen",
			NN: "Inga måling er registrert etter nullpunktsmålinga",
			EN: "No measurement has been recorded after the baseline",
		}))
	case EventRealise:
		if len(b.Indicators) == 0 {
			indicatorMissing(fs, w, phase.SeverityError)
		}
		for j := range b.Indicators {
			in := &b.Indicators[j]
			wj := where{b: -1, in: j}
			p, err := in.achievementAt(c.Date)
			if err != nil {
				notMeasurable(fs, wj, in, err, phase.SeverityError)
				continue
			}
			if !p.Reached() {
				*fs = append(*fs, finding.New("benefit.target_not_reached", wj.path(""), phase.SeverityError, phase.Text{
					NB: "Indikatoren " + quoteNB(in.Name) + " har nådd " + p.String() + " av målet",
					NN: "Indikatoren " + quoteNB(in.Name) + " har nådd " + p.String() + " av målet",
					EN: "Indicator " + quoteEN(in.Name) + " has reached " + p.String() + " of its target",
				}))
			}
		}
	case EventFail, EventWithdraw:
		if !filled(c.Reason) {
			*fs = append(*fs, finding.New("benefit.reason_missing", "change.reason", phase.SeverityError, phase.Text{
				NB: c.Event.Label(phase.Bokmal) + " krever en begrunnelse",
				NN: c.Event.Label(phase.Nynorsk) + " krev ei grunngjeving",
				EN: c.Event.Label(phase.English) + " needs a reason",
			}))
		}
	}
}
