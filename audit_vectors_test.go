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
	"strconv"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/canon"
	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/phase"
)

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
	d.CaseNumber = "2022/4711"
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
