package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
)

// maxInput bounds one input: veiviser.DefaultMaxBytes (16 MiB), the limit of
// the library's project decoder, for documents too.
const maxInput = veiviser.DefaultMaxBytes

// stdinName is the argument that names standard input.
const stdinName = "-"

// readInput reads the file name, or standard input for "-", refusing more
// than maxInput bytes with phase.ErrTooLarge. A UTF-8 byte order mark, which
// Windows programs write and JSON does not allow, is dropped.
func (c *cli) readInput(name string) ([]byte, error) {
	var r io.Reader
	if name == stdinName {
		r = c.stdin
	} else {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		if fi, err := f.Stat(); err == nil && fi.IsDir() {
			return nil, inFile(name, errors.New("a directory, not a file"))
		}
		r = f
	}
	b, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, inFile(displayName(name), err)
	}
	if len(b) > maxInput {
		return nil, inFile(displayName(name), fmt.Errorf("%w: over %d MiB", phase.ErrTooLarge, maxInput>>20))
	}
	return bytes.TrimPrefix(b, utf8BOM), nil
}

var utf8BOM = []byte("\ufeff")

// fileError is an error about an input file, at a line and column when
// they are known. Its text leaves out the "veiviser: " the library's errors
// start with, which the command prints once.
type fileError struct {
	file      string
	line, col int
	err       error
}

func (e *fileError) Error() string {
	msg := strings.TrimPrefix(e.err.Error(), "veiviser: ")
	if e.line > 0 {
		return fmt.Sprintf("%s:%d:%d: %s", e.file, e.line, e.col, msg)
	}
	return e.file + ": " + msg
}

func (e *fileError) Unwrap() error { return e.err }

// inFile returns err as an error about file.
func inFile(file string, err error) error { return &fileError{file: file, err: err} }

// displayName is how reports name the input name.
func displayName(name string) string {
	if name == stdinName {
		return "<stdin>"
	}
	return name
}

// source is an input named on the command line or found in a directory.
type source struct {
	name  string
	inDir bool // found in a directory named on the command line
}

// expand returns the inputs args name: a file (or "-") as it is; a
// directory as the files in and below it whose names keep accepts, in
// lexical order, skipping hidden files and directories. A directory with no
// such file is an error, as is a name that does not exist.
func expand(args []string, keep func(name string) bool, what string) ([]source, error) {
	var out []source
	for _, a := range args {
		if a == stdinName {
			out = append(out, source{name: a})
			continue
		}
		fi, err := os.Stat(a)
		if err != nil {
			return nil, err
		}
		if !fi.IsDir() {
			out = append(out, source{name: a})
			continue
		}
		n := len(out)
		err = filepath.WalkDir(a, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if p != a && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && keep(p) {
				out = append(out, source{name: p, inDir: true})
			}
			return nil
		})
		if err != nil {
			return nil, err
		}
		if len(out) == n {
			return nil, fmt.Errorf("%s: no %s in the directory", a, what)
		}
	}
	return out, nil
}

// format is what an input is, recognised from its content.
type format uint8

const (
	formatProject   format = iota + 1 // a stored project: veiviser.Project as JSON
	formatDocument                    // a stored document: product.Encode's JSON, with its template
	formatBare                        // a document's JSON without its template, as examples/*/mandat.json
	formatWord                        // a Word document (.docx)
	formatText                        // a plain-text export of a document
	formatMarkdown                    // a Markdown export of a document
	formatOtherJSON                   // a JSON object with none of a project's or document's keys
)

// String names the format in messages.
func (f format) String() string {
	switch f {
	case formatProject:
		return "stored project"
	case formatDocument, formatBare:
		return "stored document"
	case formatWord:
		return "Word document"
	case formatText:
		return "text export"
	case formatMarkdown:
		return "Markdown export"
	case formatOtherJSON:
		return "JSON file"
	}
	return "unknown input"
}

