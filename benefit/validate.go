package benefit

import (
	"strconv"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/phase"
)

// MinProfileYears is how many years a priced benefit's yearly profile must
// cover at least, as the template's ten-year table does.
const MinProfileYears = 10

// Options tell Plan.Validate what it cannot know from the plan alone. The
// zero value checks the plan on its own.
type Options struct {
	// Timeline is the project's phase plan. With it, Validate reports a
	// plan that was not updated during the planning, execution and closure
	// phases that have ended, and knows when the project ends.
	Timeline phase.Timeline
	// ProjectEnd is when the project ends; zero means the end of the
	// closure phase in Timeline (or the last end before realisation).
	ProjectEnd phase.Date
	// AsOf is the date of the check. Zero means the latest date recorded in
	// the plan (a revision, a change, a measurement, an estimate update).
	AsOf phase.Date
	// UpdateGrace is how many days after a phase's end a revision still
	// counts as the update at that phase end (a decision meeting is often
	// held a little after). Zero means none.
	UpdateGrace int
	// StaleEstimate is the severity of an estimate of the municipal
	// sector's implementation costs not updated in the budget year before
	// roll-out, from roll-out on (benefit.implementation_estimate_stale).
	// Zero means a warning: Difi's checkpoint 6 states a wish ("det er
	// ønskeleg") in a checklist that says bør, so it is advice unless the
	// organisation makes it binding with phase.SeverityError. During the
	// budget year it is always a warning.
	StaleEstimate phase.Severity
}

// projectEnd returns o.ProjectEnd, or the end of the closure phase, or the
// last end of a phase before realisation.
func (o *Options) projectEnd() phase.Date {
	if !o.ProjectEnd.IsZero() {
		return o.ProjectEnd
	}
	if p, ok := o.Timeline.Find(phase.Closure); ok && p.End.IsValid() {
		return p.End
	}
	var d phase.Date
	for _, p := range o.Timeline {
		if p.Phase != phase.Realisation && p.End.IsValid() && p.End.After(d) {
			d = p.End
		}
	}
	return d
}

