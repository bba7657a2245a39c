package main

import (
	"encoding/xml"
	"fmt"
	"io"

	"github.com/digitale-helgeland/veiviser/phase"
)

// The JUnit XML that check writes with --format junit, in the shape GitLab
// and most CI systems read: a test suite per file, a test case per finding,
// and the findings that fail the check (see --fail-on) as failures.
type junitSuites struct {
	XMLName  xml.Name     `xml:"testsuites"`
	Name     string       `xml:"name,attr"`
	Tests    int          `xml:"tests,attr"`
	Failures int          `xml:"failures,attr"`
	Suites   []junitSuite `xml:"testsuite"`
}

type junitSuite struct {
	Name     string      `xml:"name,attr"`
	Tests    int         `xml:"tests,attr"`
	Failures int         `xml:"failures,attr"`
	Errors   int         `xml:"errors,attr"`
	Cases    []junitCase `xml:"testcase"`
}

type junitCase struct {
	Name      string        `xml:"name,attr"`
	Classname string        `xml:"classname,attr"`
	File      string        `xml:"file,attr,omitempty"`
	Line      int           `xml:"line,attr,omitempty"`
	Failure   *junitFailure `xml:"failure"`
	SystemOut string        `xml:"system-out,omitempty"`
}

type junitFailure struct {
	Message string `xml:"message,attr"`
	Type    string `xml:"type,attr"`
	Text    string `xml:",chardata"`
}

// writeJUnit writes results as JUnit XML with messages in language l. A
// finding at or above threshold (see fails) is a failed test case; the
// others pass, their message in system-out. A file with no findings is one
// passing test case, so that every file counts.
func writeJUnit(w io.Writer, results []checked, l phase.Language, threshold phase.Severity) error {
	all := junitSuites{Name: "veiviser check"}
	for _, r := range results {
		s := junitSuite{Name: r.file}
		for i, f := range r.findings {
			loc := r.where(i, f.Path)
			text := fmt.Sprintf("%s: %s: %s [%s]", f.Severity.Label(l), f.Path, f.Message.In(l), f.Code)
			if where := loc.label(l); where != "" {
				text = fmt.Sprintf("%s (%s): %s", r.file, where, text)
			}
			tc := junitCase{Name: fmt.Sprintf("%s %s", f.Code, f.Path), Classname: r.file, File: r.file, Line: loc.Line}
			if fails(f.Severity, threshold) {
				tc.Failure = &junitFailure{Message: f.Message.In(l), Type: f.Severity.String(), Text: text}
				s.Failures++
			} else {
				tc.SystemOut = text
			}
			s.Cases = append(s.Cases, tc)
		}
		if len(r.findings) == 0 {
			s.Cases = append(s.Cases, junitCase{Name: r.kind(l) + ": " + wordNoFindings.In(l), Classname: r.file, File: r.file})
		}
		s.Tests = len(s.Cases)
		all.Tests += s.Tests
		all.Failures += s.Failures
		all.Suites = append(all.Suites, s)
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(all); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}
