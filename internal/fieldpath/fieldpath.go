// Package fieldpath joins and orders the JSON field paths that findings
// and errors carry ("benefits[3].indicators[0].unit"), for every package of
// the module.
package fieldpath

import (
	"cmp"
	"strings"
)

// Join joins two field paths: "a" and "b" give "a.b"; "a" and "[2].b"
// give "a[2].b"; an empty side gives the other.
func Join(prefix, path string) string {
	switch {
	case prefix == "":
		return path
	case path == "":
		return prefix
	case strings.HasPrefix(path, "["):
		return prefix + path
	default:
		return prefix + "." + path
	}
}

// Compare compares two field paths as phase.Findings.Sort does: text as text, runs of
// digits as numbers. It returns -1, 0 or +1.
func Compare(a, b string) int {
	for a != "" && b != "" {
		da, db := digitRun(a), digitRun(b)
		if da > 0 && db > 0 {
			na, nb := strings.TrimLeft(a[:da], "0"), strings.TrimLeft(b[:db], "0")
			if c := cmp.Or(cmp.Compare(len(na), len(nb)), strings.Compare(na, nb)); c != 0 {
				return c
			}
			a, b = a[da:], b[db:]
			continue
		}
		if a[0] != b[0] {
			return cmp.Compare(a[0], b[0])
		}
		a, b = a[1:], b[1:]
	}
	return cmp.Compare(len(a), len(b))
}

// digitRun returns the length of the run of ASCII digits at the start of s.
func digitRun(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}
