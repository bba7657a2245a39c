package phase

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParsePoint(t *testing.T) {
	tests := []struct {
		in   string
		want DecisionPoint
		err  bool
	}{
		{"BP1", BP1, false},
		{"bp6", BP6, false},
		{" BP 4 ", BP4, false},
		{"Beslutningspunkt 2", BP2, false},
		{"BP3.1", ExecutionPoint(1), false},
		{"bp3.12", ExecutionPoint(12), false},
		{"BP7", 0, true},
		{"BP0", 0, true},
		{"BP2.1", 0, true}, // only execution has sub-points
		{"BP3.0", 0, true},
		{"BP3.01", 0, true},
		{"BP3.100", 0, true},
		{"BP3.", 0, true},
		{"bp3.+1", 0, true},
		{"bp+3", 0, true},
		{"bp3.1 ", ExecutionPoint(1), false},
		{"BP12", 0, true},
		{"BP", 0, true},
		{"", 0, true},
		{"punkt 3", 0, true},
	}
	for _, tt := range tests {
		got, err := ParsePoint(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParsePoint(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.err)
		}
		if err != nil && !errors.Is(err, ErrUnknownValue) {
			t.Errorf("ParsePoint(%q) error %v does not wrap ErrUnknownValue", tt.in, err)
		}
	}
}

func TestPointFacts(t *testing.T) {
	type facts struct {
		Label, Title  string
		Leaves, Opens Phase
		Responsible   Authority
		Products      []Product
	}
	got := map[string]facts{}
	for _, p := range append(Points(), ExecutionPoint(2)) {
		got[p.String()] = facts{p.Label(), p.Title(Bokmal), p.Leaves(), p.Opens(), p.Responsible(), p.Products()}
	}
	want := map[string]facts{
		"bp1":   {"BP1", "Beslutte oppstart av en konseptfase", Idea, Concept, Management, []Product{Mandate}},
		"bp2":   {"BP2", "Beslutte oppstart av planleggingsfasen", Concept, Planning, Management, []Product{ProjectProposal, PhasePlan, BusinessCase}},
		"bp3":   {"BP3", "Beslutte overgang til gjennomføringsfasene", Planning, Execution, ProjectOwner, []Product{GoverningDocument, BenefitPlan, BusinessCase, PhasePlan}},
		"bp4":   {"BP4", "Beslutte overgang til avslutningsfasen", Execution, Closure, ProjectOwner, []Product{PhasePlan}},
		"bp5":   {"BP5", "Beslutte avslutning av prosjektet", Closure, Realisation, ProjectOwner, []Product{FinalReport}},
		"bp6":   {"BP6", "Beslutte videre tiltak for økt gevinstrealisering", Realisation, 0, Management, []Product{ConceptEvaluation, BenefitMeasurements}},
		"bp3.2": {"BP3.2", "Beslutte oppstart av gjennomføringsfase 3", Execution, Execution, ProjectOwner, []Product{PhasePlan}},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("decision point facts (-want +got):\n%s", diff)
	}
	if ExecutionPoint(0) != 0 || ExecutionPoint(100) != 0 {
		t.Error("ExecutionPoint out of range is not zero")
	}
	if bad := DecisionPoint(7 << 8); bad.IsValid() || bad.Leaves() != 0 || bad.Opens() != 0 || bad.Products() != nil || bad.Responsible() != 0 {
		t.Error("BP7 has facts")
	}
	if got := DecisionPoint(0).String(); got != "DecisionPoint(0)" {
		t.Errorf("DecisionPoint(0).String() = %q", got)
	}
}
