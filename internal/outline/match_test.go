package outline

import (
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

// pairs lists Digdir's templates in bokmål and nynorsk, whose headings
// stand in the same order (/work/notes/sources/headings.md, "Bokmål ↔
// nynorsk heading alignment").
var pairs = [][2]string{
	{"Mandat_for_konseptfasen_v4.0.0.docx", "Nynorsk_-_mandat_for_konseptfasen_v4.0.docx"},
	{"Prosjektforslag_v4.0.docx", "Nynorsk_-_prosjektforslag_v4.0.docx"},
	{"Prosjektbegrunnelse_v4.0.docx", "Nynorsk_-_prosjektgrunngjeving_v4.0.docx"},
	{"Styringsdokument_v4.0.docx", "Nynorsk_-_styringsdokument_v4.0.docx"},
	{"Gevinstrealiseringsplan_v4.0.docx", "Nynorsk_-_gevinstrealiseringsplan_v4.0.docx"},
	{"Sluttrapport_v5.0.docx", "Nynorsk_-_sluttrapport_v5.0.docx"},
}

// sections returns the sections of a template pair as candidates, keyed
// by the bokmål title, titled in both languages.
func sections(t testing.TB, pair [2]string) []Candidate {
	nb, nn := headings(readTemplate(t, pair[0])), headings(readTemplate(t, pair[1]))
	if len(nb) != len(nn) {
		t.Fatalf("%s: %d headings, %s: %d", pair[0], len(nb), pair[1], len(nn))
	}
	cands := make([]Candidate, len(nb))
	for i := range nb {
		cands[i] = Candidate{Key: strings.TrimSpace(nb[i]), Titles: []string{nb[i], nn[i]}}
	}
	return cands
}

// TestMatchHeadingMandate matches the headings of seed 000, as its author
// wrote them, and others, against the sections of the mandate.
func TestMatchHeadingMandate(t *testing.T) {
	cands := sections(t, pairs[0])
	tests := []struct {
		heading string
		want    string // key; "" for no match
		exact   bool
	}{
		// Seed 000's rewordings.
		{"Direkte involvering av andre virksomheter som er aktuelle", "Er direkte involvering av andre virksomheter aktuelt?", false},
		{"Sammenheng med andre prosjekter", "Sammenheng med andre prosjekter?", true},
		{"Gjennomgang av BP1 sjekklister", "Gjennomgang av BP1 sjekkliste", false},
		{"Hvilke endringer prosjektet skal skape", "Hvilke endringer skal prosjektet skape?", false},
		{"Anskaffelse(r) for å gjennomføre prosjektet", "Er det aktuelt å gjøre anskaffelse(r) for å gjennomføre prosjektet?", false},
		// Normalisation.
		{"3.1. SAMMENHENG MED ANDRE PROSJEKTER:", "Sammenheng med andre prosjekter?", true},
		{"Kap. 6 Gjennomgang av BP1-sjekkliste", "Gjennomgang av BP1 sjekkliste", true},
		{"Veiledning - Mandat for konseptfasen", "Veiledning – Mandat for konseptfasen", true},
		{"  Bakgrunn\t", "Bakgrunn", true},
		// Nynorsk titles, and the nynorsk template's own capital S.
		{"Er direkte involvering av andre verksemder aktuelt?", "Er direkte involvering av andre virksomheter aktuelt?", true},
		{"Gjennomgang av BP1 Sjekkliste", "Gjennomgang av BP1 sjekkliste", true},
		{"Kva endringar prosjektet skal skape", "Hvilke endringer skal prosjektet skape?", false},
		// Headings of seed 000 that are no section of the template.
		{"Styringsgruppe", "", false},
		{"Kostnad", "", false},
		{"Nullkonsept alternativ", "", false},
		{"Felles skyplattform", "", false},
		{"Nyttig informasjon", "Erfaringer og annen nyttig informasjon", false},
		{"IT-ledere", "", false},
		// Words many sections share say little: "hensikt" decides.
		{"Prosjekt i konseptfasen", "", false},
		{"Hensikten med konseptfasen", "Hensikten med et eventuelt prosjekt", false},
		// Nothing to compare.
		{"", "", false},
		{"3.1", "", false},
		{"?!", "", false},
		{"og i av", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.heading, func(t *testing.T) {
			m, ok := MatchHeading(tc.heading, cands)
			if ok != (tc.want != "") || m.Key != tc.want || m.Exact != tc.exact {
				t.Fatalf("MatchHeading = %+v, %v; want key %q, exact %v", m, ok, tc.want, tc.exact)
			}
			if !ok {
				return
			}
			if tc.exact != (m.Confidence == 1) || m.Confidence < MatchThreshold || m.Confidence > 1 {
				t.Errorf("confidence %v (exact %v)", m.Confidence, m.Exact)
			}
		})
	}
}

// TestMatchHeadingOlderVersion matches the headings of the mandate's
// version 3.0 against the sections of version 4.0: what an author who
// started from the old template writes.
func TestMatchHeadingOlderVersion(t *testing.T) {
	cands := sections(t, pairs[0])
	var got []string
	for _, h := range headings(readTemplate(t, "Mandat_for_konseptfasen_v3.0.docx")) {
		m, ok := MatchHeading(h, cands)
		if !ok {
			m.Key = "-"
		}
		got = append(got, h+" → "+m.Key)
	}
	want := []string{
		"Bakgrunn → Bakgrunn",
		"Hensikt med et eventuelt prosjekt → Hensikten med et eventuelt prosjekt",
		"Hvilke behov skal dekkes? → Hvilke behov skal dekkes?",
		"Hvilke endringer skal prosjektet skape? → Hvilke endringer skal prosjektet skape?",
		"Idé til et nytt prosjekt → -",
		"Forslag til tilnærming → Forslag til tilnærming – konsepter som bør vurderes",
		"Er anskaffelse(r) av varer og tjenester aktuelt? → -",
		"Tidsramme og ressursbehov for konseptfasen → Kostnader, tidsramme og ressursbehov for konseptfasen",
		"Organisering og ansvar → Organisering og ansvar i konseptfasen",
		"IT-politiske føringer → IT-politiske føringer og andre rammebetingelser",
		"Veiledning – Mandat for konseptfasen → Veiledning – Mandat for konseptfasen",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("version 3.0 → 4.0 (-want +got):\n%s", diff)
	}
}

// TestMatchHeadingTemplates matches every heading of every template pair,
// in both languages: against all sections it finds its own, exactly;
// against all sections but its own (a section the author's template
// version lacks) it should find none, and the few it does find are kept in
// a golden file (parts and their whole, "Avhengigheter" and "Prosjektets
// avhengigheter og forutsetninger"; near twins, "3.1 Nyttevirkninger i
// egen virksomhet" and "3.2 Anvendelse av nyttevirkninger i egen
// virksomhet").
func TestMatchHeadingTemplates(t *testing.T) {
	var report strings.Builder
	for _, pair := range pairs {
		cands := sections(t, pair)
		fmt.Fprintf(&report, "%s / %s\n", pair[0], pair[1])
		for i, c := range cands {
			others := append(append([]Candidate{}, cands[:i]...), cands[i+1:]...)
			for _, h := range c.Titles {
				if m, ok := MatchHeading(h, cands); !ok || m.Key != c.Key || !m.Exact {
					t.Errorf("%q: %+v, %v; want %q exactly", h, m, ok, c.Key)
				}
				if m, ok := MatchHeading(h, others); ok {
					fmt.Fprintf(&report, "  %q without its section → %q (%.2f)\n", h, m.Key, m.Confidence)
				}
			}
		}
	}
	golden.Check(t, "testdata/golden/match/templates.txt", []byte(report.String()))
}

// TestMatchHeadingTies checks that the higher confidence wins, then the
// earlier candidate, and that an exact match wins over a rewording with
// the same words.
func TestMatchHeadingTies(t *testing.T) {
	tests := []struct {
		name    string
		heading string
		cands   []Candidate
		want    Match
	}{
		{"earlier of equals", "Mål", []Candidate{{"a", []string{"Mål"}}, {"b", []string{"mål:"}}}, Match{"a", 1, true}},
		{"exact after a rewording", "prosjektet skal skape endringer", []Candidate{
			{"a", []string{"Endringer prosjektet skal skape"}}, {"b", []string{"Prosjektet skal skape endringer?"}},
		}, Match{"b", 1, true}},
		{"higher confidence", "Gevinster og kostnader", []Candidate{
			{"a", []string{"Gevinster"}}, {"b", []string{"Gevinstene og kostnadene"}},
		}, Match{"b", fuzzyCap, false}},
		{"no candidates", "Bakgrunn", nil, Match{}},
		{"empty titles", "Bakgrunn", []Candidate{{"a", nil}, {"b", []string{"", "3.1"}}}, Match{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := MatchHeading(tc.heading, tc.cands)
			if diff := cmp.Diff(tc.want, got); diff != "" || ok != (tc.want.Key != "") {
				t.Errorf("MatchHeading = %v (-want +got):\n%s", ok, diff)
			}
		})
	}
}

// TestHeadingWords checks normalisation: words, manual numbering and its
// depth, and the cut at MaxHeadingBytes.
func TestHeadingWords(t *testing.T) {
	tests := []struct {
		in    string
		words []string
		level int
	}{
		{"3.1. Sammenheng med andre prosjekter?", []string{"sammenheng", "med", "andre", "prosjekter"}, 2},
		{"Kap. 3 IT-politiske føringer", []string{"it", "politiske", "føringer"}, 1},
		{"Kapittel 10", nil, 1},
		{"Kap. A", []string{"kap", "a"}, 0},
		{"2020 og framover", []string{"2020", "og", "framover"}, 0},
		{"5.3.1.2.1.1.1.1.1.1 Dypt", []string{"dypt"}, 9},
		{"Nytte/kost–vurderinger: «BP1»", []string{"nytte", "kost", "vurderinger", "bp1"}, 0},
		{"ØNSKET FREMTIDIG SITUASJON", []string{"ønsket", "fremtidig", "situasjon"}, 0},
		{strings.Repeat("ord ", 100) + "siste", []string(strings.Fields(strings.Repeat("ord ", 75))), 0},
	}
	for _, tc := range tests {
		words, level := headingWords(tc.in)
		if diff := cmp.Diff(tc.words, words, cmpopts.EquateEmpty()); diff != "" || level != tc.level {
			t.Errorf("headingWords(%q): level %d, want %d (-want +got):\n%s", tc.in, level, tc.level, diff)
		}
	}
	if got := cut("æøå", 3); got != "æ" {
		t.Errorf("cut at a rune boundary: %q", got)
	}
}

// TestStem checks the light stemmer on the forms the templates and seed
// 000 use.
func TestStem(t *testing.T) {
	meet := [][]string{
		{"virksomheter", "virksomhet", "virksomhetene"},
		{"sjekklister", "sjekkliste", "sjekklista"},
		{"prosjekter", "prosjektet", "prosjektets", "prosjekt", "prosjekta", "prosjektene"},
		{"gevinstar", "gevinstane", "gevinst"},
		{"endringer", "endringar", "endring", "endringen"},
		{"usikkerheter", "usikkerhet", "usikkerheten", "usikkerhetene"},
	}
	for _, forms := range meet {
		for _, f := range forms[1:] {
			if stem(f) != stem(forms[0]) {
				t.Errorf("stem(%q) = %q, stem(%q) = %q", f, stem(f), forms[0], stem(forms[0]))
			}
		}
	}
	for _, w := range []string{"mål", "bp1", "år", "ane"} {
		if stem(w) != w {
			t.Errorf("stem(%q) = %q, want it unchanged", w, stem(w))
		}
	}
}

// TestMatcherConcurrent uses one Matcher from several goroutines, for the
// race detector, and checks they all get what MatchHeading gives.
func TestMatcherConcurrent(t *testing.T) {
	cands := sections(t, pairs[0])
	m := NewMatcher(cands)
	headings := []string{"Direkte involvering av andre virksomheter som er aktuelle", "Bakgrunn", "Styringsgruppe", "Gjennomgang av BP1 sjekklister"}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for _, h := range headings {
				got, gotOK := m.Match(h)
				want, wantOK := MatchHeading(h, cands)
				if got != want || gotOK != wantOK {
					t.Errorf("%q: Matcher %+v %v, MatchHeading %+v %v", h, got, gotOK, want, wantOK)
				}
			}
		})
	}
	wg.Wait()
}
