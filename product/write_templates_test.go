package product

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/digitale-helgeland/veiviser/phase"
)

// TestEmbeddedTemplates holds every file in templates/ to a row of
// digdirFiles, each row to an embedded template that DigdirTemplate finds
// and to a version with a table of headings.
func TestEmbeddedTemplates(t *testing.T) {
	dir := "templates"
	files, err := filepath.Glob(filepath.Join(dir, "*.docx"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no templates in %s: %v", dir, err)
	}
	var listed []string
	for _, f := range digdirFiles {
		listed = append(listed, f.file)
		if _, err := os.Stat(filepath.Join(dir, f.file)); err != nil {
			t.Errorf("%s: %v", f.file, err)
		}
		if got, ok := DigdirTemplate(f.template, f.language, f.version); !ok || len(got) == 0 {
			t.Errorf("%s: DigdirTemplate(%s, %s, %s) finds nothing", f.file, f.template, f.language, f.version)
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
