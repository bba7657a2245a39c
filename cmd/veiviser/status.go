package main

import (
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
)

var statusCommand = &command{
	name:    "status",
	usage:   "status [flags] PROJECT.json",
	summary: "show where a project is, its next decision point and what it lacks",
	help: `
Status reads the stored project PROJECT.json and shows, in the chosen
language, where it is (phase and status), its last decision, the next
decision point with the management products it requires, whether an
approval there would be accepted now, every unmet requirement and every
warning an approval would go ahead despite, and a count of what validating
the whole project finds (veiviser check lists it).

The next decision is judged as of --date (default today): what an approval
dated that day would lack. A requirement due later, such as Difi's KS
checkpoint 6 in the budget year before roll-out, is not missing yet, and
answers dated after that day do not count.

With --format json the same is printed as JSON, for scripts.
`,
	examples: `
veiviser status project.json
veiviser status --lang nn project.json
veiviser status --format json project.json
veiviser status --date 15.03.2022 project.json
`,
	run: runStatus,
}

func runStatus(c *cli, cmd *command, args []string) error {
	fs := c.newFlags(cmd)
	format := fs.choice("format", "the output's format", "text", "json")
	date := fs.String("date", "", "the `DATE` the next decision is judged as of (25.02.2020 or 2020-02-25; default today)")
	rest, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	asOf, err := dateFlag(cmd, *date)
	if err != nil {
		return err
	}
	if len(rest) != 1 {
		return usagef(cmd.name, "want one project, got %d", len(rest))
	}
	p, err := c.readProject(rest[0])
	if err != nil {
		return err
	}
	s := statusOf(p, fs.lang, asOf)
	if *format == "json" {
		return encodeJSON(&c.out, s)
	}
	s.write(&c.out, fs.lang)
	return nil
}

// projectStatus is what status shows of a project; as JSON, the output of
// status --format json.
type projectStatus struct {
	ID            string          `json:"id"`
	Name          string          `json:"name"`
	Agency        string          `json:"agency"`
	Position      phase.Position  `json:"position"`
	PositionLabel string          `json:"positionLabel"`
	Status        phase.Status    `json:"status"`
	LastDecision  *phase.Decision `json:"lastDecision,omitempty"`
	// Next is omitted when the project has ended.
	Next *nextStatus `json:"next,omitempty"`
	// Errors and Warnings count what Project.Validate finds.
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
}

// nextStatus is the next decision point of a project.
type nextStatus struct {
	Point    phase.DecisionPoint `json:"point"`
	Title    string              `json:"title"`
	Requires []phase.Product     `json:"requires"`
	Ready    bool                `json:"ready"`
	Missing  phase.Findings      `json:"missing"`
	Warnings phase.Findings      `json:"warnings"`
}

// statusOf returns the status of p as of date, with titles in language l.
func statusOf(p *veiviser.Project, l phase.Language, date phase.Date) projectStatus {
	rep := p.Validate()
	s := projectStatus{
		ID: p.ID, Name: p.Name, Agency: p.Agency,
		Position: p.Position(), PositionLabel: p.Position().Label(l), Status: p.Status(),
		Errors: rep.Errors, Warnings: rep.Warnings,
	}
	if h := p.History(); len(h) > 0 {
		d := h[len(h)-1]
		s.LastDecision = &d
	}
	if n, ok := p.NextAt(date); ok {
		s.Next = &nextStatus{
			Point: n.Step.Point, Title: n.Step.Title(l), Requires: n.Step.Point.Products(),
			Ready: n.Ready, Missing: sorted(n.Missing), Warnings: sorted(n.Warnings),
		}
		if s.Next.Requires == nil {
			s.Next.Requires = []phase.Product{}
		}
	}
	return s
}

// write writes s as text in language l.
func (s projectStatus) write(w io.Writer, l phase.Language) {
	fmt.Fprintf(w, "%s (%s), %s\n", s.Name, s.ID, s.Agency)
	fmt.Fprintf(w, "%s: %s (%s)\n", wordPhase.In(l), s.PositionLabel, strings.ToLower(s.Status.Label(l)))
	fmt.Fprintf(w, "%s: %s\n", wordLastDecision.In(l), decisionLabel(s.LastDecision, l))
	if s.Next == nil {
		fmt.Fprintf(w, "%s: %s\n", wordNextPoint.In(l), wordNoNextPoint.In(l))
	} else {
		n := s.Next
		fmt.Fprintf(w, "%s: %s – %s (%s)\n", wordNextPoint.In(l), n.Point.Label(), n.Title, n.Point.Responsible().Label(l))
		if len(n.Requires) > 0 {
			var names []string
			for _, p := range n.Requires {
				names = append(names, p.Label(l))
			}
			fmt.Fprintf(w, "%s: %s\n", wordRequires.In(l), strings.Join(names, ", "))
		}
		fmt.Fprintf(w, "%s: %s\n", wordReady.In(l), yesNo(n.Ready, l))
		writeFindings(w, wordMissing, n.Missing, l)
		writeFindings(w, wordDespite, n.Warnings, l)
	}
	fmt.Fprintf(w, "%s: %s\n", wordValidation.In(l), tally{errors: s.Errors, warnings: s.Warnings}.label(l))
}

// dateFlag returns the date a --date flag gives, today when it is empty.
func dateFlag(cmd *command, v string) (phase.Date, error) {
	if v == "" {
		return phase.DateOf(time.Now()), nil
	}
	d, err := phase.ParseDate(v)
	if err != nil {
		return phase.Date{}, usagef(cmd.name, "--date: %v", err)
	}
	return d, nil
}

// decisionLabel returns "BP3 Godkjent 28.06.2021, Styringsgruppen" in
// language l, or "ingen ennå" for nil.
func decisionLabel(d *phase.Decision, l phase.Language) string {
	if d == nil {
		return wordNoDecision.In(l)
	}
	s := fmt.Sprintf("%s %s %s, %s", d.Point.Label(), strings.ToLower(d.Outcome.Label(l)), dateIn(d.Date, l), d.Body)
	if !d.CaseNumber.IsZero() {
		s += " (" + d.CaseNumber.String() + ")"
	}
	return s
}

// writeFindings writes a heading with the number of fs and each finding of
// fs on a line, or nothing when fs is empty.
func writeFindings(w io.Writer, heading phase.Text, fs phase.Findings, l phase.Language) {
	if len(fs) == 0 {
		return
	}
	fmt.Fprintf(w, "%s (%d):\n", heading.In(l), len(fs))
	for _, f := range fs {
		path := f.Path
		if path != "" {
			path += ": "
		}
		fmt.Fprintf(w, "  - %s%s [%s]\n", path, f.Message.In(l), f.Code)
	}
}
