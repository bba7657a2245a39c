package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// location is where a finding is in its input, as far as the input tells:
// a heading and a paragraph in a Word document, a line in text, Markdown and
// JSON. The zero location is "not known".
type location struct {
	Heading   string `json:"heading,omitempty"`   // the heading of the section the field is in
	Paragraph int    `json:"paragraph,omitempty"` // Word paragraph number, counted from 1 through the document
	Table     int    `json:"table,omitempty"`     // Word table number, counted from 1
	Row       int    `json:"row,omitempty"`       // 1-based table row
	Line      int    `json:"line,omitempty"`      // 1-based line (JSON, text, Markdown)
	Column    int    `json:"column,omitempty"`    // 1-based column in UTF-16 code units (JSON)
}

// isZero reports whether l says nothing.
func (l location) isZero() bool { return l == location{} }

// locator tells where the field at a finding's path is in an input; it
// returns the zero location when it does not know.
type locator func(path string) location

// checked is what check makes of one input.
type checked struct {
	file     string           // as named on the command line or found in a directory
	format   format           // what the input is
	template string           // the template's wire code ("mandate"), or "project"
	tmpl     product.Template // the template; 0 for a project
	language string           // the document's language ("nb", "nn") when the input says
	version  string           // the template's version ("4.0") when the input says
	findings phase.Findings   // sorted, errors first
	locate   locator          // nil when nothing is known
	// at holds, beside findings, the location the reader gave each of its
	// own findings; zero for the rest, and nil when there are none.
	at []location
}

// kind returns what c's input is in language l: its template's name, or
// "Prosjekt".
func (c checked) kind(l phase.Language) string {
	if c.tmpl == 0 {
		return wordProject.In(l)
	}
	return c.tmpl.Label(l)
}

// where returns the location of c's finding i, whose path is path: where
// the reader found it, else where path is in c's input.
func (c checked) where(i int, path string) location {
	if i >= 0 && i < len(c.at) && !c.at[i].isZero() {
		return c.at[i]
	}
	if c.locate == nil {
		return location{}
	}
	return c.locate(path)
}

// templateProject is the template check reports for a stored project.
const templateProject = "project"

// exportReading is what reading a Word document or a text or Markdown
// export gives.
type exportReading struct {
	// Document is the typed document read.
	Document product.Document
	// Language is the document's language ("nb", "nn"), "" when not known.
	Language string
	// Locate tells where each field of Document is in the input.
	Locate locator
	// Findings are what reading itself found (a heading the template does
	// not have, a section that could not be placed), beside what
	// Document.Validate finds.
	Findings phase.Findings
	// At holds, beside Findings, where each was found; nil or zero when
	// not known, and then Locate tells by the finding's path.
	At []location
}

// exportReader reads a Word document (formatWord) or a text or Markdown
// export (formatText, formatMarkdown) into a typed document. It is the one
// seam where the library's reader (product.Read) plugs in: check, and import
// in turn, need nothing else.
type exportReader func(f format, data []byte) (exportReading, error)

// errNotYet reports input that this version cannot read yet.
var errNotYet = errors.New("not yet supported")

// libraryExportReader returns the library's reader of Word documents and
// text and Markdown exports: product.Read, the format given as check
// recognised it.
func libraryExportReader() exportReader {
	return func(f format, data []byte) (exportReading, error) {
		return readExport(data, product.ReadOptions{Format: readFormat(f)})
	}
}

// readFormat returns the library's name for the format f of an export; 0,
// "recognise it", for any other.
func readFormat(f format) product.FileFormat {
	switch f {
	case formatWord:
		return product.FormatDocx
	case formatText:
		return product.FormatText
	case formatMarkdown:
		return product.FormatMarkdown
	}
	return 0
}

// readExport reads data with product.Read and o: the document, its
// language, where each of its fields is, and the reader's own findings.
func readExport(data []byte, o product.ReadOptions) (exportReading, error) {
	im, err := product.Read(data, o)
	if err != nil {
		return exportReading{}, err
	}
	x := exportReading{Document: im.Document, Locate: importedLocator(im)}
	if im.Language.IsValid() {
		x.Language = im.Language.String()
	}
	for _, f := range im.Findings {
		x.Findings = append(x.Findings, f.Finding)
		x.At = append(x.At, fromLibrary(f.Location))
	}
	return x, nil
}

