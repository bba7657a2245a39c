// Package checklist models the checklists a decision body goes through
// before a decision point of Prosjektveiviseren, and Difi's eight
// checkpoints for involving the municipal sector (Sjekkliste for
// involvering av kommunesektoren).
//
// A Checklist is data: an ID, a title, the decision point (or phase) it
// belongs to, whether it is mandatory (blocks the decision) or advisory
// (warns), and ordered items. Only an advisory checklist lets unmet items
// pass: any other level, including an unset one, blocks (it fails
// closed). Each Item carries the official question text verbatim
// (bokmål or nynorsk, as in the source) with an English translation, the
// kind of answer it takes (yes/no with the favourable answer stated, a
// choice among named options, or free text) and its own small lifecycle,
// run on internal/machine:
//
//	open ──▶ answered | not relevant | deferred ("fortsatt åpen")
//	answered, not relevant, deferred ──▶ any of the three again, or open
//	answered, not relevant, deferred ──▶ archived (final)
//
// "Not relevant" and "deferred" need a comment of at least MinComment
// characters. Nothing is ever overwritten: every change is an Entry in the
// item's history with who made it and on which date (a phase.Date passed
// by the caller; the package never reads the clock). Changes are
// transactional: a refused change returns a *ChangeError listing every
// unmet requirement and leaves the checklist as it was.
//
// Evaluate gives an Evaluation: ready or not, every blocking item with its
// Reason (unanswered, unfavourable, comment missing), deferred items as
// warnings, and counts per state. A Set holds a project's checklists keyed
// by decision point, an organisation's own checklist per phase (due when
// the phase is left or skipped) and the KS checklist, and plugs them into
// phase.Lifecycle through Set.Gate. A step that covers several decision
// points (a tailored model that skips a phase) needs every covered
// point's checklist answered or explicitly waived (Checklist.Waive, with a
// justification); a missing one is an error, never a silent pass.
//
// Checklists, items and Sets are stored as JSON (MarshalJSON,
// UnmarshalJSON). Decoding is strict and names the path of what it
// refuses; encoding refuses what decoding would refuse, so a value that
// encodes can always be loaded again. A Set is one object with the keys
// "bp1" … "bp6" (and "bp3.1", …), "phase:planning" (and the other phases'
// codes after "phase:") and "ks".
//
// The KS checklist applies only where the caller says so (Options.KS: a
// state agency's project that affects the municipal sector), and its
// timing follows the checklist's own words: checkpoint 1 blocks from BP2
// ("skal … i ein tidleg fase"), 5 from BP3 ("I planleggingsfasen"), 6 from
// the budget year before roll-out (Options.RollOut); 2, 3, 4, 7 and 8 say
// "bør" and name no phase, so they warn unless the organisation makes them
// binding (Options.KSBlocking).
//
// The built-in checklists (BP, KS) are returned as fresh copies on every
// call, so one project's answers never reach another project or the
// built-in texts.
//
// Non-goals: rendering documents, storing projects, and reading answers from
// whole documents. Item.Parse reads one answer cell as people write it ("ja",
// "Nei.", "prosjekt", "Ikkje relevant", "N/A"); finding that cell is the
// caller's business.
//
// Values of this package are not safe for concurrent use; built-ins and
// read-only package data are. Methods that only read a value (Evaluate,
// Items, Clone, MarshalJSON, the check of Set.Gate) may run at once from
// several goroutines as long as nothing changes the value meanwhile.
package checklist
