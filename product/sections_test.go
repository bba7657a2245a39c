package product

import (
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
	"github.com/digitale-helgeland/veiviser/phase"
)

// templatesDir holds Digdir's Word templates (NLOD), copied into the
// repository for internal/ooxml.
const templatesDir = "templates"

// templateFiles names the Word file of each template, version and language
// in templatesDir.
var templateFiles = []struct {
	file    string
	tmpl    Template
	version string
	lang    phase.Language
}{
	{"Mandat_for_konseptfasen_v4.0.0.docx", TemplateMandate, "4.0", phase.Bokmal},
	{"Nynorsk_-_mandat_for_konseptfasen_v4.0.docx", TemplateMandate, "4.0", phase.Nynorsk},
	{"Mandat_for_konseptfasen_v3.0.docx", TemplateMandate, "3.0", phase.Bokmal},
	{"Prosjektforslag_v4.0.docx", TemplateProjectProposal, "4.0", phase.Bokmal},
	{"Nynorsk_-_prosjektforslag_v4.0.docx", TemplateProjectProposal, "4.0", phase.Nynorsk},
	{"Prosjektbegrunnelse_v4.0.docx", TemplateBusinessCase, "4.0", phase.Bokmal},
	{"Nynorsk_-_prosjektgrunngjeving_v4.0.docx", TemplateBusinessCase, "4.0", phase.Nynorsk},
	{"Styringsdokument_v4.0.docx", TemplateGoverningDocument, "4.0", phase.Bokmal},
	{"Nynorsk_-_styringsdokument_v4.0.docx", TemplateGoverningDocument, "4.0", phase.Nynorsk},
	{"Gevinstrealiseringsplan_v4.0.docx", TemplateBenefitPlan, "4.0", phase.Bokmal},
	{"Nynorsk_-_gevinstrealiseringsplan_v4.0.docx", TemplateBenefitPlan, "4.0", phase.Nynorsk},
	{"Sluttrapport_v5.0.docx", TemplateFinalReport, "5.0", phase.Bokmal},
	{"Nynorsk_-_sluttrapport_v5.0.docx", TemplateFinalReport, "5.0", phase.Nynorsk},
}

// heading is a heading as the tests compare it.
type heading struct {
	Number string
	Level  int
	Text   string
}

// collapse trims s and makes every run of white space one space, as the
// section tables do with Digdir's headings.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// readTemplate reads a Word file of templatesDir.
func readTemplate(t *testing.T, file string) *ooxml.Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(templatesDir, file))
	if err != nil {
		t.Fatal(err)
	}
	d, err := ooxml.ReadBytes(b, ooxml.Options{})
	if err != nil {
		t.Fatalf("%s: %v", file, err)
	}
	return d
}

// numberer numbers headings as Word numbers them by level: 1, 1.1, 1.2, 2.
type numberer [9]int

func (n *numberer) next(level int) string {
	n[level-1]++
	clear(n[level:])
	parts := make([]string, level)
	for i := range level {
		parts[i] = strconv.Itoa(n[i])
	}
	return strings.Join(parts, ".")
}

// outline returns the headings of d, skipping the table of contents and
// empty heading paragraphs, numbered by level, with their paragraphs.
func outline(d *ooxml.Document) ([]heading, []*ooxml.Paragraph) {
	var hs []heading
	var ps []*ooxml.Paragraph
	var n numberer
	for p := range d.Headings() {
		text := collapse(p.Text)
		if text == "" {
			continue
		}
		hs = append(hs, heading{Number: n.next(p.Heading), Level: p.Heading, Text: text})
		ps = append(ps, p)
	}
	return hs, ps
}

// tableOutline returns the headings of a section table in language l.
func tableOutline(ss []section, l phase.Language) []heading {
	var hs []heading
	for _, s := range ss {
		hs = append(hs, heading{Number: s.number, Level: s.level, Text: s.title.In(l)})
	}
	return hs
}

