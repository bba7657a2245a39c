package benefit

import (
	"errors"
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/errs"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Sentinel errors. Match them with errors.Is; the functions of this package
// return them wrapped in a typed error that says where and why.
var (
	// ErrInvalidAmount reports an amount of money that ParseMoney cannot
	// read, or one with more precision than one øre. See *ParseError.
	ErrInvalidAmount = errors.New("veiviser: invalid amount of money")
	// ErrInvalidNumber reports a quantity, an effort or a rate that cannot be
	// read exactly. See *ParseError.
	ErrInvalidNumber = errors.New("veiviser: invalid number")
	// ErrInvalidUnit reports a unit of measurement that is blank, a template
	// placeholder or not a plain name. See *ParseError.
	ErrInvalidUnit = errors.New("veiviser: invalid unit")
	// ErrOverflow reports a number outside the range this package computes
	// with exactly.
	ErrOverflow = errors.New("veiviser: number out of range")

	// ErrZeroSpan reports an indicator whose target equals its baseline:
	// progress from one to the other is undefined. See *AchievementError.
	ErrZeroSpan = errors.New("veiviser: target equals baseline")
	// ErrNotMeasurable reports an achievement that cannot be computed because
	// the baseline, the target or a measurement is missing.
	ErrNotMeasurable = errors.New("veiviser: achievement cannot be computed")

	// ErrInvalidChange reports a change with a missing or malformed field.
	ErrInvalidChange = errors.New("veiviser: invalid benefit change")
	// ErrNotFound reports a benefit ID that is not in the plan.
	ErrNotFound = errors.New("veiviser: no such benefit")

	// ErrInvalidComparison reports a concept comparison with error findings;
	// see *ComparisonError.
	ErrInvalidComparison = errors.New("veiviser: invalid concept comparison")
)

// ParseError reports text that a parser of this package cannot read. Kind
// names what was parsed ("money", "quantity", "effort", "unit", "rate"),
// Input is the text as given, Reason says what is wrong, and Err is
// ErrInvalidAmount, ErrInvalidNumber, ErrInvalidUnit or ErrOverflow.
type ParseError struct {
	Kind   string
	Input  string
	Reason string
	Err    error
}

// Error returns developer-facing text.
func (e *ParseError) Error() string {
	return "veiviser: cannot read " + e.Kind + " " + strconv.Quote(e.Input) + ": " + e.Reason
}

// Unwrap returns Err.
func (e *ParseError) Unwrap() error { return e.Err }

// AchievementError reports why progress from Baseline to Target cannot be
// computed. Err is ErrZeroSpan, ErrNotMeasurable or ErrOverflow.
type AchievementError struct {
	Baseline, Target Quantity
	Err              error
}

// Error returns developer-facing text.
func (e *AchievementError) Error() string {
	switch e.Err {
	case ErrZeroSpan:
		return "veiviser: achievement undefined: target " + e.Target.String() + " equals baseline " + e.Baseline.String()
	default:
		return "veiviser: achievement undefined: " + errs.Cause(e.Err)
	}
}

// Unwrap returns Err.
func (e *AchievementError) Unwrap() error { return e.Err }

// ChangeError reports a lifecycle change that was refused. Err is one of
// phase.ErrTerminal, ErrInvalidChange, phase.ErrNotAllowed, phase.ErrOutOfOrder, phase.ErrRefused
// and ErrNotFound; Unmet lists every unmet requirement, with paths relative
// to the benefit ("owner", "indicators[0].baseline", "change.reason").
type ChangeError struct {
	Benefit string // the benefit's ID
	Event   Event
	From    State
	Unmet   phase.Findings
	Err     error
}

// Error returns developer-facing text naming each unmet requirement.
func (e *ChangeError) Error() string {
	var b strings.Builder
	b.WriteString("veiviser: benefit ")
	b.WriteString(strconv.Quote(e.Benefit))
	b.WriteString(": ")
	b.WriteString(e.Event.String())
	if e.From.IsValid() {
		b.WriteString(" from ")
		b.WriteString(e.From.String())
	}
	b.WriteString(": ")
	b.WriteString(errs.Cause(e.Err))
	if len(e.Unmet) > 0 {
		b.WriteString(": ")
		b.WriteString(e.Unmet.String())
	}
	return b.String()
}

// Unwrap returns Err.
func (e *ChangeError) Unwrap() error { return e.Err }

// ComparisonError reports a concept comparison that cannot be ranked
// because it has error findings. It wraps ErrInvalidComparison.
type ComparisonError struct {
	Findings phase.Findings
}

// Error returns developer-facing text naming each finding.
func (e *ComparisonError) Error() string {
	var b strings.Builder
	b.WriteString(ErrInvalidComparison.Error())
	if len(e.Findings) > 0 {
		b.WriteString(": ")
		b.WriteString(e.Findings.String())
	}
	return b.String()
}

// Unwrap returns ErrInvalidComparison.
func (e *ComparisonError) Unwrap() error { return ErrInvalidComparison }
