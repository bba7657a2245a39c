package enumtest

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestDeclared(t *testing.T) {
	dir := t.TempDir()
	src := `package p

import "example.com/enum"

type A uint8
type B uint8

var as = enum.Table[A]{Type: "a", Codes: []string{"x"}}

var (
	bs, n = wrap{enum.Table[B]{Type: "b"}}, 3
	other = map[string]int{}
)
`
	write(t, dir, "p.go", src)
	write(t, dir, "p_test.go", "package p\n\nvar cs = enum.Table[A]{}\n")
	got, err := Declared(dir)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"as", "bs"}, got); diff != "" {
		t.Errorf("Declared (-want +got):\n%s", diff)
	}
}

func write(t *testing.T, dir, name, src string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
}

// recorder is a testing.TB that records errors instead of failing.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Helper() {}
func (r *recorder) Errorf(format string, a ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, a...))
}
func (r *recorder) Fatal(a ...any) { r.errs = append(r.errs, fmt.Sprint(a...)) }

type checker struct{ err error }

func (c checker) Check() error { return c.err }

func TestCheck(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "p.go", "package p\n\nvar as = enum.Table[A]{}\nvar bs = enum.Table[B]{}\nvar cs = enum.Table[C]{}\n")
	tests := []struct {
		name   string
		tables map[string]Checker
		skip   []string
		want   []string
	}{
		{"all checked", map[string]Checker{"as": checker{}, "bs": checker{}}, []string{"cs"}, nil},
		{"one left out", map[string]Checker{"as": checker{}, "bs": checker{}}, nil,
			[]string{"enum table cs is not checked: add it to the test's tables"}},
		{"one bad", map[string]Checker{"as": checker{errors.New("no labels")}, "bs": checker{}, "cs": checker{}}, nil,
			[]string{"as: no labels"}},
		{"one unknown", map[string]Checker{"as": checker{}, "bs": checker{}, "cs": checker{}, "ds": checker{}}, nil,
			[]string{"ds is in the test's tables but declares no enum.Table literal in this package"}},
	}
	for _, tt := range tests {
		r := &recorder{TB: t}
		check(r, dir, tt.tables, tt.skip)
		if diff := cmp.Diff(tt.want, r.errs); diff != "" {
			t.Errorf("%s: errors (-want +got):\n%s", tt.name, diff)
		}
	}
}
