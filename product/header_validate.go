package product

import (
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
)

// Titles of the header's fields, for messages: the labels of the decision
// box on the first page of Digdir's templates, bokmål and nynorsk as the
// mandate template v4.0 writes them ("Behandlet dato:" / "Behandla dato:",
// "Beslutning:" / "Vedtak:", "Leder av utredningsarbeidet:" / "Leiar av
// utgreiingsarbeidet:", …), without the colon. English is ours.
var (
	titleChangeLog     = t3("Endringslogg", "Endringslogg", "Change log")
	titleProjectNumber = t3("Prosjektnummer", "Prosjektnummer", "Project number")
	titleCaseNumber    = t3("Saksnummer", "Saksnummer", "Case number")
	titleProcessedDate = t3("Behandlet dato", "Behandla dato", "Date processed")
	titleProcessedBy   = t3("Behandlet av", "Behandla av", "Processed by")
	titleDecision      = t3("Beslutning", "Vedtak", "Decision")
	titleStaffingLead  = t3("Bemanning av neste fase: leder av utredningsarbeidet", "Bemanning av neste fase: leiar av utgreiingsarbeidet", "Staffing of the next phase: lead of the study")
	titleStaffingOther = t3("Bemanning av neste fase: andre", "Bemanning av neste fase: andre", "Staffing of the next phase: others")
	titleNextPhaseDone = t3("Neste fase ferdig", "Neste fase ferdig", "Next phase done")
	titleSignature     = t3("Signatur ved godkjenning", "Signatur ved godkjenning", "Signature on approval")
)

// header checks the header at path "header". withLog says whether the
// template has a change log (Difi's template 2.5 for the mandate has none).
func (c *checker) header(h Header, withLog bool) {
	c.changes(h.Changes, withLog)
	c.distribution(h.Distribution, h.Changes)
	c.decisionBox(h)
}

func (c *checker) changes(cs []ChangeEntry, withLog bool) {
	const path = "header.changes"
	if len(cs) == 0 {
		if withLog {
			c.add("changes_missing", path, phase.SeverityWarning, phase.Text{
				NB: "Endringsloggen er tom; før opp minst den første versjonen",
				NN: "Endringsloggen er tom; før opp minst den første versjonen",
				EN: "The change log is empty; record at least the first version",
			})
		}
		return
	}
	seen := map[string]int{}
	for i, ch := range cs {
		p := path + "[" + strconv.Itoa(i) + "]"
		if j, dup := seen[ch.Version]; dup && !isBlank(ch.Version) {
			c.add("change_version_duplicate", p+".version", phase.SeverityError, phase.Text{
				NB: "Versjon " + ch.Version + " står to ganger i endringsloggen (også i rad " + strconv.Itoa(j+1) + ")",
				NN: "Versjon " + ch.Version + " står to gonger i endringsloggen (òg i rad " + strconv.Itoa(j+1) + ")",
				EN: "Version " + ch.Version + " is listed twice in the change log (also in row " + strconv.Itoa(j+1) + ")",
			})
		}
		seen[ch.Version] = i
		if i > 0 && ch.Date.IsValid() && cs[i-1].Date.IsValid() && ch.Date.Before(cs[i-1].Date) {
			c.add("change_order", p+".date", phase.SeverityWarning, phase.Text{
				NB: "Versjon " + ch.Version + " er datert " + ch.Date.Norwegian() + ", før versjonen over den",
				NN: "Versjon " + ch.Version + " er datert " + ch.Date.Norwegian() + ", før versjonen over han",
				EN: "Version " + ch.Version + " is dated " + ch.Date.Norwegian() + ", before the version above it",
			})
		}
		if i > 0 && isBlank(ch.Change) {
			c.add("change_undescribed", p+".change", phase.SeverityWarning, phase.Text{
				NB: "Endringsloggen sier ikke hva som ble endret i versjon " + ch.Version,
				NN: "Endringsloggen seier ikkje kva som vart endra i versjon " + ch.Version,
				EN: "The change log does not say what changed in version " + ch.Version,
			})
		}
		c.leftovers(p+".change", ch.Change, phase.SeverityError)
		c.leftovers(p+".producer", ch.Producer, phase.SeverityError)
		c.leftovers(p+".approvedBy", ch.ApprovedBy, phase.SeverityError)
	}
}

func (c *checker) distribution(ds []Distribution, cs []ChangeEntry) {
	versions := map[string]bool{}
	for _, ch := range cs {
		versions[ch.Version] = true
	}
	for i, d := range ds {
		p := "header.distribution[" + strconv.Itoa(i) + "]"
		if len(cs) > 0 && !isBlank(d.Version) && !versions[d.Version] {
			c.add("distribution_version_unknown", p+".version", phase.SeverityWarning, phase.Text{
				NB: "Versjon " + d.Version + " er distribuert, men står ikke i endringsloggen",
				NN: "Versjon " + d.Version + " er distribuert, men står ikkje i endringsloggen",
				EN: "Version " + d.Version + " was distributed but is not in the change log",
			})
		}
	}
}