// TestSectionsMatchTemplates holds every section table to Digdir's Word
// files: the headings in order, their levels, numbers and texts, letter for
// letter once white space is collapsed; and for bokmål, whose tables of
// contents Word left up to date, the numbers and texts of the table of
// contents too.
func TestSectionsMatchTemplates(t *testing.T) {
	for _, f := range templateFiles {
		t.Run(f.file, func(t *testing.T) {
			ss := sectionsOf(f.tmpl, f.version)
			if ss == nil {
				t.Fatalf("no table for %v %s", f.tmpl, f.version)
			}
			d := readTemplate(t, f.file)
			got, _ := outline(d)
			if diff := cmp.Diff(tableOutline(ss, f.lang), got); diff != "" {
				t.Errorf("headings (-table +document):\n%s", diff)
			}
			if f.lang != phase.Bokmal {
				return
			}
			var want []heading
			for _, s := range ss {
				h := heading{Number: s.number, Text: s.title.NB}
				if strings.HasPrefix(h.Text, s.number+" ") {
					h.Number = "" // typed into the text, not numbered by Word
				}
				want = append(want, h)
			}
			if diff := cmp.Diff(want, tocOf(d)); diff != "" {
				t.Errorf("table of contents (-table +document):\n%s", diff)
			}
		})
	}
}

var tocNumber = regexp.MustCompile(`^[0-9]+(\.[0-9]+)*\.?$`)

// tocOf returns the entries of the table of contents of d: "1.\tBakgrunn\t4"
// gives number "1" and text "Bakgrunn".
func tocOf(d *ooxml.Document) []heading {
	var hs []heading
	for p := range d.Paragraphs() {
		if !p.TOC || !strings.HasPrefix(p.StyleName, "toc ") {
			continue
		}
		parts := strings.Split(p.Text, "\t")
		parts = parts[:len(parts)-1] // the page number
		h := heading{}
		if len(parts) > 1 && tocNumber.MatchString(parts[0]) {
			h.Number = strings.TrimSuffix(parts[0], ".")
			parts = parts[1:]
		}
		h.Text = collapse(strings.Join(parts, " "))
		hs = append(hs, h)
	}
	return hs
}

// TestTemplateFiles checks that every Word file in templatesDir is held to
// a table, and that every table is held to a file in each language it has.
func TestTemplateFiles(t *testing.T) {
	entries, err := os.ReadDir(templatesDir)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	type version struct {
		tmpl    Template
		version string
		lang    phase.Language
	}
	covered := map[version]bool{}
	for _, f := range templateFiles {
		known[f.file] = true
		covered[version{f.tmpl, f.version, f.lang}] = true
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".docx") && !known[e.Name()] {
			t.Errorf("%s is in %s but in no section test", e.Name(), templatesDir)
		}
	}
	for _, tmpl := range Templates() {
		for _, tv := range templateTable[tmpl].versions {
			for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk} {
				if tv.sections[0].title.In(l) != "" && !covered[version{tmpl, tv.version, l}] {
					t.Errorf("%v %s has %v titles but no %v Word file to hold them to", tmpl, tv.version, l, l)
				}
			}
		}
	}
}

// TestSectionGuidance holds the guidance of every section to the Word
// files: each guidance text stands under its heading, and every paragraph
// under a heading that is in the style Hjelpetekst or opens with "[" is in
// that heading's guidance.
func TestSectionGuidance(t *testing.T) {
	for _, f := range templateFiles {
		t.Run(f.file, func(t *testing.T) {
			ss := sectionsOf(f.tmpl, f.version)
			d := readTemplate(t, f.file)
			under := textUnder(d)
			if len(under) != len(ss) {
				t.Fatalf("%d headings, %d sections", len(under), len(ss))
			}
			for i, s := range ss {
				body := collapse(strings.Join(under[i].all, "\n"))
				guide := s.guidance.in(f.lang)
				for _, g := range guide {
					if !strings.Contains(body, collapse(g)) {
						t.Errorf("%s %s: guidance %q not under the heading", s.number, s.title.In(f.lang), g)
					}
				}
				all := collapse(strings.Join(guide, "\n"))
				for _, h := range under[i].help {
					if !strings.Contains(all, collapse(h)) {
						t.Errorf("%s %s: Hjelpetekst %q missing from the guidance", s.number, s.title.In(f.lang), h)
					}
				}
			}
		})
	}
}