// fromLibrary returns the library's location l as the command's.
func fromLibrary(l product.Location) location {
	return location{Heading: l.Heading, Paragraph: l.Paragraph, Table: l.Table, Row: l.Row, Line: l.Line}
}

// importedLocator returns the locator of what Read read: Imported.Locate,
// and where that finds nothing the location of the reader's own first
// finding at the path.
func importedLocator(im *product.Imported) locator {
	return func(path string) location {
		l, ok := im.Locate(path)
		if !ok || l.IsZero() {
			for _, f := range im.Findings {
				if f.Path == path && !f.Location.IsZero() {
					l = f.Location
					break
				}
			}
		}
		return fromLibrary(l)
	}
}

// check reads the input name and returns its findings. An input that cannot
// be read is an error naming the file (and the line, for JSON).
func (c *cli) check(name string) (checked, error) { return c.checkSource(source{name: name}) }

// checkSource reads the input s and returns its findings. An input that
// cannot be read is an error naming the file (and the line, for JSON). For
// an input found in a directory that is no document of any template (see
// skippable) the error says so.
func (c *cli) checkSource(s source) (checked, error) {
	name := s.name
	data, err := c.readInput(name)
	if err != nil {
		return checked{}, err
	}
	file := displayName(name)
	f, err := sniff(name, data)
	if err != nil {
		return checked{}, inFile(file, err)
	}
	r := checked{file: file, format: f}
	switch f {
	case formatOtherJSON:
		if s.inDir {
			return checked{}, inFile(file, errOtherJSON)
		}
		fallthrough // the project decoder says what is wrong
	case formatProject:
		p, err := veiviser.Decode(bytes.NewReader(data), veiviser.DecodeOptions{MaxBytes: maxInput})
		if err != nil {
			return checked{}, jsonError(file, data, err)
		}
		r.template = templateProject
		r.findings = p.Validate().Findings()
		r.locate = jsonLocator(data, "", r.findings)
	case formatDocument:
		d, err := product.Decode(data)
		if err != nil {
			return checked{}, jsonError(file, data, err)
		}
		r.setDocument(d, d.Validate())
		r.locate = jsonLocator(data, "document", r.findings)
	case formatBare:
		d, err := decodeBare(data)
		if err != nil {
			return checked{}, jsonError(file, data, err)
		}
		r.setDocument(d, d.Validate())
		r.locate = jsonLocator(data, "", r.findings)
	default:
		if c.readExport == nil {
			return checked{}, inFile(file, fmt.Errorf("a %s: %w by this version of veiviser (it needs product.Read in the library); check the document stored as JSON instead", f, errNotYet))
		}
		x, err := c.readExport(f, data)
		if err == nil && product.IsNil(x.Document) {
			err = errors.New("the reader returned no document")
		}
		if err != nil {
			return checked{}, inFile(file, err)
		}
		r.setDocument(x.Document, append(slices.Clone(x.Findings), x.Document.Validate()...))
		r.language, r.locate = x.Language, x.Locate
		r.findings = sorted(r.findings)
		r.at = placed(r.findings, x.Findings, x.At)
		return r, nil
	}
	r.findings = sorted(r.findings)
	return r, nil
}

// skippable reports whether err, from checking an input found in a
// directory, says that the input is no document of any template: JSON of
// another program's, or a text, Markdown or Word file whose template the
// reader cannot tell (a README.md beside the documents). check skips it,
// saying so on standard error; named on the command line, it is an error.
func skippable(err error) bool {
	return errors.Is(err, errOtherJSON) || errors.Is(err, product.ErrTemplateUnknown)
}

