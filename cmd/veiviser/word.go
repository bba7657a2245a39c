package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"

	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

var importCommand = &command{
	name:    "import",
	usage:   "import [flags] FILE.docx|FILE.txt|FILE.md",
	summary: "read a Word document or text export as a stored document",
	help: `
Import reads a Word document made from one of Digdir's templates (or a text
or Markdown export of one) with the library's reader (product.Read) and
prints the typed document as a stored document, {"schemaVersion": …,
"template": "mandate", "document": {…}}, indented, on standard output or
into the file -o names (replaced atomically). The template, its version and
the document's language are recognised from the document unless
--template, --template-version and --doc-lang name them.

Import does not judge the document: run check on the file (or on the JSON
import wrote) for its findings. A file that cannot be read exits with
code 2 and a message on standard error.
`,
	examples: `
veiviser import mandat.docx > mandat.json
veiviser import --template mandate -o mandat.json mandat.docx
veiviser import --template-version 3.0 --doc-lang nn mandat.txt
`,
	run: runImport,
}

func runImport(c *cli, cmd *command, args []string) error {
	fs := c.newFlags(cmd)
	out := fs.String("o", "", "write the stored document to `FILE` instead of standard output")
	tmpl := fs.String("template", "", "the template's wire code (mandate, project_proposal, …) instead of recognising it")
	version := fs.String("template-version", "", "the template's `VERSION` (3.0, 4.0) instead of recognising it")
	docLang := fs.String("doc-lang", "", "the document's `LANGUAGE` (nb or nn) instead of recognising it")
	rest, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usagef(cmd.name, "want one document to import, got %d", len(rest))
	}
	var o product.ReadOptions
	if *tmpl != "" {
		if err := o.Template.UnmarshalText([]byte(*tmpl)); err != nil {
			return usagef(cmd.name, "--template: %v", err)
		}
	}
	o.Version = *version
	if *docLang != "" {
		l, err := documentLanguage(cmd, *docLang)
		if err != nil {
			return err
		}
		o.Language = &l
	}
	name := rest[0]
	data, err := c.readInput(name)
	if err != nil {
		return err
	}
	file := displayName(name)
	f, err := sniff(name, data)
	if err != nil {
		return inFile(file, err)
	}
	if o.Format = readFormat(f); o.Format == 0 {
		return inFile(file, fmt.Errorf("a %s already: import reads Word documents and text and Markdown exports; check reads the JSON", f))
	}
	im, err := product.Read(data, o)
	if err != nil {
		return inFile(file, err)
	}
	doc, err := product.Encode(im.Document)
	if err == nil {
		doc, err = indentStored(doc)
	}
	if err != nil {
		return inFile(file, err)
	}
	if *out == "" {
		c.out.Write(doc)
		return nil
	}
	return writeNew(*out, doc, c.crash)
}

// indentStored lays the stored document b out as the repository's JSON
// files are: indented with tabs, ending in a newline, and <, > and & as
// themselves rather than as the escapes encoding/json writes for HTML.
func indentStored(b []byte) ([]byte, error) {
	var out bytes.Buffer
	if err := json.Indent(&out, b, "", "\t"); err != nil {
		return nil, err
	}
	out.WriteByte('\n')
	return unescapeHTML(out.Bytes()), nil
}

var exportCommand = &command{
	name:    "export",
	usage:   "export [flags] DOC.json -o FILE.docx",
	summary: "write a stored document as a filled Word document",
	help: `
Export writes the stored document DOC.json (with its template, as import
writes it, or without, as examples/helgeland/mandat.json) as a Word
document filled in on Digdir's template for its kind (product.Write), into
the file -o names, replacing it atomically: each section's text in place of
the template's guidance, the decision box and the logs filled, the
template's styles kept.
--base takes the layout from another copy of the template, such as an
organisation's branded one; --doc-lang chooses bokmål (nb, the default) or
nynorsk (nn), --template-version the template's version.
`,
	examples: `
veiviser export mandat.json -o mandat.docx
veiviser export --doc-lang nn examples/helgeland/mandat.json -o mandat-nn.docx
veiviser export --base our-template.docx mandat.json -o mandat.docx
`,
	run: runExport,
}

func runExport(c *cli, cmd *command, args []string) error {
	fs := c.newFlags(cmd)
	out := fs.String("o", "", "the Word `FILE` to write (required)")
	base := fs.String("base", "", "a Word `TEMPLATE` to take the layout from instead of Digdir's")
	docLang := fs.String("doc-lang", "nb", "the document's `LANGUAGE`: nb or nn")
	version := fs.String("template-version", "", "the template's `VERSION` (3.0, 4.0); empty: the document's own")
	rest, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usagef(cmd.name, "want one stored document to export, got %d", len(rest))
	}
	if *out == "" {
		return usagef(cmd.name, "-o FILE.docx is required")
	}
	o := product.WriteOptions{Version: *version}
	if o.Language, err = documentLanguage(cmd, *docLang); err != nil {
		return err
	}
	if *base != "" {
		b, err := c.readInput(*base)
		if err != nil {
			return err
		}
		o.Template = b
	}
	name := rest[0]
	data, err := c.readInput(name)
	if err != nil {
		return err
	}
	file := displayName(name)
	d, err := decodeDocument(file, data)
	if err != nil {
		return err
	}
	var doc bytes.Buffer
	if err := product.Write(&doc, d, o); err != nil {
		return inFile(file, err)
	}
	return writeNew(*out, doc.Bytes(), c.crash)
}

// decodeDocument decodes data, the content of file, as a stored document,
// with its template (product.Encode's) or without (as
// examples/helgeland/mandat.json). Anything else, and a document that does
// not decode, is an error naming the file and, where it can be told, the
// line.
func decodeDocument(file string, data []byte) (product.Document, error) {
	f, err := sniff(file, data)
	if err != nil {
		return nil, inFile(file, err)
	}
	var d product.Document
	switch f {
	case formatDocument:
		d, err = product.Decode(data)
	case formatBare:
		d, err = decodeBare(data)
	default:
		return nil, inFile(file, fmt.Errorf("a %s, not a stored document", f))
	}
	if err != nil {
		return nil, jsonError(file, data, err)
	}
	return d, nil
}

// writeNew puts data in the file name atomically: a file that exists is
// replaced (see replacer), and one that does not is created empty first,
// so that name holds nothing or all of data, never part of it.
func writeNew(name string, data []byte, crash func(string)) error {
	old, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		f, cerr := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
		if cerr != nil {
			return cerr
		}
		if cerr := f.Close(); cerr != nil {
			return cerr
		}
		old, err = nil, nil
	}
	if err != nil {
		return err
	}
	return replacer{crash: crash}.replace(name, old, data)
}

// documentLanguage reads --doc-lang: a document is in bokmål or nynorsk,
// the languages of Digdir's templates.
func documentLanguage(cmd *command, s string) (phase.Language, error) {
	var l phase.Language
	if err := l.UnmarshalText([]byte(s)); err != nil || (l != phase.Bokmal && l != phase.Nynorsk) {
		return 0, usagef(cmd.name, "--doc-lang: want nb or nn, got %q", s)
	}
	return l, nil
}
