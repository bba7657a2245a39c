package report

import (
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// The page's own words. Everything the library's enumerations already name
// (phases, outcomes, states, levels, quadrants, topics, roles, the
// overview's columns) is taken from them instead.
var (
	wordStatusReport   = phase.Text{NB: "Statusrapport", NN: "Statusrapport", EN: "Status report"}
	wordPortfolio      = phase.Text{NB: "Porteføljeoversikt", NN: "Porteføljeoversikt", EN: "Portfolio overview"}
	wordAsOf           = phase.Text{NB: "Per", NN: "Per", EN: "As of"}
	wordMadeBy         = phase.Text{NB: "Laget med veiviser", NN: "Laga med veiviser", EN: "Made with veiviser"}
	wordContents       = phase.Text{NB: "Innhold", NN: "Innhald", EN: "Contents"}
	wordID             = phase.Text{NB: "ID", NN: "ID", EN: "ID"}
	wordPhase          = phase.Text{NB: "Fase", NN: "Fase", EN: "Phase"}
	wordStatus         = phase.Text{NB: "Status", NN: "Status", EN: "Status"}
	wordModel          = phase.Text{NB: "Livsløpsmodell", NN: "Livsløpsmodell", EN: "Lifecycle model"}
	wordNone           = phase.Text{NB: "ingen", NN: "ingen", EN: "none"}
	wordRedacted       = phase.Text{NB: stakeholder.RedactedName, NN: "(namn fjerna)", EN: "(name removed)"}
	wordTranslation    = phase.Text{NB: "oversettelse", NN: "omsetjing", EN: "translation"}
	wordNotDesignated  = phase.Text{NB: "ikke utpekt", NN: "ikkje utpeikt", EN: "not designated"}
	wordPhases         = phase.Text{NB: "Faser og beslutningspunkt", NN: "Fasar og avgjerdspunkt", EN: "Phases and decision points"}
	wordPhaseTable     = phase.Text{NB: "Fasene", NN: "Fasane", EN: "The phases"}
	wordPointTable     = phase.Text{NB: "Beslutningspunktene", NN: "Avgjerdspunkta", EN: "The decision points"}
	wordPhaseRibbon    = phase.Text{NB: "Faselinje", NN: "Faseline", EN: "Phase ribbon"}
	wordDone           = phase.Text{NB: "gjennomført", NN: "gjennomført", EN: "done"}
	wordNow            = phase.Text{NB: "nå", NN: "no", EN: "now"}
	wordAhead          = phase.Text{NB: "kommer", NN: "kjem", EN: "ahead"}
	wordSkipped        = phase.Text{NB: "hoppet over", NN: "hoppa over", EN: "skipped"}
	wordNotReached     = phase.Text{NB: "ikke nådd", NN: "ikkje nådd", EN: "not reached"}
	wordPlanned        = phase.Text{NB: "Planlagt", NN: "Planlagd", EN: "Planned"}
	wordPoint          = phase.Text{NB: "Beslutningspunkt", NN: "Avgjerdspunkt", EN: "Decision point"}
	wordTitle          = phase.Text{NB: "Beslutning", NN: "Avgjerd", EN: "Decision"}
	wordOutcome        = phase.Text{NB: "Utfall", NN: "Utfall", EN: "Outcome"}
	wordDate           = phase.Text{NB: "Dato", NN: "Dato", EN: "Date"}
	wordBody           = phase.Text{NB: "Beslutningsorgan", NN: "Avgjerdsorgan", EN: "Decision body"}
	wordDecidedBy      = phase.Text{NB: "Besluttet av", NN: "Avgjort av", EN: "Decided by"}
	wordCase           = phase.Text{NB: "Saksnr.", NN: "Saksnr.", EN: "Case no."}
	wordJustification  = phase.Text{NB: "Begrunnelse", NN: "Grunngjeving", EN: "Justification"}
	wordPending        = phase.Text{NB: "venter", NN: "ventar", EN: "pending"}
	wordResponsible    = phase.Text{NB: "Ansvarlig", NN: "Ansvarleg", EN: "Responsible"}
	wordRequires       = phase.Text{NB: "Krever", NN: "Krev", EN: "Requires"}
	wordReady          = phase.Text{NB: "Klar: ingenting hindrer en godkjenning nå.", NN: "Klar: ingenting hindrar ei godkjenning no.", EN: "Ready: nothing stands in the way of an approval now."}
	wordNotReady       = phase.Text{NB: "Ikke klar: dette mangler før en godkjenning.", NN: "Ikkje klar: dette manglar før ei godkjenning.", EN: "Not ready: this is missing before an approval."}
	wordWarnings       = phase.Text{NB: "Advarsler en godkjenning går videre tross", NN: "Åtvaringar ei godkjenning går vidare trass", EN: "Warnings an approval would go ahead despite"}
	wordNoNext         = phase.Text{NB: "Prosjektet har ikke flere beslutningspunkt.", NN: "Prosjektet har ikkje fleire avgjerdspunkt.", EN: "The project has no further decision point."}
	wordChecklists     = phase.Text{NB: "Sjekklister", NN: "Sjekklister", EN: "Checklists"}
	wordOtherChecks    = phase.Text{NB: "Andre sjekklister, ingen punkt behandlet ennå", NN: "Andre sjekklister, ingen punkt handsama enno", EN: "Other checklists, no item handled yet"}
	wordNoChecklists   = phase.Text{NB: "Ingen sjekklister er lagt inn.", NN: "Ingen sjekklister er lagde inn.", EN: "No checklists have been recorded."}
	wordKS             = phase.Text{NB: "KS-sjekkpunkt", NN: "KS-sjekkpunkt", EN: "KS checkpoints"}
	wordKSWhy          = phase.Text{NB: "Statlig prosjekt som berører kommunal sektor: Difis sjekkliste for involvering av kommunesektoren gjelder.", NN: "Statleg prosjekt som påverkar kommunal sektor: Difis sjekkliste for involvering av kommunesektoren gjeld.", EN: "A state project that affects the municipal sector: Difi's checklist for involving the municipal sector applies."}
	wordKSMissing      = phase.Text{NB: "KS-sjekklisten er ikke lagt inn.", NN: "KS-sjekklista er ikkje lagd inn.", EN: "The KS checklist has not been recorded."}
	wordNo             = phase.Text{NB: "Nr.", NN: "Nr.", EN: "No."}
	wordQuestion       = phase.Text{NB: "Spørsmål", NN: "Spørsmål", EN: "Question"}
	wordAnswer         = phase.Text{NB: "Svar", NN: "Svar", EN: "Answer"}
	wordComment        = phase.Text{NB: "Kommentar", NN: "Kommentar", EN: "Comment"}
	wordDue            = phase.Text{NB: "Frist: innen slutten av", NN: "Frist: innan slutten av", EN: "Due by the end of the"}
	wordBlocking       = phase.Text{NB: "hindrer beslutningen", NN: "hindrar avgjerda", EN: "blocks the decision"}
	wordWaived         = phase.Text{NB: "Fraveket", NN: "Fråvike", EN: "Waived"}
	wordOwner          = phase.Text{NB: "Gevinsteier", NN: "Gevinsteigar", EN: "Benefit owner"}
	wordBenefitResp    = phase.Text{NB: "Gevinstansvarlig", NN: "Gevinstansvarleg", EN: "Responsible for benefits"}
	wordNoBenefitPlan  = phase.Text{NB: "Prosjektet har ingen gevinstrealiseringsplan ennå.", NN: "Prosjektet har inga gevinstrealiseringsplan enno.", EN: "The project has no benefit realisation plan yet."}
	wordBaseline       = phase.Text{NB: "Nullpunkt", NN: "Nullpunkt", EN: "Baseline"}
	wordTarget         = phase.Text{NB: "Mål", NN: "Mål", EN: "Target"}
	wordMeasurement    = phase.Text{NB: "Måling", NN: "Måling", EN: "Measurement"}
	wordMeasuredBy     = phase.Text{NB: "Måleansvarlig", NN: "Måleansvarleg", EN: "Measured by"}
	wordPlannedPath    = phase.Text{NB: "planlagt utvikling", NN: "planlagd utvikling", EN: "planned path"}
	wordToday          = phase.Text{NB: "I dag", NN: "I dag", EN: "Today"}
	wordAchievement    = phase.Text{NB: "Måloppnåelse", NN: "Måloppnåing", EN: "Achievement"}
	wordLatest         = phase.Text{NB: "Siste måling", NN: "Siste måling", EN: "Latest measurement"}
	wordNotMeasured    = phase.Text{NB: "ikke målt ennå", NN: "ikkje målt enno", EN: "not measured yet"}
	wordNotMeasurable  = phase.Text{NB: "kan ikke regnes ut: nullpunkt, mål og måling trengs", NN: "kan ikkje reknast ut: nullpunkt, mål og måling trengst", EN: "cannot be computed: a baseline, a target and a measurement are needed"}
	wordValue          = phase.Text{NB: "Verdi", NN: "Verdi", EN: "Value"}
	wordKind           = phase.Text{NB: "Hva", NN: "Kva", EN: "What"}
	wordIndicatorData  = phase.Text{NB: "Tallene i diagrammet", NN: "Tala i diagrammet", EN: "The chart's figures"}
	wordStakeholderMap = phase.Text{NB: "Interessentkart: interesse og innflytelse", NN: "Interessentkart: interesse og innverknad", EN: "Stakeholder map: interest and influence"}
	wordInterest       = phase.Text{NB: "Interesse", NN: "Interesse", EN: "Interest"}
	wordInfluence      = phase.Text{NB: "Innflytelse og makt", NN: "Innverknad og makt", EN: "Influence and power"}
	wordGroup          = phase.Text{NB: "Interessent", NN: "Interessent", EN: "Stakeholder"}
	wordQuadrant       = phase.Text{NB: "Strategi", NN: "Strategi", EN: "Strategy"}
	wordNotClassified  = phase.Text{NB: "ikke vurdert", NN: "ikkje vurdert", EN: "not assessed"}
	wordNoStakeholders = phase.Text{NB: "Ingen interessenter er registrert.", NN: "Ingen interessentar er registrerte.", EN: "No stakeholders are registered."}
	wordEntry          = phase.Text{NB: "Oppføring", NN: "Oppføring", EN: "Entry"}
	wordModelEntry     = phase.Text{NB: "Livsløpsmodell", NN: "Livsløpsmodell", EN: "Lifecycle model"}
	wordSealed         = phase.Text{NB: "Forseglede dokumenter", NN: "Forsegla dokument", EN: "Sealed documents"}
	wordHash           = phase.Text{NB: "Hash", NN: "Hash", EN: "Hash"}
	wordLogIntact      = phase.Text{NB: "Loggen er intakt: hver oppføring stemmer med hashen sin og med beslutningshistorikken.", NN: "Loggen er intakt: kvar oppføring stemmer med hashen sin og med avgjerdshistorikken.", EN: "The log is intact: every entry matches its hash and the decision history."}
	wordLogHead        = phase.Text{NB: "Loggens hode (siste hash), til å arkivere for seg", NN: "Hovudet til loggen (siste hash), til å arkivere for seg", EN: "The log's head (last hash), to archive apart"}
	wordLogBroken      = phase.Text{NB: "Loggen er ikke intakt:", NN: "Loggen er ikkje intakt:", EN: "The log is not intact:"}
	wordLogEmpty       = phase.Text{NB: "Ingen beslutninger er ført ennå.", NN: "Ingen avgjerder er førte enno.", EN: "No decisions have been logged yet."}
	wordDocument       = phase.Text{NB: "Dokument", NN: "Dokument", EN: "Document"}
	wordVersion        = phase.Text{NB: "Versjon", NN: "Versjon", EN: "Version"}
	wordFindings       = phase.Text{NB: "Kontrollen fant", NN: "Kontrollen fann", EN: "The check found"}
	wordNoFindings     = phase.Text{NB: "ingen funn", NN: "ingen funn", EN: "nothing"}
	wordNoDocuments    = phase.Text{NB: "Ingen styringsdokumenter er lagt inn.", NN: "Ingen styringsdokument er lagde inn.", EN: "No management products have been recorded."}
	wordSuperseded     = phase.Text{NB: "erstattet av en senere versjon", NN: "erstatta av ein seinare versjon", EN: "replaced by a later version"}
	wordTimeline       = phase.Text{NB: "Tidslinje", NN: "Tidsline", EN: "Timeline"}
	wordTimelineData   = phase.Text{NB: "Planlagte faser per prosjekt", NN: "Planlagde fasar per prosjekt", EN: "Planned phases per project"}
	wordNoTimeline     = phase.Text{NB: "ingen tidsplan", NN: "ingen tidsplan", EN: "no timeline"}
	wordStart          = phase.Text{NB: "Start", NN: "Start", EN: "Start"}
	wordEnd            = phase.Text{NB: "Slutt", NN: "Slutt", EN: "End"}
	wordCurrent        = phase.Text{NB: "Nå", NN: "No", EN: "Now"}
	wordLegend         = phase.Text{NB: "Tegnforklaring", NN: "Teiknforklaring", EN: "Legend"}
	wordProjects       = phase.Text{NB: "Prosjekter", NN: "Prosjekt", EN: "Projects"}
	wordNoProjects     = phase.Text{NB: "Ingen prosjekter er med i oversikten.", NN: "Ingen prosjekt er med i oversikta.", EN: "No projects are in the overview."}
	wordUnknown        = phase.Text{NB: "ukjent", NN: "ukjend", EN: "unknown"}
	wordValidation     = phase.Text{NB: "Kontroll av hele prosjektet", NN: "Kontroll av heile prosjektet", EN: "Check of the whole project"}
)

// countText returns "n feil, m advarsler" in language l.
func countText(errs, warns int, l phase.Language) string {
	e := map[phase.Language][2]string{phase.Bokmal: {"feil", "feil"}, phase.Nynorsk: {"feil", "feil"}, phase.English: {"error", "errors"}}[l]
	w := map[phase.Language][2]string{phase.Bokmal: {"advarsel", "advarsler"}, phase.Nynorsk: {"åtvaring", "åtvaringar"}, phase.English: {"warning", "warnings"}}[l]
	pick := func(n int, forms [2]string) string {
		if n == 1 {
			return "1 " + forms[0]
		}
		return itoa(n) + " " + forms[1]
	}
	return pick(errs, e) + ", " + pick(warns, w)
}