// Validate checks the plan and returns every finding, errors and warnings,
// with JSON paths such as "benefits[3].indicators[0].baseline". It runs the
// struct tags (internal/validate: required text without template
// placeholders, valid enumerations and dates) and then these checks:
//
//	benefit.duplicate_id                 two benefits or measures share an ID (error)
//	benefit.owner_missing                no benefit owner (error when priced, warning otherwise)
//	benefit.start_year_missing           a priced benefit without a start year (error)
//	benefit.full_effect_missing          a priced benefit without an annual value (error)
//	benefit.profile_short                a priced benefit with under ten years of profile (error)
//	benefit.importance_missing           an unpriced benefit without importance (error)
//	benefit.justification_missing        an unpriced benefit without justification (error)
//	benefit.unpriced_value               an unpriced benefit with a value or profile (warning)
//	benefit.indicator_missing            no indicator (error when priced, warning otherwise)
//	benefit.baseline_missing             an indicator without baseline (error when priced, warning otherwise)
//	benefit.target_missing               an indicator without target (error when priced, warning otherwise)
//	benefit.unit_name_missing            a named unit without a name (error)
//	benefit.zero_span                    a target equal to its baseline (error)
//	benefit.target_before_baseline       a target dated before its baseline (error)
//	benefit.target_before_project_end    a target dated before the project ends (warning)
//	benefit.measurement_before_baseline  a measurement dated before its baseline (error)
//	benefit.points_order                 planned measurement points out of order (warning)
//	benefit.history_invalid              a history the lifecycle cannot replay (error)
//	benefit.history_order                a change dated before the one before it (error)
//	benefit.reason_missing               not realised or withdrawn without a reason (error)
//	benefit.unknown_benefit              a measure supporting a benefit not in the plan (error)
//	benefit.no_benefits                  a plan without benefits (warning)
//	benefit.plan_not_updated             no revision during a phase that has ended (warning)
//	benefit.duplicate_size_class         a size class listed twice (error)
//	benefit.municipal_benefits_missing   municipal costs given, no municipal benefit (warning)
//	benefit.implementation_estimate_stale  see ImplementationCost.Stale (a warning; Options.StaleEstimate)
//
// Validate does not modify the plan and is safe to call concurrently on a
// plan no one is changing.
func (p *Plan) Validate(o Options) phase.Findings {
	fs := p.fieldFindings()
	projectEnd := o.projectEnd()
	ids := make(map[string]int, len(p.Benefits))
	municipal := false
	for i := range p.Benefits {
		b := &p.Benefits[i]
		if b.ID != "" {
			if j, dup := ids[b.ID]; dup {
				duplicate(&fs, item("benefits", i)+".id", b.ID, j)
			} else {
				ids[b.ID] = i
			}
		}
		municipal = municipal || b.Area == Municipal
		checkBenefit(&fs, i, b, projectEnd)
	}
	if len(p.Benefits) == 0 {
		fs = append(fs, finding.New("benefit.no_benefits", "benefits", phase.SeverityWarning, phase.Text{
			NB: "Planen har ingen gevinster",
			NN: "Planen har ingen gevinstar",
			EN: "The plan has no benefits",
		}))
	}
	p.checkMeasures(&fs, ids)
	var asOf phase.Date
	if len(o.Timeline) > 0 || p.Municipal != nil {
		asOf = o.AsOf
		if asOf.IsZero() {
			asOf = p.latest()
		}
	}
	if len(o.Timeline) > 0 {
		p.checkUpdates(&fs, o.Timeline, asOf, o.UpdateGrace)
	}
	if m := p.Municipal; m != nil {
		seen := [Large + 1]bool{}
		for i, s := range m.Split {
			if s.Class.IsValid() {
				if seen[s.Class] {
					fs = append(fs, finding.New("benefit.duplicate_size_class", "municipal."+item("split", i)+".class", phase.SeverityError, phase.Text{
						NB: s.Class.Label(phase.Bokmal) + " står to ganger",
						NN: s.Class.Label(phase.Nynorsk) + " står to gonger",
						EN: s.Class.Label(phase.English) + " is listed twice",
					}))
				}
				seen[s.Class] = true
			}
		}
		if !municipal && (len(m.Split) > 0 || m.Implementation != nil) {
			fs = append(fs, finding.New("benefit.municipal_benefits_missing", "benefits", phase.SeverityWarning, phase.Text{
				NB: "Prosjektet berører kommunesektoren, men planen har ingen gevinster i kommunal sektor (Difis sjekkpunkt 5)",
				NN: "Prosjektet rører ved kommunesektoren, men planen har ingen gevinstar i kommunal sektor (Difis sjekkpunkt 5)",
				EN: "The project affects the municipal sector, but the plan has no municipal benefits (Difi checkpoint 5)",
			}))
		}
		if m.Implementation != nil {
			checkImplementation(&fs, m.Implementation, asOf, o.StaleEstimate)
		}
	}
	return fs
}

func duplicate(fs *phase.Findings, path, id string, first int) {
	n := strconv.Itoa(first)
	*fs = append(*fs, finding.New("benefit.duplicate_id", path, phase.SeverityError, phase.Text{
		NB: "ID-en " + quoteNB(id) + " er brukt før (element " + n + ")",
		NN: "ID-en " + quoteNB(id) + " er brukt før (element " + n + ")",
		EN: "The ID " + quoteEN(id) + " is used before (element " + n + ")",
	}))
}

