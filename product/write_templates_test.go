package product

import (
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/digitale-helgeland/veiviser/phase"
)

// TestEmbeddedTemplates holds the embedded templates to Digdir's files in
// internal/ooxml/testdata/templates, byte for byte, and each row of
// digdirFiles to a version with a table of headings.
func TestEmbeddedTemplates(t *testing.T) {
	dir := filepath.Join("..", "internal", "ooxml", "testdata", "templates")
	files, err := filepath.Glob(filepath.Join(dir, "*.docx"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no templates in %s: %v", dir, err)
	}
	var listed []string
	for _, f := range digdirFiles {
		listed = append(listed, f.file)
		want, err := os.ReadFile(filepath.Join(dir, f.file))
		if err != nil {
			t.Errorf("%s: %v", f.file, err)
			continue
		}
		got, ok := DigdirTemplate(f.template, f.language, f.version)
		if !ok || !bytes.Equal(got, want) {
			t.Errorf("%s: embedded copy differs from %s", f.file, dir)
		}
		if _, ok := versionOf(f.template, f.version); !ok {
			t.Errorf("%s: %s has no table of headings for version %s", f.file, f.template, f.version)
		}
	}
	for _, f := range files {
		if !slices.Contains(listed, filepath.Base(f)) {
			t.Errorf("%s is not embedded", filepath.Base(f))
		}
	}
	if embedded, _ := digdirFS.ReadDir("templates"); len(embedded) != len(digdirFiles) {
		t.Errorf("%d files embedded, %d listed", len(embedded), len(digdirFiles))
	}

	a, _ := DigdirTemplate(TemplateMandate, phase.Bokmal, "")
	a[0] = 'X'
	if b, _ := DigdirTemplate(TemplateMandate, phase.Bokmal, "4.0"); b[0] != 'P' {
		t.Error("DigdirTemplate returns shared bytes")
	}
	for _, c := range []struct {
		t Template
		l phase.Language
		v string
	}{
		{TemplateMandate, phase.English, ""},
		{TemplateMandate, phase.Nynorsk, "3.0"},
		{TemplatePhasePlan, phase.Bokmal, ""},
		{TemplateProjectMandate, phase.Bokmal, ""},
		{Template(0), phase.Bokmal, ""},
	} {
		if _, ok := DigdirTemplate(c.t, c.l, c.v); ok {
			t.Errorf("DigdirTemplate(%v, %v, %q) found a template", c.t, c.l, c.v)
		}
	}
}
