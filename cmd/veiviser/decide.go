package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
)

var decideCommand = &command{
	name:    "decide",
	usage:   "decide [flags] PROJECT.json --point BP --outcome OUTCOME --date DATE --by NAME --body BODY",
	summary: "record a decision in a stored project, or show why it is refused",
	help: `
Decide records a decision at a decision point in the stored project
PROJECT.json, through the library's Project.Decide: the decision is checked
against everything the decision point requires (management products,
checklists, KS checkpoints, the benefit plan, the rules of the project).

A refused decision prints every unmet requirement and exits with code 1;
the file is left byte for byte as it was. An accepted decision is recorded
in the project's lifecycle and audit log, and the file is replaced
atomically: the new project is written to a temporary file in the same
directory, synced to disk and renamed over the old one, and the directory is
synced, so that a crash or power cut leaves the old project or the new one,
never part of either. With --dry-run nothing is written.

--outcome is approved, sent_back (back for rework; the phase stays) or
stopped (the project ends). --date takes 15.03.2021 or 2021-03-15. --by is
who signs (the chair); --body the deciding body.
`,
	examples: `
veiviser decide project.json --point BP1 --outcome approved --date 15.03.2021 \
    --by "Leder for styringsgruppen" --body "Styringsgruppen" --case 2021/1234
veiviser decide project.json --point BP2 --outcome sent_back --date 2021-06-01 \
    --by "Prosjekteier" --body "Styringsgruppen" --comment "Mer om gevinstene" --dry-run
`,
	run: runDecide,
}

func runDecide(c *cli, cmd *command, args []string) error {
	fs := c.newFlags(cmd)
	point := fs.String("point", "", "the decision `POINT`: BP1 … BP6, or BP3.1 … in a split execution phase (required)")
	outcome := fs.String("outcome", "", "the `OUTCOME`: approved, sent_back or stopped (required)")
	date := fs.String("date", "", "the `DATE` of the decision: 15.03.2021 or 2021-03-15 (required)")
	by := fs.String("by", "", "`NAME` of who decided and signs, e.g. the chair (required)")
	body := fs.String("body", "", "the deciding `BODY`, e.g. Styringsgruppen (required)")
	caseNo := fs.String("case", "", "the case `NUMBER` in the case system (saksnummer), e.g. 2021/1234")
	record := fs.String("record", "", "the `ID` of the registration (journalpost) recording the decision, e.g. 2021/1234-8")
	comment := fs.String("comment", "", "a `TEXT` recorded with the decision")
	var conditions []string
	fs.Var(listValue{&conditions}, "condition", "a `CONDITION` attached to an approval; repeat for more")
	dryRun := fs.Bool("dry-run", false, "check the decision and report, but do not write the file")
	format := fs.choice("format", "the output's format", "text", "json")
	rest, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usagef(cmd.name, "want one project, got %d", len(rest))
	}
	name := rest[0]
	if name == stdinName {
		return usagef(cmd.name, "decide writes the project back, so it needs a file, not standard input")
	}
	d, err := decisionOf(*point, *outcome, *date, *by, *body)
	if err != nil {
		return usagef(cmd.name, "%v", err)
	}
	if *record != "" {
		if d.Record, err = phase.ParseRecordID(*record); err != nil {
			return usagef(cmd.name, "--record: %v", strings.TrimPrefix(err.Error(), "veiviser: "))
		}
	}
	if *caseNo != "" {
		if d.CaseNumber, err = phase.ParseCaseNumber(*caseNo); err != nil {
			return usagef(cmd.name, "--case: %v", strings.TrimPrefix(err.Error(), "veiviser: "))
		}
	}
	d.Comment, d.Conditions = *comment, conditions

	data, err := c.readInput(name)
	if err != nil {
		return err
	}
	p, err := decodeProject(name, data)
	if err != nil {
		return err
	}
	warnings := p.Check(d).Warnings()
	res := decideResult{Decision: d, DryRun: *dryRun, Warnings: sorted(warnings)}
	var de *phase.DecisionError
	switch err := p.Decide(d); {
	case errors.As(err, &de):
		res.Unmet = sorted(de.Unmet)
	case err != nil:
		return inFile(name, err)
	default:
		res.Accepted = true
		res.Position, res.PositionLabel, res.Status = p.Position(), p.Position().Label(fs.lang), p.Status()
	}
	if res.Accepted && !*dryRun {
		out, err := encodeLike(p, data)
		if err != nil {
			return inFile(name, err)
		}
		if err := (replacer{crash: c.crash}).replace(name, data, out); err != nil {
			return err
		}
	}
	if *format == "json" {
		if err := encodeJSON(&c.out, res); err != nil {
			return err
		}
	} else {
		res.write(&c.out, fs.lang)
	}
	if !res.Accepted {
		return errFailed
	}
	return nil
}

