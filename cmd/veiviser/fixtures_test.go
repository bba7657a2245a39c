package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// fixtures are the files every script starts with, by name, all made from
// the repository's own files:
//
//	helgeland.json  examples/helgeland/mandat.json, a mandate without its template
//	asker.json      examples/asker/mandat.json, a Prosjektmandat (template 2.5)
//	mandate.json    the Helgeland mandate as a stored document (product.Encode)
//	nonull.json     the same without its null alternative (the first of its concepts)
//	v1.json         testdata/v1/project.json, a project of schema version 1
//	v2.json         testdata/v1/project.v2.json, the same in version 2, in execution
//	schema.json     testdata/schema/project.schema.json, the schema of a stored project
//	template.docx   Digdir's Word template "Mandat for konseptfasen" 4.0.0 (product/templates)
//	governing.docx  Digdir's Word template "Styringsdokument" 4.0 (product/templates)
//	helgeland.txt   the text export of the Helgeland mandate (examples/helgeland/testdata)
//	helgeland.md    a Markdown mandate (internal/outline/testdata/mandat.md)
//	idea.json       a new project with the Helgeland mandate as it is: BP1 is refused
//	ready.json      a state project that affects municipalities, ready for BP1
//	stopped.json    a state project stopped at BP2, its investment not known
//	dh.json         report/testdata/projects/DH-2020.json, Digitale Helgeland in concept, answers dated
type fixtures map[string][]byte

// newFixtures makes the fixtures from the repository at root.
func newFixtures(root string) (fixtures, error) {
	f := fixtures{}
	for name, from := range map[string]string{
		"helgeland.json": "examples/helgeland/mandat.json",
		"asker.json":     "examples/asker/mandat.json",
		"v1.json":        "testdata/v1/project.json",
		"v2.json":        "testdata/v1/project.v2.json",
		"schema.json":    "testdata/schema/project.schema.json",
		"template.docx":  "product/templates/Mandat_for_konseptfasen_v4.0.0.docx",
		"governing.docx": "product/templates/Styringsdokument_v4.0.docx",
		"helgeland.txt":  "examples/helgeland/testdata/mandat-digitale-helgeland.txt",
		"helgeland.md":   "internal/outline/testdata/mandat.md",
		"dh.json":        "report/testdata/projects/DH-2020.json",
	} {
		b, err := os.ReadFile(filepath.Join(root, from))
		if err != nil {
			return nil, err
		}
		f[name] = b
	}
	mandate := func() (*product.Mandate, error) {
		var m product.Mandate
		if err := json.Unmarshal(f["helgeland.json"], &m); err != nil {
			return nil, fmt.Errorf("helgeland.json: %w", err)
		}
		return &m, nil
	}
	m, err := mandate()
	if err != nil {
		return nil, err
	}
	if f["mandate.json"], err = product.Encode(m); err != nil {
		return nil, err
	}
	if f["mandate.json"], err = indentJSON(f["mandate.json"]); err != nil {
		return nil, err
	}

	// The Helgeland mandate without its null alternative, the first of
	// its concepts.
	if m, err = mandate(); err != nil {
		return nil, err
	}
	m.ConceptPhase.Concepts = m.ConceptPhase.Concepts[1:]
	if f["nonull.json"], err = product.Encode(m); err != nil {
		return nil, err
	}
	if f["nonull.json"], err = indentJSON(f["nonull.json"]); err != nil {
		return nil, err
	}

	if m, err = mandate(); err != nil {
		return nil, err
	}
	idea, err := veiviser.NewProject(veiviser.ProjectConfig{ID: "DH-2020", Name: "Digitale Helgeland", Agency: "Vefsn kommune"})
	if err != nil {
		return nil, err
	}
	idea.Description = "Samarbeid om digitalisering mellom kommunene på Helgeland."
	idea.Documents = append(idea.Documents, m)

	if m, err = mandate(); err != nil {
		return nil, err
	}
	m.ConceptPhase.Results.PhasePlan = product.Section{Text: "Faseplan for planleggingsfasen utarbeides i konseptfasen."}
	ready, err := veiviser.NewProject(veiviser.ProjectConfig{ID: "FDP-2024", Name: "Felles digital postkasse", Agency: "Statens digitaliseringsenhet", StateAffectingMunicipalities: true})
	if err != nil {
		return nil, err
	}
	ready.Description = "Ny tjeneste for digital post, også til kommunene; styrt av Nils Dahl."
	inv := benefit.Kroner(12_000_000)
	ready.Investment = &inv
	ready.Stakeholders.Roles = stakeholder.Roles{{Role: stakeholder.ProjectOwner, Position: "direktør", Person: "Nils Dahl"}}
	ready.Documents = append(ready.Documents, m)
	bp1, fs := m.Checklist.Checklist(checklist.Note{By: "Prosjektleder", On: phase.MustDate("01.02.2024")})
	if fs.HasErrors() {
		return nil, fmt.Errorf("BP1 checklist: %v", fs)
	}
	if err := ready.Checklists.Put(bp1); err != nil {
		return nil, err
	}

	stopped, err := veiviser.NewProject(veiviser.ProjectConfig{
		ID: "KP-2023", Name: "Kartløsning for planbehandling", Agency: "Kartverket", StateAffectingMunicipalities: true,
		History: []phase.Decision{
			{Point: phase.BP1, Outcome: phase.Approved, Date: phase.MustDate("01.03.2023"), Body: "Ledergruppen", DecidedBy: "Kartverkets direktør"},
			{Point: phase.BP2, Outcome: phase.Stopped, Date: phase.MustDate("29.02.2024"), Body: "Ledergruppen", DecidedBy: "Kartverkets direktør", CaseNumber: phase.CaseNumber{Year: 2024, Sequence: 77}},
		},
	})
	if err != nil {
		return nil, err
	}
	for name, p := range map[string]*veiviser.Project{"idea.json": idea, "ready.json": ready, "stopped.json": stopped} {
		b, err := json.Marshal(p)
		if err != nil {
			return nil, err
		}
		if f[name], err = indentJSON(b); err != nil {
			return nil, err
		}
	}
	return f, nil
}

// indentJSON lays b out as the repository's JSON files are: indented with tabs,
// ending in a newline.
func indentJSON(b []byte) ([]byte, error) {
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "\t"); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return out.Bytes(), nil
}

// names returns the names of the fixtures that check reads today (the
// stored JSON), sorted.
func (f fixtures) names() []string {
	var names []string
	for n := range f {
		if n == "schema.json" || filepath.Ext(n) != ".json" {
			continue
		}
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}

// write writes the fixtures into dir.
func (f fixtures) write(dir string) error {
	for name, b := range f {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
