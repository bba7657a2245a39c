package product

import (
	"strconv"

	"github.com/digitale-helgeland/veiviser/internal/fieldpath"
	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/internal/validate"
	"github.com/digitale-helgeland/veiviser/phase"
)

// checker collects the findings of one document's validation. Codes are
// prefixed with the product's wire code: "mandate.section_blank".
type checker struct {
	kind     phase.Product
	approved bool
	rules    Rules
	fs       phase.Findings
}

func newChecker(kind phase.Product, h Header) *checker {
	return &checker{kind: kind, approved: h.Status == StatusApproved}
}

func (c *checker) add(code, path string, sev phase.Severity, msg phase.Text) {
	c.fs = append(c.fs, finding.New(phase.Code(c.kind.String()+"."+code), path, sev, msg))
}

// structure adds the findings of the struct-tag rules of doc.
func (c *checker) structure(doc any) {
	c.fs = append(c.fs, validate.Struct(doc)...)
}

// title is a template section's title in the three languages.
type title = phase.Text

func t3(nb, nn, en string) phase.Text { return phase.Text{NB: nb, NN: nn, EN: en} }

// quote returns the title in guillemets for bokmål and nynorsk and in
// quotation marks, with the Norwegian title, for English.
func quoted(t title) phase.Text {
	en := "“" + t.NB + "”"
	if t.EN != "" && t.EN != t.NB {
		en += " (" + t.EN + ")"
	}
	return phase.Text{NB: "«" + t.NB + "»", NN: "«" + t.NN + "»", EN: en}
}

// section checks a template section that must be answered.
func (c *checker) section(path string, t title, s Section) {
	c.sectionIf(path, t, s, true)
}

// sectionIf checks a section; an unanswered section is reported only when
// required.
func (c *checker) sectionIf(path string, t title, s Section, required bool) {
	if !s.Answered() {
		if required {
			c.blank(path, t)
		}
		return
	}
	if !phase.SaysNothing(s.Text) {
		c.answerAt(path, "text", t, s.Text)
	}
	for i, p := range s.Parts {
		pt := t3(p.Title, p.Title, p.Title)
		if isBlank(p.Title) {
			pt = t
		}
		at := func(leaf string) string { return fieldpath.Join(path, "parts["+strconv.Itoa(i)+"]."+leaf) }
		if phase.SaysNothing(p.Text) {
			c.blank(at("text"), pt)
		} else if findsIn(p.Text) {
			c.answer(at("text"), pt, p.Text)
		}
		if len(placeholders(p.Title)) > 0 {
			c.leftovers(at("title"), p.Title, phase.SeverityError)
		}
	}
}

// answerAt is answer for the field leaf below path, whose path is joined
// only for a finding: sectionIf is called for every section of every
// document validated (issue 14).
func (c *checker) answerAt(path, leaf string, t title, s string) {
	if findsIn(s) {
		c.answer(fieldpath.Join(path, leaf), t, s)
	}
}

// findsIn reports whether answer may report anything in s: when it does
// not, answer reports nothing.
func findsIn(s string) bool {
	return !phase.IsNotRelevant(s) && (HasGuidance(s) || len(placeholders(s)) > 0)
}

// text checks a text that must be answered.
func (c *checker) text(path string, t title, s string) {
	if phase.SaysNothing(s) {
		c.blank(path, t)
		return
	}
	c.answer(path, t, s)
}

// optionalText checks a text that may be left blank.
func (c *checker) optionalText(path string, t title, s string) {
	if !phase.SaysNothing(s) {
		c.answer(path, t, s)
	}
}

// answer checks a non-blank answer for guidance and placeholders.
func (c *checker) answer(path string, t title, s string) {
	if phase.IsNotRelevant(s) {
		return
	}
	guided := HasGuidance(s)
	if guided {
		q := quoted(t)
		c.add("guidance_copied", path, phase.SeverityError, phase.Text{
			NB: "Veiledningsteksten fra malen står uendret i " + q.NB + "; erstatt den med svaret eller «Ikke relevant»",
			NN: "Rettleiingsteksten frå malen står uendra i " + q.NN + "; byt han ut med svaret eller «Ikkje relevant»",
			EN: "The template's guidance is left unchanged in " + q.EN + "; replace it with the answer or «Ikke relevant»",
		})
	}
	for _, p := range placeholders(s) {
		if guided && HasGuidance(p) {
			continue // the guidance, already reported
		}
		c.leftoversIn(path, t, p, phase.SeverityError)
	}
}

// leftoversIn reports each template placeholder in s, naming the field.
func (c *checker) leftoversIn(path string, t title, s string, sev phase.Severity) {
	ps := placeholders(s)
	if len(ps) == 0 {
		return // the title is quoted only for a message (issue 14)
	}
	q := quoted(t)
	for _, p := range ps {
		c.add("placeholder", path, sev, phase.Text{
			NB: q.NB + ": mal-plassholderen " + p + " står igjen",
			NN: q.NN + ": mal-plasshaldaren " + p + " står att",
			EN: q.EN + ": template placeholder " + p + " left in",
		})
	}
}

// leftoversAt is leftoversIn for the field of the decision box at path,
// with the box's severity; the two are joined only for a finding (issue
// 14: every box's fields were joined for every validation).
func (c *checker) leftoversAt(path, field string, t title, s string) {
	if len(placeholders(s)) > 0 {
		c.leftoversIn(path+"."+field, t, s, c.leftoverSeverity())
	}
}

// leftovers reports each template placeholder in s.
func (c *checker) leftovers(path, s string, sev phase.Severity) {
	for _, p := range placeholders(s) {
		c.add("placeholder", path, sev, phase.Text{
			NB: "Mal-plassholderen " + p + " står igjen",
			NN: "Mal-plasshaldaren " + p + " står att",
			EN: "Template placeholder " + p + " left in",
		})
	}
}

func (c *checker) blank(path string, t title) {
	q := quoted(t)
	c.add("section_blank", path, phase.SeverityError, phase.Text{
		NB: q.NB + " er ikke besvart; skriv svaret eller «Ikke relevant»",
		NN: q.NN + " er ikkje svart på; skriv svaret eller «Ikkje relevant»",
		EN: q.EN + " is not answered; write the answer or «Ikke relevant» (not relevant)",
	})
}

// list checks a list that must not be empty, such as the goals of a
// governing document.
func (c *checker) list(path string, t title, n int) bool {
	if n == 0 {
		c.blank(path, t)
		return false
	}
	return true
}

// leftoverSeverity is the severity of a placeholder in a field filled in
// only when the document is processed: a warning until it is approved.
func (c *checker) leftoverSeverity() phase.Severity {
	if c.approved {
		return phase.SeverityError
	}
	return phase.SeverityWarning
}

func indexPath(field string, i int) string { return field + "[" + strconv.Itoa(i) + "]" }