// checkBenefit reports what benefit i lacks.
func checkBenefit(fs *phase.Findings, i int, b *Benefit, projectEnd phase.Date) {
	w := where{b: i, in: -1}
	sev := phase.SeverityWarning
	switch b.Valuation {
	case Priced:
		sev = phase.SeverityError
		if b.StartYear == 0 {
			startYearMissing(fs, w)
		}
		if b.FullEffect == 0 {
			*fs = append(*fs, finding.New("benefit.full_effect_missing", w.path("fullEffect"), phase.SeverityError, phase.Text{
				NB: "En prissatt gevinst må ha verdi per år ved full effekt",
				NN: "Ein prissett gevinst må ha verdi per år ved full effekt",
				EN: "A priced benefit needs an annual value at full effect",
			}))
		}
		if len(b.Profile) < MinProfileYears {
			n := finding.Count(len(b.Profile), phase.Text{NB: "år", NN: "år", EN: "year"}, phase.Text{NB: "år", NN: "år", EN: "years"})
			*fs = append(*fs, finding.New("benefit.profile_short", w.path("profile"), phase.SeverityError, phase.Text{
				NB: "Gevinstprofilen dekker " + n.NB + "; den skal dekke minst 10 år",
				NN: "Gevinstprofilen dekkjer " + n.NN + "; han skal dekkje minst 10 år",
				EN: "The benefit profile covers " + n.EN + "; it must cover at least 10",
			}))
		}
	case Unpriced:
		if b.Importance == 0 {
			*fs = append(*fs, finding.New("benefit.importance_missing", w.path("importance"), phase.SeverityError, phase.Text{
				NB: "En ikke prissatt gevinst må ha viktighet (lav, moderat, høy)",
				NN: "Ein ikkje prissett gevinst må ha viktigheit (låg, moderat, høg)",
				EN: "An unpriced benefit needs an importance (low, moderate, high)",
			}))
		}
		if !filled(b.Justification) {
			*fs = append(*fs, finding.New("benefit.justification_missing", w.path("justification"), phase.SeverityError, phase.Text{
				NB: "En ikke prissatt gevinst må ha begrunnelse",
				NN: "Ein ikkje prissett gevinst må ha grunngjeving",
				EN: "An unpriced benefit needs a justification",
			}))
		}
		if b.FullEffect != 0 || len(b.Profile) > 0 {
			*fs = append(*fs, finding.New("benefit.unpriced_value", w.path("valuation"), phase.SeverityWarning, phase.Text{
				NB: "Gevinsten har kroneverdi, men er ikke markert som prissatt",
				NN: "Gevinsten har kroneverdi, men er ikkje merkt som prissett",
				EN: "The benefit has a value in kroner but is not marked priced",
			}))
		}
	}
	if !filled(b.Owner) {
		ownerMissing(fs, w, sev)
	}
	if len(b.Indicators) == 0 {
		indicatorMissing(fs, w, sev)
	}
	for j := range b.Indicators {
		in := &b.Indicators[j]
		wj := where{b: i, in: j}
		checkIndicator(fs, wj, in, sev, projectEnd)
		checkPoints(fs, wj, in.Points)
		if !in.Baseline.IsSet() {
			continue
		}
		for k := range in.Measurements {
			if d := in.Measurements[k].Date; d.Before(in.Baseline.Date) && !d.IsZero() {
				*fs = append(*fs, finding.New("benefit.measurement_before_baseline", wj.path(item("measurements", k)+".date"), phase.SeverityError, phase.Text{
					NB: "Målingen " + d.Norwegian() + " er før nullpunktsmålingen " + in.Baseline.Date.Norwegian(),
					NN: "Målinga " + d.Norwegian() + " er før nullpunktsmålinga " + in.Baseline.Date.Norwegian(),
					EN: "The measurement of " + d.Norwegian() + " is before the baseline of " + in.Baseline.Date.Norwegian(),
				}))
			}
		}
	}
	checkHistory(fs, w, b.History)
}

// checkPoints reports planned measurement points out of order: a later
// kind (midtveis, slutt) dated before an earlier one (nullpunkt).
func checkPoints(fs *phase.Findings, w where, pts []PlannedPoint) {
	for k := range pts {
		for j := range pts {
			a, b := &pts[j], &pts[k]
			if a.Kind.IsValid() && b.Kind.IsValid() && a.Kind < b.Kind && b.Date.Before(a.Date) && !b.Date.IsZero() {
				*fs = append(*fs, finding.New("benefit.points_order", w.path(item("points", k)+".date"), phase.SeverityWarning, phase.Text{
					NB: b.Kind.Label(phase.Bokmal) + " (" + b.Date.Norwegian() + ") er planlagt før " + lower(a.Kind.Label(phase.Bokmal)) + " (" + a.Date.Norwegian() + ")",
					NN: b.Kind.Label(phase.Nynorsk) + " (" + b.Date.Norwegian() + ") er planlagd før " + lower(a.Kind.Label(phase.Nynorsk)) + " (" + a.Date.Norwegian() + ")",
					EN: b.Kind.Label(phase.English) + " (" + b.Date.Norwegian() + ") is planned before " + lower(a.Kind.Label(phase.English)) + " (" + a.Date.Norwegian() + ")",
				}))
				break
			}
		}
	}
}

