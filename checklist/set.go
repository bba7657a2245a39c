package checklist

import (
	"fmt"
	"maps"
	"slices"

	"github.com/digitale-helgeland/veiviser/internal/fieldpath"
	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/phase"
)

// PathPrefix is the field under which a project stores its Set; the
// findings of Set.Gate have paths below it, such as
// "checklists.bp2.items[3]", "checklists.phase:planning.items[0]" and
// "checklists.ks.items[0]".
const PathPrefix = "checklists"

// ksID is the ID of Difi's KS checklist, and the only ID the KS slot of a
// Set takes.
const ksID = "ks"

// Set is a project's checklists: one per decision point, an organisation's
// own checklist per phase, and Difi's KS checklist, which applies only
// where Options.KS says so. Whether it applies is a fact about the project
// (veiviser.Project), not about the Set. Use NewSet; the zero Set
// has no checklists, so its gate reports every covered decision point as
// missing its checklist.
//
// Each checklist has one slot, given by its own fields (see Put): its
// Point; else its Phase; else, for the checklist with ID "ks", the KS
// slot. A checklist belongs to no other slot, and the Set stores each under
// its slot's key (see MarshalJSON).
//
// A Set is not safe for concurrent use; copy it with Clone.
type Set struct {
	lists  map[phase.DecisionPoint]*Checklist
	phases map[phase.Phase]*Checklist
	ks     *Checklist
}

// Options say which of a Set's checklists apply to the project, and how
// Difi's KS checkpoints are timed. The zero value applies the decision
// points' and phases' checklists only; with KS set and nothing else, the
// KS checkpoints are timed as the sources say (see KS).
type Options struct {
	// KS applies Difi's checklist for involving the municipal sector: the
	// project is a state agency's project that affects the municipal
	// sector (seed 004, Difi's "Sjekkliste for involvering av
	// kommunesektoren", whose target group is "leiarar, prosjektleiarar og
	// prosjektmedarbeidarar i statlege verksemder").
	KS bool
	// RollOut is the date the solution is to be taken into use
	// ("innføringa") in the municipal sector. KS checkpoint 6 is due from
	// 1 January of the year before, at every decision from that date on
	// (seed 004: "i budsjettåret før innføringa skal skje"). The zero Date
	// means not known (so does an invalid one): checkpoint 6 is then
	// advisory, and where it is unhandled the gate warns that the date is
	// missing ("checklist.rollout_unknown").
	RollOut phase.Date
	// KSBlocking is the organisation's choice, checkpoint by checkpoint
	// (keyed by item ID, "1" … "8"), of whether a KS checkpoint blocks
	// decisions: true makes it block at every decision that leaves its
	// Due phase or a later one (checkpoint 6: from its date when RollOut
	// is known, else by its phase), false makes it advisory (it warns,
	// never blocks). A checkpoint not in the map keeps the default, which
	// follows the sources: 1 blocks from BP2 and 5 from BP3, 6 from its
	// date, and 2, 3, 4, 7 and 8, whose texts say "bør" and name no
	// phase, are advisory (see KS). A key that names no item of the Set's
	// KS checklist is an error finding, "checklist.ks_setting_unknown".
	// The gate only reads the map.
	KSBlocking map[string]bool
}

// NewSet returns fresh copies of the built-in checklists BP1 to BP6 and
// KS.
func NewSet() *Set {
	s := &Set{lists: make(map[phase.DecisionPoint]*Checklist, 6), ks: KS()}
	for _, p := range phase.Points() {
		s.lists[p] = MustBP(p)
	}
	return s
}

// At returns the checklist of decision point p, or nil. The checklist is
// the Set's own: record answers on it directly.
func (s *Set) At(p phase.DecisionPoint) *Checklist { return s.lists[p] }

// ForPhase returns the organisation's own checklist for phase ph (one put
// with no Point and Phase ph), or nil. It is the Set's own.
func (s *Set) ForPhase(ph phase.Phase) *Checklist { return s.phases[ph] }

// KS returns the KS checklist, or nil. It is the Set's own.
func (s *Set) KS() *Checklist { return s.ks }

// Put adds or replaces a checklist in its slot: a checklist with a Point
// is that decision point's; one with no Point and a Phase is that phase's
// own checklist (see ForPhase), which never touches the KS checklist; one
// with neither must be the KS checklist (ID "ks") and replaces it. The Set
// takes c as it is (no copy). Put refuses an invalid checklist and one
// with no slot, with a *phase.PathError wrapping ErrInvalidChecklist.
func (s *Set) Put(c *Checklist) error {
	if c == nil {
		return &phase.PathError{Op: "validate", Err: fmt.Errorf("%w: nil checklist", ErrInvalidChecklist)}
	}
	if err := c.validate(); err != nil {
		return err
	}
	switch {
	case c.Point != 0:
		if s.lists == nil {
			s.lists = map[phase.DecisionPoint]*Checklist{}
		}
		s.lists[c.Point] = c
	case c.Phase != 0:
		if s.phases == nil {
			s.phases = map[phase.Phase]*Checklist{}
		}
		s.phases[c.Phase] = c
	case c.ID == ksID:
		s.ks = c
	default:
		return &phase.PathError{Op: "validate", Path: "point", Err: fmt.Errorf("%w: checklist %q has no decision point and no phase, and only the KS checklist (ID %q) has neither", ErrInvalidChecklist, c.ID, ksID)}
	}
	return nil
}

// Points returns the decision points that have a checklist, in order.
func (s *Set) Points() []phase.DecisionPoint {
	return slices.Sorted(maps.Keys(s.lists))
}

