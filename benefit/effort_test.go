package benefit

import "testing"

// FuzzParseEffort checks ParseEffort and Effort's JSON decoder: no panics,
// typed errors, values in range that survive String and JSON unchanged.
func FuzzParseEffort(f *testing.F) {
	for _, s := range numberSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkNumber(t, effortType, s) })
}
