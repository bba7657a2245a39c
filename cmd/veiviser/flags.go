package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
)

// flags are a command's flags. Every command has --lang.
type flags struct {
	*flag.FlagSet
	cmd  *command
	lang phase.Language
}

// newFlags returns the flags of cmd with --lang defined.
func (c *cli) newFlags(cmd *command) *flags {
	fs := &flags{FlagSet: flag.NewFlagSet(cmd.name, flag.ContinueOnError), cmd: cmd}
	fs.SetOutput(io.Discard)
	fs.Var(languageValue{&fs.lang}, "lang", "the language of the report: nb (bokmål), nn (nynorsk) or en")
	return fs
}

// parse parses args, in which flags and arguments may come in any order
// ("decide PROJECT.json --point BP1"); "--" ends the flags. It returns the
// arguments. A request for help is written to c.out and returned as
// flag.ErrHelp; a bad flag is a *usageError.
func (c *cli) parse(fs *flags, args []string) ([]string, error) {
	var rest []string
	for {
		err := fs.Parse(args)
		if errors.Is(err, flag.ErrHelp) {
			c.help(fs.cmd, fs)
			return nil, err
		}
		if err != nil {
			return nil, usagef(fs.cmd.name, "%v", err)
		}
		left := fs.Args()
		if used := len(args) - len(left); used > 0 && args[used-1] == "--" {
			return append(rest, left...), nil
		}
		if len(left) == 0 {
			return rest, nil
		}
		rest = append(rest, left[0])
		args = left[1:]
	}
}

// help writes the help of cmd, with its flags, to c.out.
func (c *cli) help(cmd *command, fs *flags) {
	w := &c.out
	fmt.Fprintf(w, "Usage: veiviser %s\n\n%s\n", cmd.usage, strings.TrimSpace(cmd.help))
	fmt.Fprintln(w, "\nFlags:")
	fs.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		switch v := f.Value.(type) {
		case interface{ IsBoolFlag() bool }:
			if v.IsBoolFlag() {
				name = ""
			}
		case choiceValue:
			name = strings.Join(v.values, "|")
		case languageValue:
			name = "nb|nn|en"
		}
		if name != "" {
			name = " " + name
		}
		dashes := "--"
		if len(f.Name) == 1 {
			dashes = "-" // -o, as people type it
		}
		fmt.Fprintf(w, "  %s%s%s\n        %s", dashes, f.Name, name, usage)
		if f.DefValue != "" && f.DefValue != "false" && f.DefValue != "[]" {
			fmt.Fprintf(w, " (default %s)", f.DefValue)
		}
		fmt.Fprintln(w)
	})
	if ex := strings.TrimSpace(cmd.examples); ex != "" {
		fmt.Fprintf(w, "\nExamples:\n%s\n", indent(ex, "  "))
	}
}

// indent puts prefix before every line of s.
func indent(s, prefix string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}

// languageValue is the flag.Value of --lang.
type languageValue struct{ l *phase.Language }

func (v languageValue) String() string {
	if v.l == nil {
		return phase.Bokmal.String()
	}
	return v.l.String()
}

func (v languageValue) Set(s string) error {
	var l phase.Language
	if err := l.UnmarshalText([]byte(s)); err != nil {
		return fmt.Errorf("unknown language %q: want nb, nn or en", s)
	}
	*v.l = l
	return nil
}

// choiceValue is a flag.Value that takes one of a fixed set of words.
type choiceValue struct {
	v      *string
	values []string
}

// choice defines a flag that takes one of values, the first the default.
func (fs *flags) choice(name, usage string, values ...string) *string {
	v := values[0]
	fs.Var(choiceValue{&v, values}, name, usage)
	return &v
}

func (v choiceValue) String() string {
	if v.v == nil {
		return ""
	}
	return *v.v
}

func (v choiceValue) Set(s string) error {
	for _, x := range v.values {
		if s == x {
			*v.v = s
			return nil
		}
	}
	return fmt.Errorf("%q is not one of %s", s, strings.Join(v.values, ", "))
}

// listValue is a repeatable string flag.
type listValue struct{ v *[]string }

func (v listValue) String() string {
	if v.v == nil {
		return ""
	}
	return strings.Join(*v.v, ", ")
}

func (v listValue) Set(s string) error {
	*v.v = append(*v.v, s)
	return nil
}
