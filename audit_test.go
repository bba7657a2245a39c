package veiviser

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/internal/canon"
	"github.com/digitale-helgeland/veiviser/internal/enum/enumtest"
	"github.com/digitale-helgeland/veiviser/internal/enum/texttest"
	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

func auditLog(t *testing.T) AuditLog {
	t.Helper()
	var a AuditLog
	for _, d := range []phase.Decision{
		{Point: phase.BP1, Outcome: phase.SentBack, Date: phase.MustDate("25.02.2020"), Body: "Styringsgruppen", DecidedBy: "Leder"},
		{Point: phase.BP1, Outcome: phase.Approved, Date: phase.MustDate("28.05.2020"), Body: "Styringsgruppen", DecidedBy: "Leder"},
		{Point: phase.BP2, Outcome: phase.Approved, Date: phase.MustDate("01.12.2020"), Body: "Styringsgruppen", DecidedBy: "Leder"},
		{Point: phase.BP3, Outcome: phase.Approved, Date: phase.MustDate("01.03.2021"), Body: "Prosjekteier", DecidedBy: "Rådmann"},
	} {
		if _, err := a.Append(d); err != nil {
			t.Fatal(err)
		}
	}
	return a
}

// rehash computes entry i's hash again after a change, as someone who
// edits a stored log without a key can.
func rehash(t *testing.T, a AuditLog, i int) AuditLog {
	t.Helper()
	h, err := entryHash(a[i])
	if err != nil {
		t.Fatal(err)
	}
	a[i].Hash = h
	return a
}

