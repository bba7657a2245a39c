package veiviser

import (
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/product"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/phase"
)

// productGate requires, for every decision point a step covers, the
// management products of that point (phase.DecisionPoint.Products):
//   - a document of that kind exists (project.product_missing); a phase
//     plan must be for the phase (and sub-phase) the step opens;
//   - it has been put forward, not left as a draft (project.product_draft).
//     The mandate for the concept phase needs no more: it is signed at BP1
//     ("Dokumentet signeres ved BP1", Digdir's Styringsdokumentasjon), so
//     approving BP1 is what approves it;
//   - it has no error findings of its own (its Validate, under its path);
//   - at BP6, the benefit plan holds measurements (project.measurements_missing).
//
// At BP4 the closure recommendation is checked the same way, with the
// severity Rules.ClosureRecommendation gives (a warning by default).
func (p *Project) productGate(c phase.GateContext, validated map[int]phase.Findings) phase.Findings {
	var fs phase.Findings
	seen := map[phase.Product]bool{}
	for _, pt := range c.Covers {
		for _, k := range pt.Products() {
			if seen[k] {
				continue // BP2 and BP3 both ask for a phase plan and a business case
			}
			seen[k] = true
			fs = append(fs, p.productReady(pt, k, c, validated)...)
		}
		if pt == phase.BP3 {
			fs = append(fs, p.businessCaseDeveloped()...)
		}
		if pt == phase.BP4 {
			fs = append(fs, atMost(p.productReady(pt, phase.ClosureRecommendation, c, validated), p.Rules.closureRecommendation())...)
		}
	}
	return fs
}

// atMost returns fs with every finding more severe than sev lowered to sev.
func atMost(fs phase.Findings, sev phase.Severity) phase.Findings {
	for i := range fs {
		if fs[i].Severity < sev {
			fs[i].Severity = sev
		}
	}
	return fs
}

func (p *Project) productReady(pt phase.DecisionPoint, k phase.Product, c phase.GateContext, validated map[int]phase.Findings) phase.Findings {
	if k == phase.BenefitMeasurements {
		if plan := p.BenefitPlan(); plan == nil || !hasMeasurements(plan) {
			return phase.Findings{finding.New("project.measurements_missing", "documents", phase.SeverityError, phase.Text{
				NB: "Gevinstrealiseringsplanen har ingen målinger (kreves ved " + pt.Label() + ")",
				NN: "Gevinstrealiseringsplanen har ingen målingar (krevst ved " + pt.Label() + ")",
				EN: "The benefit realisation plan has no measurements (required at " + pt.Label() + ")",
			})}
		}
		return nil
	}
	i := p.documentIndex(k)
	if k == phase.PhasePlan {
		i = p.phasePlanIndex(c.Target)
	}
	if i < 0 {
		what := phase.Text{NB: k.Label(phase.Bokmal), NN: k.Label(phase.Nynorsk), EN: k.Label(phase.English)}
		if k == phase.PhasePlan {
			nb := strings.ToLower(c.Target.Label(phase.Bokmal))
			if c.Target.Sub == 0 {
				nb += "n" // "planleggingsfasen", as the template writes it
			}
			what = phase.Text{
				NB: "Faseplan for " + nb,
				NN: "Faseplan for " + strings.ToLower(c.Target.Label(phase.Nynorsk)),
				EN: "Phase plan for the " + strings.ToLower(c.Target.Label(phase.English)),
			}
		}
		return phase.Findings{finding.New("project.product_missing", "documents", phase.SeverityError, phase.Text{
			NB: what.NB + " mangler (kreves ved " + pt.Label() + ")",
			NN: what.NN + " manglar (krevst ved " + pt.Label() + ")",
			EN: what.EN + " is missing (required at " + pt.Label() + ")",
		})}
	}
	d := p.Documents[i]
	path := "documents[" + strconv.Itoa(i) + "]"
	var fs phase.Findings
	switch status := d.Head().Status; {
	case status == product.StatusDraft || !status.IsValid():
		fs = append(fs, finding.New("project.product_draft", path+".header.status", phase.SeverityError, phase.Text{
			NB: k.Label(phase.Bokmal) + " er ikke lagt fram til behandling",
			NN: k.Label(phase.Nynorsk) + " er ikkje lagd fram til handsaming",
			EN: k.Label(phase.English) + " has not been put forward for a decision",
		}))
	}
	var own phase.Findings
	if _, ok := d.(*product.Mandate); ok && p.bp1() != nil {
		// The mandate's checklist section is the project's BP1 checklist
		// (one source, see fillApproved), which the checklist gate
		// evaluates: what the section's check finds is not reported a
		// second time under the mandate. Nothing else the mandate's check
		// finds depends on that section (TestMandateFindingsBesideChecklist),
		// so the mandate as it stands gives the findings of the mandate as
		// approval would write it, and the ones Validate already has for
		// it are used, not found again (issue 14).
		all, done := validated[i]
		if !done {
			all = product.ValidateWith(d, p.Rules.Products)
		}
		for _, f := range all {
			if f.Path != "checklist" && !strings.HasPrefix(f.Path, "checklist.") {
				own = append(own, f)
			}
		}
	} else if bp, ok := d.(*product.BenefitPlan); ok {
		// Undated, the plan is checked as Validate checks it: its findings
		// are used when Validate has them (issue 14: validate once).
		var done bool
		if own, done = validated[i]; !done || !c.Decision.Date.IsZero() {
			own = bp.ValidateWith(benefit.Options{Timeline: p.Timeline, AsOf: c.Decision.Date, StaleEstimate: p.Rules.StaleEstimate})
		}
	} else {
		var ok bool
		if own, ok = validated[i]; !ok {
			own = product.ValidateWith(d, p.Rules.Products)
		}
	}
	return append(fs, own.Errors().WithPrefix(path)...)
}