// checkHistory reports a history the lifecycle cannot replay, changes out of
// date order, and endings without a reason.
func checkHistory(fs *phase.Findings, w where, h []Change) {
	s := Identified
	for k := range h {
		c := &h[k]
		at := item("history", k)
		if k > 0 && c.Date.Before(h[k-1].Date) {
			*fs = append(*fs, finding.New("benefit.history_order", w.path(at+".date"), phase.SeverityError, phase.Text{
				NB: "Endringen " + c.Date.Norwegian() + " er før endringen før den",
				NN: "Endringa " + c.Date.Norwegian() + " er før endringa før ho",
				EN: "The change of " + c.Date.Norwegian() + " is before the change before it",
			}))
		}
		if (c.Event == EventFail || c.Event == EventWithdraw) && !filled(c.Reason) {
			*fs = append(*fs, finding.New("benefit.reason_missing", w.path(at+".reason"), phase.SeverityError, phase.Text{
				NB: c.Event.Label(phase.Bokmal) + " krever en begrunnelse",
				NN: c.Event.Label(phase.Nynorsk) + " krev ei grunngjeving",
				EN: c.Event.Label(phase.English) + " needs a reason",
			}))
		}
		if !c.Event.IsValid() {
			return // the struct tags report it
		}
		t := step(s, c.Event)
		if t == 0 {
			*fs = append(*fs, finding.New("benefit.history_invalid", w.path(at+".event"), phase.SeverityError, phase.Text{
				NB: c.Event.Label(phase.Bokmal) + " er ikke mulig når gevinsten er " + lower(s.Label(phase.Bokmal)),
				NN: c.Event.Label(phase.Nynorsk) + " er ikkje mogleg når gevinsten er " + lower(s.Label(phase.Nynorsk)),
				EN: c.Event.Label(phase.English) + " is not possible when the benefit is " + lower(s.Label(phase.English)),
			}))
			return
		}
		s = t
	}
}

// checkMeasures reports duplicate measure IDs and references to benefits
// that are not in the plan.
func (p *Plan) checkMeasures(fs *phase.Findings, benefits map[string]int) {
	var ids map[string]int
	for i := range p.Measures {
		m := &p.Measures[i]
		if m.ID != "" {
			if ids == nil {
				ids = make(map[string]int, len(p.Measures))
			}
			if j, dup := ids[m.ID]; dup {
				duplicate(fs, item("measures", i)+".id", m.ID, j)
			} else {
				ids[m.ID] = i
			}
		}
		for k, id := range m.Benefits {
			if _, ok := benefits[id]; !ok {
				*fs = append(*fs, finding.New("benefit.unknown_benefit", item("measures", i)+"."+item("benefits", k), phase.SeverityError, phase.Text{
					NB: "Planen har ingen gevinst med ID " + quoteNB(id),
					NN: "Planen har ingen gevinst med ID " + quoteNB(id),
					EN: "The plan has no benefit with ID " + quoteEN(id),
				}))
			}
		}
	}
}

// updatedPhases are the phases at whose end the plan must have been
// updated: it is made in planning (BP3), reviewed through execution (BP4
// item 4) and updated at closure (BP5 item 7).
func updatedPhase(p phase.Phase) bool {
	return p == phase.Planning || p == phase.Execution || p == phase.Closure
}

// checkUpdates reports each phase in t that has ended by asOf without a
// revision of the plan dated within it (up to grace days after its end).
func (p *Plan) checkUpdates(fs *phase.Findings, t phase.Timeline, asOf phase.Date, grace int) {
	for _, per := range t {
		if !updatedPhase(per.Phase) || !per.Start.IsValid() || !per.End.IsValid() {
			continue
		}
		if !asOf.IsZero() && per.End.After(asOf) {
			continue
		}
		until := per.End.AddDays(grace)
		found := false
		for _, r := range p.Revisions {
			if !r.Date.Before(per.Start) && !r.Date.After(until) {
				found = true
				break
			}
		}
		if found {
			continue
		}
		name := per.Position().Label
		end := per.End.Norwegian()
		*fs = append(*fs, finding.New("benefit.plan_not_updated", "revisions", phase.SeverityWarning, phase.Text{
			NB: "Gevinstrealiseringsplanen ble ikke oppdatert i " + lower(name(phase.Bokmal)) + " (slutt " + end + ")",
			NN: "Gevinstrealiseringsplanen vart ikkje oppdatert i " + lower(name(phase.Nynorsk)) + " (slutt " + end + ")",
			EN: "The benefit realisation plan was not updated in the " + lower(name(phase.English)) + " (ending " + end + ")",
		}))
	}
}

// latest returns the latest date recorded anywhere in the plan.
func (p *Plan) latest() phase.Date {
	d := p.Updated()
	later := func(e phase.Date) {
		if e.After(d) {
			d = e
		}
	}
	for i := range p.Benefits {
		b := &p.Benefits[i]
		for _, c := range b.History {
			later(c.Date)
		}
		for j := range b.Indicators {
			in := &b.Indicators[j]
			later(in.Baseline.Date)
			for k := range in.Measurements {
				later(in.Measurements[k].Date)
			}
		}
	}
	if p.Municipal != nil && p.Municipal.Implementation != nil {
		later(p.Municipal.Implementation.Updated)
	}
	return d
}
