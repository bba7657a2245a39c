package main

import (
	"fmt"

	"github.com/digitale-helgeland/veiviser/phase"
)

// The command's own words in its reports, in bokmål, nynorsk and English.
// Everything else a report says (phases, decision points, findings) is the
// library's text.
var (
	wordProject      = phase.Text{NB: "Prosjekt", NN: "Prosjekt", EN: "Project"}
	wordNoFindings   = phase.Text{NB: "ingen funn", NN: "ingen funn", EN: "no findings"}
	wordLine         = phase.Text{NB: "linje", NN: "linje", EN: "line"}
	wordParagraph    = phase.Text{NB: "avsnitt", NN: "avsnitt", EN: "paragraph"}
	wordTable        = phase.Text{NB: "tabell", NN: "tabell", EN: "table"}
	wordRow          = phase.Text{NB: "rad", NN: "rad", EN: "row"}
	wordChecked      = phase.Text{NB: "kontrollert", NN: "kontrollert", EN: "checked"}
	wordPhase        = phase.Text{NB: "Fase", NN: "Fase", EN: "Phase"}
	wordLastDecision = phase.Text{NB: "Siste beslutning", NN: "Siste avgjerd", EN: "Last decision"}
	wordNoDecision   = phase.Text{NB: "ingen ennå", NN: "ingen enno", EN: "none yet"}
	wordNextPoint    = phase.Text{NB: "Neste beslutningspunkt", NN: "Neste avgjerdspunkt", EN: "Next decision point"}
	wordNoNextPoint  = phase.Text{NB: "ingen: prosjektet er avsluttet", NN: "ingen: prosjektet er avslutta", EN: "none: the project has ended"}
	wordRequires     = phase.Text{NB: "Må foreligge", NN: "Må liggje føre", EN: "Required"}
	wordReady        = phase.Text{NB: "Klar for godkjenning", NN: "Klar for godkjenning", EN: "Ready for approval"}
	wordYes          = phase.Text{NB: "ja", NN: "ja", EN: "yes"}
	wordNo           = phase.Text{NB: "nei", NN: "nei", EN: "no"}
	wordMissing      = phase.Text{NB: "Mangler", NN: "Manglar", EN: "Missing"}
	wordDespite      = phase.Text{NB: "Advarsler", NN: "Åtvaringar", EN: "Warnings"}
	wordValidation   = phase.Text{NB: "Validering av hele prosjektet", NN: "Validering av heile prosjektet", EN: "Validation of the whole project"}
	wordRefused      = phase.Text{NB: "Beslutningen er avvist, og prosjektfilen er uendret", NN: "Avgjerda er avvist, og prosjektfila er uendra", EN: "The decision is refused, and the project file is unchanged"}
	wordUnmet        = phase.Text{NB: "Dette er ikke oppfylt", NN: "Dette er ikkje oppfylt", EN: "Not met"}
	wordRecorded     = phase.Text{NB: "Beslutningen er registrert", NN: "Avgjerda er registrert", EN: "The decision is recorded"}
	wordDryRun       = phase.Text{NB: "Prøvekjøring: beslutningen ville blitt registrert; prosjektfilen er uendret", NN: "Prøvekøyring: avgjerda ville vorte registrert; prosjektfila er uendra", EN: "Dry run: the decision would be recorded; the project file is unchanged"}
	wordPhaseNow     = phase.Text{NB: "Fase nå", NN: "Fase no", EN: "Phase now"}
	wordID           = phase.Text{NB: "ID", NN: "ID", EN: "ID"}
	wordAgency       = phase.Text{NB: "Virksomhet", NN: "Verksemd", EN: "Agency"}
	wordName         = phase.Text{NB: "Prosjekt", NN: "Prosjekt", EN: "Project"}
	wordFile         = phase.Text{NB: "Fil", NN: "Fil", EN: "File"}
	wordProjects     = phase.Text{NB: "Prosjekter", NN: "Prosjekt", EN: "Projects"}
)

// counted is a noun in its singular and plural forms, in each language.
type counted struct{ one, many phase.Text }

var (
	countErrors   = counted{phase.Text{NB: "feil", NN: "feil", EN: "error"}, phase.Text{NB: "feil", NN: "feil", EN: "errors"}}
	countWarnings = counted{phase.Text{NB: "advarsel", NN: "åtvaring", EN: "warning"}, phase.Text{NB: "advarsler", NN: "åtvaringar", EN: "warnings"}}
	countNotes    = counted{phase.Text{NB: "merknad", NN: "merknad", EN: "note"}, phase.Text{NB: "merknader", NN: "merknader", EN: "notes"}}
	countFiles    = counted{phase.Text{NB: "fil", NN: "fil", EN: "file"}, phase.Text{NB: "filer", NN: "filer", EN: "files"}}
)

// of returns "n noun" in language l, with the noun in the form n takes.
func (c counted) of(n int, l phase.Language) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, c.one.In(l))
	}
	return fmt.Sprintf("%d %s", n, c.many.In(l))
}

// yesNo returns "ja"/"nei" in language l.
func yesNo(b bool, l phase.Language) string {
	if b {
		return wordYes.In(l)
	}
	return wordNo.In(l)
}

// dateIn writes a date as readers of language l expect it: 15.03.2021 in
// Norwegian, 2021-03-15 in English.
func dateIn(d phase.Date, l phase.Language) string {
	if l == phase.English {
		return d.String()
	}
	return d.Norwegian()
}

// label returns the location in language l: "linje 12", "«Bakgrunn»,
// avsnitt 12", "tabell 3, rad 2"; "" for the zero location.
func (loc location) label(l phase.Language) string {
	var parts []string
	if loc.Heading != "" {
		if l == phase.English {
			parts = append(parts, "“"+loc.Heading+"”")
		} else {
			parts = append(parts, "«"+loc.Heading+"»")
		}
	}
	if loc.Paragraph > 0 {
		parts = append(parts, fmt.Sprintf("%s %d", wordParagraph.In(l), loc.Paragraph))
	}
	if loc.Table > 0 {
		parts = append(parts, fmt.Sprintf("%s %d", wordTable.In(l), loc.Table))
	}
	if loc.Row > 0 {
		parts = append(parts, fmt.Sprintf("%s %d", wordRow.In(l), loc.Row))
	}
	if loc.Line > 0 {
		parts = append(parts, fmt.Sprintf("%s %d", wordLine.In(l), loc.Line))
	}
	s := ""
	for i, p := range parts {
		if i > 0 {
			s += ", "
		}
		s += p
	}
	return s
}
