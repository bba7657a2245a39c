package phase

import "slices"

// Decision is what a decision body decided at a decision point, as recorded
// in the decision box of the templates (behandlet dato, behandlet av,
// beslutning, saksnummer). The caller supplies the date: the library never
// reads the clock.
type Decision struct {
	Point      DecisionPoint `json:"point"`
	Outcome    Outcome       `json:"outcome"`
	Date       Date          `json:"date"`
	Body       string        `json:"body"`                // the deciding body, e.g. "Styringsgruppen"
	DecidedBy  string        `json:"decidedBy"`           // the person who signs, e.g. the chair
	CaseNumber CaseNumber    `json:"caseNumber,omitzero"` // saksnummer in the case archive (Noark 5)
	// Record is the registration (journalpost) that records the decision
	// in the case archive, "2021/1234-8" (Noark 5 registreringsID). Its
	// case, when CaseNumber is given too, is CaseNumber.
	Record     RecordID `json:"record,omitzero"`
	Comment    string   `json:"comment,omitempty"`
	Conditions []string `json:"conditions,omitempty"` // conditions attached to an approval
}

// Clone returns a deep copy of d.
func (d Decision) Clone() Decision {
	d.Conditions = slices.Clone(d.Conditions)
	return d
}

// Equal reports whether d and e record the same decision, field by field.
func (d Decision) Equal(e Decision) bool {
	return d.Point == e.Point && d.Outcome == e.Outcome && d.Date == e.Date &&
		d.Body == e.Body && d.DecidedBy == e.DecidedBy && d.CaseNumber == e.CaseNumber && d.Record == e.Record &&
		d.Comment == e.Comment && slices.Equal(d.Conditions, e.Conditions)
}

// Validate reports missing or malformed fields: an invalid point or
// outcome, a missing or impossible date, a blank body or signer, and template
// placeholders left in any text. A Lifecycle refuses a decision that has
// error findings.
func (d Decision) Validate() Findings {
	var fs Findings
	if !d.Point.IsValid() {
		fs = append(fs, newFinding("decision.point", "point", SeverityError,
			Text{NB: "Ukjent beslutningspunkt", NN: "Ukjent avgjerdspunkt", EN: "Unknown decision point"}))
	}
	if !d.Outcome.IsValid() {
		fs = append(fs, newFinding("decision.outcome", "outcome", SeverityError,
			Text{NB: "Beslutningen mangler utfall", NN: "Avgjerda manglar utfall", EN: "The decision has no outcome"}))
	}
	if !d.Date.IsValid() {
		fs = append(fs, newFinding("decision.date", "date", SeverityError,
			Text{NB: "Beslutningen mangler gyldig dato", NN: "Avgjerda manglar gyldig dato", EN: "The decision has no valid date"}))
	}
	fs = append(fs, requireText("body", d.Body,
		Text{NB: "Beslutningen må si hvilket organ som besluttet", NN: "Avgjerda må seie kva organ som avgjorde", EN: "The decision must name the deciding body"})...)
	fs = append(fs, requireText("decidedBy", d.DecidedBy,
		Text{NB: "Beslutningen må si hvem som besluttet", NN: "Avgjerda må seie kven som avgjorde", EN: "The decision must name who decided"})...)
	if !d.CaseNumber.IsZero() && !d.CaseNumber.IsValid() {
		fs = append(fs, newFinding("decision.case_number", "caseNumber", SeverityError,
			Text{NB: "Saksnummeret er ugyldig", NN: "Saksnummeret er ugyldig", EN: "The case number is invalid"}))
	}
	switch {
	case !d.Record.IsZero() && !d.Record.IsValid():
		fs = append(fs, newFinding("decision.record", "record", SeverityError,
			Text{NB: "Journalpost-ID-en er ugyldig", NN: "Journalpost-ID-en er ugyldig", EN: "The record ID is invalid"}))
	case !d.Record.IsZero() && !d.CaseNumber.IsZero() && d.Record.Case != d.CaseNumber:
		fs = append(fs, newFinding("decision.record_case", "record", SeverityError,
			Text{NB: "Journalposten " + d.Record.String() + " hører ikke til saken " + d.CaseNumber.String(),
				NN: "Journalposten " + d.Record.String() + " høyrer ikkje til saka " + d.CaseNumber.String(),
				EN: "Record " + d.Record.String() + " is not in case " + d.CaseNumber.String()}))
	}
	fs = append(fs, PlaceholderFindings("comment", d.Comment)...)
	for i, c := range d.Conditions {
		fs = append(fs, requireText(indexPath("conditions", i), c,
			Text{NB: "Vilkåret er tomt", NN: "Vilkåret er tomt", EN: "The condition is blank"})...)
	}
	return fs
}

// requireText reports a blank s with msg, or the placeholders left in s.
func requireText(path, s string, msg Text) Findings {
	if isBlank(s) {
		return Findings{newFinding("text.blank", path, SeverityError, msg)}
	}
	return PlaceholderFindings(path, s)
}

// PlaceholderFindings reports each template placeholder left in s (see
// Placeholders) as an error finding "text.placeholder" at path, with the
// message every package of the module uses for it.
func PlaceholderFindings(path, s string) Findings {
	var fs Findings
	for _, p := range Placeholders(s) {
		fs = append(fs, newFinding("text.placeholder", path, SeverityError, Text{
			NB: "Mal-plassholderen " + p + " står igjen",
			NN: "Mal-plasshaldaren " + p + " står att",
			EN: "Template placeholder " + p + " left in",
		}))
	}
	return fs
}