// sectionText is the text of the paragraphs under one heading: all of
// them, and the guidance among them: the paragraphs in the style
// Hjelpetekst and the bracketed openings of paragraphs that begin with "[".
type sectionText struct {
	all, help []string
}

// textUnder returns the text under each heading of d, tables and text boxes
// included, up to the next heading.
func textUnder(d *ooxml.Document) []sectionText {
	var out []sectionText
	for p := range d.Paragraphs() {
		if p.TOC {
			continue
		}
		if p.Heading > 0 {
			if collapse(p.Text) != "" {
				out = append(out, sectionText{})
			}
			continue
		}
		if len(out) == 0 || collapse(p.Text) == "" {
			continue
		}
		s := &out[len(out)-1]
		s.all = append(s.all, p.Text)
		switch text := strings.TrimSpace(p.Text); {
		case strings.HasPrefix(text, "["):
			if i := strings.LastIndexByte(text, ']'); i >= 0 {
				text = text[:i+1] // the bracketed part, not the body text after it
			}
			s.help = append(s.help, text)
		case p.StyleName == "Hjelpetekst":
			s.help = append(s.help, text)
		}
	}
	return out
}

// TestProposalBenefitColumns holds the column titles of proposalFields to
// the header of the table under 6.1 Gevinstoversikt.
func TestProposalBenefitColumns(t *testing.T) {
	for _, f := range templateFiles {
		if f.tmpl != TemplateProjectProposal {
			continue
		}
		d := readTemplate(t, f.file)
		var header []string
		seen := false
		for _, b := range d.Blocks {
			switch b := b.(type) {
			case *ooxml.Paragraph:
				seen = seen || b.Heading > 0 && collapse(b.Text) == titleOf(TemplateProjectProposal, "benefits").In(f.lang)
			case *ooxml.Table:
				if seen && header == nil {
					for _, c := range b.Grid()[0] {
						header = append(header, collapse(c.Text()))
					}
				}
			}
		}
		if len(header) < 3 {
			t.Fatalf("%s: no table under 6.1 (header %q)", f.file, header)
		}
		got := []string{header[1], header[2]}
		want := []string{titleOf(f.tmpl, "benefits.forWhom").In(f.lang), titleOf(f.tmpl, "benefits.assumptions").In(f.lang)}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s: columns (-fields +document):\n%s", f.file, diff)
		}
	}
}

// sectionType is the type of the package's Section.
var sectionType = reflect.TypeFor[Section]()

// fieldAt returns the type of the field at the JSON path in t, following
// pointers and the elements of slices, and whether there is one.
func fieldAt(t reflect.Type, path string) (reflect.Type, bool) {
	for seg := range strings.SplitSeq(path, ".") {
		t = elem(t)
		if t.Kind() != reflect.Struct {
			return nil, false
		}
		f, ok := jsonField(t, seg)
		if !ok {
			return nil, false
		}
		t = f.Type
	}
	return t, true
}

// elem follows pointers and slices to the type they hold.
func elem(t reflect.Type) reflect.Type {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice || t.Kind() == reflect.Array {
		t = t.Elem()
	}
	return t
}

// jsonField returns the field of struct t encoded as name.
func jsonField(t reflect.Type, name string) (reflect.StructField, bool) {
	for i := range t.NumField() {
		f := t.Field(i)
		if f.IsExported() && jsonName(f) == name {
			return f, true
		}
	}
	return reflect.StructField{}, false
}

