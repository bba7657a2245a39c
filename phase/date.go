package phase

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// Date is a calendar date with no time of day and no time zone, as decisions
// and plans are dated in Norwegian public administration. The zero value is
// "no date"; it marshals to the empty string.
//
// The library never reads the clock: callers pass dates in.
type Date struct {
	Year  int
	Month time.Month
	Day   int
}

// NewDate returns the date y-m-d, or an error wrapping ErrInvalidDate when
// there is no such day.
func NewDate(y int, m time.Month, d int) (Date, error) {
	dt := Date{y, m, d}
	if !dt.IsValid() {
		return Date{}, fmt.Errorf("%w: %04d-%02d-%02d is not a calendar day", ErrInvalidDate, y, int(m), d)
	}
	return dt, nil
}

// MustDate is like ParseDate but panics on error. Use it only for constants
// in examples and tests.
func MustDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// DateOf returns the calendar date of t in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return Date{y, m, d}
}

// IsZero reports whether d is the zero Date.
func (d Date) IsZero() bool { return d == Date{} }

// IsValid reports whether d is a real calendar day in years 1000 to 9999.
func (d Date) IsValid() bool {
	if d.Year < 1000 || d.Year > 9999 || d.Month < time.January || d.Month > time.December || d.Day < 1 {
		return false
	}
	return d.Day <= daysIn(d.Month, d.Year)
}

// daysIn returns the number of days in month m of year y (Gregorian).
func daysIn(m time.Month, y int) int {
	switch m {
	case time.February:
		if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
			return 29
		}
		return 28
	case time.April, time.June, time.September, time.November:
		return 30
	}
	return 31
}

// Time returns midnight UTC at the start of d.
func (d Date) Time() time.Time { return time.Date(d.Year, d.Month, d.Day, 0, 0, 0, 0, time.UTC) }

// Compare returns -1, 0 or +1 as d is before, equal to or after e.
func (d Date) Compare(e Date) int {
	switch {
	case d.Year != e.Year:
		return cmpInt(d.Year, e.Year)
	case d.Month != e.Month:
		return cmpInt(int(d.Month), int(e.Month))
	default:
		return cmpInt(d.Day, e.Day)
	}
}

func cmpInt(a, b int) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// Before reports whether d is before e.
func (d Date) Before(e Date) bool { return d.Compare(e) < 0 }

// After reports whether d is after e.
func (d Date) After(e Date) bool { return d.Compare(e) > 0 }

// AddDays returns the date n days after d (before, for negative n).
func (d Date) AddDays(n int) Date { return DateOf(d.Time().AddDate(0, 0, n)) }

// DaysUntil returns the number of days from d to e (negative when e is earlier).
func (d Date) DaysUntil(e Date) int { return int((e.Time().Unix() - d.Time().Unix()) / 86400) }

// String returns the ISO 8601 form "2020-02-25", or "" for the zero Date.
func (d Date) String() string {
	if d.IsZero() {
		return ""
	}
	return string(d.appendISO(make([]byte, 0, 10)))
}

// Norwegian returns the form used in Norwegian documents, "25.02.2020".
func (d Date) Norwegian() string {
	if d.IsZero() {
		return ""
	}
	if !d.plain() {
		return fmt.Sprintf("%02d.%02d.%04d", d.Day, int(d.Month), d.Year)
	}
	y, m, day := uint(d.Year), uint(d.Month), uint(d.Day)
	return string([]byte{
		pairs[2*day], pairs[2*day+1], '.', pairs[2*m], pairs[2*m+1], '.',
		pairs[2*(y/100)], pairs[2*(y/100)+1], pairs[2*(y%100)], pairs[2*(y%100)+1],
	})
}

// appendISO appends the ISO 8601 form of d, "2020-02-25", to b: what
// String returns for a date that is not zero.
func (d Date) appendISO(b []byte) []byte {
	if !d.plain() {
		return fmt.Appendf(b, "%04d-%02d-%02d", d.Year, int(d.Month), d.Day)
	}
	y, m, day := uint(d.Year), uint(d.Month), uint(d.Day)
	return append(b,
		pairs[2*(y/100)], pairs[2*(y/100)+1], pairs[2*(y%100)], pairs[2*(y%100)+1], '-',
		pairs[2*m], pairs[2*m+1], '-', pairs[2*day], pairs[2*day+1])
}

