package phase

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want Date
		err  bool
	}{
		{"2020-02-25", Date{2020, time.February, 25}, false},
		{"25.02.2020", Date{2020, time.February, 25}, false},
		{" 5.2.2020 ", Date{2020, time.February, 5}, false},
		{"29.02.2020", Date{2020, time.February, 29}, false},
		{"29.02.2019", Date{}, true},
		{"31.12.16", Date{}, true}, // two-digit year
		{"<dato>", Date{}, true},
		{"xx.xx.xx", Date{}, true},
		{"dd.mm.åååå", Date{}, true},
		{"2020-13-01", Date{}, true},
		{"2020-1-1", Date{2020, time.January, 1}, false},
		{"20-01-01", Date{}, true},
		{"2020--01", Date{}, true},
		{"+2020-01-01", Date{}, true},
		{"25.02.-2020", Date{}, true},
		{"25/02/2020", Date{}, true},
		{"", Date{}, true},
		{"0999-01-01", Date{}, true},
	}
	for _, tt := range tests {
		got, err := ParseDate(tt.in)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("ParseDate(%q) = %v, %v; want %v, error %v", tt.in, got, err, tt.want, tt.err)
		}
		if err != nil && !errors.Is(err, ErrInvalidDate) {
			t.Errorf("ParseDate(%q) error %v does not wrap ErrInvalidDate", tt.in, err)
		}
	}
}

func TestDateArithmetic(t *testing.T) {
	a, b := MustDate("2019-12-31"), MustDate("2020-01-01")
	if !a.Before(b) || b.Before(a) || !b.After(a) || a.Compare(a) != 0 {
		t.Error("Before/After/Compare wrong")
	}
	if got := a.AddDays(1); got != b {
		t.Errorf("AddDays(1) = %v", got)
	}
	if got := MustDate("2020-02-01").DaysUntil(MustDate("2020-03-01")); got != 29 {
		t.Errorf("DaysUntil = %d, want 29", got)
	}
	if got := MustDate("1000-01-01").DaysUntil(MustDate("9999-12-31")); got != 3287181 {
		t.Errorf("DaysUntil over eight millennia = %d, want 3287181", got)
	}
	if got := b.Norwegian(); got != "01.01.2020" {
		t.Errorf("Norwegian() = %q", got)
	}
	if (Date{}).String() != "" || (Date{}).Norwegian() != "" || !(Date{}).IsZero() || (Date{}).IsValid() {
		t.Error("zero Date misbehaves")
	}
	if got := DateOf(time.Date(2020, 2, 25, 23, 59, 0, 0, time.UTC)); got != MustDate("2020-02-25") {
		t.Errorf("DateOf = %v", got)
	}
	if _, err := NewDate(2020, time.February, 30); !errors.Is(err, ErrInvalidDate) {
		t.Errorf("NewDate(2020-02-30) = %v", err)
	}
}

func TestDateJSON(t *testing.T) {
	type doc struct {
		D Date `json:"d"`
		E Date `json:"e,omitzero"`
	}
	b, err := json.Marshal(doc{D: MustDate("2020-02-25")})
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(`{"d":"2020-02-25"}`, string(b)); diff != "" {
		t.Errorf("Marshal (-want +got):\n%s", diff)
	}
	var got doc
	if err := json.Unmarshal([]byte(`{"d":"25.02.2020","e":""}`), &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(doc{D: MustDate("2020-02-25")}, got); diff != "" {
		t.Errorf("Unmarshal (-want +got):\n%s", diff)
	}
	if err := json.Unmarshal([]byte(`{"d":"<dato>"}`), &got); !errors.Is(err, ErrInvalidDate) {
		t.Errorf("Unmarshal placeholder = %v, want ErrInvalidDate", err)
	}
	if _, err := json.Marshal(doc{D: Date{2020, 2, 30}}); !errors.Is(err, ErrInvalidDate) {
		t.Errorf("Marshal impossible date = %v, want ErrInvalidDate", err)
	}
}

func TestMustDatePanics(t *testing.T) {
	defer func() {
		if recover() == nil {
			t.Error("MustDate did not panic on a bad date")
		}
	}()
	MustDate("<dato>")
}