// TestAuditVerify: Verify names the problem and the entry, one case per
// problem (issue 13).
func TestAuditVerify(t *testing.T) {
	type want struct {
		Index   int
		Problem AuditProblem
	}
	later := phase.Decision{Point: phase.BP4, Outcome: phase.Approved, Date: phase.MustDate("01.09.2021"), Body: "Prosjekteier", DecidedBy: "Rådmann"}
	tests := []struct {
		name   string
		mutate func(AuditLog) AuditLog
		head   bool
		want   *want
	}{
		{"intact", func(a AuditLog) AuditLog { return a }, true, nil},
		{"empty", func(AuditLog) AuditLog { return nil }, false, nil},
		{"altered comment", func(a AuditLog) AuditLog { a[2].Decision.Comment = "endret i ettertid"; return a }, false, &want{2, AuditAltered}},
		{"altered outcome", func(a AuditLog) AuditLog { a[0].Decision.Outcome = phase.Approved; return a }, false, &want{0, AuditAltered}},
		{"altered, its hash recomputed", func(a AuditLog) AuditLog {
			a[1].Decision.DecidedBy = "Noen andre"
			return rehash(t, a, 1)
		}, false, &want{1, AuditAltered}},
		{"altered first, its hash recomputed", func(a AuditLog) AuditLog {
			a[0].Decision.Comment = "x"
			return rehash(t, a, 0)
		}, true, &want{0, AuditAltered}},
		{"removed in the middle", func(a AuditLog) AuditLog { return slices.Delete(a, 1, 2) }, false, &want{1, AuditRemoved}},
		{"removed first", func(a AuditLog) AuditLog { return a[1:] }, false, &want{0, AuditRemoved}},
		{"duplicated", func(a AuditLog) AuditLog { return slices.Insert(a, 2, a[1]) }, false, &want{2, AuditDuplicated}},
		{"duplicated last", func(a AuditLog) AuditLog { return append(a, a[3]) }, true, &want{4, AuditDuplicated}},
		{"swapped", func(a AuditLog) AuditLog { a[1], a[2] = a[2], a[1]; return a }, false, &want{1, AuditReordered}},
		{"first moved to the end", func(a AuditLog) AuditLog { return append(a[1:], a[0]) }, false, &want{0, AuditReordered}},
		{"appended after the head", func(a AuditLog) AuditLog {
			if _, err := a.Append(later); err != nil {
				t.Fatal(err)
			}
			return a
		}, true, &want{4, AuditAppended}},
		{"truncated, head kept", func(a AuditLog) AuditLog { return a[:3] }, true, &want{3, AuditTruncated}},
		{"emptied, head kept", func(AuditLog) AuditLog { return nil }, true, &want{0, AuditTruncated}},
		{"truncated, no head", func(a AuditLog) AuditLog { return a[:3] }, false, nil},
	}
	for _, tt := range tests {
		orig := auditLog(t)
		head := ""
		if tt.head {
			head = orig.Head()
		}
		err := tt.mutate(orig.Clone()).Verify(head)
		var got *want
		var ae *AuditError
		if errors.As(err, &ae) {
			got = &want{ae.Index, ae.Problem}
			if !errors.Is(err, ErrAuditBroken) {
				t.Errorf("%s: %v does not wrap ErrAuditBroken", tt.name, err)
			}
		} else if err != nil {
			t.Errorf("%s: unexpected error %v", tt.name, err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: Verify (-want +got):\n%s", tt.name, diff)
		}
	}
}

// TestAuditErrorText: the error names the entry and the problem in plain
// words.
func TestAuditErrorText(t *testing.T) {
	err := error(&AuditError{Index: 1, Problem: AuditAltered})
	if got, want := err.Error(), "veiviser: audit log broken: entry 1 altered"; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestAuditJSON(t *testing.T) {
	a := auditLog(t)
	b, err := json.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	var got AuditLog
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if err := got.Verify(a.Head()); err != nil {
		t.Errorf("Verify after round trip: %v", err)
	}
	if diff := cmp.Diff(a.Decisions()[1], a[1].Decision); diff != "" {
		t.Errorf("Decisions (-want +got):\n%s", diff)
	}
	if _, err := (&got).Append(phase.Decision{Point: phase.BP4, Outcome: 9}); err == nil {
		t.Error("Append accepted a decision that cannot be encoded")
	}
	if len(got) != len(a) {
		t.Error("failed Append changed the log")
	}
}

func TestEnumTables(t *testing.T) {
	enumtest.Tables(t, map[string]enumtest.Checker{
		"auditProblems": auditProblems,
		"topics":        topics,
	})
}

// TestText checks that Label is Text in one language, and that an invalid
// value is named by its String form.
func TestText(t *testing.T) {
	for i := range 10 {
		texttest.Check(t, AuditProblem(i), Topic(i))
	}
}

var hostKey = []byte("vertens hemmelige nøkkel, 32 byte")

// keyedProject is the sample project with its audit log keyed.
func keyedProject(t *testing.T) *Project {
	t.Helper()
	p := sampleProject(t)
	if err := p.SetAuditKey(hostKey); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestAuditKey: a log keyed with the host's secret cannot be computed
// again by someone without it; the key is needed to read it, and the
// wrong key or none is noticed.
func TestAuditKey(t *testing.T) {
	p := keyedProject(t)
	a := p.Audit()
	for i, e := range a {
		if e.MAC != "hmac-sha256" {
			t.Fatalf("entry %d: mac %q", i, e.MAC)
		}
	}
	if err := p.Verify(a.Head()); err != nil {
		t.Fatalf("Verify: %v", err)
	}
	if err := a.Verify(""); !errors.Is(err, ErrAuditKeyed) {
		t.Errorf("Verify without the key = %v, want ErrAuditKeyed", err)
	}
	if err := a.VerifyKey(hostKey, a.Head()); err != nil {
		t.Errorf("VerifyKey: %v", err)
	}
	if err := a.VerifyKey([]byte("en annen nøkkel"), ""); !isProblem(err, 0, AuditAltered) {
		t.Errorf("VerifyKey with another key = %v, want entry 0 altered", err)
	}
	// Later decisions are keyed too, and a copy keeps the key.
	c := p.Clone()
	if err := c.Decide(decision(phase.BP4, phase.SentBack, "01.12.2022")); err != nil {
		t.Fatal(err)
	}
	if err := c.Verify(""); err != nil || c.Audit()[len(c.Audit())-1].MAC != "hmac-sha256" {
		t.Errorf("a later decision: %v", err)
	}

	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(b, hostKey) {
		t.Error("the key is stored")
	}
	if _, err := Decode(bytes.NewReader(b), DecodeOptions{Key: hostKey, Head: a.Head()}); err != nil {
		t.Errorf("Decode with the key: %v", err)
	}
	var pe *phase.PathError
	if _, err := Decode(bytes.NewReader(b), DecodeOptions{}); !errors.Is(err, ErrAuditKeyed) || !errors.As(err, &pe) || pe.Path != "audit" {
		t.Errorf("Decode without the key = %v, want ErrAuditKeyed at audit", err)
	}
	if _, err := Decode(bytes.NewReader(b), DecodeOptions{Key: []byte("feil")}); !isProblem(err, 0, AuditAltered) {
		t.Errorf("Decode with the wrong key = %v, want entry 0 altered", err)
	}
}

// TestAuditKeyRecomputedChain: someone who changes a decision in a stored
// keyed project and computes the chain again without the key is found
// out, whether the entries keep their "mac" or drop it.
func TestAuditKeyRecomputedChain(t *testing.T) {
	p := keyedProject(t)
	for _, tt := range []struct {
		name string
		mac  string
		want want
	}{
		{"mac kept", "hmac-sha256", want{2, AuditAltered}},
		{"mac dropped", "", want{0, AuditAltered}},
	} {
		q := p.Clone()
		h := q.History()
		h[1].DecidedBy = "Noen andre"
		l, err := phase.Rebuild(nil, h)
		if err != nil {
			t.Fatal(err)
		}
		q.lifecycle = l
		q.audit[2].Decision.DecidedBy = "Noen andre"
		from := 2 // with the mac kept, the entries before the change stay as the host wrote them
		if tt.mac == "" {
			from = 0
		}
		for i := from; i < len(q.audit); i++ {
			q.audit[i].MAC = tt.mac
			if i > 0 {
				q.audit[i].Prev = q.audit[i-1].Hash
			}
			rehash(t, q.audit, i) // SHA-256: no key
		}
		q.key = nil
		b, err := json.Marshal(q)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Decode(bytes.NewReader(b), DecodeOptions{Key: hostKey})
		if !isProblem(err, tt.want.Index, tt.want.Problem) {
			t.Errorf("%s: Decode = %v, want entry %d %v", tt.name, err, tt.want.Index, tt.want.Problem)
		}
	}
}

// TestSetAuditKey: keying a log changes its head and nothing it records;
// a log that does not verify is not keyed; an empty key removes the key.
func TestSetAuditKey(t *testing.T) {
	p := sampleProject(t)
	before := p.Audit()
	if err := p.SetAuditKey(hostKey); err != nil {
		t.Fatal(err)
	}
	after := p.Audit()
	if after.Head() == before.Head() || len(after) != len(before) {
		t.Errorf("keyed: head %s, %d entries", after.Head(), len(after))
	}
	if !sameDecisions(before.Decisions(), after.Decisions()) {
		t.Error("keying changed the decisions")
	}
	if err := p.SetAuditKey(nil); err != nil || p.Audit().Head() != before.Head() {
		t.Errorf("unkeyed again: %v, head %s, want %s", err, p.Audit().Head(), before.Head())
	}
	broken := sampleProject(t)
	broken.audit[1].Decision.Comment = "endret"
	if err := broken.SetAuditKey(hostKey); !isProblem(err, 1, AuditAltered) || broken.key != nil {
		t.Errorf("SetAuditKey on a broken log = %v", err)
	}
	var literal Project
	if err := literal.SetAuditKey(hostKey); err != nil || len(literal.Audit()) != 0 {
		t.Errorf("a literal project: %v, %d entries", err, len(literal.Audit()))
	}
	if err := literal.Decide(decision(phase.BP1, phase.SentBack, "01.02.2020")); err != nil {
		t.Fatal(err)
	}
	if a := literal.Audit(); len(a) != 2 || a[0].MAC != "hmac-sha256" || literal.Verify("") != nil {
		t.Errorf("a literal project's first decision: %+v", a)
	}
}

func sameDecisions(a, b []phase.Decision) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !a[i].Equal(b[i]) {
			return false
		}
	}
	return true
}

// TestDecodeVersion2Keyed: a project of schema version 2 decoded with a key
// is written again keyed.
func TestDecodeVersion2Keyed(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "audit", "project-v2.json"))
	if err != nil {
		t.Fatal(err)
	}
	p, err := Decode(bytes.NewReader(b), DecodeOptions{Key: hostKey})
	if err != nil {
		t.Fatal(err)
	}
	if a := p.Audit(); a[0].MAC != "hmac-sha256" || a.VerifyKey(hostKey, "") != nil {
		t.Errorf("not keyed: %+v", a[0])
	}
}

