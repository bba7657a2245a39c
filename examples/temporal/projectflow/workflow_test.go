package projectflow

import (
	"errors"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"go.temporal.io/sdk/log"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/testsuite"
	"go.temporal.io/sdk/workflow"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
)

// start is when the tests' workflows start: Monday 17 February 2020,
// 09:00 in Norway, the date of the mandate's version 2.
var start = time.Date(2020, time.February, 17, 9, 0, 0, 0, oslo)

// testLog writes the workflow's log through t.Log, warnings and errors
// only: the test environment's debug lines (a line per timer skipped)
// would drown a failure.
func testLog(t *testing.T) log.Logger {
	return log.NewStructuredLogger(slog.New(slog.NewTextHandler(testWriter{t}, &slog.HandlerOptions{Level: slog.LevelWarn})))
}

type testWriter struct{ t *testing.T }

func (w testWriter) Write(b []byte) (int, error) {
	w.t.Log(strings.TrimSuffix(string(b), "\n"))
	return len(b), nil
}

// harness is a test workflow environment with the fake archive and
// notifier registered.
type harness struct {
	t        *testing.T
	env      *testsuite.TestWorkflowEnvironment
	archive  *memArchive
	notifier *memNotifier
}

func newHarness(t *testing.T) *harness {
	t.Helper()
	var s testsuite.WorkflowTestSuite
	s.SetLogger(testLog(t))
	h := &harness{t: t, env: s.NewTestWorkflowEnvironment(), archive: &memArchive{}, notifier: &memNotifier{}}
	h.env.SetStartTime(start)
	h.env.RegisterWorkflowWithOptions(Workflow, workflow.RegisterOptions{Name: WorkflowName})
	h.env.RegisterActivity(&Activities{Archive: h.archive, Notifier: h.notifier})
	return h
}

// at runs f at 10:00 in Norway on date s (dd.mm.yyyy), in workflow time.
func (h *harness) at(s string, f func()) {
	d := phase.MustDate(s)
	h.env.RegisterDelayedCallback(func() { h.t.Logf("at %s (%s)", s, h.env.Now()); f() }, time.Date(d.Year, d.Month, d.Day, 10, 0, 0, 0, oslo).Sub(start))
}

// update is the outcome of one update.
type update struct {
	rejected error
	result   any
	err      error
}

// update sends an update and returns where its outcome will be.
func (h *harness) update(name string, arg any) *update {
	u := &update{}
	h.env.UpdateWorkflow(name, "", &testsuite.TestUpdateCallback{
		OnReject: func(err error) { h.t.Logf("update %s: rejected: %v", name, err); u.rejected = err },
		OnComplete: func(r any, err error) {
			h.t.Logf("update %s: completed (error: %v)", name, err)
			u.result, u.err = r, err
		},
	}, arg)
	return u
}

func (h *harness) status() Status {
	h.t.Helper()
	v, err := h.env.QueryWorkflow(QueryStatus)
	if err != nil {
		h.t.Fatal(err)
	}
	var s Status
	if err := v.Get(&s); err != nil {
		h.t.Fatal(err)
	}
	return s
}

func (h *harness) project() *veiviser.Project {
	h.t.Helper()
	v, err := h.env.QueryWorkflow(QueryProject)
	if err != nil {
		h.t.Fatal(err)
	}
	var p *veiviser.Project
	if err := v.Get(&p); err != nil {
		h.t.Fatal(err)
	}
	return p
}

func decision(point phase.DecisionPoint, o phase.Outcome, date string) phase.Decision {
	d := phase.Decision{Point: point, Outcome: o, Body: body, DecidedBy: chair}
	if date != "" {
		d.Date = phase.MustDate(date)
	}
	return d
}

// unmet returns the codes of the unmet requirements an update's rejection
// carries, sorted, and fails unless it is a refusal.
func unmet(t *testing.T, err error) []string {
	t.Helper()
	var ae *temporal.ApplicationError
	if !errors.As(err, &ae) || ae.Type() != RefusedError {
		t.Fatalf("got %v, want an application error of type %s", err, RefusedError)
	}
	var fs phase.Findings
	if err := ae.Details(&fs); err != nil {
		t.Fatal(err)
	}
	return codes(fs)
}

func codes(fs phase.Findings) []string {
	var s []string
	for _, f := range fs {
		s = append(s, string(f.Code))
	}
	slices.Sort(s)
	return slices.Compact(s)
}