// jsonName returns the name encoding/json gives f, "" if it skips it.
func jsonName(f reflect.StructField) string {
	tag, _, _ := strings.Cut(f.Tag.Get("json"), ",")
	switch tag {
	case "-":
		return ""
	case "":
		return f.Name
	}
	return tag
}

// sectionPaths returns the JSON paths of every field of type Section in t,
// through structs, pointers and slices.
func sectionPaths(t reflect.Type, prefix string, seen map[reflect.Type]bool) []string {
	t = elem(t)
	if t.Kind() != reflect.Struct || seen[t] {
		return nil
	}
	seen[t] = true
	defer delete(seen, t)
	var out []string
	for i := range t.NumField() {
		f := t.Field(i)
		name := jsonName(f)
		if !f.IsExported() || name == "" {
			continue
		}
		p := name
		if prefix != "" {
			p = prefix + "." + name
		}
		if f.Type == sectionType {
			out = append(out, p)
			continue
		}
		out = append(out, sectionPaths(f.Type, p, seen)...)
	}
	return out
}

// TestSectionKeys holds the keys of the tables to the document types: every
// key names a field of the template's type, no key is given twice, every
// field of type Section is a section of the current version (or lies in
// one) or is titled with a reason in the type's fields, and the tables are
// well formed.
func TestSectionKeys(t *testing.T) {
	for _, tmpl := range Templates() {
		info := templateTable[tmpl]
		typ := reflect.TypeOf(info.new())
		t.Run(tmpl.String(), func(t *testing.T) {
			for _, tv := range info.versions {
				keys := map[string]bool{}
				instructions := 0
				for _, s := range tv.sections {
					name := tv.version + " " + s.number + " " + s.title.NB
					if s.title.NB == "" || s.title.EN == "" {
						t.Errorf("%s: title %+v lacks bokmål or English", name, s.title)
					}
					if strings.Count(s.number, ".")+1 != s.level {
						t.Errorf("%s: number at level %d", name, s.level)
					}
					if s.instructions {
						instructions++
						if s.key != "" || s.guidance.nb != nil || s.guidance.nn != nil {
							t.Errorf("%s: instructions with a key or guidance", name)
						}
					}
					if s.key == "" {
						continue
					}
					if _, ok := fieldAt(typ, s.key); !ok {
						t.Errorf("%s: key %q names no field of %v", name, s.key, typ)
					}
					if keys[s.key] {
						t.Errorf("%s: key %q given twice", name, s.key)
					}
					keys[s.key] = true
				}
				if instructions != 1 {
					t.Errorf("%s: %d instruction chapters, want 1", tv.version, instructions)
				}
			}
			current := map[string]bool{}
			for _, s := range sectionsOf(tmpl, "") {
				current[s.key] = s.key != ""
			}
			fields := map[string]bool{}
			for _, f := range info.fields {
				if _, ok := fieldAt(typ, f.key); !ok {
					t.Errorf("field %q names no field of %v", f.key, typ)
				}
				if current[f.key] || fields[f.key] {
					t.Errorf("field %q titled twice", f.key)
				}
				fields[f.key] = true
				if f.title.NB == "" || f.title.NN == "" || f.title.EN == "" || f.note == "" {
					t.Errorf("field %q: title %+v, note %q", f.key, f.title, f.note)
				}
			}
			for _, p := range sectionPaths(typ, "", map[reflect.Type]bool{}) {
				if strings.HasPrefix(p, "header.extra") {
					continue // the sections a template does not have, kept as written
				}
				if !fields[p] && !inSection(p, current) {
					t.Errorf("Section %q of %v is in no section of %v %s and not in its fields", p, typ, tmpl, currentVersion(tmpl))
				}
			}
		})
	}
}

// inSection reports whether path is a key of keys or lies in one.
func inSection(path string, keys map[string]bool) bool {
	for {
		if keys[path] {
			return true
		}
		i := strings.LastIndexByte(path, '.')
		if i < 0 {
			return false
		}
		path = path[:i]
	}
}

