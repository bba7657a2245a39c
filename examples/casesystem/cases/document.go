package cases

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// MaxUpload is the largest file Check reads: the library's own limit for
// stored projects, 16 MiB.
const MaxUpload = veiviser.DefaultMaxBytes

// Checked is a management product read from a file and checked: the typed
// document, where it came from, and every finding (the reader's own and
// the document's Validate), each with its place in the file when known.
type Checked struct {
	// Document is the document read.
	Document product.Document `json:"-"`
	// Template, TemplateVersion and Language are those of Digdir's
	// template the document follows, as recognised.
	Template        product.Template `json:"template"`
	TemplateVersion string           `json:"templateVersion,omitempty"`
	Language        string           `json:"language,omitempty"`
	// Version is the document's own version, the last of its change log.
	Version string `json:"version"`
	// Format is what the file was read as: "docx", "text", "markdown" or
	// "json".
	Format string `json:"format"`
	// MediaType is the file's media type, as stored.
	MediaType string `json:"mediaType"`
	// Findings are sorted: errors first, then by path and code.
	Findings []product.ReadFinding `json:"findings"`
	Errors   int                   `json:"errors"`
	Warnings int                   `json:"warnings"`
}

// Media types of the files Check reads.
const (
	MediaDocx     = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
	MediaJSON     = "application/json"
	MediaText     = "text/plain; charset=utf-8"
	MediaMarkdown = "text/markdown; charset=utf-8"
)

// Check reads a management product from data, the file as received: a
// Word document made from one of Digdir's templates, or its text or
// Markdown export (product.Read), or a stored document's JSON
// (product.Decode, with or without its template). It stores nothing.
// A file that cannot be read is an error wrapping ErrInvalid and the
// library's error (product.ErrNotWordDocument, product.ErrTemplateUnknown,
// a *phase.PathError for JSON, …).
func Check(data []byte) (*Checked, error) {
	if len(data) > MaxUpload {
		return nil, fmt.Errorf("%w: %w: %d bytes, at most %d", ErrInvalid, phase.ErrTooLarge, len(data), MaxUpload)
	}
	if isJSON(data) {
		d, err := decodeDocument(data)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
		}
		c := &Checked{Document: d, Template: d.Template(), TemplateVersion: d.Head().TemplateVersion, Format: "json", MediaType: MediaJSON}
		for _, f := range d.Validate() {
			c.Findings = append(c.Findings, product.ReadFinding{Finding: f})
		}
		return c.finish(), nil
	}
	im, err := product.Read(data, product.ReadOptions{})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrInvalid, err)
	}
	c := &Checked{
		Document: im.Document, Template: im.Template, TemplateVersion: im.Version,
		Language: im.Language.String(), Format: im.Format.String(), MediaType: mediaType(im.Format),
		Findings: append([]product.ReadFinding(nil), im.Findings...),
	}
	for _, f := range im.Document.Validate() {
		l, _ := im.Locate(f.Path)
		c.Findings = append(c.Findings, product.ReadFinding{Finding: f, Location: l})
	}
	return c.finish(), nil
}

// finish sorts the findings and counts them.
func (c *Checked) finish() *Checked {
	c.Version = c.Document.Head().Version()
	if c.Findings == nil {
		c.Findings = []product.ReadFinding{}
	}
	fs := make(phase.Findings, len(c.Findings))
	for i, f := range c.Findings {
		fs[i] = f.Finding
	}
	c.Errors, c.Warnings = len(fs.Errors()), len(fs.Warnings())
	// Sort the located findings as phase.Findings.Sort sorts their
	// findings: errors first, then by path and code.
	sorted := make([]product.ReadFinding, 0, len(c.Findings))
	fs.Sort()
	used := make([]bool, len(c.Findings))
	for _, f := range fs {
		for i, g := range c.Findings {
			if !used[i] && g.Finding == f {
				used[i] = true
				sorted = append(sorted, g)
				break
			}
		}
	}
	c.Findings = sorted
	return c
}

func mediaType(f product.FileFormat) string {
	switch f.String() {
	case "docx":
		return MediaDocx
	case "markdown":
		return MediaMarkdown
	}
	return MediaText
}

// isJSON reports whether data, after white space and a byte order mark,
// begins as a JSON object.
func isJSON(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	data = bytes.TrimLeft(data, " \t\r\n")
	return len(data) > 0 && data[0] == '{'
}

// decodeDocument reads a stored document: product.Encode's form, or a
// document's JSON without its template, which must read strictly as
// exactly one template's document (as examples/asker/mandat.json does).
func decodeDocument(data []byte) (product.Document, error) {
	var probe struct {
		Template json.RawMessage `json:"template"`
		Document json.RawMessage `json:"document"`
	}
	if json.Unmarshal(data, &probe) == nil && probe.Template != nil && probe.Document != nil {
		return product.Decode(data)
	}
	var found []product.Document
	var first error
	for _, t := range product.Templates() {
		env := fmt.Appendf(nil, `{"schemaVersion":%d,"template":%q,"document":`, product.SchemaVersion, t.String())
		env = append(append(env, data...), '}')
		d, err := product.Decode(env)
		if err != nil {
			first = cmpOr(first, err)
			continue
		}
		found = append(found, d)
	}
	switch len(found) {
	case 0:
		return nil, fmt.Errorf("a document of no template: %w", first)
	case 1:
		return found[0], nil
	}
	names := make([]string, len(found))
	for i, d := range found {
		names[i] = d.Template().String()
	}
	return nil, fmt.Errorf("a document without its template that reads as each of %s: send it with its template, {\"template\": …, \"document\": …}", strings.Join(names, ", "))
}

func cmpOr(a, b error) error {
	if a != nil {
		return a
	}
	return b
}

// withStatus returns d with its header's status set to st, through its
// stored form, so that it works for every template.
func withStatus(d product.Document, st product.DocumentStatus) (product.Document, error) {
	b, err := product.Encode(d)
	if err != nil {
		return nil, err
	}
	var env map[string]json.RawMessage
	if err := json.Unmarshal(b, &env); err != nil {
		return nil, err
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(env["document"], &doc); err != nil {
		return nil, err
	}
	var head map[string]json.RawMessage
	if err := json.Unmarshal(doc["header"], &head); err != nil {
		return nil, err
	}
	code, err := st.MarshalText()
	if err != nil {
		return nil, err
	}
	head["status"], _ = json.Marshal(string(code))
	doc["header"], _ = json.Marshal(head)
	env["document"], _ = json.Marshal(doc)
	b, _ = json.Marshal(env)
	return product.Decode(b)
}

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

// Import reads the file u (see Check), adds the document to the project
// and stores, in one transaction, the project's new state at its next
// version and the document's row: the file as received, the document as
// read (product.Encode), its content hash (veiviser.DocumentHash) and its
// version. It returns the check and the project's new status. A file that
// cannot be read stores nothing.
func (s *Store) Import(ctx context.Context, u Upload) (*Checked, Status, error) {
	if strings.TrimSpace(u.Officer) == "" {
		return nil, Status{}, fmt.Errorf("%w: officer missing", ErrInvalid)
	}
	if strings.TrimSpace(u.Name) == "" {
		return nil, Status{}, fmt.Errorf("%w: file name missing", ErrInvalid)
	}
	c, err := Check(u.Data)
	if err != nil {
		return nil, Status{}, err
	}
	if u.Status != 0 {
		if !u.Status.IsValid() {
			return nil, Status{}, fmt.Errorf("%w: document status %d", ErrInvalid, u.Status)
		}
		if c.Document, err = withStatus(c.Document, u.Status); err != nil {
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