// decisionBox checks the decision box. Before approval its fields may be
// blank, and placeholders left in are warnings; once the document is
// approved, date, processor, decision and signature are required.
func (c *checker) decisionBox(h Header) {
	const path = "header.decision"
	b := h.Decision
	must := func(field string, t title, s string) {
		if c.approved && (isBlank(s) || phase.IsPlaceholder(s)) {
			code := "decision_incomplete"
			if field == "signature" {
				code = "signature_missing"
			}
			c.missing(code, path+"."+field, t, phase.SeverityError)
			return
		}
		c.leftoversAt(path, field, t, s)
	}
	should := func(field string, t title, s string) {
		if c.approved && (isBlank(s) || phase.IsPlaceholder(s)) {
			c.missing("decision_incomplete", path+"."+field, t, phase.SeverityWarning)
			return
		}
		c.leftoversAt(path, field, t, s)
	}
	should("projectNumber", titleProjectNumber, b.ProjectNumber)
	should("caseNumber", titleCaseNumber, b.CaseNumber)
	c.caseNumber(path+".caseNumber", b.CaseNumber)
	c.dateField(path+".processedDate", titleProcessedDate, b.ProcessedDate, true)
	must("processedBy", titleProcessedBy, b.ProcessedBy)
	must("decision", titleDecision, b.Decision)
	should("staffing.lead", titleStaffingLead, b.Staffing.Lead)
	c.leftoversIn(path+".staffing.others", titleStaffingOther, b.Staffing.Others, c.leftoverSeverity())
	c.dateField(path+".nextPhaseDone", titleNextPhaseDone, b.NextPhaseDone, false)
	must("signature", titleSignature, b.Signature)

	switch {
	case c.approved && b.Outcome.IsValid() && b.Outcome != phase.Approved:
		c.add("outcome_conflict", path+".outcome", phase.SeverityError, phase.Text{
			NB: "Dokumentet står som godkjent, men beslutningen er «" + b.Outcome.Label(phase.Bokmal) + "»",
			NN: "Dokumentet står som godkjend, men avgjerda er «" + b.Outcome.Label(phase.Nynorsk) + "»",
			EN: "The document is marked approved, but the decision is “" + b.Outcome.Label(phase.English) + "”",
		})
	case h.Status.IsValid() && !c.approved && b.Outcome == phase.Approved:
		c.add("outcome_conflict", "header.status", phase.SeverityWarning, phase.Text{
			NB: "Beslutningen er godkjent, men dokumentet står ikke som godkjent",
			NN: "Avgjerda er godkjend, men dokumentet står ikkje som godkjend",
			EN: "The decision approved the document, but it is not marked approved",
		})
	}
}

// dateField checks a date field of the decision box: required (as an
// error) or expected (as a warning) once the document is approved.
func (c *checker) dateField(path string, t title, f DateField, required bool) {
	switch {
	case f.IsDate():
		return
	case f.Text == "" && !f.Date.IsZero(),
		f.Text != "" && !isBlank(f.Text) && !phase.IsPlaceholder(f.Text):
		q := quoted(t)
		c.add("date_invalid", path, phase.SeverityError, phase.Text{
			NB: q.NB + " er ikke en gyldig dato: " + f.String(),
			NN: q.NN + " er ikkje ein gyldig dato: " + f.String(),
			EN: q.EN + " is not a valid date: " + f.String(),
		})
	case c.approved && required:
		c.missing("decision_incomplete", path, t, phase.SeverityError)
	case c.approved:
		c.missing("decision_incomplete", path, t, phase.SeverityWarning)
	default:
		c.leftoversIn(path, t, f.Text, c.leftoverSeverity())
	}
}

// missing reports a decision-box field left open in an approved document.
func (c *checker) missing(code, path string, t title, sev phase.Severity) {
	q := quoted(t)
	c.add(code, path, sev, phase.Text{
		NB: q.NB + " må fylles ut når dokumentet er godkjent",
		NN: q.NN + " må fyllast ut når dokumentet er godkjend",
		EN: q.EN + " must be filled in once the document is approved",
	})
}

// caseNumber reports a case number in the decision box that is no Noark 5
// case number: saksår/sekvensnummer («2021/1234»; Noark 5 v5.0, vedlegg
// 1, M011 and M012, see phase.CaseNumber), or the form case systems show
// it in with the year in two digits («20/00123»), which the box keeps as
// its author wrote it (Noark does not give its century). It is
// information, not a fault: the decision the box records holds the number
// in Noark's form.
func (c *checker) caseNumber(path, s string) {
	s = strings.TrimSpace(s)
	if s == "" || phase.IsPlaceholder(s) || phase.SaysNothing(s) {
		return
	}
	if _, err := phase.ParseCaseNumber(s); err == nil {
		return
	}
	if y, n, ok := strings.Cut(s, "/"); ok && len(strings.TrimSpace(y)) == 2 {
		if _, err := phase.ParseCaseNumber("20" + strings.TrimSpace(y) + "/" + n); err == nil {
			return // the display form with a two-digit year
		}
	}
	c.add("case_number_form", path, phase.SeverityInfo, phase.Text{
		NB: "Saksnummeret «" + s + "» er ikke på Noark 5-formen saksår/sekvensnummer med firesifret år, som «2021/1234»",
		NN: "Saksnummeret «" + s + "» er ikkje på Noark 5-forma saksår/sekvensnummer med firesifra år, som «2021/1234»",
		EN: "The case number “" + s + "” is not in Noark 5's form year/sequence with a four-digit year, such as “2021/1234”",
	})
}