func TestTitleOf(t *testing.T) {
	tests := []struct {
		tmpl Template
		key  string
		want phase.Text
	}{
		{TemplateMandate, "purpose.needs", phase.Text{NB: "Hvilke behov skal dekkes?", NN: "Kva behov skal dekkast?", EN: "Which needs are to be met?"}},
		{TemplateMandate, "conceptPhase.resources.cost", phase.Text{NB: "Kostnad", NN: "Kostnad", EN: "Cost"}},
		{TemplateProjectProposal, "background", phase.Text{NB: "Bakgrunn og begrunnelse for prosjektet", NN: "Bakgrunn og grunngjeving for prosjektet", EN: "Background and justification of the project"}},
		{TemplateGoverningDocument, "goals", phase.Text{NB: "Prosjektets mål", NN: "Mål for Prosjektet", EN: "The project's goals"}},
		{TemplateBenefitPlan, "plan.benefits", phase.Text{NB: "Prosjektets gevinster", NN: "gevinstane i prosjektet", EN: "The project's benefits"}},
		{TemplatePhasePlan, "risks", phase.Text{NB: "Usikkerheter", NN: "Uvisse", EN: "Uncertainties"}},
		{TemplateMandate, "", phase.Text{}},
		{TemplateMandate, "nosuch", phase.Text{}},
		{TemplateMandate, "purpose", phase.Text{}},
		{0, "background", phase.Text{}},
		{Template(200), "background", phase.Text{}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, titleOf(tt.tmpl, tt.key)); diff != "" {
			t.Errorf("titleOf(%v, %q) (-want +got):\n%s", tt.tmpl, tt.key, diff)
		}
	}
}

func TestSectionsOf(t *testing.T) {
	tests := []struct {
		tmpl    Template
		version string
		want    []string // numbers and bokmål titles of the first and last section
		current string
	}{
		{TemplateMandate, "", []string{"1 Bakgrunn", "7 Veiledning – Mandat for konseptfasen"}, "4.0"},
		{TemplateMandate, "4.0", []string{"1 Bakgrunn", "7 Veiledning – Mandat for konseptfasen"}, "4.0"},
		{TemplateMandate, "3.0", []string{"1 Bakgrunn", "7 Veiledning – Mandat for konseptfasen"}, "4.0"},
		{TemplateMandate, "2.5", nil, "4.0"},
		{TemplateFinalReport, "", []string{"1 Kort oppsummering av prosjektet", "10 Veiledning – Sluttrapport"}, "5.0"},
		{TemplateBenefitPlan, "", []string{"1 Prosjektets begrunnelse, mål og hovedprodukter", "6 Veiledning - Gevinstrealiseringsplan"}, "4.0"},
		{TemplateProjectMandate, "", nil, ""},
		{TemplatePhasePlan, "", nil, ""},
		{0, "", nil, ""},
	}
	for _, tt := range tests {
		ss := sectionsOf(tt.tmpl, tt.version)
		var got []string
		if len(ss) > 0 {
			for _, s := range []section{ss[0], ss[len(ss)-1]} {
				got = append(got, s.number+" "+s.title.NB)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("sectionsOf(%v, %q) (-want +got):\n%s", tt.tmpl, tt.version, diff)
		}
		if got := currentVersion(tt.tmpl); got != tt.current {
			t.Errorf("currentVersion(%v) = %q, want %q", tt.tmpl, got, tt.current)
		}
	}
	if got := len(sectionsOf(TemplateMandate, "3.0")); got != 11 {
		t.Errorf("mandate 3.0 has %d sections, want 11", got)
	}
	if i := slices.IndexFunc(sectionsOf(TemplateMandate, ""), func(s section) bool { return s.instructions }); i != 22 {
		t.Errorf("mandate 4.0 instructions at %d, want 22 (the last)", i)
	}
}

func TestMustTitlePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("mustTitle(TemplateMandate, \"nosuch\") did not panic")
		}
	}()
	mustTitle(TemplateMandate, "nosuch")
}