// TestIndependentVerifierKeyed: verify.py checks a keyed log with the key
// and refuses it without, or with another.
func TestIndependentVerifierKeyed(t *testing.T) {
	python(t)
	dir := t.TempDir()
	b, err := json.Marshal(keyedProject(t))
	if err != nil {
		t.Fatal(err)
	}
	path, key, other := filepath.Join(dir, "p.json"), filepath.Join(dir, "key"), filepath.Join(dir, "other")
	for f, content := range map[string][]byte{path: b, key: hostKey, other: []byte("feil")} {
		if err := os.WriteFile(f, content, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range []struct {
		args []string
		code int
		want string
	}{
		{[]string{"project", "--key-file", key, path}, 0, "ok: head"},
		{[]string{"project", path}, 1, "keyed"},
		{[]string{"project", "--key-file", other, path}, 1, "entry 0 altered"},
	} {
		out, code := runVerifier(t, tt.args...)
		if code != tt.code || !strings.Contains(out, tt.want) {
			t.Errorf("verify.py %v: exit %d, want %d and %q:\n%s", tt.args, code, tt.code, tt.want, out)
		}
	}
}

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
	d.CaseNumber = phase.CaseNumber{Year: 2020, Sequence: 1234}
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

// auditProblem returns the index and problem of err, an *AuditError, or
// -1 and 0 for nil; any other error fails the test.
func auditProblem(t *testing.T, err error) (int, AuditProblem) {
	t.Helper()
	if err == nil {
		return -1, 0
	}
	var ae *AuditError
	if !errors.As(err, &ae) || !errors.Is(err, ErrAuditBroken) {
		t.Fatalf("error %v is not an *AuditError wrapping ErrAuditBroken", err)
	}
	return ae.Index, ae.Problem
}

// TestProjectVerify: the log records the project's model and exactly its
// history; each way they part is named, with the entry.
func TestProjectVerify(t *testing.T) {
	rebuild := func(p *Project, m *phase.Model, h []phase.Decision) {
		l, err := phase.Rebuild(m, h)
		if err != nil {
			t.Fatal(err)
		}
		p.lifecycle = l
	}
	tests := []struct {
		name    string
		mutate  func(p *Project)
		want    want
		finding string // the finding Validate reports, code and path
	}{
		{"intact", func(*Project) {}, want{-1, 0}, ""},
		{"model changed", func(p *Project) {
			m, err := phase.NewModel(phase.Tailoring{Skips: []phase.Skip{{Phase: phase.Closure, Justification: "Ingen egen avslutning"}}})
			if err != nil {
				t.Fatal(err)
			}
			rebuild(p, m, p.History())
		}, want{0, AuditModel}, "audit.model lifecycle.model"},
		{"history differs", func(p *Project) {
			h := p.History()
			h[1].DecidedBy = "Noen andre"
			rebuild(p, nil, h)
		}, want{2, AuditMismatch}, "audit.mismatch audit[2]"},
		{"history shorter than the log", func(p *Project) { rebuild(p, nil, p.History()[:3]) }, want{4, AuditAppended}, "audit.appended audit[4]"},
		{"log shorter than the history", func(p *Project) { p.audit = p.audit[:3] }, want{3, AuditTruncated}, "audit.truncated audit[3]"},
		{"first entry removed", func(p *Project) { p.audit = p.audit[1:] }, want{0, AuditRemoved}, "audit.removed audit[0]"},
		{"first entry not a model", func(p *Project) {
			var a AuditLog
			for _, d := range p.History() {
				if _, err := a.Append(d); err != nil {
					t.Fatal(err)
				}
			}
			p.audit = a
		}, want{0, AuditRemoved}, "audit.removed audit[0]"},
	}
	for _, tt := range tests {
		p := sampleProject(t)
		tt.mutate(p)
		i, prob := auditProblem(t, p.Verify(""))
		if diff := cmp.Diff(tt.want, want{i, prob}); diff != "" {
			t.Errorf("%s: Verify (-want +got):\n%s", tt.name, diff)
		}
		var audit []string
		for _, g := range p.Validate().Groups {
			if g.Topic == TopicAudit {
				audit = codes(g.Findings)
			}
		}
		if tt.finding != "" && !contains(audit, tt.finding) || tt.finding == "" && len(audit) > 0 {
			t.Errorf("%s: Validate reports %v, want %q", tt.name, audit, tt.finding)
		}
	}
}

// TestDecodeEditedModel: editing lifecycle.model in a stored project, which
// moves the project's position, is refused, naming the model.
func TestDecodeEditedModel(t *testing.T) {
	b, err := json.Marshal(sampleProject(t))
	if err != nil {
		t.Fatal(err)
	}
	for _, edit := range []string{
		`"model":{"skips":[{"phase":"closure","justification":"Ingen egen avslutning"}]}`,
		`"model":{"withoutIdea":true}`,
		`"model":{"executionSubPhases":3}`,
	} {
		in := bytes.Replace(b, []byte(`"lifecycle":{"model":{}`), []byte(`"lifecycle":{`+edit), 1)
		if bytes.Equal(in, b) {
			t.Fatal("the fixture has no standard model")
		}
		_, err := Decode(bytes.NewReader(in), DecodeOptions{})
		var pe *phase.PathError
		if !errors.As(err, &pe) || pe.Path != "audit" {
			t.Fatalf("%s: Decode = %v, want a *phase.PathError at audit", edit, err)
		}
		if i, prob := auditProblem(t, err); i != 0 || prob != AuditModel {
			t.Errorf("%s: entry %d %v, want entry 0 model", edit, i, prob)
		}
		if !strings.Contains(err.Error(), "lifecycle.model") {
			t.Errorf("%s: %q does not name lifecycle.model", edit, err)
		}
	}
}

// TestDecodeHead: a host that keeps the head apart notices a stored log
// cut at its end or with entries after it.
func TestDecodeHead(t *testing.T) {
	p := sampleProject(t)
	b, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	a := p.Audit()
	if _, err := Decode(bytes.NewReader(b), DecodeOptions{Head: a.Head()}); err != nil {
		t.Fatalf("Decode with the right head: %v", err)
	}
	if _, err := Decode(bytes.NewReader(b), DecodeOptions{Head: a[2].Hash}); !isProblem(err, 3, AuditAppended) {
		t.Errorf("Decode with an earlier head = %v, want entry 3 appended", err)
	}
	if _, err := Decode(bytes.NewReader(b), DecodeOptions{Head: strings.Repeat("0", 64)}); !isProblem(err, len(a), AuditTruncated) {
		t.Errorf("Decode with a later head = %v, want truncated before entry %d", err, len(a))
	}
	if err := p.Verify(a[3].Hash); !isProblem(err, 4, AuditAppended) {
		t.Errorf("Verify with an earlier head = %v", err)
	}
}

// rehashAll computes the whole chain of a again, as someone who edits a
// stored log without a key can, and returns a.
func rehashAll(t *testing.T, a AuditLog) AuditLog {
	t.Helper()
	prev := ""
	for i := range a {
		a[i].Seq, a[i].Prev = i, prev
		rehash(t, a, i)
		prev = a[i].Hash
	}
	return a
}

// isProblem reports whether err is an *AuditError for entry i and prob;
// with i -1 and prob 0, whether err is nil.
func isProblem(err error, i int, prob AuditProblem) bool {
	if i == -1 && prob == 0 {
		return err == nil
	}
	var ae *AuditError
	return errors.As(err, &ae) && ae.Index == i && ae.Problem == prob
}

// TestDecodeVersion2: a project stored by schema version 2, its log hashed
// the old way, is verified with the old hash (and the head of its time)
// and written again in the current form, nothing lost: the same
// decisions, the old head and length recorded in the first entry.
func TestDecodeVersion2(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "audit", "project-v2.json"))
	if err != nil {
		t.Fatal(err)
	}
	var stored struct {
		Audit []struct {
			Decision phase.Decision `json:"decision"`
			Hash     string         `json:"hash"`
		} `json:"audit"`
	}
	if err := json.Unmarshal(b, &stored); err != nil {
		t.Fatal(err)
	}
	oldHead := stored.Audit[len(stored.Audit)-1].Hash
	p, err := Decode(bytes.NewReader(b), DecodeOptions{Head: oldHead})
	if err != nil {
		t.Fatal(err)
	}
	a := p.Audit()
	if diff := cmp.Diff(&Migration{SchemaVersion: 2, Entries: 4, Head: oldHead}, a[0].Migrated); diff != "" {
		t.Errorf("migration record (-want +got):\n%s", diff)
	}
	var decisions []phase.Decision
	for _, e := range stored.Audit {
		decisions = append(decisions, e.Decision)
	}
	if diff := cmp.Diff(decisions, a.Decisions()); diff != "" {
		t.Errorf("decisions (-want +got):\n%s", diff)
	}
	if err := p.Verify(a.Head()); err != nil {
		t.Errorf("the written-again log: %v", err)
	}
	// Stored again, it is read as the current version, unchanged.
	again, err := json.Marshal(p)
	if err != nil {
		t.Fatal(err)
	}
	q, err := Decode(bytes.NewReader(again), DecodeOptions{Head: a.Head()})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(a, q.Audit()); diff != "" {
		t.Errorf("stored again (-want +got):\n%s", diff)
	}

	// The record of the old log must hold: its decisions give its head.
	forged := p.Clone()
	forged.audit[0].Migrated.Head = strings.Repeat("a", 64)
	rehashAll(t, forged.audit)
	if err := forged.Verify(""); forged.audit.Verify("") != nil || !isProblem(err, 0, AuditAltered) {
		t.Errorf("a forged migration record, its chain recomputed: Verify = %v, want entry 0 altered", err)
	}

	// The old log is verified with the old hash: each problem is found.
	s := string(b)
	rehashed := func(i int, change func(*AuditEntry)) string {
		var j map[string]json.RawMessage
		if err := json.Unmarshal(b, &j); err != nil {
			t.Fatal(err)
		}
		var log AuditLog
		if err := json.Unmarshal(j["audit"], &log); err != nil {
			t.Fatal(err)
		}
		change(&log[i])
		h, err := legacyHash(log[i])
		if err != nil {
			t.Fatal(err)
		}
		log[i].Hash = h
		j["audit"], _ = json.Marshal(log)
		out, _ := json.Marshal(j)
		return string(out)
	}
	tests := []struct {
		name string
		in   string
		head string
		want want
	}{
		{"altered", strings.Replace(s, `"decidedBy": "Styringsgruppens leder"
			},
			"prev": "`+stored.Audit[0].Hash, `"decidedBy": "Noen andre"
			},
			"prev": "`+stored.Audit[0].Hash, 1), "", want{1, AuditAltered}},
		{"altered, its hash recomputed the old way", rehashed(1, func(e *AuditEntry) { e.Decision.DecidedBy = "Noen andre" }), "", want{1, AuditAltered}},
		{"a wrong head", s, strings.Repeat("1", 64), want{4, AuditTruncated}},
		{"an earlier head", s, stored.Audit[1].Hash, want{2, AuditAppended}},
	}
	for _, tt := range tests {
		if tt.in == s && tt.head == "" {
			t.Fatalf("%s: the mutation did not apply", tt.name)
		}
		_, err := Decode(strings.NewReader(tt.in), DecodeOptions{Head: tt.head})
		i, prob := auditProblem(t, err)
		if diff := cmp.Diff(tt.want, want{i, prob}); diff != "" {
			t.Errorf("%s: Decode (-want +got):\n%s", tt.name, diff)
		}
	}
}

