package projectflow

import (
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"go.temporal.io/sdk/converter"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/workflow"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
)

// TestRefusedUpdates sends one decision each to a project that waits for
// BP1 after being sent back on 25.02.2020: the validator rejects each with
// the library's reasons, and nothing is recorded.
func TestRefusedUpdates(t *testing.T) {
	tests := []struct {
		name string
		d    phase.Decision
		want []string
	}{
		{"wrong point", decision(phase.BP2, phase.Approved, "01.03.2020"), []string{"decision.wrong_point"}},
		{"before the last decision", decision(phase.BP1, phase.SentBack, "24.02.2020"), []string{"decision.out_of_order"}},
		{"no body", phase.Decision{Point: phase.BP1, Outcome: phase.SentBack, Date: phase.MustDate("01.03.2020"), DecidedBy: chair}, []string{"text.blank"}},
		{"gate not met", decision(phase.BP1, phase.Approved, "01.03.2020"), []string{"mandate.guidance_copied"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := newHarness(t)
			var u *update
			var s Status
			h.at("25.02.2020", func() { h.update(UpdateDecide, decision(phase.BP1, phase.SentBack, "25.02.2020")) })
			h.at("01.03.2020", func() { u = h.update(UpdateDecide, tt.d) })
			h.at("02.03.2020", func() { s = h.status(); h.env.CancelWorkflow() })
			h.env.ExecuteWorkflow(WorkflowName, Input{Project: helgeland(t)})

			if u == nil || u.rejected == nil {
				t.Fatalf("update %+v, want it rejected", u)
			}
			if diff := cmp.Diff(tt.want, unmet(t, u.rejected)); diff != "" {
				t.Errorf("unmet (-want +got):\n%s", diff)
			}
			if s.Decisions != 1 || s.Refused != nil {
				t.Errorf("status: %d decisions, refused %v; want 1 decision, no refusal kept (a rejected update is not recorded)", s.Decisions, s.Refused)
			}
			if diff := cmp.Diff([]string{"BP1 sent_back 2020-02-25"}, h.archive.decisions()); diff != "" {
				t.Errorf("journalled (-want +got):\n%s", diff)
			}
			if err := h.env.GetWorkflowError(); !temporal.IsCanceledError(err) {
				t.Errorf("workflow error %v, want cancelled", err)
			}
		})
	}
}

