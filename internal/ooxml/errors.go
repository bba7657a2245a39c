package ooxml

import (
	"errors"
	"strconv"
)

// Errors about what the input is. Open, Read and ReadBytes return them as
// they are when the input as a whole is not a Word document; match them with
// errors.Is. Each names what the input was found to be, so that a caller can
// tell the user ("this is a PDF; save the document as .docx").
var (
	// ErrNotZip reports input that is not a zip archive, and so not an
	// Office Open XML package, and none of the other formats named here.
	ErrNotZip = errors.New("veiviser: not a zip archive")
	// ErrPDF reports a PDF file (it starts with "%PDF-").
	ErrPDF = errors.New("veiviser: a PDF file, not a Word document")
	// ErrLegacyDoc reports a binary Word 97–2003 document (.doc): an OLE
	// compound file holding a "WordDocument" stream.
	ErrLegacyDoc = errors.New("veiviser: a Word 97-2003 .doc file, not .docx")
	// ErrEncrypted reports a password-protected Office document: an OLE
	// compound file holding an "EncryptedPackage" stream, which is how
	// Office stores an encrypted .docx (or .xlsx, .pptx).
	ErrEncrypted = errors.New("veiviser: a password-protected document")
	// ErrSpreadsheet reports a spreadsheet: an .xlsx package (or a binary
	// .xls compound file) given where a Word document was expected.
	ErrSpreadsheet = errors.New("veiviser: a spreadsheet, not a Word document")
	// ErrPresentation reports a presentation: a .pptx package (or a binary
	// .ppt compound file) given where a Word document was expected.
	ErrPresentation = errors.New("veiviser: a presentation, not a Word document")
	// ErrNotWordDocument reports a zip archive or compound file that holds
	// no Word main document part, or whose main part is not a w:document.
	ErrNotWordDocument = errors.New("veiviser: not a Word document")
)

// Errors about what is wrong inside a package. They are wrapped in a
// *FormatError that names the part (and for XML, the line and column);
// match them with errors.Is.
var (
	// ErrCorrupt reports a damaged package: a zip structure or a part's
	// compressed data that cannot be read (bad checksum, truncated data).
	ErrCorrupt = errors.New("veiviser: damaged document package")
	// ErrMissingPart reports a part that the package refers to (from
	// _rels/.rels or [Content_Types].xml) but does not hold.
	ErrMissingPart = errors.New("veiviser: missing document part")
	// ErrMalformedXML reports a part that is not well-formed XML, or not
	// UTF-8 encoded.
	ErrMalformedXML = errors.New("veiviser: malformed XML")
	// ErrTooLarge reports a part, or the package as a whole, over the size
	// limits (Limits.MaxPartBytes, Limits.MaxTotalBytes).
	ErrTooLarge = errors.New("veiviser: document too large")
	// ErrCompressionRatio reports a part that expands more than
	// Limits.MaxRatio times: the mark of a zip bomb.
	ErrCompressionRatio = errors.New("veiviser: suspicious compression ratio")
	// ErrTooManyParts reports a package with more zip entries than
	// Limits.MaxParts.
	ErrTooManyParts = errors.New("veiviser: too many parts in the package")
	// ErrTooDeep reports XML nested deeper than Limits.MaxDepth (for
	// example tables nested in tables), or fields nested as deep.
	ErrTooDeep = errors.New("veiviser: document nested too deeply")
	// ErrPartName reports a part name that Rewrite refuses: empty, absolute,
	// with a backslash, an empty, "." or ".." segment, or a trailing slash.
	ErrPartName = errors.New("veiviser: invalid part name")
)

// FormatError reports where in a package a problem lies. Err is one of the
// sentinels above (ErrMalformedXML, ErrTooLarge, …), Cause the underlying
// error when there is one (an *xml.SyntaxError, a zip or flate error, or a
// text with the numbers of a limit). errors.Is matches both.
//
// Part is the part name inside the package ("word/document.xml"), or "" for
// the package as a whole. Line and Column are 1-based positions in Part for
// XML problems, where the XML decoder stopped; 0 when not known.
type FormatError struct {
	Part   string
	Line   int
	Column int
	Err    error
	Cause  error
}

// Error returns developer-facing text such as
// "veiviser: malformed XML: word/document.xml:12:40: unexpected EOF".
func (e *FormatError) Error() string {
	msg := "veiviser: unknown problem"
	if e.Err != nil {
		msg = e.Err.Error()
	}
	if e.Part != "" {
		msg += ": " + e.Part
		if e.Line > 0 {
			msg += ":" + strconv.Itoa(e.Line) + ":" + strconv.Itoa(e.Column)
		}
	}
	if e.Cause != nil {
		msg += ": " + e.Cause.Error()
	}
	return msg
}

// Unwrap returns Err and Cause.
func (e *FormatError) Unwrap() []error {
	if e.Cause == nil {
		return []error{e.Err}
	}
	return []error{e.Err, e.Cause}
}
