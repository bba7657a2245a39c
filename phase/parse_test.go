package phase

import (
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/google/go-cmp/cmp"
)

// appendixPhaseTexts is the phase column ("Fase for prosjekt i juni 2016")
// of the appendix table (Vedlegg 1) of seed 003, Difi's report "Bedre
// involvering av kommunal sektor i statlige digitaliseringsprosjekter"
// (2016): all 29 projects, texts verbatim, with the phases they name.
var appendixPhaseTexts = []struct {
	agency, project, text string
	want                  []Phase
	err                   error
}{
	{"NAV", "Kommune-reform", "Gjennomføringsfase", []Phase{Execution}, nil},
	{"NAV", "Forenklet oppfølging", "Gjennomføringsfase", []Phase{Execution}, nil},
	// Testing of the solutions the pre-project assesses: part of the
	// concept phase the text names.
	{"NAV", "DigiSOS", "Konsept- og testfase", []Phase{Concept}, nil},
	{"Arkivverket", "MAVOD", "Konseptutredning", []Phase{Concept}, nil},
	{"Brreg", "Felles datakatalog", "Konsept", []Phase{Concept}, nil},
	{"Brreg", "Digital kontaktinformasjon og fullmakter for virksomheter", "Planlegging", []Phase{Planning}, nil},
	// Waiting for funding after quality assurance KS2 names no phase;
	// "Gjennomfører" here is a verb, not the execution phase.
	{"Brreg", "Saksbehandlingssystem tilpasset eBR (BRsys)", "Passert KS2, venter på bevilgning i statsbudsjettet. Gjennomfører forberedelsesprosjekt.", nil, ErrUnknownValue},
	{"Bufdir", "Forslag til nasjonalt kvalitetssystem for barnevernet", "Konseptfase", []Phase{Concept}, nil},
	{"eHelse", "EPJ-løftet - program for EPJ-utvikling", "Gjennomføring", []Phase{Execution}, nil},
	{"eHelse", "Kjernejournal (akuttmedisinsk kjede)", "Gjennomføring", []Phase{Execution}, nil},
	{"eHelse", "Utvikle og innføre multidoser i e-resept nasjonalt", "Gjennomføring", []Phase{Execution}, nil},
	{"eHelse", "Nasjonalt velferdsteknologiprogram", "Gjennomføring", []Phase{Execution}, nil},
	{"eHelse", "Elektronisk helsekort for gravide", "Planleggingsfase", []Phase{Planning}, nil},
	{"Fhi", "Felles løsninger for innrapportering og behandling av informasjon om dødsfall – eDÅR", "Planleggingsfase", []Phase{Planning}, nil},
	{"Hdir", "Migrering av Fastlege-løsningen fra NAV til Helsedirektoratet", "Gjennomføringsfasen", []Phase{Execution}, nil},
	{"Hdir", "Kommunalt pasient- og brukerregister (KPR)", "Gjennomføring for del 1, konseptfase for del 2 og 3.", []Phase{Execution, Concept}, nil},
	{"Kartverket", "Nasjonal detaljert digital høydemodell", "Planlegge", []Phase{Planning}, nil},
	{"Kartverket", "Sentral forvaltning for primærdata", "Implementeringsfase - kortsiktig løsning. Utredning og kravspesifiseringsfase - langsiktig løsning.", []Phase{Execution, Concept, Planning}, nil},
	{"Kartverket", "Ny norsk geoportal", "Løpende iterativ utvikling", []Phase{Execution}, nil},
	{"Kartverket", "Geointegrasjon - videreføring", "Under planlegging", []Phase{Planning}, nil},
	{"Kartverket", "Kommune-reformen", "Testfase", []Phase{Execution}, nil},
	// Developed and tested, two pilot municipalities connected, roll-out
	// (innføring) per municipality planned: execution.
	{"Kartverket", "Felles Kartdatabase (FKB)", "<p>- Forvaltnings-systemet (1.gen.) er stort sett ferdig utviklet og testet.</p> <p>- 2 pilotkommuner er nå tilkoblet systemet</p> <p>- Kommunevis innføring i 2017 og 2018.</p> <p>- Arbeid med 2.gen. løsning startes i løpet av 2017.</p>", []Phase{Execution}, nil},
	{"Kartverket", "Digitalisering av planregistre", "Gjennomføringsfase", []Phase{Execution}, nil},
	{"Udir", "PAS2", "Gjennomføringsfase", []Phase{Execution}, nil},
	{"SKD", "Modernisering av folkeregisteret", "Gjennomføringsfase", []Phase{Execution}, nil},
	// Continuous development with a release every third week.
	{"IMDi", "ImPact_NIR", "Løpende feilretting og videreutvikling med nye produksjonssettinger (deploy) hver 3. uke", []Phase{Execution}, nil},
	{"IMDi", "ImPact_IMBI", "Gjennomføringsfase", []Phase{Execution}, nil},
	{"IMDi", "WS4", "Planleggingsfase", []Phase{Planning}, nil},
	{"IMDi", "Nytt nasjonalt tolkeregister", "Konseptfase", []Phase{Concept}, nil},
}

