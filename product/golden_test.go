package product

import (
	"path/filepath"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/golden"
)

// goldenProduct checks got, as indented JSON, against
// testdata/name; go test -update rewrites it (see internal/golden).
func goldenProduct(t *testing.T, name string, got any) {
	t.Helper()
	golden.CheckJSON(t, filepath.Join("testdata", name), got)
}