// Errors for inputs that are no document at all.
var (
	errPDF       = errors.New("a PDF file: check the Word document (.docx) it was made from")
	errLegacyDoc = errors.New("a Word 97–2003 file (.doc): save it as a Word document (.docx)")
	errBinary    = errors.New("neither JSON, a Word document (.docx) nor text")
	errJSONKind  = errors.New("JSON that is not an object: want a stored project or document")
	errEmpty     = errors.New("the file is empty")
	// errOtherJSON is a JSON object found in a directory that has none of
	// the keys of a stored project or document (package.json, a schema):
	// not a document to check, so it is skipped.
	errOtherJSON = errors.New("JSON that is neither a stored project nor a stored document")
)

// documentExts are the file name extensions check takes from a directory.
var documentExts = []string{".json", ".docx", ".txt", ".md", ".markdown"}

// isDocumentName reports whether name has one of documentExts.
func isDocumentName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range documentExts {
		if ext == e {
			return true
		}
	}
	return false
}

// isJSONName reports whether name ends in .json.
func isJSONName(name string) bool { return strings.EqualFold(filepath.Ext(name), ".json") }

// sniff tells what data is from its content; the name's extension only
// tells Markdown from plain text. JSON is told apart by its top-level keys:
// "template" for a stored document, "header" for a document without its
// template, "schemaVersion" for a project; an object with none of them is
// formatOtherJSON, which a command reads as a project when it is named on
// the command line (so the decoder says what is wrong) and skips when it
// is found in a directory. Malformed JSON is a project, so that it is
// never skipped.
func sniff(name string, data []byte) (format, error) {
	trimmed := bytes.TrimLeft(data, " \t\r\n")
	switch {
	case len(trimmed) == 0:
		return 0, errEmpty
	case bytes.HasPrefix(data, []byte("PK\x03\x04")), bytes.HasPrefix(data, []byte("PK\x05\x06")):
		return formatWord, nil
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}):
		return 0, errLegacyDoc
	case bytes.Contains(data[:min(len(data), 1024)], []byte("%PDF-")):
		return 0, errPDF
	case bytes.HasPrefix(trimmed, []byte("{")):
		keys := topKeys(trimmed)
		switch {
		case keys["template"]:
			return formatDocument, nil
		case keys["header"]:
			return formatBare, nil
		case keys["schemaVersion"], !json.Valid(trimmed):
			// Malformed JSON is read as a project, whose decoder says
			// where it breaks, never skipped as another program's file.
			return formatProject, nil
		}
		return formatOtherJSON, nil
	case bytes.HasPrefix(trimmed, []byte("[")):
		return 0, errJSONKind
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		// UTF-16 with a byte order mark: a text export from Windows.
		return textFormat(name, nil), nil
	case bytes.IndexByte(data, 0) >= 0 || !utf8.Valid(data):
		return 0, errBinary
	}
	return textFormat(name, trimmed), nil
}

// textFormat tells a Markdown export from plain text: by the extension, or
// by a first line that is an ATX heading or front matter.
func textFormat(name string, trimmed []byte) format {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return formatMarkdown
	}
	if bytes.HasPrefix(trimmed, []byte("# ")) || bytes.HasPrefix(trimmed, []byte("---\n")) {
		return formatMarkdown
	}
	return formatText
}

// topKeys returns the keys of the JSON object data at the top level, as far
// as data is well-formed.
func topKeys(data []byte) map[string]bool {
	keys := map[string]bool{}
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return keys
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return keys
		}
		k, ok := t.(string)
		if !ok {
			return keys
		}
		keys[k] = true
		if skipValue(dec) != nil {
			return keys
		}
	}
	return keys
}

// skipValue reads the next value from dec and drops it.
func skipValue(dec *json.Decoder) error {
	depth := 0
	for {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		switch t {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
		if depth == 0 {
			return nil
		}
	}
}
