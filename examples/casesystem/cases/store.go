package cases

import (
	"context"
	"database/sql"
	_ "embed"
	"errors"
	"fmt"
	"net/url"
	"time"

	_ "modernc.org/sqlite" // the database/sql driver "sqlite", pure Go
)

// SchemaSQLite is the schema of the store in SQLite (schema.sql): its
// tables and the triggers that keep decisions append-only. Open runs it
// on every start; it creates only what is not there.
//
//go:embed schema.sql
var SchemaSQLite string

// Options configure a Store. The zero value means defaults.
type Options struct {
	// Key, when not empty, is the host's secret that keys every new
	// project's audit log (veiviser.ProjectConfig.Key) and is needed to
	// read them back (veiviser.DecodeOptions.Key). Nil keeps logs without
	// a key. Keep it out of the database.
	Key []byte
	// Now is the clock the store stamps rows with; nil means time.Now.
	// The library never reads a clock: the dates of decisions come from
	// the caller, and only the store's own records are stamped.
	Now func() time.Time
	// BusyTimeout is how long a transaction waits for another to finish
	// before it fails; zero means 5 seconds.
	BusyTimeout time.Duration
}

// Store keeps projects, decisions, documents and audit heads in a
// database. It is safe for concurrent use.
type Store struct {
	db  *sql.DB
	key []byte
	now func() time.Time
	// hook, when not nil, runs at each step of every transaction; an
	// error from it fails the transaction there. Tests use it to show
	// that a change lands whole or not at all.
	hook func(Step) error
}

// Open opens (creating it if need be) the SQLite database at path and
// makes sure its schema (SchemaSQLite) exists.
//
// The connection takes write transactions with BEGIN IMMEDIATE, so that
// two transactions that change the same project run one after the other
// rather than both reading, one failing with SQLITE_BUSY on its first
// write; WAL lets readers go on meanwhile. Foreign keys are enforced.
func Open(ctx context.Context, path string, o Options) (*Store, error) {
	if path == "" {
		return nil, fmt.Errorf("%w: no database path", ErrInvalid)
	}
	busy := o.BusyTimeout
	if busy == 0 {
		busy = 5 * time.Second
	}
	q := url.Values{}
	q.Set("_txlock", "immediate")
	q.Add("_pragma", fmt.Sprintf("busy_timeout(%d)", busy.Milliseconds()))
	q.Add("_pragma", "journal_mode(WAL)")
	q.Add("_pragma", "foreign_keys(1)")
	q.Add("_pragma", "synchronous(FULL)")
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, err
	}
	if _, err := db.ExecContext(ctx, SchemaSQLite); err != nil {
		db.Close()
		return nil, fmt.Errorf("cases: schema: %w", err)
	}
	return New(db, o), nil
}

// New returns a store on db, whose tables must exist: Open creates them
// in SQLite (SchemaSQLite); for PostgreSQL, see the module's README. The
// store's queries are the same for both.
func New(db *sql.DB, o Options) *Store {
	now := o.Now
	if now == nil {
		now = time.Now
	}
	return &Store{db: db, key: append([]byte(nil), o.Key...), now: now}
}

// DB returns the database the store uses, for what the store does not do
// (backups, reports). Changing its tables directly bypasses every check.
func (s *Store) DB() *sql.DB { return s.db }

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// stamp returns the store's time now as it stores it: RFC 3339 in UTC.
func (s *Store) stamp() string { return s.now().UTC().Format(time.RFC3339Nano) }

// Step is a point in a transaction of the store, in the order they are
// passed. Each change passes through the steps that apply to it; a
// failure at any of them rolls back everything before it.
type Step uint8

// The steps of a transaction.
const (
	StepBegun           Step = iota + 1 // the transaction has begun
	StepLoaded                          // the project's state, version and head are read and verified
	StepChanged                         // the library has changed the project in memory (Decide, a new document)
	StepStateWritten                    // the projects row holds the new state and version
	StepDocumentWritten                 // the documents row is added
	StepEntriesWritten                  // the new audit entries are added to decisions
	StepHeadWritten                     // audit_heads holds the new head
	StepCommit                          // about to commit
)

var stepNames = [...]string{"", "begun", "loaded", "changed", "state_written", "document_written", "entries_written", "head_written", "commit"}

// String returns the step's name.
func (st Step) String() string {
	if int(st) < len(stepNames) && st != 0 {
		return stepNames[st]
	}
	return fmt.Sprintf("step(%d)", uint8(st))
}

// txn runs fn in a transaction and commits it when fn and every step
// succeed; otherwise it rolls back. fn calls step after each step it
// takes.
func (s *Store) txn(ctx context.Context, fn func(tx *sql.Tx, step func(Step) error) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("cases: begin: %w", err)
	}
	defer tx.Rollback() //nolint:errcheck // after Commit it does nothing
	step := func(st Step) error {
		if s.hook == nil {
			return nil
		}
		if err := s.hook(st); err != nil {
			return &StepError{Step: st, Err: err}
		}
		return nil
	}
	if err := step(StepBegun); err != nil {
		return err
	}
	if err := fn(tx, step); err != nil {
		return err
	}
	if err := step(StepCommit); err != nil {
		return err
	}
	if err := tx.Commit(); err != nil {
		return &StepError{Step: StepCommit, Err: err}
	}
	return nil
}

// affected checks that a statement changed exactly one row.
func affected(r sql.Result, err error) (bool, error) {
	if err != nil {
		return false, err
	}
	n, err := r.RowsAffected()
	if err != nil {
		return false, err
	}
	return n == 1, nil
}

// notFound turns sql.ErrNoRows into ErrNotFound for project id.
func notFound(err error, id string) error {
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%w: project %q", ErrNotFound, id)
	}
	return err
}
