package report

import (
	"errors"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Options control a rendered page. The zero value is not enough: Today
// must be set.
type Options struct {
	// Language is the language of the page's labels and messages. The zero
	// value is phase.Bokmal.
	Language phase.Language
	// Today is the date the page reports as of: it is printed in the
	// page's heading and marked on the charts' time axes. Required: the
	// package never reads the clock.
	Today phase.Date
	// Overview selects the portfolio page's projects, as
	// veiviser.Portfolio.Overview does; its zero value is Difi's proposal
	// (projects that affect the municipal sector and whose investment
	// exceeds 10 MNOK). The project page ignores it.
	Overview veiviser.OverviewOptions
}

// ErrNoDate is returned, wrapped in an *OptionError, when Options.Today
// is not a valid date. Match it with errors.Is.
var ErrNoDate = errors.New("report: no valid date for the page")

// ErrLanguage is returned, wrapped in an *OptionError, when
// Options.Language is not a language the library knows. Match it with
// errors.Is.
var ErrLanguage = errors.New("report: unknown language")

// ErrNoProject is returned by RenderProject for a nil project. Match it
// with errors.Is.
var ErrNoProject = errors.New("report: no project")

// OptionError reports an option that cannot be used: which (the Go name of
// the field, "Today" or "Language") and why (Err, ErrNoDate or
// ErrLanguage).
type OptionError struct {
	Option string
	Err    error
}

// Error returns developer-facing text.
func (e *OptionError) Error() string { return "report: option " + e.Option + ": " + e.Err.Error() }

// Unwrap returns e.Err.
func (e *OptionError) Unwrap() error { return e.Err }

// check returns an error for options a page cannot be made with.
func (o Options) check() error {
	if !o.Language.IsValid() {
		return &OptionError{Option: "Language", Err: ErrLanguage}
	}
	if !o.Today.IsValid() {
		return &OptionError{Option: "Today", Err: ErrNoDate}
	}
	return nil
}
