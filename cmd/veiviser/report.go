package main

import (
	"bytes"

	"github.com/digitale-helgeland/veiviser"
	htmlreport "github.com/digitale-helgeland/veiviser/report"
)

var reportCommand = &command{
	name:    "report",
	usage:   "report [flags] PROJECT.json|FILE|DIR...",
	summary: "write a status page of a project, or of a portfolio, as HTML",
	help: `
Report writes a self-contained HTML page (inline SVG and CSS, no
JavaScript, nothing loaded from the network; it prints on A4) with the
library's report package:

  one stored project   its status page: the phase ribbon with the decision
                       points, the next decision point and what it lacks,
                       the checklists and KS checkpoints, each benefit
                       indicator as a chart with its achievement, the
                       stakeholder map, the decision log and whether it
                       verifies, the documents and what the check found;
  several, or a DIR    the portfolio page: the overview table of every
                       project (--portfolio makes one project a portfolio)
                       and a timeline of their planned phases.

The page is as of --date (default today), which the timelines mark.
--redact removes personal names from the portfolio page's table and
timeline. -o writes the page into FILE (replaced atomically) instead of
standard output. --html is accepted for scripts that say it: HTML is the
only format.
`,
	examples: `
veiviser report project.json > status.html
veiviser report --lang nn --date 15.03.2022 project.json -o status.html
veiviser report --redact projects/ -o portefolje.html
`,
	run: runReport,
}

func runReport(c *cli, cmd *command, args []string) error {
	fs := c.newFlags(cmd)
	out := fs.String("o", "", "write the page to `FILE` instead of standard output")
	date := fs.String("date", "", "the `DATE` the page is as of (25.02.2020 or 2020-02-25; default today)")
	asPortfolio := fs.Bool("portfolio", false, "write the portfolio page even for one project")
	redact := fs.Bool("redact", false, "remove personal names from the portfolio page")
	fs.Bool("html", true, "write HTML (the only format)")
	rest, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) == 0 {
		return usagef(cmd.name, "no project given")
	}
	o := htmlreport.Options{Language: fs.lang,
		Overview: veiviser.OverviewOptions{IncludeUnaffected: true, Threshold: -1, Redact: *redact}}
	if o.Today, err = dateFlag(cmd, *date); err != nil {
		return err
	}
	sources, err := expand(rest, isJSONName, "stored projects (.json)")
	if err != nil {
		return err
	}
	portfolio := *asPortfolio || len(sources) > 1
	for _, s := range sources {
		portfolio = portfolio || s.inDir
	}
	page, err := c.renderReport(sources, portfolio, o)
	if err != nil {
		return err
	}
	if *out == "" {
		c.out.Write(page)
		return nil
	}
	return writeNew(*out, page, c.crash)
}

// renderReport reads the stored projects of sources and renders the
// portfolio page of them, or the project page of the one project.
func (c *cli) renderReport(sources []source, portfolio bool, o htmlreport.Options) ([]byte, error) {
	var page bytes.Buffer
	if portfolio {
		projects, _, err := c.readProjects(sources)
		if err != nil {
			return nil, err
		}
		if err := htmlreport.RenderPortfolio(&page, veiviser.Portfolio(projects), o); err != nil {
			return nil, err
		}
		return page.Bytes(), nil
	}
	p, err := c.readProject(sources[0].name)
	if err != nil {
		return nil, err
	}
	if err := htmlreport.RenderProject(&page, p, o); err != nil {
		return nil, err
	}
	return page.Bytes(), nil
}
