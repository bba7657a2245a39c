package enum

import (
	"strings"
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

var labelled = Table[colour]{Type: "colour", Codes: []string{"red", "green"}, Labels: []Label{
	1: {NB: "Rød", NN: "Raud", EN: "Red"},
	2: {NB: "Grønn", NN: "Grøn", EN: "Green"},
}}

func TestLabel(t *testing.T) {
	tests := []struct {
		tab  Table[colour]
		v    colour
		want Label
	}{
		{labelled, 1, Label{NB: "Rød", NN: "Raud", EN: "Red"}},
		{labelled, 2, Label{NB: "Grønn", NN: "Grøn", EN: "Green"}},
		{labelled, 0, Label{NB: "colour(0)", NN: "colour(0)", EN: "colour(0)"}},
		{labelled, 3, Label{NB: "colour(3)", NN: "colour(3)", EN: "colour(3)"}},
		{colours, 1, Label{NB: "red", NN: "red", EN: "red"}}, // no labels: the String form
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, tt.tab.Label(tt.v)); diff != "" {
			t.Errorf("Label(%d) (-want +got):\n%s", tt.v, diff)
		}
	}
}

func TestCheck(t *testing.T) {
	codes := []string{"red", "green"}
	red := Label{NB: "Rød", NN: "Raud", EN: "Red"}
	tests := []struct {
		name string
		tab  Table[colour]
		want []string // substrings of the error, one per problem; none for a good table
	}{
		{"good", labelled, nil},
		{"no labels", Table[colour]{Type: "colour", Codes: codes}, []string{"0 labels for 2 values"}},
		{"missing label", Table[colour]{Type: "colour", Codes: codes, Labels: []Label{1: red}}, []string{"2 labels for 2 values"}},
		{"too many labels", Table[colour]{Type: "colour", Codes: codes, Labels: []Label{1: red, 2: red, 3: red}}, []string{"4 labels for 2 values"}},
		{"blank label", Table[colour]{Type: "colour", Codes: codes, Labels: []Label{1: red, 2: {NB: "Grønn", NN: " ", EN: "Green"}}},
			[]string{"value 2 (green) has no nn label"}},
		{"zero labelled", Table[colour]{Type: "colour", Codes: codes, Labels: []Label{0: red, 1: red, 2: red}}, []string{"label at index 0"}},
		{"blank code", Table[colour]{Type: "colour", Codes: []string{"red", ""}, Labels: []Label{1: red, 2: red}}, []string{"value 2 has a blank code"}},
		{"repeated code", Table[colour]{Type: "colour", Codes: []string{"red", "Red"}, Labels: []Label{1: red, 2: red}},
			[]string{`values 1 and 2 share the code "Red"`}},
	}
	for _, tt := range tests {
		err := tt.tab.Check()
		if (err == nil) != (len(tt.want) == 0) {
			t.Errorf("%s: Check() = %v, want problems %q", tt.name, err, tt.want)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(err.Error(), w) {
				t.Errorf("%s: Check() = %v, want it to say %q", tt.name, err, w)
			}
		}
	}
}
