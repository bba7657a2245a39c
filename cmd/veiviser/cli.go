package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"strings"
)

// Exit codes.
const (
	exitOK     = 0 // nothing failed
	exitFailed = 1 // error findings, or a refused decision
	exitUsage  = 2 // a usage error, or input that cannot be read
)

// errFailed is what a command returns when it ran to the end and its result
// is a failure: error findings, a refused decision. Its report is on
// standard output already; the exit code is exitFailed.
var errFailed = errors.New("veiviser: failed")

// usageError is a command line the command cannot run: an unknown flag,
// a missing argument. The exit code is exitUsage.
type usageError struct {
	cmd string // the command, "" for veiviser itself
	msg string
}

func (e *usageError) Error() string { return e.msg }

// usagef returns a *usageError for command cmd.
func usagef(cmd, format string, args ...any) error {
	return &usageError{cmd: cmd, msg: fmt.Sprintf(format, args...)}
}

// cli is one run of the command: its standard streams and what it has
// printed so far. A command writes its report to out; main copies out to
// standard output when the command ends with exitOK or exitFailed, and drops
// it with exitUsage, so that standard output never holds half a report.
type cli struct {
	stdin  io.Reader
	stdout io.Writer
	stderr io.Writer
	out    bytes.Buffer
	// terminal reports whether standard error is a terminal: check shows
	// its progress there only then.
	terminal bool
	// workers is how many files check and portfolio read at once.
	workers int
	// readExport reads Word documents and text and Markdown exports; nil
	// while the library cannot (see libraryExportReader).
	readExport exportReader
	// crash, when set, is called at each stage of an atomic write (see
	// replacer). Only the test build sets it, to end the process there as a
	// crash would; the command built for users leaves it nil.
	crash func(stage string)
}

// newCLI returns a cli on the given streams. Progress is shown when stderr
// is a terminal (see isTerminal).
func newCLI(stdin io.Reader, stdout, stderr io.Writer) *cli {
	return &cli{
		stdin: stdin, stdout: stdout, stderr: stderr,
		terminal:   isTerminal(stderr),
		workers:    runtime.GOMAXPROCS(0),
		readExport: libraryExportReader(),
	}
}

// isTerminal reports whether w is a terminal, told without a dependency:
// a file that is a character device other than the null device (2>/dev/null
// is a character device too, but nobody watches it). It can take another
// character device, a serial line, for a terminal; that costs a progress
// line written where a terminal would show it.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || f == nil {
		return false
	}
	fi, err := f.Stat()
	if err != nil || fi.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	if null, err := os.Stat(os.DevNull); err == nil && os.SameFile(fi, null) {
		return false
	}
	return true
}

// main runs the command line args (without the program name) and returns
// the exit code.
func (c *cli) main(args []string) int {
	code := c.exitCode(c.dispatch(args))
	if code != exitUsage {
		if _, err := c.stdout.Write(c.out.Bytes()); err != nil {
			fmt.Fprintln(c.stderr, "veiviser: writing the output:", err)
			return exitUsage
		}
	}
	return code
}

// exitCode reports err on standard error and returns its exit code.
func (c *cli) exitCode(err error) int {
	var ue *usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errFailed):
		return exitFailed
	case errors.As(err, &ue):
		name := "veiviser"
		if ue.cmd != "" {
			name += " " + ue.cmd
		}
		fmt.Fprintf(c.stderr, "%s: %s\nRun '%s --help' for usage.\n", name, ue.msg, name)
		return exitUsage
	}
	for _, e := range flatten(err) {
		fmt.Fprintln(c.stderr, "veiviser:", strings.TrimPrefix(e.Error(), "veiviser: "))
	}
	return exitUsage
}

// flatten returns the errors an errors.Join holds, or err alone.
func flatten(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		var out []error
		for _, e := range j.Unwrap() {
			out = append(out, flatten(e)...)
		}
		return out
	}
	return []error{err}
}

// dispatch runs the command args name. A command's --help, which its
// flags answer with flag.ErrHelp after printing the help, is a success.
func (c *cli) dispatch(args []string) error {
	if err := c.dispatchCommand(args); !errors.Is(err, flag.ErrHelp) {
		return err
	}
	return nil
}

func (c *cli) dispatchCommand(args []string) error {
	if len(args) == 0 {
		c.overview(c.stderr)
		return &usageError{msg: "no command given"}
	}
	switch name := args[0]; name {
	case "-h", "-help", "--help", "help":
		if len(args) > 1 && name == "help" {
			cmd := lookup(args[1])
			if cmd == nil {
				return usagef("", "unknown command %q", args[1])
			}
			return cmd.run(c, cmd, []string{"--help"})
		}
		c.overview(&c.out)
		return nil
	case "-version", "--version":
		return versionCommand.run(c, versionCommand, nil)
	default:
		cmd := lookup(name)
		if cmd == nil {
			return usagef("", "unknown command %q", name)
		}
		return cmd.run(c, cmd, args[1:])
	}
}

// overview writes the list of commands to w.
func (c *cli) overview(w io.Writer) {
	fmt.Fprint(w, `veiviser checks Prosjektveiviseren's management products and drives stored
projects: the rules are the library's (github.com/digitale-helgeland/veiviser),
the command reads files and writes reports.

Usage: veiviser COMMAND [flags] [arguments]

Commands:
`)
	for _, cmd := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", cmd.name, cmd.summary)
	}
	fmt.Fprint(w, `
Run 'veiviser COMMAND --help' for a command's flags and examples.
Every command takes --lang nb|nn|en for the language of its report (default nb).

Exit codes: 0 nothing failed; 1 error findings or a refused decision;
2 a usage error or input that cannot be read (message on standard error,
nothing on standard output).
`)
}
