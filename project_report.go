package veiviser

import (
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/product"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/internal/validate"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Topic is a part of a project that a Report groups findings by. The zero
// value is unset.
type Topic uint8

// The topics of a Report, in the order it lists them.
const (
	TopicProject      Topic = iota + 1 // the project's own fields
	TopicTimeline                      // the planned timeline
	TopicDocuments                     // the management products
	TopicBenefits                      // the benefit realisation plan
	TopicStakeholders                  // stakeholders, roles, bodies, memberships
	TopicNextDecision                  // what the next decision still lacks
	TopicAudit                         // the audit log of decisions
)

var topics = enum.Table[Topic]{
	Type: "topic",
	Codes: []string{
		"project", "timeline", "documents", "benefits", "stakeholders", "next_decision", "audit",
	},
	Labels: []enum.Label{
		TopicProject:      {NB: "Prosjektet", NN: "Prosjektet", EN: "Project"},
		TopicTimeline:     {NB: "Tidsplan", NN: "Tidsplan", EN: "Timeline"},
		TopicDocuments:    {NB: "Styringsdokumenter", NN: "Styringsdokument", EN: "Management products"},
		TopicBenefits:     {NB: "Gevinstrealisering", NN: "Gevinstrealisering", EN: "Benefit realisation"},
		TopicStakeholders: {NB: "Interessenter og roller", NN: "Interessentar og roller", EN: "Stakeholders and roles"},
		TopicNextDecision: {NB: "Neste beslutning", NN: "Neste avgjerd", EN: "Next decision"},
		TopicAudit:        {NB: "Beslutningslogg", NN: "Avgjerdslogg", EN: "Decision log"},
	},
}

// String returns the wire code.
func (a Topic) String() string { return topics.String(a) }

// IsValid reports whether a is one of the topics.
func (a Topic) IsValid() bool { return topics.Valid(a) }

// Text returns the name of a in bokmål, nynorsk and English; for an invalid
// a, its String form.
func (a Topic) Text() phase.Text { return phase.Text(topics.Label(a)) }

// Label returns the area's heading in language l.
func (a Topic) Label(l phase.Language) string { return a.Text().In(l) }

// MarshalText encodes a as its wire code.
func (a Topic) MarshalText() ([]byte, error) { return topics.Marshal(a) }

// UnmarshalText decodes a wire code.
func (a *Topic) UnmarshalText(b []byte) error { return topics.Unmarshal(b, a) }

// Report is the validation of a whole project: findings grouped by area,
// each group sorted by severity and path, with counts.
type Report struct {
	Project  string  `json:"project"`
	Groups   []Group `json:"groups,omitempty"` // non-empty groups, in Topic order
	Errors   int     `json:"errors"`
	Warnings int     `json:"warnings"`
}

// Group is the findings of one area of a Report.
type Group struct {
	Topic    Topic          `json:"topic"`
	Findings phase.Findings `json:"findings"`
	Errors   int            `json:"errors"`
	Warnings int            `json:"warnings"`
}

// OK reports whether the report has no errors.
func (r Report) OK() bool { return r.Errors == 0 }

// Findings returns every finding of the report, group by group.
func (r Report) Findings() phase.Findings {
	var out phase.Findings
	for _, g := range r.Groups {
		out = append(out, g.Findings...)
	}
	return out
}

// Text renders the report for a project manager in language l.
func (r Report) Text(l phase.Language) string {
	var b strings.Builder
	title := phase.Text{NB: "Valideringsrapport", NN: "Valideringsrapport", EN: "Validation report"}.In(l)
	b.WriteString(title + ": " + r.Project + "\n")
	b.WriteString(counts(r.Errors, r.Warnings, l) + "\n")
	if len(r.Groups) == 0 {
		b.WriteString(phase.Text{NB: "Ingen funn.", NN: "Ingen funn.", EN: "No findings."}.In(l) + "\n")
	}
	for _, g := range r.Groups {
		b.WriteString("\n" + g.Topic.Label(l) + " (" + counts(g.Errors, g.Warnings, l) + ")\n")
		for _, f := range g.Findings {
			b.WriteString("  " + padRight(f.Severity.Label(l), 9) + " ")
			if f.Path != "" {
				b.WriteString(f.Path + ": ")
			}
			b.WriteString(f.Message.In(l) + "\n")
		}
	}
	return b.String()
}

// counts says how many errors and warnings there are, each noun agreeing
// with its number.
func counts(errs, warns int, l phase.Language) string {
	e := finding.Count(errs, phase.Text{NB: "feil", NN: "feil", EN: "error"}, phase.Text{NB: "feil", NN: "feil", EN: "errors"})
	w := finding.Count(warns, phase.Text{NB: "advarsel", NN: "åtvaring", EN: "warning"}, phase.Text{NB: "advarsler", NN: "åtvaringar", EN: "warnings"})
	return e.In(l) + ", " + w.In(l)
}

func padRight(s string, n int) string {
	if k := len([]rune(s)); k < n {
		return s + strings.Repeat(" ", n-k)
	}
	return s
}

// Validate checks the whole project and groups what it finds by area:
//   - the project's own fields (ID, name, agency, investment);
//   - the timeline (phase.Timeline.Validate);
//   - every current management product (its Validate), the benefit plan
//     against the timeline (benefit.Plan.Validate with the timeline); a
//     document replaced by a later one of the same template (for phase
//     plans: for the same phase) is history and is not validated again;
//   - the stakeholder register (stakeholder.Register.Validate);
//   - what the next decision still lacks (Next), where not already said, as
//     warnings: a step still ahead is not a defect of the project (Next and
//     Decide treat the same findings as blocking);
//   - the audit log: an unbroken chain that matches the decision history
//     and the lifecycle's model, and approved documents as their approval
//     sealed them, unless revised with a new version (see Seal).
//
// It never modifies the project.
func (p *Project) Validate() Report { return p.validate(true) }

// validate is Validate, with the seal check (brokenSeals) only when seals
// is set: without it for BenchmarkValidateProject, which times the two
// apart.
func (p *Project) validate(seals bool) Report {
	var groups [TopicAudit + 1]phase.Findings
	validated := make(map[int]phase.Findings, len(p.Documents)) // each document validated once, for the report and the next step
	groups[TopicProject] = validate.Struct(projectFields{p.ID, p.Name, p.Agency, p.Investment})
	groups[TopicTimeline] = p.Timeline.Validate().WithPrefix("timeline")
	for i, d := range p.Documents {
		path := "documents[" + strconv.Itoa(i) + "]"
		if product.IsNil(d) {
			groups[TopicDocuments] = append(groups[TopicDocuments], finding.New("project.document_nil", path, phase.SeverityError,
				phase.Text{NB: "Tomt dokument", NN: "Tomt dokument", EN: "Empty document"}))
			continue
		}
		if p.Superseded(i) {
			continue
		}
		switch d := d.(type) {
		case *product.BenefitPlan:
			fs := d.ValidateWith(benefit.Options{Timeline: p.Timeline, StaleEstimate: p.Rules.StaleEstimate})
			validated[i] = fs
			groups[TopicBenefits] = append(groups[TopicBenefits], fs.WithPrefix(path)...)
			groups[TopicBenefits] = append(groups[TopicBenefits], p.earlyBenefits(d.Plan).WithPrefix(path+".plan")...)
		default:
			fs := product.ValidateWith(d, p.Rules.Products)
			validated[i] = fs
			groups[TopicDocuments] = append(groups[TopicDocuments], fs.WithPrefix(path)...)
		}
	}
	groups[TopicStakeholders] = p.Stakeholders.Validate().WithPrefix("stakeholders")
	if err := p.verifyLog(""); err != nil {
		groups[TopicAudit] = phase.Findings{auditFinding(err)}
	} else if seals {
		for _, e := range p.brokenSeals() {
			groups[TopicAudit] = append(groups[TopicAudit], sealFinding(e))
		}
	}
	if next, ok := p.next(phase.Date{}, validated); ok {
		said := map[[2]string]bool{}
		for _, g := range groups {
			for _, f := range g {
				said[[2]string{string(f.Code), f.Path}] = true
			}
		}
		for _, f := range append(next.Missing, next.Warnings...) {
			if !said[[2]string{string(f.Code), f.Path}] {
				f.Severity = phase.SeverityWarning // not a defect of the project, a step still ahead
				groups[TopicNextDecision] = append(groups[TopicNextDecision], f)
			}
		}
	}
	r := Report{Project: p.Name}
	for a, fs := range groups {
		if len(fs) == 0 {
			continue
		}
		fs.Sort()
		g := Group{Topic: Topic(a), Findings: fs, Errors: len(fs.Errors())}
		g.Warnings = len(fs) - g.Errors
		r.Groups = append(r.Groups, g)
		r.Errors += g.Errors
		r.Warnings += g.Warnings
	}
	return r
}

// projectFields are the project's own fields, validated apart from the parts.
type projectFields struct {
	ID         string         `json:"id" validate:"filled"`
	Name       string         `json:"name" validate:"filled"`
	Agency     string         `json:"agency" validate:"filled"`
	Investment *benefit.Money `json:"investment,omitempty" validate:"omitempty,gte=0"`
}

// verifyAudit checks the audit log as Verify does, without a head.
func (p *Project) verifyAudit() error { return p.Verify("") }

// auditFinding is the finding for err, an *AuditError from verifyAudit.
func auditFinding(err error) phase.Finding {
	ae, _ := err.(*AuditError)
	if ae == nil {
		ae = &AuditError{Problem: AuditAltered}
	}
	n := strconv.Itoa(ae.Index)
	path := "audit[" + n + "]"
	var msg phase.Text
	switch ae.Problem {
	case AuditModel:
		path = "lifecycle.model"
		msg = phase.Text{
			NB: "Livsløpsmodellen er ikke den beslutningsloggen bygger på (oppføring " + n + "); en endret tilpasning må føres i loggen med begrunnelse",
			NN: "Livsløpsmodellen er ikkje den avgjerdsloggen byggjer på (oppføring " + n + "); ei endra tilpassing må førast i loggen med grunngjeving",
			EN: "The lifecycle model is not the one the decision log commits to (entry " + n + "); a change of tailoring must be logged with its justification",
		}
	case AuditTruncated:
		msg = phase.Text{
			NB: "Beslutningsloggen er brutt: den slutter før oppføring " + n,
			NN: "Avgjerdsloggen er broten: han sluttar før oppføring " + n,
			EN: "The decision log is broken: it ends before entry " + n,
		}
	case AuditMismatch:
		msg = phase.Text{
			NB: "Beslutningsloggen er brutt: oppføring " + n + " er ulik beslutningshistorikken",
			NN: "Avgjerdsloggen er broten: oppføring " + n + " er ulik avgjerdshistorikken",
			EN: "The decision log is broken: entry " + n + " differs from the decision history",
		}
	default:
		msg = phase.Text{
			NB: "Beslutningsloggen er brutt: oppføring " + n + " er " + ae.Problem.Label(phase.Bokmal),
			NN: "Avgjerdsloggen er broten: oppføring " + n + " er " + ae.Problem.Label(phase.Nynorsk),
			EN: "The decision log is broken: entry " + n + " was " + ae.Problem.Label(phase.English),
		}
	}
	return finding.New("audit."+phase.Code(ae.Problem.String()), path, phase.SeverityError, msg)
}

// earlyBenefits warns of benefits recorded as being realised, or realised,
// while the project has not reached execution: before BP3 nothing has been
// delivered that could realise them. Benefits are planned in the planning
// phase (the gevinstrealiseringsplan is a product of planning, Digdir's
// "Styringsdokumentasjon") and realised from what the project delivers, in
// execution and after it (realiseringsfasen).
func (p *Project) earlyBenefits(plan benefit.Plan) phase.Findings {
	ph := p.Phase()
	if ph >= phase.Execution || !ph.IsValid() {
		return nil
	}
	var fs phase.Findings
	for i := range plan.Benefits {
		b := &plan.Benefits[i]
		if st := b.State(); st == benefit.Realising || st == benefit.Realised {
			fs = append(fs, finding.New("project.benefit_before_execution", "benefits["+strconv.Itoa(i)+"]", phase.SeverityWarning, phase.Text{
				NB: "Gevinst " + b.ID + " er registrert som " + strings.ToLower(st.Label(phase.Bokmal)) + ", men prosjektet er i " + strings.ToLower(ph.Label(phase.Bokmal)) + " og har ikke levert noe ennå",
				NN: "Gevinst " + b.ID + " er registrert som " + strings.ToLower(st.Label(phase.Nynorsk)) + ", men prosjektet er i " + strings.ToLower(ph.Label(phase.Nynorsk)) + " og har ikkje levert noko enno",
				EN: "Benefit " + b.ID + " is recorded as " + strings.ToLower(st.Label(phase.English)) + ", but the project is in the " + strings.ToLower(ph.Label(phase.English)) + " and has delivered nothing yet",
			}))
		}
	}
	return fs
}
