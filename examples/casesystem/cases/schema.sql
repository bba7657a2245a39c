-- Schema of the case system (SQLite). Every statement is run on every
-- start; IF NOT EXISTS makes that harmless. The tables and every query of
-- the Go code are portable SQL (placeholders $1, $2, …, TEXT and INTEGER,
-- times as RFC 3339 text in UTC); what PostgreSQL needs instead is in
-- ../README.md: BYTEA for BLOB and the triggers as a PL/pgSQL function.

-- A project: its current state as the library stores it
-- (veiviser.Project.MarshalJSON), and a version that every change raises
-- by one, for optimistic concurrency: a change names the version it was
-- made on, and is refused as a conflict when the project has moved on.
CREATE TABLE IF NOT EXISTS projects (
    id         TEXT    NOT NULL PRIMARY KEY,
    name       TEXT    NOT NULL,
    state      TEXT    NOT NULL,
    version    INTEGER NOT NULL CHECK (version >= 1),
    updated_at TEXT    NOT NULL
);

-- The project's audit log, one row per entry (veiviser.AuditEntry as
-- JSON): the entry of the lifecycle model the project started with
-- (kind 'model'), then each decision. Rows are only ever added: the
-- triggers below refuse UPDATE and DELETE. case_number is the Noark case
-- reference (saksnummer) of the decision, in its text form.
CREATE TABLE IF NOT EXISTS decisions (
    project_id  TEXT    NOT NULL REFERENCES projects (id),
    seq         INTEGER NOT NULL CHECK (seq >= 0),
    kind        TEXT    NOT NULL CHECK (kind IN ('model', 'decision')),
    entry       TEXT    NOT NULL,
    hash        TEXT    NOT NULL,
    prev        TEXT    NOT NULL,
    case_number TEXT,
    recorded_by TEXT    NOT NULL,
    recorded_at TEXT    NOT NULL,
    PRIMARY KEY (project_id, seq),
    UNIQUE (project_id, hash)
);

CREATE TRIGGER IF NOT EXISTS decisions_no_update
BEFORE UPDATE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only: UPDATE refused');
END;

CREATE TRIGGER IF NOT EXISTS decisions_no_delete
BEFORE DELETE ON decisions
BEGIN
    SELECT RAISE(ABORT, 'decisions are append-only: DELETE refused');
END;

-- A management product as it was received: the file (a Word document, or
-- a stored document's JSON), what the library read from it
-- (product.Encode), the hash of that content (veiviser.DocumentHash) and
-- the document's own version (the last version of its change log). idx is
-- its index in the project's documents. The project's state holds the
-- document as it is now: an approval fills in its decision box.
CREATE TABLE IF NOT EXISTS documents (
    project_id   TEXT    NOT NULL REFERENCES projects (id),
    idx          INTEGER NOT NULL CHECK (idx >= 0),
    template     TEXT    NOT NULL,
    version      TEXT    NOT NULL,
    file_name    TEXT    NOT NULL,
    media_type   TEXT    NOT NULL,
    original     BLOB    NOT NULL,
    content      TEXT    NOT NULL,
    content_hash TEXT    NOT NULL,
    imported_by  TEXT    NOT NULL,
    imported_at  TEXT    NOT NULL,
    PRIMARY KEY (project_id, idx)
);

-- The head of each project's audit log (veiviser.AuditLog.Head), kept
-- apart from the project's state and written in the same transaction: on
-- start, every project's log is verified against it.
CREATE TABLE IF NOT EXISTS audit_heads (
    project_id TEXT    NOT NULL PRIMARY KEY REFERENCES projects (id),
    head       TEXT    NOT NULL,
    entries    INTEGER NOT NULL CHECK (entries >= 1),
    updated_at TEXT    NOT NULL
);
