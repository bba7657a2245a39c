package cases

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/examples/casesystem/intake"
	"github.com/digitale-helgeland/veiviser/product"
)

// Upload is a file received for a project.
type Upload struct {
	// Project is the project's ID.
	Project string
	// Version is the version of the project the case officer saw, or 0
	// to add the document to whatever version is current: adding a
	// document loses nothing another officer did meanwhile.
	Version int64
	// Name is the file's name as received.
	Name string
	// Data is the file as received.
	Data []byte
	// Status is the document's status, which a file does not say
	// (product.Read reads every document as a draft): zero keeps what
	// the file gives.
	Status product.DocumentStatus
	// Officer is the case officer who imports it.
	Officer string
}

// DocumentInfo is a management product of a project as received.
type DocumentInfo struct {
	Index       int              `json:"index"`
	Template    product.Template `json:"template"`
	Version     string           `json:"version"`
	FileName    string           `json:"fileName"`
	MediaType   string           `json:"mediaType"`
	Size        int              `json:"size"`
	ContentHash string           `json:"contentHash"`
	ImportedBy  string           `json:"importedBy"`
	ImportedAt  string           `json:"importedAt"`
}

// Import reads the file u (intake.Check), adds the document to the project
// and stores, in one transaction, the project's new state at its next
// version and the document's row: the file as received, the document as
// read (product.Encode), its content hash (veiviser.DocumentHash) and its
// version. It returns the check and the project's new status. A file that
// cannot be read stores nothing.
func (s *Store) Import(ctx context.Context, u Upload) (*intake.Checked, Status, error) {
	if strings.TrimSpace(u.Officer) == "" {
		return nil, Status{}, fmt.Errorf("%w: officer missing", ErrInvalid)
	}
	if strings.TrimSpace(u.Name) == "" {
		return nil, Status{}, fmt.Errorf("%w: file name missing", ErrInvalid)
	}
	c, err := intake.Check(u.Data)
	if err != nil {
		return nil, Status{}, fmt.Errorf("%w: %s: %w", ErrInvalid, u.Name, err)
	}
	if u.Status != 0 {
		if !u.Status.IsValid() {
			return nil, Status{}, fmt.Errorf("%w: document status %d", ErrInvalid, u.Status)
		}
		if c.Document, err = intake.WithStatus(c.Document, u.Status); err != nil {
			return nil, Status{}, err
		}
	}
	content, err := product.Encode(c.Document)
	if err != nil {
		return nil, Status{}, err
	}
	hash, err := veiviser.DocumentHash(c.Document)
	if err != nil {
		return nil, Status{}, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	var st Status
	err = s.txn(ctx, func(tx *sql.Tx, step func(Step) error) error {
		l, err := s.load(ctx, tx, u.Project)
		if err != nil {
			return err
		}
		if u.Version != 0 && l.version != u.Version {
			return &ConflictError{Project: u.Project, Expected: u.Version, Current: l.version}
		}
		if err := step(StepLoaded); err != nil {
			return err
		}
		l.p.Documents = append(l.p.Documents, c.Document)
		idx := len(l.p.Documents) - 1
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
		if _, err := tx.ExecContext(ctx, `
			INSERT INTO documents (project_id, idx, template, version, file_name, media_type, original, content, content_hash, imported_by, imported_at)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
			u.Project, idx, c.Template.String(), c.Version, u.Name, c.MediaType, u.Data, string(content), hash, u.Officer, now); err != nil {
			return err
		}
		if err := step(StepDocumentWritten); err != nil {
			return err
		}
		l.version++
		st, err = s.status(ctx, tx, l)
		return err
	})
	if err != nil {
		return nil, Status{}, err
	}
	return c, st, nil
}

// documents returns the document rows of project id, by index.
func (s *Store) documents(ctx context.Context, q querier, id string) ([]DocumentInfo, error) {
	rows, err := q.QueryContext(ctx, `
		SELECT idx, template, version, file_name, media_type, length(original), content_hash, imported_by, imported_at
		FROM documents WHERE project_id = $1 ORDER BY idx`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []DocumentInfo{}
	for rows.Next() {
		var (
			d DocumentInfo
			t string
		)
		if err := rows.Scan(&d.Index, &t, &d.Version, &d.FileName, &d.MediaType, &d.Size, &d.ContentHash, &d.ImportedBy, &d.ImportedAt); err != nil {
			return nil, err
		}
		if err := d.Template.UnmarshalText([]byte(t)); err != nil {
			return nil, &IntegrityError{Project: id, Err: fmt.Errorf("document %d: %w", d.Index, err)}
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// Original returns document idx of project id as received: its file
// name, media type and bytes.
func (s *Store) Original(ctx context.Context, id string, idx int) (name, mediaType string, data []byte, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT file_name, media_type, original FROM documents WHERE project_id = $1 AND idx = $2`, id, idx).
		Scan(&name, &mediaType, &data)
	if errors.Is(err, sql.ErrNoRows) {
		return "", "", nil, fmt.Errorf("%w: document %d of project %q", ErrNotFound, idx, id)
	}
	return name, mediaType, data, err
}
