package veiviser

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/phase"
)

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
