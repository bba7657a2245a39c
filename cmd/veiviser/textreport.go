package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
)

// writeText writes the text report of results in language l: per file a
// line with what it is and how many findings of each severity, then each
// finding, errors first, with its path, its place in the file, its message
// and its code. More than one file ends with a total.
func writeText(w io.Writer, results []checked, l phase.Language) {
	var total tally
	for _, r := range results {
		t := count(r.findings)
		total.add(t)
		fmt.Fprintf(w, "%s: %s (%s), %s\n", r.file, r.kind(l), r.template, t.label(l))
		for i, f := range r.findings {
			where := f.Path
			if loc := r.where(i, f.Path).label(l); loc != "" {
				where += " (" + loc + ")"
			}
			fmt.Fprintf(w, "  %s: %s\n    %s [%s]\n", f.Severity.Label(l), where, f.Message.In(l), f.Code)
		}
	}
	if len(results) > 1 {
		fmt.Fprintf(w, "%s %s: %s\n", countFiles.of(len(results), l), wordChecked.In(l), total.label(l))
	}
}

// tally counts findings by severity.
type tally struct{ errors, warnings, notes int }

// count returns the tally of fs.
func count(fs phase.Findings) tally {
	var t tally
	for _, f := range fs {
		switch f.Severity {
		case phase.SeverityError:
			t.errors++
		case phase.SeverityWarning:
			t.warnings++
		default:
			t.notes++
		}
	}
	return t
}

func (t *tally) add(u tally) {
	t.errors += u.errors
	t.warnings += u.warnings
	t.notes += u.notes
}

// label returns "1 feil, 2 advarsler" in language l, leaving out notes when
// there are none, or "ingen funn".
func (t tally) label(l phase.Language) string {
	if t == (tally{}) {
		return wordNoFindings.In(l)
	}
	parts := []string{countErrors.of(t.errors, l), countWarnings.of(t.warnings, l)}
	if t.notes > 0 {
		parts = append(parts, countNotes.of(t.notes, l))
	}
	return strings.Join(parts, ", ")
}
