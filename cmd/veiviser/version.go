package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
)

var versionCommand = &command{
	name:    "version",
	usage:   "version",
	summary: "print the module version",
	help: `
Version prints the version of the veiviser module the command was built
from, as go install records it ("v1.2.0"; "(devel)" for a build from a
working copy), and the Go version.
`,
	examples: `
veiviser version
`,
	run: runVersion,
}

func runVersion(c *cli, cmd *command, args []string) error {
	fs := c.newFlags(cmd)
	rest, err := c.parse(fs, args)
	if err != nil {
		return err
	}
	if len(rest) > 0 {
		return usagef(cmd.name, "unexpected argument %q", rest[0])
	}
	fmt.Fprintf(&c.out, "veiviser %s (%s)\n", moduleVersion(), runtime.Version())
	return nil
}

// moduleVersion returns the main module's version from the build
// information: "v1.2.0" for go install …@v1.2.0, "(devel)" for a build from
// a working copy, "unknown" without build information.
func moduleVersion() string {
	info, ok := debug.ReadBuildInfo()
	if !ok || info.Main.Version == "" {
		return "unknown"
	}
	return info.Main.Version
}
