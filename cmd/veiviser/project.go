package main

import (
	"bytes"
	"fmt"

	"github.com/digitale-helgeland/veiviser"
)

// readProject reads the stored project in the file name ("-": standard
// input). Anything else, and a project that does not decode, is an error
// naming the file and, where it can be told, the line.
func (c *cli) readProject(name string) (*veiviser.Project, error) {
	data, err := c.readInput(name)
	if err != nil {
		return nil, err
	}
	p, err := decodeProject(displayName(name), data)
	return p, err
}

// decodeProject decodes data, the content of file, as a stored project.
func decodeProject(file string, data []byte) (*veiviser.Project, error) {
	f, err := sniff(file, data)
	if err != nil {
		return nil, inFile(file, err)
	}
	if f != formatProject && f != formatOtherJSON {
		return nil, inFile(file, fmt.Errorf("a %s, not a stored project", f))
	}
	p, err := veiviser.Decode(bytes.NewReader(data), veiviser.DecodeOptions{MaxBytes: maxInput})
	if err != nil {
		return nil, jsonError(file, data, err)
	}
	return p, nil
}
