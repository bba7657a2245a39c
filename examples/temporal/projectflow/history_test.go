package projectflow

import (
	"strconv"
	"testing"
	"time"

	commonpb "go.temporal.io/api/common/v1"
	enumspb "go.temporal.io/api/enums/v1"
	historypb "go.temporal.io/api/history/v1"
	sdkpb "go.temporal.io/api/sdk/v1"
	taskqueuepb "go.temporal.io/api/taskqueue/v1"
	updatepb "go.temporal.io/api/update/v1"
	"go.temporal.io/sdk/converter"
	"google.golang.org/protobuf/types/known/durationpb"
	"google.golang.org/protobuf/types/known/timestamppb"
)

// history writes a workflow history event by event, as the Temporal
// service writes one: event IDs in order, each workflow task scheduled,
// started and completed, then the events of the commands the task made,
// which take the IDs the SDK gives them (the event ID each command's event
// will have). It is how testdata/history.json was made (see
// TestReplay); a history recorded from a real service replaces it with
// `temporal workflow show --workflow-id ID --output json`.
type history struct {
	t      testing.TB
	events []*historypb.HistoryEvent
	// timer is the event ID of the timer started last and not fired or
	// cancelled; activity that of the activity scheduled last.
	timer, activity int64
	completed       int64 // the last WorkflowTaskCompleted
	tasks           int
	accepted        []acceptedUpdate
}

// firstTaskFlags are the SDK flags the Go SDK 1.51 records in the first
// workflow task of a new workflow that registers update handlers: 3, the
// protocol message command (set at the workflow's start), and 4, priority
// update handling (set when an update handler is registered). A replay
// that does not find them runs as for a workflow started by an older SDK.
var firstTaskFlags = []uint32{3, 4}

const (
	historyIdentity = "replay-fixture@veiviser"
	historyQueue    = TaskQueue
)

func newHistory(t testing.TB, at time.Time, in Input) *history {
	h := &history{t: t}
	h.add(at, &historypb.HistoryEvent{
		EventType: enumspb.EVENT_TYPE_WORKFLOW_EXECUTION_STARTED,
		Attributes: &historypb.HistoryEvent_WorkflowExecutionStartedEventAttributes{WorkflowExecutionStartedEventAttributes: &historypb.WorkflowExecutionStartedEventAttributes{
			WorkflowType:           &commonpb.WorkflowType{Name: WorkflowName},
			TaskQueue:              &taskqueuepb.TaskQueue{Name: historyQueue, Kind: enumspb.TASK_QUEUE_KIND_NORMAL},
			Input:                  h.payloads(in),
			WorkflowTaskTimeout:    durationpb.New(10 * time.Second),
			OriginalExecutionRunId: "4a0b0d4e-0000-4000-8000-000000000001",
			FirstExecutionRunId:    "4a0b0d4e-0000-4000-8000-000000000001",
			Identity:               historyIdentity,
			Attempt:                1,
		}},
	})
	return h
}

func (h *history) payloads(v ...any) *commonpb.Payloads {
	h.t.Helper()
	p, err := converter.GetDefaultDataConverter().ToPayloads(v...)
	if err != nil {
		h.t.Fatal(err)
	}
	return p
}

func (h *history) next() int64 { return int64(len(h.events)) + 1 }

func (h *history) add(at time.Time, e *historypb.HistoryEvent) int64 {
	e.EventId = h.next()
	e.EventTime = timestamppb.New(at)
	e.TaskId = 1048576 + e.EventId
	h.events = append(h.events, e)
	return e.EventId
}

// command is a command of a workflow task, written as its event once the
// task has completed.
type command func(h *history, at time.Time)

