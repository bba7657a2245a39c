package outline

import (
	"errors"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

func TestLocation(t *testing.T) {
	tests := []struct {
		loc        Location
		en, nb, nn string
	}{
		{Location{Paragraph: 12}, "paragraph 12", "avsnitt 12", "avsnitt 12"},
		{Location{Table: 3, Row: 2}, "table 3, row 2", "tabell 3, rad 2", "tabell 3, rad 2"},
		{Location{Table: 3}, "table 3", "tabell 3", "tabell 3"},
		{Location{Line: 40}, "line 40", "linje 40", "linje 40"},
		{Location{Line: 40, Row: 2}, "line 40, row 2", "linje 40, rad 2", "linje 40, rad 2"},
		{Location{Row: 2}, "", "", ""},
		{Location{}, "", "", ""},
	}
	for _, tc := range tests {
		got := [...]string{tc.loc.String(), tc.loc.Label(phase.Bokmal), tc.loc.Label(phase.Nynorsk), tc.loc.Label(phase.English), tc.loc.Label(phase.Language(9))}
		want := [...]string{tc.en, tc.nb, tc.nn, tc.en, tc.nb}
		if got != want {
			t.Errorf("%#v: got %q, want %q", tc.loc, got, want)
		}
	}
	b := Block{Kind: Table, Loc: Location{Line: 7}}
	if got := b.RowLocation(0).Label(phase.Nynorsk); got != "linje 7, rad 1" {
		t.Errorf("RowLocation(0) = %q", got)
	}
}

func TestKind(t *testing.T) {
	for _, tc := range []struct {
		k      Kind
		code   string
		nb, en string
	}{
		{Heading, "heading", "overskrift", "heading"},
		{Paragraph, "paragraph", "avsnitt", "paragraph"},
		{ListItem, "list_item", "listepunkt", "list item"},
		{Table, "table", "tabell", "table"},
	} {
		if tc.k.String() != tc.code || !tc.k.IsValid() || tc.k.Label(phase.Bokmal) != tc.nb || tc.k.Label(phase.English) != tc.en {
			t.Errorf("%d: %q %v %q %q", tc.k, tc.k.String(), tc.k.IsValid(), tc.k.Label(phase.Bokmal), tc.k.Label(phase.English))
		}
		b, err := tc.k.MarshalText()
		var back Kind
		if err != nil || back.UnmarshalText(b) != nil || back != tc.k {
			t.Errorf("%v: round trip gave %v, %v", tc.k, back, err)
		}
	}
	var zero Kind
	if zero.IsValid() || zero.Label(phase.Bokmal) != "block kind(0)" {
		t.Errorf("zero Kind: valid %v, label %q", zero.IsValid(), zero.Label(phase.Bokmal))
	}
	if _, err := zero.MarshalText(); !errors.Is(err, enum.ErrUnknownValue) {
		t.Errorf("MarshalText of zero Kind: %v", err)
	}
	if err := zero.UnmarshalText([]byte("overskrift")); !errors.Is(err, phase.ErrUnknownValue) {
		t.Errorf("UnmarshalText(overskrift): %v", err)
	}
}

func TestFormat(t *testing.T) {
	for _, tc := range []struct {
		f          Format
		code       string
		nb, nn, en string
	}{
		{Docx, "docx", "Word-dokument", "Word-dokument", "Word document"},
		{Text, "text", "ren tekst", "rein tekst", "plain text"},
		{Markdown, "markdown", "Markdown", "Markdown", "Markdown"},
	} {
		got := [...]string{tc.f.String(), tc.f.Label(phase.Bokmal), tc.f.Label(phase.Nynorsk), tc.f.Label(phase.English)}
		if got != [...]string{tc.code, tc.nb, tc.nn, tc.en} || !tc.f.IsValid() {
			t.Errorf("%d: %q", tc.f, got)
		}
		b, err := tc.f.MarshalText()
		var back Format
		if err != nil || back.UnmarshalText(b) != nil || back != tc.f {
			t.Errorf("%v: round trip gave %v, %v", tc.f, back, err)
		}
	}
	var zero Format
	if zero.IsValid() || zero.String() != "format(0)" || zero.Label(phase.English) != "format(0)" {
		t.Errorf("zero Format: %v %q", zero.IsValid(), zero.String())
	}
	if _, err := zero.MarshalText(); err == nil {
		t.Error("MarshalText of zero Format succeeded")
	}
}
