package stakeholder

import (
	"strings"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser/internal/validate"
)

// OrgNumber is a Norwegian organisation number (organisasjonsnummer) from
// the Central Coordinating Register for Legal Entities: nine digits, the
// last a MOD11 check digit. Its canonical form is the nine digits,
// "974760673"; the zero value "" means "not given".
//
// Struct fields of this type take the validator tag `orgnr`.
type OrgNumber string

// maxOrgNumberInput bounds the input ParseOrgNumber looks at.
const maxOrgNumberInput = 64

// ParseOrgNumber reads an organisation number as people write it:
// "974760673", "974 760 673", "974.760.673", and the VAT forms
// "NO 974760673 MVA" or "NO974760673MVA" (prefix "NO" and suffix "MVA" in
// any case, each optional). Digits may be grouped by single spaces
// (also non-breaking), dots or hyphens. Anything else, a wrong number of
// digits or a wrong check digit gives an *OrgNumberError wrapping
// ErrInvalidOrgNumber.
func ParseOrgNumber(s string) (OrgNumber, error) {
	fail := func(reason string) (OrgNumber, error) {
		return "", &OrgNumberError{Input: s, Reason: reason}
	}
	if len(s) > maxOrgNumberInput {
		return fail("too long")
	}
	if !utf8.ValidString(s) {
		return fail("not valid UTF-8")
	}
	t := trimSpace(s)
	if len(t) >= 2 && strings.EqualFold(t[:2], "NO") {
		t = trimSpace(t[2:])
	}
	if len(t) >= 3 && strings.EqualFold(t[len(t)-3:], "MVA") {
		t = trimSpace(t[:len(t)-3])
	}
	var digits [9]byte
	n := 0
	prevSep := true // no separator before the first digit
	for _, r := range t {
		switch {
		case r >= '0' && r <= '9':
			if n == len(digits) {
				return fail("more than nine digits")
			}
			digits[n] = byte(r)
			n++
			prevSep = false
		case isGroupSeparator(r):
			if prevSep {
				return fail("misplaced separator")
			}
			prevSep = true
		default:
			return fail("unexpected character " + quoteRune(r))
		}
	}
	switch {
	case n == 0:
		return fail("no digits")
	case prevSep:
		return fail("misplaced separator")
	case n < len(digits):
		return fail("fewer than nine digits")
	}
	num := string(digits[:])
	if !validate.OrgNumberOK(num) {
		return fail("check digit does not match")
	}
	return OrgNumber(num), nil
}

// MustOrgNumber is like ParseOrgNumber but panics on error. Use it only for
// constants in examples and tests.
func MustOrgNumber(s string) OrgNumber {
	n, err := ParseOrgNumber(s)
	if err != nil {
		panic(err)
	}
	return n
}

func isGroupSeparator(r rune) bool {
	return r == ' ' || r == '\u00a0' || r == '\u202f' || r == '.' || r == '-'
}

func trimSpace(s string) string {
	return strings.TrimFunc(s, func(r rune) bool { return r == ' ' || r == '\t' || r == '\u00a0' || r == '\u202f' })
}

func quoteRune(r rune) string {
	if r == utf8.RuneError {
		return "U+FFFD"
	}
	return "'" + string(r) + "'"
}

// IsValid reports whether n is nine digits with a correct check digit.
// The zero OrgNumber is not valid; optional fields are checked with
// `validate:"omitempty,orgnr"`.
func (n OrgNumber) IsValid() bool { return validate.OrgNumberOK(string(n)) }

// String returns the canonical nine digits.
func (n OrgNumber) String() string { return string(n) }

// Format returns the number grouped as people write it, "974 760 673", or
// the canonical form when n is not valid.
func (n OrgNumber) Format() string {
	if !n.IsValid() {
		return string(n)
	}
	return string(n[:3]) + " " + string(n[3:6]) + " " + string(n[6:])
}

// MarshalText encodes n in canonical form; the zero OrgNumber as "". An
// invalid number is an *OrgNumberError.
func (n OrgNumber) MarshalText() ([]byte, error) {
	if n != "" && !n.IsValid() {
		return nil, &OrgNumberError{Input: string(n), Reason: "not a valid organisation number"}
	}
	return []byte(n), nil
}

// UnmarshalText decodes what ParseOrgNumber reads; "" gives the zero
// OrgNumber. On error n is unchanged.
func (n *OrgNumber) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*n = ""
		return nil
	}
	v, err := ParseOrgNumber(string(b))
	if err != nil {
		return err
	}
	*n = v
	return nil
}
