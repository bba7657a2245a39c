package redact

import "testing"

func TestReplace(t *testing.T) {
	r := New([]string{"Kari Nordmann", " ", "Kari Nordmann Hansen", "Ola"}, "(navn fjernet)")
	for in, want := range map[string]string{
		"Kari Nordmann Hansen leder; Kari Nordmann er med.": "(navn fjernet) leder; (navn fjernet) er med.",
		"Olav og Ola":                  "Olav og (navn fjernet)",
		"OlaOla Ola.":                  "OlaOla (navn fjernet).",
		"ingen navn":                   "ingen navn",
		"Ærlig Ola":                    "Ærlig (navn fjernet)",
		"Kari Nordmannsen er en annen": "Kari Nordmannsen er en annen",
	} {
		if got := r.Replace(in); got != want {
			t.Errorf("Replace(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWordIndex(t *testing.T) {
	for _, tt := range []struct {
		s, w string
		want int
	}{
		{"Olav Ola", "Ola", 5}, {"Olav", "Ola", -1}, {"", "x", -1}, {"x", "", -1}, {"æOla", "Ola", -1}, {"-Ola-", "Ola", 1},
	} {
		if got := WordIndex(tt.s, tt.w); got != tt.want {
			t.Errorf("WordIndex(%q, %q) = %d, want %d", tt.s, tt.w, got, tt.want)
		}
	}
}

func TestReplaceOneName(t *testing.T) {
	tests := []struct{ s, word, want string }{
		{"Kari Nordmann", "Kari Nordmann", "X"},
		{"Til Kari Nordmann, og Kari Nordmann.", "Kari Nordmann", "Til X, og X."},
		{"Kari Nordmanns", "Kari Nordmann", "Kari Nordmanns"},
		{"AKari Nordmann", "Kari Nordmann", "AKari Nordmann"},
		{"Bodø og Bo", "Bo", "Bodø og X"},
		{"Åse Åse", "Åse", "X X"},
		{"Åse og Åsemund", "Åse", "X og Åsemund"},
		{"Øyvind", "Øy", "Øyvind"},
		{"«Kari Nordmann»", "Kari Nordmann", "«X»"},
		{"Ola Olavsen og Ola.", "Ola", "X Olavsen og X."},
		{"Kolas Ola", "Ola", "Kolas X"},
		{"", "Bo", ""},
		{"Bo", "", "Bo"},
	}
	for _, tt := range tests {
		if got := New([]string{tt.word}, "X").Replace(tt.s); got != tt.want {
			t.Errorf("replace %q in %q = %q, want %q", tt.word, tt.s, got, tt.want)
		}
	}
}