// TestDecisionPoints takes Digitale Helgeland through BP1 sent back, BP1
// refused, BP1 approved, BP2 refused with its reasons and BP2 approved,
// with weeks and months between the decisions skipped, and stops it at BP3.
func TestDecisionPoints(t *testing.T) {
	h := newHarness(t)
	var sentBack, early, bp1, bp2Early, bp2, stop *update
	var afterRefusal Status
	var amend1, amend2 *update

	// Styringsgruppemøte 25.02.2020 (seed 002): sent back for rework.
	h.at("25.02.2020", func() { sentBack = h.update(UpdateDecide, decision(phase.BP1, phase.SentBack, "25.02.2020")) })
	// An approval before the mandate is fixed is rejected, not recorded.
	h.at("26.02.2020", func() { early = h.update(UpdateDecide, decision(phase.BP1, phase.Approved, "")) })
	h.at("27.02.2020", func() { amend1 = h.update(UpdateAmend, withPhasePlanText(t, h.project())) })
	// The approval, dated by the workflow's clock.
	h.at("28.05.2020", func() { bp1 = h.update(UpdateDecide, decision(phase.BP1, phase.Approved, "")) })
	h.at("28.09.2020", func() {
		bp2Early = h.update(UpdateDecide, decision(phase.BP2, phase.Approved, "28.09.2020"))
		afterRefusal = h.status()
	})
	h.at("29.09.2020", func() { amend2 = h.update(UpdateAmend, withBP2Documents(t, h.project())) })
	h.at("01.10.2020", func() { bp2 = h.update(UpdateDecide, decision(phase.BP2, phase.Approved, "01.10.2020")) })
	h.at("15.10.2020", func() { stop = h.update(UpdateDecide, decision(phase.BP3, phase.Stopped, "15.10.2020")) })

	h.env.ExecuteWorkflow(WorkflowName, Input{Project: helgeland(t)})

	if !h.env.IsWorkflowCompleted() {
		t.Fatal("the workflow has not completed")
	}
	if err := h.env.GetWorkflowError(); err != nil {
		t.Fatal(err)
	}
	for name, u := range map[string]*update{"sent back": sentBack, "BP1": bp1, "BP2": bp2, "stop": stop, "amend 1": amend1, "amend 2": amend2} {
		if u == nil || u.rejected != nil || u.err != nil {
			t.Errorf("%s: %+v, want it accepted and completed", name, u)
		}
	}
	if diff := cmp.Diff([]string{"mandate.guidance_copied"}, unmet(t, early.rejected)); diff != "" {
		t.Errorf("early BP1 refusal (-want +got):\n%s", diff)
	}
	wantBP2 := []string{"checklist.unanswered", "project.product_missing", "role.benefit_responsible_missing", "role.owner_missing"}
	if diff := cmp.Diff(wantBP2, unmet(t, bp2Early.rejected)); diff != "" {
		t.Errorf("early BP2 refusal (-want +got):\n%s", diff)
	}
	// The status query said the same at the time.
	if afterRefusal.Next == nil || afterRefusal.Next.Point != phase.BP2 || afterRefusal.Ready {
		t.Errorf("status after the BP2 refusal: next %v, ready %v; want BP2, not ready", afterRefusal.Next, afterRefusal.Ready)
	}
	if diff := cmp.Diff(wantBP2, codes(afterRefusal.Missing)); diff != "" {
		t.Errorf("status after the BP2 refusal, missing (-want +got):\n%s", diff)
	}

	var p *veiviser.Project
	if err := h.env.GetWorkflowResult(&p); err != nil {
		t.Fatal(err)
	}
	want := []string{"BP1 sent_back 2020-02-25", "BP1 approved 2020-05-28", "BP2 approved 2020-10-01", "BP3 stopped 2020-10-15"}
	var got []string
	for _, d := range p.History() {
		got = append(got, d.Point.Label()+" "+d.Outcome.String()+" "+d.Date.String())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("history (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(want, h.archive.decisions()); diff != "" {
		t.Errorf("journalled (-want +got):\n%s", diff)
	}
	if err := p.Verify(""); err != nil {
		t.Error(err)
	}
	if p.Status() != phase.Halted {
		t.Errorf("status %v, want halted", p.Status())
	}
	// Every 30 days of waiting, a reminder: three while BP1 waited from
	// 25.02 to 28.05, four while BP2 waited from 28.05 to 01.10, none in
	// the two weeks before the stop.
	wantNotices := []string{
		"reminder BP1 #1 2020-03-26", "reminder BP1 #2 2020-04-25", "reminder BP1 #3 2020-05-25",
		"reminder BP2 #1 2020-06-27", "reminder BP2 #2 2020-07-27", "reminder BP2 #3 2020-08-26", "reminder BP2 #4 2020-09-25",
	}
	if diff := cmp.Diff(wantNotices, h.notifier.sent()); diff != "" {
		t.Errorf("notices (-want +got):\n%s", diff)
	}
	if r, ok := bp1.result.(Recorded); !ok || r.Decision.Date != phase.MustDate("28.05.2020") || r.Journal == "" || r.AuditHead == "" {
		t.Errorf("BP1 result %#v; want it dated 28.05.2020 by the workflow, journalled, with its audit head", bp1.result)
	}
}
