// Package benefit models benefit realisation plans (gevinstrealiseringsplan)
// of Prosjektveiviseren: benefits with owners, indicators, baselines,
// targets and measurements, each benefit a guarded state machine; measures
// (tiltak); the municipal sector's share by municipality size (Difi's
// checkpoints 3–6); and the concept comparison (konseptvalg) that ranks
// alternatives, the null alternative always among them, by net present
// value.
//
// The aim is that a good plan is easy to write and a bad one impossible to
// miss: seed 003 found that only 3 of 29 state projects quantified their
// benefits for municipalities. Plan.Validate reports every gap with a
// stable code and a JSON path; Plan.Summarise and Plan.Overview show where
// a plan stands.
//
// # Lifecycle
//
// A benefit is identified → planned → realising → realised, or not
// realised or withdrawn with a reason. Benefit.Apply (and Plan.Apply)
// records a Change; it evaluates every requirement first and refuses with
// a *ChangeError listing each unmet one, leaving the benefit exactly as it
// was, as phase.Lifecycle.Decide does. The state is derived from the
// recorded history, so a stored plan carries no separate state to drift.
// The transitions are one typed table handed to looplab/fsm through
// internal/machine, the only statement of which change may follow which;
// each replay of a history runs on a new machine of it.
//
// # Numbers
//
// No floating point is used for any value:
//
//   - Money counts øre in an int64. String writes "1 234 567 kr" and
//     "1 234,50 kr" with ordinary spaces, which plain text, logs and tests
//     need; NoBreak writes no-break spaces (U+00A0) for documents; Short
//     writes "1,5 mill. kr". ParseMoney reads what people write: "4
//     millioner", "4 MNOK", "68 MNOK", "5 mill.", "1 234,50 kr", "kr 1
//     234,-". JSON holds a number of kroner (1234.5).
//   - Quantity, the value of an indicator, counts thousandths of its unit
//     in an int64. Fixed-point rather than float64 because indicator values
//     are decimal numbers people write down (42 dager, 35,5 %, 1 234,50 kr):
//     fixed-point keeps them exact through JSON and back, makes "target
//     equals baseline" an exact comparison with no epsilon, rules out NaN
//     and infinities, and lets progress be computed exactly (128-bit
//     intermediate products). Three decimals cover every unit in use,
//     kroner to the øre included; values are limited to ±10^15 units.
//   - Progress (achievement) is in basis points: 10000 is 100 %. It is
//     (value − baseline) / (target − baseline), right for reductions
//     (target below baseline); target equal to baseline is ErrZeroSpan.
//   - Effort counts hundredths of an årsverk.
//   - The constructors Kroner, Units and Arsverk are for values written in
//     code; beyond the range of their type they saturate with the right
//     sign rather than wrap round. CheckedKroner, CheckedUnits and
//     CheckedArsverk report ErrOverflow instead, for values computed or
//     read at run time.
//   - Rate, the discount rate, is in basis points. A Comparison ranks by
//     the falling real rate of the Ministry of Finance's circular
//     R-109/2021 (R109Schedule: 4 %, from year 40 3 %, from year 75 2 %)
//     unless it is given a flat rate or a schedule of its own. NPV and
//     DiscountSchedule.NPV compute present values exactly with math/big and
//     round once, to the øre.
//
// # Municipal sector
//
// SizeClass groups municipalities by population with bands that are a
// setting (SizeBands); the default is the three groups of Statistics
// Norway's "Kommunestørrelse" (SSBKommunestorrelse: under 5 000,
// 5 000–19 999, 20 000 or more). An ImplementationCost records when it was
// last updated and the roll-out year, and is flagged when it was not
// updated in the budget year before roll-out.
//
// # Validation and JSON
//
// Plan.Validate runs the struct tags through internal/validate and then
// the package's own checks, without reflection of its own and without
// building any string for a plan that has nothing to report. Findings with
// SeverityError make a plan incomplete; warnings point at weaknesses.
//
// A Plan and a Comparison round-trip through encoding/json. Decoding is
// strict where a mistake would silently lose data: keys that name no field
// (phase.ErrUnknownField, at every level), unknown enumeration values, inexact
// numbers, duplicate IDs and unreplayable histories are errors naming the
// JSON path ("benefits[3].area", keys spelt as in the document). Missing content is not:
// drafts can be stored, and Validate says what they lack.
//
// Plans and benefits are plain data and not safe for concurrent use while
// being changed. Validate, Summarise and Overview only read.
//
// # Non-goals
//
// The package does no I/O and never reads the clock: callers pass dates.
// It knows one currency (NOK), treats all amounts as fixed prices (no
// inflation or price adjustment), and is no full samfunnsøkonomisk
// analysis: unpriced effects are described,
// not weighed. Checklists and stakeholders live in their own packages,
// which this one does not import.
package benefit
