package cases

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/digitale-helgeland/veiviser"
)

// Verify checks every project the store holds and returns an
// *IntegrityError for each that fails, in ID order; an empty result means
// every project is whole. The error is for the database failing, not for
// what it finds. A host runs it on start (the command does) and reports
// what it finds; a project that fails is refused changes until it is put
// right, as load refuses it.
//
// For each project, with the head kept in audit_heads:
//   - its state decodes strictly, with its log verified against the head
//     (veiviser.Decode with DecodeOptions.Head and Key, which runs
//     Project.Verify: the chain, the decisions against the lifecycle, the
//     model, the seals of approved documents);
//   - the rows of the decisions table, read as an audit log, verify
//     against the same head (AuditLog.VerifyKey), and each row's columns
//     (seq, kind, hash, prev, case number) are its entry's;
//   - the rows are the state's log, entry for entry.
func (s *Store) Verify(ctx context.Context) ([]error, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM projects ORDER BY id`)
	if err != nil {
		return nil, err
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var problems []error
	for _, id := range ids {
		err := s.verify(ctx, id)
		var ie *IntegrityError
		switch {
		case err == nil:
		case errors.As(err, &ie):
			problems = append(problems, err)
		case errors.Is(err, ErrNotFound):
			// A project without its head.
			problems = append(problems, &IntegrityError{Project: id, Err: errors.New("no audit head")})
		default:
			return problems, err
		}
	}
	return problems, nil
}

// verify checks project id as Verify says.
func (s *Store) verify(ctx context.Context, id string) error {
	_, err := s.load(ctx, s.db, id)
	return err
}

// checkRows checks the decision rows of project id: read as an audit log
// they verify against head, each row's columns are its entry's, and they
// are the state's log, entry for entry.
func (s *Store) checkRows(ctx context.Context, q querier, id string, state veiviser.AuditLog, head string) error {
	recs, err := s.decisions(ctx, q, id)
	if err != nil {
		return err
	}
	fail := func(format string, a ...any) error {
		return &IntegrityError{Project: id, Err: fmt.Errorf(format, a...)}
	}
	var log veiviser.AuditLog
	for i, r := range recs {
		var e veiviser.AuditEntry
		if err := json.Unmarshal([]byte(r.Entry), &e); err != nil {
			return fail("decision row %d: %w", i, err)
		}
		kind := "decision"
		if e.IsModel() {
			kind = "model"
		}
		cn, err := caseNumber(e.Decision)
		if err != nil {
			return fail("decision row %d: %w", i, err)
		}
		if r.Seq != e.Seq || r.Kind != kind || r.Hash != e.Hash || r.Prev != e.Prev || r.CaseNumber != cn {
			return fail("decision row %d: its columns are not those of its entry", i)
		}
		log = append(log, e)
	}
	if err := log.VerifyKey(s.key, head); err != nil {
		return fail("decision rows: %w", err)
	}
	if len(state) != len(log) {
		return fail("the state's audit log has %d entries, the decision rows %d", len(state), len(log))
	}
	for i := range log {
		if state[i].Hash != log[i].Hash {
			return fail("entry %d: the state's audit log and the decision rows differ", i)
		}
	}
	return nil
}
