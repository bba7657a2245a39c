package benefit

import (
	"errors"
	"strconv"
	"strings"

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

	// ErrTerminal reports a change to a benefit that is realised, not
	// realised or withdrawn.
	ErrTerminal = errors.New("veiviser: benefit lifecycle has ended")
	// ErrInvalidChange reports a change with a missing or malformed field.
	ErrInvalidChange = errors.New("veiviser: invalid benefit change")
	// ErrNotAllowed reports a change that the lifecycle does not allow in the
	// benefit's current state, such as realising a benefit never planned.
	ErrNotAllowed = errors.New("veiviser: change not allowed in this state")
	// ErrOutOfOrder reports a change dated before the change before it.
	ErrOutOfOrder = errors.New("veiviser: change out of date order")
	// ErrRefused reports a change refused because requirements are unmet;
	// the *ChangeError that wraps it lists every one.
	ErrRefused = errors.New("veiviser: change refused")
	// ErrNotFound reports a benefit ID that is not in the plan.
	ErrNotFound = errors.New("veiviser: no such benefit")

	// ErrUnknownField reports a JSON key that names no field, most often a
	// misspelt one. Decoding reports it as a *DecodeError with the path of
	// the key.
	ErrUnknownField = errors.New("veiviser: unknown field")
	// ErrDuplicateID reports two elements with the same ID where IDs must
	// be unique. Decoding reports it as a *DecodeError.
	ErrDuplicateID = errors.New("veiviser: duplicate ID")
	// ErrInvalidHistory reports a stored benefit history that the lifecycle
	// cannot replay. Decoding reports it as a *DecodeError.
	ErrInvalidHistory = errors.New("veiviser: invalid benefit history")
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
		return "veiviser: achievement undefined: " + e.Err.Error()
	}
}

// Unwrap returns Err.
func (e *AchievementError) Unwrap() error { return e.Err }

// ChangeError reports a lifecycle change that was refused. Err is one of
// ErrTerminal, ErrInvalidChange, ErrNotAllowed, ErrOutOfOrder, ErrRefused
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
	b.WriteString(e.Err.Error())
	if len(e.Unmet) > 0 {
		b.WriteString(": ")
		b.WriteString(e.Unmet.String())
	}
	return b.String()
}

// Unwrap returns Err.
func (e *ChangeError) Unwrap() error { return e.Err }

// DecodeError reports JSON that cannot be decoded into a Plan or a
// Comparison. Path is the JSON path of the offending value
// ("benefits[3].indicators[0].unit"), empty for the document as a whole;
// Err is the cause: a *phase.ValueError for an unknown enumeration value,
// ErrUnknownField, ErrDuplicateID, ErrInvalidHistory, a *ParseError or an
// encoding/json error.
type DecodeError struct {
	Path string
	Err  error
}

// Error returns developer-facing text.
func (e *DecodeError) Error() string {
	if e.Path == "" {
		return "veiviser: decoding: " + e.Err.Error()
	}
	return "veiviser: decoding " + e.Path + ": " + e.Err.Error()
}

// Unwrap returns Err.
func (e *DecodeError) Unwrap() error { return e.Err }

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
