package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// A template's sections are data: one table per template and version of
// Digdir's Word templates (sections_digdir.go), hooked into templateTable,
// and for each document type the titles of its fields that are no heading
// of its template (sections_fields.go). Validation names a section by the
// title found here, so its messages quote Digdir's headings in bokmål and
// nynorsk; a reader of Word files recognises a document's headings, and the
// guidance left unchanged under them, by the same tables.
//
// The tables are written once and only read after; their slices must not
// be changed.

// section is one heading of a Digdir template, in template order.
type section struct {
	// number is the heading's number as Word shows it, without the final
	// dot: "5.3.1". Word numbers the headings by their level, skipping
	// empty heading paragraphs.
	number string
	// level is the heading level, 1 for a chapter.
	level int
	// title is the heading: NB and NN are Digdir's text verbatim, only
	// trimmed and with every run of white space made one space; a number
	// the template types into the heading text ("3.1 Nyttevirkninger i
	// egen virksomhet") is part of it. NN is empty for a version Digdir
	// published in bokmål only. EN is our translation.
	title phase.Text
	// key is the JSON path, in the template's document type, of the field
	// that holds what is written under the heading ("purpose.needs"); ""
	// only for the closing instructions. A key may name a struct or a
	// list: the field then holds the whole section, tables included. The
	// type's fields table (mandateFieldsOf, …) binds it for Validate.
	key string
	// instructions marks the template's closing "Veiledning" (nynorsk
	// "Rettleiing") chapter, which tells how to use the template: it is
	// read, not answered.
	instructions bool
	// guidance is the template's guidance under the heading, up to the
	// next one.
	guidance sectionGuidance
}

// sectionGuidance is a template's guidance under one heading: the paragraphs in
// the style "Hjelpetekst" and the text in brackets ("[Beskriv …]"), one
// string per paragraph, or the bracketed part of a paragraph that also
// holds other text, verbatim. It is what an answer still holds when the
// author left the template's guidance unchanged.
type sectionGuidance struct {
	nb, nn []string
}

// in returns the guidance in language l: bokmål or nynorsk, and nil for
// English, in which Digdir publishes no templates.
func (g sectionGuidance) in(l phase.Language) []string {
	switch l {
	case phase.Bokmal:
		return g.nb
	case phase.Nynorsk:
		return g.nn
	}
	return nil
}

// templateVersion is one version of a Digdir template: every heading, in
// template order.
type templateVersion struct {
	version  string // Digdir's version number, such as "4.0"
	sections []section
}

// fieldTitle titles a field of a document type that is no heading of its
// template's current version: a list's column, a sub-heading an author
// added, a field our type has where Digdir's template has no chapter, or
// any field of a type with no Digdir template in this repository.
type fieldTitle struct {
	key   string     // JSON path of the field, as section.key
	title phase.Text // the title messages use
	note  string     // where the title comes from, and why no heading gives it
}

// versionOf returns version v of template t's table, "" giving the
// current one, and whether there is one.
func versionOf(t Template, v string) (templateVersion, bool) {
	if !t.IsValid() {
		return templateVersion{}, false
	}
	vs := templateTable[t].versions
	if v == "" && len(vs) > 0 {
		return vs[0], true
	}
	for _, tv := range vs {
		if tv.version == v {
			return tv, true
		}
	}
	return templateVersion{}, false
}

// currentVersion returns the version of Digdir's template t that its
// document type follows, such as "4.0", or "" when this repository holds
// no Digdir template for it.
func currentVersion(t Template) string {
	tv, _ := versionOf(t, "")
	return tv.version
}

// sectionsOf returns the headings of version v of template t in template
// order, v "" giving the current version, or nil when there is no such
// version. The slice is shared: callers must not change it.
func sectionsOf(t Template, v string) []section {
	tv, _ := versionOf(t, v)
	return tv.sections
}

// otherSections returns the keyed sections of the versions of template t
// other than version, in the order of t's table, each key once (the first
// version's), the closing instructions left out: the headings Read and
// Write give a field that the version at hand has no section for.
func otherSections(t Template, version string) []section {
	if !t.IsValid() {
		return nil
	}
	var out []section
	seen := map[string]bool{}
	for _, tv := range templateTable[t].versions {
		if tv.version == version {
			continue
		}
		for _, s := range tv.sections {
			if s.key != "" && !s.instructions && !seen[s.key] {
				seen[s.key] = true
				out = append(out, s)
			}
		}
	}
	return out
}

// titleOf returns the title of the field at key in the document type of
// template t: the heading of the current version's section with that key,
// else the field's own title (fieldTitle); the zero Text when neither has
// it.
func titleOf(t Template, key string) phase.Text {
	for _, s := range sectionsOf(t, "") {
		if s.key == key && key != "" {
			return s.title
		}
	}
	if t.IsValid() {
		for _, f := range templateTable[t].fields {
			if f.key == key {
				return f.title
			}
		}
	}
	return phase.Text{}
}

// mustTitle is titleOf for the package's title variables: it panics when
// template t gives key no title, so that a mistyped key stops the package
// from loading rather than leaving a message without its title.
func mustTitle(t Template, key string) phase.Text {
	title := titleOf(t, key)
	if title.IsZero() {
		panic("product: template " + t.String() + " has no title for " + key)
	}
	return title
}
