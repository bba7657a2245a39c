package veiviser

import (
	"fmt"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/internal/redact"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// DefaultThreshold is the investment a project must exceed to be in the
// overview when OverviewOptions.Threshold is zero: 10 MNOK, the state's
// total cost. It follows the survey criterion of Difi's report (seed 003):
// "digitaliseringsprosjekter som berører kommunal sektor med en total
// kostnad for staten på over 10 mill. kroner", and its proposal that the
// overview take projects whose size "bør overstige en investeringskostnad
// på 10 millioner", then the level of the digitaliseringsråd and the
// co-financing scheme. Those schemes' limits have changed since, and KS
// noted that smaller state projects also affect the municipal sector
// (seed 003, note 6); the threshold is therefore a setting
// (OverviewOptions.Threshold) with this default.
const DefaultThreshold = benefit.Money(10_000_000_00)

// Portfolio is many projects at once, in the order the caller keeps them:
// an agency's, a ministry's or Difi's compilation of projects. It gives the
// overview Difi proposed (Overview) and validates every project (Validate).
//
// A Portfolio is a plain slice; nil entries are allowed and reported by
// Validate. The projects must not change while a method runs.
type Portfolio []*Project

// OverviewOptions select the rows of an overview. The zero value means
// Difi's proposal: projects that affect the municipal sector and whose
// investment exceeds 10 MNOK, with personal names.
type OverviewOptions struct {
	// Threshold is the investment a project must exceed (strictly: Difi
	// writes "over" and "overstige"). Zero means DefaultThreshold. A
	// negative Threshold lets every project with a non-negative investment
	// through.
	Threshold benefit.Money
	// IncludeUnaffected also includes projects that do not affect the
	// municipal sector, or whose row does not say. By default only rows
	// with Municipal == checklist.Yes are included, as Difi proposes.
	IncludeUnaffected bool
	// Redact removes personal names for publishing: see Portfolio.Overview.
	Redact bool
	// ExcludeUnknown leaves out projects whose investment is not known. By
	// default they are included, their investment shown as unknown: the
	// sources say nothing of projects without an estimate, and an overview
	// meant to make state projects visible to the municipal sector should
	// not hide one for want of a figure.
	ExcludeUnknown bool
}

// threshold returns the effective threshold.
func (o OverviewOptions) threshold() benefit.Money {
	if o.Threshold == 0 {
		return DefaultThreshold
	}
	return o.Threshold
}

// Includes reports whether row r passes the filter of o: its investment
// exceeds the threshold, or is not known and o does not ExcludeUnknown;
// and, unless IncludeUnaffected, it affects the municipal sector.
func (o OverviewOptions) Includes(r Row) bool {
	switch {
	case r.Investment == nil && o.ExcludeUnknown:
		return false
	case r.Investment != nil && *r.Investment <= o.threshold():
		return false
	}
	return o.IncludeUnaffected || r.Municipal == checklist.Yes
}

// Row is one project in the overview Difi proposed in seed 003 (virksomhet,
// prosjekt, beskrivelse, oppstart, planlagt ferdig, fase), with the
// questions Difi found unanswered in its survey (is the municipal sector
// affected, is KS involved, are the municipal costs and benefits
// estimated), the investment, and the project owner and manager.
//
// A Row is plain data. Rows made from a Project (Project.PortfolioRow)
// answer every yes/no question with checklist.Yes or checklist.No; rows
// reported from elsewhere may leave one unset (zero), meaning "not
// reported", which the CSV writes as an empty cell.
type Row struct {
	// ID is the project's ID; it is not a column of the CSV. It is an
	// identifier, not free text: redaction leaves it as it is.
	ID string `json:"id,omitempty" privacy:"id"`
	// Agency is the state agency that owns the project (virksomhet).
	Agency string `json:"agency"`
	// Project is the project's name (navn på prosjekt).
	Project string `json:"project"`
	// Description says what the project is (beskrivelse av prosjektet).
	Description string `json:"description,omitempty"`
	// Start is the planned start (oppstart): the first start date of the
	// project's timeline. Zero when not known.
	Start phase.Date `json:"start,omitzero"`
	// End is the planned end (planlagt ferdig): the last end date of the
	// project's timeline. Zero when not known.
	End phase.Date `json:"end,omitzero"`
	// Phase is the project's current phase; zero when not reported (or,
	// with Status set, not started).
	Phase phase.Phase `json:"phase,omitempty"`
	// Status is the lifecycle's status; zero for a reported row that does
	// not say.
	Status phase.Status `json:"status,omitempty"`
	// Municipal reports whether the project affects the municipal sector.
	Municipal checklist.Bool `json:"municipal,omitempty"`
	// KSInvolved reports whether KS is involved.
	KSInvolved checklist.Bool `json:"ksInvolved,omitempty"`
	// CostsEstimated reports whether the costs for the municipal sector are
	// estimated.
	CostsEstimated checklist.Bool `json:"costsEstimated,omitempty"`
	// BenefitsEstimated reports whether the benefits for the municipal
	// sector are estimated.
	BenefitsEstimated checklist.Bool `json:"benefitsEstimated,omitempty"`
	// Investment is the estimated investment, nil when it is not known.
	Investment *benefit.Money `json:"investment,omitempty"`
	// Roles are the designated project owners and project managers, in
	// register order. Person holds a personal name until the row is
	// redacted; then Person is empty and Redacted is set.
	Roles stakeholder.Roles `json:"roles,omitempty"`
	// Note is free text, such as the source of a reported row or which
	// figures are assumptions. Rows made from a Project leave it empty.
	Note string `json:"note,omitempty"`
}

// Overview is the rows of a portfolio overview, in portfolio order.
type Overview []Row

// Overview returns one row per project (nil entries skipped), in
// portfolio order, keeping the rows o includes (see OverviewOptions).
//
// With o.Redact the rows are made for publishing: the owner and manager
// are kept as designated roles without names (stakeholder.Register.Redacted),
// and every personal name the project's register knows
// (stakeholder.Register.PersonalNames, which includes the role holders) is
// replaced by stakeholder.RedactedName wherever it occurs, in any of the
// forms stakeholder.Register.Redacted recognises, in the agency, the
// project name, the description, the note and the roles' positions.
func (pf Portfolio) Overview(o OverviewOptions) Overview {
	var out Overview
	for _, p := range pf {
		if p == nil {
			continue
		}
		r := p.PortfolioRow()
		if !o.Includes(r) {
			continue
		}
		if o.Redact {
			r = r.redact(p.Stakeholders.PersonalNames())
		}
		out = append(out, r)
	}
	return out
}

// Select returns the rows o includes, in order. Use it on rows reported
// from elsewhere; Portfolio.Overview already selects. Select ignores
// o.Redact: use Redacted.
func (ov Overview) Select(o OverviewOptions) Overview {
	var out Overview
	for _, r := range ov {
		if o.Includes(r) {
			out = append(out, r)
		}
	}
	return out
}

// Redacted returns a copy of ov for publishing: each row's role holders
// lose their names (Person emptied, Redacted set) and those names are
// replaced by stakeholder.RedactedName wherever they occur in the row's
// free text (agency, project, description, note and the roles'
// positions), in any of the forms stakeholder.Register.Redacted
// recognises. A row knows only its role holders' names; for the other
// names of a project's register use OverviewOptions.Redact.
func (ov Overview) Redacted() Overview {
	if ov == nil {
		return nil
	}
	out := make(Overview, len(ov))
	for i, r := range ov {
		out[i] = r.redact(nil)
	}
	return out
}

// redact returns r without the names of its role holders and without
// those names or names in its free text, positions included.
// TestOverviewRedactedRemovesEveryForm keeps this list of fields complete.
func (r Row) redact(names []string) Row {
	names = slices.Clone(names)
	r.Roles = slices.Clone(r.Roles)
	for i := range r.Roles {
		a := &r.Roles[i]
		if n := strings.TrimSpace(a.Person); n != "" {
			names = append(names, n)
			a.Redacted = true
		}
		a.Person = ""
	}
	rep := redact.New(names, stakeholder.RedactedName)
	for _, s := range []*string{&r.Agency, &r.Project, &r.Description, &r.Note} {
		*s = rep.Replace(*s)
	}
	for i := range r.Roles {
		r.Roles[i].Position = rep.Replace(r.Roles[i].Position)
	}
	return r
}

// PortfolioRow returns the project's row in the overview. The yes/no
// answers are derived from the project's own records: checklist.Yes or
// checklist.No where the records say so, and not known (zero, an empty
// cell) where nothing is recorded:
//
//   - Municipal: StateAffectingMunicipalities.
//   - KSInvolved: Difi's checkpoint 1 ("Kontakt kommunanes
//     interesseorganisasjon KS …") answered favourably (yes), or an
//     Involvement record in the stakeholder register whose counterpart is
//     an organisation of kind stakeholder.KS.
//   - CostsEstimated: checkpoint 3 (the municipal sector's costs are
//     assessed) answered favourably, or a municipal cost estimate in the
//     benefit plan: a size class with a cost, or an implementation cost
//     estimate above zero.
//   - BenefitsEstimated: checkpoint 4 (the municipal sector's benefits are
//     assessed) answered favourably, or quantified municipal benefits in the
//     benefit plan: a size class with a benefit or freed effort, or a priced
//     benefit that arises in the municipal sector. Unpriced benefits are
//     described, not estimated, and do not count; nor do amounts of zero.
//
// A checkpoint answered "nei" gives no, unless other evidence gives yes; a
// checkpoint open, deferred or marked not relevant gives nothing; an
// archived checkpoint keeps its answer. Start and End are the
// timeline's first start and last end; Roles are the designated project
// owners and managers.
func (p *Project) PortfolioRow() Row {
	r := Row{
		ID: p.ID, Agency: p.Agency, Project: p.Name, Description: p.Description,
		Start: p.Timeline.Start(), End: p.Timeline.End(),
		Phase: p.Phase(), Status: p.Status(),
		Investment: cloneMoney(p.Investment),
	}
	var ks *checklist.Checklist
	if p.Checklists != nil {
		ks = p.Checklists.KS()
	}
	plan := p.BenefitPlan()
	r.Municipal = yesNo(p.StateAffectingMunicipalities)
	r.KSInvolved = recorded(ks, "1", involvesKS(&p.Stakeholders))
	r.CostsEstimated = recorded(ks, "3", municipalCosts(plan))
	r.BenefitsEstimated = recorded(ks, "4", municipalBenefits(plan))
	for _, a := range p.Stakeholders.Roles {
		if (a.Role == stakeholder.ProjectOwner || a.Role == stakeholder.ProjectManager) && a.Designated() {
			r.Roles = append(r.Roles, a)
		}
	}
	return r
}

func yesNo(b bool) checklist.Bool {
	if b {
		return checklist.Yes
	}
	return checklist.No
}

// recorded answers one of the overview's questions from the project's
// records: yes when checkpoint id of c is answered favourably or other
// evidence says so; no when the checkpoint is answered unfavourably ("nei")
// and nothing else says yes; and not known (the zero checklist.Bool) when
// nothing is recorded. A missing record is not a no.
func recorded(c *checklist.Checklist, id string, evidence bool) checklist.Bool {
	if evidence {
		return checklist.Yes
	}
	if c == nil {
		return 0
	}
	it, ok := c.Item(id)
	if !ok {
		return 0
	}
	a, ok := it.Answer()
	switch {
	case !ok || !a.Bool.IsValid():
		return 0
	case it.Favourable == 0 || a.Bool == it.Favourable:
		return checklist.Yes
	}
	return checklist.No
}

func involvesKS(reg *stakeholder.Register) bool {
	for _, v := range reg.Involvement {
		if o, ok := reg.Organisation(v.Counterpart); ok && o.Kind == stakeholder.KS {
			return true
		}
	}
	return false
}

func municipalCosts(plan *benefit.Plan) bool {
	if plan == nil || plan.Municipal == nil {
		return false
	}
	if c := plan.Municipal.Implementation; c != nil && c.Estimate > 0 {
		return true
	}
	return slices.ContainsFunc(plan.Municipal.Split, func(s benefit.SizeShare) bool { return s.Cost > 0 })
}

func municipalBenefits(plan *benefit.Plan) bool {
	if plan == nil {
		return false
	}
	if plan.Municipal != nil && slices.ContainsFunc(plan.Municipal.Split, func(s benefit.SizeShare) bool {
		return s.Benefit > 0 || s.Effort > 0
	}) {
		return true
	}
	return slices.ContainsFunc(plan.Benefits, func(b benefit.Benefit) bool {
		return b.Area == benefit.Municipal && b.IsPriced()
	})
}

// Validate validates every project (Project.Validate) and returns the
// reports in portfolio order: the report of pf[i] is at index i, however
// the work was shared. A nil entry gets a report with one error,
// "portfolio.project_missing"; a project whose validation panics gets one
// with "portfolio.validation_failed" instead of taking the others down.
//
// The projects are validated concurrently by a bounded pool of
// runtime.GOMAXPROCS(0) goroutines (no more than there are projects), all
// of which have ended when Validate returns. The projects must not change
// while it runs; a project listed twice is validated twice.
func (pf Portfolio) Validate() []Report {
	return pf.validate(runtime.GOMAXPROCS(0))
}

// validate validates pf with at most workers goroutines.
func (pf Portfolio) validate(workers int) []Report {
	out := make([]Report, len(pf))
	workers = min(max(workers, 1), len(pf))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1) - 1)
				if i >= len(pf) {
					return
				}
				out[i] = validateOne(pf[i])
			}
		})
	}
	wg.Wait()
	return out
}

// validateOne validates p, turning a nil project or a panic into a report.
func validateOne(p *Project) (r Report) {
	if p == nil {
		return failedReport("", finding.New("portfolio.project_missing", "", phase.SeverityError, phase.Text{
			NB: "Porteføljen har et tomt prosjekt", NN: "Porteføljen har eit tomt prosjekt", EN: "The portfolio holds an empty project"}))
	}
	defer func() {
		if v := recover(); v != nil {
			why := fmt.Sprint(v)
			r = failedReport(p.Name, finding.New("portfolio.validation_failed", "", phase.SeverityError, phase.Text{
				NB: "Valideringen av prosjektet feilet: " + why,
				NN: "Valideringa av prosjektet feila: " + why,
				EN: "Validating the project failed: " + why}))
		}
	}()
	return p.Validate()
}

func failedReport(name string, f phase.Finding) Report {
	return Report{Project: name, Errors: 1, Groups: []Group{{Topic: TopicProject, Findings: phase.Findings{f}, Errors: 1}}}
}

// cloneMoney returns a copy of *m, or nil.
func cloneMoney(m *benefit.Money) *benefit.Money {
	if m == nil {
		return nil
	}
	c := *m
	return &c
}
