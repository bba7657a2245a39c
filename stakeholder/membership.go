package stakeholder

import (
	"slices"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/internal/machine"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Membership is one organisation's membership of a collaboration, such as
// a municipality's answer to the cooperation agreement of Digitale
// Helgeland. It starts Invited and moves by Sign, Decline and Withdraw
// (invited → signed / declined, signed → withdrawn), each dated by the
// caller.
//
// Changes are transactional: a refused change leaves the membership
// exactly as it was and returns a *MembershipError listing every unmet
// requirement. The zero Membership has no organisation and refuses every
// change; make one with NewMembership. A Membership is a value: copies are
// independent. It is not safe for concurrent use.
type Membership struct {
	org     string
	invited phase.Date
	history []MembershipEvent
}

// MembershipEvent is one change of membership. Note is free text, such as
// the source of the information; it must not carry names.
type MembershipEvent struct {
	Action Action     `json:"action"`
	Date   phase.Date `json:"date"`
	Note   string     `json:"note,omitempty"`
}

// NewMembership returns the membership of organisation org (an
// Organisation ID), invited on date invited; the zero Date means the
// invitation date is not known. A blank org or an impossible date gives a
// *MembershipError wrapping ErrInvalidMembership or phase.ErrInvalidDate.
func NewMembership(org string, invited phase.Date) (Membership, error) {
	var fs phase.Findings
	var err error
	if strings.TrimSpace(org) == "" {
		fs = append(fs, noOrganisation("organisation"))
		err = ErrInvalidMembership
	}
	if !invited.IsZero() && !invited.IsValid() {
		fs = append(fs, invalidDateFinding("invited"))
		if err == nil {
			err = phase.ErrInvalidDate
		}
	}
	if err != nil {
		return Membership{}, &MembershipError{Organisation: org, Unmet: fs, Err: err}
	}
	return Membership{org: org, invited: invited}, nil
}

// noOrganisation reports a membership without organisation at path.
func noOrganisation(path string) phase.Finding {
	return finding.New("membership.organisation", path, phase.SeverityError, phase.Text{
		NB: "Medlemskapet mangler organisasjon", NN: "Medlemskapet manglar organisasjon", EN: "The membership has no organisation"})
}

func invalidDateFinding(path string) phase.Finding {
	return finding.New("membership.date", path, phase.SeverityError, phase.Text{
		NB: "Mangler gyldig dato", NN: "Manglar gyldig dato", EN: "No valid date"})
}

// Organisation returns the ID of the member organisation.
func (m Membership) Organisation() string { return m.org }

// Invited returns the invitation date; the zero Date when unknown.
func (m Membership) Invited() phase.Date { return m.invited }

// State returns the current state: Invited until the first change.
func (m Membership) State() State {
	if n := len(m.history); n > 0 {
		return m.history[n-1].Action.result()
	}
	return Invited
}

// Since returns the date of the last change, or the invitation date.
func (m Membership) Since() phase.Date {
	if n := len(m.history); n > 0 {
		return m.history[n-1].Date
	}
	return m.invited
}

// History returns a copy of every change, in order.
func (m Membership) History() []MembershipEvent { return slices.Clone(m.history) }

// Equal reports whether m and o hold the same organisation, invitation
// date and history.
func (m Membership) Equal(o Membership) bool {
	return m.org == o.org && m.invited == o.invited && slices.Equal(m.history, o.history)
}

// Can reports whether action a is allowed in the current state.
func (m Membership) Can(a Action) bool {
	return a.IsValid() && m.org != "" && can(m.State(), a)
}

// Check reports everything that stands in the way of change e, without
// changing anything (codes membership.*): no organisation, an unknown
// action, a missing or impossible date, a template placeholder in the
// note, a change the state machine does not allow from the current state,
// and a date before the previous change or the invitation.
func (m Membership) Check(e MembershipEvent) phase.Findings {
	fs, _ := m.evaluate(e)
	return fs
}

// evaluate returns the findings for e and the sentinel of the most basic
// kind of error among them, or nil.
func (m Membership) evaluate(e MembershipEvent) (phase.Findings, error) {
	var fs phase.Findings
	var err error
	fail := func(f phase.Finding, sentinel error) {
		fs = append(fs, f)
		if err == nil {
			err = sentinel
		}
	}
	if m.org == "" {
		fail(noOrganisation("organisation"), ErrInvalidMembership)
	}
	if !e.Action.IsValid() {
		fail(finding.New("membership.action", "action", phase.SeverityError, phase.Text{
			NB: "Ukjent endring av medlemskap", NN: "Ukjend endring av medlemskap", EN: "Unknown membership change"}),
			ErrInvalidMembership)
	}
	for _, f := range phase.PlaceholderFindings("note", e.Note) {
		fail(f, ErrInvalidMembership)
	}
	if !e.Date.IsValid() {
		fail(invalidDateFinding("date"), phase.ErrInvalidDate)
	}
	st := m.State()
	if e.Action.IsValid() && !can(st, e.Action) {
		fail(finding.New("membership.transition", "action", phase.SeverityError, phase.Text{
			NB: "Kan ikke " + strings.ToLower(e.Action.Label(phase.Bokmal)) + " når status er «" + st.Label(phase.Bokmal) + "»",
			NN: "Kan ikkje " + strings.ToLower(e.Action.Label(phase.Nynorsk)) + " når status er «" + st.Label(phase.Nynorsk) + "»",
			EN: "Cannot " + strings.ToLower(e.Action.Label(phase.English)) + " in state " + st.Label(phase.English)}),
			phase.ErrNotAllowed)
	}
	if since := m.Since(); e.Date.IsValid() && !since.IsZero() && e.Date.Before(since) {
		fail(finding.New("membership.date_order", "date", phase.SeverityError, phase.Text{
			NB: "Datoen " + e.Date.Norwegian() + " er før forrige endring (" + since.Norwegian() + ")",
			NN: "Datoen " + e.Date.Norwegian() + " er før førre endring (" + since.Norwegian() + ")",
			EN: "The date " + e.Date.Norwegian() + " is before the previous change (" + since.Norwegian() + ")"}),
			phase.ErrOutOfOrder)
	}
	return fs, err
}

// Apply records change e. On refusal nothing changes and the error is a
// *MembershipError (see Check for what is required).
func (m *Membership) Apply(e MembershipEvent) error {
	fs, err := m.evaluate(e)
	if err != nil {
		return &MembershipError{Organisation: m.org, Action: e.Action, Unmet: fs, Err: err}
	}
	mc := at(m.State())
	if mc == nil {
		return &machine.TransitionError{Event: e.Action.String(), State: m.State().String()}
	}
	if err := mc.Fire(e.Action); err != nil { // unreachable after evaluate; kept as a safety net
		return &MembershipError{Organisation: m.org, Action: e.Action, Err: phase.ErrNotAllowed}
	}
	// A fresh slice, so that copies of m made before this call keep their
	// own history.
	h := make([]MembershipEvent, len(m.history), len(m.history)+1)
	copy(h, m.history)
	m.history = append(h, e)
	return nil
}

// Sign records that the organisation signed on date d.
func (m *Membership) Sign(d phase.Date, note string) error {
	return m.Apply(MembershipEvent{Action: Sign, Date: d, Note: note})
}

// Decline records that the organisation declined on date d.
func (m *Membership) Decline(d phase.Date, note string) error {
	return m.Apply(MembershipEvent{Action: Decline, Date: d, Note: note})
}

// Withdraw records that the organisation withdrew on date d.
func (m *Membership) Withdraw(d phase.Date, note string) error {
	return m.Apply(MembershipEvent{Action: Withdraw, Date: d, Note: note})
}
