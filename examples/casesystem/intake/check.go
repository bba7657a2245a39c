package intake

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// ErrUnreadable is wrapped by every error of Check: the file is no
// management product the library can read. The library's own error is
// wrapped too. Match it with errors.Is.
var ErrUnreadable = errors.New("intake: unreadable")

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
// A file that cannot be read is an error wrapping ErrUnreadable and the
// library's error (product.ErrNotWordDocument, product.ErrTemplateUnknown,
// a *phase.PathError for JSON, …).
func Check(data []byte) (*Checked, error) {
	if len(data) > MaxUpload {
		return nil, fmt.Errorf("%w: %w: %d bytes, at most %d", ErrUnreadable, phase.ErrTooLarge, len(data), MaxUpload)
	}
	if isJSON(data) {
		d, err := decodeDocument(data)
		if err != nil {
			return nil, fmt.Errorf("%w: %w", ErrUnreadable, err)
		}
		c := &Checked{Document: d, Template: d.Template(), TemplateVersion: d.Head().TemplateVersion, Format: "json", MediaType: MediaJSON}
		for _, f := range d.Validate() {
			c.Findings = append(c.Findings, product.ReadFinding{Finding: f})
		}
		return c.finish(), nil
	}
	im, err := product.Read(data, product.ReadOptions{})
	if err != nil {
		return nil, fmt.Errorf("%w: %w", ErrUnreadable, err)
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

// WithStatus returns d with its header's status set to st, through its
// stored form, so that it works for every template.
func WithStatus(d product.Document, st product.DocumentStatus) (product.Document, error) {
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
