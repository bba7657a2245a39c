// Package phase models the lifecycle of a project in Prosjektveiviseren, the
// project model Digdir recommends for the Norwegian public sector: six phases
// (idé, konsept, planlegge, gjennomføre, avslutte, realisere) and the decision
// points BP1 to BP6 between them.
//
// It is the base package of the module. Besides phases and decision points it
// defines what the other packages share: calendar dates (Date), findings
// (Finding, Findings, Severity, Code) with messages in bokmål, nynorsk and
// English (Text, Language), and the Gate hook through which checklists,
// management products and roles take part in a decision.
//
// # Lifecycle
//
// A Lifecycle stands at a Position in a Model and moves only by a Decision
// at a decision point. A decision approves (the project takes the next step),
// stops (the lifecycle ends) or sends the case back for rework (the
// position stays and the resubmission is counted). Decide checks everything
// before it changes anything: the decision's own fields, that the lifecycle
// has not ended, that the decision is at the point the project awaits, that
// it is not dated before the previous decision, and, for an approval, every
// Gate passed in. A refused decision leaves the lifecycle exactly as it was
// and returns a *DecisionError whose Unmet field lists every unmet
// requirement. Check answers the same question without deciding.
//
// The history of decisions is the lifecycle's record: Rebuild replays it, and
// a Lifecycle is stored as JSON as its model and history. A history that
// cannot be replayed is rejected with a *HistoryError naming the index where
// it breaks.
//
// # Tailoring
//
// Prosjektveiviseren is meant to be tailored. A Tailoring can start a project
// at BP1 with no idea phase, split execution into sub-phases (BP3 opens the
// first, BP3.k opens sub-phase k+1), and skip the concept, planning or closure
// phase with a written justification. A skip is never silent: the step that
// passes over a phase covers its decision points too (Step.Covers,
// GateContext.Covers), so the requirements of every covered point still
// apply. Model.Mermaid draws a model as a Mermaid state diagram.
//
// # Names as people write them
//
// Parse and ParseAll read phase names from real reports: bokmål, nynorsk and
// English names, old template names, verbs and free text such as "Under
// planlegging". ParseDate reads "25.02.2020" and "2020-02-25" and refuses
// template placeholders such as "<dato>" and "xx.xx.xx"; Placeholders finds
// such placeholders in any text.
//
// # What this package does not do
//
// It reads no clock, does no I/O and keeps no global state that changes:
// callers pass every date in, so a host can run a lifecycle inside a
// workflow engine or replay it from storage. It does not know what a
// checklist or a mandate is; those plug in as gates (see the checklist
// package and the root package veiviser). Any number of goroutines may
// read a Lifecycle at once; Decide and UnmarshalJSON need it to themselves.
// Models are immutable and may be shared.
//
// Texts of decision points are Digdir's (Digdir / Prosjektveiviseren, NLOD).
package phase
