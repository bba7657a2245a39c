package enum

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

type colour uint8

var colours = Table[colour]{Type: "colour", Codes: []string{"red", "green"}}

func TestTable(t *testing.T) {
	tests := []struct {
		in     string
		want   colour
		wantOK bool
	}{
		{"red", 1, true},
		{" GREEN ", 2, true},
		{"", 0, false},
		{"blue", 0, false},
	}
	for _, tt := range tests {
		got, ok := colours.Parse(tt.in)
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("Parse(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.wantOK)
		}
	}
	if got := colours.String(0); got != "colour(0)" {
		t.Errorf("String(0) = %q", got)
	}
	if got := colours.String(3); got != "colour(3)" {
		t.Errorf("String(3) = %q", got)
	}
	if _, ok := colours.Code(0); ok {
		t.Error("Code(0) reported valid")
	}
	if diff := cmp.Diff([]colour{1, 2}, colours.All()); diff != "" {
		t.Errorf("All() (-want +got):\n%s", diff)
	}
}
