package product

import (
	"strings"
)

// nullNames are the forms of the null alternative's name, lowered and with
// spaces and hyphens taken out: "Nullkonsept", "nullalternativ",
// "null-alternativet", "Nullkonsept alternativ", "0-alternativet".
var nullNames = []string{"nullkonsept", "nullalternativ", "0alternativ", "0konsept"}

// IsNullConcept reports whether name names the null alternative
// (nullalternativet): the concept of carrying on as today, which every
// concept study must compare the others with. It recognises "Nullkonsept",
// "nullalternativ", "null-alternativet", "Nullkonsept alternativ",
// "0-alternativet" and the English "null alternative", in any case.
func IsNullConcept(name string) bool {
	s := strings.Map(func(r rune) rune {
		switch r {
		case ' ', '-', '–', '—', '\t', '\n', '_':
			return -1
		}
		return r
	}, strings.ToLower(name))
	for _, n := range nullNames {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}

// NullConcept returns the index of the first null alternative in cs, or -1.
func NullConcept(cs []Concept) int {
	for i, c := range cs {
		if IsNullConcept(c.Name) {
			return i
		}
	}
	return -1
}
