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

// The histories TestReplay replays, and the scripts that write them.
var histories = []struct {
	file   string
	record func(*testing.T) *historypb.History
}{
	{"history.json", recordHistory},
	{"history-updates.json", recordUpdateHistory},
}

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

// recordUpdateHistory writes the history of Digitale Helgeland driven by
// updates: BP1 sent back on 25.02.2020 (accepted, journalled, completed),
// the project amended on 27.02.2020 (the phase plan written), and BP1
// approved on 20.03.2020, dated by the workflow. An update the validator
// rejects leaves nothing in a history, so none is here.
func recordUpdateHistory(t *testing.T) *historypb.History {
	p := helgeland(t)
	in := Input{Project: p.Clone()}
	at := func(day string, hour, sec int) time.Time {
		d := phase.MustDate(day)
		return time.Date(d.Year, d.Month, d.Day, hour, 0, sec, 0, oslo)
	}
	const month = DefaultRemindAfter
	var journalled int
	decide := func(d phase.Decision) (command, Recorded) {
		if err := p.Decide(d); err != nil {
			t.Fatal(err)
		}
		journalled++
		log := p.Audit()
		e := log[len(log)-1]
		return scheduleActivity("Journal", Entry{ProjectID: p.ID, Project: p.Name, Decision: d, Audit: e, Position: p.Position(), Status: p.Status()}),
			Recorded{Decision: d, Position: p.Position(), Status: p.Status(), AuditHead: e.Hash, Journal: "2020/17-" + itoa(int64(journalled))}
	}

	t0 := at("17.02.2020", 9, 0)
	h := newHistory(t, t0, in)
	h.task(t0, startTimer(month))

	sentBack := decision(phase.BP1, phase.SentBack, "25.02.2020")
	t1 := at("25.02.2020", 10, 0)
	journal, rec := decide(sentBack)
	h.task(t1, updateAccepted("u1", UpdateDecide, sentBack), journal)
	t1done := t1.Add(time.Second)
	h.activityDone(t1done, rec.Journal)
	h.task(t1done, updateCompleted("u1", rec), cancelTimer(), startTimer(month))

	t2 := at("27.02.2020", 10, 0)
	p = withPhasePlanText(t, p)
	r := &run{p: p, wait: Wait{Since: t1done}, journal: rec.Journal}
	h.task(t2, updateAccepted("u2", UpdateAmend, p), updateCompleted("u2", r.status(t2)), cancelTimer(), startTimer(t1done.Add(month).Sub(t2)))

	t3 := at("20.03.2020", 10, 0)
	approved := decision(phase.BP1, phase.Approved, "")
	dated := approved
	dated.Date = phase.MustDate("20.03.2020")
	journal, rec = decide(dated)
	h.task(t3, updateAccepted("u3", UpdateDecide, approved), journal)
	t3done := t3.Add(time.Second)
	h.activityDone(t3done, rec.Journal)
	h.task(t3done, updateCompleted("u3", rec), cancelTimer(), startTimer(month))
	return h.history()
}

func readHistory(t *testing.T, file string) *historypb.History {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", file))
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

// TestReplay replays the histories in testdata: a change to the workflow
// that makes other commands, or the same in another order, for the same
// events fails here (a nondeterminism error), and must be put behind
// workflow.GetVersion before it reaches workflows that run. -update writes
// the files again from their scripts.
func TestReplay(t *testing.T) {
	for _, hf := range histories {
		t.Run(hf.file, func(t *testing.T) {
			if *updateFiles {
				b, err := temporalproto.CustomJSONMarshalOptions{Indent: "  "}.Marshal(hf.record(t))
				if err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(filepath.Join("testdata", hf.file), append(b, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			h := readHistory(t, hf.file)
			if err := replay(t, h); err != nil {
				t.Fatal(err)
			}
			// The file is the history its script writes: they cannot drift apart.
			if want := hf.record(t); !proto.Equal(want, h) {
				t.Errorf("testdata/%s is not the history its script writes; run go test -run TestReplay -update", hf.file)
			}
		})
	}
}

// TestReplayReordered shows that the replay test can fail: each history
// with two of its decisions swapped makes the workflow refuse the first,
// so it schedules no Journal activity where the history has one.
func TestReplayReordered(t *testing.T) {
	t.Run("signals", func(t *testing.T) {
		// BP1 approved (02.04) and BP2 approved (03.04) swapped.
		h := readHistory(t, "history.json")
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
		wantNondeterminism(t, replay(t, h))
	})
	t.Run("updates", func(t *testing.T) {
		// BP1 sent back (25.02) and BP1 approved (20.03) swapped.
		h := readHistory(t, "history-updates.json")
		var updates []*historypb.WorkflowExecutionUpdateAcceptedEventAttributes
		for _, e := range h.Events {
			if a := e.GetWorkflowExecutionUpdateAcceptedEventAttributes(); a != nil {
				updates = append(updates, a)
			}
		}
		if len(updates) != 3 {
			t.Fatalf("%d updates in the history, want 3", len(updates))
		}
		a, b := updates[0].AcceptedRequest.Input, updates[2].AcceptedRequest.Input
		a.Args, b.Args = b.Args, a.Args
		wantNondeterminism(t, replay(t, h))
	})
}

// wantNondeterminism fails unless err is the SDK's error for a history
// the workflow does not replay: its code is TMPRL1100.
func wantNondeterminism(t *testing.T, err error) {
	t.Helper()
	if err == nil || !strings.Contains(err.Error(), "TMPRL1100") {
		t.Fatalf("replay of the reordered history: %v, want a nondeterminism error (TMPRL1100)", err)
	}
}
