package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
	"github.com/google/go-cmp/cmp"
)

// wordResult is what check would make of a Word document: a finding with a
// heading and a paragraph, which no JSON input has.
func wordResult() checked {
	return checked{
		file: "docs/mandat.docx", format: formatWord, template: "mandate", tmpl: product.TemplateMandate,
		language: "nb", version: "4.0",
		findings: phase.Findings{{
			Code: "mandate.section_blank", Path: "background", Severity: phase.SeverityError,
			Message: phase.Text{NB: "«Bakgrunn» er ikke besvart", NN: "«Bakgrunn» er ikkje svara på", EN: "“Background” is not answered"},
		}},
		locate: func(string) location { return location{Heading: "Bakgrunn", Paragraph: 12} },
	}
}

// TestExportSeam plugs a reader of Word documents into the seam and checks
// that check takes its document, language and locations, and that without
// one such input is not yet supported.
func TestExportSeam(t *testing.T) {
	dir := t.TempDir()
	docx := filepath.Join(dir, "mandat.docx")
	if err := os.WriteFile(docx, []byte("PK\x03\x04 not really a zip"), 0o644); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join("..", "..", "examples", "helgeland", "mandat.json"))
	if err != nil {
		t.Fatal(err)
	}
	var m product.Mandate
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	m.Header.TemplateVersion = "4.0"

	c := newCLI(nil, nil, nil)
	c.readExport = nil
	if _, err := c.check(docx); !errors.Is(err, errNotYet) {
		t.Fatalf("check of a .docx without a reader: got %v, want errNotYet", err)
	}

	var gotFormat format
	c.readExport = func(f format, data []byte) (exportReading, error) {
		gotFormat = f
		return exportReading{
			Document: &m, Language: "nn",
			Locate: func(path string) location { return location{Heading: "Faseplan for planleggingsfasen", Paragraph: 40} },
			Findings: phase.Findings{{Code: "text.heading_unknown", Path: "header.extra[0]", Severity: phase.SeverityInfo,
				Message: phase.Text{NB: "Overskriften finnes ikke i malen", NN: "Overskrifta finst ikkje i malen", EN: "The template has no such heading"}}},
		}, nil
	}
	r, err := c.check(docx)
	if err != nil {
		t.Fatal(err)
	}
	if gotFormat != formatWord {
		t.Errorf("reader got format %v, want %v", gotFormat, formatWord)
	}
	var b bytes.Buffer
	if err := writeJSON(&b, []checked{r}); err != nil {
		t.Fatal(err)
	}
	var rep report
	if err := json.Unmarshal(b.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	f := rep.Files[0]
	if diff := cmp.Diff(fileReport{File: docx, Template: "mandate", Language: "nn", Version: "4.0"}, fileReport{File: f.File, Template: f.Template, Language: f.Language, Version: f.Version}); diff != "" {
		t.Errorf("file (-want +got):\n%s", diff)
	}
	if len(f.Findings) != 6 {
		t.Fatalf("got %d findings, want 6 (5 of the mandate, 1 of reading)", len(f.Findings))
	}
	last := f.Findings[len(f.Findings)-1]
	if last.Code != "text.heading_unknown" || last.Location == nil || *last.Location != (location{Heading: "Faseplan for planleggingsfasen", Paragraph: 40}) {
		t.Errorf("last finding %+v, location %v: want text.heading_unknown with heading and paragraph", last, last.Location)
	}
	b.Reset()
	writeText(&b, []checked{r}, phase.Bokmal)
	if want := "(«Faseplan for planleggingsfasen», avsnitt 40)"; !strings.Contains(b.String(), want) {
		t.Errorf("text report has no %q:\n%s", want, b.String())
	}
}