func TestParseAllAppendix(t *testing.T) {
	if len(appendixPhaseTexts) != 29 {
		t.Fatalf("appendix table has %d rows, the report lists 29 projects", len(appendixPhaseTexts))
	}
	for _, tt := range appendixPhaseTexts {
		got, err := ParseAll(tt.text)
		if !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("%s %s: ParseAll(%q) error = %v, want %v", tt.agency, tt.project, tt.text, err, tt.err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s %s: ParseAll(%q) mismatch (-want +got):\n%s", tt.agency, tt.project, tt.text, diff)
		}
	}
}

func TestParseAll(t *testing.T) {
	tests := []struct {
		in   string
		want []Phase
		err  error
	}{
		// Current and old template names, definite and indefinite.
		{"Idé", []Phase{Idea}, nil},
		{"Ide", []Phase{Idea}, nil},
		{"idéfasen", []Phase{Idea}, nil},
		{"Konseptfase", []Phase{Concept}, nil},
		{"konseptfasen", []Phase{Concept}, nil},
		{"Konseptfasa", []Phase{Concept}, nil},
		{"Planleggingsfase", []Phase{Planning}, nil},
		{"Gjennomføringsfase", []Phase{Execution}, nil},
		{"gjennomføringsfasene", []Phase{Execution}, nil},
		{"Gjennomføringsfasane", []Phase{Execution}, nil},
		{"Avslutningsfase", []Phase{Closure}, nil},
		{"Avsluttingsfasen", []Phase{Closure}, nil},
		{"Realiseringsfase", []Phase{Realisation}, nil},
		{"gevinstfase", []Phase{Realisation}, nil},
		{"Gevinstrealiseringsfasen", []Phase{Realisation}, nil},
		{"Gevinstrealisering", []Phase{Realisation}, nil},
		// Verbs, as the model names its phases.
		{"Planlegge", []Phase{Planning}, nil},
		{"Planleggje", []Phase{Planning}, nil},
		{"Gjennomføre", []Phase{Execution}, nil},
		{"Avslutte", []Phase{Closure}, nil},
		{"Realisere", []Phase{Realisation}, nil},
		// Wire codes and English.
		{"concept", []Phase{Concept}, nil},
		{"execution", []Phase{Execution}, nil},
		{"realisation", []Phase{Realisation}, nil},
		{"Concept phase", []Phase{Concept}, nil},
		{"Benefits realization", []Phase{Realisation}, nil},
		{"Implementation", []Phase{Execution}, nil},
		{"Closing phase", []Phase{Closure}, nil},
		// Other words reports use.
		{"Utredning", []Phase{Concept}, nil},
		{"Konseptvalgutredning (KVU)", []Phase{Concept}, nil},
		{"utgreiing", []Phase{Concept}, nil},
		{"Innføring", []Phase{Execution}, nil},
		{"Hovedprosjekt", []Phase{Execution}, nil},
		{"Prosjektavslutning", []Phase{Closure}, nil},
		{"Detaljplanlegging", []Phase{Planning}, nil},
		{"Kravspesifikasjon", []Phase{Planning}, nil},
		{"Testing", []Phase{Execution}, nil},
		// Case, punctuation, white space, hyphens.
		{"  KONSEPTFASE  ", []Phase{Concept}, nil},
		{"gJeNnOmFøRiNg!!!", []Phase{Execution}, nil},
		{"\tUnder\n\nplanlegging.", []Phase{Planning}, nil},
		{"Fase: «Gjennomføring»", []Phase{Execution}, nil},
		{"Konsept-fase", []Phase{Concept}, nil},
		{"Gjennomførings- og avslutningsfase", []Phase{Execution, Closure}, nil},
		{"Gjennomførings fase", []Phase{Execution}, nil},
		{"Gjennomføring (delfase 2)", []Phase{Execution}, nil},
		{"Gjennomføring, fase 2", []Phase{Execution}, nil},
		{"Planlegging – sluttfase", []Phase{Planning}, nil},
		{"Gjennom\u00adføringsfase", []Phase{Execution}, nil},
		// Unicode: decomposed å, é and ø written without the stroke.
		{"Ide\u0301fase", []Phase{Idea}, nil},
		{"GJENNOMFØRINGSFASEN", []Phase{Execution}, nil},
		{"Gjennomforing", []Phase{Execution}, nil},
		{"Gjennomfoering", []Phase{Execution}, nil},
		{"Gjennomfo\u0308ring", []Phase{Execution}, nil},
		// Several phases, in order, each once.
		{"Konsept og planlegging", []Phase{Concept, Planning}, nil},
		{"Planlegging og konsept", []Phase{Planning, Concept}, nil},
		{"Gjennomføring, gjennomføringsfase, execution", []Phase{Execution}, nil},
		{"Planlegging og testfase", []Phase{Planning, Execution}, nil},
		{"Gjennomføring for del 1, konsept- og testfase for del 2", []Phase{Execution, Concept}, nil},
		// A test word belongs to the concept phase its clause names,
		// otherwise to execution.
		{"Konseptfase for del 1, testfase for del 2", []Phase{Concept, Execution}, nil},
		{"Test- og konseptfase", []Phase{Concept}, nil},
		{"Konseptfase (test av løsninger)", []Phase{Concept}, nil},
		{"Testing og planlegging", []Phase{Execution, Planning}, nil},
		{"Test. Gjennomføring", []Phase{Execution}, nil},
		{"Konsept og test; test og konsept", []Phase{Concept}, nil},
		// Ambiguous words settled by the rest of the text.
		{"Gjennomføring, pilot i to kommuner", []Phase{Execution}, nil},
		{"Forprosjekt (konseptfase)", []Phase{Concept}, nil},
		{"Pilot og testing", []Phase{Execution}, nil},
		// Ambiguous words nothing settles.
		{"Forprosjekt", nil, ErrAmbiguous},
		{"Pilot", nil, ErrAmbiguous},
		{"Pilotfase", nil, ErrAmbiguous},
		{"Forprosjekt og gjennomføring", nil, ErrAmbiguous},
		// No phase.
		{"", nil, ErrUnknownValue},
		{"   ", nil, ErrUnknownValue},
		{"Drift", nil, ErrUnknownValue},
		{"I drift og forvaltning", nil, ErrUnknownValue},
		{"Avsluttet", nil, ErrUnknownValue},
		{"Avslutta", nil, ErrUnknownValue},
		{"Ferdig", nil, ErrUnknownValue},
		{"Ikke startet", nil, ErrUnknownValue},
		{"none", nil, ErrUnknownValue},
		{"Fase 2", nil, ErrUnknownValue},
		{"Startfasen", nil, ErrUnknownValue},
		{"Gjennomfører", nil, ErrUnknownValue},
		{"Pilotkommuner", nil, ErrUnknownValue},
		{"Gevinst", nil, ErrUnknownValue},
		{"Side", nil, ErrUnknownValue},
		// A phase compound that is not a phase spoils the whole text.
		{"Driftsfase", nil, ErrUnknownValue},
		{"Planlegging og designfase", nil, ErrUnknownValue},
	}
	for _, tt := range tests {
		got, err := ParseAll(tt.in)
		if !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("ParseAll(%q) error = %v, want %v", tt.in, err, tt.err)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseAll(%q) mismatch (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		in   string
		want Phase
		err  error
	}{
		{"Konsept- og testfase", Concept, nil},
		{"Under planlegging", Planning, nil},
		{"Konseptutredning", Concept, nil},
		{"Realiseringsfase", Realisation, nil},
		{"Gjennomføring og gjennomføringsfase", Execution, nil},
		{"Gjennomføring for del 1, konseptfase for del 2 og 3.", 0, ErrAmbiguous},
		{"Forprosjekt", 0, ErrAmbiguous},
		{"Drift", 0, ErrUnknownValue},
		{"", 0, ErrUnknownValue},
	}
	for _, tt := range tests {
		got, err := Parse(tt.in)
		if !errors.Is(err, tt.err) || (tt.err == nil) != (err == nil) {
			t.Errorf("Parse(%q) error = %v, want %v", tt.in, err, tt.err)
		}
		if got != tt.want {
			t.Errorf("Parse(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in        string
		all       bool // ParseAll rather than Parse
		ambiguous *AmbiguousError
		unknown   *enum.ValueError
	}{
		{
			in:        "Gjennomføring for del 1, konseptfase for del 2 og 3.",
			ambiguous: &AmbiguousError{Text: "Gjennomføring for del 1, konseptfase for del 2 og 3.", Phases: []Phase{Execution, Concept}},
		},
		{
			in: "Forprosjekt", all: true,
			ambiguous: &AmbiguousError{Text: "Forprosjekt", Word: "Forprosjekt", Phases: []Phase{Concept, Planning}},
		},
		{
			in: "Gjennomføring, pilotfasen", all: true,
			ambiguous: nil,
		},
		{
			in: "Planlegging; pilotfasen", all: true,
			ambiguous: &AmbiguousError{Text: "Planlegging; pilotfasen", Word: "pilotfasen", Phases: []Phase{Concept, Execution}},
		},
		{in: "  Drift  ", unknown: &enum.ValueError{Type: "phase", Value: "Drift"}},
		{in: "", unknown: &enum.ValueError{Type: "phase"}},
		{in: "Planlegging og Designfase", all: true, unknown: &enum.ValueError{Type: "phase", Value: "Designfase"}},
		{in: "Konsept, drifts\u00adfasen.", all: true, unknown: &enum.ValueError{Type: "phase", Value: "drifts\u00adfasen"}},
	}
	for _, tt := range tests {
		var err error
		if tt.all {
			_, err = ParseAll(tt.in)
		} else {
			_, err = Parse(tt.in)
		}
		var gotA *AmbiguousError
		errors.As(err, &gotA)
		if diff := cmp.Diff(tt.ambiguous, gotA); diff != "" {
			t.Errorf("%q: *AmbiguousError mismatch (-want +got):\n%s", tt.in, diff)
		}
		var gotV *enum.ValueError
		errors.As(err, &gotV)
		if diff := cmp.Diff(tt.unknown, gotV); diff != "" {
			t.Errorf("%q: *enum.ValueError mismatch (-want +got):\n%s", tt.in, diff)
		}
		if gotA != nil && !errors.Is(err, ErrAmbiguous) {
			t.Errorf("%q: %v does not wrap ErrAmbiguous", tt.in, err)
		}
	}
}

func TestAmbiguousErrorNamesCandidates(t *testing.T) {
	tests := []struct {
		err  *AmbiguousError
		want string
	}{
		{
			&AmbiguousError{Text: "Konsept og planlegging", Phases: []Phase{Concept, Planning}},
			`veiviser: ambiguous phase name "Konsept og planlegging": names concept, planning`,
		},
		{
			&AmbiguousError{Text: "Forprosjekt", Word: "Forprosjekt", Phases: []Phase{Concept, Planning}},
			`veiviser: ambiguous phase name "Forprosjekt": "Forprosjekt" may mean concept or planning`,
		},
	}
	for _, tt := range tests {
		if got := tt.err.Error(); got != tt.want {
			t.Errorf("Error() = %q, want %q", got, tt.want)
		}
	}
}

// canonicalPhaseNames returns every form the library itself writes for p.
func canonicalPhaseNames(p Phase) []string {
	return []string{p.String(), p.Label(Bokmal), p.Label(Nynorsk), p.Label(English)}
}

func TestParseCanonicalNames(t *testing.T) {
	for _, p := range Phases() {
		for _, name := range canonicalPhaseNames(p) {
			for _, form := range []string{name, strings.ToUpper(name), strings.ToLower(name), decomposeNorwegian(name), " «" + name + "». "} {
				got, err := Parse(form)
				if err != nil || got != p {
					t.Errorf("Parse(%q) = %v, %v; want %v", form, got, err, p)
				}
				all, err := ParseAll(form)
				if diff := cmp.Diff([]Phase{p}, all); err != nil || diff != "" {
					t.Errorf("ParseAll(%q) error %v, mismatch (-want +got):\n%s", form, err, diff)
				}
			}
		}
	}
}

func TestParseZeroPhaseLabels(t *testing.T) {
	var zero Phase
	for _, name := range canonicalPhaseNames(zero) {
		if got, err := Parse(name); !errors.Is(err, ErrUnknownValue) {
			t.Errorf("Parse(%q) = %v, %v; want an error wrapping ErrUnknownValue", name, got, err)
		}
	}
}

func TestParseDecomposedLikeComposed(t *testing.T) {
	texts := []string{"Idéfase", "Gjennomføringsfase", "Gjennomføring for del 1, konseptfase for del 2 og 3.", "Å planlegge", "Drift", "Forprosjekt"}
	for _, tt := range appendixPhaseTexts {
		texts = append(texts, tt.text)
	}
	for _, s := range texts {
		d := decomposeNorwegian(s)
		if d == s && strings.ContainsAny(s, "åÅéÉ") {
			t.Fatalf("decomposeNorwegian(%q) changed nothing", s)
		}
		want, wantErr := ParseAll(s)
		got, err := ParseAll(d)
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("ParseAll(%q) mismatch with composed text (-want +got):\n%s", d, diff)
		}
		if errors.Is(err, ErrAmbiguous) != errors.Is(wantErr, ErrAmbiguous) || errors.Is(err, ErrUnknownValue) != errors.Is(wantErr, ErrUnknownValue) {
			t.Errorf("ParseAll(%q) error = %v, composed text gives %v", d, err, wantErr)
		}
	}
}

// decomposeNorwegian rewrites å, Å, é and É as a base letter and a
// combining mark (Unicode NFD for these letters), and ø as o with a
// combining solidus overlay, which some PDF extractors produce.
var decomposeNorwegian = strings.NewReplacer(
	"å", "a\u030a", "Å", "A\u030a", "é", "e\u0301", "É", "E\u0301", "ø", "o\u0338", "Ø", "O\u0338",
).Replace

func TestParseAllocations(t *testing.T) {
	if testing.Short() {
		t.Skip("allocation counts are not meaningful here")
	}
	for _, s := range []string{"Gjennomføringsfasen", "Gjennomføring for del 1, konseptfase for del 2 og 3.", "Konsept- og testfase"} {
		if n := testing.AllocsPerRun(100, func() { _, _ = ParseAll(s) }); n > 1 {
			t.Errorf("ParseAll(%q) allocates %v times, want at most 1", s, n)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = Parse("Under planlegging") }); n != 0 {
		t.Errorf("Parse allocates %v times on success, want 0", n)
	}
}

func BenchmarkParse(b *testing.B) {
	inputs := []struct{ name, s string }{
		{"label", "Gjennomføringsfasen"},
		{"code", "execution"},
		{"free", "Implementeringsfase - kortsiktig løsning. Utredning og kravspesifiseringsfase - langsiktig løsning."},
		{"decomposed", "Ide\u0301fasen"},
	}
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = Parse(in.s)
			}
		})
	}
	b.Run("all/free", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			_, _ = ParseAll(inputs[2].s)
		}
	})
}

func TestNameWordsConsistent(t *testing.T) {
	var heads []string
	for w, e := range nameWords {
		if strings.Trim(w, "abcdefghijklmnopqrstuvwxyz") != "" {
			t.Errorf("nameWords key %q is not folded to a-z", w)
		}
		if e.use&wordHead != 0 {
			heads = append(heads, w)
		}
		if e.use == 0 {
			t.Errorf("nameWords[%q] has no use", w)
		}
	}
	want := append([]string(nil), nameHeads...)
	slices.Sort(want)
	slices.Sort(heads)
	if diff := cmp.Diff(want, heads); diff != "" {
		t.Errorf("nameHeads and the words marked wordHead differ (-want +got):\n%s", diff)
	}
}
