package phase

import (
	"errors"
	"strconv"
	"strings"
)

// ErrInvalidReference reports a case-archive reference (a CaseNumber or a
// RecordID) that is malformed.
var ErrInvalidReference = errors.New("veiviser: invalid case-archive reference")

// ReferenceError reports a case-archive reference that does not read: the
// input and why. It wraps ErrInvalidReference.
type ReferenceError struct {
	Kind   string // "case number" or "record ID"
	Input  string // the text as given
	Reason string // what is wrong, in English
}

// Error returns developer-facing text.
func (e *ReferenceError) Error() string {
	return "veiviser: invalid " + e.Kind + " " + strconv.Quote(e.Input) + ": " + e.Reason
}

// Unwrap returns ErrInvalidReference.
func (e *ReferenceError) Unwrap() error { return ErrInvalidReference }

// CaseNumber is a case's number in the case archive, its saksnummer: the
// year the case was opened (saksår) and its sequence number within that
// year (sakssekvensnummer), written "2021/1234". The zero CaseNumber means
// none is known.
//
// Source: Noark 5 version 5.0, vedlegg 1 Metadatakatalog (Arkivverket,
// github.com/arkivverket/noark5-standard, kapitler/110-vedlegg_1_metadatakatalog.rst):
// M011 saksaar "viser året saksmappen ble opprettet", M012
// sakssekvensnummer "viser rekkefølgen når saksmappen ble opprettet
// innenfor året", together "oftest bare kalt «saksnummer»" and carried on
// as M003 mappeID. The form "2011/3869" is the standard's own example
// (under M004). The standard does not fix the width of either part, nor
// what people write otherwise: the stored form is this package's choice
// (a four-digit year, a sequence number without leading zeros), and
// ParseCaseNumber reads the variants documented there.
type CaseNumber struct {
	Year     int // saksår, four digits
	Sequence int // sakssekvensnummer, from 1
}

// maxSequence bounds sequence and record numbers, so that every valid
// reference fits an int on any platform and in JSON Schema's integers.
const maxSequence = 1<<31 - 1

// IsZero reports whether c is the zero CaseNumber (none known).
func (c CaseNumber) IsZero() bool { return c == CaseNumber{} }

// IsValid reports whether c has a four-digit year (1000 to 9999) and a
// sequence number from 1.
func (c CaseNumber) IsValid() bool {
	return c.Year >= 1000 && c.Year <= 9999 && c.Sequence >= 1 && c.Sequence <= maxSequence
}

// String returns the stored form "2021/1234", "" for the zero CaseNumber.
func (c CaseNumber) String() string {
	if c.IsZero() {
		return ""
	}
	return strconv.Itoa(c.Year) + "/" + strconv.Itoa(c.Sequence)
}

// MarshalText encodes c in its stored form; the zero CaseNumber as "". An
// invalid CaseNumber is an error.
func (c CaseNumber) MarshalText() ([]byte, error) {
	if !c.IsZero() && !c.IsValid() {
		return nil, &ReferenceError{Kind: "case number", Input: c.String(), Reason: "not a four-digit year and a sequence number from 1"}
	}
	return []byte(c.String()), nil
}

// UnmarshalText decodes the stored form exactly ("2021/1234"; "" is the
// zero CaseNumber): stored data is read as it was written. Use
// ParseCaseNumber for what people write. On error c is unchanged.
func (c *CaseNumber) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*c = CaseNumber{}
		return nil
	}
	v, err := ParseCaseNumber(string(b))
	if err == nil && v.String() != string(b) {
		err = &ReferenceError{Kind: "case number", Input: string(b), Reason: "not in the stored form " + strconv.Quote(v.String())}
	}
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseCaseNumber reads a case number as people write it: "2021/1234",
// with white space around the whole and around the slash ("2021 / 1234")
// and leading zeros in the sequence number ("2021/01234"). A two-digit
// year ("21/1234") is an error: the standard does not say which century it
// means, and this package does not guess. Any other form is a
// *ReferenceError wrapping ErrInvalidReference.
func ParseCaseNumber(s string) (CaseNumber, error) {
	year, seq, ok := strings.Cut(s, "/")
	if !ok {
		return CaseNumber{}, &ReferenceError{Kind: "case number", Input: s, Reason: `want year/number, such as "2021/1234"`}
	}
	c, err := caseParts(s, year, seq)
	if err != nil {
		return CaseNumber{}, err
	}
	return c, nil
}

