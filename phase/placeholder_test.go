package phase

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestPlaceholders(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Behandlet dato: <dato>", []string{"<dato>"}},
		{"<navn> og <dato>", []string{"<navn>", "<dato>"}},
		{"Beslutning: <Starte en konseptfase / ikke starte en konseptfase / øvrige vurderinger må gjøres>", []string{"<Starte en konseptfase / ikke starte en konseptfase / øvrige vurderinger må gjøres>"}},
		{"Prosjekt: [Prosjektnavn] Dato: xx.xx.xx ID:", []string{"[Prosjektnavn]", "xx.xx.xx"}},
		{"Frist dd.mm.åååå", []string{"dd.mm.åååå"}},
		{"Ferdig 31.12.2016", nil},
		{"1 < 2 and 3 > 2", nil},
		{"se [1] og <https://example.org>", nil},
		{"boxx.xx.xx", nil}, // inside a word: not a masked date
		{"Digitale Helgeland", nil},
		{"", nil},
	}
	for _, tt := range tests {
		if diff := cmp.Diff(tt.want, Placeholders(tt.in)); diff != "" {
			t.Errorf("Placeholders(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestIsPlaceholder(t *testing.T) {
	for in, want := range map[string]bool{
		"<dato>": true, " xx.xx.xx ": true, "[Navn]": true,
		"<dato> 2020": false, "25.02.2020": false, "": false,
	} {
		if got := IsPlaceholder(in); got != want {
			t.Errorf("IsPlaceholder(%q) = %v, want %v", in, got, want)
		}
	}
}
