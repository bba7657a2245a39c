package veiviser

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/internal/jsonschema"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// FuzzDecodeProject: Decode never panics, and whatever it accepts encodes
// and decodes again to the same bytes.
func FuzzDecodeProject(f *testing.F) {
	full, err := json.Marshal(sampleProject(f))
	if err != nil {
		f.Fatal(err)
	}
	empty, err := json.Marshal(mustProject(ProjectConfig{ID: "P1", Name: "Prosjekt", Agency: "Etat"}))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(full)
	f.Add(empty)
	f.Add(full[:len(full)/3])
	f.Add([]byte(strings.Replace(string(empty), `"schemaVersion":1`, `"schemaVersion":7`, 1)))
	f.Add([]byte(`{"schemaVersion":1}`))
	f.Add([]byte(`{"schemaVersion":1,"lifecycle":{"model":{},"history":[]},"audit":[],"stakeholders":{}}`))
	f.Fuzz(func(t *testing.T, in []byte) {
		p, err := Decode(bytes.NewReader(in), DecodeOptions{MaxBytes: 1 << 20})
		// The version is read where Encode writes it; with a space
		// before it, from the whole: the same acceptance.
		if rest, ok := bytes.CutPrefix(in, []byte(`{"schemaVersion"`)); ok && len(in) < 1<<20 {
			_, err2 := Decode(bytes.NewReader(append([]byte(`{ "schemaVersion"`), rest...)), DecodeOptions{MaxBytes: 1 << 20})
			if (err == nil) != (err2 == nil) {
				t.Fatalf("Decode: as written %v; with a space %v", err, err2)
			}
		}
		if err != nil {
			return
		}
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatalf("decoded project does not encode: %v", err)
		}
		q, err := Decode(bytes.NewReader(b), DecodeOptions{})
		if err != nil {
			t.Fatalf("re-decoding %s: %v", b, err)
		}
		b2, err := json.Marshal(q)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, b2) {
			t.Fatalf("round trip changed\n%s\nto\n%s", b, b2)
		}
	})
}

// TestUnknownFieldEverywhere: an unknown key at any depth of a stored
// project (its own fields, a document, the benefit plan, the stakeholder
// register, a checklist) is one error: a *phase.PathError with the path
// in the project, matching phase.ErrUnknownField, naming the module once.
func TestUnknownFieldEverywhere(t *testing.T) {
	good, err := json.Marshal(sampleProject(t))
	if err != nil {
		t.Fatal(err)
	}
	s := string(good)
	tests := []struct {
		name, old, new, path string
	}{
		{"project", `"agency":`, `"agencyy":1,"agency":`, "agencyy"},
		{"document", `"template":"mandate","document":{`, `"template":"mandate","document":{"bakgrunn":"x",`, "documents[0].document.bakgrunn"},
		{"stakeholder register", `,"stakeholders":{"`, `,"stakeholders":{"interessenter":[],"`, "stakeholders.interessenter"},
		{"checklist", `"bp1":{`, `"bp1":{"sjekk":1,`, "checklists.bp1.sjekk"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(s, tt.old) {
				t.Fatalf("fixture lacks %s", tt.old)
			}
			i := strings.LastIndex(s, tt.old) // the project's own key comes after its documents'
			_, err := Decode(strings.NewReader(s[:i]+tt.new+s[i+len(tt.old):]), DecodeOptions{})
			var pe *phase.PathError
			if !errors.As(err, &pe) || !errors.Is(err, phase.ErrUnknownField) {
				t.Fatalf("Decode = %v, want a *phase.PathError matching phase.ErrUnknownField", err)
			}
			if pe.Path != tt.path {
				t.Errorf("path %q, want %q", pe.Path, tt.path)
			}
			if n := strings.Count(err.Error(), "veiviser"); n != 1 {
				t.Errorf("%q names the module %d times", err, n)
			}
		})
	}
}

var schemaPath = filepath.Join("testdata", "schema", "project.schema.json")

// TestSchemaIsCurrent fails when the schema kept in the repository differs
// from the one the types give; go test -update rewrites it.
func TestSchemaIsCurrent(t *testing.T) {
	got, err := JSONSchema()
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, schemaPath, got)
}

