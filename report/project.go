package report

import (
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// RenderProject writes the status page of project p to w in o.Language,
// as of o.Today: where the project is on its lifecycle (a phase ribbon with
// the decision points, skipped phases marked), the next decision point and
// what it still lacks, its checklists and, for a state project that
// affects the municipal sector, the KS checkpoints; each benefit
// indicator's chart with its achievement; the stakeholder quadrant; the
// decision log and whether it verifies; the documents with their version,
// status and what the check found.
//
// It only reads p. A nil p is ErrNoProject; options it cannot use are an
// *OptionError. Errors from w are returned as they are.
func RenderProject(w io.Writer, p *veiviser.Project, o Options) error {
	if p == nil {
		return ErrNoProject
	}
	if err := o.check(); err != nil {
		return err
	}
	return render(w, "project", projectPage(p, o))
}

// page is what the templates of both pages share.
type page struct {
	Lang    string // the lang attribute
	Title   string // the title element and the h1
	Kind    string // "Statusrapport", above the h1
	AsOf    string // "Per 29.11.2026"
	MadeBy  string
	Words   map[string]string
	Project *projectView
	Folio   *portfolioView
}

// words returns the page's own words in language l, by the names the
// templates use.
func words(l phase.Language) map[string]string {
	m := map[string]string{}
	for k, t := range map[string]phase.Text{
		"ID": wordID, "Phase": wordPhase, "Status": wordStatus, "Model": wordModel, "Phases": wordPhases,
		"Point": wordPoint, "Title": wordTitle, "Outcome": wordOutcome, "Date": wordDate, "Body": wordBody,
		"DecidedBy": wordDecidedBy, "Case": wordCase, "Justification": wordJustification, "Planned": wordPlanned,
		"Responsible": wordResponsible, "Requires": wordRequires, "Warnings": wordWarnings, "NoNext": wordNoNext,
		"Checklists": wordChecklists, "NoChecklists": wordNoChecklists, "OtherChecklists": wordOtherChecks, "KS": wordKS, "KSWhy": wordKSWhy,
		"KSMissing": wordKSMissing, "No": wordNo, "Question": wordQuestion, "Answer": wordAnswer, "Comment": wordComment,
		"Waived": wordWaived, "Owner": wordOwner, "BenefitResp": wordBenefitResp, "NoBenefitPlan": wordNoBenefitPlan,
		"Achievement": wordAchievement, "Latest": wordLatest, "Value": wordValue, "Kind": wordKind,
		"IndicatorData": wordIndicatorData, "StakeholderMap": wordStakeholderMap, "Interest": wordInterest,
		"Influence": wordInfluence, "Group": wordGroup, "Quadrant": wordQuadrant, "NoStakeholders": wordNoStakeholders,
		"Entry": wordEntry, "Sealed": wordSealed, "Hash": wordHash, "LogHead": wordLogHead, "LogEmpty": wordLogEmpty,
		"Document": wordDocument, "Version": wordVersion, "Findings": wordFindings, "NoDocuments": wordNoDocuments,
		"Timeline": wordTimeline, "TimelineData": wordTimelineData, "Start": wordStart, "End": wordEnd,
		"Current": wordCurrent, "Legend": wordLegend, "NoProjects": wordNoProjects, "Validation": wordValidation,
		"Baseline": wordBaseline, "Target": wordTarget, "Measurement": wordMeasurement, "PlannedPath": wordPlannedPath,
		"MeasuredBy": wordMeasuredBy, "Contents": wordContents, "PhaseRibbon": wordPhaseRibbon, "PhaseTable": wordPhaseTable, "PointTable": wordPointTable, "Projects": wordProjects,
	} {
		m[k] = t.In(l)
	}
	for k, t := range map[string]veiviser.Topic{
		"Documents": veiviser.TopicDocuments, "Benefits": veiviser.TopicBenefits,
		"Stakeholders": veiviser.TopicStakeholders, "Next": veiviser.TopicNextDecision, "Audit": veiviser.TopicAudit,
	} {
		m[k] = t.Label(l)
	}
	m["ProjectOwner"] = stakeholder.ProjectOwner.Label(l)
	m["ProjectManager"] = stakeholder.ProjectManager.Label(l)
	return m
}

// projectView is the project page's content, every text in the page's
// language and every number already formatted.
type projectView struct {
	ID, Name, Agency, Description string
	Owners, Managers              string
	Position, Status              string
	Model                         string
	Validation                    string // "2 feil, 3 advarsler"
	Ribbon                        ribbon
	Next                          *nextView
	Checklists                    []checklistView // in full
	OtherChecklists               []checklistView // as a line each
	KS                            *ksView
	Benefits                      *benefitsView
	Stakeholders                  *quadrantView
	Log                           logView
	Documents                     []documentView
}

func projectPage(p *veiviser.Project, o Options) page {
	l := o.Language
	rep := p.Validate()
	w := words(l)
	if head, err := headings(l); err == nil { // the overview's word for the agency
		w["Agency"] = head[0]
	}
	v := &projectView{
		ID: p.ID, Name: p.Name, Agency: p.Agency, Description: p.Description,
		Owners:     holders(p.Stakeholders.Roles, stakeholder.ProjectOwner, l),
		Managers:   holders(p.Stakeholders.Roles, stakeholder.ProjectManager, l),
		Position:   p.Position().Label(l),
		Status:     p.Status().Label(l),
		Model:      p.Lifecycle().Model().Label(l),
		Validation: countText(rep.Errors, rep.Warnings, l),
	}
	v.Ribbon = phaseRibbon(p, o)
	// The next step is worked out once: it validates every document again.
	next, hasNext := p.NextAt(o.Today)
	var np *veiviser.NextStep
	if hasNext {
		np = &next
	}
	v.Next = nextOf(np, l)
	v.Checklists, v.OtherChecklists = checklistsOf(p, np, l)
	if p.StateAffectingMunicipalities {
		v.KS = ksOf(p, np, l)
	}
	v.Benefits = benefitsOf(p, o)
	v.Stakeholders = quadrantOf(&p.Stakeholders, l)
	v.Log = logOf(p, rep, l)
	v.Documents = documentsOf(p, rep, l)
	return page{
		Lang: l.String(), Title: p.Name, Kind: wordStatusReport.In(l),
		AsOf: wordAsOf.In(l) + " " + o.Today.Norwegian(), MadeBy: wordMadeBy.In(l),
		Words: w, Project: v,
	}
}

// holders names the holders of role r, "ikke utpekt" when there is none.
func holders(rs stakeholder.Roles, r stakeholder.Role, l phase.Language) string {
	var names []string
	for _, a := range rs.Holders(r) {
		n := strings.TrimSpace(a.Person)
		if n == "" && a.Redacted {
			n = wordRedacted.In(l)
		}
		switch {
		case n != "" && a.Position != "":
			n += " (" + a.Position + ")"
		case n == "":
			n = a.Position
		}
		if n != "" {
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		return wordNotDesignated.In(l)
	}
	return strings.Join(names, "; ")
}

// nextView is the next decision point and what it lacks.
type nextView struct {
	Point, Title, Responsible string
	Requires                  []string
	Ready                     bool
	Verdict                   string
	Missing, Warnings         []findingView
}

// findingView is one finding as the page shows it.
type findingView struct {
	Severity string // its label
	Error    bool
	Path     string
	Message  string
}

func findingsOf(fs phase.Findings, l phase.Language) []findingView {
	var out []findingView
	for _, f := range fs {
		out = append(out, findingView{Severity: f.Severity.Label(l), Error: f.Severity == phase.SeverityError, Path: f.Path, Message: f.Message.In(l)})
	}
	return out
}

// nextOf shows the next step n; nil when the lifecycle has ended.
func nextOf(n *veiviser.NextStep, l phase.Language) *nextView {
	if n == nil {
		return nil
	}
	v := &nextView{
		Point: n.Step.Point.Label(), Title: n.Step.Title(l), Responsible: n.Step.Point.Responsible().Label(l),
		Ready: n.Ready, Missing: findingsOf(sorted(n.Missing), l), Warnings: findingsOf(sorted(n.Warnings), l),
	}
	for _, pt := range n.Step.Covers {
		for _, pr := range pt.Products() {
			v.Requires = append(v.Requires, pr.Label(l))
		}
	}
	v.Verdict = wordNotReady.In(l)
	if n.Ready {
		v.Verdict = wordReady.In(l)
	}
	return v
}

// sorted returns a sorted copy of fs.
func sorted(fs phase.Findings) phase.Findings {
	out := append(phase.Findings(nil), fs...)
	out.Sort()
	return out
}

// checklistView is one checklist with each item's state.
type checklistView struct {
	ID, Title string
	Summary   string // the evaluation: counts per state
	Waived    string // the waiver's justification, when waived
	Items     []itemView
	W         map[string]string // the page's words, for the template
}

// itemView is one checklist item.
type itemView struct {
	ID, Question, State, Answer, Comment string
	Lang                                 string // the question's language, when it is not the page's
	Translated                           string // "oversettelse", when the question is a translation
	Glyph                                string // a shape for the state beside its word
	StateClass                           string
	Due                                  string // KS: when it is due
	Blocking                             string // "hindrer beslutningen", when it blocks the next decision
}

// checklistsOf shows the checklists of p: in full those that matter now
// (the next decision's, and any with an item handled or waived), the rest
// as a line each, so that a project early in its life does not show five
// empty checklists in full.
func checklistsOf(p *veiviser.Project, n *veiviser.NextStep, l phase.Language) (full, brief []checklistView) {
	w := words(l)
	s := p.Checklists
	if s == nil {
		return nil, nil
	}
	var next []phase.DecisionPoint
	var leaving phase.Phase
	if n != nil {
		next, leaving = n.Step.Covers, n.Step.Point.Leaves()
	}
	add := func(c *checklist.Checklist, now bool) {
		cv := checklistOf(c, l, nil)
		cv.W = w
		_, waived := c.Waiver()
		ev := c.Evaluate()
		if now || waived || ev.Counts.Open < c.Len() {
			full = append(full, cv)
		} else {
			brief = append(brief, cv)
		}
	}
	for _, pt := range s.Points() {
		if c := s.At(pt); c != nil {
			add(c, slices.Contains(next, pt))
		}
	}
	for _, ph := range s.Phases() {
		if c := s.ForPhase(ph); c != nil {
			add(c, ph == leaving)
		}
	}
	return full, brief
}

// checklistOf shows c; blocking, when given, names the items that block
// the next decision.
func checklistOf(c *checklist.Checklist, l phase.Language, blocking map[string]bool) checklistView {
	ev := c.Evaluate()
	v := checklistView{ID: c.ID, Title: c.Title.In(l)}
	var parts []string
	for _, st := range checklist.States() {
		if n := ev.Counts.Of(st); n > 0 {
			parts = append(parts, st.Label(l)+": "+itoa(n))
		}
	}
	v.Summary = strings.Join(parts, " · ")
	if n, ok := c.Waiver(); ok {
		v.Waived = n.Comment
	}
	for _, it := range c.Items() {
		iv := itemView{ID: it.ID, Question: it.Question.In(l), State: it.State().Label(l), StateClass: it.State().String(), Comment: it.Comment()}
		iv.Glyph = stateGlyph(it.State())
		// Wording.In gives the source's own words when it has none in l: a
		// KS checkpoint is nynorsk on a bokmål page, and says so (WCAG
		// 3.1.2, language of parts).
		if own := l == phase.Nynorsk && it.Question.Nynorsk != "" || l == phase.English && it.Question.English != ""; !own && it.Lang != l && it.Lang.IsValid() {
			iv.Lang = it.Lang.String()
		}
		if it.Question.IsTranslation(l) {
			iv.Translated = wordTranslation.In(l)
		}
		if a, ok := it.Answer(); ok {
			iv.Answer = a.Label(it, l)
		}
		if it.Due.IsValid() {
			iv.Due = wordDue.In(l) + " " + strings.ToLower(it.Due.Label(l))
		}
		if blocking[it.ID] {
			iv.Blocking = wordBlocking.In(l)
		}
		v.Items = append(v.Items, iv)
	}
	return v
}

// stateGlyph is a shape for an item's state, so that the state is not told
// by colour alone; the state's word stands beside it.
func stateGlyph(s checklist.State) string {
	switch s {
	case checklist.Answered:
		return "✓"
	case checklist.NotRelevant:
		return "–"
	case checklist.Deferred:
		return "↷"
	case checklist.Archived:
		return "▣"
	}
	return "○"
}

// ksView is the KS checkpoints of a state project that affects the
// municipal sector.
type ksView struct {
	Missing   bool
	Checklist checklistView
}

func ksOf(p *veiviser.Project, n *veiviser.NextStep, l phase.Language) *ksView {
	var c *checklist.Checklist
	if p.Checklists != nil {
		c = p.Checklists.KS()
	}
	if c == nil {
		return &ksView{Missing: true}
	}
	// The KS items the next decision's gate reports as errors block it.
	blocking := map[string]bool{}
	if n != nil {
		items := c.Items()
		for _, f := range n.Missing {
			rest, ok := strings.CutPrefix(f.Path, checklist.PathPrefix+".ks.items[")
			if !ok {
				continue
			}
			num, _, _ := strings.Cut(rest, "]")
			if i, err := strconv.Atoi(num); err == nil && i >= 0 && i < len(items) {
				blocking[items[i].ID] = true
			}
		}
	}
	cv := checklistOf(c, l, blocking)
	cv.W = words(l)
	return &ksView{Checklist: cv}
}

// decisionRow is one decision of the history.
type decisionRow struct {
	Point, Title, Outcome, Date, Body, DecidedBy, Case, Comment string
	Conditions                                                  []string
}

func decisionOf(d phase.Decision, l phase.Language) decisionRow {
	return decisionRow{
		Point: d.Point.Label(), Title: d.Point.Title(l), Outcome: d.Outcome.Label(l), Date: d.Date.Norwegian(),
		Body: d.Body, DecidedBy: d.DecidedBy, Case: d.CaseNumber.String(), Comment: d.Comment, Conditions: d.Conditions,
	}
}

// logView is the decision log and its verification.
type logView struct {
	Intact   bool
	Verdict  string
	Head     string
	Problems []findingView
	Entries  []logEntry
}

// logEntry is one entry of the audit log.
type logEntry struct {
	Seq      string
	Model    string // the model's label, for a model entry
	Decision *decisionRow
	Sealed   []string // "Mandat for konseptfasen, versjon 2"
	Hash     string   // the first twelve hex digits
	FullHash string
}

func logOf(p *veiviser.Project, rep veiviser.Report, l phase.Language) logView {
	var v logView
	err := p.Verify("")
	v.Intact = err == nil
	for _, g := range rep.Groups {
		if g.Topic == veiviser.TopicAudit {
			v.Problems = findingsOf(g.Findings, l)
		}
	}
	if v.Intact && len(v.Problems) == 0 {
		v.Verdict = wordLogIntact.In(l)
	} else {
		v.Intact = false
		v.Verdict = wordLogBroken.In(l)
		if len(v.Problems) == 0 && err != nil {
			v.Problems = []findingView{{Error: true, Severity: phase.SeverityError.Label(l), Message: err.Error()}}
		}
	}
	log := p.Audit()
	v.Head = log.Head()
	for _, e := range log {
		le := logEntry{Seq: itoa(e.Seq), FullHash: e.Hash, Hash: short(e.Hash)}
		switch {
		case e.IsModel():
			m, merr := phase.NewModel(e.Model.Tailoring)
			le.Model = e.Model.Tailoring.Name
			if merr == nil {
				le.Model = m.Label(l)
			}
			if e.Model.Justification != "" {
				le.Model += ": " + e.Model.Justification
			}
		default:
			d := decisionOf(e.Decision, l)
			le.Decision = &d
		}
		for _, s := range e.Seals {
			t := s.Template.Label(l)
			if s.Version != "" {
				t += ", " + strings.ToLower(wordVersion.In(l)) + " " + s.Version
			}
			le.Sealed = append(le.Sealed, t)
		}
		v.Entries = append(v.Entries, le)
	}
	return v
}

// short returns the first twelve characters of a hash.
func short(h string) string {
	if len(h) > 12 {
		return h[:12]
	}
	return h
}

// documentView is one management product.
type documentView struct {
	Title, Version, Status, Note string
	Counts                       string
	Clean                        bool
	Findings                     []findingView
}

func documentsOf(p *veiviser.Project, rep veiviser.Report, l phase.Language) []documentView {
	all := rep.Findings()
	var out []documentView
	for i, d := range p.Documents {
		path := "documents[" + strconv.Itoa(i) + "]"
		var fs phase.Findings
		for _, f := range all {
			if f.Path == path || strings.HasPrefix(f.Path, path+".") || strings.HasPrefix(f.Path, path+"[") {
				fs = append(fs, f)
			}
		}
		if product.IsNil(d) {
			out = append(out, documentView{Title: "—", Findings: findingsOf(fs, l), Counts: countText(len(fs.Errors()), len(fs.Warnings()), l)})
			continue
		}
		h := d.Head()
		dv := documentView{Title: d.Template().Label(l), Version: h.Version(), Status: "—", Findings: findingsOf(fs, l)}
		if h.Status.IsValid() {
			dv.Status = h.Status.Label(l)
		}
		if dv.Version == "" {
			dv.Version = "—"
		}
		dv.Clean = len(fs) == 0
		dv.Counts = countText(len(fs.Errors()), len(fs.Warnings()), l)
		if dv.Clean {
			dv.Counts = wordNoFindings.In(l)
		}
		if p.Superseded(i) {
			dv.Note = wordSuperseded.In(l)
		}
		out = append(out, dv)
	}
	return out
}

// itoa is strconv.Itoa.
func itoa(n int) string { return strconv.Itoa(n) }