// want is the entry and the problem a verification reports; -1 and 0 for
// none.
type want struct {
	Index   int
	Problem AuditProblem
}

// The published test vectors and the stored project that the independent
// verifier (testdata/audit/verify.py) checks. go test -update writes them
// again.
var (
	vectorsPath = filepath.Join("testdata", "audit", "vectors.json")
	storedPath  = filepath.Join("testdata", "audit", "project.json")
)

// vectors is the form of testdata/audit/vectors.json.
type vectors struct {
	// Canonical: JSON texts, their canonical form and its SHA-256.
	Canonical []canonVector `json:"canonical"`
	// Refused: JSON texts the canonical form refuses.
	Refused []refusedVector `json:"refused"`
	// Documents: stored documents and the hash a seal records of them.
	Documents []documentVector `json:"documents"`
	// Entries: stored audit entries, the bytes their hash is computed
	// over, and the hash.
	Entries []entryVector `json:"entries"`
}

type documentVector struct {
	Name     string          `json:"name"`
	Document json.RawMessage `json:"document"`
	Hash     string          `json:"hash"`
}

type canonVector struct {
	Name      string `json:"name"`
	Input     string `json:"input"`
	Canonical string `json:"canonical"`
	SHA256    string `json:"sha256"`
}

type refusedVector struct {
	Name  string `json:"name"`
	Input string `json:"input"`
}

