package product

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"

	"github.com/digitale-helgeland/veiviser/internal/errs"
	"github.com/digitale-helgeland/veiviser/internal/ooxml"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Writing a document into its Word template: see Write.

// Errors Write returns besides ErrInvalidText. Match them with errors.Is.
var (
	// ErrNoTemplate reports that there is no template to fill: the
	// library embeds none for the document's template in the language
	// and version asked for (see DigdirTemplate) and the caller supplied
	// none, or the document's type has no table of Digdir's headings for
	// that version, without which no template can be filled.
	ErrNoTemplate = errors.New("veiviser: no Word template for the document")
	// ErrBadTemplate reports a template that is not a Word document Write
	// can fill: not a package, damaged, or without a document body. The
	// error also matches the cause.
	ErrBadTemplate = errors.New("veiviser: template is not a usable Word document")
)

// WriteOptions configures Write. The zero value writes bokmål into Digdir's
// template of the version the document's type follows.
type WriteOptions struct {
	// Language selects the template's language and the titles of the
	// headings and columns the writer adds: Digdir's templates come in
	// bokmål (the zero value) and nynorsk.
	Language phase.Language
	// Version is the version of Digdir's template, such as "4.0" or, for
	// the mandate, "3.0". Empty means the version the document's header
	// records (Header.TemplateVersion) when the library has its headings,
	// else the version the document's type follows.
	Version string
	// Template is the Word file (.docx) to fill. Nil means Digdir's
	// template for the document's template, Language and Version, as
	// embedded in the library (DigdirTemplate). An organisation may pass
	// its own branded copy of Digdir's template: its headings must read as
	// Digdir's, once case, punctuation and spacing are set aside; a
	// section whose heading it lacks is added, under Digdir's heading,
	// after the section before it.
	Template []byte
}

