package product

import (
	"fmt"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/phase"
)

// The codes of Read's findings, prefixed with the product's wire code
// ("mandate.heading_unknown"). They are stable.
const (
	// codeHeadingUnknown: a heading that opens no section of the template.
	// Its content is kept, as a titled part of the section above it or
	// in header.extra. Info.
	codeHeadingUnknown = "heading_unknown"
	// codeHeadingReworded: a heading matched to a section by its words,
	// not exactly; the message gives the confidence. Info.
	codeHeadingReworded = "heading_reworded"
	// codeHeadingUnstyled: a paragraph of body text that is a section's
	// title, read as its heading; Word's navigation pane and table of
	// contents do not show it. Info.
	codeHeadingUnstyled = "heading_unstyled"
	// codeSectionMissing: a section of the template with no heading in
	// the document. An error when the section's field is required, else
	// info.
	codeSectionMissing = "section_missing"
	// codeGuidanceCopied: the template's own guidance, in a style that is
	// not the guidance style and without brackets; not taken as an
	// answer. Warning.
	codeGuidanceCopied = "guidance_copied"
	// codeGuidanceLeft: the template's guidance left in (Hjelpetekst or
	// brackets) under a section that is answered. Info.
	codeGuidanceLeft = "guidance_left"
	// codeContentUnmapped: content the document type has no field for,
	// kept in header.extra. Warning.
	codeContentUnmapped = "content_unmapped"
	// codeCellInvalid: a table cell that is not what its column holds (a
	// number, a date, one of a list of values). Warning.
	codeCellInvalid = "cell_invalid"
	// codeTemplateFromHeadings: the title names no template, which was
	// recognised by the headings. Info.
	codeTemplateFromHeadings = "template_from_headings"
	// codeVersionUnknown: no heading tells the template's version; the
	// current one is assumed. Info.
	codeVersionUnknown = "version_unknown"
	// codeLanguageUnknown: nothing tells bokmål from nynorsk; bokmål is
	// assumed. Info.
	codeLanguageUnknown = "language_unknown"
)

func newReadFinding(t Template, code, path string, sev phase.Severity, msg phase.Text, loc Location) ReadFinding {
	return ReadFinding{Finding: finding.New(phase.Code(t.Product().String()+"."+code), path, sev, msg), Location: loc}
}

func (r *reader) add(code, path string, sev phase.Severity, msg phase.Text, loc Location) {
	r.fs = append(r.fs, newReadFinding(r.template, code, path, sev, msg, loc))
}

func msgHeadingUnknown(heading, where string) phase.Text {
	return phase.Text{
		NB: fmt.Sprintf("Overskriften «%s» hører ikke til malen; innholdet er tatt med %s", heading, where),
		NN: fmt.Sprintf("Overskrifta «%s» høyrer ikkje til malen; innhaldet er teke med %s", heading, where),
		EN: fmt.Sprintf("The heading “%s” is not one of the template's; its content is kept %s", heading, where),
	}
}

// whereParts and whereExtra say where an unknown heading's content went.
func whereParts(section phase.Text) phase.Text {
	return phase.Text{
		NB: "som en del av «" + section.NB + "»",
		NN: "som ein del av «" + orNB(section.NN, section.NB) + "»",
		EN: "as a part of “" + section.NB + "”",
	}
}

var whereExtra = phase.Text{NB: "som et eget avsnitt", NN: "som eit eige avsnitt", EN: "as a section of its own"}

func orNB(nn, nb string) string {
	if nn == "" {
		return nb
	}
	return nn
}

func msgHeadingUnknownIn(heading string, where phase.Text) phase.Text {
	return phase.Text{
		NB: msgHeadingUnknown(heading, where.NB).NB,
		NN: msgHeadingUnknown(heading, where.NN).NN,
		EN: msgHeadingUnknown(heading, where.EN).EN,
	}
}

func msgHeadingUnstyled(heading string) phase.Text {
	return phase.Text{
		NB: fmt.Sprintf("«%s» står som vanlig tekst, ikke i en overskriftsstil; den er lest som overskrift, men vises ikke i navigasjonsruten og innholdsfortegnelsen", heading),
		NN: fmt.Sprintf("«%s» står som vanleg tekst, ikkje i ein overskriftsstil; han er lesen som overskrift, men blir ikkje vist i navigasjonsruta og innhaldslista", heading),
		EN: fmt.Sprintf("“%s” is body text, not in a heading style; it is read as a heading, but Word's navigation pane and table of contents do not show it", heading),
	}
}

