package product_test

import (
	"errors"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/sample"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// outsider embeds a mandate and so passes as a Document.
type outsider struct{ *product.Mandate }

// outsiderValue embeds a mandate in a value type.
type outsiderValue struct{ *product.Mandate }

// TestDocumentSealed: a type from outside the package that embeds one of
// its documents is refused by Encode, value or pointer, with an error and
// no panic.
func TestDocumentSealed(t *testing.T) {
	for name, d := range map[string]product.Document{
		"pointer":        &outsider{sample.Mandate()},
		"value":          outsiderValue{sample.Mandate()},
		"value, no body": outsiderValue{},
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("Encode panicked: %v", r)
				}
			}()
			_, err := product.Encode(d)
			var pe *phase.PathError
			if !errors.As(err, &pe) {
				t.Errorf("Encode(%T) = %v, want a *phase.PathError", d, err)
			}
		})
	}
}
