package phase

import (
	"fmt"
	"testing"
	"time"
)

// FuzzDateFormat checks the hand-written date formatting against fmt, and
// IsValid against a round trip through time.Time, for any field values:
// what String, Norwegian and MarshalText wrote before they stopped going
// through fmt (issue 14) they write still.
func FuzzDateFormat(f *testing.F) {
	for _, d := range []Date{{}, {2020, 2, 25}, {2020, 2, 29}, {2021, 2, 29}, {1900, 2, 29}, {2000, 2, 29},
		{999, 12, 31}, {10000, 1, 1}, {-5, 1, 1}, {2020, -1, 3}, {2020, 13, 1}, {2020, 4, 31}, {2020, 1, 100}, {2020, 100, 1}} {
		f.Add(d.Year, int(d.Month), d.Day)
	}
	f.Fuzz(func(t *testing.T, y, m, day int) {
		d := Date{y, time.Month(m), day}
		wantISO, wantNO := "", ""
		if !d.IsZero() {
			wantISO = fmt.Sprintf("%04d-%02d-%02d", y, m, day)
			wantNO = fmt.Sprintf("%02d.%02d.%04d", day, m, y)
		}
		if got := d.String(); got != wantISO {
			t.Errorf("String() = %q, want %q", got, wantISO)
		}
		if got := d.Norwegian(); got != wantNO {
			t.Errorf("Norwegian() = %q, want %q", got, wantNO)
		}
		wantValid := y >= 1000 && y <= 9999 && m >= 1 && m <= 12 && day >= 1 && DateOf(d.Time()) == d
		if got := d.IsValid(); got != wantValid {
			t.Errorf("%v.IsValid() = %v, want %v", d, got, wantValid)
		}
		b, err := d.MarshalText()
		if wantErr := !d.IsZero() && !wantValid; (err != nil) != wantErr {
			t.Fatalf("MarshalText() error %v, want error %v", err, wantErr)
		}
		if err == nil && string(b) != wantISO {
			t.Errorf("MarshalText() = %q, want %q", b, wantISO)
		}
	})
}
