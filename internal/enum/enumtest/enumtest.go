// Package enumtest checks a package's enumeration tables from its tests:
// that each enum.Table is well formed (enum.Table.Check) and that none is
// left out of the check.
package enumtest

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// Checker is an enum.Table of any value type.
type Checker interface{ Check() error }

// Tables runs Check on every table in tables, keyed by the name of its
// package-level variable, and reports each problem as a test error. It also
// reads the non-test Go files of the current directory (the package under
// test, where go test runs) and reports every package-level variable
// initialised with an enum.Table literal that is neither in tables nor named
// in skip, so that a new enumeration cannot escape the check. Skip names
// tables that are checked elsewhere or not yet labelled; say why at the
// call.
func Tables(t testing.TB, tables map[string]Checker, skip ...string) {
	t.Helper()
	check(t, ".", tables, skip)
}

func check(t testing.TB, dir string, tables map[string]Checker, skip []string) {
	t.Helper()
	for name, tab := range tables {
		if err := tab.Check(); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
	declared, err := Declared(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range declared {
		if _, ok := tables[name]; !ok && !slices.Contains(skip, name) {
			t.Errorf("enum table %s is not checked: add it to the test's tables", name)
		}
	}
	for name := range tables {
		if !slices.Contains(declared, name) {
			t.Errorf("%s is in the test's tables but declares no enum.Table literal in this package", name)
		}
	}
}

// Declared returns, sorted, the names of the package-level variables in the
// non-test Go files of dir whose initial value is, or contains, an
// enum.Table composite literal.
func Declared(dir string) ([]string, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return nil, err
	}
	fset := token.NewFileSet()
	var names []string
	for _, path := range files {
		if strings.HasSuffix(path, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return nil, err
		}
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.VAR {
				continue
			}
			for _, s := range g.Specs {
				vs := s.(*ast.ValueSpec)
				for i, v := range vs.Values {
					if i < len(vs.Names) && containsTable(v) {
						names = append(names, vs.Names[i].Name)
					}
				}
			}
		}
	}
	slices.Sort(names)
	return names, nil
}

// containsTable reports whether e holds a composite literal of type
// enum.Table[T].
func containsTable(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if cl, ok := n.(*ast.CompositeLit); ok && isTable(cl.Type) {
			found = true
		}
		return !found
	})
	return found
}

func isTable(e ast.Expr) bool {
	ix, ok := e.(*ast.IndexExpr)
	if !ok {
		return false
	}
	sel, ok := ix.X.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	pkg, ok := sel.X.(*ast.Ident)
	return ok && pkg.Name == "enum" && sel.Sel.Name == "Table"
}