// TestSignals records decisions sent as signals: an accepted one is
// journalled; a refused one cannot be rejected, so the status keeps it
// with its reasons.
func TestSignals(t *testing.T) {
	h := newHarness(t)
	var s Status
	h.at("25.02.2020", func() { h.env.SignalWorkflow(SignalDecide, decision(phase.BP1, phase.SentBack, "25.02.2020")) })
	h.at("26.02.2020", func() { h.env.SignalWorkflow(SignalDecide, decision(phase.BP1, phase.Approved, "")) })
	h.at("27.02.2020", func() { s = h.status(); h.env.CancelWorkflow() })
	h.env.ExecuteWorkflow(WorkflowName, Input{Project: helgeland(t)})

	if diff := cmp.Diff([]string{"BP1 sent_back 2020-02-25"}, h.archive.decisions()); diff != "" {
		t.Errorf("journalled (-want +got):\n%s", diff)
	}
	if s.Decisions != 1 || s.Refused == nil {
		t.Fatalf("status: %d decisions, refused %v; want 1 and the refusal", s.Decisions, s.Refused)
	}
	want := Refusal{Decision: decision(phase.BP1, phase.Approved, "26.02.2020"), Unmet: s.Refused.Unmet, Error: s.Refused.Error, At: time.Date(2020, 2, 26, 10, 0, 0, 0, oslo)}
	if diff := cmp.Diff(want, *s.Refused, cmp.Comparer(time.Time.Equal)); diff != "" {
		t.Errorf("refusal (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"mandate.guidance_copied"}, codes(s.Refused.Unmet)); diff != "" {
		t.Errorf("refusal's reasons (-want +got):\n%s", diff)
	}
}

// TestArchiveDown: a decision waits for an archive that fails, and is
// journalled once when it comes back; the status shows it meanwhile.
func TestArchiveDown(t *testing.T) {
	h := newHarness(t)
	h.archive.fail = 3
	var u *update
	var during Status
	h.at("25.02.2020", func() { u = h.update(UpdateDecide, decision(phase.BP1, phase.SentBack, "25.02.2020")) })
	h.env.RegisterDelayedCallback(func() { during = h.status() }, time.Date(2020, 2, 25, 10, 0, 1, 0, oslo).Sub(start))
	h.at("26.02.2020", func() { h.env.CancelWorkflow() })
	h.env.ExecuteWorkflow(WorkflowName, Input{Project: helgeland(t)})

	if u == nil || u.err != nil || u.rejected != nil {
		t.Fatalf("update %+v, want it completed", u)
	}
	if diff := cmp.Diff([]string{"BP1 sent_back 2020-02-25"}, h.archive.decisions()); diff != "" {
		t.Errorf("journalled (-want +got):\n%s", diff)
	}
	if during.Journalling == nil || during.Decisions != 0 {
		t.Errorf("status while the archive is down: journalling %v, %d decisions; want the decision pending, none recorded", during.Journalling, during.Decisions)
	}
}

// TestKSCheckpoint6 starts a state project that affects the
// municipal sector, to be rolled out in 2023: on 1 January 2022, the
// budget year before, the workflow says KS checkpoint 6 is due.
func TestKSCheckpoint6(t *testing.T) {
	h := newHarness(t)
	p, err := veiviser.NewProject(veiviser.ProjectConfig{ID: "S-1", Name: "Statlig prosjekt", Agency: "Direktoratet", StateAffectingMunicipalities: true})
	if err != nil {
		t.Fatal(err)
	}
	p.RollOut = phase.MustDate("01.06.2023")
	var before, after Status
	h.at("31.12.2021", func() { before = h.status() })
	h.at("02.01.2022", func() { after = h.status(); h.env.CancelWorkflow() })
	h.env.ExecuteWorkflow(WorkflowName, Input{Project: p, Settings: Settings{RemindAfter: 5 * 365 * 24 * time.Hour}})

	due := time.Date(2022, time.January, 1, 0, 0, 0, 0, oslo)
	if !before.KSCheckpoint6Due.Equal(due) || !after.KSCheckpoint6Due.IsZero() {
		t.Errorf("KS checkpoint 6 due before %v, after %v; want %v, then zero (sent)", before.KSCheckpoint6Due, after.KSCheckpoint6Due, due)
	}
	// What BP1 lacks is judged as of the day: the checkpoint is missing
	// from its budget year on, not before (Project.Next would list it all
	// along).
	const checkpoint6 = "checklists.ks.items[5]"
	if paths(before.Missing)[checkpoint6] || !paths(after.Missing)[checkpoint6] {
		t.Errorf("checkpoint 6 missing on 31.12.2021: %v, on 02.01.2022: %v; want false, then true", paths(before.Missing)[checkpoint6], paths(after.Missing)[checkpoint6])
	}
	h.notifier.mu.Lock()
	defer h.notifier.mu.Unlock()
	if len(h.notifier.notices) != 1 {
		t.Fatalf("notices %v, want one", h.notifier.notices)
	}
	n := h.notifier.notices[0]
	want := Notice{Kind: KSCheckpoint6Due, ProjectID: "S-1", Project: "Statlig prosjekt", At: due, Point: phase.BP1, Missing: n.Missing, RollOut: p.RollOut, Checkpoint: "open"}
	if diff := cmp.Diff(want, n, cmp.Comparer(time.Time.Equal)); diff != "" {
		t.Errorf("notice (-want +got):\n%s", diff)
	}
}

// TestContinueAsNew: after Settings.ContinueAfter events the run continues
// as new with the project, the wait and the settings.
func TestContinueAsNew(t *testing.T) {
	h := newHarness(t)
	h.at("25.02.2020", func() { h.update(UpdateDecide, decision(phase.BP1, phase.SentBack, "25.02.2020")) })
	h.at("26.02.2020", func() { h.update(UpdateDecide, decision(phase.BP1, phase.SentBack, "26.02.2020")) })
	settings := Settings{ContinueAfter: 2, RemindAfter: 100 * 24 * time.Hour}
	h.env.ExecuteWorkflow(WorkflowName, Input{Project: helgeland(t), Settings: settings})

	var can *workflow.ContinueAsNewError
	if err := h.env.GetWorkflowError(); !errors.As(err, &can) {
		t.Fatalf("workflow error %v, want continue-as-new", err)
	}
	var in Input
	if err := converter.GetDefaultDataConverter().FromPayloads(can.Input, &in); err != nil {
		t.Fatal(err)
	}
	if got := len(in.Project.History()); got != 2 {
		t.Errorf("carried over %d decisions, want 2", got)
	}
	want := Input{Project: in.Project, Settings: settings, Wait: &Wait{Since: time.Date(2020, 2, 26, 10, 0, 0, 0, oslo)}}
	if diff := cmp.Diff(want, in, cmp.Comparer(time.Time.Equal), cmp.Comparer(func(a, b *veiviser.Project) bool { return a == b })); diff != "" {
		t.Errorf("input carried over (-want +got):\n%s", diff)
	}
	if can.WorkflowType.Name != WorkflowName {
		t.Errorf("continues as %q, want %q", can.WorkflowType.Name, WorkflowName)
	}
}

// TestAmendRefused: an amendment for another project, or with other
// decisions than the workflow's, is rejected.
func TestAmendRefused(t *testing.T) {
	other, err := veiviser.NewProject(veiviser.ProjectConfig{ID: "X-1", Name: "Annet", Agency: "Annen"})
	if err != nil {
		t.Fatal(err)
	}
	decided := helgeland(t)
	if err := decided.Decide(decision(phase.BP1, phase.SentBack, "20.02.2020")); err != nil {
		t.Fatal(err)
	}
	for name, p := range map[string]*veiviser.Project{"another project": other, "other decisions": decided} {
		t.Run(name, func(t *testing.T) {
			h := newHarness(t)
			var u *update
			h.at("20.02.2020", func() { u = h.update(UpdateAmend, p) })
			h.at("21.02.2020", func() { h.env.CancelWorkflow() })
			h.env.ExecuteWorkflow(WorkflowName, Input{Project: helgeland(t)})
			var ae *temporal.ApplicationError
			if u == nil || !errors.As(u.rejected, &ae) || ae.Type() != AmendError {
				t.Errorf("update %+v, want it rejected with %s", u, AmendError)
			}
		})
	}
}

func paths(fs phase.Findings) map[string]bool {
	m := map[string]bool{}
	for _, f := range fs {
		m[f.Path] = true
	}
	return m
}
