package stakeholder

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

type codeRow struct {
	Code     string
	Path     string
	Severity phase.Severity
}

func codeRows(fs phase.Findings) []codeRow {
	var out []codeRow
	for _, f := range fs {
		out = append(out, codeRow{string(f.Code), f.Path, f.Severity})
	}
	return out
}

func TestRolesCheck(t *testing.T) {
	const (
		E = phase.SeverityError
		W = phase.SeverityWarning
	)
	owner := Assignment{Role: ProjectOwner, Person: "Kari Nordmann"}
	manager := Assignment{Role: ProjectManager, Person: "Ola Nordmann"}
	benefit := Assignment{Role: BenefitResponsible, Person: "Kari Nordmann"}
	tests := []struct {
		name  string
		roles Roles
		point phase.DecisionPoint
		want  []codeRow
	}{
		{"complete at BP2", Roles{owner, manager, benefit}, phase.BP2, nil},
		{"complete at BP3.2", Roles{owner, manager, benefit}, phase.ExecutionPoint(2), nil},
		{"empty at BP1", nil, phase.BP1, []codeRow{{"role.owner_missing", "", W}}},
		{"owner only at BP1", Roles{owner}, phase.BP1, nil},
		{"empty at BP2", nil, phase.BP2, []codeRow{
			{"role.owner_missing", "", E}, {"role.benefit_responsible_missing", "", E}, {"role.manager_missing", "", E}}},
		{"empty at BP4", nil, phase.BP4, []codeRow{
			{"role.owner_missing", "", E}, {"role.benefit_responsible_missing", "", E}, {"role.manager_missing", "", E}}},
		{"two owners", Roles{owner, manager, benefit, owner}, phase.BP1, []codeRow{{"role.owner_multiple", "[3].role", E}}},
		{"three owners", Roles{owner, owner, owner}, phase.BP1, []codeRow{
			{"role.owner_multiple", "[1].role", E}, {"role.owner_multiple", "[2].role", E}}},
		{"vacant manager", Roles{owner, {Role: ProjectManager, Position: "prosjektleder"}, benefit}, phase.BP2, []codeRow{
			{"role.vacant", "[1].person", W}, {"role.manager_missing", "", E}}},
		{"vacant owner does not count twice", Roles{owner, {Role: ProjectOwner}}, phase.BP1, []codeRow{{"role.vacant", "[1].person", W}}},
		{"redacted counts as designated", Roles{{Role: ProjectOwner, Redacted: true}, {Role: ProjectManager, Redacted: true},
			{Role: BenefitResponsible, Redacted: true}}, phase.BP2, nil},
		{"invalid point", Roles{owner}, 0, []codeRow{{"role.point", "", E}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, codeRows(tt.roles.Check(tt.point))); diff != "" {
				t.Errorf("Check(%v) (-want +got):\n%s", tt.point, diff)
			}
		})
	}
}

// TestRolesGate uses Roles.Gate as the lifecycle's gate: BP1 passes with
// only an owner, and BP2 is refused until a benefit-responsible person and a project manager are designated.
func TestRolesGate(t *testing.T) {
	l := phase.New(phase.Standard())
	dec := func(p phase.DecisionPoint, date string) phase.Decision {
		return phase.Decision{Point: p, Outcome: phase.Approved, Date: phase.MustDate(date), Body: "Styringsgruppen", DecidedBy: "Leder"}
	}
	rs := Roles{{Role: ProjectOwner, Person: "Kari Nordmann"}}
	if err := l.Decide(dec(phase.BP1, "2020-01-10"), rs.Gate()); err != nil {
		t.Fatalf("BP1: %v", err)
	}
	err := l.Decide(dec(phase.BP2, "2020-06-01"), rs.Gate())
	var de *phase.DecisionError
	if !errors.As(err, &de) || !errors.Is(err, phase.ErrRefused) {
		t.Fatalf("BP2 error = %v, want refused", err)
	}
	want := []codeRow{{"role.benefit_responsible_missing", "", phase.SeverityError}, {"role.manager_missing", "", phase.SeverityError}}
	if diff := cmp.Diff(want, codeRows(de.Unmet)); diff != "" {
		t.Errorf("Unmet (-want +got):\n%s", diff)
	}
	if l.Phase() != phase.Concept {
		t.Errorf("refused BP2 moved the lifecycle to %v", l.Phase())
	}
	gate := rs.Gate()
	rs[0].Person = "" // the gate holds a snapshot
	rs = append(rs, Assignment{Role: ProjectManager, Person: "Ola Nordmann"}, Assignment{Role: BenefitResponsible, Person: "Kari Nordmann"})
	if fs := gate.Check(phase.GateContext{Decision: dec(phase.BP2, "2020-06-01")}); len(fs) != 2 {
		t.Errorf("snapshot gate = %v", fs)
	}
	rs[0].Person = "Kari Nordmann"
	if err := l.Decide(dec(phase.BP2, "2020-06-01"), rs.Gate()); err != nil {
		t.Fatalf("BP2 with roles: %v", err)
	}
	if l.Phase() != phase.Planning {
		t.Errorf("phase after BP2 = %v", l.Phase())
	}
}

// TestRolesGateCovers checks a step that covers several points: the same
// finding is reported once, with its most serious severity.
func TestRolesGateCovers(t *testing.T) {
	ctx := phase.GateContext{Covers: []phase.DecisionPoint{phase.BP1, phase.BP2}}
	got := codeRows(Roles{}.Gate().Check(ctx))
	want := []codeRow{
		{"role.owner_missing", "", phase.SeverityError},
		{"role.benefit_responsible_missing", "", phase.SeverityError},
		{"role.manager_missing", "", phase.SeverityError},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Gate (-want +got):\n%s", diff)
	}
}

func TestHolders(t *testing.T) {
	rs := Roles{{Role: BenefitOwner, Person: "A"}, {Role: BenefitOwner}, {Role: BenefitOwner, Redacted: true}, {Role: SeniorUser, Person: "B"}}
	if got := len(rs.Holders(BenefitOwner)); got != 2 {
		t.Errorf("Holders(BenefitOwner) = %d, want 2", got)
	}
}
