// Package projectflow runs a veiviser.Project as a durable Temporal
// workflow: one workflow per project, which holds the project for as long
// as it lives (years), waits at each decision point for the decision
// body, and records what it decides with the library.
//
// A decision comes in as an update (UpdateDecide) whose validator runs the
// library's Project.Check, so a decision the library refuses is rejected
// before Temporal records it, and the caller gets every unmet requirement
// back (see RefusedError). Clients that cannot send updates send the same
// decision as a signal (SignalDecide); a refused signal cannot be rejected,
// so it is kept in the status instead (Status.Refused). The case system
// sends the project as it now stands, documents and checklists edited
// there, with UpdateAmend; the decision history itself moves only by
// decisions. The query QueryStatus tells where the project is, the next
// step and what it still lacks.
//
// An accepted decision is archived (journalført) by the Journal activity
// before the workflow takes it in: a decision the archive has not taken is
// not recorded. Reminders, when a decision point has waited longer than
// Settings.RemindAfter, and the notice that KS checkpoint 6 is due (the
// budget year before roll-out, for state projects that affect the
// municipal sector) are durable timers whose notices go out through the
// Notify activity. Storing, archiving and sending happen in activities,
// never in workflow code.
//
// # Determinism
//
// The workflow reads time only through workflow.Now and takes every date
// from it or from the caller; the library reads no clock and keeps no
// global state. Decisions, amendments and timers are handled in one
// coroutine at a time (a workflow.Mutex), so their order is the order of
// the history. Portfolio.Validate, which starts goroutines, is never called
// here. See ../workflowcheck.config.yaml for the reviewed exceptions of
// the workflowcheck analyser.
package projectflow
