package projectflow

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	historypb "go.temporal.io/api/history/v1"
	"go.temporal.io/api/temporalproto"
	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"
	"google.golang.org/protobuf/proto"

	"github.com/digitale-helgeland/veiviser/phase"
)

var updateFiles = flag.Bool("update", false, "write testdata/history.json again from recordHistory")

const historyFile = "history.json"

// recordHistory writes the history of Digitale Helgeland driven by
// signals: BP1 sent back on 25.02.2020, a reminder 30 days later, BP1
// approved on 02.04.2020, BP2 refused on 03.04.2020 (nothing is recorded
// but the refusal) and the project stopped at BP2 on 10.04.2020. Each
// decision is journalled by the Journal activity; the reminder goes out by
// Notify; the workflow completes with the project.
func recordHistory(t *testing.T) *historypb.History {
	p := withPhasePlanText(t, helgeland(t))
	in := Input{Project: p.Clone()}
	at := func(day string, hour, sec int) time.Time {
		d := phase.MustDate(day)
		return time.Date(d.Year, d.Month, d.Day, hour, 0, sec, 0, oslo)
	}
	const month = DefaultRemindAfter
	journal := func(d phase.Decision) command {
		if err := p.Decide(d); err != nil {
			t.Fatal(err)
		}
		log := p.Audit()
		return scheduleActivity("Journal", Entry{ProjectID: p.ID, Project: p.Name, Decision: d, Audit: log[len(log)-1], Position: p.Position(), Status: p.Status()})
	}

	t0 := at("17.02.2020", 9, 0)
	h := newHistory(t, t0, in)
	h.task(t0, startTimer(month))

	sentBack := decision(phase.BP1, phase.SentBack, "25.02.2020")
	t1 := at("25.02.2020", 10, 0)
	h.signal(t1, SignalDecide, sentBack)
	h.task(t1, cancelTimer(), journal(sentBack))
	t1done := t1.Add(time.Second)
	h.activityDone(t1done, "2020/17-1")
	h.task(t1done, startTimer(month))

	t2 := t1done.Add(month)
	h.timerFired(t2)
	next, _ := p.Next()
	h.task(t2, scheduleActivity("Notify", Notice{Kind: Reminder, ProjectID: p.ID, Project: p.Name, At: t2, Point: phase.BP1, WaitingSince: t1done, Count: 1, Missing: next.Missing}))
	h.activityDone(t2.Add(time.Second), nil)
	h.task(t2.Add(time.Second), startTimer(month-time.Second))

	approved := decision(phase.BP1, phase.Approved, "02.04.2020")
	t3 := at("02.04.2020", 10, 0)
	h.signal(t3, SignalDecide, approved)
	h.task(t3, cancelTimer(), journal(approved))
	t3done := t3.Add(time.Second)
	h.activityDone(t3done, "2020/17-2")
	h.task(t3done, startTimer(month))

	t4 := at("03.04.2020", 10, 0)
	h.signal(t4, SignalDecide, decision(phase.BP2, phase.Approved, "03.04.2020"))
	h.task(t4, cancelTimer(), startTimer(t3done.Add(month).Sub(t4)))

	stopped := decision(phase.BP2, phase.Stopped, "10.04.2020")
	t5 := at("10.04.2020", 10, 0)
	h.signal(t5, SignalDecide, stopped)
	h.task(t5, cancelTimer(), journal(stopped))
	t5done := t5.Add(time.Second)
	h.activityDone(t5done, "2020/17-3")
	h.task(t5done, completeWorkflow(p))
	return h.history()
}

func readHistory(t *testing.T) *historypb.History {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", historyFile))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h, err := client.HistoryFromJSON(f, client.HistoryJSONOptions{})
	if err != nil {
		t.Fatal(err)
	}
	return h
}

func replay(t *testing.T, h *historypb.History) error {
	t.Helper()
	r := worker.NewWorkflowReplayer()
	r.RegisterWorkflowWithOptions(Workflow, workflow.RegisterOptions{Name: WorkflowName})
	return r.ReplayWorkflowHistory(testLog(t), h)
}

// TestReplay replays the history in testdata/history.json: a change to the
// workflow that makes other commands, or the same in another order, for
// the same events fails here (a nondeterminism error), and must be put
// behind workflow.GetVersion before it reaches workflows that run.
// -update writes the file again from recordHistory.
func TestReplay(t *testing.T) {
	if *updateFiles {
		b, err := temporalproto.CustomJSONMarshalOptions{Indent: "  "}.Marshal(recordHistory(t))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join("testdata", historyFile), append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	h := readHistory(t)
	if err := replay(t, h); err != nil {
		t.Fatal(err)
	}
	// The file is the history recordHistory writes: they cannot drift apart.
	if want := recordHistory(t); !proto.Equal(want, h) {
		t.Error("testdata/history.json is not the history recordHistory writes; run go test -run TestReplay -update")
	}
}

// TestReplayReordered shows that the replay test can fail: the same
// history with the decisions of 02.04 (BP1 approved) and 03.04 (BP2
// approved) swapped makes the workflow refuse the first, so it schedules
// no Journal activity where the history has one.
func TestReplayReordered(t *testing.T) {
	h := readHistory(t)
	var signals []*historypb.WorkflowExecutionSignaledEventAttributes
	for _, e := range h.Events {
		if a := e.GetWorkflowExecutionSignaledEventAttributes(); a != nil {
			signals = append(signals, a)
		}
	}
	if len(signals) != 4 {
		t.Fatalf("%d signals in the history, want 4", len(signals))
	}
	signals[1].Input, signals[2].Input = signals[2].Input, signals[1].Input
	err := replay(t, h)
	// TMPRL1100 is the SDK's code for a history the workflow does not
	// replay (nondeterminism).
	if err == nil || !strings.Contains(err.Error(), "TMPRL1100") {
		t.Fatalf("replay of the reordered history: %v, want a nondeterminism error", err)
	}
}
