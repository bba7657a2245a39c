package main

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/phase"
)

var portfolioCommand = &command{
	name:    "portfolio",
	usage:   "portfolio [flags] FILE|DIR...",
	summary: "show Difi's overview of many projects, or the municipal overview",
	help: `
Portfolio reads stored projects (a DIR argument: the stored projects among
the .json files in and below it) and shows one of two overviews:

  --view difi       the overview Difi proposed for state projects that
                    affect the municipal sector (veiviser.Portfolio.Overview):
                    agency, project, description, start, planned end, phase,
                    whether KS is involved and the municipal costs and
                    benefits estimated, investment, owner and manager. By
                    Difi's proposal it takes projects that affect the
                    municipal sector and whose investment exceeds 10 MNOK
                    (--threshold changes the amount, --all takes projects
                    that do not affect the sector too); a project whose
                    investment is not known is taken unless --exclude-unknown.
  --view municipal  every project with its phase, last decision, next
                    decision point and whether it is ready for it, as of
                    --date (default today): what an approval that day
                    would lack.

--threshold takes an amount as people write it: 10MNOK, "10 mill.",
10000000, "1,5 mrd."; 0 takes every amount.
--redact removes personal names for publishing. --csv (or --format csv)
writes CSV, with --comma ';' for Norwegian spreadsheets.
`,
	examples: `
veiviser portfolio projects/
veiviser portfolio --csv --redact --comma ';' projects/ > oversikt.csv
veiviser portfolio --threshold "5 mill." --all --lang en a.json b.json
veiviser portfolio --view municipal --format json projects/
`,
	run: runPortfolio,
}

func runPortfolio(c *cli, cmd *command, args []string) error {
	fs := c.newFlags(cmd)
	view := fs.choice("view", "which overview", "difi", "municipal")
	format := fs.choice("format", "the output's format", "text", "csv", "json")
	asCSV := fs.Bool("csv", false, "write CSV: the same as --format csv")
	redact := fs.Bool("redact", false, "remove personal names, for publishing")
	threshold := fs.String("threshold", "", "the `AMOUNT` a project's investment must exceed (difi view; default 10 MNOK)")
	all := fs.Bool("all", false, "also take projects that do not affect the municipal sector (difi view)")
	excludeUnknown := fs.Bool("exclude-unknown", false, "leave out projects whose investment is not known (difi view)")
	comma := fs.String("comma", ",", "the CSV field `DELIMITER`")
	date := fs.String("date", "", "the `DATE` readiness is judged as of (municipal view; default today)")
	rest, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	asOf, err := dateFlag(cmd, *date)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usagef(cmd.name, "no project given")
	}
	if *asCSV {
		*format = "csv"
	}
	sep, size := utf8.DecodeRuneInString(*comma)
	if size != len(*comma) || sep == utf8.RuneError || sep == '"' || sep == '\r' || sep == '\n' {
		return usagef(cmd.name, "--comma %q: want one character other than a quote or a line break", *comma)
	}
	opts := veiviser.OverviewOptions{Redact: *redact, IncludeUnaffected: *all, ExcludeUnknown: *excludeUnknown}
	if *threshold != "" {
		m, err := benefit.ParseMoney(*threshold)
		if err != nil {
			return usagef(cmd.name, "--threshold: %v", err)
		}
		switch {
		case m < 0:
			return usagef(cmd.name, "--threshold %s: a negative amount", *threshold)
		case m == 0:
			// OverviewOptions reads a zero Threshold as the default, 10
			// MNOK; a negative one takes every known investment.
			m = -1
		}
		opts.Threshold = m
	}
	sources, err := expand(rest, isJSONName, "stored projects (.json)")
	if err != nil {
		return err
	}
	projects, files, err := c.readProjects(sources)
	if err != nil {
		return err
	}
	if *view == "municipal" {
		rows := municipalRows(projects, files, *redact, fs.lang, asOf)
		return writeMunicipal(&c.out, rows, *format, sep, fs.lang)
	}
	ov := veiviser.Portfolio(projects).Overview(opts)
	switch *format {
	case "csv":
		return ov.WriteCSV(&c.out, veiviser.CSVOptions{Language: fs.lang, Comma: sep})
	case "json":
		if ov == nil {
			ov = veiviser.Overview{}
		}
		return encodeJSON(&c.out, ov)
	}
	return writeOverviewText(&c.out, ov, fs.lang)
}

// readProjects reads the stored projects of sources in parallel, in their
// order. A file found in a directory that is not a stored project is
// skipped; one named on the command line is an error, as is every project
// that does not decode. It returns the projects and their files.
func (c *cli) readProjects(sources []source) ([]*veiviser.Project, []string, error) {
	projects := make([]*veiviser.Project, len(sources))
	errs := make([]error, len(sources))
	p := c.progress(len(sources), "read")
	c.parallel(len(sources), func(i int) {
		defer p.step()
		s := sources[i]
		data, err := c.readInput(s.name)
		if err != nil {
			errs[i] = err
			return
		}
		if f, err := sniff(s.name, data); s.inDir && (err != nil || f != formatProject) {
			return
		}
		projects[i], errs[i] = decodeProject(displayName(s.name), data)
	})
	p.finish()
	if err := errors.Join(errs...); err != nil {
		return nil, nil, err
	}
	var ps []*veiviser.Project
	var files []string
	for i, p := range projects {
		if p != nil {
			ps = append(ps, p)
			files = append(files, displayName(sources[i].name))
		}
	}
	if len(ps) == 0 {
		return nil, nil, errors.New("no stored project among the files given")
	}
	return ps, files, nil
}

