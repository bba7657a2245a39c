package projectflow

import (
	"time"
	_ "time/tzdata" // Europe/Oslo on every worker, whatever its system has
)

// DefaultRemindAfter is how long a decision point waits before the
// workflow sends a reminder when Settings.RemindAfter is zero: 30 days.
// Prosjektveiviseren says nothing of how long a decision may take; this is
// the example's choice. A steering group that meets quarterly (as many
// do) then hears of a waiting decision at least once before its next
// meeting, and a decision that waits for a monthly meeting is not nagged
// before it has had one.
const DefaultRemindAfter = 30 * 24 * time.Hour

// DefaultContinueAfter is how many events (decisions, amendments,
// reminders, notices) one run of the workflow handles before it continues
// as new, when Settings.ContinueAfter is zero. A project sees a few dozen
// in its life, so this bounds the history of a run that is reminded for
// years; the workflow also continues as new when Temporal suggests it.
const DefaultContinueAfter = 500

// Settings are the workflow's choices where the sources leave one. The
// zero value means the documented defaults.
type Settings struct {
	// RemindAfter is how long a decision point may wait for its decision
	// before a reminder is sent, and then between reminders; zero means
	// DefaultRemindAfter. The wait starts when the workflow starts and
	// again at each decision recorded (a case sent back waits anew for
	// its resubmission).
	RemindAfter time.Duration `json:"remindAfter,omitempty"`
	// ContinueAfter is how many events a run handles before it continues
	// as new with the project as it stands; zero means
	// DefaultContinueAfter.
	ContinueAfter int `json:"continueAfter,omitempty"`
}

func (s Settings) remindAfter() time.Duration {
	if s.RemindAfter <= 0 {
		return DefaultRemindAfter
	}
	return s.RemindAfter
}

func (s Settings) continueAfter() int {
	if s.ContinueAfter <= 0 {
		return DefaultContinueAfter
	}
	return s.ContinueAfter
}

// oslo is the time zone decisions are dated in: Norwegian public
// administration dates them in Norway's time. It is loaded once, from the
// time zone database embedded with time/tzdata, so every worker dates a
// moment alike.
var oslo = mustLoad("Europe/Oslo")

func mustLoad(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err) // unreachable: time/tzdata embeds the zone
	}
	return l
}