// TestSchemaMatchesEncoding checks what the package writes against the
// schema it publishes: a full project with every document, answered
// checklists, roles and decisions, a new project, and a tailored one.
func TestSchemaMatchesEncoding(t *testing.T) {
	schema, err := JSONSchema()
	if err != nil {
		t.Fatal(err)
	}
	full := sampleProject(t)
	m, err := phase.NewModel(phase.Tailoring{Name: "Kommune X", WithoutIdea: true, ExecutionSubPhases: 2,
		Skips: []phase.Skip{{Phase: phase.Closure, Justification: "Overlevering i siste delfase"}}})
	if err != nil {
		t.Fatal(err)
	}
	tailored := mustProject(ProjectConfig{ID: "P2", Name: "Tilpasset", Agency: "Kommune X", Model: m, StateAffectingMunicipalities: true})
	own := checklist.MustBP(phase.BP2)
	own.ID, own.Point, own.Phase = "org-planning", 0, phase.Planning
	if err := tailored.Checklists.Put(own); err != nil {
		t.Fatal(err)
	}
	for name, p := range map[string]*Project{
		"full":     full,
		"new":      mustProject(ProjectConfig{ID: "P1", Name: "Nytt prosjekt", Agency: "Etat"}),
		"tailored": tailored,
	} {
		b, err := json.Marshal(p)
		if err != nil {
			t.Fatal(err)
		}
		if err := jsonschema.Check(schema, b); err != nil {
			t.Errorf("%s: the encoded project does not match the schema: %v", name, err)
		}
	}
	// And the schema is strict enough to notice a stray field.
	b, _ := json.Marshal(full)
	bad := strings.Replace(string(b), `"agency":`, `"agencyy":"x","agency":`, 1)
	if err := jsonschema.Check(schema, []byte(bad)); err == nil {
		t.Error("the schema accepted an unknown field")
	}
}

// TestDecodeErrorsCarryInnerPath checks that an error inside the stored
// history, the stakeholder register or the checklists names the place in
// its path (lifecycle.history[3].date), not only in its message.
func TestDecodeErrorsCarryInnerPath(t *testing.T) {
	base := string(mutationBase(t))
	tests := []struct {
		name, old, new, path string
		err                  error
	}{
		{"decision dated before the one before", `"outcome":"approved","date":"2021-06-28"`, `"outcome":"approved","date":"2020-01-01"`,
			"lifecycle.history[3].date", phase.ErrInvalidHistory},
		{"decision at the wrong point", `"point":"bp3","outcome":"approved"`, `"point":"bp5","outcome":"approved"`,
			"lifecycle.history[3].point", phase.ErrInvalidHistory},
		{"decision with an unknown outcome", `"point":"bp2","outcome":"approved"`, `"point":"bp2","outcome":"maybe"`,
			"lifecycle.history[2].outcome", phase.ErrUnknownValue},
		{"decision with a date that is none", `"date":"2020-05-28"`, `"date":"2020-02-30"`,
			"lifecycle.history[1].date", phase.ErrInvalidDate},
		{"case number as people write it", `"outcome":"sent_back",`, `"outcome":"sent_back","caseNumber":"2020 / 1234",`,
			"lifecycle.history[0].caseNumber", phase.ErrInvalidReference},
		{"case number with a two-digit year", `"outcome":"sent_back",`, `"outcome":"sent_back","caseNumber":"20/123",`,
			"lifecycle.history[0].caseNumber", phase.ErrInvalidReference},
		{"membership its history does not lead to", `{"organisation":"alstahaug","state":"signed"`, `{"organisation":"alstahaug","state":"declined"`,
			"stakeholders.memberships[0].state", phase.ErrNotAllowed},
		{"membership event unknown", `"action":"sign"`, `"action":"join"`,
			"stakeholders.memberships[0].history[0].action", phase.ErrUnknownValue},
		{"stakeholder with an unknown level", `"influence":"high"`, `"influence":"huge"`,
			"stakeholders.stakeholders[", phase.ErrUnknownValue},
		{"checklist answer of another kind", `"answer":{"bool":"yes"}`, `"answer":{"option":"yes"}`,
			"checklists.bp1.items[0].history[0].answer", checklist.ErrInvalidChecklist},
		{"checklist item of an unknown kind", `"kind":"yes_no"`, `"kind":"maybe"`,
			"checklists.bp1.items[0].kind", phase.ErrUnknownValue},
		{"checklist answer dated as people write", `"by":"Prosjektleder","on":"2020-02-01"`, `"by":"Prosjektleder","on":"1.2.2020"`,
			"checklists.bp1.items[0].history[0].on", phase.ErrNotStored},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !strings.Contains(base, tt.old) {
				t.Fatalf("the base has no %s", tt.old)
			}
			// In the lifecycle, not in the audit log, which comes first
			// and records the decisions too.
			at := 0
			if strings.HasPrefix(tt.path, "lifecycle") {
				at = strings.Index(base, `"lifecycle":`)
			}
			in := base[:at] + strings.Replace(base[at:], tt.old, tt.new, 1)
			_, err := Decode(strings.NewReader(in), DecodeOptions{})
			var pe *phase.PathError
			if !errors.As(err, &pe) || !strings.HasPrefix(pe.Path, tt.path) || !errors.Is(err, tt.err) {
				t.Errorf("Decode = %v; want a *phase.PathError at %s wrapping %v", err, tt.path, tt.err)
			}
		})
	}
}

