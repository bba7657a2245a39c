package product_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// A case system hands the project manager a mandate with what it knows
// filled in: Digdir's nynorsk template with the project's name on the
// cover, who prepared it in the decision box and the background; every
// other section keeps Digdir's guidance for the author.
func ExampleWrite() {
	m := &product.Mandate{
		Header: product.Header{
			Project:    "Digitale Helgeland",
			PreparedBy: "Hilde T Lauvset Rafaelsen, prosjektleiar",
		},
		Background: product.Section{Text: "Kommunane på Helgeland vil samarbeide om digitalisering."},
	}
	var docx bytes.Buffer
	if err := product.Write(&docx, m, product.WriteOptions{Language: phase.Nynorsk}); err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("a Word file:", bytes.HasPrefix(docx.Bytes(), []byte("PK\x03\x04")))
	// Output: a Word file: true
}

// Text a Word document cannot hold is refused with the field's path, so
// that the caller can clean it; nothing is written.
func ExampleWrite_invalidText() {
	m := &product.Mandate{Background: product.Section{Text: "Sjå vedlegg\v2"}}
	err := product.Write(io.Discard, m, product.WriteOptions{})
	fmt.Println(errors.Is(err, product.ErrInvalidText))
	fmt.Println(err)
	// Output:
	// true
	// veiviser: write background.text: text a Word document cannot hold: character U+000B at byte 12
}
