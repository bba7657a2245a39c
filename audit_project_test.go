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

	"github.com/digitale-helgeland/veiviser/phase"
)

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
