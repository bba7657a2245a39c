package stakeholder

import (
	"errors"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/validate"
)

func TestParseOrgNumber(t *testing.T) {
	tests := []struct {
		in      string
		want    OrgNumber
		wantErr string // part of the reason; "" for success
	}{
		{"974760673", "974760673", ""},
		{"974 760 673", "974760673", ""},
		{"  974 760 673 ", "974760673", ""},
		{"974\u00a0760\u00a0673", "974760673", ""},
		{"974.760.673", "974760673", ""},
		{"974-760-673", "974760673", ""},
		{"NO 974760673 MVA", "974760673", ""},
		{"NO974760673MVA", "974760673", ""},
		{"no 974 760 673 mva", "974760673", ""},
		{"974760673 MVA", "974760673", ""},
		{"NO 974760673", "974760673", ""},
		{"974760674", "", "check digit"},
		{"97476067", "", "fewer than nine"},
		{"9747606730", "", "more than nine"},
		{"", "", "no digits"},
		{"NO MVA", "", "no digits"},
		{"974  760 673", "", "misplaced separator"},
		{" 974 760 673.", "", "misplaced separator"},
		{".974760673", "", "misplaced separator"},
		{"974760673X", "", "unexpected character 'X'"},
		{"974_760_673", "", "unexpected character '_'"},
		{"SE 974760673", "", "unexpected character 'S'"},
		{"974760673\xff", "", "UTF-8"},
		{strings.Repeat("9", 65), "", "too long"},
	}
	for _, tt := range tests {
		got, err := ParseOrgNumber(tt.in)
		if tt.wantErr == "" {
			if err != nil || got != tt.want {
				t.Errorf("ParseOrgNumber(%q) = %q, %v; want %q", tt.in, got, err, tt.want)
			}
			continue
		}
		var oe *OrgNumberError
		if !errors.As(err, &oe) || !errors.Is(err, ErrInvalidOrgNumber) || got != "" {
			t.Errorf("ParseOrgNumber(%q) = %q, %v; want *OrgNumberError", tt.in, got, err)
			continue
		}
		if oe.Input != tt.in || !strings.Contains(oe.Reason, tt.wantErr) {
			t.Errorf("ParseOrgNumber(%q) error = %+v, want reason containing %q", tt.in, oe, tt.wantErr)
		}
	}
}

func TestOrgNumberText(t *testing.T) {
	n := MustOrgNumber("974760673")
	if got := n.Format(); got != "974 760 673" {
		t.Errorf("Format() = %q", got)
	}
	if got := OrgNumber("12").Format(); got != "12" {
		t.Errorf("Format() of invalid = %q", got)
	}
	b, err := n.MarshalText()
	if err != nil || string(b) != "974760673" {
		t.Errorf("MarshalText() = %q, %v", b, err)
	}
	if b, err := OrgNumber("").MarshalText(); err != nil || len(b) != 0 {
		t.Errorf("zero MarshalText() = %q, %v", b, err)
	}
	if _, err := OrgNumber("974760674").MarshalText(); !errors.Is(err, ErrInvalidOrgNumber) {
		t.Errorf("invalid MarshalText() error = %v", err)
	}
	var back OrgNumber = "unchanged"
	if err := back.UnmarshalText([]byte("bad")); err == nil || back != "unchanged" {
		t.Errorf("UnmarshalText(bad) = %v, left %q", err, back)
	}
	if err := back.UnmarshalText([]byte("NO 974 760 673 MVA")); err != nil || back != n {
		t.Errorf("UnmarshalText(VAT form) = %v, %q", err, back)
	}
	if err := back.UnmarshalText(nil); err != nil || back != "" {
		t.Errorf("UnmarshalText(empty) = %v, %q", err, back)
	}
	defer func() {
		if recover() == nil {
			t.Error("MustOrgNumber(bad) did not panic")
		}
	}()
	MustOrgNumber("1")
}

func TestOrganisationValidation(t *testing.T) {
	type row struct{ Code, Path string }
	var got []row
	for _, f := range validate.Struct(Organisation{ID: "x", Name: "X", Kind: Municipality, Number: "974760674", MunicipalityNumber: "182"}) {
		got = append(got, row{string(f.Code), f.Path})
	}
	want := []row{{"field.orgnr", "orgNumber"}, {"field.kommunenr", "municipalityNumber"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}
}

// FuzzParseOrgNumber checks that ParseOrgNumber never panics, that what it
// accepts is valid, canonical and stable, and that its formatted forms parse
// back to the same number.
func FuzzParseOrgNumber(f *testing.F) {
	for _, s := range []string{"974760673", "974 760 673", "NO 974760673 MVA", "no974760673mva", "974.760.673",
		"974760674", "", " ", "NO", "MVA", "9 7 4 7 6 0 6 7 3", "974760673-", "\u00a0974760673", "923609016"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n, err := ParseOrgNumber(s)
		if err != nil {
			if n != "" || !errors.Is(err, ErrInvalidOrgNumber) {
				t.Fatalf("ParseOrgNumber(%q) = %q, %v", s, n, err)
			}
			return
		}
		if !n.IsValid() || len(n) != 9 {
			t.Fatalf("ParseOrgNumber(%q) = %q, not valid", s, n)
		}
		for _, form := range []string{string(n), n.Format(), "NO " + string(n) + " MVA"} {
			if m, err := ParseOrgNumber(form); err != nil || m != n {
				t.Fatalf("ParseOrgNumber(%q) = %q, %v; want %q", form, m, err, n)
			}
		}
	})
}
