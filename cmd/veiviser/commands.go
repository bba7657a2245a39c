package main

// command is one of veiviser's commands.
type command struct {
	name     string // as typed: "check"
	usage    string // the usage line after "veiviser "
	summary  string // one line for the overview
	help     string // what it does, in English
	examples string // example command lines, one a line
	// run runs the command with its arguments (after the command's name).
	run func(c *cli, cmd *command, args []string) error
}

// commands returns veiviser's commands in the order the overview lists
// them.
func commands() []*command {
	return []*command{
		checkCommand, statusCommand, decideCommand, portfolioCommand, reportCommand,
		schemaCommand, diagramCommand, importCommand, exportCommand, versionCommand,
	}
}

// lookup returns the command called name, or nil.
func lookup(name string) *command {
	for _, c := range commands() {
		if c.name == name {
			return c
		}
	}
	return nil
}
