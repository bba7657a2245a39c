package ooxml

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/golden"
)

// TestTemplates reads each of Digdir's templates and compares a dump of
// everything read with testdata/golden/<template>.txt. Run with -update
// to rewrite the dumps, and review the diff.
func TestTemplates(t *testing.T) {
	for _, path := range templates(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".docx")
		t.Run(name, func(t *testing.T) {
			d := read(t, readFile(t, path))
			golden.Check(t, filepath.Join("testdata", "golden", name+".txt"), []byte(dump(d)))
		})
	}
}
