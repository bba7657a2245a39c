package veiviser

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// TestApprovalSealsDocuments: each approval's entry seals the management
// products its gate required, as the approval left them: the phase plan
// for the phase it opens, the latest document of each other kind.
func TestApprovalSealsDocuments(t *testing.T) {
	p := sampleProject(t)
	a := p.Audit()
	got := map[phase.DecisionPoint][]int{}
	latest := map[int]Seal{} // the business case, approved at BP2 and BP3, answers to BP3
	for _, e := range a {
		for _, s := range e.Seals {
			got[e.Decision.Point] = append(got[e.Decision.Point], s.Document)
			latest[s.Document] = s
		}
		if e.Decision.Outcome != phase.Approved && len(e.Seals) > 0 {
			t.Errorf("entry %d (%v) seals documents", e.Seq, e.Decision.Outcome)
		}
	}
	want := map[phase.DecisionPoint][]int{
		phase.BP1: {1},           // the latest mandate: the project mandate of template 2.5
		phase.BP2: {2, 3, 10},    // proposal, business case, phase plan for planning
		phase.BP3: {3, 5, 6, 11}, // business case again, governing document, benefit plan, phase plan for execution
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("sealed documents (-want +got):\n%s", diff)
	}
	for i, s := range latest {
		d := p.Documents[i]
		h, err := DocumentHash(d)
		if err != nil {
			t.Fatal(err)
		}
		if s.Template != d.Template() || s.Version != d.Head().Version() || s.Hash != h {
			t.Errorf("documents[%d] sealed as %+v; it is %v, version %q, hash %s", i, s, d.Template(), d.Head().Version(), h)
		}
	}
	if err := p.Verify(a.Head()); err != nil {
		t.Errorf("Verify: %v", err)
	}
}

// TestApprovalFillsDecisionBox: the approval fills in the decision box of
// each document it approves, so no one enters it twice and the two agree:
// date, body, signer, outcome, case number, and a decision text where the
// box had none; the document is then approved.
func TestApprovalFillsDecisionBox(t *testing.T) {
	p := mustProject(ProjectConfig{ID: "P", Name: "Digitale Helgeland", Agency: "Vefsn kommune"})
	m := sample.Mandate()
	m.Header.Status = product.StatusSubmitted
	m.Header.Decision = product.DecisionBox{ProjectNumber: "DH-2020-1", Decision: "<beslutning>", Staffing: product.Staffing{Lead: "Prosjektleder"}}
	p.Documents = []product.Document{m}
	p.Stakeholders.Roles = projectRoles()
	answerAll(t, p.Checklists.At(phase.BP1), "01.02.2020")
	d := decision(phase.BP1, phase.Approved, "28.05.2020")
	d.CaseNumber = "2020/1234"
	if err := p.Decide(d); err != nil {
		t.Fatal(err)
	}
	got := p.Documents[0].Head()
	want := product.DecisionBox{
		ProjectNumber: "DH-2020-1",
		CaseNumber:    "2020/1234",
		ProcessedDate: product.DateOn(phase.MustDate("28.05.2020")),
		ProcessedBy:   "Styringsgruppen",
		Decision:      "Godkjent ved BP1",
		Outcome:       phase.Approved,
		Staffing:      product.Staffing{Lead: "Prosjektleder"},
		Signature:     "Styringsgruppens leder",
	}
	if diff := cmp.Diff(want, got.Decision); diff != "" {
		t.Errorf("decision box (-want +got):\n%s", diff)
	}
	if got.Status != product.StatusApproved {
		t.Errorf("status %v, want approved", got.Status)
	}
	if m.Header.Status != product.StatusApproved {
		t.Error("Decide did not fill in the project's document, which the caller holds, in place")
	}
	for _, f := range p.Documents[0].Validate() {
		if strings.HasPrefix(f.Path, "header.decision") && f.Severity == phase.SeverityError {
			t.Errorf("the filled-in box still has an error: %v", f)
		}
	}
	// A refused approval fills in nothing.
	q := mustProject(ProjectConfig{ID: "P", Name: "Digitale Helgeland", Agency: "Vefsn kommune"})
	m2 := sample.Mandate()
	m2.Header.Status = product.StatusSubmitted
	q.Documents = []product.Document{m2}
	if err := q.Decide(d); !errors.Is(err, phase.ErrRefused) {
		t.Fatalf("Decide = %v, want a refusal", err)
	}
	if q.Documents[0].Head().Status != product.StatusSubmitted || len(q.Audit()) != 1 {
		t.Error("a refused approval changed the documents or the log")
	}
}

// TestEveryTemplateHasADecisionBox: every document type of the product
// package has the header fillDecisionBox fills in.
func TestEveryTemplateHasADecisionBox(t *testing.T) {
	d := decision(phase.BP2, phase.Approved, "15.12.2020")
	for _, tpl := range product.Templates() {
		doc := tpl.New()
		if !fillDecisionBox(doc, d) {
			t.Errorf("%v: no decision box", tpl)
			continue
		}
		if h := doc.Head(); h.Decision.Signature != d.DecidedBy || h.Status != product.StatusApproved {
			t.Errorf("%v: box %+v", tpl, h.Decision)
		}
	}
	if fillDecisionBox(nil, d) || fillDecisionBox((*product.Mandate)(nil), d) {
		t.Error("filled a nil document")
	}
}