// placed returns, beside the sorted findings fs, the locations at that the
// reader gave its own findings own: each of fs takes the location of the
// first equal finding of own not taken yet, so that equal findings keep the
// order in which the reader found them. It returns nil when at says
// nothing.
func placed(fs, own phase.Findings, at []location) []location {
	if len(at) == 0 {
		return nil
	}
	taken := make([]bool, len(own))
	out := make([]location, len(fs))
	for i, f := range fs {
		for j, g := range own {
			if !taken[j] && g == f && j < len(at) {
				taken[j] = true
				out[i] = at[j]
				break
			}
		}
	}
	return out
}

// setDocument records what d is and its findings fs.
func (r *checked) setDocument(d product.Document, fs phase.Findings) {
	r.tmpl = d.Template()
	r.template = r.tmpl.String()
	r.version = d.Head().TemplateVersion
	r.findings = fs
}

// sorted returns a sorted copy of fs: errors first, then by path and code.
func sorted(fs phase.Findings) phase.Findings {
	out := append(phase.Findings(nil), fs...)
	out.Sort()
	return out
}

// jsonLocator returns the locator of the JSON document data, whose
// findings' paths are relative to the value at prefix; nil when there are
// no findings fs to locate, so that no index is made for nothing.
func jsonLocator(data []byte, prefix string, fs phase.Findings) locator {
	if len(fs) == 0 {
		return nil
	}
	x := newJSONIndex(data)
	return func(path string) location {
		p := path
		if prefix != "" {
			p = strings.TrimSuffix(prefix+"."+path, ".")
		}
		off, _ := x.offset(p)
		line, col := x.position(off)
		return location{Line: line, Column: col}
	}
}

// jsonError returns err, from decoding the JSON input data of file, with the
// line and column where it happened when they can be told: from the syntax
// error's offset, or from the path of a *phase.PathError.
func jsonError(file string, data []byte, err error) error {
	var se *json.SyntaxError
	var pe *phase.PathError
	off := -1
	switch {
	case errors.As(err, &se):
		off = int(se.Offset) - 1 // the offending byte
	case errors.As(err, &pe) && pe.Path != "":
		x := newJSONIndex(data)
		if o, ok := x.offset(pe.Path); ok {
			off = o
		}
	}
	fe := &fileError{file: file, err: err}
	if off >= 0 {
		fe.line, fe.col = lineCol(data, off)
	}
	return fe
}

// decodeBare reads a document stored without its template, as
// examples/helgeland/mandat.json is: it is decoded strictly as each
// template's document, and must be read by exactly one.
func decodeBare(data []byte) (product.Document, error) {
	var found []product.Document
	var nearest error
	var depth int
	for _, t := range product.Templates() {
		env := fmt.Appendf(nil, `{"schemaVersion":%d,"template":%q,"document":`, product.SchemaVersion, t.String())
		env = append(append(env, data...), '}')
		d, err := product.Decode(env)
		if err == nil {
			found = append(found, d)
			continue
		}
		// The template whose decoder got furthest names the likeliest
		// mistake.
		var pe *phase.PathError
		if errors.As(err, &pe) && (nearest == nil || len(pe.Path) > depth) {
			depth = len(pe.Path)
			nearest = &phase.PathError{Op: pe.Op, Path: strings.TrimPrefix(strings.TrimPrefix(pe.Path, "document"), "."), Err: &templateError{t, pe.Err}}
		}
	}
	switch len(found) {
	case 1:
		return found[0], nil
	case 0:
		if nearest == nil {
			nearest = errors.New("not a document of any template")
		}
		return nil, nearest
	}
	var names []string
	for _, d := range found {
		names = append(names, d.Template().String())
	}
	return nil, fmt.Errorf("a document without its template that reads as each of %s: store it with its template, {\"template\": %q, \"document\": …}", strings.Join(names, ", "), names[0])
}

// templateError is why a document without its template does not read as
// a document of template t.
type templateError struct {
	t   product.Template
	err error
}

func (e *templateError) Error() string {
	return "as a " + e.t.String() + ": " + strings.TrimPrefix(e.err.Error(), "veiviser: ")
}

func (e *templateError) Unwrap() error { return e.err }
