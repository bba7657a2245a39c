package veiviser

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/internal/jsonschema"
	"github.com/digitale-helgeland/veiviser/phase"
)

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
