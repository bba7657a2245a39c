package benefit

import (
	"errors"
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
)

// labels used by Overview.
var (
	lblPlan        = phase.Text{NB: "Gevinstrealiseringsplan", NN: "Gevinstrealiseringsplan", EN: "Benefit realisation plan"}
	lblResponsible = phase.Text{NB: "Gevinstansvarlig", NN: "Gevinstansvarleg", EN: "Benefit-responsible"}
	lblUpdated     = phase.Text{NB: "Sist oppdatert", NN: "Sist oppdatert", EN: "Last updated"}
	lblBenefits    = phase.Text{NB: "Gevinster", NN: "Gevinstar", EN: "Benefits"}
	lblPriced      = phase.Text{NB: "prissatte", NN: "prissette", EN: "priced"}
	lblUnpriced    = phase.Text{NB: "ikke prissatte", NN: "ikkje prissette", EN: "unpriced"}
	lblArea        = phase.Text{NB: "Område", NN: "Område", EN: "Area"}
	lblImportance  = phase.Text{NB: "viktighet", NN: "viktigheit", EN: "importance"}
	lblOwner       = phase.Text{NB: "Gevinsteier", NN: "Gevinsteigar", EN: "Benefit owner"}
	lblNoOwner     = phase.Text{NB: "mangler", NN: "manglar", EN: "missing"}
	lblValue       = phase.Text{NB: "Verdi per år ved full effekt", NN: "Verdi per år ved full effekt", EN: "Annual value at full effect"}
	lblFrom        = phase.Text{NB: "fra", NN: "frå", EN: "from"}
	lblBaseline    = phase.Text{NB: "nullpunkt", NN: "nullpunkt", EN: "baseline"}
	lblTarget      = phase.Text{NB: "mål", NN: "mål", EN: "target"}
	lblLatest      = phase.Text{NB: "siste måling", NN: "siste måling", EN: "latest measurement"}
	lblOfTarget    = phase.Text{NB: "av målet", NN: "av målet", EN: "of target"}
	lblNotMeasured = phase.Text{NB: "ikke målt", NN: "ikkje målt", EN: "not measured"}
	lblNotSet      = phase.Text{NB: "ikke satt", NN: "ikkje sett", EN: "not set"}
	lblZeroSpan    = phase.Text{NB: "mål lik nullpunkt, kan ikke beregnes", NN: "mål lik nullpunkt, kan ikkje reknast ut", EN: "target equals baseline, cannot be computed"}
	lblNoCompute   = phase.Text{NB: "kan ikke beregnes", NN: "kan ikkje reknast ut", EN: "cannot be computed"}
	lblPerArea     = phase.Text{NB: "Per område", NN: "Per område", EN: "By area"}
	lblBenefitOne  = phase.Text{NB: "gevinst", NN: "gevinst", EN: "benefit"}
	lblPerYear     = phase.Text{NB: "per år", NN: "per år", EN: "a year"}
	lblTotal       = phase.Text{NB: "Sum prissatte gevinster per år ved full effekt", NN: "Sum prissette gevinstar per år ved full effekt", EN: "Priced benefits a year at full effect, total"}
	lblAchieved    = phase.Text{NB: "Måloppnåelse så langt", NN: "Måloppnåing så langt", EN: "Achievement so far"}
	lblMeanOf      = phase.Text{NB: "i snitt for", NN: "i snitt for", EN: "on average over"}
	lblOf          = phase.Text{NB: "av", NN: "av", EN: "of"}
	lblIndicators  = phase.Text{NB: "indikatorer", NN: "indikatorar", EN: "indicators"}
	lblReached     = phase.Text{NB: "har nådd målet", NN: "har nådd målet", EN: "have reached the target"}
	lblNone        = phase.Text{NB: "ingen indikatorer er målt", NN: "ingen indikatorar er målte", EN: "no indicator has been measured"}
)