// task adds a workflow task at time at, and the events of its commands.
func (h *history) task(at time.Time, cmds ...command) {
	sched := h.add(at, &historypb.HistoryEvent{
		EventType: enumspb.EVENT_TYPE_WORKFLOW_TASK_SCHEDULED,
		Attributes: &historypb.HistoryEvent_WorkflowTaskScheduledEventAttributes{WorkflowTaskScheduledEventAttributes: &historypb.WorkflowTaskScheduledEventAttributes{
			TaskQueue: &taskqueuepb.TaskQueue{Name: historyQueue, Kind: enumspb.TASK_QUEUE_KIND_NORMAL}, StartToCloseTimeout: durationpb.New(10 * time.Second), Attempt: 1,
		}},
	})
	started := h.add(at, &historypb.HistoryEvent{
		EventType: enumspb.EVENT_TYPE_WORKFLOW_TASK_STARTED,
		Attributes: &historypb.HistoryEvent_WorkflowTaskStartedEventAttributes{WorkflowTaskStartedEventAttributes: &historypb.WorkflowTaskStartedEventAttributes{
			ScheduledEventId: sched, Identity: historyIdentity, RequestId: "request",
		}},
	})
	h.completed = h.add(at, &historypb.HistoryEvent{
		EventType: enumspb.EVENT_TYPE_WORKFLOW_TASK_COMPLETED,
		Attributes: &historypb.HistoryEvent_WorkflowTaskCompletedEventAttributes{WorkflowTaskCompletedEventAttributes: &historypb.WorkflowTaskCompletedEventAttributes{
			ScheduledEventId: sched, StartedEventId: started, Identity: historyIdentity,
			SdkMetadata: h.metadata(),
		}},
	})
	for _, c := range cmds {
		c(h, at)
	}
}

func (h *history) metadata() *sdkpb.WorkflowTaskCompletedMetadata {
	h.tasks++
	if h.tasks == 1 {
		return &sdkpb.WorkflowTaskCompletedMetadata{LangUsedFlags: firstTaskFlags, SdkName: "temporal-go", SdkVersion: "1.51.0"}
	}
	return &sdkpb.WorkflowTaskCompletedMetadata{}
}

// startTimer is the command of a timer of duration d.
func startTimer(d time.Duration) command {
	return func(h *history, at time.Time) {
		id := h.next()
		h.timer = h.add(at, &historypb.HistoryEvent{
			EventType: enumspb.EVENT_TYPE_TIMER_STARTED,
			Attributes: &historypb.HistoryEvent_TimerStartedEventAttributes{TimerStartedEventAttributes: &historypb.TimerStartedEventAttributes{
				TimerId: itoa(id), StartToFireTimeout: durationpb.New(d), WorkflowTaskCompletedEventId: h.completed,
			}},
		})
	}
}

// cancelTimer is the command that cancels the running timer.
func cancelTimer() command {
	return func(h *history, at time.Time) {
		h.add(at, &historypb.HistoryEvent{
			EventType: enumspb.EVENT_TYPE_TIMER_CANCELED,
			Attributes: &historypb.HistoryEvent_TimerCanceledEventAttributes{TimerCanceledEventAttributes: &historypb.TimerCanceledEventAttributes{
				TimerId: itoa(h.timer), StartedEventId: h.timer, WorkflowTaskCompletedEventId: h.completed, Identity: historyIdentity,
			}},
		})
		h.timer = 0
	}
}

// scheduleActivity is the command that schedules activity name with arg.
func scheduleActivity(name string, arg any) command {
	return func(h *history, at time.Time) {
		id := h.next()
		h.activity = h.add(at, &historypb.HistoryEvent{
			EventType: enumspb.EVENT_TYPE_ACTIVITY_TASK_SCHEDULED,
			Attributes: &historypb.HistoryEvent_ActivityTaskScheduledEventAttributes{ActivityTaskScheduledEventAttributes: &historypb.ActivityTaskScheduledEventAttributes{
				ActivityId: itoa(id), ActivityType: &commonpb.ActivityType{Name: name},
				TaskQueue: &taskqueuepb.TaskQueue{Name: historyQueue, Kind: enumspb.TASK_QUEUE_KIND_NORMAL},
				Input:     h.payloads(arg), StartToCloseTimeout: durationpb.New(time.Minute),
				WorkflowTaskCompletedEventId: h.completed,
			}},
		})
	}
}

// completeWorkflow is the command that completes the workflow with result.
func completeWorkflow(result any) command {
	return func(h *history, at time.Time) {
		h.add(at, &historypb.HistoryEvent{
			EventType: enumspb.EVENT_TYPE_WORKFLOW_EXECUTION_COMPLETED,
			Attributes: &historypb.HistoryEvent_WorkflowExecutionCompletedEventAttributes{WorkflowExecutionCompletedEventAttributes: &historypb.WorkflowExecutionCompletedEventAttributes{
				Result: h.payloads(result), WorkflowTaskCompletedEventId: h.completed,
			}},
		})
	}
}