// bp1 returns the project's BP1 checklist, or nil.
func (p *Project) bp1() *checklist.Checklist {
	if p.Checklists == nil {
		return nil
	}
	return p.Checklists.At(phase.BP1)
}

// documentIndex returns the index of the latest document of kind k, or -1.
func (p *Project) documentIndex(k phase.Product) int {
	for i := len(p.Documents) - 1; i >= 0; i-- {
		if d := p.Documents[i]; !product.IsNil(d) && d.Kind() == k {
			return i
		}
	}
	return -1
}

// phasePlanIndex returns the index of the latest phase plan for position
// at, or -1. A decision point needs the plan of the phase it opens: the
// plan for the planning phase at BP2, for the first execution sub-phase at
// BP3.
func (p *Project) phasePlanIndex(at phase.Position) int {
	for i := len(p.Documents) - 1; i >= 0; i-- {
		if pp, ok := p.Documents[i].(*product.PhasePlan); ok && pp != nil && pp.Position() == at {
			return i
		}
	}
	return -1
}

func hasMeasurements(plan *benefit.Plan) bool {
	for _, b := range plan.Benefits {
		for _, ind := range b.Indicators {
			if len(ind.Measurements) > 0 {
				return true
			}
		}
	}
	return false
}

// businessCaseDeveloped warns at BP3 when the business case is still the
// preliminary one of BP2: Digdir's "Styringsdokumentasjon" has the
// prosjektbegrunnelse made "foreløpig" in the concept phase and developed
// further ("videreutviklet") in planning, before BP3. A warning, as the
// page prescribes no form for the update.
func (p *Project) businessCaseDeveloped() phase.Findings {
	i := p.documentIndex(phase.BusinessCase)
	if i < 0 {
		return nil // reported as missing by the gate
	}
	if bc, ok := p.Documents[i].(*product.BusinessCase); ok && bc.Preliminary {
		return phase.Findings{finding.New("project.business_case_preliminary", "documents["+strconv.Itoa(i)+"].preliminary", phase.SeverityWarning, phase.Text{
			NB: "Prosjektbegrunnelsen er fortsatt den foreløpige fra BP2; den videreutvikles i planleggingsfasen før BP3",
			NN: "Prosjektgrunngjevinga er framleis den førebelse frå BP2; ho blir vidareutvikla i planleggingsfasen før BP3",
			EN: "The business case is still the preliminary one of BP2; it is developed further in the planning phase before BP3",
		})}
	}
	return nil
}
