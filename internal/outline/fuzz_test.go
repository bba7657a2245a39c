package outline

import (
	"errors"
	"os"
	"strings"
	"testing"
)

// fuzzSeeds are inputs for both text readers: the seed mandate, the
// Markdown mandate and the shapes the rules turn on.
func fuzzSeeds(f *testing.F) {
	for _, name := range []string{seed, "testdata/mandat.md"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		"", "\n", "\r", "\r\n", "\ufeff", "\xff\xfeM\x00", "\xfe\xff\x00M",
		"T\nInnhold\nBakgrunn\t1\n\nBakgrunn\n", "Innhold\n1\tInnledning\t1\n1 Innledning",
		"[a\n- b\nc]\n[d] e\n", "\\[a\\]", "*[a]*",
		"a\tb\n---\t---\n", "| a | b |\n|---|:-:|\n| 1 \\| 2 |\n", "a|b\n-|-",
		"# h\n## h ##\n####### x\nT\n===\nU\n---\n", "- a\n  - b\n    1. c\n-\n+ d\n2) e",
		"```\nx\n", "~~~\n~~~", "---\ntitle: x\n---\n", "---\n", "a  \nb\\\nc",
		"Kap. 3 Bakgrunn\n3.1. Mål:\n", "\uf0b7\tpunkt\n•\tpunkt\n", "æ\xc3",
	} {
		f.Add([]byte(s))
	}
}

// fuzzRead checks one reader on one input: no panic (the fuzzer sees
// those), an error of ours or an outline that keeps the invariants of
// Document, and the same outline a second time.
func fuzzRead(t *testing.T, read func([]byte, TextOptions) (*Document, error), b []byte) {
	o := TextOptions{Headings: []string{"Bakgrunn", "Sammenheng med andre prosjekter?", "3.1 Mål"}, MaxBlocks: 1 << 12}
	d, err := read(b, o)
	if err != nil {
		var ie *InputError
		if !errors.As(err, &ie) || d != nil {
			t.Fatalf("error %T %v with document %v", err, err, d != nil)
		}
		return
	}
	checkInvariants(t, d)
	lines := strings.Count(string(b), "\n") + strings.Count(string(b), "\r") + 1
	for _, blk := range d.Blocks {
		if blk.Loc.Line > lines || blk.Loc.Paragraph != 0 || blk.Loc.Table != 0 || blk.Loc.Row != 0 {
			t.Fatalf("location %+v in input of at most %d lines", blk.Loc, lines)
		}
	}
	if d.Format == Text && len(d.Blocks) > 0 && d.Title == "" {
		t.Fatal("blocks but no title")
	}
	again, err := read(b, o)
	if err != nil || len(again.Blocks) != len(d.Blocks) {
		t.Fatalf("second read: %v, %d blocks, first %d", err, len(again.Blocks), len(d.Blocks))
	}
}

func FuzzReadText(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, ReadText, b) })
}

func FuzzReadMarkdown(f *testing.F) {
	fuzzSeeds(f)
	f.Fuzz(func(t *testing.T, b []byte) { fuzzRead(t, ReadMarkdown, b) })
}

// FuzzMatchHeading checks that MatchHeading never panics, returns a
// candidate's key with a confidence in [MatchThreshold, 1], 1 exactly when
// exact, and matches a title to its own candidate exactly.
func FuzzMatchHeading(f *testing.F) {
	for _, s := range []string{
		"Direkte involvering av andre virksomheter som er aktuelle", "3.1 Sammenheng med andre prosjekter",
		"Kap. 6 Gjennomgang av BP1 sjekklister", "", "?", "æøå", "\xff", "het", "hetene",
	} {
		f.Add(s, "Er direkte involvering av andre virksomheter aktuelt?")
	}
	f.Fuzz(func(t *testing.T, heading, title string) {
		cands := []Candidate{
			{"a", []string{"Sammenheng med andre prosjekter?", "Samanheng med andre prosjekt?"}},
			{"b", []string{title}},
			{"c", []string{"Gjennomgang av BP1 sjekkliste"}},
		}
		m, ok := MatchHeading(heading, cands)
		if !ok {
			if m != (Match{}) {
				t.Fatalf("no match but %+v", m)
			}
		} else {
			if m.Key != "a" && m.Key != "b" && m.Key != "c" {
				t.Fatalf("key %q", m.Key)
			}
			if m.Confidence < MatchThreshold || m.Confidence > 1 || m.Exact != (m.Confidence == 1) {
				t.Fatalf("match %+v", m)
			}
		}
		if exactKey(title) != "" {
			if m, ok := MatchHeading(title, cands); !ok || !m.Exact || m.Confidence != 1 {
				t.Fatalf("title %q against itself: %+v %v", title, m, ok)
			}
		}
	})
}