// Write fills a Word template with document d and writes the filled .docx
// to w: the text of each section replaces the template's guidance under the
// section's heading, the decision box, change log and distribution log on
// the first pages are filled in, and the placeholder for the project's name
// on the cover («<prosjektnavn>», «<Namn på prosjektet>») gives way to
// Header.Project. Everything else in the template (styles, headers and
// footers, pictures, numbering, the closing guidance chapter) is kept byte
// for byte, so the filled document looks like the template. A case system
// can so hand a project manager a pre-filled mandate.
//
// # How the template is filled
//
// Write reads word/document.xml once into a tree of element spans over the
// original bytes (encoding/xml's RawToken, with namespace prefixes
// resolved), decides what to replace, and splices new XML in at element
// boundaries: every byte it does not replace is copied unchanged, and
// ooxml's Rewrite checks the part is well-formed before the package is
// written. No XML is re-encoded, so nothing Word wrote and Go's encoder
// would not round-trip (namespace prefixes, mc:Ignorable content) is lost.
//
// The sections come from the table of Digdir's headings of the template's
// version, whose keys are JSON paths into the document: for each heading
// of the template whose text equals, once normalised, a section's title in
// the language, the field at the section's key is written under it, so that
// a field added to a document type and keyed in the table is written
// without code changes here. A section whose field is empty keeps the
// template's guidance, for the author to answer. Otherwise every paragraph
// under the heading that holds text or a drawing (the guidance, whether in
// the style Hjelpetekst or in brackets, and the template's sample text) is
// removed, bookmarks kept, and the field is written right after the
// heading:
//
//   - Text (a Section's Text, a string) becomes paragraphs in the
//     template's default paragraph style, one per block separated by a
//     blank line ("\n\n"); a single "\n" is a line break (w:br), a tab a
//     tab. Lines starting "- " become list paragraphs in the template's
//     bulleted list (style «List Paragraph» with a bullet numbering the
//     template uses), without the "- ". "\r\n" and "\r" count as "\n".
//   - A Section's Parts become headings one level below the section's, in
//     the template's heading style of that level, each followed by its
//     text.
//   - A list of texts becomes list paragraphs, one per item.
//   - A list of records becomes a table: the first table of the template
//     under the heading when its header row takes every column with
//     values, filled row by row in the formatting of its first data row;
//     else a new table in that table's place (or after the text), with its
//     table properties, and a header row of the columns' titles. A header
//     cell takes the column whose title it reads, or whose values the
//     template's rows already hold (the BP1 checklist's numbers and
//     questions); cells left over take the columns left over in order when
//     there are as many and one of them was matched so, or both are one. A
//     cell holds a value as text, a list of texts one paragraph per item,
//     anything deeper as JSON.
//   - Any other record is written field by field: a field named "intro"
//     or "text" directly, a list of records as a table, any other field
//     under a heading one level down titled by the field's title. Fields
//     that are sections of their own in the table are left to their own
//     heading.
//   - Dates are written as Norwegian documents write them ("25.02.2020"),
//     other typed values by their wire codes, yes/no as «ja»/«nei»
//     («yes»/«no» in English).
//
// Titles come from the section table and the type's field titles
// (titleOf), in the language, falling back to the field's JSON name.
// A section of the table whose heading the template lacks (a caller's
// template) is written under Digdir's heading, and its chapter's when that
// is missing too, after the nearest section before it that the template
// has. The fields of the document that no section holds, then
// Header.Extra, are written as headings before the closing guidance
// chapter (Veiledning, Rettleiing), or at the end of the document when it
// has none.
//
// From the header, Project replaces the cover's placeholder; the decision
// box takes ProjectNumber, CaseNumber (labelled «Journalnummer» in the
// final report), ProcessedDate, ProcessedBy, PreparedBy, Decision,
// Staffing, NextPhaseDone and Signature, each below (or, for
// Beslutning/Vedtak and the staffing lines, beside) its label; the change
// log and the distribution log get one row per entry, in the formatting of
// the template's first row, recipients one paragraph each.
// Organisation, Status, the typed Outcome and TemplateVersion have no
// place in Digdir's templates and are not written. An empty field leaves
// the template's placeholder («<dato>», «<navn>») for the author.
//
// # Errors
//
// A nil document is a *phase.PathError; text Word cannot hold is a
// *phase.PathError wrapping ErrInvalidText and naming the field
// ("background.text"); a missing template is ErrNoTemplate, an unusable
// one ErrBadTemplate. Nothing is written to w unless the whole document
// could be made; an error from w itself may leave a partial file behind.
//
// Write is safe for concurrent use: it reads d and the template and changes
// neither.
func Write(w io.Writer, d Document, o WriteOptions) error {
	if d == nil || reflect.ValueOf(d).IsNil() {
		return &phase.PathError{Op: "write", Err: errors.New("nil document")}
	}
	t := d.Template()
	h := d.Head()
	versions := []string{o.Version}
	if o.Version == "" && h.TemplateVersion != "" {
		versions = []string{h.TemplateVersion, ""}
	}
	var (
		tv  templateVersion
		tpl = o.Template
	)
	found := false
	for _, v := range versions {
		var ok bool
		if tv, ok = versionOf(t, v); !ok {
			continue
		}
		if o.Template == nil {
			if tpl, ok = DigdirTemplate(t, o.Language, tv.version); !ok {
				continue
			}
		}
		found = true
		break
	}
	if !found {
		return &phase.PathError{Op: "write", Err: errs.Kind(ErrNoTemplate,
			fmt.Errorf("%s in %s, version %q", t, o.Language, versions[0]))}
	}
	part, out, err := fillTemplate(tpl, d, h, t, tv, o.Language)
	if err != nil {
		return err
	}
	return part.Rewrite(w, out)
}

// fillTemplate opens the template, fills its main part and returns the
// package with the parts to replace.
func fillTemplate(tpl []byte, d Document, h Header, t Template, tv templateVersion, l phase.Language) (*ooxml.Package, map[string][]byte, error) {
	bad := func(err error) error {
		return &phase.PathError{Op: "write", Path: "", Err: errs.Kind(ErrBadTemplate, err)}
	}
	pkg, err := ooxml.Open(bytes.NewReader(tpl), int64(len(tpl)), ooxml.Options{})
	if err != nil {
		return nil, nil, bad(err)
	}
	doc, err := pkg.Document()
	if err != nil {
		return nil, nil, bad(err)
	}
	main, err := pkg.Part(doc.Part)
	if err != nil {
		return nil, nil, bad(err)
	}
	s, err := scan(main, ooxml.DefaultMaxDepth)
	switch {
	case err != nil:
	case s.body == nil:
		err = errNoBody
	case s.wPrefix == "":
		// The attributes the writer makes (w:val) need a prefix; Word and
		// LibreOffice always bind one.
		err = errNoPrefix
	}
	if err != nil {
		return nil, nil, bad(err)
	}
	f := newFiller(s, doc.Styles, l, t, tv)
	f.pkg, f.docPart = pkg, doc.Part
	if err := f.fill(reflect.ValueOf(d).Elem(), h); err != nil {
		return nil, nil, err
	}
	filled, err := splice(main, f.edits)
	if err != nil {
		return nil, nil, &phase.PathError{Op: "write", Err: err}
	}
	return pkg, map[string][]byte{doc.Part: filled}, nil
}
