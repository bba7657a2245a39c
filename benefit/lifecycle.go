package benefit

import (
	"slices"

	"github.com/digitale-helgeland/veiviser/internal/machine"
	"github.com/digitale-helgeland/veiviser/phase"
)

// lifecycle is the benefit state machine. Guards are evaluated in this
// package before an event is fired; the machine has no callbacks.
var lifecycle = machine.MustSpec([]machine.Event{
	{Name: EventPlan.String(), From: []string{Identified.String()}, To: Planned.String()},
	{Name: EventStart.String(), From: []string{Planned.String()}, To: Realising.String()},
	{Name: EventRealise.String(), From: []string{Realising.String()}, To: Realised.String()},
	{Name: EventFail.String(), From: []string{Planned.String(), Realising.String()}, To: NotRealised.String()},
	{Name: EventWithdraw.String(), From: []string{Identified.String(), Planned.String(), Realising.String()}, To: Withdrawn.String()},
})

// transitions[from][event] is the state event leads to from from, or 0. It
// is derived from lifecycle once, so replaying a stored history needs
// neither a machine nor an allocation.
var transitions = func() (t [Withdrawn + 1][EventWithdraw + 1]State) {
	for _, e := range lifecycle.Events() {
		ev, ok1 := events.Parse(e.Name)
		to, ok2 := states.Parse(e.To)
		if !ok1 || !ok2 {
			panic("benefit: lifecycle names an unknown state or event: " + e.Name + " → " + e.To)
		}
		for _, f := range e.From {
			from, ok := states.Parse(f)
			if !ok {
				panic("benefit: lifecycle names an unknown state: " + f)
			}
			t[from][ev] = to
		}
	}
	return t
}()

// step returns the state event e leads to from s, or 0 when it is not allowed.
func step(s State, e Event) State {
	if !s.IsValid() || !e.IsValid() {
		return 0
	}
	return transitions[s][e]
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

// replay runs h through the lifecycle from Identified and returns the state
// reached and the index of the first change that is not allowed, or -1.
func replay(h []Change) (State, int) {
	s := Identified
	for i, c := range h {
		t := step(s, c.Event)
		if t == 0 {
			return s, i
		}
		s = t
	}
	return s, -1
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
	var out []Event
	s := b.State()
	for _, e := range events.All() {
		if step(s, e) != 0 {
			out = append(out, e)
		}
	}
	return out
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
	fs, _ := b.evaluate(c)
	return fs
}

// Apply records change c and so moves the benefit to its next state. It is
// transactional: when any requirement is unmet nothing changes and the
// error is a *ChangeError wrapping ErrTerminal, ErrInvalidChange,
// ErrInvalidHistory, ErrNotAllowed, ErrOutOfOrder or ErrRefused, whose
// Unmet field lists every unmet requirement.
func (b *Benefit) Apply(c Change) error {
	from := b.State()
	fs, err := b.evaluate(c)
	if err != nil {
		return &ChangeError{Benefit: b.ID, Event: c.Event, From: from, Unmet: fs.Errors(), Err: err}
	}
	m := lifecycle.New(from.String())
	if err := m.Fire(c.Event.String()); err != nil { // unreachable once evaluate accepted c
		return &ChangeError{Benefit: b.ID, Event: c.Event, From: from, Err: ErrNotAllowed}
	}
	b.History = append(slices.Clip(b.History), c)
	return nil
}

// evaluate returns the findings for c and the sentinel of the first kind of
// error among them, or nil.
func (b *Benefit) evaluate(c Change) (phase.Findings, error) {
	var fs phase.Findings
	from, bad := replay(b.History)
	if bad >= 0 {
		add(&fs, "benefit.history_invalid", item("history", bad)+".event", phase.SeverityError,
			"Historikken kan ikke spilles av: "+b.History[bad].Event.Label(phase.Bokmal)+" er ikke mulig fra "+from.Label(phase.Bokmal),
			"Historikken kan ikkje spelast av: "+b.History[bad].Event.Label(phase.Nynorsk)+" er ikkje mogleg frå "+from.Label(phase.Nynorsk),
			"The history cannot be replayed: "+b.History[bad].Event.Label(phase.English)+" is not possible from "+from.Label(phase.English))
		return fs, ErrInvalidHistory
	}
	if from.IsTerminal() {
		add(&fs, "benefit.terminal", "", phase.SeverityError,
			"Gevinsten er "+lower(from.Label(phase.Bokmal))+"; ingen flere endringer kan registreres",
			"Gevinsten er "+lower(from.Label(phase.Nynorsk))+"; ingen fleire endringar kan registrerast",
			"The benefit is "+lower(from.Label(phase.English))+"; no further changes can be recorded")
		return fs, ErrTerminal
	}
	if c.check(&fs); fs.HasErrors() {
		return fs, ErrInvalidChange
	}
	if step(from, c.Event) == 0 {
		add(&fs, "benefit.not_allowed", "change.event", phase.SeverityError,
			c.Event.Label(phase.Bokmal)+" er ikke mulig når gevinsten er "+lower(from.Label(phase.Bokmal)),
			c.Event.Label(phase.Nynorsk)+" er ikkje mogleg når gevinsten er "+lower(from.Label(phase.Nynorsk)),
			c.Event.Label(phase.English)+" is not possible when the benefit is "+lower(from.Label(phase.English)))
		return fs, ErrNotAllowed
	}
	if n := len(b.History); n > 0 && c.Date.Before(b.History[n-1].Date) {
		last := b.History[n-1].Date.Norwegian()
		add(&fs, "benefit.out_of_order", "change.date", phase.SeverityError,
			"Datoen "+c.Date.Norwegian()+" er før forrige endring ("+last+")",
			"Datoen "+c.Date.Norwegian()+" er før førre endring ("+last+")",
			"The date "+c.Date.Norwegian()+" is before the previous change ("+last+")")
		return fs, ErrOutOfOrder
	}
	b.guard(&fs, c)
	if fs.HasErrors() {
		return fs, ErrRefused
	}
	return fs, nil
}

// check reports malformed fields of c.
func (c Change) check(fs *phase.Findings) {
	if !c.Event.IsValid() {
		add(fs, "benefit.change_event", "change.event", phase.SeverityError,
			"Ukjent eller manglende hendelse", "Ukjend eller manglande hending", "Unknown or missing event")
	}
	if !c.Date.IsValid() {
		add(fs, "benefit.change_date", "change.date", phase.SeverityError,
			"Endringen mangler gyldig dato", "Endringa manglar gyldig dato", "The change has no valid date")
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
		add(fs, "benefit.measurement_missing", "indicators", phase.SeverityError,
			"Ingen måling er registrert etter nullpunktsmålingen",
			"Inga måling er registrert etter nullpunktsmålinga",
			"No measurement has been recorded after the baseline")
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
				add(fs, "benefit.target_not_reached", wj.path(""), phase.SeverityError,
					"Indikatoren "+quoteNB(in.Name)+" har nådd "+p.String()+" av målet",
					"Indikatoren "+quoteNB(in.Name)+" har nådd "+p.String()+" av målet",
					"Indicator "+quoteEN(in.Name)+" has reached "+p.String()+" of its target")
			}
		}
	case EventFail, EventWithdraw:
		if !filled(c.Reason) {
			add(fs, "benefit.reason_missing", "change.reason", phase.SeverityError,
				c.Event.Label(phase.Bokmal)+" krever en begrunnelse",
				c.Event.Label(phase.Nynorsk)+" krev ei grunngjeving",
				c.Event.Label(phase.English)+" needs a reason")
		}
	}
}
