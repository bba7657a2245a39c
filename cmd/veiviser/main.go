// Command veiviser checks Prosjektveiviseren's management products and
// drives stored projects from a shell, a CI pipeline or a program in any
// language. It is a thin layer over the module's library: every rule is the
// library's, the command reads files and writes outputs.
//
// Install it with
//
//	go install github.com/digitale-helgeland/veiviser/cmd/veiviser@latest
//
// The commands:
//
//	veiviser check FILE|DIR...        findings for Word documents, text exports, stored documents and projects
//	veiviser status PROJECT.json      where a project is and what it lacks
//	veiviser decide PROJECT.json ...  record a decision, or print why it is refused
//	veiviser portfolio FILE|DIR...    Difi's overview, or the municipal overview
//	veiviser schema                   the JSON Schema of a stored project
//	veiviser diagram [PROJECT.json]   the lifecycle model as a Mermaid diagram
//	veiviser import FILE.docx         a Word document or text export as a stored document (JSON)
//	veiviser export DOC.json -o FILE  a stored document as Word (not yet)
//	veiviser version                  the module version
//
// Every command takes --help (in English, with examples) and --lang nb|nn|en
// for the language of its report (bokmål by default).
//
// Exit codes: 0 when nothing fails; 1 when check finds errors (or warnings,
// with --fail-on warning) or decide is refused; 2 for a usage error or input
// that cannot be read, with the message on standard error and nothing on
// standard output. Standard output is written only when a command has
// finished, so it never holds half a report.
package main

import (
	"os"
)

func main() {
	c := newCLI(os.Stdin, os.Stdout, os.Stderr)
	os.Exit(c.main(os.Args[1:]))
}
