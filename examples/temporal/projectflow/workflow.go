package projectflow

import (
	"errors"
	"time"

	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Names a client uses to reach the workflow.
const (
	// WorkflowName is the workflow's registered type name.
	WorkflowName = "VeiviserProject"
	// TaskQueue is the task queue the example's worker polls.
	TaskQueue = "veiviser-projects"
	// UpdateDecide is the update that records a decision (phase.Decision);
	// its result is a Recorded.
	UpdateDecide = "decide"
	// SignalDecide is the signal that records a decision (phase.Decision)
	// for clients that cannot send updates.
	SignalDecide = "decide"
	// UpdateAmend is the update that replaces the project's data with the
	// project as the case system now has it (*veiviser.Project, the same
	// decisions); its result is the Status after it.
	UpdateAmend = "amend"
	// QueryStatus answers with a Status.
	QueryStatus = "status"
	// QueryProject answers with the project (*veiviser.Project).
	QueryProject = "project"
)

// The types of the application errors the workflow returns, for
// temporal.ApplicationError.Type.
const (
	// RefusedError: the library refused the decision. The error's details
	// hold the unmet requirements, a phase.Findings.
	RefusedError = "veiviser.refused"
	// AmendError: the amended project was refused (another project, or
	// other decisions than the workflow's).
	AmendError = "veiviser.amend_refused"
	// BusyError: another decision or amendment is being recorded; send
	// again when it is done.
	BusyError = "veiviser.busy"
	// InputError: the workflow was started without a project.
	InputError = "veiviser.input"
)

// Input starts the workflow, and carries its state over when it continues
// as new.
type Input struct {
	// Project is the project as it stands. Its audit log must not be
	// keyed: the key is never stored (see veiviser.ProjectConfig.Key), so
	// it cannot travel through Temporal's data converter.
	Project *veiviser.Project `json:"project"`
	// Settings are the workflow's settings.
	Settings Settings `json:"settings,omitzero"`
	// Wait is the current wait for a decision, carried over by
	// continue-as-new; nil starts one at the workflow's start.
	Wait *Wait `json:"wait,omitempty"`
	// KSNotified is the roll-out date for which the notice that KS
	// checkpoint 6 is due has been sent; zero when none has.
	KSNotified phase.Date `json:"ksNotified,omitzero"`
	// Refused is the last decision signal the library refused.
	Refused *Refusal `json:"refused,omitempty"`
}

// Wait is how long the next decision point has waited.
type Wait struct {
	// Since is when the wait began: the workflow's start, or the last
	// decision recorded.
	Since time.Time `json:"since"`
	// Reminders is how many reminders this wait has had.
	Reminders int `json:"reminders,omitempty"`
}

// Refusal is a decision the library refused.
type Refusal struct {
	Decision phase.Decision `json:"decision"`
	// Unmet lists every unmet requirement (phase.DecisionError.Unmet).
	Unmet phase.Findings `json:"unmet,omitempty"`
	// Error is the error's text, for a refusal that is not a
	// phase.DecisionError.
	Error string    `json:"error"`
	At    time.Time `json:"at"`
}

// Recorded is the result of an accepted decision.
type Recorded struct {
	// Decision is the decision as recorded, with its date.
	Decision phase.Decision `json:"decision"`
	// Position and Status are where the decision leaves the project.
	Position phase.Position `json:"position"`
	Status   phase.Status   `json:"status"`
	// AuditHead is the hash of the decision's audit entry: the head of
	// the project's audit log, for the host to keep apart.
	AuditHead string `json:"auditHead"`
	// Journal is the archive's reference to the journalled decision.
	Journal string `json:"journal"`
}

// run is one run of the workflow: the project and what the workflow knows
// of its waits. Its fields change only while mu is held.
type run struct {
	settings   Settings
	p          *veiviser.Project
	wait       Wait
	ksNotified phase.Date
	refused    *Refusal
	// pending is the decision being journalled, while it is; validators
	// refuse other decisions and amendments meanwhile.
	pending *phase.Decision
	journal string // the archive's reference to the last decision
	events  int    // events handled in this run
	version int    // changes on every change of state the main loop waits for
	mu      workflow.Mutex
}

// Workflow holds one project until it is stopped or completed, and returns
// it then. Start it with an Input; see the package documentation for what
// it answers to.
func Workflow(ctx workflow.Context, in Input) (*veiviser.Project, error) {
	if in.Project == nil {
		return nil, temporal.NewNonRetryableApplicationError("projectflow: no project in the input", InputError, nil)
	}
	r := &run{settings: in.Settings, p: in.Project, ksNotified: in.KSNotified, refused: in.Refused, mu: workflow.NewMutex(ctx)}
	if in.Wait != nil {
		r.wait = *in.Wait
	} else {
		r.wait = Wait{Since: workflow.Now(ctx)}
	}
	if err := r.register(ctx); err != nil {
		return nil, err
	}
	signals := workflow.GetSignalChannel(ctx, SignalDecide)

	for r.p.Status() == phase.Active {
		if r.events >= r.settings.continueAfter() || workflow.GetInfo(ctx).GetContinueAsNewSuggested() {
			if err := workflow.Await(ctx, func() bool { return workflow.AllHandlersFinished(ctx) }); err != nil {
				return nil, err
			}
			if signals.Len() == 0 { // signals not yet taken would be lost
				return nil, workflow.NewContinueAsNewError(ctx, WorkflowName, r.input())
			}
		}
		if err := r.sleep(ctx, signals); err != nil {
			return nil, err // cancelled
		}
		for {
			var d phase.Decision
			if !signals.ReceiveAsync(&d) {
				break
			}
			if _, err := r.decide(ctx, d); err != nil && !isRefusal(err) {
				return nil, err
			}
		}
		if err := r.fireAlarms(ctx); err != nil {
			return nil, err
		}
	}
	if err := workflow.Await(ctx, func() bool { return workflow.AllHandlersFinished(ctx) }); err != nil {
		return nil, err
	}
	return r.p, nil
}

// sleep waits until the state changes (a decision or an amendment by
// update), a signal comes, or the next notice is due. The timer is its
// own, cancelled when something else wakes the workflow, rather than
// AwaitWithTimeout's: whether that one cancels its timer depends on an
// SDK flag (SDKFlagCancelAwaitTimerOnCondition, off by default in SDK
// 1.51), and the commands a workflow makes must not depend on the SDK's
// defaults.
func (r *run) sleep(ctx workflow.Context, signals workflow.ReceiveChannel) error {
	seen := r.version
	now := workflow.Now(ctx)
	alarm := r.nextAlarm()
	if !alarm.After(now) {
		return nil // a notice is due now
	}
	timerCtx, cancel := workflow.WithCancel(ctx)
	defer cancel() // a timer not yet fired is cancelled: a CancelTimer command
	timer := workflow.NewTimer(timerCtx, alarm.Sub(now))
	return workflow.Await(ctx, func() bool { return r.version != seen || signals.Len() > 0 || timer.IsReady() })
}

// input is the state to continue as new with.
func (r *run) input() Input {
	w := r.wait
	return Input{Project: r.p, Settings: r.settings, Wait: &w, KSNotified: r.ksNotified, Refused: r.refused}
}

func (r *run) register(ctx workflow.Context) error {
	if err := workflow.SetQueryHandler(ctx, QueryStatus, func() (Status, error) { return r.status(workflow.Now(ctx)), nil }); err != nil {
		return err
	}
	if err := workflow.SetQueryHandler(ctx, QueryProject, func() (*veiviser.Project, error) { return r.p, nil }); err != nil {
		return err
	}
	if err := workflow.SetUpdateHandlerWithOptions(ctx, UpdateDecide, r.decideUpdate, workflow.UpdateHandlerOptions{
		Validator:   r.validateDecision,
		Description: "Record a decision at the project's next decision point (phase.Decision); a decision the library refuses is rejected.",
	}); err != nil {
		return err
	}
	return workflow.SetUpdateHandlerWithOptions(ctx, UpdateAmend, r.amend, workflow.UpdateHandlerOptions{
		Validator:   r.validateAmend,
		Description: "Replace the project's documents, checklists and other data with the project as the case system has it; its decisions must be the workflow's.",
	})
}

// dated returns d with the workflow's date (in Norway) when it has none.
func dated(ctx workflow.Context, d phase.Decision) phase.Decision {
	if d.Date.IsZero() {
		d.Date = dayOf(workflow.Now(ctx))
	}
	return d
}

// dayOf is the date of t in Norway.
func dayOf(t time.Time) phase.Date { return phase.DateOf(t.In(oslo)) }

// validateDecision runs the library's Check: a decision it would refuse
// is rejected before Temporal records the update. It changes nothing.
func (r *run) validateDecision(ctx workflow.Context, d phase.Decision) error {
	if r.pending != nil {
		return temporal.NewNonRetryableApplicationError("projectflow: another decision or amendment is being recorded", BusyError, nil)
	}
	if fs := r.p.Check(dated(ctx, d)); fs.HasErrors() {
		return refusedError("veiviser: "+d.Point.Label()+": refused", fs.Errors())
	}
	return nil
}

func (r *run) decideUpdate(ctx workflow.Context, d phase.Decision) (Recorded, error) {
	return r.decide(ctx, d)
}

// decide records d: the library decides on a copy of the project, the
// archive journals the decision, and only then is the copy taken in. A
// decision the library refuses changes nothing and is kept as the last
// refusal; one the archive cannot take changes nothing either.
func (r *run) decide(ctx workflow.Context, d phase.Decision) (Recorded, error) {
	if err := r.mu.Lock(ctx); err != nil {
		return Recorded{}, err
	}
	defer r.mu.Unlock()
	d = dated(ctx, d)
	next := r.p.Clone()
	if err := next.Decide(d); err != nil {
		ref := &Refusal{Decision: d, Error: err.Error(), At: workflow.Now(ctx)}
		var de *phase.DecisionError
		if errors.As(err, &de) {
			ref.Unmet = de.Unmet
		}
		r.refused = ref
		r.version++
		return Recorded{}, refusedError(err.Error(), ref.Unmet)
	}
	log := next.Audit()
	entry := log[len(log)-1]
	r.pending = &d
	defer func() { r.pending = nil }()
	var a *Activities
	var ref string
	err := workflow.ExecuteActivity(activityContext(ctx), a.Journal, Entry{
		ProjectID: next.ID, Project: next.Name, Decision: d, Audit: entry,
		Position: next.Position(), Status: next.Status(),
	}).Get(ctx, &ref)
	if err != nil {
		return Recorded{}, err
	}
	r.p, r.journal = next, ref
	r.wait = Wait{Since: workflow.Now(ctx)}
	r.events++
	r.version++
	return Recorded{Decision: d, Position: next.Position(), Status: next.Status(), AuditHead: entry.Hash, Journal: ref}, nil
}

// validateAmend accepts a project with the workflow project's ID and the
// same audit log head, so the same decisions: documents, checklists,
// stakeholders and the other plain data may differ.
func (r *run) validateAmend(ctx workflow.Context, p *veiviser.Project) error {
	switch {
	case r.pending != nil:
		return temporal.NewNonRetryableApplicationError("projectflow: another decision or amendment is being recorded", BusyError, nil)
	case p == nil:
		return temporal.NewNonRetryableApplicationError("projectflow: no project", AmendError, nil)
	case p.ID != r.p.ID:
		return temporal.NewNonRetryableApplicationError("projectflow: the amendment is for project "+p.ID+", not "+r.p.ID, AmendError, nil)
	case p.Audit().Head() != r.p.Audit().Head():
		return temporal.NewNonRetryableApplicationError("projectflow: the amended project's decisions are not the workflow's; decide through the workflow", AmendError, nil)
	}
	return nil
}

func (r *run) amend(ctx workflow.Context, p *veiviser.Project) (Status, error) {
	if err := r.mu.Lock(ctx); err != nil {
		return Status{}, err
	}
	defer r.mu.Unlock()
	if err := r.validateAmend(ctx, p); err != nil { // a decision may have come first
		return Status{}, err
	}
	r.p = p
	r.events++
	r.version++
	return r.status(workflow.Now(ctx)), nil
}

// refusedError is the error a refused decision returns to its caller, with
// the unmet requirements as details.
func refusedError(msg string, unmet phase.Findings) error {
	return temporal.NewApplicationErrorWithOptions(msg, RefusedError, temporal.ApplicationErrorOptions{
		NonRetryable: true, Details: []any{unmet},
	})
}

func isRefusal(err error) bool {
	var ae *temporal.ApplicationError
	return errors.As(err, &ae) && ae.Type() == RefusedError
}

// activityContext gives the activities a minute per attempt and Temporal's
// default retry policy: retried with backoff until they succeed, so a
// decision waits for an archive that is down rather than being lost.
func activityContext(ctx workflow.Context) workflow.Context {
	return workflow.WithActivityOptions(ctx, workflow.ActivityOptions{StartToCloseTimeout: time.Minute})
}