func caseParts(input, year, seq string) (CaseNumber, error) {
	bad := func(reason string) (CaseNumber, error) {
		return CaseNumber{}, &ReferenceError{Kind: "case number", Input: input, Reason: reason}
	}
	year, seq = strings.TrimSpace(year), strings.TrimSpace(seq)
	if len(year) != 4 || !digits(year) {
		return bad("the year (saksår) needs four digits")
	}
	y, _ := strconv.Atoi(year)
	n, ok := number(seq)
	if !ok {
		return bad("the sequence number (sakssekvensnummer) needs digits, from 1")
	}
	c := CaseNumber{Year: y, Sequence: n}
	if !c.IsValid() {
		return bad("not a four-digit year and a sequence number from 1")
	}
	return c, nil
}

// RecordID identifies a registration (a journalpost) in a case: its case
// number and its number within the case (journalpostnummer), written
// "2021/1234-8". The zero RecordID means none is known.
//
// Source: Noark 5 version 5.0, vedlegg 1 Metadatakatalog (see
// CaseNumber): M004 registreringsID "kan arve M003 mappeID fra mappe og
// kombinere det med M015 journalpostnummer", with the example "2011/3869-8,
// dvs. dokument nummer 8 i saksnummer 2011/3869". M015 "viser rekkefølgen
// på journalpostene innenfor saksmappen". The standard lets an archive use
// another form of registreringsID elsewhere; this type holds the form of
// case archives only.
type RecordID struct {
	Case   CaseNumber // the case (saksnummer)
	Number int        // journalpostnummer, from 1
}

// IsZero reports whether r is the zero RecordID (none known).
func (r RecordID) IsZero() bool { return r == RecordID{} }

// IsValid reports whether r has a valid case number and a number from 1.
func (r RecordID) IsValid() bool {
	return r.Case.IsValid() && r.Number >= 1 && r.Number <= maxSequence
}

// String returns the stored form "2021/1234-8", "" for the zero RecordID.
func (r RecordID) String() string {
	if r.IsZero() {
		return ""
	}
	return r.Case.String() + "-" + strconv.Itoa(r.Number)
}

// MarshalText encodes r in its stored form; the zero RecordID as "". An
// invalid RecordID is an error.
func (r RecordID) MarshalText() ([]byte, error) {
	if !r.IsZero() && !r.IsValid() {
		return nil, &ReferenceError{Kind: "record ID", Input: r.String(), Reason: "not a case number and a number from 1"}
	}
	return []byte(r.String()), nil
}

// UnmarshalText decodes the stored form exactly ("2021/1234-8"; "" is the
// zero RecordID). Use ParseRecordID for what people write. On error r is
// unchanged.
func (r *RecordID) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*r = RecordID{}
		return nil
	}
	v, err := ParseRecordID(string(b))
	if err == nil && v.String() != string(b) {
		err = &ReferenceError{Kind: "record ID", Input: string(b), Reason: "not in the stored form " + strconv.Quote(v.String())}
	}
	if err != nil {
		return err
	}
	*r = v
	return nil
}

// ParseRecordID reads a record ID as people write it: "2021/1234-8", with
// the variants ParseCaseNumber reads in the case number, white space
// around the dash, an en dash for the dash ("2021/1234–8", as word
// processors write it) and leading zeros in the number. Any other form is
// a *ReferenceError wrapping ErrInvalidReference.
func ParseRecordID(s string) (RecordID, error) {
	t := strings.Replace(s, "–", "-", 1)
	year, rest, ok := strings.Cut(t, "/")
	seq, no, ok2 := strings.Cut(rest, "-")
	if !ok || !ok2 {
		return RecordID{}, &ReferenceError{Kind: "record ID", Input: s, Reason: `want year/number-number, such as "2021/1234-8"`}
	}
	c, err := caseParts(s, year, seq)
	if err != nil {
		err.(*ReferenceError).Kind = "record ID"
		return RecordID{}, err
	}
	n, ok := number(strings.TrimSpace(no))
	if !ok {
		return RecordID{}, &ReferenceError{Kind: "record ID", Input: s, Reason: "the record number (journalpostnummer) needs digits, from 1"}
	}
	return RecordID{Case: c, Number: n}, nil
}

// number reads digits, leading zeros allowed, as a number from 1 to
// maxSequence.
func number(s string) (int, bool) {
	if s == "" || !digits(s) {
		return 0, false
	}
	s = strings.TrimLeft(s, "0")
	if s == "" || len(s) > 10 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	return n, err == nil && n >= 1 && n <= maxSequence
}

func digits(s string) bool {
	for i := range len(s) {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
