package main

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"

	"github.com/digitale-helgeland/veiviser/phase"
)

var checkCommand = &command{
	name:    "check",
	usage:   "check [flags] FILE|DIR...",
	summary: "report the findings of documents (Word, text, JSON) and projects",
	help: `
Check reads each FILE and reports what the library finds in it: unanswered
template sections, placeholders and guidance left in, malformed fields, and
for a project everything Project.Validate reports. The kind of each input is
recognised from its content, not its name: a stored project (JSON), a stored
document (JSON with its template, as product.Encode writes it), or a
document's JSON without its template (as examples/helgeland/mandat.json),
a Word document (.docx) made from one of Digdir's templates, or a text or
Markdown export of one, read with the library's reader (product.Read): its
template, version and language recognised, and each finding located by its
heading and paragraph or table row (Word) or line (text).

A DIR argument checks the .json, .docx, .txt and .md files in and below it,
skipping hidden ones, and skipping with a line on standard error the files
there that are no document of any template: JSON of other programs (with
none of a project's or document's keys) and text, Markdown or Word files
whose template cannot be told (a README beside the documents). Named on the
command line, such a file is an error. "-" reads standard input. Files are
checked in parallel; the report keeps the order of the arguments, and of
the files in a directory (lexical). Progress is shown on standard error
when it is a terminal.

Formats (--format):
  text    a report per file, errors first, with where each field is
  json    {"files":[{"file","template","language","version","findings":[{"code",
          "path","severity","message":{"nb","nn","en"},"location"}]}]}, a stable
          contract: see the README
  sarif   SARIF 2.1.0 for GitHub code scanning
  junit   JUnit XML, one test suite per file (GitLab shows it)
  github  GitHub Actions annotations (::error file=…,line=…::message)

The exit code is 1 when a finding at or above --fail-on is found (errors by
default; warnings do not fail unless --fail-on warning), 2 when an input
cannot be read: then nothing is written to standard output.
`,
	examples: `
veiviser check examples/helgeland/mandat.json
veiviser check --lang en --format json project.json | python3 -m json.tool
veiviser check --format sarif --fail-on none docs/ > veiviser.sarif
veiviser check --format github --fail-on warning docs/*.json
`,
	run: runCheck,
}

func runCheck(c *cli, cmd *command, args []string) error {
	fs := c.newFlags(cmd)
	format := fs.choice("format", "the report's format", "text", "json", "sarif", "junit", "github")
	failOn := fs.choice("fail-on", "the least severity that fails the check with exit code 1", "error", "warning", "none")
	files, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(files) == 0 {
		return usagef(cmd.name, "no file to check")
	}
	sources, err := expand(files, isDocumentName, "documents (.json, .docx, .txt, .md)")
	if err != nil {
		return err
	}
	results, err := c.checkAll(sources)
	if err != nil {
		return err
	}
	threshold := failThreshold(*failOn)
	switch *format {
	case "text":
		writeText(&c.out, results, fs.lang)
	case "json":
		err = writeJSON(&c.out, results)
	case "sarif":
		err = writeSARIF(&c.out, results, fs.lang, moduleVersion())
	case "junit":
		err = writeJUnit(&c.out, results, fs.lang, threshold)
	case "github":
		writeGitHub(&c.out, results, fs.lang)
	}
	if err != nil {
		return err
	}
	for _, r := range results {
		for _, f := range r.findings {
			if fails(f.Severity, threshold) {
				return errFailed
			}
		}
	}
	return nil
}

// failThreshold returns the least severity that fails a check for the
// --fail-on value s; 0 for "none".
func failThreshold(s string) phase.Severity {
	switch s {
	case "error":
		return phase.SeverityError
	case "warning":
		return phase.SeverityWarning
	}
	return 0
}

// fails reports whether a finding of severity s fails a check whose least
// failing severity is threshold (0: nothing fails). Severities count down:
// SeverityError is the least value.
func fails(s, threshold phase.Severity) bool {
	return threshold != 0 && s <= threshold
}

// checkAll checks sources in parallel and returns the results in their
// order, whatever order the checks end in. Every input that cannot be read
// is in the error. An input found in a directory that is no document of
// any template is skipped, with a line on standard error; when every input
// is skipped, that is an error.
func (c *cli) checkAll(sources []source) ([]checked, error) {
	results := make([]checked, len(sources))
	errs := make([]error, len(sources))
	p := c.progress(len(sources), "checked")
	c.parallel(len(sources), func(i int) {
		results[i], errs[i] = c.checkSource(sources[i])
		p.step()
	})
	p.finish()
	var kept []checked
	for i, err := range errs {
		switch {
		case err == nil:
			kept = append(kept, results[i])
		case sources[i].inDir && skippable(err):
			fmt.Fprintf(c.stderr, "veiviser: skipped %s\n", strings.TrimPrefix(err.Error(), "veiviser: "))
			errs[i] = nil
		}
	}
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if len(kept) == 0 {
		return nil, errors.New("no document of any template among the files given")
	}
	return kept, nil
}

// parallel calls f(0) … f(n-1) on up to c.workers goroutines and returns
// when all have returned.
func (c *cli) parallel(n int, f func(i int)) {
	work := make(chan int)
	var wg sync.WaitGroup
	for range max(1, min(c.workers, n)) {
		wg.Go(func() {
			for i := range work {
				f(i)
			}
		})
	}
	for i := range n {
		work <- i
	}
	close(work)
	wg.Wait()
}

// progress shows on standard error how many of many inputs are done, on
// one line that it rewrites, when standard error is a terminal. It is safe
// for concurrent use.
type progress struct {
	mu      sync.Mutex
	w       io.Writer // nil: show nothing
	verb    string
	done, n int
}

// progress returns the progress of n inputs; it shows nothing unless n > 1
// and standard error is a terminal.
func (c *cli) progress(n int, verb string) *progress {
	p := &progress{n: n, verb: verb}
	if c.terminal && n > 1 {
		p.w = c.stderr
	}
	return p
}

// step counts one input done.
func (p *progress) step() {
	p.mu.Lock()
	defer p.mu.Unlock()
	p.done++
	if p.w != nil {
		fmt.Fprintf(p.w, "\rveiviser: %s %d/%d files", p.verb, p.done, p.n)
	}
}

// finish clears the progress line.
func (p *progress) finish() {
	if p.w != nil {
		fmt.Fprint(p.w, "\r\033[K")
	}
}
