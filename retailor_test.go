package veiviser

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

var skipClosure = phase.Tailoring{Skips: []phase.Skip{{Phase: phase.Closure, Justification: "Overlevering og avslutning i siste leveranse"}}}

// TestRetailor: a change of tailoring while the project runs is a logged,
// justified entry; the log commits to the new model from it on, storage
// keeps it, and editing the model back in the file is noticed.
func TestRetailor(t *testing.T) {
	p := sampleProject(t)
	before := p.Position()
	if err := p.Retailor(skipClosure, "Styringsgruppen slo sammen avslutning og siste leveranse", phase.MustDate("01.09.2021"), "Prosjekteier"); err != nil {
		t.Fatal(err)
	}
	if p.Position() != before {
		t.Errorf("moved from %v to %v", before, p.Position())
	}
	a := p.Audit()
	last := a[len(a)-1]
	want := &ModelRecord{Tailoring: skipClosure, Justification: "Styringsgruppen slo sammen avslutning og siste leveranse", Date: phase.MustDate("01.09.2021"), By: "Prosjekteier"}
	if diff := cmp.Diff(want, last.Model); diff != "" {
		t.Errorf("model entry (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff(skipClosure, p.Lifecycle().Model().Tailoring()); diff != "" {
		t.Errorf("lifecycle model (-want +got):\n%s", diff)
	}
	if err := p.Verify(a.Head()); err != nil {
		t.Fatalf("Verify: %v", err)
	}
	// Decisions go on in the new model: BP4 now covers BP5.
	if next, _ := p.Next(); !slices.Equal(next.Step.Covers, []phase.DecisionPoint{phase.BP4, phase.BP5}) {
		t.Errorf("next step covers %v", next.Step.Covers)
	}
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	q, err := Decode(bytes.NewReader(b), DecodeOptions{Head: a.Head()})
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if diff := cmp.Diff(a, q.Audit()); diff != "" {
		t.Errorf("stored (-want +got):\n%s", diff)
	}
	back := bytes.Replace(b, []byte(`"lifecycle":{"model":{"skips":[{"phase":"closure","justification":"Overlevering og avslutning i siste leveranse"}]}`), []byte(`"lifecycle":{"model":{}`), 1)
	if bytes.Equal(back, b) {
		t.Fatal("the mutation did not apply")
	}
	if _, err := Decode(bytes.NewReader(back), DecodeOptions{}); !isProblem(err, len(a)-1, AuditModel) {
		t.Errorf("the model edited back: Decode = %v, want the model of entry %d", err, len(a)-1)
	}
	if _, err := exec.LookPath("python3"); err == nil {
		path := filepath.Join(t.TempDir(), "p.json")
		if err := os.WriteFile(path, b, 0o644); err != nil {
			t.Fatal(err)
		}
		if out, code := runVerifier(t, "project", path); code != 0 {
			t.Errorf("verify.py: exit %d\n%s", code, out)
		}
	}
}

// TestRetailorRefused: a change that is not justified, not dated, not
// signed, or that would move the project or cannot hold its history, is
// refused, naming the field, and changes nothing.
func TestRetailorRefused(t *testing.T) {
	on := phase.MustDate("01.09.2021")
	tests := []struct {
		name          string
		t             phase.Tailoring
		justification string
		date          phase.Date
		by            string
		path          string
	}{
		{"no justification", skipClosure, " ", on, "Prosjekteier", "justification"},
		{"a placeholder for a justification", skipClosure, "<begrunnelse>", on, "Prosjekteier", "justification"},
		{"no one made it", skipClosure, "Begrunnet", on, "", "by"},
		{"no date", skipClosure, "Begrunnet", phase.Date{}, "Prosjekteier", "date"},
		{"before the last decision", skipClosure, "Begrunnet", phase.MustDate("01.06.2021"), "Prosjekteier", "date"},
		{"unchanged", phase.Tailoring{}, "Begrunnet", on, "Prosjekteier", "tailoring"},
		{"an invalid model", phase.Tailoring{Skips: []phase.Skip{{Phase: phase.Closure}}}, "Begrunnet", on, "Prosjekteier", "tailoring.skips[0].justification"},
		{"skips the phase the project is in", phase.Tailoring{Skips: []phase.Skip{{Phase: phase.Execution, Justification: "x"}}}, "Begrunnet", on, "Prosjekteier", "tailoring"},
		{"skips a phase already passed", phase.Tailoring{Skips: []phase.Skip{{Phase: phase.Planning, Justification: "x"}}}, "Begrunnet", on, "Prosjekteier", "tailoring"},
	}
	for _, tt := range tests {
		p := sampleProject(t)
		before, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		err = p.Retailor(tt.t, tt.justification, tt.date, tt.by)
		var pe *phase.PathError
		if !errors.As(err, &pe) || !errors.Is(err, ErrRetailor) || pe.Op != "retailor" {
			t.Errorf("%s: Retailor = %v, want a *phase.PathError wrapping ErrRetailor", tt.name, err)
			continue
		}
		if pe.Path != tt.path {
			t.Errorf("%s: path %q, want %q (%v)", tt.name, pe.Path, tt.path, err)
		}
		after, _ := json.Marshal(p)
		if !bytes.Equal(before, after) {
			t.Errorf("%s: a refused change changed the project", tt.name)
		}
	}
}

// TestRetailorSubPhases: execution, once entered, may be split into
// sub-phases; sub-phases already opened may not be merged away.
func TestRetailorSubPhases(t *testing.T) {
	p := sampleProject(t)
	if err := p.Retailor(phase.Tailoring{ExecutionSubPhases: 3}, "Leveransen deles i tre", phase.MustDate("01.09.2021"), "Prosjekteier"); err != nil {
		t.Fatal(err)
	}
	if got := p.Position(); got != (phase.Position{Phase: phase.Execution, Sub: 1}) {
		t.Errorf("at %v", got)
	}
	p.Documents = append(p.Documents, phasePlanFor(phase.Execution, 2))
	if err := p.Decide(decision(phase.ExecutionPoint(1), phase.Approved, "01.12.2021")); err != nil {
		t.Fatalf("BP3.1: %v", err)
	}
	err := p.Retailor(phase.Tailoring{}, "Tilbake til én gjennomføringsfase", phase.MustDate("02.12.2021"), "Prosjekteier")
	if !errors.Is(err, ErrRetailor) || !errors.Is(err, phase.ErrInvalidHistory) {
		t.Errorf("merging opened sub-phases: %v", err)
	}
	if err := p.Verify(""); err != nil {
		t.Error(err)
	}
}

// TestRetailorKeyedAndLiteral: the model entry is keyed like the rest of
// the log, and a project built as a literal gets its first entry too.
func TestRetailorKeyedAndLiteral(t *testing.T) {
	p := keyedProject(t)
	if err := p.Retailor(skipClosure, "Begrunnet", phase.MustDate("01.09.2021"), "Prosjekteier"); err != nil {
		t.Fatal(err)
	}
	if a := p.Audit(); a[len(a)-1].MAC != "hmac-sha256" || p.Verify("") != nil {
		t.Errorf("keyed: %+v", a[len(a)-1])
	}
	var literal Project
	if err := literal.Retailor(skipClosure, "Begrunnet", phase.MustDate("01.09.2021"), "Prosjekteier"); err != nil {
		t.Fatal(err)
	}
	a := literal.Audit()
	if len(a) != 2 || !sameTailoring(a[0].Model.Tailoring, phase.Tailoring{}) || literal.Verify("") != nil {
		t.Errorf("literal: %+v", a)
	}
}
