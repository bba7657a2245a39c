package ooxml_test

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
)

// Read the mandate template and list its outline, skipping the table of
// contents, then the decision box on its first page through the grid.
func ExampleRead() {
	b, err := os.ReadFile("../../product/templates/Mandat_for_konseptfasen_v4.0.0.docx")
	if err != nil {
		panic(err)
	}
	d, err := ooxml.ReadBytes(b, ooxml.Options{})
	if err != nil {
		panic(err)
	}
	for h := range d.Headings() {
		if h.Text != "" && h.Heading <= 1 {
			fmt.Printf("%d %s (paragraph %d)\n", h.Heading, h.Text, h.Index)
		}
	}
	for t := range d.Tables() {
		if t.Index != 2 {
			continue
		}
		grid := t.Grid()
		for col, label := range grid[2] {
			fmt.Printf("table %d, column %d: %q = %q\n", t.Index, col+1, label.Text(), grid[3][col].Text())
		}
	}
	// Output:
	// 1 Bakgrunn (paragraph 121)
	// 1 Hensikten med et eventuelt prosjekt (paragraph 130)
	// 1 Føringer for et eventuelt prosjekt (paragraph 138)
	// 1 Erfaringer og annen nyttig informasjon (paragraph 160)
	// 1 Beskrivelse av konseptfasen (paragraph 163)
	// 1 Gjennomgang av BP1 sjekkliste (paragraph 201)
	// 1 Veiledning – Mandat for konseptfasen (paragraph 230)
	// table 2, column 1: "Behandlet dato: " = "<dato>"
	// table 2, column 2: "Behandlet av (ansvarlig linjeleder):" = "<navn>"
	// table 2, column 3: "Utarbeidet av:" = "<navn>"
	// table 2, column 4: "Utarbeidet av:" = "<navn>"
}

// Fill in a template: replace a placeholder in the main part and write the
// package again, every other part unchanged.
func ExamplePackage_Rewrite() {
	src, err := os.ReadFile("../../product/templates/Mandat_for_konseptfasen_v4.0.0.docx")
	if err != nil {
		panic(err)
	}
	pkg, err := ooxml.Open(bytes.NewReader(src), int64(len(src)), ooxml.Options{})
	if err != nil {
		panic(err)
	}
	d, err := pkg.Document()
	if err != nil {
		panic(err)
	}
	main, err := pkg.Part(d.Part)
	if err != nil {
		panic(err)
	}
	main = bytes.Replace(main, []byte("&lt;prosjektnavn&gt;"), []byte("Digitale Helgeland"), 1)

	var out bytes.Buffer
	if err := pkg.Rewrite(&out, map[string][]byte{d.Part: main}); err != nil {
		panic(err)
	}
	filled, err := ooxml.ReadBytes(out.Bytes(), ooxml.Options{})
	if err != nil {
		panic(err)
	}
	for p := range filled.Paragraphs() {
		if p.Index == 4 {
			fmt.Println(p.Text)
		}
	}
	// Output:
	// Digitale Helgeland
}

// Tell the user what a file is when it is not a .docx.
func ExampleErrPDF() {
	_, err := ooxml.ReadBytes([]byte("%PDF-1.7\n"), ooxml.Options{})
	switch {
	case errors.Is(err, ooxml.ErrPDF):
		fmt.Println("Dette er en PDF. Last opp Word-dokumentet (.docx).")
	case errors.Is(err, ooxml.ErrLegacyDoc):
		fmt.Println("Dette er et gammelt Word-dokument (.doc). Lagre det som .docx.")
	case err != nil:
		fmt.Println(err)
	}
	// Output:
	// Dette er en PDF. Last opp Word-dokumentet (.docx).
}

// A malformed part is reported with its name, line and column.
func ExampleFormatError() {
	src, err := os.ReadFile("../../product/templates/Mandat_for_konseptfasen_v4.0.0.docx")
	if err != nil {
		panic(err)
	}
	pkg, err := ooxml.Open(bytes.NewReader(src), int64(len(src)), ooxml.Options{})
	if err != nil {
		panic(err)
	}
	main, err := pkg.Part("word/document.xml")
	if err != nil {
		panic(err)
	}
	broken := strings.Replace(string(main), "</w:body>", "", 1)
	var out bytes.Buffer
	err = pkg.Rewrite(&out, map[string][]byte{"word/document.xml": []byte(broken)})

	var fe *ooxml.FormatError
	if errors.As(err, &fe) && errors.Is(err, ooxml.ErrMalformedXML) {
		fmt.Printf("%s, line %d\n", fe.Part, fe.Line)
	}
	// Output:
	// word/document.xml, line 2
}
