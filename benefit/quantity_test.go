package benefit

import "testing"

// FuzzParseQuantity checks ParseQuantity and Quantity's JSON decoder: no
// panics, typed errors, values within ±MaxQuantity that survive String
// and JSON unchanged.
func FuzzParseQuantity(f *testing.F) {
	for _, s := range numberSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) { checkNumber(t, quantityType, s) })
}
