// Package veiviser models Prosjektveiviseren, the project model Digdir
// recommends for the Norwegian public sector, as typed, validated state
// machines that a case system (sak/arkiv), a portfolio tool or a regional
// digitalisation collaboration can embed.
//
// The root package composes the others into what a host imports: a Project
// that ties together its lifecycle, management products, checklists,
// benefit plan and stakeholders, and answers at any moment where the
// project is, what may happen next, what is missing, and why; a Portfolio
// of projects; the hash-chained audit log of decisions; strict storage as
// JSON and the JSON Schema of that storage.
//
// The parts live in their own packages, which depend on each other in one
// direction only:
//
//   - phase: the base. Phases, decision points BP1–BP6, tailored models,
//     the Lifecycle that moves only by decisions, planned timelines, and the
//     shared vocabulary: Date, Finding, Text (bokmål, nynorsk, English).
//   - checklist: the decision-point checklists BP1–BP6 and Difi's eight
//     checkpoints for involving the municipal sector, as data with a small
//     state machine per item, pluggable as gates.
//   - benefit: benefit realisation plans (gevinstrealiseringsplan) with
//     indicators, measurements, money in øre and concept comparison.
//   - stakeholder: the stakeholder register, project roles, governance
//     bodies with their decision rules, and collaboration membership.
//   - product: the management products (ledelsesprodukter) such as the
//     mandate for the concept phase and the governing document, each
//     following its template, with completeness validation.
//
// # Design
//
// The library is pure: it reads no clock, does no I/O, logs nothing and
// keeps no global state that changes. Callers pass every date in, so a host
// can run it inside a workflow engine or replay it from storage. Every
// transition is transactional: a refused decision or a failed guard leaves
// every value as it was and returns a typed error that lists each unmet
// requirement. Validation results are data (phase.Finding: a stable code, a
// field path, a severity and messages in three languages), not log lines.
//
// Enumerations are small integer types whose zero value means "not set";
// they marshal to stable lower-case English codes and carry Norwegian labels
// through a Label method. Errors are sentinels to match with errors.Is, wrapped
// in typed errors to inspect with errors.As.
//
// # The audit log
//
// Every decision, and the lifecycle model it is taken in, goes into a
// hash-chained audit log (AuditLog) whose hashes are computed over a
// documented canonical form of its entries (RFC 8785), so that a program in
// any language can check a stored project; testdata/audit/README.md
// describes it and holds test vectors and a verifier in Python. An approval
// fills in the decision box of the documents it approves and seals them in
// the log (Seal): a later change without a new version is reported. A host
// can anchor the log by keeping its head apart (DecodeOptions.Head,
// Project.Verify) and key it with a secret (ProjectConfig.Key) so that no
// one without the key can compute the chain again.
//
// # Official texts
//
// Checklist questions, decision point titles and template structures are
// carried verbatim from Digdir's Prosjektveiviseren (Digdir /
// Prosjektveiviseren, Norwegian licence for open government data, NLOD) and
// from Difi's "Sjekkliste for involvering av kommunesektoren", with English
// translations beside them.
//
// # Non-goals
//
// veiviser stores nothing, renders no user interface and sends no mail; it
// gives a host typed data and findings to store and show. It does not
// replace the judgement of a decision body: gates say what is missing, the
// body decides.
package veiviser
