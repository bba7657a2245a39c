package projectflow

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

const (
	body  = "Styringsgruppen for Digitale Helgeland"
	chair = "Leder for styringsgruppen"
)

// helgeland returns Digitale Helgeland before BP1: the mandate of seed 000
// with its BP1 review, which still lacks the phase plan for the planning
// phase (template guidance left in).
func helgeland(t testing.TB) *veiviser.Project {
	t.Helper()
	p, err := veiviser.NewProject(veiviser.ProjectConfig{ID: "DH-2020", Name: "Digitale Helgeland", Agency: "Digitale Helgeland (interkommunalt samarbeid)"})
	if err != nil {
		t.Fatal(err)
	}
	p.Stakeholders.Roles = stakeholder.Roles{{Role: stakeholder.ProjectManager, Position: "prosjektleder", Person: "Hilde T Lauvset Rafaelsen"}}
	var m product.Mandate
	if err := json.Unmarshal(readFile(t, "mandat.json"), &m); err != nil {
		t.Fatal(err)
	}
	p.Documents = append(p.Documents, &m)
	bp1, fs := m.Checklist.Checklist(checklist.Note{By: m.Header.PreparedBy, On: phase.MustDate("17.02.2020")})
	if fs.HasErrors() {
		t.Fatal(fs)
	}
	if err := p.Checklists.Put(bp1); err != nil {
		t.Fatal(err)
	}
	return p
}

// withPhasePlanText returns a copy of p whose mandate has the phase plan
// text that BP1 needs (the text examples/helgeland assumes).
func withPhasePlanText(t testing.TB, p *veiviser.Project) *veiviser.Project {
	t.Helper()
	p = p.Clone()
	m, ok := p.Document(phase.Mandate).(*product.Mandate)
	if !ok {
		t.Fatal("no mandate")
	}
	m.ConceptPhase.Results.PhasePlan = product.Section{Text: "Faseplan for planleggingsfasen utarbeides i konseptfasen sammen med prosjektforslaget, og legges fram ved BP2."}
	return p
}

// withBP2Documents returns a copy of p with what BP2 needs: the project
// proposal, the phase plan for the planning phase and the business case,
// the BP2 checklist answered, and a project owner and a benefit-responsible
// person designated (the seeds name neither: the names are placeholders).
func withBP2Documents(t testing.TB, p *veiviser.Project) *veiviser.Project {
	t.Helper()
	p = p.Clone()
	for _, name := range []string{"project_proposal.json", "phase_plan.json", "business_case.json"} {
		d, err := product.Decode(readFile(t, name))
		if err != nil {
			t.Fatal(name, err)
		}
		if pp, ok := d.(*product.PhasePlan); ok {
			pp.Phase, pp.Sub = phase.Planning, 0
		}
		p.Documents = append(p.Documents, d)
	}
	c := checklist.MustBP(phase.BP2)
	for _, it := range c.Items() {
		if err := c.Record(it.ID, "ja", checklist.Note{By: "Hilde T Lauvset Rafaelsen, prosjektleder", On: phase.MustDate("01.09.2020")}); err != nil {
			t.Fatal(err)
		}
	}
	if err := p.Checklists.Put(c); err != nil {
		t.Fatal(err)
	}
	p.Stakeholders.Roles = append(p.Stakeholders.Roles,
		stakeholder.Assignment{Role: stakeholder.ProjectOwner, Position: "leder for styringsgruppen", Person: "Prosjekteier (antatt)"},
		stakeholder.Assignment{Role: stakeholder.BenefitResponsible, Position: "rådmann i vertskommunen", Person: "Gevinstansvarlig (antatt)"})
	return p
}

func readFile(t testing.TB, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// memArchive is an Archive in memory that keys entries by their audit
// hash, as a real one must.
type memArchive struct {
	mu      sync.Mutex
	entries []Entry
	byHash  map[string]string
	fail    int // fail this many calls first
}

func (a *memArchive) Journal(_ context.Context, e Entry) (string, error) {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.fail > 0 {
		a.fail--
		return "", fmt.Errorf("archive unavailable")
	}
	if ref, ok := a.byHash[e.Audit.Hash]; ok {
		return ref, nil
	}
	if a.byHash == nil {
		a.byHash = map[string]string{}
	}
	a.entries = append(a.entries, e)
	ref := fmt.Sprintf("2020/17-%d", len(a.entries))
	a.byHash[e.Audit.Hash] = ref
	return ref, nil
}

func (a *memArchive) decisions() []string {
	a.mu.Lock()
	defer a.mu.Unlock()
	var s []string
	for _, e := range a.entries {
		s = append(s, e.Decision.Point.Label()+" "+e.Decision.Outcome.String()+" "+e.Decision.Date.String())
	}
	return s
}

// memNotifier keeps the notices it is sent.
type memNotifier struct {
	mu      sync.Mutex
	notices []Notice
}

func (n *memNotifier) Notify(_ context.Context, x Notice) error {
	n.mu.Lock()
	defer n.mu.Unlock()
	n.notices = append(n.notices, x)
	return nil
}

// sent lists the notices as "kind point count date".
func (n *memNotifier) sent() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	var s []string
	for _, x := range n.notices {
		s = append(s, fmt.Sprintf("%s %s #%d %s", x.Kind, x.Point.Label(), x.Count, phase.DateOf(x.At.In(oslo))))
	}
	return s
}
