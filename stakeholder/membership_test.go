package stakeholder

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/digitale-helgeland/veiviser/phase"
)

// TestMembershipSpec pins the membership machine: from each state, which
// action leads where, asked of the machine, of Action.result and of the
// wire-code adapter that membership.go uses.
func TestMembershipSpec(t *testing.T) {
	if diff := cmp.Diff(States(), membership.States()); diff != "" {
		t.Errorf("States (-want +got):\n%s", diff)
	}
	want := map[State]map[Action]State{
		Invited:   {Sign: Signed, Decline: Declined},
		Signed:    {Withdraw: Withdrawn},
		Declined:  {},
		Withdrawn: {},
	}
	got := map[State]map[Action]State{}
	for _, s := range States() {
		got[s] = map[Action]State{}
		for _, a := range append(actions.All(), 0, Withdraw+1) {
			m := membership.New()
			if err := m.Set(s); err != nil {
				t.Fatal(err)
			}
			allowed := m.Can(a)
			if got := can(s, a); got != m.Can(a) {
				t.Errorf("%s, %s: can = %v, the machine says %v", s, a, got, m.Can(a))
			}
			if err := m.Fire(a); (err == nil) != allowed {
				t.Errorf("%s, %s: Fire = %v, Can = %v", s, a, err, allowed)
			}
			if allowed {
				got[s][a] = m.State()
				if a.result() != m.State() {
					t.Errorf("%s.result() = %s, the machine says %s", a, a.result(), m.State())
				}
			}
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("transitions (-want +got):\n%s", diff)
	}
	if at(State(0)) != nil || at(State(99)) != nil {
		t.Error("a machine exists for a state it does not know")
	}
	if Action(0).result() != 0 {
		t.Error("the zero action leads somewhere")
	}
}

func TestMembershipTransitions(t *testing.T) {
	d := phase.MustDate
	type step struct {
		action Action
		date   string
	}
	tests := []struct {
		name      string
		invited   string
		steps     []step
		wantState State
		wantErr   error // of the last step; nil when every step succeeds
		wantCodes []string
	}{
		{"sign", "", []step{{Sign, "2020-02-24"}}, Signed, nil, nil},
		{"decline", "2020-02-17", []step{{Decline, "2020-02-25"}}, Declined, nil, nil},
		{"sign then withdraw", "", []step{{Sign, "2020-02-25"}, {Withdraw, "2021-01-01"}}, Withdrawn, nil, nil},
		{"same-day withdraw", "", []step{{Sign, "2020-02-25"}, {Withdraw, "2020-02-25"}}, Withdrawn, nil, nil},
		{"withdraw before signing", "", []step{{Withdraw, "2020-02-25"}}, Invited, phase.ErrNotAllowed, []string{"membership.transition"}},
		{"sign after declining", "", []step{{Decline, "2020-02-25"}, {Sign, "2020-03-01"}}, Declined, phase.ErrNotAllowed, []string{"membership.transition"}},
		{"sign twice", "", []step{{Sign, "2020-02-25"}, {Sign, "2020-03-01"}}, Signed, phase.ErrNotAllowed, []string{"membership.transition"}},
		{"withdraw twice", "", []step{{Sign, "2020-02-25"}, {Withdraw, "2020-03-01"}, {Withdraw, "2020-04-01"}}, Withdrawn, phase.ErrNotAllowed, []string{"membership.transition"}},
		{"before invitation", "2020-02-17", []step{{Sign, "2020-02-01"}}, Invited, phase.ErrOutOfOrder, []string{"membership.date_order"}},
		{"before previous", "", []step{{Sign, "2020-02-25"}, {Withdraw, "2020-02-24"}}, Signed, phase.ErrOutOfOrder, []string{"membership.date_order"}},
		{"no date", "", []step{{Sign, ""}}, Invited, phase.ErrInvalidDate, []string{"membership.date"}},
		{"no action", "", []step{{0, "2020-02-25"}}, Invited, ErrInvalidMembership, []string{"membership.action"}},
		{"everything wrong", "2020-02-17", []step{{Decline, "2020-02-25"}, {Withdraw, "2020-02-01"}}, Declined, phase.ErrNotAllowed,
			[]string{"membership.transition", "membership.date_order"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var inv phase.Date
			if tt.invited != "" {
				inv = d(tt.invited)
			}
			m, err := NewMembership("vefsn", inv)
			if err != nil {
				t.Fatal(err)
			}
			var last error
			for i, s := range tt.steps {
				var dt phase.Date
				if s.date != "" {
					dt = d(s.date)
				}
				before := m
				beforeHistory := m.History()
				last = m.Apply(MembershipEvent{Action: s.action, Date: dt, Note: "n"})
				if last != nil {
					if i != len(tt.steps)-1 {
						t.Fatalf("step %d: %v", i, last)
					}
					if !m.Equal(before) || !cmp.Equal(beforeHistory, m.History()) {
						t.Errorf("refused change modified the membership")
					}
				}
			}
			if diff := cmp.Diff(tt.wantErr, last, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("error (-want +got):\n%s", diff)
			}
			var me *MembershipError
			if last != nil {
				if !errors.As(last, &me) || me.Organisation != "vefsn" {
					t.Fatalf("error %v is not a *MembershipError", last)
				}
				var codes []string
				for _, f := range me.Unmet {
					codes = append(codes, string(f.Code))
				}
				if diff := cmp.Diff(tt.wantCodes, codes); diff != "" {
					t.Errorf("Unmet (-want +got):\n%s", diff)
				}
			}
			if got := m.State(); got != tt.wantState {
				t.Errorf("State() = %v, want %v", got, tt.wantState)
			}
		})
	}
}

func TestMembershipValue(t *testing.T) {
	if _, err := NewMembership(" ", phase.Date{}); !errors.Is(err, ErrInvalidMembership) {
		t.Errorf("NewMembership(blank) error = %v", err)
	}
	if _, err := NewMembership("x", phase.Date{Year: 2020, Month: 2, Day: 30}); !errors.Is(err, phase.ErrInvalidDate) {
		t.Errorf("NewMembership(bad date) error = %v", err)
	}
	var zero Membership
	if err := zero.Sign(phase.MustDate("2020-02-25"), ""); !errors.Is(err, ErrInvalidMembership) {
		t.Errorf("zero.Sign error = %v", err)
	}
	if zero.Can(Sign) {
		t.Error("zero membership can sign")
	}
	a, _ := NewMembership("rana", phase.MustDate("2020-02-17"))
	if !a.Can(Sign) || !a.Can(Decline) || a.Can(Withdraw) || a.Can(0) {
		t.Error("Can is wrong for an invited membership")
	}
	if a.Since() != phase.MustDate("2020-02-17") {
		t.Errorf("Since() = %v", a.Since())
	}
	b := a // a copy before the change keeps its own history
	if err := a.Sign(phase.MustDate("2020-02-25"), "Signert"); err != nil {
		t.Fatal(err)
	}
	if err := b.Decline(phase.MustDate("2020-02-26"), ""); err != nil {
		t.Fatal(err)
	}
	if a.State() != Signed || b.State() != Declined || a.Equal(b) {
		t.Errorf("copies are not independent: %v %v", a.State(), b.State())
	}
	if a.Since() != phase.MustDate("2020-02-25") || a.Organisation() != "rana" || a.Invited() != phase.MustDate("2020-02-17") {
		t.Error("accessors are wrong")
	}
	h := a.History()
	h[0].Note = "changed"
	if a.History()[0].Note != "Signert" {
		t.Error("History shares its slice")
	}
	if err := a.Withdraw(phase.MustDate("2020-03-01"), "<begrunnelse>"); !errors.Is(err, ErrInvalidMembership) {
		t.Errorf("placeholder note error = %v", err)
	}
	const want = `veiviser: membership of "rana": withdraw: invalid membership change: note: Template placeholder <begrunnelse> left in [text.placeholder]`
	if err := a.Withdraw(phase.MustDate("2020-03-01"), "<begrunnelse>"); err.Error() != want {
		t.Errorf("Error() = %q", err)
	}
}

func TestMembershipJSON(t *testing.T) {
	m, _ := NewMembership("rana", phase.MustDate("2020-02-17"))
	if err := m.Sign(phase.MustDate("2020-02-25"), "Signert i møtet"); err != nil {
		t.Fatal(err)
	}
	b, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"organisation":"rana","invited":"2020-02-17","state":"signed","history":[{"action":"sign","date":"2020-02-25","note":"Signert i møtet"}]}`
	if string(b) != want {
		t.Errorf("Marshal =\n%s\nwant\n%s", b, want)
	}
	var back Membership
	if err := json.Unmarshal(b, &back); err != nil || !back.Equal(m) {
		t.Errorf("round trip = %v, %v", back, err)
	}
	bad := []struct {
		in       string
		wantPath string
		wantErr  error
	}{
		{`{"organisation":"rana","history":[{"action":"sign","date":"2020-02-25"},{"action":"decline","date":"2020-02-26"}]}`, "history[1]", phase.ErrNotAllowed},
		{`{"organisation":"rana","state":"declined","history":[{"action":"sign","date":"2020-02-25"}]}`, "state", phase.ErrNotAllowed},
		{`{"organisation":"rana","state":"gone"}`, "state", phase.ErrUnknownValue},
		{`{"organisation":"rana","history":[{"action":"sign","date":"25.02.20"}]}`, "history[0].date", phase.ErrInvalidDate},
		{`{"organisation":"rana","history":[{"action":"join","date":"2020-02-25"}]}`, "history[0].action", phase.ErrUnknownValue},
		{`{"organisation":""}`, "organisation", ErrInvalidMembership},
		{`{"organisation":"rana","invited":"<dato>"}`, "invited", phase.ErrInvalidDate},
	}
	for _, tt := range bad {
		keep := m
		err := json.Unmarshal([]byte(tt.in), &keep)
		var de *phase.PathError
		if !errors.As(err, &de) || de.Path != tt.wantPath || !errors.Is(err, tt.wantErr) {
			t.Errorf("Unmarshal(%s) = %v; want path %q and %v", tt.in, err, tt.wantPath, tt.wantErr)
		}
		if !keep.Equal(m) {
			t.Errorf("Unmarshal(%s) changed the membership on error", tt.in)
		}
	}
}
