package benefit

import (
	"encoding/json"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser/internal/canon"
	"github.com/digitale-helgeland/veiviser/phase"
)

// FuzzMeasurementJSON checks Measurement.MarshalJSON against encoding/json
// on the same fields without the method, for any date, value and comment
// (text JSON escapes, invalid UTF-8): the same bytes, or an error on both.
func FuzzMeasurementJSON(f *testing.F) {
	type plain struct {
		Date    phase.Date `json:"date"`
		Value   Quantity   `json:"value"`
		Comment string     `json:"comment,omitempty"`
	}
	f.Add(2021, 7, 21, int64(100_000), "")
	f.Add(0, 0, 0, int64(-1250), "Første måling <merk> & \"sitat\" \u2028")
	f.Add(2021, 2, 30, int64(1), "x")
	f.Add(2021, 1, 1, int64(MaxQuantity)+1, "")
	f.Add(2021, 1, 1, int64(5), "\xff\x00\t")
	f.Fuzz(func(t *testing.T, y, mo, d int, v int64, comment string) {
		m := Measurement{Date: phase.Date{Year: y, Month: time.Month(mo), Day: d}, Value: Quantity(v), Comment: comment}
		for _, html := range []bool{true, false} {
			check(t, m, plain(m), html)
		}
	})
}

// check encodes m, in a list as a plan holds it, and p with escapeHTML html.
func check(t *testing.T, m Measurement, p any, html bool) {
	t.Helper()
	enc := func(v any) (string, error) {
		var b strings.Builder
		e := json.NewEncoder(&b)
		e.SetEscapeHTML(html)
		err := e.Encode(v)
		return strings.TrimSuffix(b.String(), "\n"), err
	}
	want, wantErr := enc(p)
	got, err := enc([]Measurement{m})
	if (err != nil) != (wantErr != nil) {
		t.Fatalf("%+v: error %v, encoding/json %v", m, err, wantErr)
	}
	if err != nil {
		if errors.Is(wantErr, phase.ErrInvalidDate) != errors.Is(err, phase.ErrInvalidDate) || errors.Is(wantErr, ErrOverflow) != errors.Is(err, ErrOverflow) {
			t.Errorf("%+v: error %v, encoding/json %v", m, err, wantErr)
		}
		return
	}
	if got != "["+want+"]" {
		t.Errorf("%+v (escapeHTML %v):\n got %s\nwant [%s]", m, html, got, want)
	}
}

// FuzzAppendCanonical holds Measurement.AppendCanonical to canon.Marshal
// of the measurement, for any date, value and comment: the same bytes, or
// an error where canon.Marshal fails or the comment is not valid UTF-8;
// and to the canonical form of what the stored form's writer
// (appendJSON, HTML escaped) writes, which the long way of a seal hashes.
func FuzzAppendCanonical(f *testing.F) {
	f.Add(2021, 7, 21, int64(100_000), "")
	f.Add(2021, 7, 21, int64(-1250), "Første måling <merk> & \"sitat\" \u2028\u007f")
	f.Add(2021, 7, 21, int64(-500), "\x00\x1f\b\f\n\r\t\\")
	f.Add(2021, 2, 30, int64(1), "x")
	f.Add(2021, 1, 1, int64(MaxQuantity)+1, "")
	f.Add(2021, 1, 1, int64(MaxQuantity), "")
	f.Add(2021, 1, 1, -int64(MaxQuantity), "")
	f.Add(2021, 1, 1, int64(999_999_999_999_999_000), "") // the most digits written as they are
	f.Add(2021, 1, 1, int64(-999_999_999_999_999_000), "")
	f.Add(2021, 1, 1, int64(999_999_999_999_999_001), "")
	f.Add(2021, 1, 1, int64(5), "\xff\x00\t")
	f.Add(2021, 1, 1, int64(0), "")
	f.Fuzz(func(t *testing.T, y, mo, d int, v int64, comment string) {
		m := Measurement{Date: phase.Date{Year: y, Month: time.Month(mo), Day: d}, Value: Quantity(v), Comment: comment}
		want, wantErr := canon.Marshal(&m)
		got, err := m.AppendCanonical([]byte("prefix"))
		switch {
		case err != nil && wantErr == nil && utf8.ValidString(comment):
			t.Fatalf("%+v: %v, canon.Marshal gives %s", m, err, want)
		case err == nil && wantErr != nil:
			t.Fatalf("%+v: %s, canon.Marshal fails: %v", m, got, wantErr)
		case err == nil && string(got) != "prefix"+string(want):
			t.Fatalf("%+v:\n got %s\nwant prefix%s", m, got, want)
		}
		if err != nil {
			return
		}
		stored, serr := m.appendJSON(nil)
		if serr != nil {
			t.Fatalf("%+v: %s, the stored form's writer fails: %v", m, got, serr)
		}
		if c, cerr := canon.Transform(stored); cerr != nil || "prefix"+string(c) != string(got) {
			t.Fatalf("%+v:\n got %s\nthe stored form %s in canonical form: %s, %v", m, got, stored, c, cerr)
		}
	})
}