// Phases returns the phases that have a checklist of their own, in order.
func (s *Set) Phases() []phase.Phase {
	if len(s.phases) == 0 {
		return nil // most sets have none; skip the iterator's allocations
	}
	return slices.Sorted(maps.Keys(s.phases))
}

// Clone returns an independent deep copy of s.
func (s *Set) Clone() *Set {
	d := &Set{lists: make(map[phase.DecisionPoint]*Checklist, len(s.lists))}
	for p, c := range s.lists {
		d.lists[p] = c.Clone()
	}
	if len(s.phases) > 0 {
		d.phases = make(map[phase.Phase]*Checklist, len(s.phases))
		for ph, c := range s.phases {
			d.phases[ph] = c.Clone()
		}
	}
	if s.ks != nil {
		d.ks = s.ks.Clone()
	}
	return d
}

// Evaluate evaluates every checklist of the Set at its own decision point,
// in point order, then every phase's own checklist at the end of its
// phase, in phase order, and then, where o.KS, the KS checklist as at the
// end of the project (after roll-out), timed as o says: every checkpoint
// matters, and those that block (see Options.KSBlocking) block.
func (s *Set) Evaluate(o Options) []Evaluation {
	out := make([]Evaluation, 0, len(s.lists)+len(s.phases)+1)
	for _, p := range s.Points() {
		out = append(out, s.lists[p].Evaluate())
	}
	for _, ph := range s.Phases() {
		out = append(out, s.phases[ph].Evaluate())
	}
	if o.KS && s.ks != nil {
		r, _ := o.evaluateKS(s.ks, phase.Realisation, false, phase.Date{})
		out = append(out, r)
	}
	return out
}

// Gate returns the Set as a gate for phase.Lifecycle.Decide and Check. It
// reads the Set when the decision is checked, not when Gate is called.
//
// For every decision point the step covers (GateContext.Covers; more than
// one when a tailored model skips a phase) the point's checklist is
// evaluated at that point: blocking items are error findings, other
// problems warnings, and a waived checklist one warning with its
// justification. A covered main point (BP1 to BP6) without a checklist is
// an error, "checklist.missing": a skipped phase's checkpoints are never
// lost silently; answer them, or waive the checklist with a justification.
// Digdir leaves tailoring to the organisation but asks it to keep each
// phase's purpose: "Vær bevisst på å ivareta hensikten og innholdet i hver
// av fasene på en god måte" (Prosjektveiviseren, "Små prosjekter").
//
// A phase's own checklist (see ForPhase) is evaluated at every covered
// decision point that leaves its phase: the step that leaves the phase,
// and the step that passes over it when the model skips it. At an
// execution sub-phase point BP3.k, which does not leave execution, the
// execution checklist's due items only warn. A phase without a checklist
// of its own needs none. Its findings have paths such as
// "checklists.phase:planning.items[0]".
//
// Where o.KS, the KS checklist is evaluated as at leaving the last phase
// the step leaves, on the decision's date, timed as o says. By default,
// following the sources (see KS): checkpoint 1 blocks from BP2 and 5 from
// BP3; 6 blocks at every decision dated from 1 January of the year before
// o.RollOut, and is advisory while RollOut is unknown (with a warning,
// "checklist.rollout_unknown"); 2, 3, 4, 7 and 8 only warn, from the phase
// in which each starts to matter (2–4 and 8 from BP2, 6 and 7 from the
// execution sub-phase points BP3.k). For other projects the KS checklist
// is ignored.
func (s *Set) Gate(o Options) phase.Gate {
	return phase.GateFunc(func(ctx phase.GateContext) phase.Findings { return s.check(ctx, o) })
}

func (s *Set) check(ctx phase.GateContext, o Options) phase.Findings {
	covers := ctx.Covers
	if len(covers) == 0 {
		covers = []phase.DecisionPoint{ctx.Decision.Point}
	}
	var fs phase.Findings
	for _, p := range covers {
		prefix := fieldpath.Join(PathPrefix, p.String())
		c := s.lists[p]
		if c == nil {
			if p.IsValid() && !p.IsSub() {
				fs = append(fs, missing(prefix, p.Label()))
			}
			continue
		}
		fs = append(fs, c.evaluate(p.Leaves(), false, ctx.Decision.Date).Findings().WithPrefix(prefix)...)
	}
	for _, p := range covers {
		ph := p.Leaves()
		if c := s.phases[ph]; c != nil {
			fs = append(fs, c.evaluate(ph, p.IsSub(), ctx.Decision.Date).Findings().WithPrefix(fieldpath.Join(PathPrefix, phaseKey(ph)))...)
		}
	}
	if !o.KS {
		return fs
	}
	prefix := fieldpath.Join(PathPrefix, "ks")
	if d := ctx.Decision.Date; d.IsValid() && d.Before(KSPublished()) {
		return append(fs, notYetPublished(prefix, d))
	}
	if s.ks == nil {
		return append(fs, missing(prefix, "KS"))
	}
	fs = append(fs, o.unknownKSSettings(s.ks).WithPrefix(prefix)...)
	last := covers[len(covers)-1]
	r, notes := o.evaluateKS(s.ks, last.Leaves(), last.IsSub(), ctx.Decision.Date)
	fs = append(fs, r.Findings().WithPrefix(prefix)...)
	return append(fs, notes.WithPrefix(prefix)...)
}

func missing(path, name string) phase.Finding {
	return finding.New("checklist.missing", path, phase.SeverityError, phase.Text{
		NB: "Sjekklisten for " + name + " mangler; den må legges til og besvares, eller fravikes med begrunnelse",
		NN: "Sjekklista for " + name + " manglar; ho må leggjast til og svarast på, eller fråvikast med grunngjeving",
		EN: "The " + name + " checklist is missing; add and answer it, or waive it with a justification",
	})
}
