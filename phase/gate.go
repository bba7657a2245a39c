package phase

// Gate is a requirement checked before an approval is applied: a checklist
// that must be ready, a management product that must exist. Gates are
// passed to Lifecycle.Decide and Lifecycle.Check with each call, so a
// lifecycle stays plain data that can be stored and replayed.
//
// Check must not modify anything it is given. It returns the unmet
// requirements; findings with SeverityError block the decision, warnings
// are reported by Check only.
type Gate interface {
	Check(GateContext) Findings
}

// GateFunc adapts a function to the Gate interface.
type GateFunc func(GateContext) Findings

// Check calls f(c).
func (f GateFunc) Check(c GateContext) Findings { return f(c) }

// GateContext tells a gate what is being decided.
type GateContext struct {
	// Decision is the decision under consideration.
	Decision Decision
	// From is the phase being left; the zero Phase before BP1 in a model
	// without an idea phase.
	From Phase
	// To is the phase the approval opens; the zero Phase for BP6.
	To Phase
	// Target is the position the approval opens, with the execution
	// sub-phase in a split model; the zero Position for BP6. A phase plan
	// required at the step is the plan for Target.
	Target Position
	// Covers lists the decision points this step stands for, in order. It
	// holds more than Decision.Point when the model skips a phase: skipping
	// planning folds BP3 into BP2, so an approval at BP2 covers BP2 and BP3
	// and must meet the requirements of both.
	Covers []DecisionPoint
	// Skipped lists the phases this step passes over, with the model's
	// justification.
	Skipped []Skip
	// Model is the lifecycle's model.
	Model *Model
}

// Gates combines gates into one that reports the findings of each, in order.
func Gates(gs ...Gate) Gate {
	return GateFunc(func(c GateContext) Findings {
		var out Findings
		for _, g := range gs {
			out = append(out, g.Check(c)...)
		}
		return out
	})
}