func msgHeadingReworded(heading string, section phase.Text, confidence float64) phase.Text {
	pct := int(confidence*100 + 0.5)
	return phase.Text{
		NB: fmt.Sprintf("Overskriften «%s» er lest som «%s» (likhet %d %%)", heading, section.NB, pct),
		NN: fmt.Sprintf("Overskrifta «%s» er lesen som «%s» (likskap %d %%)", heading, orNB(section.NN, section.NB), pct),
		EN: fmt.Sprintf("The heading “%s” is read as “%s” (similarity %d%%)", heading, section.NB, pct),
	}
}

func msgSectionMissing(section phase.Text) phase.Text {
	return phase.Text{
		NB: fmt.Sprintf("Malens punkt «%s» mangler i dokumentet", section.NB),
		NN: fmt.Sprintf("Punktet «%s» i malen manglar i dokumentet", orNB(section.NN, section.NB)),
		EN: fmt.Sprintf("The template's section “%s” is missing from the document", section.NB),
	}
}

var msgGuidanceCopied = phase.Text{
	NB: "Malens veiledning står igjen uten klammer eller hjelpetekststil; den er ikke lest som svar",
	NN: "Rettleiinga i malen står att utan klammer eller hjelpetekststil; ho er ikkje lesen som svar",
	EN: "The template's guidance is left in without brackets or guidance style; it is not read as an answer",
}

var msgGuidanceLeft = phase.Text{
	NB: "Malens veiledning står igjen sammen med svaret; slett den før dokumentet legges fram",
	NN: "Rettleiinga i malen står att saman med svaret; slett ho før dokumentet blir lagt fram",
	EN: "The template's guidance is left in beside the answer; delete it before the document is submitted",
}

func msgContentUnmapped(heading string) phase.Text {
	return phase.Text{
		NB: fmt.Sprintf("Innholdet under «%s» har ingen plass i dokumenttypen og er tatt vare på som eget avsnitt", heading),
		NN: fmt.Sprintf("Innhaldet under «%s» har ingen plass i dokumenttypen og er teke vare på som eige avsnitt", heading),
		EN: fmt.Sprintf("The content under “%s” has no place in the document type and is kept as a section of its own", heading),
	}
}

func msgCellInvalid(text string, what phase.Text) phase.Text {
	return phase.Text{
		NB: fmt.Sprintf("«%s» er ikke %s", text, what.NB),
		NN: fmt.Sprintf("«%s» er ikkje %s", text, what.NN),
		EN: fmt.Sprintf("“%s” is not %s", text, what.EN),
	}
}

var (
	whatNumber = phase.Text{NB: "et tall", NN: "eit tal", EN: "a number"}
	whatDate   = phase.Text{NB: "en dato", NN: "ein dato", EN: "a date"}
	whatValue  = phase.Text{NB: "en av de gyldige verdiene", NN: "ein av dei gyldige verdiane", EN: "one of the valid values"}
	whatYesNo  = phase.Text{NB: "ja eller nei", NN: "ja eller nei", EN: "yes or no"}
	whatJSON   = phase.Text{NB: "gyldig JSON for feltet", NN: "gyldig JSON for feltet", EN: "valid JSON for the field"}
)

func msgTemplateFromHeadings(t Template, title string) phase.Text {
	return phase.Text{
		NB: fmt.Sprintf("Tittelen «%s» nevner ingen mal; dokumentet er gjenkjent som %s ut fra overskriftene", title, t.Label(phase.Bokmal)),
		NN: fmt.Sprintf("Tittelen «%s» nemner ingen mal; dokumentet er kjent att som %s ut frå overskriftene", title, t.Label(phase.Nynorsk)),
		EN: fmt.Sprintf("The title “%s” names no template; the document is recognised as %s by its headings", title, t.Label(phase.English)),
	}
}

func msgVersionUnknown(v string) phase.Text {
	return phase.Text{
		NB: fmt.Sprintf("Ingen overskrift viser malens versjon; versjon %s er lagt til grunn", v),
		NN: fmt.Sprintf("Inga overskrift viser versjonen av malen; versjon %s er lagd til grunn", v),
		EN: fmt.Sprintf("No heading tells the template's version; version %s is assumed", v),
	}
}

var msgLanguageUnknown = phase.Text{
	NB: "Ingenting i dokumentet skiller bokmål fra nynorsk; bokmål er lagt til grunn",
	NN: "Ingenting i dokumentet skil bokmål frå nynorsk; bokmål er lagt til grunn",
	EN: "Nothing in the document tells Bokmål from Nynorsk; Bokmål is assumed",
}
