package product

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/phase"
)

// shippedTemplates are Digdir's Word templates as internal/ooxml keeps
// them (product/templates; Digdir / Prosjektveiviseren, NLOD), with
// what Read must recognise in each.
var shippedTemplates = []struct {
	file     string
	template Template
	lang     phase.Language
	version  string
}{
	{"Mandat_for_konseptfasen_v4.0.0.docx", TemplateMandate, phase.Bokmal, "4.0"},
	{"Nynorsk_-_mandat_for_konseptfasen_v4.0.docx", TemplateMandate, phase.Nynorsk, "4.0"},
	{"Mandat_for_konseptfasen_v3.0.docx", TemplateMandate, phase.Bokmal, "3.0"},
	{"Prosjektforslag_v4.0.docx", TemplateProjectProposal, phase.Bokmal, "4.0"},
	{"Nynorsk_-_prosjektforslag_v4.0.docx", TemplateProjectProposal, phase.Nynorsk, "4.0"},
	{"Prosjektbegrunnelse_v4.0.docx", TemplateBusinessCase, phase.Bokmal, "4.0"},
	{"Nynorsk_-_prosjektgrunngjeving_v4.0.docx", TemplateBusinessCase, phase.Nynorsk, "4.0"},
	{"Styringsdokument_v4.0.docx", TemplateGoverningDocument, phase.Bokmal, "4.0"},
	{"Nynorsk_-_styringsdokument_v4.0.docx", TemplateGoverningDocument, phase.Nynorsk, "4.0"},
	{"Gevinstrealiseringsplan_v4.0.docx", TemplateBenefitPlan, phase.Bokmal, "4.0"},
	{"Nynorsk_-_gevinstrealiseringsplan_v4.0.docx", TemplateBenefitPlan, phase.Nynorsk, "4.0"},
	{"Sluttrapport_v5.0.docx", TemplateFinalReport, phase.Bokmal, "5.0"},
	{"Nynorsk_-_sluttrapport_v5.0.docx", TemplateFinalReport, phase.Nynorsk, "5.0"},
}

func templateBytes(t testing.TB, file string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(templatesDir, file))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestReadShippedTemplates reads every Digdir template as shipped: the
// template, language and version are recognised; no guidance is taken
// for an answer; every section with a heading is found, so the reader
// reports none missing; and Validate reports every required section of
// text as unanswered. The reader's findings on all of them are held in
// testdata/read/templates.golden.
func TestReadShippedTemplates(t *testing.T) {
	var all strings.Builder
	for _, tc := range shippedTemplates {
		t.Run(tc.file, func(t *testing.T) {
			im, err := Read(templateBytes(t, tc.file), ReadOptions{})
			if err != nil {
				t.Fatal(err)
			}
			if im.Template != tc.template || im.Language != tc.lang || im.Version != tc.version || im.Format != FormatDocx {
				t.Errorf("recognised %v %v %q %v, want %v %v %q docx", im.Template, im.Language, im.Version, im.Format, tc.template, tc.lang, tc.version)
			}
			if h := im.Document.Head(); h.TemplateVersion != tc.version || h.Status != StatusDraft {
				t.Errorf("header: version %q, status %v", h.TemplateVersion, h.Status)
			}
			fmt.Fprintf(&all, "%s (%s %s %s)\n", tc.file, im.Template, im.Version, im.Language)
			for _, f := range im.Findings {
				if string(f.Code) == tc.template.Product().String()+"."+codeSectionMissing {
					t.Errorf("%s: %s", f.Path, f.Message.EN)
				}
				if f.Location.IsZero() {
					t.Errorf("%s %s: no location", f.Code, f.Path)
				}
				fmt.Fprintf(&all, "  %s %s %s @ %s\n", f.Severity, f.Code, f.Path, f.Location)
			}
			noGuidanceTaken(t, im)
			for _, key := range blankReported(t, im) {
				fmt.Fprintf(&all, "  answered by the template's own text: %s\n", key)
			}
		})
	}
	golden.Check(t, filepath.Join("testdata", "read", "templates.golden"), []byte(all.String()))
}

