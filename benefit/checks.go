package benefit

import (
	"errors"
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
)

// The checks shared by the lifecycle guards and Plan.Validate.

func lower(s string) string { return strings.ToLower(s) }

func ownerMissing(fs *phase.Findings, w where, sev phase.Severity) {
	add(fs, "benefit.owner_missing", w.path("owner"), sev,
		"Gevinsten mangler gevinsteier", "Gevinsten manglar gevinsteigar", "The benefit has no benefit owner")
}

func startYearMissing(fs *phase.Findings, w where) {
	add(fs, "benefit.start_year_missing", w.path("startYear"), phase.SeverityError,
		"En prissatt gevinst må ha startår", "Ein prissett gevinst må ha startår", "A priced benefit needs a start year")
}

func indicatorMissing(fs *phase.Findings, w where, sev phase.Severity) {
	add(fs, "benefit.indicator_missing", w.path("indicators"), sev,
		"Gevinsten har ingen måleindikator", "Gevinsten har ingen måleindikator", "The benefit has no indicator")
}

func unitMissing(fs *phase.Findings, w where) {
	add(fs, "benefit.unit_missing", w.path("unit"), phase.SeverityError,
		"Indikatoren mangler gyldig måleenhet", "Indikatoren manglar gyldig måleeining", "The indicator has no valid unit")
}

// checkIndicator reports what an indicator needs before it can measure a
// benefit: a name for a named unit, a baseline and a target (with severity
// sev when missing), a target that differs from the baseline and is not
// dated before it, and, when projectEnd is given, a target date after the
// project's end (a warning otherwise).
func checkIndicator(fs *phase.Findings, w where, in *Indicator, sev phase.Severity, projectEnd phase.Date) {
	if in.Unit == Named && !filled(in.UnitName) {
		add(fs, "benefit.unit_name_missing", w.path("unitName"), phase.SeverityError,
			"Indikatoren har egen enhet, men enheten har ikke navn",
			"Indikatoren har eiga eining, men eininga har ikkje namn",
			"The indicator has a named unit but no unit name")
	}
	if !in.Baseline.IsSet() {
		add(fs, "benefit.baseline_missing", w.path("baseline"), sev,
			"Indikatoren mangler nullpunktsmåling (verdi og dato)",
			"Indikatoren manglar nullpunktsmåling (verdi og dato)",
			"The indicator has no baseline (value and date)")
	}
	if !in.Target.IsSet() {
		add(fs, "benefit.target_missing", w.path("target"), sev,
			"Indikatoren mangler mål (ønsket verdi og dato)",
			"Indikatoren manglar mål (ønskt verdi og dato)",
			"The indicator has no target (desired value and date)")
	}
	if !in.Baseline.IsSet() || !in.Target.IsSet() {
		return
	}
	if in.Target.Value == in.Baseline.Value {
		zeroSpan(fs, w, in)
	}
	if in.Target.Date.Before(in.Baseline.Date) {
		add(fs, "benefit.target_before_baseline", w.path("target.date"), phase.SeverityError,
			"Måldatoen "+in.Target.Date.Norwegian()+" er før nullpunktsmålingen "+in.Baseline.Date.Norwegian(),
			"Måldatoen "+in.Target.Date.Norwegian()+" er før nullpunktsmålinga "+in.Baseline.Date.Norwegian(),
			"The target date "+in.Target.Date.Norwegian()+" is before the baseline "+in.Baseline.Date.Norwegian())
	}
	if !projectEnd.IsZero() && in.Target.Date.Before(projectEnd) {
		add(fs, "benefit.target_before_project_end", w.path("target.date"), phase.SeverityWarning,
			"Måldatoen "+in.Target.Date.Norwegian()+" er før prosjektet slutter ("+projectEnd.Norwegian()+"); gevinster realiseres vanligvis etter prosjektet",
			"Måldatoen "+in.Target.Date.Norwegian()+" er før prosjektet sluttar ("+projectEnd.Norwegian()+"); gevinstar blir vanlegvis realiserte etter prosjektet",
			"The target date "+in.Target.Date.Norwegian()+" is before the project ends ("+projectEnd.Norwegian()+"); benefits are usually realised after the project")
	}
}

func zeroSpan(fs *phase.Findings, w where, in *Indicator) {
	v := in.Format(in.Target.Value, phase.Bokmal)
	add(fs, "benefit.zero_span", w.path("target"), phase.SeverityError,
		"Målet ("+v+") er lik nullpunktsmålingen; måloppnåelse kan ikke beregnes",
		"Målet ("+v+") er lik nullpunktsmålinga; måloppnåing kan ikkje reknast ut",
		"The target ("+in.Format(in.Target.Value, phase.English)+") equals the baseline; achievement cannot be computed")
}

// notMeasurable reports why the achievement of in cannot be computed.
func notMeasurable(fs *phase.Findings, w where, in *Indicator, err error, sev phase.Severity) {
	switch {
	case errors.Is(err, ErrZeroSpan):
		zeroSpan(fs, w, in)
	case errors.Is(err, ErrOverflow):
		add(fs, "benefit.value_range", w.path(""), phase.SeverityError,
			"Verdiene er for store til å regne med", "Verdiane er for store til å rekne med", "The values are too large to compute with")
	case !in.Baseline.IsSet() || !in.Target.IsSet():
		checkIndicator(fs, w, in, sev, phase.Date{})
	default:
		add(fs, "benefit.measurement_missing", w.path("measurements"), sev,
			"Indikatoren "+quoteNB(in.Name)+" er ikke målt", "Indikatoren "+quoteNB(in.Name)+" er ikkje målt",
			"Indicator "+quoteEN(in.Name)+" has not been measured")
	}
}