// plain reports whether every field of d fits its printed width without a
// sign (a year of at most four digits, a month and a day of at most two),
// which is when pairs gives what fmt's %04d and %02d would print. Every
// valid date is plain; the rest are printed through fmt.
func (d Date) plain() bool {
	return d.Year >= 0 && d.Year <= 9999 && d.Month >= 0 && d.Month <= 99 && d.Day >= 0 && d.Day <= 99
}

// pairs holds the numbers 00 to 99 as two digits each: number n is at
// pairs[2n:2n+2]. Dates are written two digits at a time, which a benefit
// plan's thousands of measurement dates make worth it (issue 14).
const pairs = "00010203040506070809" +
	"10111213141516171819" +
	"20212223242526272829" +
	"30313233343536373839" +
	"40414243444546474849" +
	"50515253545556575859" +
	"60616263646566676869" +
	"70717273747576777879" +
	"80818283848586878889" +
	"90919293949596979899"

// MarshalText encodes d as "2020-02-25"; the zero Date as "".
func (d Date) MarshalText() ([]byte, error) {
	return d.AppendText(make([]byte, 0, 10))
}

// AppendText appends what MarshalText returns to b (encoding.TextAppender):
// "2020-02-25", nothing for the zero Date, and an error wrapping
// ErrInvalidDate for a date that is not a calendar day.
func (d Date) AppendText(b []byte) ([]byte, error) {
	if d.IsZero() {
		return b, nil
	}
	if !d.IsValid() {
		return nil, fmt.Errorf("%w: %d-%d-%d", ErrInvalidDate, d.Year, int(d.Month), d.Day)
	}
	return d.appendISO(b), nil
}

// UnmarshalText decodes what ParseDate reads; "" gives the zero Date.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	if v, ok := storedDate(b); ok {
		*d = v // the stored form, read without ParseDate's checks of what people write
		return nil
	}
	v, err := ParseDate(string(b))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// storedDate reads b when it is a valid date in the form MarshalText
// writes ("2020-02-25"), and reports whether it was; anything else is
// ParseDate's, which gives the error.
func storedDate(b []byte) (Date, bool) {
	if len(b) != 10 || b[4] != '-' || b[7] != '-' {
		return Date{}, false
	}
	n := func(b []byte) (int, bool) {
		v := 0
		for _, c := range b {
			if c < '0' || c > '9' {
				return 0, false
			}
			v = v*10 + int(c-'0')
		}
		return v, true
	}
	y, ok1 := n(b[:4])
	m, ok2 := n(b[5:7])
	day, ok3 := n(b[8:])
	v := Date{Year: y, Month: time.Month(m), Day: day}
	return v, ok1 && ok2 && ok3 && v.IsValid()
}

// ParseDate reads a date as ISO 8601 ("2020-02-25") or as Norwegian
// documents write it ("25.02.2020", "25.2.2020"). Two-digit years, template
// placeholders ("<dato>", "xx.xx.xx", "dd.mm.åååå") and days that do not
// exist are errors wrapping ErrInvalidDate.
func ParseDate(s string) (Date, error) {
	t := strings.TrimSpace(s)
	if IsPlaceholder(t) {
		return Date{}, fmt.Errorf("%w: %q is a template placeholder", ErrInvalidDate, s)
	}
	var parts []string
	var y, m, d int
	switch {
	case strings.Count(t, "-") == 2:
		parts = strings.Split(t, "-")
		if len(parts[0]) != 4 {
			return Date{}, fmt.Errorf("%w: %q", ErrInvalidDate, s)
		}
		y, m, d = atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
	case strings.Count(t, ".") == 2:
		parts = strings.Split(t, ".")
		if len(parts[2]) != 4 {
			return Date{}, fmt.Errorf("%w: %q needs a four-digit year", ErrInvalidDate, s)
		}
		d, m, y = atoi(parts[0]), atoi(parts[1]), atoi(parts[2])
	default:
		return Date{}, fmt.Errorf("%w: %q", ErrInvalidDate, s)
	}
	for _, p := range parts {
		if p == "" || len(p) > 4 {
			return Date{}, fmt.Errorf("%w: %q", ErrInvalidDate, s)
		}
	}
	if y < 0 || m < 0 || d < 0 {
		return Date{}, fmt.Errorf("%w: %q", ErrInvalidDate, s)
	}
	return NewDate(y, time.Month(m), d)
}

// atoi returns the value of a string of ASCII digits, or -1.
func atoi(s string) int {
	for _, r := range s {
		if r < '0' || r > '9' {
			return -1
		}
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}