type entryVector struct {
	Name      string          `json:"name"`
	Entry     json.RawMessage `json:"entry"`
	HashInput string          `json:"hashInput"`
	Hash      string          `json:"hash"`
}

func sha(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// storedProject is the project verify.py checks: the sample project, its
// decisions with the text that Go's encoder writes unlike the canonical
// form (& > U+2028), non-ASCII and a case number.
func storedProject(t *testing.T) *Project {
	t.Helper()
	p := sampleProject(t)
	d := decision(phase.BP4, phase.SentBack, "15.12.2022")
	d.Comment = "Avslutningsanbefalingen skrives om: «gevinster & kostnader» => ny versjon 🚧"
	d.Conditions = []string{"Faseplan for avslutning\u2028legges fram", "Tab\there"}
	d.CaseNumber = phase.CaseNumber{Year: 2022, Sequence: 4711}
	if err := p.Decide(d); err != nil {
		t.Fatal(err)
	}
	return p
}

func buildVectors(t *testing.T) vectors {
	t.Helper()
	var v vectors
	for _, c := range []struct{ name, in string }{
		{"RFC 8785 §3.2.2, with the numbers this form accepts", `{"numbers": [333333333.3333333, 1E3, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/", "literals": [null, true, false]}`},
		{"RFC 8785 §3.2.3, names sorted by UTF-16 code units", `{"\u20ac": "Euro Sign", "\r": "Carriage Return", "\ufb33": "Hebrew Letter Dalet With Dagesh", "1": "One", "\ud83d\ude00": "Emoji: Grinning Face", "\u0080": "Control", "\u00f6": "Latin Small Letter O With Diaeresis"}`},
		{"what encoding/json escapes and JCS does not", `{"comment": "a \u0026 b =\u003e c \u003c d \u2028 e"}`},
		{"control characters", `["\u0000\u0008\u0009\u000a\u000b\u000c\u000d\u001f\u007f"]`},
		{"money and integers", `{"investment": 8000000.00, "cost": -1234.50, "max": 9007199254740992, "zero": -0}`},
		{"nesting and white space", " { \"b\" : [ 1 , { \"d\" : 2 , \"c\" : [ ] } ] , \"a\" : { } } "},
	} {
		out, err := canon.Transform([]byte(c.in))
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		v.Canonical = append(v.Canonical, canonVector{c.name, c.in, string(out), sha(out)})
	}
	for _, c := range []struct{ name, in string }{
		{"not the shortest form of its double", `[333333333.33333329]`},
		{"an integer beyond 2^53", `{"n": 9007199254740993}`},
		{"an integer beyond 2^53 that a double holds", `[1E30]`},
		{"duplicate member name", `{"agency": "Lost", "agency": "Vefsn kommune"}`},
		{"lone surrogate", `["\ud800"]`},
	} {
		if _, err := canon.Transform([]byte(c.in)); err == nil {
			t.Fatalf("%s: accepted", c.name)
		}
		v.Refused = append(v.Refused, refusedVector{c.name, c.in})
	}
	p := storedProject(t)
	for _, i := range []int{0, 6} {
		raw, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		var stored struct{ Documents []json.RawMessage }
		if err := json.Unmarshal(raw, &stored); err != nil {
			t.Fatal(err)
		}
		h, err := DocumentHash(p.Documents[i])
		if err != nil {
			t.Fatal(err)
		}
		v.Documents = append(v.Documents, documentVector{"documents[" + strconv.Itoa(i) + "], " + p.Documents[i].Template().String(), stored.Documents[i], h})
	}
	a := p.Audit()
	for _, c := range []struct {
		name string
		e    AuditEntry
	}{
		{"the first entry: the model", a[0]},
		{"an approval, sealing the mandate", a[2]},
		{"a decision with comment, conditions and case number", a[len(a)-1]},
	} {
		in, err := c.e.hashInput()
		if err != nil {
			t.Fatal(err)
		}
		raw, err := json.Marshal(c.e)
		if err != nil {
			t.Fatal(err)
		}
		v.Entries = append(v.Entries, entryVector{c.name, raw, string(in), c.e.Hash})
	}
	return v
}

// TestAuditVectors keeps the published vectors current and checks that
// each entry's hash is the SHA-256 of its canonical form without "hash",
// computed from the stored JSON alone, as a verifier in another language
// does.
func TestAuditVectors(t *testing.T) {
	v := buildVectors(t)
	golden.CheckJSON(t, vectorsPath, v)
	golden.CheckJSON(t, storedPath, storedProject(t))
	for _, e := range v.Entries {
		var m map[string]any
		if err := json.Unmarshal(e.Entry, &m); err != nil {
			t.Fatal(err)
		}
		delete(m, "hash")
		b, _ := json.Marshal(m)
		in, err := canon.Transform(b)
		if err != nil {
			t.Fatal(err)
		}
		if string(in) != e.HashInput || sha(in) != e.Hash {
			t.Errorf("%s: the stored entry without its hash canonicalises to\n%s\nwant\n%s", e.Name, in, e.HashInput)
		}
	}
}

// python returns the path of python3, or skips the test.
func python(t *testing.T) string {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 is not on PATH")
	}
	return py
}

