package cases

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
)

// Decision is a decision to record on a project.
type Decision struct {
	// Project is the project's ID.
	Project string `json:"-"`
	// Version is the version of the project the decision was taken on,
	// as the case officer saw it (Status.Version). It is required: a
	// decision is taken on what the officer saw, so it is refused as a
	// conflict when the project has changed since.
	Version int64 `json:"version"`
	// Decision is what the decision body decided, with its date, body,
	// signatory and Noark case number (saksnummer).
	Decision phase.Decision `json:"decision"`
	// Officer is the case officer (saksbehandler) who records it.
	Officer string `json:"officer"`
}

// Decide records decision r: the library decides (Project.Decide, which
// checks every gate), and the project's new state, the new rows of its
// audit log and its new head are stored in one transaction, at the
// project's next version.
//
// A project at another version than r.Version is a *ConflictError and
// nothing is decided. A refusal by the library is its *phase.DecisionError
// (errors.Is phase.ErrRefused and the other sentinels it wraps), listing
// every unmet requirement, and nothing is stored. A project whose stored
// parts disagree is an *IntegrityError: no decision is taken on it.
func (s *Store) Decide(ctx context.Context, r Decision) (Status, error) {
	if strings.TrimSpace(r.Officer) == "" {
		return Status{}, fmt.Errorf("%w: officer missing", ErrInvalid)
	}
	if r.Version < 1 {
		return Status{}, fmt.Errorf("%w: version missing: name the version the decision was taken on", ErrInvalid)
	}
	var st Status
	err := s.txn(ctx, func(tx *sql.Tx, step func(Step) error) error {
		l, err := s.load(ctx, tx, r.Project)
		if err != nil {
			return err
		}
		if l.version != r.Version {
			return &ConflictError{Project: r.Project, Expected: r.Version, Current: l.version}
		}
		if err := step(StepLoaded); err != nil {
			return err
		}
		before := l.p.Audit()
		if err := l.p.Decide(r.Decision); err != nil {
			return err
		}
		after := l.p.Audit()
		if len(after) <= len(before) || after[len(before)-1].Hash != before.Head() {
			return &IntegrityError{Project: r.Project, Err: fmt.Errorf("the decision did not extend the audit log")}
		}
		if err := step(StepChanged); err != nil {
			return err
		}
		now := s.stamp()
		if err := s.writeState(ctx, tx, l.p, l.version, now); err != nil {
			return err
		}
		if err := step(StepStateWritten); err != nil {
			return err
		}
		if err := s.appendEntries(ctx, tx, r.Project, after, len(before), r.Officer, now); err != nil {
			return err
		}
		if err := step(StepEntriesWritten); err != nil {
			return err
		}
		if err := s.writeHead(ctx, tx, r.Project, l.head, after, now); err != nil {
			return err
		}
		if err := step(StepHeadWritten); err != nil {
			return err
		}
		st, err = s.status(ctx, tx, loaded{p: l.p, version: l.version + 1, head: after.Head(), entries: len(after)})
		return err
	})
	return st, err
}

// Recorded is a row of the decisions table: an entry of a project's audit
// log as stored.
type Recorded struct {
	Seq        int    `json:"seq"`
	Kind       string `json:"kind"` // "model" or "decision"
	Entry      string `json:"entry"`
	Hash       string `json:"hash"`
	Prev       string `json:"prev"`
	CaseNumber string `json:"caseNumber,omitempty"`
	RecordedBy string `json:"recordedBy"`
	RecordedAt string `json:"recordedAt"`
}

// Decisions returns the rows of project id's audit log, in order, as
// stored (Verify checks them).
func (s *Store) Decisions(ctx context.Context, id string) ([]Recorded, error) {
	return s.decisions(ctx, s.db, id)
}

func (s *Store) decisions(ctx context.Context, q querier, id string) ([]Recorded, error) {
	var one int
	if err := q.QueryRowContext(ctx, `SELECT 1 FROM projects WHERE id = $1`, id).Scan(&one); err != nil {
		return nil, notFound(err, id)
	}
	rows, err := q.QueryContext(ctx, `
		SELECT seq, kind, entry, hash, prev, case_number, recorded_by, recorded_at
		FROM decisions WHERE project_id = $1 ORDER BY seq`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Recorded{}
	for rows.Next() {
		var (
			r  Recorded
			cn sql.NullString
		)
		if err := rows.Scan(&r.Seq, &r.Kind, &r.Entry, &r.Hash, &r.Prev, &cn, &r.RecordedBy, &r.RecordedAt); err != nil {
			return nil, err
		}
		r.CaseNumber = cn.String
		out = append(out, r)
	}
	return out, rows.Err()
}
