package main

import (
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
)

// The SARIF 2.1.0 log check writes with --format sarif: the parts of OASIS's
// Static Analysis Results Interchange Format that GitHub code scanning
// reads (docs.github.com, "SARIF support for code scanning"). The schema
// is in testdata/sarif-schema-2.1.0.json; a test validates against it.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	Results    []sarifResult `json:"results"`
	ColumnKind string        `json:"columnKind"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	ShortDescription     sarifMessage `json:"shortDescription"`
	DefaultConfiguration sarifConfig  `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical  `json:"physicalLocation"`
	LogicalLocations []sarifLogical `json:"logicalLocations,omitempty"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

// sarifLogical names the field a finding is about by its JSON path.
type sarifLogical struct {
	FullyQualifiedName string `json:"fullyQualifiedName"`
	Kind               string `json:"kind"`
}

const (
	sarifSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
	projectURL  = "https://github.com/digitale-helgeland/veiviser"
)

// writeSARIF writes results as a SARIF 2.1.0 log with messages in language
// l. Each finding code is a rule; its text is the message of its first
// finding, since the library has no general description per code. Every
// result has a region with a start line: the line of the field for JSON
// input, line 1 where the place is not known.
func writeSARIF(w io.Writer, results []checked, l phase.Language, version string) error {
	run := sarifRun{
		Tool:       sarifTool{Driver: sarifDriver{Name: "veiviser", Version: version, InformationURI: projectURL, Rules: []sarifRule{}}},
		Results:    []sarifResult{},
		ColumnKind: "utf16CodeUnits",
	}
	rules := map[phase.Code]int{}
	for _, r := range results {
		uri := fileURI(r.file)
		for k, f := range r.findings {
			i, ok := rules[f.Code]
			if !ok {
				i = len(run.Tool.Driver.Rules)
				rules[f.Code] = i
				run.Tool.Driver.Rules = append(run.Tool.Driver.Rules, sarifRule{
					ID:                   string(f.Code),
					ShortDescription:     sarifMessage{Text: f.Message.In(l)},
					DefaultConfiguration: sarifConfig{Level: sarifLevel(f.Severity)},
				})
			}
			loc := r.where(k, f.Path)
			msg := f.Message.In(l)
			if where := loc.label(l); where != "" && loc.Line == 0 {
				msg += " (" + where + ")"
			}
			sl := sarifLocation{PhysicalLocation: sarifPhysical{
				ArtifactLocation: sarifArtifact{URI: uri},
				Region:           sarifRegion{StartLine: max(loc.Line, 1), StartColumn: loc.Column},
			}}
			if f.Path != "" {
				sl.LogicalLocations = []sarifLogical{{FullyQualifiedName: f.Path, Kind: "member"}}
			}
			run.Results = append(run.Results, sarifResult{
				RuleID: string(f.Code), RuleIndex: i, Level: sarifLevel(f.Severity),
				Message: sarifMessage{Text: msg}, Locations: []sarifLocation{sl},
			})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

// sarifLevel returns SARIF's level for severity s.
func sarifLevel(s phase.Severity) string {
	switch s {
	case phase.SeverityError:
		return "error"
	case phase.SeverityWarning:
		return "warning"
	}
	return "note"
}

// fileURI returns the URI reference of the file name: a relative path, with
// forward slashes, for a relative name (GitHub resolves it against the
// repository), a file: URI for an absolute one.
func fileURI(name string) string {
	p := filepath.ToSlash(name)
	if filepath.IsAbs(name) {
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // a Windows drive: /C:/…
		}
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}