// TestEditedApprovedDocument: a document changed after its approval,
// without a new version in its change log, is reported by Validate and
// Verify, naming the document and the decision that approved it; a new
// version is not; a document gone from where it was approved is reported.
func TestEditedApprovedDocument(t *testing.T) {
	tests := []struct {
		name    string
		edit    func(p *Project)
		finding string // code and path; "" for none
		text    string // in the error and the finding's English message
	}{
		{"untouched", func(*Project) {}, "", ""},
		{"text changed", func(p *Project) {
			p.Documents[5].(*product.GoverningDocument).Header.PreparedBy = "Noen andre"
		}, "audit.approved_document_changed documents[5]", "approved at BP3 on 28.06.2021"},
		{"decision box changed", func(p *Project) {
			p.Documents[1].(*product.ProjectMandate).Header.Decision.Signature = "Noen andre"
		}, "audit.approved_document_changed documents[1]", "approved at BP1 on 28.05.2020"},
		{"approved twice, changed after the second", func(p *Project) {
			p.Documents[3].(*product.BusinessCase).Preliminary = !p.Documents[3].(*product.BusinessCase).Preliminary
		}, "audit.approved_document_changed documents[3]", "approved at BP3 on 28.06.2021"},
		{"a new version", func(p *Project) {
			g := p.Documents[5].(*product.GoverningDocument)
			g.Header.PreparedBy = "Noen andre"
			g.Header.Changes = append(g.Header.Changes, product.ChangeEntry{Version: "3", Date: phase.MustDate("01.09.2021"), Change: "Ny prosjektleder", Producer: "Prosjektleder"})
		}, "", ""},
		{"removed", func(p *Project) { p.Documents = p.Documents[:11] }, "audit.approved_document_missing documents[11]", "is gone"},
	}
	for _, tt := range tests {
		p := sampleProject(t)
		tt.edit(p)
		var audit []string
		var msg string
		for _, g := range p.Validate().Groups {
			if g.Topic == TopicAudit {
				audit = codes(g.Findings)
				msg = g.Findings[0].Message.In(phase.English)
			}
		}
		err := p.Verify("")
		if tt.finding == "" {
			if len(audit) > 0 || err != nil {
				t.Errorf("%s: Validate %v, Verify %v; want nothing", tt.name, audit, err)
			}
			continue
		}
		if !contains(audit, tt.finding) {
			t.Errorf("%s: Validate reports %v, want %q", tt.name, audit, tt.finding)
		}
		var se *SealError
		if !errors.As(err, &se) || !errors.Is(err, ErrSealBroken) || !strings.Contains(err.Error(), tt.text) {
			t.Errorf("%s: Verify = %v, want a *SealError saying %q", tt.name, err, tt.text)
		}
		date := strings.Fields(tt.text)[len(strings.Fields(tt.text))-1]
		if !strings.Contains(msg, date) && tt.text != "is gone" {
			t.Errorf("%s: the finding %q does not name the decision (%s)", tt.name, msg, date)
		}
	}
}

// TestEditedApprovedDocumentStored: a stored project whose approved
// document was edited in the file still decodes, so it can be put right
// with a new version, and Verify, Validate and the independent verifier
// report the edit.
func TestEditedApprovedDocumentStored(t *testing.T) {
	b, err := os.ReadFile(storedPath)
	if err != nil {
		t.Fatal(err)
	}
	old := `"preparedBy": "Hilde T Lauvset Rafaelsen, prosjektleder"`
	i := bytes.Index(b, []byte(`"template": "governing_document"`))
	j := bytes.Index(b[i:], []byte(old))
	if i < 0 || j < 0 {
		t.Fatal("the stored project has no governing document to edit")
	}
	in := slicesConcat(b[:i+j], []byte(`"preparedBy": "Noen andre"`), b[i+j+len(old):])
	p, err := Decode(bytes.NewReader(in), DecodeOptions{})
	if err != nil {
		t.Fatalf("Decode: %v", err)
	}
	if err := p.Verify(""); !errors.Is(err, ErrSealBroken) || !strings.Contains(err.Error(), "documents[5]") {
		t.Errorf("Verify = %v", err)
	}
	python(t)
	path := filepath.Join(t.TempDir(), "p.json")
	if err := os.WriteFile(path, in, 0o644); err != nil {
		t.Fatal(err)
	}
	out, code := runVerifier(t, "project", path)
	if want := p.Verify("").Error(); code != 1 || !strings.Contains(want, strings.TrimSpace(strings.TrimPrefix(out, "audit log broken: "))) {
		t.Errorf("verify.py: exit %d\n%s\nwant %q", code, out, want)
	}
}

func slicesConcat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

// TestSealRoundTrip: seals survive storage.
func TestSealRoundTrip(t *testing.T) {
	p := sampleProject(t)
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	q, err := Decode(bytes.NewReader(b), DecodeOptions{Head: p.Audit().Head()})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(p.Audit(), q.Audit()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	if err := q.Verify(""); err != nil {
		t.Error(err)
	}
}