// Overview returns a short plain-text overview of the plan in language l:
// the responsible person, each benefit with its area, valuation, state,
// owner and indicators (baseline, target, latest measurement and
// achievement), then the totals per area and the achievement so far.
// Amounts use ordinary spaces (Money.String).
func (p *Plan) Overview(l phase.Language) string {
	var b strings.Builder
	s := p.Summarise()
	line := func(parts ...string) {
		for _, x := range parts {
			b.WriteString(x)
		}
		b.WriteByte('\n')
	}
	title := lblPlan.In(l)
	if p.Project != "" {
		title += ": " + p.Project
	}
	line(title)
	resp := p.Responsible
	if strings.TrimSpace(resp) == "" {
		resp = lblNoOwner.In(l)
	}
	line(lblResponsible.In(l), ": ", resp)
	if u := p.Updated(); !u.IsZero() {
		line(lblUpdated.In(l), ": ", u.Norwegian())
	}
	line(lblBenefits.In(l), ": ", strconv.Itoa(s.Benefits), " (", lblPriced.In(l), ": ", strconv.Itoa(s.Priced),
		", ", lblUnpriced.In(l), ": ", strconv.Itoa(s.Unpriced), ")")
	for i := range p.Benefits {
		bf := &p.Benefits[i]
		line()
		line(bf.ID, " ", bf.Description)
		kind := bf.Valuation.Label(l)
		if bf.Valuation == Unpriced && bf.Importance.IsValid() {
			kind += ", " + lblImportance.In(l) + " " + lower(bf.Importance.Label(l))
		}
		line("   ", lblArea.In(l), ": ", bf.Area.Label(l), " · ", kind, " · ", bf.State().Label(l))
		owner := bf.Owner
		if strings.TrimSpace(owner) == "" {
			owner = lblNoOwner.In(l)
		}
		line("   ", lblOwner.In(l), ": ", owner)
		if bf.IsPriced() {
			v := "   " + lblValue.In(l) + ": " + bf.FullEffect.String()
			if bf.StartYear != 0 {
				v += " " + lblFrom.In(l) + " " + strconv.Itoa(bf.StartYear)
			}
			line(v)
		}
		for j := range bf.Indicators {
			line("   ", indicatorLine(&bf.Indicators[j], l))
		}
	}
	line()
	if s.Benefits > 0 {
		line(lblPerArea.In(l), ":")
	}
	for _, a := range s.ByArea {
		if a.Benefits == 0 {
			continue
		}
		n := strconv.Itoa(a.Benefits) + " " + lblBenefitOne.In(l)
		if a.Benefits != 1 {
			n = strconv.Itoa(a.Benefits) + " " + lower(lblBenefits.In(l))
		}
		if a.FullEffect != 0 {
			n += ", " + a.FullEffect.String() + " " + lblPerYear.In(l)
		}
		line("   ", a.Area.Label(l), ": ", n)
	}
	line(lblTotal.In(l), ": ", s.FullEffect.String())
	if s.Measured == 0 {
		line(lblAchieved.In(l), ": ", lblNone.In(l))
	} else {
		line(lblAchieved.In(l), ": ", s.Achievement.String(), " ", lblMeanOf.In(l), " ", strconv.Itoa(s.Measured), " ",
			lblOf.In(l), " ", strconv.Itoa(s.Indicators), " ", lblIndicators.In(l), " (", strconv.Itoa(s.Reached), " ", lblReached.In(l), ")")
	}
	return b.String()
}

// indicatorLine renders one indicator: name, baseline, target, latest
// measurement and achievement.
func indicatorLine(in *Indicator, l phase.Language) string {
	reading := func(lbl phase.Text, r Reading) string {
		if !r.IsSet() {
			return lbl.In(l) + " " + lblNotSet.In(l)
		}
		return lbl.In(l) + " " + in.Format(r.Value, l) + " (" + r.Date.Norwegian() + ")"
	}
	s := in.Name + ": " + reading(lblBaseline, in.Baseline) + ", " + reading(lblTarget, in.Target) + ", "
	m, ok := in.Latest()
	if !ok {
		return s + lblNotMeasured.In(l)
	}
	s += lblLatest.In(l) + " " + in.Format(m.Value, l) + " (" + m.Date.Norwegian() + "): "
	p, err := in.Achievement()
	switch {
	case err == nil:
		return s + p.String() + " " + lblOfTarget.In(l)
	case errors.Is(err, ErrZeroSpan):
		return s + lblZeroSpan.In(l)
	}
	return s + lblNoCompute.In(l)
}
