package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"go.temporal.io/sdk/temporal"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/examples/temporal/projectflow"
	"github.com/digitale-helgeland/veiviser/phase"
)

func TestDecisionFlags(t *testing.T) {
	tests := []struct {
		name    string
		flags   decisionFlags
		want    phase.Decision
		wantErr string
	}{
		{"sent back, dated", decisionFlags{point: "BP1", outcome: "sent_back", date: "25.02.2020", body: "Styringsgruppen", by: "Leder", caseNo: "2020/17"},
			phase.Decision{Point: phase.BP1, Outcome: phase.SentBack, Date: phase.MustDate("25.02.2020"), Body: "Styringsgruppen", DecidedBy: "Leder", CaseNumber: phase.CaseNumber{Year: 2020, Sequence: 17}}, ""},
		{"no date: the workflow's", decisionFlags{point: "BP2", outcome: "approved", body: "B", by: "L"},
			phase.Decision{Point: phase.BP2, Outcome: phase.Approved, Body: "B", DecidedBy: "L"}, ""},
		{"bad point", decisionFlags{point: "BP9", outcome: "approved"}, phase.Decision{}, "-point"},
		{"bad outcome", decisionFlags{point: "BP1", outcome: "maybe"}, phase.Decision{}, "-outcome"},
		{"bad date", decisionFlags{point: "BP1", outcome: "approved", date: "31.02.2020"}, phase.Decision{}, "-date"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := tt.flags.decision()
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("error %v, want one naming %s", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("decision (-want +got):\n%s", diff)
			}
		})
	}
}

func TestStartInput(t *testing.T) {
	in, err := startOptions{id: "S-1", name: "Statlig", agency: "Direktoratet", state: true, rollOut: "01.06.2023", settings: projectflow.Settings{RemindAfter: time.Hour}}.input()
	if err != nil {
		t.Fatal(err)
	}
	if in.Project.ID != "S-1" || !in.Project.StateAffectingMunicipalities || in.Project.RollOut != phase.MustDate("01.06.2023") || in.Settings.RemindAfter != time.Hour {
		t.Errorf("input %+v, project %+v", in, in.Project)
	}
	for name, o := range map[string]startOptions{
		"no id":       {name: "X", agency: "Y"},
		"bad rollout": {id: "X", name: "X", agency: "Y", rollOut: "snart"},
		"no file":     {file: filepath.Join(t.TempDir(), "none.json")},
	} {
		if _, err := o.input(); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestDirArchive: a decision is journalled once, however often the
// activity is retried.
func TestDirArchive(t *testing.T) {
	dir := t.TempDir()
	a := dirArchive{dir: dir}
	e := projectflow.Entry{ProjectID: "DH-2020", Decision: phase.Decision{Point: phase.BP1, Outcome: phase.SentBack, Date: phase.MustDate("25.02.2020")}, Audit: veiviser.AuditEntry{Seq: 1, Hash: "abc"}, Position: phase.Position{Phase: phase.Idea}, Status: phase.Active}
	for range 2 {
		ref, err := a.Journal(context.Background(), e)
		if err != nil {
			t.Fatal(err)
		}
		if want := "DH-2020/0001-abc.json"; ref != want {
			t.Errorf("ref %q, want %q", ref, want)
		}
	}
	files, err := os.ReadDir(filepath.Join(dir, "DH-2020"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != 1 {
		t.Errorf("%d files, want 1", len(files))
	}
	var ae *temporal.ApplicationError
	if _, err := a.Journal(context.Background(), projectflow.Entry{ProjectID: "../x", Audit: veiviser.AuditEntry{Hash: "abc"}}); !errors.As(err, &ae) || !ae.NonRetryable() {
		t.Errorf("a project ID with a path separator: %v, want a non-retryable error", err)
	}
}

func TestRefusal(t *testing.T) {
	fs := phase.Findings{{Code: "mandate.guidance_copied", Path: "documents[0]", Severity: phase.SeverityError, Message: phase.Text{NB: "Veiledning står igjen"}}}
	err := refusal(temporal.NewApplicationErrorWithOptions("refused", projectflow.RefusedError, temporal.ApplicationErrorOptions{Details: []any{fs}}))
	var r *refusedError
	if !errors.As(err, &r) {
		t.Fatalf("%v, want a *refusedError", err)
	}
	if diff := cmp.Diff(fs, r.unmet); diff != "" {
		t.Errorf("unmet (-want +got):\n%s", diff)
	}
	if !strings.Contains(err.Error(), "Veiledning står igjen [mandate.guidance_copied]") {
		t.Errorf("message %q does not list the unmet requirement", err)
	}
	other := errors.New("connection refused")
	if got := refusal(other); got != other {
		t.Errorf("refusal(%v) = %v, want it unchanged", other, got)
	}
}

func TestUsage(t *testing.T) {
	var out bytes.Buffer
	for _, args := range [][]string{nil, {"frobnicate"}, {"decide", "-point", "BP1", "-outcome", "maybe"}} {
		if err := run(args, &out); err == nil {
			t.Errorf("run(%q): no error", args)
		}
	}
	if out.Len() != 0 {
		t.Errorf("wrote %q on failure", out.String())
	}
}
