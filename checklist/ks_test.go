package checklist

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

// ksSummary runs the gate of a Set holding only a fresh KS checklist (as
// changed by prepare) at point p on date on, and sums up its KS findings
// in order: "1E" for checkpoint 1 blocking (an error), "8W" for 8 warning,
// with the code after a colon when it is not "checklist.unanswered";
// "6?" is the warning, after the problems, that the roll-out date is
// unknown; "!" an unknown setting, before them.
func ksSummary(t *testing.T, o Options, p phase.DecisionPoint, on phase.Date, prepare func(*Checklist)) string {
	t.Helper()
	var s Set
	c := KS()
	if prepare != nil {
		prepare(c)
	}
	must(t, s.Put(c))
	o.KS = true
	var out []string
	for _, f := range s.Gate(o).Check(phase.GateContext{Decision: approve(p, on), Covers: []phase.DecisionPoint{p}}) {
		rest, ok := strings.CutPrefix(f.Path, "checklists.ks")
		if !ok {
			continue // the Set has no BP checklists
		}
		var tag string
		switch f.Code {
		case "checklist.ks_setting_unknown":
			out = append(out, "!")
			continue
		case "checklist.rollout_unknown":
			tag = "?"
		case "checklist.unanswered":
			tag = map[phase.Severity]string{phase.SeverityError: "E", phase.SeverityWarning: "W"}[f.Severity]
		default:
			tag = map[phase.Severity]string{phase.SeverityError: "E", phase.SeverityWarning: "W"}[f.Severity] + ":" + strings.TrimPrefix(string(f.Code), "checklist.")
		}
		i, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(rest, ".items["), "]"))
		if err != nil {
			t.Fatalf("unexpected path %q", f.Path)
		}
		out = append(out, strconv.Itoa(i+1)+tag)
	}
	return strings.Join(out, " ")
}