// writeOverviewText writes ov as text in language l: per project a line
// with its name and agency, then each other column of the library's CSV
// that has a value, under the CSV's heading.
func writeOverviewText(w io.Writer, ov veiviser.Overview, l phase.Language) error {
	var b bytes.Buffer
	if err := ov.WriteCSV(&b, veiviser.CSVOptions{Language: l}); err != nil {
		return err
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		return err
	}
	head := recs[0]
	for i, rec := range recs[1:] {
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "%s (%s)\n", rec[1], rec[0])
		tw := tabwriter.NewWriter(w, 0, 0, 1, ' ', 0)
		for j := 2; j < len(rec); j++ {
			if rec[j] != "" {
				fmt.Fprintf(tw, "  %s:\t%s\n", head[j], rec[j])
			}
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	if len(ov) > 0 {
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "%s: %d\n", wordProjects.In(l), len(ov))
	return nil
}

// municipalRow is one project of the municipal overview; as JSON, an
// element of portfolio --view municipal --format json.
type municipalRow struct {
	File          string              `json:"file"`
	ID            string              `json:"id"`
	Project       string              `json:"project"`
	Agency        string              `json:"agency"`
	Position      phase.Position      `json:"position"`
	PositionLabel string              `json:"positionLabel"`
	Status        phase.Status        `json:"status"`
	LastDecision  *lastDecision       `json:"lastDecision,omitempty"`
	NextPoint     phase.DecisionPoint `json:"nextPoint,omitempty"`
	NextTitle     string              `json:"nextTitle,omitempty"`
	// Ready reports whether an approval at NextPoint dated the
	// overview's date (--date) would be accepted; false when the project
	// has ended.
	Ready bool `json:"ready"`
	// Missing counts what blocks that approval.
	Missing int `json:"missing"`
}

// lastDecision is a decision without the name of who signed it.
type lastDecision struct {
	Point      phase.DecisionPoint `json:"point"`
	Outcome    phase.Outcome       `json:"outcome"`
	Date       phase.Date          `json:"date"`
	Body       string              `json:"body"`
	CaseNumber string              `json:"caseNumber,omitempty"`
}

// municipalRows returns the municipal overview of projects, read from
// files, as of asOf, with titles in language l; with redact, personal names are taken
// out of the project's name and agency as the library's overview does.
func municipalRows(projects []*veiviser.Project, files []string, redact bool, l phase.Language, asOf phase.Date) []municipalRow {
	rows := make([]municipalRow, 0, len(projects))
	for i, p := range projects {
		r := municipalRow{
			File: files[i], ID: p.ID, Project: p.Name, Agency: p.Agency,
			Position: p.Position(), PositionLabel: p.Position().Label(l), Status: p.Status(),
		}
		if redact {
			// Every project passes these options; the row is the
			// library's redaction of the name and the agency.
			ov := veiviser.Portfolio{p}.Overview(veiviser.OverviewOptions{Redact: true, IncludeUnaffected: true, Threshold: -1})
			if len(ov) == 1 {
				r.Project, r.Agency = ov[0].Project, ov[0].Agency
			}
		}
		if h := p.History(); len(h) > 0 {
			d := h[len(h)-1]
			r.LastDecision = &lastDecision{Point: d.Point, Outcome: d.Outcome, Date: d.Date, Body: d.Body, CaseNumber: d.CaseNumber.String()}
		}
		if n, ok := p.NextAt(asOf); ok {
			r.NextPoint, r.NextTitle, r.Ready, r.Missing = n.Step.Point, n.Step.Title(l), n.Ready, len(n.Missing)
		}
		rows = append(rows, r)
	}
	return rows
}

// municipalHeadings are the columns of the municipal overview as text and
// CSV.
var municipalHeadings = []phase.Text{
	wordFile, wordID, wordName, wordAgency, wordPhase, wordLastDecision, wordNextPoint, wordReady, wordMissing,
}

// writeMunicipal writes the municipal overview rows in format (text, csv
// or json), with sep between CSV fields, in language l. As text, an empty
// cell shows as "–".
func writeMunicipal(w io.Writer, rows []municipalRow, format string, sep rune, l phase.Language) error {
	if format == "json" {
		return encodeJSON(w, rows)
	}
	recs := [][]string{make([]string, len(municipalHeadings))}
	for i, h := range municipalHeadings {
		recs[0][i] = h.In(l)
	}
	for _, r := range rows {
		phaseCell := r.PositionLabel
		if r.Status != phase.Active {
			phaseCell += " (" + strings.ToLower(r.Status.Label(l)) + ")"
		}
		last := ""
		if d := r.LastDecision; d != nil {
			last = fmt.Sprintf("%s %s %s", d.Point.Label(), strings.ToLower(d.Outcome.Label(l)), dateIn(d.Date, l))
		}
		next, ready, missing := "", "", ""
		if r.NextPoint != 0 {
			next = r.NextPoint.Label() + " " + r.NextTitle
			ready, missing = yesNo(r.Ready, l), fmt.Sprint(r.Missing)
		}
		recs = append(recs, []string{r.File, r.ID, r.Project, r.Agency, phaseCell, last, next, ready, missing})
	}
	if format == "csv" {
		cw := csv.NewWriter(w)
		cw.Comma = sep
		if err := cw.WriteAll(recs); err != nil {
			return err
		}
		return nil
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, rec := range recs {
		for i, cell := range rec {
			if cell == "" {
				rec[i] = "–"
			}
		}
		fmt.Fprintln(tw, strings.Join(rec, "\t"))
	}
	return tw.Flush()
}
