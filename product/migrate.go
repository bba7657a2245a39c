package product

import (
	"encoding/json"
	"errors"
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
	TemplateBusinessCase: migrateBusinessCaseV2,
	TemplateGoverningDocument: func(f storedFields) error {
		return f.chapter(TemplateGoverningDocument, "product")
	},
	TemplateFinalReport: func(f storedFields) error {
		return f.chapter(TemplateFinalReport, "governance")
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

// The headings under which a business case of schema version 2 keeps, in
// Header.Extra, what «Prosjektbegrunnelse» 4.0 has no section for: the
// fields it took from PRINCE2's business case, titled as version 2 titled
// them in messages.
const (
	headingOptions   = "Vurderte alternativer"
	headingBenefits  = "Forventede gevinster"
	headingTimescale = "Tidsramme"
	headingCosts     = "Kostnader"
	headingRisks     = "Hovedrisikoer"
)

// migrateBusinessCaseV2 rewrites a business case of schema version 2,
// which followed PRINCE2: the null alternative among its options
// (IsNullConcept) is the situation if the project is not carried out (3.3,
// purpose.withoutProject), a part titled with its name; the other options,
// the expected benefits, the time frame, the costs and the main risks,
// which the template has no section for, go to header.extra under their
// old headings, in that order, each option and risk a part titled with its
// name or event. Reasons, disadvantages and the appraisal keep their
// fields.
func migrateBusinessCaseV2(f storedFields) error {
	var extra []ExtraSection
	if raw, ok := f["options"]; ok {
		var options []Concept
		if err := json.Unmarshal(raw, &options); err != nil {
			return err
		}
		var null, other []Part
		for _, o := range options {
			p := Part{Title: o.Name, Text: o.Description}
			if IsNullConcept(o.Name) {
				null = append(null, p)
			} else {
				other = append(other, p)
			}
		}
		if len(null) > 0 {
			if _, ok := f["purpose"]; ok {
				return errors.New("purpose in a document of schema version 2")
			}
			b, err := json.Marshal(BusinessCasePurpose{WithoutProject: Section{Parts: null}})
			if err != nil {
				return err
			}
			f["purpose"] = b
		}
		extra = appendExtra(extra, headingOptions, Section{Parts: other})
		delete(f, "options")
	}
	for _, m := range []struct{ field, heading string }{
		{"benefits", headingBenefits}, {"timescale", headingTimescale}, {"costs", headingCosts},
	} {
		raw, ok := f[m.field]
		if !ok {
			continue
		}
		var s Section
		if err := json.Unmarshal(raw, &s); err != nil {
			return err
		}
		extra = appendExtra(extra, m.heading, s)
		delete(f, m.field)
	}
	if raw, ok := f["risks"]; ok {
		var risks []Uncertainty
		if err := json.Unmarshal(raw, &risks); err != nil {
			return err
		}
		var parts []Part
		for _, r := range risks {
			var lines []string
			if r.Impact != "" {
				lines = append(lines, titleRiskImpact.NB+": "+r.Impact)
			}
			if r.Measure != "" {
				lines = append(lines, titleRiskMeasure.NB+": "+r.Measure)
			}
			parts = append(parts, Part{Title: r.Event, Text: strings.Join(lines, "\n")})
		}
		extra = appendExtra(extra, headingRisks, Section{Parts: parts})
		delete(f, "risks")
	}
	return f.keep(extra)
}

// appendExtra appends s to extra as a chapter under heading, unless s
// holds nothing at all.
func appendExtra(extra []ExtraSection, heading string, s Section) []ExtraSection {
	if s.Text == "" && len(s.Parts) == 0 {
		return extra
	}
	return append(extra, ExtraSection{Heading: heading, Level: 1, Section: s})
}

// keep appends extra to the document's header.extra.
func (f storedFields) keep(extra []ExtraSection) error {
	if len(extra) == 0 {
		return nil
	}
	h := storedFields{}
	if raw, ok := f["header"]; ok {
		if err := json.Unmarshal(raw, &h); err != nil {
			return err
		}
	}
	if h == nil {
		h = storedFields{} // "header": null
	}
	var old []ExtraSection
	if raw, ok := h["extra"]; ok {
		if err := json.Unmarshal(raw, &old); err != nil {
			return err
		}
	}
	var err error
	if h["extra"], err = json.Marshal(append(old, extra...)); err != nil {
		return err
	}
	f["header"], err = json.Marshal(h)
	return err
}
