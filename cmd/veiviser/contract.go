package main

import (
	"encoding/json"
	"io"

	"github.com/digitale-helgeland/veiviser/phase"
)

// report is the JSON report of check (--format json), a contract other
// tools build on: fields are added, never renamed or removed, and their
// meaning does not change. The README documents it.
type report struct {
	Files []fileReport `json:"files"`
}

// fileReport is one input of a report.
type fileReport struct {
	// File is the input as named on the command line or found in a
	// directory; "<stdin>" for standard input.
	File string `json:"file"`
	// Template is the wire code of the document's template ("mandate",
	// "governing_document", …), or "project" for a stored project.
	Template string `json:"template"`
	// Language is the document's language ("nb", "nn"), when the input
	// says; stored JSON does not.
	Language string `json:"language,omitempty"`
	// Version is the version of Digdir's template the document follows
	// ("4.0"), when known.
	Version string `json:"version,omitempty"`
	// Findings are sorted: errors first, then by path and code. Never
	// null.
	Findings []findingReport `json:"findings"`
}

// findingReport is one finding of a report: the library's phase.Finding
// with where it is in the input.
type findingReport struct {
	Code     phase.Code     `json:"code"`
	Path     string         `json:"path"`
	Severity phase.Severity `json:"severity"`
	Message  phase.Text     `json:"message"`
	// Location is omitted when the place in the input is not known.
	Location *location `json:"location,omitempty"`
}

// newReport returns the report of results.
func newReport(results []checked) report {
	rep := report{Files: make([]fileReport, 0, len(results))}
	for _, r := range results {
		fr := fileReport{File: r.file, Template: r.template, Language: r.language, Version: r.version, Findings: make([]findingReport, 0, len(r.findings))}
		for i, f := range r.findings {
			x := findingReport{Code: f.Code, Path: f.Path, Severity: f.Severity, Message: f.Message}
			if loc := r.where(i, f.Path); !loc.isZero() {
				x.Location = &loc
			}
			fr.Findings = append(fr.Findings, x)
		}
		rep.Files = append(rep.Files, fr)
	}
	return rep
}

// writeJSON writes the report of results as indented JSON.
func writeJSON(w io.Writer, results []checked) error {
	return encodeJSON(w, newReport(results))
}

// encodeJSON writes v to w as indented JSON, <, > and & as themselves.
func encodeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}
