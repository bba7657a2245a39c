// Package ooxml reads Word documents (.docx, Office Open XML
// WordprocessingML, ECMA-376 / ISO/IEC 29500) into a small generic model,
// and rewrites packages part by part. It is the layer under the mapping of
// Prosjektveiviseren's templates (Digdir) to typed management products:
// it knows paragraphs, headings, lists and tables, not mandates.
//
// # Reading
//
// Read, ReadBytes or Open and Package.Document give a Document: the body
// as a flat list of blocks, each a *Paragraph or a *Table, in document
// order. Each paragraph carries its style (ID and name), heading level,
// list level, a mark for tables of contents, and its text as Word shows
// it; each table its rows and cells, with Table.Grid to resolve merged
// cells. Paragraph.Index and Table.Index number paragraphs and tables
// through the whole document, so that errors can name a place ("paragraph
// 12", "table 3, row 2").
//
// What counts as what, decided once here so that mappers need not:
//
//   - Headings come from outline levels (w:outlineLvl) of the paragraph or
//     of its style chain, else from heading style names ("heading 1",
//     "Overskrift 1"); Norwegian style IDs such as "Overskrift1" are the
//     normal case. Outline level 9 is body text.
//   - A table of contents is not content: its paragraphs are marked TOC
//     (TOC styles, the "Table of Contents" content control, TOC field
//     results), so a mapper can skip them.
//   - Text is the result of fields, never their instructions; tracked
//     changes read as accepted; of mc:AlternateContent, the first Choice
//     is read (else the Fallback), never both; text boxes follow the
//     paragraph they are anchored in, marked InTextBox.
//   - Transitional and Strict namespaces read alike; elements are matched
//     by local name within the WordprocessingML namespaces.
//
// Only the main document part, its styles and the core properties are
// read; headers, footers, notes and comments are not.
//
// # Bad input
//
// Every failure is an error, never a panic, and costs bounded memory and
// time (see Limits). Errors say what the input is when it is not a Word
// document (ErrPDF, ErrLegacyDoc, ErrEncrypted, ErrSpreadsheet,
// ErrPresentation, ErrNotZip, ErrNotWordDocument), and where a package is
// broken: a *FormatError names the part and, for XML, the line and column.
//
// Reading streams through encoding/xml tokens without building a tree of
// the XML; the Document holds only what it exposes. For a hostile main
// part of Limits.MaxPartBytes made of nothing but empty paragraphs, the
// Document takes some sixteen times the part's size; real documents take
// far less than their XML.
//
// # Writing
//
// Package.Rewrite copies a package with some parts replaced, all others
// byte for byte: what filling in a template needs once a new
// word/document.xml has been made (Package.Part gives the original). It
// checks that replaced XML is well-formed, not what it means.
//
// The package uses the standard library only. Its functions and types are
// safe for concurrent use; a Document is a plain value.
package ooxml
