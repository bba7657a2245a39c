package main

import (
	"bytes"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
)

var schemaCommand = &command{
	name:    "schema",
	usage:   "schema",
	summary: "print the JSON Schema of a stored project",
	help: `
Schema prints the JSON Schema (draft 2020-12) of a stored project, as
veiviser.JSONSchema returns it, for tooling in other languages to validate
project files.
`,
	examples: `
veiviser schema > project.schema.json
`,
	run: runSchema,
}

func runSchema(c *cli, cmd *command, args []string) error {
	fs := c.newFlags(cmd)
	rest, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef(cmd.name, "unexpected argument %q", rest[0])
	}
	b, err := veiviser.JSONSchema()
	if err != nil {
		return err
	}
	c.out.Write(b)
	if !bytes.HasSuffix(b, []byte("\n")) {
		c.out.WriteByte('\n')
	}
	return nil
}

var diagramCommand = &command{
	name:    "diagram",
	usage:   "diagram [flags] [PROJECT.json]",
	summary: "print a lifecycle model as a Mermaid diagram",
	help: `
Diagram prints the lifecycle model of the stored project PROJECT.json
(tailored or standard) as a Mermaid state diagram, labelled in the chosen
language; without PROJECT.json, Prosjektveiviseren's standard model.
Markdown on GitHub and GitLab renders it in a block marked mermaid.
`,
	examples: `
veiviser diagram
veiviser diagram --lang en project.json
`,
	run: runDiagram,
}

func runDiagram(c *cli, cmd *command, args []string) error {
	fs := c.newFlags(cmd)
	rest, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	m := phase.Standard()
	switch len(rest) {
	case 0:
	case 1:
		p, err := c.readProject(rest[0])
		if err != nil {
			return err
		}
		m = p.Lifecycle().Model()
	default:
		return usagef(cmd.name, "more than one project given")
	}
	c.out.WriteString(m.Mermaid(fs.lang))
	return nil
}
