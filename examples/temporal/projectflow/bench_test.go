package projectflow

import (
	"encoding/json"
	"testing"

	"go.temporal.io/sdk/converter"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
)

// benchProject is Digitale Helgeland after BP1, with what BP2 needs: the
// project a decision at BP2 checks and carries.
func benchProject(b *testing.B) *veiviser.Project {
	p := withPhasePlanText(b, helgeland(b))
	if err := p.Decide(decision(phase.BP1, phase.Approved, "28.05.2020")); err != nil {
		b.Fatal(err)
	}
	return withBP2Documents(b, p)
}

// BenchmarkPayload is what a project costs each time it crosses
// Temporal's data converter (the workflow's input, continue-as-new, the
// amend update, the project query): the library's strict JSON (Project's
// MarshalJSON and UnmarshalJSON, which verifies the audit log) beside the
// converter with the same bytes as raw JSON (json.RawMessage), the
// dependency's own cost.
func BenchmarkPayload(b *testing.B) {
	dc := converter.GetDefaultDataConverter()
	p := benchProject(b)
	raw, err := json.Marshal(p)
	if err != nil {
		b.Fatal(err)
	}
	b.Run("project", func(b *testing.B) {
		b.SetBytes(int64(len(raw)))
		for b.Loop() {
			pl, err := dc.ToPayload(p)
			if err != nil {
				b.Fatal(err)
			}
			var q *veiviser.Project
			if err := dc.FromPayload(pl, &q); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("raw", func(b *testing.B) {
		b.SetBytes(int64(len(raw)))
		for b.Loop() {
			pl, err := dc.ToPayload(json.RawMessage(raw))
			if err != nil {
				b.Fatal(err)
			}
			var q json.RawMessage
			if err := dc.FromPayload(pl, &q); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkDecision is what the workflow does for a decision at BP2 beside
// the payload of its input: the validator (Project.Check), and the handler's
// copy and decision (Project.Clone, Project.Decide).
func BenchmarkDecision(b *testing.B) {
	p := benchProject(b)
	d := decision(phase.BP2, phase.Approved, "01.10.2020")
	b.Run("check", func(b *testing.B) {
		for b.Loop() {
			if fs := p.Check(d); fs.HasErrors() {
				b.Fatal(fs)
			}
		}
	})
	b.Run("clone+decide", func(b *testing.B) {
		for b.Loop() {
			if err := p.Clone().Decide(d); err != nil {
				b.Fatal(err)
			}
		}
	})
}
