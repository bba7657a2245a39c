package main

import (
	"errors"
	"flag"
	"fmt"
)

var importCommand = &command{
	name:    "import",
	usage:   "import [flags] FILE.docx|FILE.txt|FILE.md",
	summary: "read a Word document or text export as a stored document (not yet supported)",
	help: `
Import reads a Word document made from one of Digdir's templates (or a text
or Markdown export of one) and prints the typed document as a stored
document, {"schemaVersion": …, "template": "mandate", "document": {…}}, on
standard output or into the file -o names. The template is recognised from
the document unless --template names it.

Not yet supported: reading Word documents needs product.Read, which this
version of the library does not have. The command exits with code 2.
`,
	examples: `
veiviser import mandat.docx > mandat.json
veiviser import --template mandate -o mandat.json mandat.docx
`,
	run: runImport,
}

func runImport(c *cli, cmd *command, args []string) error {
	fs := c.newFlags(cmd)
	fs.String("o", "", "write the stored document to `FILE` instead of standard output")
	fs.String("template", "", "the template's wire code (mandate, project_proposal, …) instead of recognising it")
	rest, err := c.parse(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usagef(cmd.name, "want one document to import, got %d", len(rest))
	}
	return fmt.Errorf("import %s: %w: reading Word documents and text exports needs product.Read, which this version of the library does not have", rest[0], errNotYet)
}

var exportCommand = &command{
	name:    "export",
	usage:   "export [flags] DOC.json -o FILE.docx",
	summary: "write a stored document as a filled Word document (not yet supported)",
	help: `
Export writes the stored document DOC.json as a Word document filled in on
Digdir's template for its kind, into the file -o names, replacing it
atomically; --base takes the layout from another copy of the template.

Not yet supported: writing Word documents needs product.Write, which this
version of the library does not have. The command exits with code 2.
`,
	examples: `
veiviser export mandat.json -o mandat.docx
veiviser export --base our-template.docx mandat.json -o mandat.docx
`,
	run: runExport,
}

func runExport(c *cli, cmd *command, args []string) error {
	fs := c.newFlags(cmd)
	out := fs.String("o", "", "the Word `FILE` to write (required)")
	fs.String("base", "", "a Word `TEMPLATE` to take the layout from instead of Digdir's")
	rest, err := c.parse(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usagef(cmd.name, "want one stored document to export, got %d", len(rest))
	}
	if *out == "" {
		return usagef(cmd.name, "-o FILE.docx is required")
	}
	return fmt.Errorf("export %s: %w: writing Word documents needs product.Write, which this version of the library does not have", rest[0], errNotYet)
}
