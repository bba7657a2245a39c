package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
)

// writeGitHub writes results as GitHub Actions workflow commands, one
// annotation per finding: ::error for errors, ::warning for warnings,
// ::notice for the rest, with the file, the line and column where known, and
// the finding's code as the title (docs.github.com, "Workflow commands for
// GitHub Actions").
func writeGitHub(w io.Writer, results []checked, l phase.Language) {
	for _, r := range results {
		for i, f := range r.findings {
			cmd := "notice"
			switch f.Severity {
			case phase.SeverityError:
				cmd = "error"
			case phase.SeverityWarning:
				cmd = "warning"
			}
			props := []string{"file=" + escapeProperty(r.file)}
			loc := r.where(i, f.Path)
			if loc.Line > 0 {
				props = append(props, fmt.Sprintf("line=%d", loc.Line))
			}
			if loc.Column > 0 {
				props = append(props, fmt.Sprintf("col=%d", loc.Column))
			}
			props = append(props, "title="+escapeProperty(string(f.Code)))
			msg := f.Message.In(l)
			if f.Path != "" {
				msg = f.Path + ": " + msg
			}
			if where := loc.label(l); where != "" && loc.Line == 0 {
				msg += " (" + where + ")"
			}
			fmt.Fprintf(w, "::%s %s::%s\n", cmd, strings.Join(props, ","), escapeData(msg))
		}
	}
}

// escapeData escapes a workflow command's message as the Actions toolkit
// does: % CR LF.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property value as the
// Actions toolkit does: % CR LF : ,.
func escapeProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}
