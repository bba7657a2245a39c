// Package cases is the store of a small case system (saksbehandlingssystem)
// built on veiviser: projects, their append-only audit log of decisions,
// the management products they hold, and the head of each log, in one SQL
// database (SQLite through modernc.org/sqlite here; the same tables and
// queries run on PostgreSQL, see the module's README).
//
// The library decides; this package stores. A decision goes through
// Project.Decide, and what it changed (the project's new state, the new
// audit entries, the new head) is written in one transaction, so that a
// decision lands whole or not at all. Each change names the version of the
// project it was made on (optimistic concurrency): when two case officers
// decide on the same project at once, one wins and the other gets a
// *ConflictError, and nothing is lost or doubled.
//
// The audit log is kept twice, on purpose: in the project's state, as the
// library writes it, and as rows of the decisions table, which triggers
// keep append-only; its head is kept apart in audit_heads. Verify checks
// the three against each other with the library's own verification
// (veiviser.DecodeOptions.Head, veiviser.AuditLog.VerifyKey), so a row
// changed behind the store's back is reported.
//
// A Store is safe for concurrent use.
package cases
