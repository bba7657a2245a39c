// Package golden compares test output with golden files and rewrites them
// when the tests run with -update. It registers the -update flag for every
// test binary that imports it, so packages do not declare their own.
//
// It is for tests only.
package golden

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// Updating reports whether the tests run with -update.
func Updating() bool { return *update }

// Check compares got with the file at path, or with -update writes got there
// first (creating directories). A difference is reported "(-want +got)".
func Check(t testing.TB, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs; if the change is intended, run go test -update (-want +got):\n%s", path, diff)
	}
}

// CheckJSON encodes v as tab-indented JSON without HTML escaping (golden
// files of Norwegian templates hold "<dato>"), ending in a newline, and
// checks it like Check.
func CheckJSON(t testing.TB, path string, v any) {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "\t")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	Check(t, path, buf.Bytes())
}