// activityDone adds the start and completion of the activity scheduled
// last, with its result.
func (h *history) activityDone(at time.Time, result any) {
	started := h.add(at, &historypb.HistoryEvent{
		EventType: enumspb.EVENT_TYPE_ACTIVITY_TASK_STARTED,
		Attributes: &historypb.HistoryEvent_ActivityTaskStartedEventAttributes{ActivityTaskStartedEventAttributes: &historypb.ActivityTaskStartedEventAttributes{
			ScheduledEventId: h.activity, Identity: historyIdentity, RequestId: "request", Attempt: 1,
		}},
	})
	var res *commonpb.Payloads
	if result != nil {
		res = h.payloads(result)
	}
	h.add(at, &historypb.HistoryEvent{
		EventType: enumspb.EVENT_TYPE_ACTIVITY_TASK_COMPLETED,
		Attributes: &historypb.HistoryEvent_ActivityTaskCompletedEventAttributes{ActivityTaskCompletedEventAttributes: &historypb.ActivityTaskCompletedEventAttributes{
			Result: res, ScheduledEventId: h.activity, StartedEventId: started, Identity: historyIdentity,
		}},
	})
}

// timerFired adds the firing of the running timer.
func (h *history) timerFired(at time.Time) {
	h.add(at, &historypb.HistoryEvent{
		EventType: enumspb.EVENT_TYPE_TIMER_FIRED,
		Attributes: &historypb.HistoryEvent_TimerFiredEventAttributes{TimerFiredEventAttributes: &historypb.TimerFiredEventAttributes{
			TimerId: itoa(h.timer), StartedEventId: h.timer,
		}},
	})
	h.timer = 0
}

// signal adds a signal with its argument.
func (h *history) signal(at time.Time, name string, arg any) {
	h.add(at, &historypb.HistoryEvent{
		EventType: enumspb.EVENT_TYPE_WORKFLOW_EXECUTION_SIGNALED,
		Attributes: &historypb.HistoryEvent_WorkflowExecutionSignaledEventAttributes{WorkflowExecutionSignaledEventAttributes: &historypb.WorkflowExecutionSignaledEventAttributes{
			SignalName: name, Input: h.payloads(arg), Identity: historyIdentity,
		}},
	})
}

func (h *history) history() *historypb.History { return &historypb.History{Events: h.events} }

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// updateAccepted is the command (a protocol message) that accepts update
// id, named name, with arg; the request was delivered with the task whose
// started event is seq+1.
func updateAccepted(id, name string, arg any) command {
	return func(h *history, at time.Time) {
		h.add(at, &historypb.HistoryEvent{
			EventType: enumspb.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED,
			Attributes: &historypb.HistoryEvent_WorkflowExecutionUpdateAcceptedEventAttributes{WorkflowExecutionUpdateAcceptedEventAttributes: &historypb.WorkflowExecutionUpdateAcceptedEventAttributes{
				ProtocolInstanceId:               id,
				AcceptedRequestMessageId:         id + "/request",
				AcceptedRequestSequencingEventId: h.completed - 2, // the task's scheduled event
				AcceptedRequest: &updatepb.Request{
					Meta:  &updatepb.Meta{UpdateId: id, Identity: historyIdentity},
					Input: &updatepb.Input{Name: name, Args: h.payloads(arg)},
				},
			}},
		})
		h.accepted = append(h.accepted, acceptedUpdate{id: id, event: h.next() - 1})
	}
}

// updateCompleted is the command (a protocol message) that completes
// update id with result.
func updateCompleted(id string, result any) command {
	return func(h *history, at time.Time) {
		var accepted int64
		for _, a := range h.accepted {
			if a.id == id {
				accepted = a.event
			}
		}
		h.add(at, &historypb.HistoryEvent{
			EventType: enumspb.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_COMPLETED,
			Attributes: &historypb.HistoryEvent_WorkflowExecutionUpdateCompletedEventAttributes{WorkflowExecutionUpdateCompletedEventAttributes: &historypb.WorkflowExecutionUpdateCompletedEventAttributes{
				Meta:            &updatepb.Meta{UpdateId: id},
				AcceptedEventId: accepted,
				Outcome:         &updatepb.Outcome{Value: &updatepb.Outcome_Success{Success: h.payloads(result)}},
			}},
		})
	}
}

type acceptedUpdate struct {
	id    string
	event int64
}