// TestEncodeErrorsCarryInnerPath checks that an error encoding a part of
// a project (a checklist, the stakeholder register) names the place in
// the project in its path, not only in its message.
func TestEncodeErrorsCarryInnerPath(t *testing.T) {
	tests := []struct {
		name string
		edit func(p *Project)
		path string
		err  error
	}{
		{"checklist level", func(p *Project) { p.Checklists.At(phase.BP2).Level = 0 }, "checklists.bp2.level", phase.ErrUnknownValue},
		{"membership without organisation", func(p *Project) {
			p.Stakeholders.Memberships = append(p.Stakeholders.Memberships, stakeholder.Membership{})
		}, "stakeholders.memberships[0]", stakeholder.ErrInvalidMembership},
		{"stakeholder level", func(p *Project) {
			p.Stakeholders.Stakeholders = append(p.Stakeholders.Stakeholders, stakeholder.Stakeholder{ID: "S1", Group: "g", Category: 1}, stakeholder.Stakeholder{ID: "S2", Group: "g", Category: 1, Influence: 9})
		}, "stakeholders.stakeholders[1].influence", phase.ErrUnknownValue},
		{"role", func(p *Project) { p.Stakeholders.Roles[1].Role = 99 }, "stakeholders.roles[1].role", phase.ErrUnknownValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := sampleProject(t)
			tt.edit(p)
			_, err := json.Marshal(p)
			var pe *phase.PathError
			if !errors.As(err, &pe) || pe.Path != tt.path || !errors.Is(err, tt.err) {
				t.Errorf("Marshal = %v; want a *phase.PathError at %s wrapping %v", err, tt.path, tt.err)
			}
		})
	}
}

// TestStoredVersion holds the schema version read where Encode writes it
// to the version read from the whole project: the same project or the same
// error, with the version written as Encode writes it or otherwise.
func TestStoredVersion(t *testing.T) {
	b, err := json.Marshal(sampleProject(t))
	if err != nil {
		t.Fatal(err)
	}
	rest := strings.TrimPrefix(string(b), `{"schemaVersion":3,`)
	tests := []struct{ fast, slow string }{
		{string(b), `{ "schemaVersion":3,` + rest},
		{`{"schemaVersion":3.0,` + rest, `{ "schemaVersion":3.0,` + rest},
		{`{"schemaVersion":4,` + rest, `{ "schemaVersion":4,` + rest},
		{`{"schemaVersion":0,` + rest, `{ "schemaVersion":0,` + rest},
		{`{"schemaVersion":30,` + rest, `{ "schemaVersion":30,` + rest},
		{`{"schemaVersion":3}`, `{ "schemaVersion":3}`},
		{`{"schemaVersion":3,` + rest + `}`, `{ "schemaVersion":3,` + rest + `}`},
		{`{"schemaVersion":3,"schemaVersion":2,` + rest, `{ "schemaVersion":3,"schemaVersion":2,` + rest},
	}
	for _, tt := range tests {
		p1, err1 := Decode(strings.NewReader(tt.fast), DecodeOptions{})
		p2, err2 := Decode(strings.NewReader(tt.slow), DecodeOptions{})
		if fmt.Sprint(err1) != fmt.Sprint(err2) {
			t.Errorf("%.40s…:\n as Encode writes it: %v\n otherwise: %v", tt.fast, err1, err2)
		}
		if (p1 == nil) != (p2 == nil) {
			t.Errorf("%.40s…: project %v, %v", tt.fast, p1 != nil, p2 != nil)
		}
	}
}
