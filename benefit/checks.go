package benefit

import (
	"errors"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/phase"
)

// The checks shared by the lifecycle guards and Plan.Validate.

func lower(s string) string { return strings.ToLower(s) }

func ownerMissing(fs *phase.Findings, w where, sev phase.Severity) {
	*fs = append(*fs, finding.New("benefit.owner_missing", w.path("owner"), sev, phase.Text{
		NB: "Gevinsten mangler gevinsteier",
		NN: "Gevinsten manglar gevinsteigar",
		EN: "The benefit has no benefit owner",
	}))
}

func startYearMissing(fs *phase.Findings, w where) {
	*fs = append(*fs, finding.New("benefit.start_year_missing", w.path("startYear"), phase.SeverityError, phase.Text{
		NB: "En prissatt gevinst må ha startår",
		NN: "Ein prissett gevinst må ha startår",
		EN: "A priced benefit needs a start year",
	}))
}

func indicatorMissing(fs *phase.Findings, w where, sev phase.Severity) {
	*fs = append(*fs, finding.New("benefit.indicator_missing", w.path("indicators"), sev, phase.Text{
		NB: "Gevinsten har ingen måleindikator",
		NN: "Gevinsten har ingen måleindikator",
		EN: "The benefit has no indicator",
	}))
}

func unitMissing(fs *phase.Findings, w where) {
	*fs = append(*fs, finding.New("benefit.unit_missing", w.path("unit"), phase.SeverityError, phase.Text{
		NB: "Indikatoren mangler gyldig måleenhet",
		NN: "Indikatoren manglar gyldig måleeining",
		EN: "The indicator has no valid unit",
	}))
}

// checkIndicator reports what an indicator needs before it can measure a
// benefit: a name for a named unit, a baseline and a target (with severity
// sev when missing), a target that differs from the baseline and is not
// dated before it, and, when projectEnd is given, a target date after the
// project's end (a warning otherwise).
func checkIndicator(fs *phase.Findings, w where, in *Indicator, sev phase.Severity, projectEnd phase.Date) {
	if in.Unit == Named && !filled(in.UnitName) {
		*fs = append(*fs, finding.New("benefit.unit_name_missing", w.path("unitName"), phase.SeverityError, phase.Text{
			NB: "Indikatoren har egen enhet, men enheten har ikke navn",
			NN: "Indikatoren har eiga eining, men eininga har ikkje namn",
			EN: "The indicator has a named unit but no unit name",
		}))
	}
	if !in.Baseline.IsSet() {
		*fs = append(*fs, finding.New("benefit.baseline_missing", w.path("baseline"), sev, phase.Text{
			NB: "Indikatoren mangler nullpunktsmåling (verdi og dato)",
			NN: "Indikatoren manglar nullpunktsmåling (verdi og dato)",
			EN: "The indicator has no baseline (value and date)",
		}))
	}
	if !in.Target.IsSet() {
		*fs = append(*fs, finding.New("benefit.target_missing", w.path("target"), sev, phase.Text{
			NB: "Indikatoren mangler mål (ønsket verdi og dato)",
			NN: "Indikatoren manglar mål (ønskt verdi og dato)",
			EN: "The indicator has no target (desired value and date)",
		}))
	}
	if !in.Baseline.IsSet() || !in.Target.IsSet() {
		return
	}
	if in.Target.Value == in.Baseline.Value {
		zeroSpan(fs, w, in)
	}
	if in.Target.Date.Before(in.Baseline.Date) {
		*fs = append(*fs, finding.New("benefit.target_before_baseline", w.path("target.date"), phase.SeverityError, phase.Text{
			NB: "Måldatoen " + in.Target.Date.Norwegian() + " er før nullpunktsmålingen " + in.Baseline.Date.Norwegian(),
			NN: "Måldatoen " + in.Target.Date.Norwegian() + " er før nullpunktsmålinga " + in.Baseline.Date.Norwegian(),
			EN: "The target date " + in.Target.Date.Norwegian() + " is before the baseline " + in.Baseline.Date.Norwegian(),
		}))
	}
	if !projectEnd.IsZero() && in.Target.Date.Before(projectEnd) {
		*fs = append(*fs, finding.New("benefit.target_before_project_end", w.path("target.date"), phase.SeverityWarning, phase.Text{
			NB: "Måldatoen " + in.Target.Date.Norwegian() + " er før prosjektet slutter (" + projectEnd.Norwegian() + "); gevinster realiseres vanligvis etter prosjektet",
			NN: "Måldatoen " + in.Target.Date.Norwegian() + " er før prosjektet sluttar (" + projectEnd.Norwegian() + "); gevinstar blir vanlegvis realiserte etter prosjektet",
			EN: "The target date " + in.Target.Date.Norwegian() + " is before the project ends (" + projectEnd.Norwegian() + "); benefits are usually realised after the project",
		}))
	}
}

func zeroSpan(fs *phase.Findings, w where, in *Indicator) {
	v := in.Format(in.Target.Value, phase.Bokmal)
	*fs = append(*fs, finding.New("benefit.zero_span", w.path("target"), phase.SeverityError, phase.Text{
		NB: "Målet (" + v + ") er lik nullpunktsmålingen; måloppnåelse kan ikke beregnes",
		NN: "Målet (" + v + ") er lik nullpunktsmålinga; måloppnåing kan ikkje reknast ut",
		EN: "The target (" + in.Format(in.Target.Value, phase.English) + ") equals the baseline; achievement cannot be computed",
	}))
}

// notMeasurable reports why the achievement of in cannot be computed.
func notMeasurable(fs *phase.Findings, w where, in *Indicator, err error, sev phase.Severity) {
	switch {
	case errors.Is(err, ErrZeroSpan):
		zeroSpan(fs, w, in)
	case errors.Is(err, ErrOverflow):
		*fs = append(*fs, finding.New("benefit.value_range", w.path(""), phase.SeverityError, phase.Text{
			NB: "Verdiene er for store til å regne med",
			NN: "Verdiane er for store til å rekne med",
			EN: "The values are too large to compute with",
		}))
	case !in.Baseline.IsSet() || !in.Target.IsSet():
		checkIndicator(fs, w, in, sev, phase.Date{})
	default:
		*fs = append(*fs, finding.New("benefit.measurement_missing", w.path("measurements"), sev, phase.Text{
			NB: "Indikatoren " + quoteNB(in.Name) + " er ikke målt",
			NN: "Indikatoren " + quoteNB(in.Name) + " er ikkje målt",
			EN: "Indicator " + quoteEN(in.Name) + " has not been measured",
		}))
	}
}
