package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// DateField is a date field of a template as the author filled it in: a
// calendar date, or the text written instead when it is not one, such as
// the placeholder "<dato>" that seed 000 leaves in its decision box. At most
// one of Date and Text is set; the zero DateField is an empty field.
//
// In JSON a DateField is a string: "2020-02-25" for a date, the text as
// written otherwise. Reading accepts what phase.ParseDate reads
// ("25.02.2020" too); any other string is kept as Text for Validate to
// report, never silently dropped.
type DateField struct {
	Date phase.Date
	Text string
}

// DateOn returns a DateField holding d.
func DateOn(d phase.Date) DateField { return DateField{Date: d} }

// IsZero reports whether the field is empty.
func (f DateField) IsZero() bool { return f.Date.IsZero() && f.Text == "" }

// IsDate reports whether the field holds a valid calendar date and no text.
func (f DateField) IsDate() bool { return f.Text == "" && f.Date.IsValid() }

// String returns the field as written in Norwegian documents: "25.02.2020",
// or the text.
func (f DateField) String() string {
	if f.Text != "" {
		return f.Text
	}
	return f.Date.Norwegian()
}

// MarshalText encodes the field: the text when set, else the date.
func (f DateField) MarshalText() ([]byte, error) {
	if f.Text != "" {
		return []byte(f.Text), nil
	}
	return f.Date.MarshalText()
}

// UnmarshalText reads a date, or keeps any other text as written.
func (f *DateField) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*f = DateField{}
		return nil
	}
	d, err := phase.ParseDate(string(b))
	if err != nil {
		*f = DateField{Text: string(b)}
		return nil
	}
	*f = DateField{Date: d}
	return nil
}
