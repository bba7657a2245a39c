package benefit

import (
	"errors"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

type unmet struct{ Code, Path string }

func unmetOf(fs phase.Findings) []unmet {
	var out []unmet
	for _, f := range fs {
		out = append(out, unmet{string(f.Code), f.Path})
	}
	return out
}

// cloneBenefit returns a deep copy, so a test can see that a refused change
// touched nothing.
func cloneBenefit(b Benefit) Benefit {
	b.Profile = slices.Clone(b.Profile)
	b.Preconditions = slices.Clone(b.Preconditions)
	b.History = slices.Clone(b.History)
	b.Indicators = slices.Clone(b.Indicators)
	for i := range b.Indicators {
		b.Indicators[i].Points = slices.Clone(b.Indicators[i].Points)
		b.Indicators[i].Measurements = slices.Clone(b.Indicators[i].Measurements)
	}
	return b
}

// TestLifecycle pins the lifecycle: which event leads where from each
// state, asked of the machine through step and Benefit.Available, and that
// State.IsTerminal names exactly the states the machine lets go nowhere.
func TestLifecycle(t *testing.T) {
	want := map[State]map[Event]State{
		Identified:  {EventPlan: Planned, EventWithdraw: Withdrawn},
		Planned:     {EventStart: Realising, EventFail: NotRealised, EventWithdraw: Withdrawn},
		Realising:   {EventRealise: Realised, EventFail: NotRealised, EventWithdraw: Withdrawn},
		Realised:    {},
		NotRealised: {},
		Withdrawn:   {},
	}
	got := map[State]map[Event]State{}
	for _, s := range States() {
		got[s] = map[Event]State{}
		for _, e := range append(events.All(), 0, EventWithdraw+1) {
			if to := step(s, e); to != 0 {
				got[s][e] = to
			}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("transitions (-want +got):\n%s", diff)
	}
	if to := step(0, EventPlan); to != 0 {
		t.Errorf("step(0, plan) = %v; the zero state moves", to)
	}
	for _, h := range [][]Change{
		nil,
		{{Event: EventPlan}},
		{{Event: EventPlan}, {Event: EventStart}},
		{{Event: EventPlan}, {Event: EventStart}, {Event: EventRealise}},
		{{Event: EventPlan}, {Event: EventFail}},
		{{Event: EventWithdraw}},
	} {
		b := Benefit{History: h}
		s := b.State()
		var events []Event
		for e := range want[s] {
			events = append(events, e)
		}
		slices.Sort(events)
		if diff := cmp.Diff(events, b.Available()); diff != "" {
			t.Errorf("Available in %s (-want +got):\n%s", s, diff)
		}
		if s.IsTerminal() != (len(want[s]) == 0) {
			t.Errorf("%s: IsTerminal = %v disagrees with the machine", s, s.IsTerminal())
		}
	}
}

func TestApply(t *testing.T) {
	planned := goodPlan().Benefits[1]   // G2, planned, measured 2021-03-01
	realising := goodPlan().Benefits[0] // G1, realising
	identified := goodPlan().Benefits[2]
	bare := Benefit{ID: "X", Description: "Uten noe", Area: Citizens, Valuation: Priced}
	zero := cloneBenefit(identified)
	zero.Indicators[0].Target.Value = zero.Indicators[0].Baseline.Value
	reached := cloneBenefit(realising)
	reached.Indicators[0].Measurements = append(reached.Indicators[0].Measurements, Measurement{Date: d("2023-11-01"), Value: Units(20)})
	withdrawn := cloneBenefit(planned)
	withdrawn.History = append(withdrawn.History, Change{Event: EventWithdraw, Date: d("2021-01-01"), Reason: "Slått sammen med G1"})
	broken := cloneBenefit(planned)
	broken.History = []Change{{Event: EventRealise, Date: d("2020-01-01")}}
	unmeasured := cloneBenefit(planned)
	unmeasured.Indicators[0].Measurements = nil

	for _, tc := range []struct {
		name   string
		b      Benefit
		c      Change
		err    error
		unmet  []unmet
		result State
	}{
		{"plan a complete benefit", identified, Change{Event: EventPlan, Date: d("2021-01-10")}, nil, nil, Planned},
		{"plan: every requirement listed", bare, Change{Event: EventPlan, Date: d("2021-01-10")}, phase.ErrRefused,
			[]unmet{{"benefit.owner_missing", "owner"}, {"benefit.start_year_missing", "startYear"}, {"benefit.indicator_missing", "indicators"}}, Identified},
		{"plan: zero span refused", zero, Change{Event: EventPlan, Date: d("2021-01-10")}, phase.ErrRefused,
			[]unmet{{"benefit.zero_span", "indicators[0].target"}}, Identified},
		{"plan twice", planned, Change{Event: EventPlan, Date: d("2021-01-10")}, phase.ErrNotAllowed,
			[]unmet{{"benefit.not_allowed", "change.event"}}, Planned},
		{"start with a measurement", planned, Change{Event: EventStart, Date: d("2021-03-02")}, nil, nil, Realising},
		{"start before the measurement", planned, Change{Event: EventStart, Date: d("2021-02-01")}, phase.ErrRefused,
			[]unmet{{"benefit.measurement_missing", "indicators"}}, Planned},
		{"start unmeasured", unmeasured, Change{Event: EventStart, Date: d("2021-03-02")}, phase.ErrRefused,
			[]unmet{{"benefit.measurement_missing", "indicators"}}, Planned},
		{"realise before the target", realising, Change{Event: EventRealise, Date: d("2021-04-01")}, phase.ErrRefused,
			[]unmet{{"benefit.target_not_reached", "indicators[0]"}}, Realising},
		{"realise when reached", reached, Change{Event: EventRealise, Date: d("2023-11-02")}, nil, nil, Realised},
		{"realise dated before reaching", reached, Change{Event: EventRealise, Date: d("2023-10-31")}, phase.ErrRefused,
			[]unmet{{"benefit.target_not_reached", "indicators[0]"}}, Realising},
		{"realise from planned", planned, Change{Event: EventRealise, Date: d("2023-10-31")}, phase.ErrNotAllowed,
			[]unmet{{"benefit.not_allowed", "change.event"}}, Planned},
		{"fail without a reason", realising, Change{Event: EventFail, Date: d("2022-01-01"), Reason: "  "}, phase.ErrRefused,
			[]unmet{{"benefit.reason_missing", "change.reason"}}, Realising},
		{"fail with a reason", realising, Change{Event: EventFail, Date: d("2022-01-01"), Reason: "Fagprogrammet ble ikke valgt"}, nil, nil, NotRealised},
		{"withdraw identified", identified, Change{Event: EventWithdraw, Date: d("2022-01-01"), Reason: "Inngår i G1"}, nil, nil, Withdrawn},
		{"withdraw without reason", identified, Change{Event: EventWithdraw, Date: d("2022-01-01")}, phase.ErrRefused,
			[]unmet{{"benefit.reason_missing", "change.reason"}}, Identified},
		{"after the end", withdrawn, Change{Event: EventStart, Date: d("2022-01-01")}, phase.ErrTerminal,
			[]unmet{{"benefit.terminal", ""}}, Withdrawn},
		{"out of order", realising, Change{Event: EventFail, Date: d("2021-03-14"), Reason: "x"}, phase.ErrOutOfOrder,
			[]unmet{{"benefit.out_of_order", "change.date"}}, Realising},
		{"malformed change", planned, Change{Event: 9, Reason: "<begrunnelse>"}, ErrInvalidChange,
			[]unmet{{"benefit.change_event", "change.event"}, {"benefit.change_date", "change.date"}, {"text.placeholder", "change.reason"}}, Planned},
		{"broken history", broken, Change{Event: EventStart, Date: d("2021-03-02")}, phase.ErrInvalidHistory,
			[]unmet{{"benefit.history_invalid", "history[0].event"}}, Identified},
	} {
		t.Run(tc.name, func(t *testing.T) {
			b := cloneBenefit(tc.b)
			before := cloneBenefit(tc.b)
			check := b.Check(tc.c)
			err := b.Apply(tc.c)
			if !errors.Is(err, tc.err) {
				t.Fatalf("Apply = %v, want %v", err, tc.err)
			}
			if diff := cmp.Diff(tc.unmet, unmetOf(check.Errors())); diff != "" {
				t.Errorf("Check (-want +got):\n%s", diff)
			}
			if got := b.State(); got != tc.result {
				t.Errorf("State() = %s, want %s", got, tc.result)
			}
			if tc.err != nil {
				var ce *ChangeError
				if !errors.As(err, &ce) {
					t.Fatalf("error %T is not a *ChangeError", err)
				}
				if diff := cmp.Diff(tc.unmet, unmetOf(ce.Unmet)); diff != "" {
					t.Errorf("ChangeError.Unmet (-want +got):\n%s", diff)
				}
				if ce.Benefit != tc.b.ID || ce.Event != tc.c.Event || ce.From != before.State() {
					t.Errorf("ChangeError = %+v", ce)
				}
				if diff := cmp.Diff(before, b); diff != "" {
					t.Errorf("a refused change modified the benefit (-before +after):\n%s", diff)
				}
				return
			}
			if diff := cmp.Diff(append(slices.Clone(before.History), tc.c), b.History); diff != "" {
				t.Errorf("History after Apply (-want +got):\n%s", diff)
			}
		})
	}
}

func TestApplyDoesNotShareHistory(t *testing.T) {
	a := goodPlan().Benefits[1]
	a.History = append(make([]Change, 0, 8), a.History...)
	b := a // shares the backing array
	if err := a.Apply(Change{Event: EventStart, Date: d("2021-03-02")}); err != nil {
		t.Fatal(err)
	}
	if err := b.Apply(Change{Event: EventWithdraw, Date: d("2021-03-02"), Reason: "Feil"}); err != nil {
		t.Fatal(err)
	}
	if a.State() != Realising || b.State() != Withdrawn {
		t.Errorf("states %s, %s: Apply overwrote a history it shared", a.State(), b.State())
	}
}

func TestPlanApply(t *testing.T) {
	p := goodPlan()
	if err := p.Apply("G9", Change{Event: EventPlan, Date: d("2021-01-01")}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown ID: %v", err)
	}
	if err := p.Apply("G3", Change{Event: EventPlan, Date: d("2021-01-01")}); err != nil {
		t.Errorf("plan G3: %v", err)
	}
	if got := p.Find("G3").State(); got != Planned {
		t.Errorf("G3 is %s", got)
	}
	if diff := cmp.Diff([]Event{EventStart, EventFail, EventWithdraw}, p.Find("G3").Available()); diff != "" {
		t.Errorf("Available (-want +got):\n%s", diff)
	}
}

func TestChangeErrorText(t *testing.T) {
	b := Benefit{ID: "G7"}
	err := b.Apply(Change{Event: EventWithdraw, Date: d("2021-01-01")})
	want := `veiviser: benefit "G7": withdraw from identified: refused: change.reason: Withdraw needs a reason [benefit.reason_missing]`
	if err == nil || err.Error() != want {
		t.Errorf("error text\n got %v\nwant %s", err, want)
	}
}
