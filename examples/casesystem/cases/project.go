package cases

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/digitale-helgeland/veiviser"
)

// NewProject is a project to register: Create makes it with
// veiviser.NewProject, at the start of the standard model.
type NewProject struct {
	ID          string `json:"id"`
	Name        string `json:"name"`
	Agency      string `json:"agency"`
	Description string `json:"description,omitempty"`
	// StateAffectingMunicipalities marks a state agency's project that
	// affects the municipal sector: Difi's KS checkpoints apply.
	StateAffectingMunicipalities bool `json:"stateAffectingMunicipalities,omitempty"`
	// Officer is the case officer who registers it.
	Officer string `json:"officer"`
}

// loaded is a project as a transaction read it.
type loaded struct {
	p       *veiviser.Project
	version int64
	head    string
	entries int
}

// Create registers a new project at version 1, with the first entry of
// its audit log (the lifecycle model) and its head. An ID in use is
// ErrExists.
func (s *Store) Create(ctx context.Context, n NewProject) (Status, error) {
	for _, f := range []struct{ name, value string }{{"id", n.ID}, {"name", n.Name}, {"agency", n.Agency}, {"officer", n.Officer}} {
		if strings.TrimSpace(f.value) == "" {
			return Status{}, fmt.Errorf("%w: %s missing", ErrInvalid, f.name)
		}
	}
	p, err := veiviser.NewProject(veiviser.ProjectConfig{
		ID: n.ID, Name: n.Name, Agency: n.Agency, Key: s.key,
		StateAffectingMunicipalities: n.StateAffectingMunicipalities,
	})
	if err != nil {
		return Status{}, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	p.Description = n.Description
	var st Status
	err = s.txn(ctx, func(tx *sql.Tx, step func(Step) error) error {
		var one int
		switch err := tx.QueryRowContext(ctx, `SELECT 1 FROM projects WHERE id = $1`, n.ID).Scan(&one); {
		case err == nil:
			return fmt.Errorf("%w: %q", ErrExists, n.ID)
		case err != sql.ErrNoRows:
			return err
		}
		if err := step(StepLoaded); err != nil {
			return err
		}
		if err := step(StepChanged); err != nil {
			return err
		}
		state, err := encode(p)
		if err != nil {
			return err
		}
		now := s.stamp()
		if _, err := tx.ExecContext(ctx, `INSERT INTO projects (id, name, state, version, updated_at) VALUES ($1, $2, $3, 1, $4)`,
			p.ID, p.Name, string(state), now); err != nil {
			return err
		}
		if err := step(StepStateWritten); err != nil {
			return err
		}
		log := p.Audit()
		if err := s.appendEntries(ctx, tx, p.ID, log, 0, n.Officer, now); err != nil {
			return err
		}
		if err := step(StepEntriesWritten); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO audit_heads (project_id, head, entries, updated_at) VALUES ($1, $2, $3, $4)`,
			p.ID, log.Head(), len(log), now); err != nil {
			return err
		}
		if err := step(StepHeadWritten); err != nil {
			return err
		}
		st, err = s.status(ctx, tx, loaded{p: p, version: 1, head: log.Head(), entries: len(log)})
		return err
	})
	return st, err
}

// load reads project id and verifies it as Verify says: it decodes its
// state with the head kept apart (so a log that does not reach it, or goes
// past it, is refused) and checks the rows of its decisions against the
// state's log and the head.
func (s *Store) load(ctx context.Context, q querier, id string) (loaded, error) {
	var (
		state string
		l     loaded
	)
	err := q.QueryRowContext(ctx, `
		SELECT p.state, p.version, h.head, h.entries
		FROM projects p JOIN audit_heads h ON h.project_id = p.id
		WHERE p.id = $1`, id).Scan(&state, &l.version, &l.head, &l.entries)
	if err != nil {
		return loaded{}, notFound(err, id)
	}
	p, err := veiviser.Decode(strings.NewReader(state), veiviser.DecodeOptions{Head: l.head, Key: s.key})
	if err != nil {
		return loaded{}, &IntegrityError{Project: id, Err: err}
	}
	if p.ID != id {
		return loaded{}, &IntegrityError{Project: id, Err: fmt.Errorf("state is of project %q", p.ID)}
	}
	if n := len(p.Audit()); n != l.entries {
		return loaded{}, &IntegrityError{Project: id, Err: fmt.Errorf("audit log has %d entries, audit_heads says %d", n, l.entries)}
	}
	if err := s.checkRows(ctx, q, id, p.Audit(), l.head); err != nil {
		return loaded{}, err
	}
	l.p = p
	return l, nil
}

// querier is what load needs of a *sql.DB or *sql.Tx.
type querier interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

// writeState stores p as the state of its project at version from+1, if
// the project is still at version from.
func (s *Store) writeState(ctx context.Context, tx *sql.Tx, p *veiviser.Project, from int64, now string) error {
	state, err := encode(p)
	if err != nil {
		return err
	}
	ok, err := affected(tx.ExecContext(ctx, `UPDATE projects SET state = $1, version = version + 1, updated_at = $2 WHERE id = $3 AND version = $4`,
		string(state), now, p.ID, from))
	if err != nil {
		return err
	}
	if !ok {
		// Not reached with SQLite, whose immediate transactions run one
		// at a time; PostgreSQL at READ COMMITTED gets here when another
		// transaction committed a change since load, and then reads the
		// version it committed.
		ce := &ConflictError{Project: p.ID, Expected: from}
		if err := tx.QueryRowContext(ctx, `SELECT version FROM projects WHERE id = $1`, p.ID).Scan(&ce.Current); err != nil {
			return notFound(err, p.ID)
		}
		return ce
	}
	return nil
}

// appendEntries adds the entries of log from index from on to the
// decisions table.
func (s *Store) appendEntries(ctx context.Context, tx *sql.Tx, id string, log veiviser.AuditLog, from int, officer, now string) error {
	for _, e := range log[from:] {
		b, err := json.Marshal(e)
		if err != nil {
			return err
		}
		kind, cn := "model", sql.NullString{}
		if !e.IsModel() {
			kind = "decision"
			c, err := caseNumber(e.Decision)
			if err != nil {
				return err
			}
			cn = sql.NullString{String: c, Valid: c != ""}
		}
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO decisions (project_id, seq, kind, entry, hash, prev, case_number, recorded_by, recorded_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
			id, e.Seq, kind, string(b), e.Hash, e.Prev, cn, officer, now); err != nil {
			return err
		}
	}
	return nil
}

// writeHead moves the head of project id from old to log's.
func (s *Store) writeHead(ctx context.Context, tx *sql.Tx, id, old string, log veiviser.AuditLog, now string) error {
	ok, err := affected(tx.ExecContext(ctx, `UPDATE audit_heads SET head = $1, entries = $2, updated_at = $3 WHERE project_id = $4 AND head = $5`,
		log.Head(), len(log), now, id, old))
	if err != nil {
		return err
	}
	if !ok {
		return &IntegrityError{Project: id, Err: fmt.Errorf("audit head moved during the transaction")}
	}
	return nil
}

// Edit changes project id with fn and stores the result as the next
// version, for what is plain data on a Project (checklists, stakeholders,
// timeline). expected is the version the caller saw; 0 applies fn to
// whatever version is current. fn must not decide: a change to the audit
// log is refused (use Decide). When fn fails nothing is stored. fn runs
// inside the write transaction, which holds the database's write lock:
// keep it short, and do no I/O in it.
func (s *Store) Edit(ctx context.Context, id string, expected int64, officer string, fn func(*veiviser.Project) error) (Status, error) {
	if strings.TrimSpace(officer) == "" {
		return Status{}, fmt.Errorf("%w: officer missing", ErrInvalid)
	}
	var st Status
	err := s.txn(ctx, func(tx *sql.Tx, step func(Step) error) error {
		l, err := s.load(ctx, tx, id)
		if err != nil {
			return err
		}
		if expected != 0 && l.version != expected {
			return &ConflictError{Project: id, Expected: expected, Current: l.version}
		}
		if err := step(StepLoaded); err != nil {
			return err
		}
		if err := fn(l.p); err != nil {
			return err
		}
		if log := l.p.Audit(); log.Head() != l.head || len(log) != l.entries {
			return fmt.Errorf("%w: an edit must not change the audit log; decide with Decide", ErrInvalid)
		}
		if err := step(StepChanged); err != nil {
			return err
		}
		if err := s.writeState(ctx, tx, l.p, l.version, s.stamp()); err != nil {
			return err
		}
		if err := step(StepStateWritten); err != nil {
			return err
		}
		l.version++
		st, err = s.status(ctx, tx, l)
		return err
	})
	return st, err
}

// Project returns a copy of project id as stored, verified as load
// verifies it, and its version.
func (s *Store) Project(ctx context.Context, id string) (*veiviser.Project, int64, error) {
	l, err := s.load(ctx, s.db, id)
	if err != nil {
		return nil, 0, err
	}
	return l.p, l.version, nil
}

// State returns the stored JSON of project id as it is, unverified.
func (s *Store) State(ctx context.Context, id string) ([]byte, error) {
	var state string
	if err := s.db.QueryRowContext(ctx, `SELECT state FROM projects WHERE id = $1`, id).Scan(&state); err != nil {
		return nil, notFound(err, id)
	}
	var out bytes.Buffer
	if err := json.Indent(&out, []byte(state), "", "  "); err != nil {
		return nil, &IntegrityError{Project: id, Err: err}
	}
	return out.Bytes(), nil
}

// encode returns p in its stored form: what json.Marshal(p) writes, written
// in one pass by veiviser.Encode.
func encode(p *veiviser.Project) ([]byte, error) {
	var b bytes.Buffer
	if err := veiviser.Encode(&b, p); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
