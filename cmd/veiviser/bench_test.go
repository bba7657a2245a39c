package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/digitale-helgeland/veiviser"
)

// BenchmarkJSONIndex measures locating a stored project's findings (index
// once, look up every finding's path) beside the raw cost of what it is
// built on, encoding/json's token stream, and beside decoding and
// validating the project, which check does first.
func BenchmarkJSONIndex(b *testing.B) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "v1", "project.v2.json"))
	if err != nil {
		b.Fatal(err)
	}
	p, err := veiviser.Decode(bytes.NewReader(data), veiviser.DecodeOptions{})
	if err != nil {
		b.Fatal(err)
	}
	fs := p.Validate().Findings()
	b.Run("index+locate", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			locate := jsonLocator(data, "", fs)
			for _, f := range fs {
				locate(f.Path)
			}
		}
	})
	b.Run("json.Decoder.Token", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			dec := json.NewDecoder(bytes.NewReader(data))
			for {
				if _, err := dec.Token(); err != nil {
					break
				}
			}
		}
	})
	b.Run("veiviser.Decode+Validate", func(b *testing.B) {
		b.SetBytes(int64(len(data)))
		for b.Loop() {
			p, err := veiviser.Decode(bytes.NewReader(data), veiviser.DecodeOptions{})
			if err != nil {
				b.Fatal(err)
			}
			p.Validate()
		}
	})
}