// runVerifier runs testdata/audit/verify.py with args and returns its
// output and exit code.
func runVerifier(t *testing.T, args ...string) (string, int) {
	t.Helper()
	cmd := exec.Command(python(t), append([]string{filepath.Join("testdata", "audit", "verify.py")}, args...)...)
	out, err := cmd.CombinedOutput()
	var ee *exec.ExitError
	switch {
	case err == nil:
		return string(out), 0
	case errors.As(err, &ee):
		return string(out), ee.ExitCode()
	}
	t.Fatalf("running verify.py: %v", err)
	return "", 0
}

// TestIndependentVerifier runs the Python verifier (standard library only)
// on the vectors and on the stored project, intact and with each kind of
// damage: it must agree with Verify.
func TestIndependentVerifier(t *testing.T) {
	python(t)
	if out, code := runVerifier(t, "vectors", vectorsPath); code != 0 {
		t.Fatalf("verify.py vectors: exit %d\n%s", code, out)
	}
	p := storedProject(t)
	head := p.Audit().Head()
	out, code := runVerifier(t, "project", "--head", head, storedPath)
	if code != 0 || !strings.Contains(out, head) {
		t.Fatalf("verify.py project: exit %d\n%s", code, out)
	}
	b, err := os.ReadFile(storedPath)
	if err != nil {
		t.Fatal(err)
	}
	a := p.Audit()
	dir := t.TempDir()
	tests := []struct {
		name, old, new, head string
		want                 string
	}{
		{"altered", `"decidedBy": "Styringsgruppens leder"
			},
			"prev": "` + a[1].Prev, `"decidedBy": "Noen andre"
			},
			"prev": "` + a[1].Prev, "", "entry 1 altered"},
		{"model edited", `"model": {},`, `"model": {"withoutIdea": true},`, "", "lifecycle.model"},
		{"history edited", `"date": "2020-12-15"`, `"date": "2020-12-16"`, "", "entry 3 differs from the lifecycle's history"},
		{"a later head", "", "", strings.Repeat("0", 64), "truncated: the log ends before entry 6"},
		{"an earlier head", "", "", a[3].Hash, "entry 4 appended"},
	}
	for _, tt := range tests {
		in := b
		if tt.old != "" {
			if !bytes.Contains(b, []byte(tt.old)) {
				t.Fatalf("%s: the stored project lacks %q", tt.name, tt.old)
			}
			in = bytes.Replace(b, []byte(tt.old), []byte(tt.new), 1)
		}
		path := filepath.Join(dir, "p.json")
		if err := os.WriteFile(path, in, 0o644); err != nil {
			t.Fatal(err)
		}
		args := []string{"project", path}
		if tt.head != "" {
			args = []string{"project", "--head", tt.head, path}
		}
		out, code := runVerifier(t, args...)
		if code != 1 || !strings.Contains(out, tt.want) {
			t.Errorf("%s: verify.py exit %d, want 1 and %q:\n%s", tt.name, code, tt.want, out)
		}
		// Go agrees.
		_, err := Decode(bytes.NewReader(in), DecodeOptions{Head: tt.head})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: Decode = %v, want %q", tt.name, err, tt.want)
		}
	}
	// A project stored by schema version 2, and one re-chained from it.
	if out, code := runVerifier(t, "project", filepath.Join("testdata", "audit", "project-v2.json")); code != 0 {
		t.Errorf("verify.py on version 2: exit %d\n%s", code, out)
	}
	if out, code := runVerifier(t, "project", filepath.Join("testdata", "v1", "project.v2.json")); code != 0 || !strings.Contains(out, "53026f758a200435a898511ce1edf81e33581d7ace97371f72de3b37c32a55a7") {
		t.Errorf("verify.py on a migrated project: exit %d\n%s", code, out)
	}
}