// TestKSGateTiming pins when each KS checkpoint blocks, warns or is silent,
// with every checkpoint open. The default follows the sources: 1 blocks
// from BP2 ("KS må involverast i konseptfasen"), 5 from BP3 ("I
// planleggingsfasen"), 6 from 1 January of the year before roll-out ("i
// budsjettåret før innføringa"), and the checkpoints that say "bør" and
// name no phase (2, 3, 4, 7, 8) only warn. The old rule (1–4 blocking at
// BP2, 6 and 7 at BP4, 8 at BP5) fails it.
func TestKSGateTiming(t *testing.T) {
	d := phase.MustDate
	rollOut := d("2022-06-01") // budget year 2021
	before, budgetYear := d("2020-12-31"), d("2021-01-01")
	all := "1E 2W 3W 4W 5E 6W 7W 8W 6?"
	tests := []struct {
		name    string
		o       Options
		p       phase.DecisionPoint
		on      phase.Date
		prepare func(*Checklist)
		want    string
	}{
		// The sourced default, roll-out date unknown.
		{"BP1: nothing matters yet", Options{}, phase.BP1, before, nil, ""},
		{"BP2: 1 blocks, 2–4 and 8 warn", Options{}, phase.BP2, before, nil, "1E 2W 3W 4W 8W"},
		{"BP3: 5 blocks too", Options{}, phase.BP3, before, nil, "1E 2W 3W 4W 5E 8W"},
		{"BP3.1: 6 and 7 warn, the date is unknown", Options{}, phase.ExecutionPoint(1), before, nil, all},
		{"BP4: 6 and 7 still only warn", Options{}, phase.BP4, before, nil, all},
		{"BP5: 8 still only warns", Options{}, phase.BP5, before, nil, all},
		{"BP6", Options{}, phase.BP6, before, nil, all},

		// Checkpoint 6 by date.
		{"BP2 before the budget year", Options{RollOut: rollOut}, phase.BP2, before, nil, "1E 2W 3W 4W 8W"},
		{"BP2 in the budget year: 6 blocks whatever the phase", Options{RollOut: rollOut}, phase.BP2, budgetYear, nil, "1E 2W 3W 4W 6E 8W"},
		{"BP4 before the budget year: 6 warns", Options{RollOut: rollOut}, phase.BP4, before, nil, "1E 2W 3W 4W 5E 6W 7W 8W"},
		{"BP3.1 in the budget year", Options{RollOut: rollOut}, phase.ExecutionPoint(1), budgetYear, nil, "1E 2W 3W 4W 5E 6E 7W 8W"},
		{"after the roll-out", Options{RollOut: rollOut}, phase.BP5, d("2023-01-01"), nil, "1E 2W 3W 4W 5E 6E 7W 8W"},
		{"no decision date: fails closed", Options{RollOut: rollOut}, phase.BP2, phase.Date{}, nil, "1E 2W 3W 4W 6E 8W"},
		{"an invalid roll-out date is not known", Options{RollOut: phase.Date{Year: 2022, Month: 13, Day: 1}}, phase.BP4, budgetYear, nil, all},

		// The organisation's choices.
		{"2 and 8 made blocking: 2 at BP2", Options{KSBlocking: map[string]bool{"2": true, "8": true}}, phase.BP2, before, nil, "1E 2E 3W 4W 8W"},
		{"2 and 8 made blocking: 8 at BP5", Options{KSBlocking: map[string]bool{"2": true, "8": true}}, phase.BP5, before, nil, "1E 2E 3W 4W 5E 6W 7W 8E 6?"},
		{"1 and 5 made advisory", Options{KSBlocking: map[string]bool{"1": false, "5": false}}, phase.BP3, before, nil, "1W 2W 3W 4W 5W 8W"},
		{"6 made blocking, no date: by phase, not within execution", Options{KSBlocking: map[string]bool{"6": true}}, phase.ExecutionPoint(1), before, nil, all},
		{"6 made blocking, no date: by phase at BP4", Options{KSBlocking: map[string]bool{"6": true}}, phase.BP4, before, nil, "1E 2W 3W 4W 5E 6E 7W 8W 6?"},
		{"6 made advisory in the budget year", Options{RollOut: rollOut, KSBlocking: map[string]bool{"6": false}}, phase.BP2, budgetYear, nil, "1E 2W 3W 4W 6W 8W"},
		{"a setting naming no checkpoint", Options{KSBlocking: map[string]bool{"9": true, "": false}}, phase.BP1, before, nil, "! !"},

		// What the checklist itself says.
		{"handled checkpoints are silent", Options{}, phase.BP3, before, func(c *Checklist) {
			must(t, c.Record("1", "ja", note(day1, "")))
			must(t, c.NotRelevant("5", note(day1, "Ingen gevinstar i kommunesektoren")))
		}, "2W 3W 4W 8W"},
		{"a deferred checkpoint with its reason warns", Options{}, phase.BP2, before, func(c *Checklist) {
			must(t, c.Defer("1", note(day1, "Møte med KS er avtalt")))
		}, "1W:still_open 2W 3W 4W 8W"},
		{"an advisory KS checklist blocks nothing", Options{RollOut: rollOut}, phase.BP3, budgetYear, func(c *Checklist) {
			c.Level = Advisory
		}, "1W 2W 3W 4W 5W 6W 8W"},
		{"an organisation's own item is timed by its phases", Options{}, phase.BP2, before, func(c *Checklist) {
			must(t, c.Add(Item{ID: "9", Lang: phase.Nynorsk, Question: Wording{Text: "Er KS orientert om konseptvalet?"},
				Kind: YesNo, Favourable: Yes, From: phase.Concept, Due: phase.Concept}))
		}, "1E 2W 3W 4W 8W 9E"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ksSummary(t, tt.o, tt.p, tt.on, tt.prepare); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestKSEvaluateAtEnd: Set.Evaluate judges the KS checklist as at the end
// of the project, after roll-out, with the same timing as the gate.
func TestKSEvaluateAtEnd(t *testing.T) {
	blocking := func(o Options) (ids []string, ready bool) {
		s := NewSet()
		rs := s.Evaluate(o)
		r := rs[len(rs)-1]
		if r.ID != "ks" {
			t.Fatalf("last evaluation is %q, want ks", r.ID)
		}
		for _, p := range r.Blocking() {
			ids = append(ids, p.ID)
		}
		if len(r.Problems) != 8 {
			t.Errorf("%d problems, want all 8 checkpoints", len(r.Problems))
		}
		return ids, r.Ready
	}
	for _, tt := range []struct {
		o    Options
		want []string
	}{
		{Options{KS: true}, []string{"1", "5"}},
		{Options{KS: true, RollOut: phase.MustDate("2022-06-01")}, []string{"1", "5", "6"}},
		{Options{KS: true, KSBlocking: map[string]bool{"7": true, "1": false}}, []string{"5", "7"}},
	} {
		got, ready := blocking(tt.o)
		if diff := cmp.Diff(tt.want, got); diff != "" || ready {
			t.Errorf("%+v: blocking (-want +got):\n%s ready %v", tt.o, diff, ready)
		}
	}
	if rs := NewSet().Evaluate(Options{}); rs[len(rs)-1].ID == "ks" {
		t.Error("Evaluate without KS evaluated the KS checklist")
	}
}

// TestKSTimingSources: every checkpoint's default timing is the one its
// source words give, and the item phases agree with it.
func TestKSTimingSources(t *testing.T) {
	type timing struct {
		T         ksTiming
		From, Due phase.Phase
	}
	want := map[string]timing{
		"1": {ksByPhase, phase.Concept, phase.Concept},  // "KS må involverast i konseptfasen"
		"2": {ksAdvisory, phase.Concept, phase.Concept}, // no phase named
		"3": {ksAdvisory, phase.Concept, phase.Concept},
		"4": {ksAdvisory, phase.Concept, phase.Concept},
		"5": {ksByPhase, phase.Planning, phase.Planning},    // "I planleggingsfasen"
		"6": {ksByDate, phase.Execution, phase.Execution},   // "i budsjettåret før innføringa"; "I gjennomføringsfasen"
		"7": {ksAdvisory, phase.Execution, phase.Execution}, // no phase named
		"8": {ksAdvisory, phase.Concept, phase.Closure},     // no phase named; "gjennom heile prosjektet"
		"9": {ksByPhase, 0, 0},                              // not Difi's: as any item
	}
	got := map[string]timing{"9": {ksTimingOf("9"), 0, 0}}
	for _, it := range KS().Items() {
		got[it.ID] = timing{ksTimingOf(it.ID), it.From, it.Due}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("KS timing (-want +got):\n%s", diff)
	}
	// The words the blocking defaults rest on are in the source.
	secs := ksSections(t)
	intro := readSource(t, sourceKSIntro, "Sjekkliste for involvering av kommunesektoren\n")
	if title, _, _ := strings.Cut(intro, "\n"); ksTitle.NN != title || ksTitle.NB != title {
		t.Errorf("KS title %q/%q, the source's is %q", ksTitle.NB, ksTitle.NN, title)
	}
	intro = squash(intro)
	for _, c := range []struct {
		where, words string
	}{
		{intro, "Her finn de 8 sjekkpunkt om korleis statlege verksemder bør involvere kommunesektoren"},
		{intro, "KS må involverast i konseptfasen"},
		{intro, "i ein tidleg fase skal drøfte tiltaket med kommunesektorens interesseorganisasjon KS"},
		{intro, "oppretthalde denne kontakten gjennom heile prosjektet"},
		{squash(secs[1]), "skal de innleiingsvis i arbeidet ta kontakt med KS"},
		{squash(secs[5]), "I planleggingsfasen av prosjektet bør de lage ein gevinstrealiseringsplan"},
		{squash(secs[6]), "i budsjettåret før innføringa skal skje"},
		{squash(secs[6]), "I gjennomføringsfasen bør de oppdatere"},
		{squash(secs[2]), "Utgreiingsinstruksen (DFØ) krev at prosjekteigar skildrar kva verknader tiltaket får for kommunesektoren"},
	} {
		if !strings.Contains(c.where, c.words) {
			t.Errorf("seed 004 does not say %q", c.words)
		}
	}
}

// TestKSPublishedSource: the publication date is the seed's.
func TestKSPublishedSource(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "sources", "seed-004-difi-ks-publisert.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "Publisert: 16. nov 2017") || KSPublished() != phase.MustDate("16.11.2017") {
		t.Errorf("KSPublished %v does not match the seed: %q", KSPublished(), b)
	}
}

// TestKSNotPublished: a decision before the checklist existed is not
// checked against it, and the gate says why.
func TestKSNotPublished(t *testing.T) {
	s := NewSet()
	answerAll(t, s.At(phase.BP2), "ja", day2)
	at := func(date string) []pathCode {
		ctx := phase.GateContext{Decision: approve(phase.BP2, phase.MustDate(date)), Covers: []phase.DecisionPoint{phase.BP2}}
		var got []pathCode
		for _, f := range s.Gate(ks).Check(ctx) {
			if strings.HasPrefix(f.Path, "checklists.ks") {
				got = append(got, pathCode{f.Path, f.Code, f.Severity})
			}
		}
		return got
	}
	if diff := cmp.Diff([]pathCode{{"checklists.ks", "checklist.ks_not_published", phase.SeverityInfo}}, at("15.12.2016")); diff != "" {
		t.Errorf("before publication (-want +got):\n%s", diff)
	}
	if got := at("15.01.2018"); len(got) == 0 || got[0].Code == "checklist.ks_not_published" {
		t.Errorf("after publication: %v", got)
	}
}
