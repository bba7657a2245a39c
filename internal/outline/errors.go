package outline

import (
	"errors"
	"strconv"
	"strings"
)

// Errors about text and Markdown input. ReadText and ReadMarkdown return
// them wrapped in an *InputError that says where; match them with
// errors.Is. Input over TextOptions.MaxBytes is reported the same way with
// phase.ErrTooLarge, the module's one sentinel for input over a limit.
var (
	// ErrEncoding reports text that is neither UTF-8 nor UTF-16 with a
	// byte order mark. Most often it is a text export saved in Windows'
	// "Western European" encoding (Windows-1252), where æ, ø and å are
	// single bytes: the remedy is to save it as UTF-8.
	ErrEncoding = errors.New("veiviser: text is not UTF-8")
	// ErrNotText reports input that is not text at all: it holds NUL bytes,
	// or starts like a zip archive (a .docx), a PDF or an Office 97–2003
	// file.
	ErrNotText = errors.New("veiviser: not a text file")
)

// InputError reports text or Markdown input that cannot be read, and
// where. Err is ErrEncoding, ErrNotText or phase.ErrTooLarge; Cause, when
// not nil, says more ("byte 0xf8", "starts like a zip archive").
// errors.Is matches both.
type InputError struct {
	Format Format // Text or Markdown
	Line   int    // 1-based line of the problem, or 0 for the input as a whole
	Column int    // 1-based byte offset in the line, or 0
	Err    error
	Cause  error
}

// Error returns developer-facing text such as "veiviser: text is not
// UTF-8: markdown line 12, column 40: byte 0xf8".
func (e *InputError) Error() string {
	var b strings.Builder
	if e.Err != nil {
		b.WriteString(e.Err.Error())
	} else {
		b.WriteString("veiviser: unreadable input")
	}
	if e.Line > 0 {
		b.WriteString(": ")
		if e.Format.IsValid() {
			b.WriteString(e.Format.String())
			b.WriteString(" ")
		}
		b.WriteString("line ")
		b.WriteString(strconv.Itoa(e.Line))
		if e.Column > 0 {
			b.WriteString(", column ")
			b.WriteString(strconv.Itoa(e.Column))
		}
	}
	if e.Cause != nil {
		b.WriteString(": ")
		b.WriteString(strings.TrimPrefix(e.Cause.Error(), "veiviser: "))
	}
	return b.String()
}

// Unwrap returns Err and Cause.
func (e *InputError) Unwrap() []error {
	var errs []error
	for _, err := range []error{e.Err, e.Cause} {
		if err != nil {
			errs = append(errs, err)
		}
	}
	return errs
}