// TestApprovalWritesMandateChecklist: the mandate's BP1 checklist section
// is derived from the project's BP1 checklist, the one source: approving
// BP1 writes it into the mandate as the checklist stood on the day of the
// decision (a later answer does not count), whatever the section said
// before, and the seal covers what was written.
func TestApprovalWritesMandateChecklist(t *testing.T) {
	p := mustProject(ProjectConfig{ID: "P", Name: "Digitale Helgeland", Agency: "Vefsn kommune"})
	m := sample.Mandate()
	m.Header.Status = product.StatusSubmitted
	m.Checklist.Items[1].Comment = "nei" // out of step with the project's checklist
	m.Checklist.Items[2].Comment = ""
	p.Documents = []product.Document{m}
	p.Stakeholders.Roles = projectRoles()
	cl := p.Checklists.At(phase.BP1)
	answerAll(t, cl, "01.02.2020")
	if err := cl.NotRelevant("5", checklist.Note{By: "Prosjektleder", On: phase.MustDate("02.02.2020"), Comment: "Ingen anskaffelse"}); err != nil {
		t.Fatal(err)
	}
	decided := phase.MustDate("28.05.2020")
	if err := p.Decide(decision(phase.BP1, phase.Approved, "28.05.2020")); err != nil {
		t.Fatal(err)
	}
	// An answer after the decision changes the checklist, not the approved
	// mandate.
	if err := cl.Record("2", "nei", checklist.Note{By: "Prosjektleder", On: phase.MustDate("01.06.2020")}); err != nil {
		t.Fatal(err)
	}
	want := product.ReviewOf(cl, decided, phase.Bokmal)
	if diff := cmp.Diff(want, m.Checklist); diff != "" {
		t.Errorf("the approved mandate's checklist section (-want +got):\n%s", diff)
	}
	if got := m.Checklist.Items[1].Comment; got != "Ja" {
		t.Errorf("checkpoint 2 reads %q in the approved mandate, want the answer on the day of the decision, Ja", got)
	}
	if got := m.Checklist.Items[4].Comment; got != "Ikke relevant: Ingen anskaffelse" {
		t.Errorf("checkpoint 5 reads %q", got)
	}
	if err := p.Verify(""); err != nil {
		t.Errorf("Verify = %v: the seal does not cover the written section", err)
	}
}
