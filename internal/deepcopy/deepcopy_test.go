package deepcopy

import (
	"reflect"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type leaf struct {
	S  []string
	M  map[string][]int
	P  *int
	A  [2][]int
	I  any
	NS []string
}

type tree struct {
	Name   string
	Leaves []*leaf
	Inner  leaf
}

func TestCopyIsDeepAndEqual(t *testing.T) {
	n := 7
	orig := tree{Name: "x", Leaves: []*leaf{{S: []string{"a"}, M: map[string][]int{"k": {1}}, P: &n, A: [2][]int{{1}, {2}}, I: []string{"i"}, NS: []string{}}}}
	c := Copy(orig)
	if diff := cmp.Diff(orig, c, cmp.AllowUnexported(tree{}, leaf{})); diff != "" {
		t.Fatalf("copy differs (-orig +copy):\n%s", diff)
	}
	c.Leaves[0].S[0] = "changed"
	c.Leaves[0].M["k"][0] = 9
	*c.Leaves[0].P = 9
	c.Leaves[0].A[0][0] = 9
	c.Leaves[0].I.([]string)[0] = "changed"
	if orig.Leaves[0].S[0] != "a" || orig.Leaves[0].M["k"][0] != 1 || n != 7 || orig.Leaves[0].A[0][0] != 1 || orig.Leaves[0].I.([]string)[0] != "i" {
		t.Errorf("the copy shares memory with the original: %+v", orig.Leaves[0])
	}
	if c.Inner.S != nil || c.Leaves[0].NS == nil {
		t.Error("nil and empty are not kept apart")
	}
}

func TestUnexported(t *testing.T) {
	type hidden struct{ x int }
	type outer struct{ H []hidden }
	if got := Unexported(reflect.TypeFor[outer]()); got != "deepcopy.outer.H[].x" {
		t.Errorf("Unexported = %q", got)
	}
	if got := Unexported(reflect.TypeFor[tree]()); got != "" {
		t.Errorf("Unexported(tree) = %q", got)
	}
}
