package main

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

const indexed = `{
	"id": "DH-2020",
	"name": "Blåbær 🫐",   "agency": "x",
	"timeline": [
		{"phase": "concept"},
		{"phase": "planning", "end": "2021-06-30"}
	],
	"grid": [[1, 2], [3, [4, 5]]],
	"documents": [
		{
			"template": "mandate",
			"document": {
				"purpose": {"text": "…"}
			}
		}
	],
	"empty": {},
	"id": "last wins"
}
`

// TestJSONIndex finds fields, array elements, nested arrays, the inside of
// a stored document's envelope, and the nearest ancestor of what is
// missing.
func TestJSONIndex(t *testing.T) {
	x := newJSONIndex([]byte(indexed))
	tests := []struct {
		path      string
		line, col int
		found     bool
	}{
		{"", 1, 1, true},
		{"name", 3, 2, true},
		{"agency", 3, 25, true}, // after "Blåbær 🫐": the emoji is two UTF-16 units
		{"timeline", 4, 2, true},
		{"timeline[0]", 5, 3, true},
		{"timeline[1].end", 6, 25, true},
		{"timeline[2]", 4, 2, false},
		{"timeline[1].start", 6, 3, false},
		{"grid[1][1][0]", 8, 24, true},
		{"documents[0].document.purpose.text", 13, 17, true},
		{"documents[0].purpose.text", 13, 17, true}, // a project finding's path
		{"documents[0].purpose.missing", 13, 5, false},
		{"documents", 9, 2, true},
		{"empty.x", 17, 2, false},
		{"id", 18, 2, true},
		{"nothing.at.all", 1, 1, false},
		{"name.deeper", 3, 2, false}, // a string has no fields
	}
	for _, tt := range tests {
		off, found := x.offset(tt.path)
		line, col := x.position(off)
		if line != tt.line || col != tt.col || found != tt.found {
			t.Errorf("%q: line %d, column %d, found %v; want %d, %d, %v", tt.path, line, col, found, tt.line, tt.col, tt.found)
		}
		if l, c := lineCol([]byte(indexed), off); l != line || c != col {
			t.Errorf("%q: lineCol gives %d:%d, the index %d:%d", tt.path, l, c, line, col)
		}
	}
}

func TestParsePath(t *testing.T) {
	tests := []struct {
		path string
		want []segment
	}{
		{"", nil},
		{"a", []segment{{"a", -1}}},
		{"a.b", []segment{{"a", -1}, {"b", -1}}},
		{"a[2].b", []segment{{"a", -1}, {"", 2}, {"b", -1}}},
		{"a[1][2]", []segment{{"a", -1}, {"", 1}, {"", 2}}},
		{"[3]", []segment{{"", 3}}},
		{"a[x]", []segment{{"a[x]", -1}}},
		{"a[-1]", []segment{{"a[-1]", -1}}},
		{"a..b", []segment{{"a", -1}, {"b", -1}}},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, parsePath(tt.path), cmp.AllowUnexported(segment{})); diff != "" {
			t.Errorf("parsePath(%q) (-want +got):\n%s", tt.path, diff)
		}
	}
}

// TestJSONIndexMalformed indexes what is well-formed of broken input and
// stops there.
func TestJSONIndexMalformed(t *testing.T) {
	for _, in := range []string{"", "   ", "{", `{"a": [1, 2`, `{"a": {"b": }`, `[[[[`, `"just a string"`, `{"a": 1}} trailing`} {
		x := newJSONIndex([]byte(in))
		off, _ := x.offset("a[1].b")
		if off < 0 || off > len(in) {
			t.Errorf("%q: offset %d out of range", in, off)
		}
	}
	x := newJSONIndex([]byte(`{"a": [1, 2`))
	if off, found := x.offset("a[1]"); !found || off != 10 {
		t.Errorf(`{"a": [1, 2: a[1] at %d (found %v), want 10`, off, found)
	}
}

// TestJSONIndexDeep stops indexing at maxIndexDepth and locates deeper
// paths at the deepest indexed ancestor.
func TestJSONIndexDeep(t *testing.T) {
	depth := maxIndexDepth + 5
	in := strings.Repeat("[", depth) + strings.Repeat("]", depth)
	x := newJSONIndex([]byte(in))
	off, found := x.offset(strings.Repeat("[0]", depth-1))
	if found {
		t.Error("found a path deeper than maxIndexDepth")
	}
	// The value at depth maxIndexDepth is indexed, its elements are
	// located but not looked into.
	if off != maxIndexDepth {
		t.Errorf("offset %d, want %d", off, maxIndexDepth)
	}
}

// FuzzJSONIndex: indexing never panics, offsets stay in the input, and the
// index's positions agree with lineCol's.
func FuzzJSONIndex(f *testing.F) {
	f.Add([]byte(indexed), "documents[0].purpose.text")
	f.Add([]byte(`{"a": [1, {"b": 2}]}`), "a[1].b")
	f.Add([]byte(`[[]]`), "[0][0]")
	f.Add([]byte("{\"\\u00e6\": \"\xff\"}"), "æ")
	f.Fuzz(func(t *testing.T, data []byte, path string) {
		x := newJSONIndex(data)
		off, _ := x.offset(path)
		if off < 0 || off > len(data) {
			t.Fatalf("offset %d out of [0, %d]", off, len(data))
		}
		line, col := x.position(off)
		if l, c := lineCol(data, off); l != line || c != col {
			t.Fatalf("position %d:%d, lineCol %d:%d", line, col, l, c)
		}
		if line < 1 || col < 1 || line > strings.Count(string(data), "\n")+1 {
			t.Fatalf("position %d:%d out of range", line, col)
		}
	})
}
