package projectflow

import (
	"time"

	"go.temporal.io/sdk/workflow"

	"github.com/digitale-helgeland/veiviser/phase"
)

// reminderDue is when the current wait's next reminder is due.
func (r *run) reminderDue() time.Time {
	return r.wait.Since.Add(time.Duration(r.wait.Reminders+1) * r.settings.remindAfter())
}

// ksDue is when KS checkpoint 6 becomes due, and false when no notice is
// to be sent: the project is not a state project that affects the
// municipal sector, its roll-out date is not known, or the notice for that
// date has been sent.
//
// The checkpoint is due from 1 January of the year before the roll-out:
// checklist.Options.RollOut reads Difi's "i budsjettåret før innføringa skal
// skje" (seed 004) so, and the gate blocks from that date on. The library
// does not export that date; this is its rule, written again.
func (r *run) ksDue() (time.Time, bool) {
	ro := r.p.RollOut
	if !r.p.StateAffectingMunicipalities || !ro.IsValid() || r.ksNotified == ro {
		return time.Time{}, false
	}
	return time.Date(ro.Year-1, time.January, 1, 0, 0, 0, 0, oslo), true
}

// nextAlarm is the earliest time a notice is due; zero when none is.
func (r *run) nextAlarm() time.Time {
	t := r.reminderDue()
	if ks, ok := r.ksDue(); ok && ks.Before(t) {
		t = ks
	}
	return t
}

// fireAlarms sends every notice that is due now, in a fixed order: the
// KS notice, then the reminder.
func (r *run) fireAlarms(ctx workflow.Context) error {
	if r.p.Status() != phase.Active || workflow.Now(ctx).Before(r.nextAlarm()) {
		return nil
	}
	if err := r.mu.Lock(ctx); err != nil {
		return err
	}
	defer r.mu.Unlock()
	now := workflow.Now(ctx)
	base := Notice{ProjectID: r.p.ID, Project: r.p.Name, At: now}
	if st, missing, _, ok := r.readiness(now); ok {
		base.Point, base.Missing = st.Point, missing
	}
	var a *Activities
	if due, ok := r.ksDue(); ok && !now.Before(due) {
		n := base
		n.Kind, n.RollOut, n.Checkpoint = KSCheckpoint6Due, r.p.RollOut, r.checkpoint6()
		if err := workflow.ExecuteActivity(activityContext(ctx), a.Notify, n).Get(ctx, nil); err != nil {
			return err
		}
		r.ksNotified = r.p.RollOut
		r.events++
	}
	if due := r.reminderDue(); !now.Before(due) && r.p.Status() == phase.Active {
		n := base
		n.Kind, n.WaitingSince, n.Count = Reminder, r.wait.Since, r.wait.Reminders+1
		if err := workflow.ExecuteActivity(activityContext(ctx), a.Notify, n).Get(ctx, nil); err != nil {
			return err
		}
		r.wait.Reminders++
		r.events++
	}
	return nil
}

// checkpoint6 is the state of KS checkpoint 6 as its wire code ("open",
// "answered", …), or "" when the project has no KS checklist.
func (r *run) checkpoint6() string {
	if r.p.Checklists == nil || r.p.Checklists.KS() == nil {
		return ""
	}
	it, ok := r.p.Checklists.KS().Item("6")
	if !ok {
		return ""
	}
	return it.State().String()
}
