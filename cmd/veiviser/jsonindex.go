package main

import (
	"bytes"
	"encoding/json"
	"sort"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// maxIndexDepth bounds how deep jsonIndex follows nested values: as deep as
// encoding/json decodes (10 000), so every value the library read can be
// found. Deeper values are located at their outermost indexed ancestor.
const maxIndexDepth = 10000

// jsonIndex finds where the values of a JSON document are, by the field
// paths findings carry ("documents[2].concepts", "checklists.bp4.items[0]").
// It reads the document once with encoding/json's tokens and offsets and
// keeps the offsets of objects' members and arrays' elements. A jsonIndex
// only reads after it is made, so it is safe for concurrent use.
type jsonIndex struct {
	data  []byte
	root  *jsonNode
	lines []int // the offset at which each line starts
}

// jsonNode is an object or an array.
type jsonNode struct {
	members map[string]jsonChild // an object's members by key
	elems   []jsonChild          // an array's elements
}

// jsonChild is a member or element: where it is, and its value when that
// is an object or an array.
type jsonChild struct {
	at   int       // the offset of a member's key, or of an element's value
	node *jsonNode // nil for a string, number, true, false or null
}

// newJSONIndex indexes data. Malformed data is indexed as far as it is
// well-formed.
func newJSONIndex(data []byte) *jsonIndex {
	x := &jsonIndex{data: data, lines: []int{0}}
	for i, b := range data {
		if b == '\n' {
			x.lines = append(x.lines, i+1)
		}
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	t, err := dec.Token()
	if err != nil {
		return x
	}
	if d, ok := t.(json.Delim); ok {
		x.root, _ = x.container(dec, d, 1)
	}
	return x
}

// container reads the rest of the object or array that delimiter d opened.
// It returns what it read and the first error.
func (x *jsonIndex) container(dec *json.Decoder, d json.Delim, depth int) (*jsonNode, error) {
	n := &jsonNode{}
	if d == '{' {
		n.members = map[string]jsonChild{}
	}
	for dec.More() {
		var key string
		at := x.next(dec)
		if d == '{' {
			t, err := dec.Token()
			if err != nil {
				return n, err
			}
			key, _ = t.(string)
		}
		vat := x.next(dec)
		t, err := dec.Token()
		if err != nil {
			return n, err
		}
		c := jsonChild{at: at}
		if d == '[' {
			c.at = vat
		}
		if open, ok := t.(json.Delim); ok {
			if depth < maxIndexDepth {
				c.node, err = x.container(dec, open, depth+1)
			} else {
				err = skipRest(dec)
			}
			if err != nil {
				x.add(n, key, c)
				return n, err
			}
		}
		x.add(n, key, c)
	}
	_, err := dec.Token() // the closing delimiter
	return n, err
}

// skipRest reads up to the end of the container whose opening delimiter was
// just read.
func skipRest(dec *json.Decoder) error {
	for depth := 1; depth > 0; {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		switch t {
		case json.Delim('{'), json.Delim('['):
			depth++
		case json.Delim('}'), json.Delim(']'):
			depth--
		}
	}
	return nil
}

// add adds c to n under key (objects) or at the end (arrays). As with
// encoding/json, the last of duplicate keys wins.
func (x *jsonIndex) add(n *jsonNode, key string, c jsonChild) {
	if n.members != nil {
		n.members[key] = c
		return
	}
	n.elems = append(n.elems, c)
}

// next returns the offset where dec's next token starts: past the
// white space, commas and colons after the token it read last.
func (x *jsonIndex) next(dec *json.Decoder) int {
	i := int(dec.InputOffset())
	for i < len(x.data) && strings.IndexByte(" \t\r\n,:", x.data[i]) >= 0 {
		i++
	}
	return min(i, len(x.data))
}

// offset returns the offset of the value at path, or of its deepest
// ancestor that the document has, and whether path itself was found. Paths
// join keys with "." and indexes in brackets: "a.b[2].c"; the empty path is
// the whole document. A key an object lacks is looked for in the object's
// "document" member too, for the envelope of a stored document
// ({"template": …, "document": {…}}), which the paths of a project's
// findings leave out ("documents[0].purpose" is at
// "documents[0].document.purpose").
func (x *jsonIndex) offset(path string) (int, bool) {
	at := x.next0()
	n := x.root
	for _, s := range parsePath(path) {
		if n == nil {
			return at, false
		}
		var c jsonChild
		var ok bool
		if s.index >= 0 {
			if ok = s.index < len(n.elems); ok {
				c = n.elems[s.index]
			}
		} else {
			c, ok = n.members[s.key]
			if env, has := n.members["document"]; !ok && has && env.node != nil {
				c, ok = env.node.members[s.key]
			}
		}
		if !ok {
			return at, false
		}
		at, n = c.at, c.node
	}
	return at, true
}

// next0 is the offset of the document's first value.
func (x *jsonIndex) next0() int {
	return len(x.data) - len(bytes.TrimLeft(x.data, " \t\r\n"))
}

// position returns the 1-based line and column of offset off. The column
// counts UTF-16 code units, as SARIF's default columnKind does.
func (x *jsonIndex) position(off int) (line, col int) {
	off = max(0, min(off, len(x.data)))
	i := sort.Search(len(x.lines), func(i int) bool { return x.lines[i] > off }) - 1
	return i + 1, column(x.data[x.lines[i]:off])
}

// lineCol returns the 1-based line and column of offset off in data, as
// jsonIndex.position does, without an index.
func lineCol(data []byte, off int) (line, col int) {
	off = max(0, min(off, len(data)))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return bytes.Count(data[:start], []byte("\n")) + 1, column(data[start:off])
}

// column returns the 1-based column after the text before, which holds no
// line break, in UTF-16 code units.
func column(before []byte) int {
	col := 1
	for len(before) > 0 {
		r, size := utf8.DecodeRune(before)
		col += utf16.RuneLen(r)
		before = before[size:]
	}
	return col
}

// segment is one step of a field path: a key, or an index (index >= 0).
type segment struct {
	key   string
	index int
}

// parsePath splits a field path ("a.b[2].c") into its segments. A bracket
// that holds no number is part of its key.
func parsePath(path string) []segment {
	var out []segment
	for _, part := range strings.Split(path, ".") {
		key := part
		var idx []int
		for strings.HasSuffix(key, "]") {
			open := strings.LastIndexByte(key, '[')
			if open < 0 {
				break
			}
			n, err := strconv.Atoi(key[open+1 : len(key)-1])
			if err != nil || n < 0 {
				break
			}
			idx = append(idx, n)
			key = key[:open]
		}
		if key != "" || len(idx) == 0 && part != "" {
			out = append(out, segment{key: key, index: -1})
		}
		for i := len(idx) - 1; i >= 0; i-- {
			out = append(out, segment{index: idx[i]})
		}
	}
	return out
}
