package benefit

import (
	"fmt"
	"math"
	"slices"
	"strconv"

	"github.com/digitale-helgeland/veiviser/internal/errs"
	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/internal/strict"
	"github.com/digitale-helgeland/veiviser/internal/validate"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Comparison is a concept comparison (konseptvalg): the alternatives a
// concept phase compares, always including the null alternative
// (nullalternativet, "fortsette som før"), each with yearly costs and
// benefits, ranked by net present value.
//
// Year k of every series is FirstYear+k. Year 0 is the base year and is
// not discounted; year k is discounted by the rates of the comparison's
// schedule for the years 1 … k (see DiscountSchedule).
type Comparison struct {
	// FirstYear is the calendar year of index 0 of the series.
	FirstYear int `json:"firstYear,omitempty" validate:"omitempty,gte=1900,lte=2200"`
	// Rate, when not zero, is one real discount rate for every year, as
	// FlatSchedule(Rate). Zero leaves the rates to Schedule.
	Rate Rate `json:"rate,omitempty" validate:"gte=0,lte=10000"`
	// Schedule is the falling real discount rate used when Rate is zero;
	// empty means R109Schedule (R-109/2021: 4 %, from year 40 3 %, from
	// year 75 2 %).
	Schedule DiscountSchedule `json:"schedule,omitempty"`
	// Alternatives lists the concepts, one of them the null alternative.
	Alternatives []Alternative `json:"alternatives,omitempty" validate:"dive"`
}

// Alternative is one concept of a comparison, with costs and benefits per
// year in fixed prices (index 0 is the comparison's FirstYear; missing
// years count as zero).
type Alternative struct {
	ID          string  `json:"id" validate:"filled"`
	Name        string  `json:"name" validate:"filled"`
	Null        bool    `json:"null,omitempty"` // the null alternative
	Description string  `json:"description,omitempty"`
	Costs       []Money `json:"costs,omitempty"`
	Benefits    []Money `json:"benefits,omitempty"`
}

// MaxHorizon is the longest series NPV accepts, in years.
const MaxHorizon = 200

// EffectiveSchedule returns the discount rates the comparison ranks by:
// FlatSchedule(c.Rate) when a rate is given, else c.Schedule, and when that
// is empty R109Schedule.
func (c *Comparison) EffectiveSchedule() DiscountSchedule {
	if c.Rate != 0 {
		return FlatSchedule(c.Rate)
	}
	return c.Schedule.Effective()
}

// NPV returns the present value of flows, year 0 first, at rate r:
// Σ flows[k] / (1 + r)^k, computed exactly with integers and rounded half
// away from zero to the øre. A rate outside 0 … MaxRate or more than
// MaxHorizon years wrap ErrInvalidNumber; a result beyond Money's range
// wraps ErrOverflow.
func NPV(flows []Money, r Rate) (Money, error) {
	if !r.IsValid() {
		return 0, fmt.Errorf("%w: discount rate %s is not between 0 and 100 %%", ErrInvalidNumber, r)
	}
	return FlatSchedule(r).NPV(flows)
}

// Result is an alternative's place in a ranking, with present values at
// the comparison's rate.
type Result struct {
	Rank     int // 1 for the best; tied alternatives share a rank
	ID       string
	Name     string
	Null     bool
	Costs    Money // present value of the costs
	Benefits Money // present value of the benefits
	NPV      Money // Benefits − Costs
	VsNull   Money // NPV − the null alternative's NPV
}

// Validate checks the comparison: the struct tags, then
//
//	benefit.null_alternative_missing  no null alternative (error)
//	benefit.null_alternative_twice    more than one (error)
//	benefit.duplicate_id              two alternatives share an ID (error)
//	benefit.concepts_too_few          fewer than three concepts beside the null alternative (warning:
//	                                  Digdir, "Minst tre alternative konsepter bør utredes")
//	benefit.horizon_too_long          more than MaxHorizon years (error)
//	benefit.schedule_invalid          a discount schedule that DiscountSchedule.Validate refuses (error)
func (c *Comparison) Validate() phase.Findings {
	fs := validate.Struct(c)
	nulls, concepts, horizon := 0, 0, 0
	ids := make(map[string]int, len(c.Alternatives))
	for i := range c.Alternatives {
		a := &c.Alternatives[i]
		if a.ID != "" {
			if j, dup := ids[a.ID]; dup {
				duplicate(&fs, item("alternatives", i)+".id", a.ID, j)
			} else {
				ids[a.ID] = i
			}
		}
		if a.Null {
			nulls++
			if nulls == 2 {
				fs = append(fs, finding.New("benefit.null_alternative_twice", item("alternatives", i)+".null", phase.SeverityError, phase.Text{
					NB: "Det kan bare være ett nullalternativ",
					NN: "Det kan berre vere eitt nullalternativ",
					EN: "There can be only one null alternative",
				}))
			}
		} else {
			concepts++
		}
		horizon = max(horizon, len(a.Costs), len(a.Benefits))
	}
	if nulls == 0 {
		fs = append(fs, finding.New("benefit.null_alternative_missing", "alternatives", phase.SeverityError, phase.Text{
			NB: "Konseptvalget mangler nullalternativet",
			NN: "Konseptvalet manglar nullalternativet",
			EN: "The comparison lacks the null alternative",
		}))
	}
	if concepts < 3 {
		n := finding.Count(concepts, phase.Text{NB: "konsept", NN: "konsept", EN: "concept"}, phase.Text{NB: "konsepter", NN: "konsept", EN: "concepts"})
		fs = append(fs, finding.New("benefit.concepts_too_few", "alternatives", phase.SeverityWarning, phase.Text{
			NB: "Bare " + n.NB + " i tillegg til nullalternativet; minst tre alternative konsepter bør utredes",
			NN: "Berre " + n.NN + " i tillegg til nullalternativet; minst tre alternative konsept bør greiast ut",
			EN: "Only " + n.EN + " besides the null alternative; at least three alternative concepts should be studied",
		}))
	}
	if horizon > MaxHorizon {
		h := strconv.Itoa(horizon)
		fs = append(fs, finding.New("benefit.horizon_too_long", "alternatives", phase.SeverityError, phase.Text{
			NB: "Analyseperioden på " + h + " år er lengre enn 200 år",
			NN: "Analyseperioden på " + h + " år er lengre enn 200 år",
			EN: "The analysis period of " + h + " years is longer than 200 years",
		}))
	}
	if err := c.Schedule.Validate(); err != nil {
		fs = append(fs, finding.New("benefit.schedule_invalid", "schedule", phase.SeverityError, phase.Text{
			NB: "Kalkulasjonsrenten er ugyldig: " + errs.Cause(err),
			NN: "Kalkulasjonsrenta er ugyldig: " + errs.Cause(err),
			EN: "The discount schedule is invalid: " + errs.Cause(err),
		}))
	}
	return fs
}

// Rank returns the alternatives ordered by net present value at the
// rates of EffectiveSchedule, best first; ties keep the comparison's order and share a
// rank. A comparison with error findings gives a *ComparisonError.
func (c *Comparison) Rank() ([]Result, error) {
	if fs := c.Validate(); fs.HasErrors() {
		return nil, &ComparisonError{Findings: fs.Errors()}
	}
	r := c.EffectiveSchedule()
	out := make([]Result, len(c.Alternatives))
	var null Money
	for i := range c.Alternatives {
		a := &c.Alternatives[i]
		pc, err := r.NPV(a.Costs)
		if err != nil {
			return nil, fmt.Errorf("alternatives[%d].costs: %w", i, err)
		}
		pb, err := r.NPV(a.Benefits)
		if err != nil {
			return nil, fmt.Errorf("alternatives[%d].benefits: %w", i, err)
		}
		npv, ok := sub(pb, pc)
		if !ok {
			return nil, fmt.Errorf("alternatives[%d]: %w", i, ErrOverflow)
		}
		out[i] = Result{ID: a.ID, Name: a.Name, Null: a.Null, Costs: pc, Benefits: pb, NPV: npv}
		if a.Null {
			null = npv
		}
	}
	for i := range out {
		v, ok := sub(out[i].NPV, null)
		if !ok {
			return nil, fmt.Errorf("alternatives[%d]: %w", i, ErrOverflow)
		}
		out[i].VsNull = v
	}
	slices.SortStableFunc(out, func(x, y Result) int {
		switch {
		case x.NPV > y.NPV:
			return -1
		case x.NPV < y.NPV:
			return 1
		}
		return 0
	})
	for i := range out {
		out[i].Rank = i + 1
		if i > 0 && out[i].NPV == out[i-1].NPV {
			out[i].Rank = out[i-1].Rank
		}
	}
	return out, nil
}

// sub returns a−b and whether it fits in Money.
func sub(a, b Money) (Money, bool) {
	d := a - b
	if (b < 0 && d < a) || (b > 0 && d > a) || d == math.MinInt64 {
		return 0, false // Money's range is symmetric: ±MaxMoney
	}
	return d, true
}

// comparisonFields is Comparison without its methods, for encoding/json.
type comparisonFields Comparison

// UnmarshalJSON decodes a comparison, rejecting keys that name no field at
// every level (phase.ErrUnknownField), inexact numbers and duplicate alternative
// IDs with a *phase.PathError naming the path. On error c is unchanged.
func (c *Comparison) UnmarshalJSON(b []byte) error {
	var w comparisonFields
	if err := strict.Decode(b, &w); err != nil {
		return err
	}
	ids := make(map[string]int, len(w.Alternatives))
	for i := range w.Alternatives {
		if err := uniqueID(ids, w.Alternatives[i].ID, i, "alternatives"); err != nil {
			return err
		}
	}
	*c = Comparison(w)
	return nil
}
