package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// A document type's sections are checked from its template's section
// table: for each heading of the document's template version, in template
// order, the field that its key names. Each document type binds the keys
// to its fields once, in a fields table of its own file (mandateFieldsOf,
// …); TestBindings holds every key of every table version to a binding and
// every binding to a key.

// field binds one key of a template's section table to the field of
// document type D that holds the section: a prose Section, read by
// section, or a list or struct that check validates by its own rules.
type field[D any] struct {
	// section returns the prose section; nil when check is set.
	section func(D) Section
	// optional reports whether the section may be left unanswered in d;
	// nil means never: the template asks for it.
	optional func(D) bool
	// check validates a list or a struct at path, titled t.
	check func(c *checker, path string, t title, d D)
}

// fields binds the keys of a template's section tables to the fields of
// its document type D. It is built once and only read.
type fields[D any] map[string]field[D]

// prose binds a section the template asks for: left unanswered, it is
// reported as <product>.section_blank.
func prose[D any](get func(D) Section) field[D] { return field[D]{section: get} }

// intro binds the text directly under a chapter heading, above the
// chapter's sub-headings: it introduces them, so it may be left out (as
// the text under "Hensikten med et eventuelt prosjekt" always could).
func intro[D any](get func(D) Section) field[D] { return optional(get) }

// optional binds a section whose template guidance says it may be left
// out; the binding's comment quotes that guidance.
func optional[D any](get func(D) Section) field[D] {
	return field[D]{section: get, optional: always[D]}
}

// proseUnless binds a section the template asks for unless skip reports
// that the document's state leaves it open.
func proseUnless[D any](get func(D) Section, skip func(D) bool) field[D] {
	return field[D]{section: get, optional: skip}
}

// list binds a list the template asks for: empty, it is reported as
// <product>.section_blank; else rows, if not nil, checks its rows.
func list[D, E any](get func(D) []E, rows func(c *checker, path string, es []E)) field[D] {
	return custom(func(c *checker, path string, t title, d D) {
		es := get(d)
		if c.list(path, t, len(es)) && rows != nil {
			rows(c, path, es)
		}
	})
}

// custom binds a list or struct that check validates.
func custom[D any](check func(c *checker, path string, t title, d D)) field[D] {
	return field[D]{check: check}
}

func always[D any](D) bool { return true }

// checkSections checks d's sections in the order of ss, the headings of its
// template version: each prose section answered, unless optional, and with
// neither guidance nor placeholders left in it; each list or struct by its
// own check. A heading without a key, or whose key fs does not bind, is
// skipped (TestBindings holds the tables to the bindings).
func checkSections[D any](c *checker, ss []section, d D, fs fields[D]) {
	for _, s := range ss {
		f, ok := fs[s.key]
		if s.key == "" || !ok {
			continue
		}
		if f.check != nil {
			f.check(c, s.key, s.title, d)
			continue
		}
		c.sectionIf(s.key, s.title, f.section(d), f.optional == nil || !f.optional(d))
	}
}

// outline returns the headings a document of template t that names
// template version v is checked by: the headings of that version, the
// current version's when v is "". When the package has no such version it
// reports <product>.template_version_unknown (a warning) and uses the
// current one. A template with no Digdir table is checked by its type's
// titled fields (fieldTitle), in their order.
func (c *checker) outline(t Template, v string) []section {
	info := templateTable[t]
	if len(info.versions) == 0 {
		ss := make([]section, len(info.fields))
		for i, f := range info.fields {
			ss[i] = section{key: f.key, title: f.title}
		}
		return ss
	}
	if tv, ok := versionOf(t, v); ok {
		return tv.sections
	}
	cur := info.versions[0]
	c.add("template_version_unknown", "header.templateVersion", phase.SeverityWarning, phase.Text{
		NB: "Malversjon «" + v + "» er ukjent; dokumentet er kontrollert mot versjon " + cur.version + " av malen",
		NN: "Malversjonen «" + v + "» er ukjend; dokumentet er kontrollert mot versjon " + cur.version + " av malen",
		EN: "Template version “" + v + "” is unknown; the document was checked against version " + cur.version + " of the template",
	})
	return cur.sections
}

// checkDocument runs the checks every document type with bound sections
// shares and returns the checker for the type's own: the struct rules of
// d, its header h (withLog: whether the template has a change log), and
// its sections in the order of its template version, under the rules r.
func checkDocument[D Document](d D, h Header, r Rules, withLog bool, fs fields[D]) *checker {
	c := newChecker(d.Kind(), h)
	c.rules = r
	c.structure(d)
	c.header(h, withLog)
	checkSections(c, c.outline(d.Template(), h.TemplateVersion), d, fs)
	return c
}
