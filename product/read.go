package product

import (
	"errors"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/internal/ooxml"
	outl "github.com/digitale-helgeland/veiviser/internal/outline"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Reading a management product from a file
//
// Read turns a Word document made from one of Digdir's templates, or a
// text or Markdown export of one, into the typed document of its
// template. It is driven by the section tables (sections_digdir.go,
// sections_fields.go): every heading is matched against the titles of the
// template version's sections, and what stands under it goes into the
// field the section's key names, found by its JSON path. A field added to
// a document type is filled as soon as a section's key names it; the
// reader has no code per document type.
//
// The files are read* in this package; the rules are on Read.

// ErrTemplateUnknown reports a document whose template Read cannot tell:
// neither its title nor its headings name one of the templates. Set
// ReadOptions.Template to read it as a given template. Match it with
// errors.Is.
var ErrTemplateUnknown = errors.New("veiviser: the document's template is not recognised")

// Errors about what a file given to Read is, when it is not something
// Read reads, as the readers of Word files and of text report them; match
// them with errors.Is. Each names what the file was found to be, so that a
// caller can tell the user ("this is a PDF; save the document as .docx").
var (
	ErrPDF             = ooxml.ErrPDF             // a PDF file
	ErrLegacyDoc       = ooxml.ErrLegacyDoc       // a Word 97–2003 .doc file
	ErrEncrypted       = ooxml.ErrEncrypted       // a password-protected Office document
	ErrSpreadsheet     = ooxml.ErrSpreadsheet     // a spreadsheet (.xlsx, .xls)
	ErrPresentation    = ooxml.ErrPresentation    // a presentation (.pptx, .ppt)
	ErrNotZip          = ooxml.ErrNotZip          // read as Word (ReadOptions.Format), but not a zip archive
	ErrNotWordDocument = ooxml.ErrNotWordDocument // a zip archive that holds no Word document
	ErrEncoding        = outl.ErrEncoding         // text that is neither UTF-8 nor UTF-16 with a byte order mark
	ErrNotText         = outl.ErrNotText          // binary data read as text
)

// ErrCorrupt reports a damaged Word document: a zip structure or a part
// that cannot be read, a part the package refers to but does not hold,
// XML that is not well formed. Match it with errors.Is; errors.As with
// the error's own type gives the part and the place.
var ErrCorrupt = ooxml.ErrCorrupt

// fileError adds to the error of a reader the sentinel of this package or
// of phase its kind has, leaving its text and its chain as they are.
type fileError struct {
	err  error
	kind error
}

func (e *fileError) Error() string   { return e.err.Error() }
func (e *fileError) Unwrap() []error { return []error{e.err, e.kind} }

// fileErr makes the limits a Word document exceeds match phase.ErrTooLarge,
// the module's one sentinel for input over a limit, and its kinds of
// damage match ErrCorrupt.
func fileErr(err error) error {
	switch {
	case errors.Is(err, ooxml.ErrTooLarge), errors.Is(err, ooxml.ErrCompressionRatio),
		errors.Is(err, ooxml.ErrTooManyParts), errors.Is(err, ooxml.ErrTooDeep):
		return &fileError{err, phase.ErrTooLarge}
	case errors.Is(err, ooxml.ErrMissingPart), errors.Is(err, ooxml.ErrMalformedXML):
		return &fileError{err, ErrCorrupt}
	}
	return err
}

// ErrVersionUnknown reports a ReadOptions.Version that the template has
// not (this repository holds versions "3.0" and "4.0" of the mandate, for
// example). Match it with errors.Is.
var ErrVersionUnknown = errors.New("veiviser: unknown template version")

// ReadOptions configures Read. The zero value recognises everything from
// the document itself: format, template, version and language.
type ReadOptions struct {
	// Template, when set, reads the document as this template instead of
	// recognising it.
	Template Template
	// Language, when not nil, takes the document to be in this language
	// (phase.Bokmal or phase.Nynorsk) instead of recognising it.
	Language *phase.Language
	// Version, when set, reads the document as this version of its
	// template ("3.0", "4.0") instead of recognising it from the headings.
	Version string
	// Format, when set, reads the input as this format instead of
	// recognising it by its content.
	Format FileFormat
	// Limits bounds the memory and time reading may take; the zero value
	// means the defaults.
	Limits ReadLimits
}

// ReadLimits bounds what reading one file may cost. A field that is zero
// or negative takes its default, so the zero ReadLimits is the default
// set; exceeding a limit is an error, never a truncated document.
type ReadLimits struct {
	// MaxBytes bounds the size of the input: of a Word package, the sum
	// of its parts' sizes (default 256 MiB); of text and Markdown, the
	// input itself (default 16 MiB).
	MaxBytes int64
	// MaxPartBytes bounds one part of a Word package, uncompressed
	// (default 64 MiB).
	MaxPartBytes int64
	// MaxRatio bounds how many times a part of a Word package may expand
	// on decompression (default 200), against zip bombs.
	MaxRatio int
	// MaxDepth bounds the nesting of XML elements (default 256).
	MaxDepth int
	// MaxParts bounds the number of parts of a Word package (default
	// 10 000).
	MaxParts int
	// MaxBlocks bounds the paragraphs, list items and table cells of a
	// text or Markdown file (default 1 048 576).
	MaxBlocks int
}

func (l ReadLimits) ooxml() ooxml.Options {
	return ooxml.Options{Limits: ooxml.Limits{
		MaxPartBytes: l.MaxPartBytes, MaxTotalBytes: l.MaxBytes, MaxRatio: l.MaxRatio,
		MaxDepth: l.MaxDepth, MaxParts: l.MaxParts,
	}}
}

// FileFormat is the format of a file Read reads. The zero value is unset:
// in ReadOptions it means "recognise the format by the content".
type FileFormat uint8

// The formats Read reads.
const (
	FormatDocx     FileFormat = iota + 1 // a Word document (.docx)
	FormatText                           // plain text, such as Word's "Save as: Plain Text"
	FormatMarkdown                       // Markdown (CommonMark with pipe tables)
)

var fileFormats = enum.Table[FileFormat]{Type: "format", Codes: []string{"docx", "text", "markdown"},
	Labels: []enum.Label{
		FormatDocx:     {NB: "Word-dokument", NN: "Word-dokument", EN: "Word document"},
		FormatText:     {NB: "ren tekst", NN: "rein tekst", EN: "plain text"},
		FormatMarkdown: {NB: "Markdown", NN: "Markdown", EN: "Markdown"},
	}}

// String returns the wire code: "docx", "text" or "markdown".
func (f FileFormat) String() string { return fileFormats.String(f) }

// IsValid reports whether f is FormatDocx, FormatText or FormatMarkdown.
func (f FileFormat) IsValid() bool { return fileFormats.Valid(f) }

// Label returns the format's name in language l ("Word-dokument").
func (f FileFormat) Label(l phase.Language) string { return phase.Text(fileFormats.Label(f)).In(l) }

// MarshalText encodes f as its wire code.
func (f FileFormat) MarshalText() ([]byte, error) { return fileFormats.Marshal(f) }

// UnmarshalText decodes a wire code; anything else is a *enum.ValueError.
func (f *FileFormat) UnmarshalText(b []byte) error { return fileFormats.Unmarshal(b, f) }

// Imported is a document read from a file, with where each part of it came
// from. It is a plain value; Locate only reads it.
type Imported struct {
	// Document is the document read, of its template's type (*Mandate for
	// TemplateMandate, …). Its Header.TemplateVersion is Version, and its
	// Header.Status is StatusDraft: a file does not say whether it has been
	// submitted, so the caller sets it.
	Document Document
	// Template, Language and Version are those of Digdir's template the
	// document was made from, as recognised or as ReadOptions gave them.
	// Version is "" for a template of which this repository holds no
	// Digdir version.
	Template Template
	Language phase.Language
	Version  string
	// Format is the format the file was read as.
	Format FileFormat
	// Locations maps the JSON path of each field Read filled ("background",
	// "conceptPhase.concepts[2]", "header.decision.processedDate") to where
	// its content was in the file. Locate looks paths up in it.
	Locations map[string]Location
	// Findings are the reader's own findings, each with where in the file
	// it arose (see Read). The document's Validate reports the rest.
	Findings []ReadFinding
}

// ReadFinding is one of Read's findings and where in the file it arose.
// Its Path is the JSON path of the field concerned, as in Validate's
// findings, or "" for the document as a whole.
type ReadFinding struct {
	phase.Finding
	Location Location `json:"location"`
}

// Location is a place in a file Read read: the heading path of the section
// it is in, and the paragraph or table row (Word) or line (text and
// Markdown) where it is. The zero Location is "nowhere".
type Location struct {
	// Heading is the path of headings down to the place, as the document
	// writes them, each matched section numbered as in Digdir's template:
	// "5 Beskrivelse av konseptfasen > 5.1 Organisering og ansvar i
	// konseptfasen > Styringsgruppe". It is "" before the first heading
	// (the cover, the decision box and the logs).
	Heading string `json:"heading,omitempty"`
	// Paragraph and Table are the numbers Word gives them, counted from 1
	// through the whole document; Row is a 1-based table row, 0 for the
	// table as a whole; Line is a 1-based line of text or Markdown.
	Paragraph int `json:"paragraph,omitempty"`
	Table     int `json:"table,omitempty"`
	Row       int `json:"row,omitempty"`
	Line      int `json:"line,omitempty"`
}

func locationOf(heading string, l outl.Location) Location {
	return Location{Heading: heading, Paragraph: l.Paragraph, Table: l.Table, Row: l.Row, Line: l.Line}
}

func (l Location) place() outl.Location {
	return outl.Location{Paragraph: l.Paragraph, Table: l.Table, Row: l.Row, Line: l.Line}
}

// IsZero reports whether l is the zero Location.
func (l Location) IsZero() bool { return l == Location{} }

// String returns the location in English: "5 Beskrivelse av konseptfasen >
// 5.5 Forslag til tilnærming – konsepter som bør vurderes, paragraph 195",
// "table 3, row 2", "line 40".
func (l Location) String() string { return l.Label(phase.English) }

// Label returns the location in language l: the heading path, then
// "avsnitt 12", "tabell 3, rad 2" or "linje 40" in bokmål and nynorsk.
func (l Location) Label(lang phase.Language) string {
	place := l.place().Label(lang)
	switch {
	case l.Heading == "":
		return place
	case place == "":
		return l.Heading
	}
	return l.Heading + ", " + place
}

// Locate returns where in the file the field at path came from: path is a
// JSON path such as a finding of Document.Validate carries
// ("conceptPhase.results.phasePlan.text", "checklist.items[3].comment").
// When the path itself was not filled from one place, the nearest
// enclosing field that was answers ("checklist.items[3]", then
// "checklist"); for a template section with no heading in the file, the
// place it would have been (after the section before it). It reports
// false when no enclosing field has a location.
func (im *Imported) Locate(path string) (Location, bool) {
	if im == nil {
		return Location{}, false
	}
	for {
		if l, ok := im.Locations[path]; ok {
			return l, true
		}
		i := strings.LastIndexAny(path, ".[")
		if i <= 0 {
			return Location{}, false
		}
		path = path[:i]
	}
}
