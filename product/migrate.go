package product

import (
	"encoding/json"
	"strings"
)

// storedFields is a stored document's object, field by field, as a
// migration rewrites it.
type storedFields map[string]json.RawMessage

// v2Migrations rewrite, per template, a document of schema version 2 in
// the form of version 3, in which each document type has its template's
// sections in the template's order (issue 11). A template not listed here
// kept its form: version 3 only added fields to it.
var v2Migrations = map[Template]func(storedFields) error{
	TemplateProjectProposal: func(f storedFields) error {
		if err := f.chapter(TemplateProjectProposal, "constraints"); err != nil {
			return err
		}
		return f.chapter(TemplateProjectProposal, "dependencies")
	},
}

// migrateV2 rewrites a document of schema version 2 in the form of version
// 3 (see v2Migrations). Nothing of the old document is lost: what moved is
// moved, and what has no place in the new form is kept in header.extra
// under its old heading. Anything it does not recognise is left as it is,
// for the strict decoder to report with its path.
func migrateV2(t Template, doc json.RawMessage) json.RawMessage {
	migrate, ok := v2Migrations[t]
	if !ok {
		return doc
	}
	var f storedFields
	if json.Unmarshal(doc, &f) != nil || f == nil {
		return doc
	}
	if migrate(f) != nil {
		return doc
	}
	out, err := json.Marshal(f)
	if err != nil {
		return doc
	}
	return out
}

// chapter rewrites field name, which held a whole chapter of template t in
// one Section, as the chapter's struct: the parts whose titles are
// headings of the chapter's sections (in bokmål or nynorsk, in any case
// and with or without their numbers; see sameHeading) become those
// sections, the first such part of each its text; the text and every
// other part become the chapter's intro ("<name>.intro"). A field that is
// absent is left absent.
func (f storedFields) chapter(t Template, name string) error {
	raw, ok := f[name]
	if !ok {
		return nil
	}
	var old Section
	if err := json.Unmarshal(raw, &old); err != nil {
		return err
	}
	out := map[string]Section{}
	intro := Section{Text: old.Text}
	for _, p := range old.Parts {
		key := subsectionOf(t, name, p.Title)
		if _, moved := out[key]; key == "" || moved {
			intro.Parts = append(intro.Parts, p)
			continue
		}
		out[key] = Section{Text: p.Text}
	}
	if intro.Text != "" || len(intro.Parts) > 0 {
		out["intro"] = intro
	}
	b, err := json.Marshal(out)
	if err != nil {
		return err
	}
	f[name] = b
	return nil
}

// subsectionOf returns the name, within chapter field chapter, of the
// section of template t's current version whose heading heading is, such
// as "boundaries" for "Prosjektets avgrensninger" under "constraints", or
// "" when it names none.
func subsectionOf(t Template, chapter, heading string) string {
	prefix := chapter + "."
	for _, s := range sectionsOf(t, "") {
		sub, ok := strings.CutPrefix(s.key, prefix)
		if !ok || sub == "intro" || strings.Contains(sub, ".") {
			continue
		}
		if sameHeading(heading, s.title.NB) || sameHeading(heading, s.title.NN) {
			return sub
		}
	}
	return ""
}

// sameHeading reports whether the heading an author wrote, a is the
// template's heading b: equal once numbers before it ("5.2 "), case,
// punctuation and spacing are set aside.
func sameHeading(a, b string) bool {
	a = strings.TrimLeft(a, "0123456789. \t")
	return b != "" && normalize(a) == normalize(b)
}