// TestReadShippedDecisionBoxes checks the decision boxes of the templates
// as shipped, whose merged cells the grid repeats: each placeholder is read
// as the value of its label, as written, for Validate to report.
func TestReadShippedDecisionBoxes(t *testing.T) {
	for _, tc := range []struct {
		file    string
		project string
		box     DecisionBox
		by      string
	}{
		{"Mandat_for_konseptfasen_v4.0.0.docx", "<prosjektnavn>", DecisionBox{
			ProcessedDate: DateField{Text: "<dato>"}, ProcessedBy: "<navn>",
			Decision:      "<Starte en konseptfase / ikke starte en konseptfase / øvrige vurderinger må gjøres>",
			NextPhaseDone: DateField{Text: "<dato>"},
		}, "<navn>"},
		{"Nynorsk_-_mandat_for_konseptfasen_v4.0.docx", "<Namn på Prosjektet>", DecisionBox{
			ProcessedDate: DateField{Text: "<dato>"}, ProcessedBy: "<namn>",
			Decision:      "<Vi kan starte ein konseptfase / Vi kan ikkje starte ein konseptfase / Det må gjerast andre vurderingar>",
			NextPhaseDone: DateField{Text: "<dato>"},
		}, "<namn>"},
		{"Sluttrapport_v5.0.docx", "<PROSJEKTNAVN>", DecisionBox{
			ProcessedDate: DateField{Text: "<dato>"}, ProcessedBy: "<navn>", Decision: "<Godkjent / ikke godkjent>",
		}, "<navn>"},
		{"Gevinstrealiseringsplan_v4.0.docx", "<PROSJEKTNAVN>", DecisionBox{
			ProcessedDate: DateField{Text: "<dato>"}, ProcessedBy: "<navn>", Decision: "<Godkjent / ikke godkjent / øvrige vurderinger må gjøres >",
		}, "<navn>"},
	} {
		im, err := Read(templateBytes(t, tc.file), ReadOptions{})
		if err != nil {
			t.Fatal(err)
		}
		h := im.Document.Head()
		if h.Project != tc.project || h.PreparedBy != tc.by {
			t.Errorf("%s: project %q, prepared by %q", tc.file, h.Project, h.PreparedBy)
		}
		if d := cmp.Diff(tc.box, h.Decision); d != "" {
			t.Errorf("%s: decision box (-want +got):\n%s", tc.file, d)
		}
		if _, ok := im.Locate("header.decision.processedDate"); !ok {
			t.Errorf("%s: the decision box has no location", tc.file)
		}
	}
}

// TestReadConcurrent reads the templates from several goroutines at once
// (run with -race): Read shares only what it derives once from the section
// tables.
func TestReadConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	for _, tc := range shippedTemplates {
		raw := templateBytes(t, tc.file)
		for range 2 {
			wg.Go(func() {
				if _, err := Read(raw, ReadOptions{}); err != nil {
					t.Error(err)
				}
			})
		}
	}
	wg.Wait()
}

// noGuidanceTaken checks that no text of the document read holds a
// guidance paragraph of its template version.
func noGuidanceTaken(t *testing.T, im *Imported) {
	t.Helper()
	b, err := json.Marshal(im.Document)
	if err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatal(err)
	}
	var texts []string
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case string:
			texts = append(texts, fold(v))
		case []any:
			for _, x := range v {
				walk(x)
			}
		case map[string]any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(v)
	tv, _ := versionOf(im.Template, im.Version)
	for _, s := range tv.sections {
		for _, g := range append(s.guidance.nb, s.guidance.nn...) {
			g = fold(g)
			if len(g) < 40 {
				continue
			}
			for _, x := range texts {
				if strings.Contains(x, g) {
					t.Errorf("%s %s: guidance %.60q… taken as text", s.number, s.title.NB, g)
				}
			}
		}
	}
}

// blankReported checks that Validate reports every required section of
// text (a Section field with a key) of the template as shipped, and
// returns the keys of those the template's own text (not guidance)
// answers.
func blankReported(t *testing.T, im *Imported) []string {
	t.Helper()
	fs := im.Document.Validate()
	tv, _ := versionOf(im.Template, im.Version)
	var answered []string
	for _, c := range candidatesOf(im.Template, tv) {
		kt, ok := typeAt(reflect.TypeOf(im.Document), c.key)
		if c.key == "" || !c.required || !ok || kt.typ != rtSection {
			continue
		}
		if v, _ := valueAt(reflect.ValueOf(im.Document), c.key); v.Interface().(Section).Answered() {
			answered = append(answered, c.key)
			continue
		}
		found := false
		for _, f := range fs {
			if f.Path == c.key || strings.HasPrefix(f.Path, c.key+".") {
				found = true
			}
		}
		if !found {
			t.Errorf("%s %s: Validate reports nothing for the unanswered section", c.number, c.key)
		}
	}
	return answered
}