// decisionOf reads the required flags of decide into a decision.
func decisionOf(point, outcome, date, by, body string) (phase.Decision, error) {
	var missing []string
	for _, f := range []struct{ name, v string }{{"--point", point}, {"--outcome", outcome}, {"--date", date}, {"--by", by}, {"--body", body}} {
		if strings.TrimSpace(f.v) == "" {
			missing = append(missing, f.name)
		}
	}
	if len(missing) > 0 {
		return phase.Decision{}, fmt.Errorf("missing %s", strings.Join(missing, ", "))
	}
	d := phase.Decision{Body: body, DecidedBy: by}
	var err error
	if d.Point, err = phase.ParsePoint(point); err != nil {
		return d, fmt.Errorf("--point: %w", err)
	}
	if err := d.Outcome.UnmarshalText([]byte(strings.ReplaceAll(strings.ToLower(outcome), "-", "_"))); err != nil {
		return d, fmt.Errorf("--outcome %q: want approved, sent_back or stopped", outcome)
	}
	if d.Date, err = phase.ParseDate(date); err != nil {
		return d, fmt.Errorf("--date: %w", err)
	}
	return d, nil
}

// decideResult is what decide reports; as JSON, the output of decide
// --format json.
type decideResult struct {
	Accepted bool           `json:"accepted"`
	DryRun   bool           `json:"dryRun"`
	Decision phase.Decision `json:"decision"`
	// Position, PositionLabel and Status are where the project is after an
	// accepted decision.
	Position      phase.Position `json:"position,omitzero"`
	PositionLabel string         `json:"positionLabel,omitempty"`
	Status        phase.Status   `json:"status,omitempty"`
	// Unmet lists every requirement a refused decision did not meet.
	Unmet phase.Findings `json:"unmet,omitempty"`
	// Warnings lists what an accepted decision went ahead despite.
	Warnings phase.Findings `json:"warnings,omitempty"`
}

// write writes r as text in language l.
func (r decideResult) write(w io.Writer, l phase.Language) {
	d := r.Decision
	label := decisionLabel(&d, l)
	switch {
	case !r.Accepted:
		fmt.Fprintf(w, "%s: %s\n", wordRefused.In(l), label)
		writeFindings(w, wordUnmet, r.Unmet, l)
		return
	case r.DryRun:
		fmt.Fprintf(w, "%s: %s\n", wordDryRun.In(l), label)
	default:
		fmt.Fprintf(w, "%s: %s\n", wordRecorded.In(l), label)
	}
	fmt.Fprintf(w, "%s: %s (%s)\n", wordPhaseNow.In(l), r.PositionLabel, strings.ToLower(r.Status.Label(l)))
	writeFindings(w, wordDespite, r.Warnings, l)
}

// encodeLike encodes p as JSON laid out as old is: indented with the white
// space old indents its second line with, or compact when old is on one
// line; ending in a newline when old does. A project the library wrote and
// decide read back comes out byte for byte as it was, but for what the
// decision adds. <, > and & are written as old writes them: escaped
// (\u003c, as encoding/json does) when old has such an escape, else as
// themselves.
func encodeLike(p *veiviser.Project, old []byte) ([]byte, error) {
	var buf bytes.Buffer
	if err := veiviser.Encode(&buf, p); err != nil { // json.Marshal(p)'s bytes, in one pass
		return nil, err
	}
	compact := buf.Bytes()
	if !escapesHTML(old) {
		compact = unescapeHTML(compact)
	}
	var out bytes.Buffer
	if ind := indentOf(old); ind != "" {
		if err := json.Indent(&out, compact, "", ind); err != nil {
			return nil, err
		}
	} else {
		out.Write(compact)
	}
	if bytes.HasSuffix(bytes.TrimRight(old, " \t\r"), []byte("\n")) {
		out.WriteByte('\n')
	}
	return out.Bytes(), nil
}

// indentOf returns the white space that starts the second line of the JSON
// text data, or "" when data is on one line.
func indentOf(data []byte) string {
	i := bytes.IndexByte(bytes.TrimSpace(data), '\n')
	if i < 0 {
		return ""
	}
	rest := bytes.TrimSpace(data)[i+1:]
	n := len(rest) - len(bytes.TrimLeft(rest, " \t"))
	if n == 0 {
		return "\t"
	}
	return string(rest[:n])
}

// escapesHTML reports whether the JSON text data writes <, > or & as
// encoding/json does, \u003c, \u003e, \u0026.
func escapesHTML(data []byte) bool {
	for _, e := range []string{`\u003c`, `\u003e`, `\u0026`} {
		if bytes.Contains(data, []byte(e)) {
			return true
		}
	}
	return false
}

// unescapeHTML turns the escapes encoding/json writes for <, > and &
// (\u003c, \u003e, \u0026) back into the characters, in valid JSON text
// data; an escaped backslash before "u003c" is left alone.
func unescapeHTML(data []byte) []byte {
	out := make([]byte, 0, len(data))
	for i := 0; i < len(data); i++ {
		if data[i] != '\\' || i+1 >= len(data) {
			out = append(out, data[i])
			continue
		}
		if data[i+1] == 'u' && i+6 <= len(data) {
			switch string(data[i+2 : i+6]) {
			case "003c":
				out, i = append(out, '<'), i+5
				continue
			case "003e":
				out, i = append(out, '>'), i+5
				continue
			case "0026":
				out, i = append(out, '&'), i+5
				continue
			}
		}
		out = append(out, data[i], data[i+1]) // an escape: copied whole
		i++
	}
	return out
}
