package checklist

import (
	"bufio"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

// Byte-for-byte excerpts of the source documents the built-in texts were
// taken from; testdata/sources/README.md says where each comes from.
const (
	sourceBP      = "domain-decision-point-checklists.md"   // domain.md, "Decision-point checklists"
	sourceBP1     = "seed-000-helgeland-bp1-sjekkliste.txt" // seed 000, "Gjennomgang av BP1 sjekkliste"
	sourceBP1NN   = "template-nn-mandat-bp1-sjekkliste.xml" // Digdir's nynorsk mandate template, "Gjennomgang av BP1 Sjekkliste"
	sourceKS      = "seed-004-difi-ks-sjekkpunkt.txt"       // seed 004, "8 sjekkpunkt for betre involvering"
	sourceKSIntro = "seed-004-difi-ks-innleiing.txt"        // seed 004, title and introduction
)

// readSource returns the excerpt in testdata/sources/name and fails the
// test unless it begins with heading, the first line of the section it
// was cut from.
func readSource(t *testing.T, name, heading string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "sources", name))
	if err != nil {
		t.Fatalf("source excerpt missing: %v", err)
	}
	if !strings.HasPrefix(string(b), heading) {
		t.Fatalf("%s: does not begin with %q", name, heading)
	}
	return string(b)
}

// squash normalises white space only: every run of white space (line
// breaks and no-break spaces included) becomes one space.
func squash(s string) string { return strings.Join(strings.Fields(s), " ") }

// numbered returns the numbered lists of domain.md's section
// "Decision-point checklists", keyed by the BP number of the line that
// introduces each ("BP2:", "BP5 (the public copy …):").
func numbered(t *testing.T) map[int][]string {
	t.Helper()
	doc := readSource(t, sourceBP, "## Decision-point checklists")
	head := regexp.MustCompile(`^BP([1-6])\b.*:$`)
	item := regexp.MustCompile(`^(\d+)\. (.+)$`)
	out := map[int][]string{}
	cur := 0
	sc := bufio.NewScanner(strings.NewReader(doc))
	for sc.Scan() {
		line := sc.Text()
		if m := head.FindStringSubmatch(line); m != nil {
			cur, _ = strconv.Atoi(m[1])
			continue
		}
		if m := item.FindStringSubmatch(line); m != nil && cur > 0 {
			if n, _ := strconv.Atoi(m[1]); n != len(out[cur])+1 {
				t.Fatalf("domain.md BP%d: item %s out of sequence", cur, m[1])
			}
			out[cur] = append(out[cur], m[2])
			continue
		}
		if strings.TrimSpace(line) == "" && len(out[cur]) > 0 {
			cur = 0
		}
	}
	return out
}

func questions(c *Checklist) []string {
	var out []string
	for _, it := range c.Items() {
		out = append(out, it.Question.Text)
	}
	return out
}

// TestBPTextsMatchDomain compares each built-in decision-point checklist,
// item by item and in order, with domain.md.
func TestBPTextsMatchDomain(t *testing.T) {
	lists := numbered(t)
	for _, p := range phase.Points() {
		want := lists[p.Major()]
		if len(want) == 0 {
			t.Fatalf("domain.md has no list for %s", p.Label())
		}
		got := questions(MustBP(p))
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%s questions differ from domain.md (-want +got):\n%s", p.Label(), diff)
		}
	}
}

// TestBP1MatchesSeed000 reads the BP1 table of seed 000 ("Gjennomgang av
// BP1 sjekkliste") and compares the questions verbatim and in order.
func TestBP1MatchesSeed000(t *testing.T) {
	rows := seed000Rows(t)
	var want []string
	for _, r := range rows {
		want = append(want, r.question)
	}
	if diff := cmp.Diff(want, questions(MustBP(phase.BP1))); diff != "" {
		t.Errorf("BP1 questions differ from seed 000 (-want +got):\n%s", diff)
	}
}

// TestBP1NynorskMatchesTemplate reads the BP1 table of Digdir's nynorsk
// mandate template and compares BP1's nynorsk questions with it, verbatim
// and in order: they are Digdir's, not a translation.
func TestBP1NynorskMatchesTemplate(t *testing.T) {
	heading, rows := templateTable(t, sourceBP1NN)
	if heading != "Gjennomgang av BP1 Sjekkliste" {
		t.Fatalf("%s: heading %q", sourceBP1NN, heading)
	}
	if len(rows) != 8 || len(rows[0]) != 3 || rows[0][1] != "Sjekkpunkt" {
		t.Fatalf("%s: not the BP1 table (%d rows): %q", sourceBP1NN, len(rows), rows)
	}
	var want []string
	for i, r := range rows[1:] {
		if len(r) != 3 || r[0] != strconv.Itoa(i+1) {
			t.Fatalf("%s: row %d is %q", sourceBP1NN, i+1, r)
		}
		want = append(want, r[1])
	}
	items := MustBP(phase.BP1).Items()
	var got []string
	for _, it := range items {
		got = append(got, it.Question.In(phase.Nynorsk))
		if it.Question.IsTranslation(phase.Nynorsk) {
			t.Errorf("BP1 item %s: Digdir's nynorsk is marked as a translation", it.ID)
		}
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("BP1 nynorsk differs from Digdir's template (-want +got):\n%s", diff)
	}
	// The choice's nynorsk option labels are the template's words.
	for _, o := range items[3].Options {
		if !strings.Contains(strings.ToLower(want[3]), strings.ToLower(o.Label.NN)) {
			t.Errorf("BP1 item 4: nynorsk option %q is not in %q", o.Label.NN, want[3])
		}
	}
}

// templateTable reads an excerpt of a Word document's body
// (word/document.xml): the text of its first paragraph, which is the
// section heading, and the rows of its first table, each cell's
// paragraphs joined by "\n". Text is the content of w:t runs, w:tab as a
// tab; nothing is trimmed.
func templateTable(t *testing.T, name string) (heading string, rows [][]string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "sources", name))
	if err != nil {
		t.Fatalf("source excerpt missing: %v", err)
	}
	d := xml.NewDecoder(bytes.NewReader(b))
	var (
		cell             []string
		text             strings.Builder
		inT, inTbl, seen bool
		row              []string
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			switch tok.Name.Local {
			case "t":
				inT = true
			case "tab":
				text.WriteByte('\t')
			case "p":
				text.Reset()
			case "tbl":
				inTbl = true
			case "tr":
				row = nil
			case "tc":
				cell = nil
			}
		case xml.CharData:
			if inT {
				text.Write(tok)
			}
		case xml.EndElement:
			switch tok.Name.Local {
			case "t":
				inT = false
			case "p":
				if !seen {
					heading, seen = text.String(), true
				}
				if inTbl {
					cell = append(cell, text.String())
				}
			case "tc":
				row = append(row, strings.Join(cell, "\n"))
			case "tr":
				rows = append(rows, row)
			case "tbl":
				return heading, rows
			}
		}
	}
	t.Fatalf("%s: no table", name)
	return "", nil
}

type seedRow struct{ question, answer string }

// seed000Rows returns the rows of the answered BP1 table in seed 000:
// "n<TAB>question<TAB>answer".
func seed000Rows(t *testing.T) []seedRow {
	t.Helper()
	doc := readSource(t, sourceBP1, "Gjennomgang av BP1 sjekkliste\n")
	i := strings.Index(doc, "\tSjekkpunkt\tKommentar")
	if i < 0 {
		t.Fatal("seed 000: BP1 table not found")
	}
	var rows []seedRow
	sc := bufio.NewScanner(strings.NewReader(doc[i:]))
	sc.Scan() // header
	for sc.Scan() {
		f := strings.Split(sc.Text(), "\t")
		if len(f) != 3 || f[0] != strconv.Itoa(len(rows)+1) {
			break
		}
		rows = append(rows, seedRow{question: f[1], answer: f[2]})
	}
	if len(rows) != 7 {
		t.Fatalf("seed 000: read %d BP1 rows, want 7", len(rows))
	}
	return rows
}

// ksSections splits seed 004 into the text of each of the eight
// checkpoints, keyed 1 to 8, with its heading first.
func ksSections(t *testing.T) map[int]string {
	t.Helper()
	body := readSource(t, sourceKS, "8 sjekkpunkt for betre involvering\n")
	head := regexp.MustCompile(`(?m)^([1-8])\. `)
	idx := head.FindAllStringSubmatchIndex(body, -1)
	if len(idx) != 8 {
		t.Fatalf("seed 004: found %d checkpoint headings, want 8", len(idx))
	}
	out := map[int]string{}
	for k, m := range idx {
		n, _ := strconv.Atoi(body[m[2]:m[3]])
		stop := len(body)
		if k+1 < len(idx) {
			stop = idx[k+1][0]
		}
		out[n] = body[m[0]:stop]
	}
	return out
}

// TestKSTextsMatchSeed004 checks every text of the eight KS checkpoints
// against seed 004: headings and bullet lists exactly and in order, the
// lead-in and each guidance paragraph as verbatim passages of the same
// checkpoint (white space normalised only).
func TestKSTextsMatchSeed004(t *testing.T) {
	secs := ksSections(t)
	items := KS().Items()
	if len(items) != 8 {
		t.Fatalf("KS has %d checkpoints, want 8", len(items))
	}
	bullet := regexp.MustCompile(`(?m)^\s*•\s*(.+?)\s*$`)
	for i, it := range items {
		n := i + 1
		sec := secs[n]
		heading, _, _ := strings.Cut(sec, "\n")
		if want := strings.TrimSpace(strings.TrimPrefix(heading, strconv.Itoa(n)+". ")); it.Question.Text != want {
			t.Errorf("KS %d question:\n got %q\nwant %q", n, it.Question.Text, want)
		}
		var want []string
		for _, m := range bullet.FindAllStringSubmatch(sec, -1) {
			want = append(want, m[1])
		}
		var got []string
		for _, s := range it.Sub {
			got = append(got, s.Text)
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("KS %d sub-questions differ from seed 004 (-want +got):\n%s", n, diff)
		}
		flat := squash(sec)
		passages := []string{it.Lead.Text}
		passages = append(passages, strings.Split(it.Guidance.Text, "\n\n")...)
		for _, p := range passages {
			if p != "" && !strings.Contains(flat, squash(p)) {
				t.Errorf("KS %d: text not verbatim in seed 004: %q", n, p)
			}
		}
		if it.Guidance.Text == "" {
			t.Errorf("KS %d has no guidance", n)
		}
	}
}

// TestTranslations checks that every official text has its translations
// beside it, paragraph for paragraph, and that each is marked for what it
// is: English is this library's translation everywhere; the
// decision-point checklists carry nynorsk, Digdir's own for BP1 and this
// library's for BP2–BP6; the KS checkpoints are nynorsk in the source and
// carry no second nynorsk text.
func TestTranslations(t *testing.T) {
	type list struct {
		c      *Checklist
		nn     bool // a nynorsk text beside the source's
		nnOurs bool // that nynorsk is a translation
	}
	all := []list{{c: KS()}}
	for _, p := range phase.Points() {
		all = append(all, list{c: MustBP(p), nn: true, nnOurs: p != phase.BP1})
	}
	paragraphs := func(s string) int { return strings.Count(s, "\n\n") + 1 }
	for _, l := range all {
		for _, it := range l.c.Items() {
			ws := append([]Wording{it.Question, it.Guidance, it.Lead}, it.Sub...)
			for _, w := range ws {
				if w.Text == "" {
					if !w.IsZero() {
						t.Errorf("%s item %s: translations of no text: %+v", l.c.ID, it.ID, w)
					}
					continue
				}
				at := fmt.Sprintf("%s item %s, %q", l.c.ID, it.ID, w.Text)
				if w.English == "" || !w.IsTranslation(phase.English) {
					t.Errorf("%s: English %q missing or not marked as a translation", at, w.English)
				}
				if n := paragraphs(w.English); n != paragraphs(w.Text) {
					t.Errorf("%s: %d paragraphs, English has %d", at, paragraphs(w.Text), n)
				}
				if w.Translated.Has(it.Lang) || !w.Translated.IsValid() {
					t.Errorf("%s: Translated = %q marks the source's own language or is invalid", at, w.Translated)
				}
				switch {
				case l.nn && w.Nynorsk == "":
					t.Errorf("%s: no nynorsk", at)
				case l.nn && paragraphs(w.Nynorsk) != paragraphs(w.Text):
					t.Errorf("%s: nynorsk has %d paragraphs", at, paragraphs(w.Nynorsk))
				case !l.nn && (w.Nynorsk != "" || w.In(phase.Nynorsk) != w.Text):
					t.Errorf("%s: a nynorsk source carries a second nynorsk text %q", at, w.Nynorsk)
				}
				if got := w.IsTranslation(phase.Nynorsk); got != l.nnOurs {
					t.Errorf("%s: nynorsk marked as a translation = %v, want %v", at, got, l.nnOurs)
				}
			}
		}
	}
}

// TestNynorskTerms checks the nynorsk of the decision-point checklists
// against the words Digdir's nynorsk templates use (the glossary of
// bokmål terms and their nynorsk in Digdir's templates, such as
// prosjekteier → prosjekteigar, utredning → utgreiing): no bokmål form
// may remain. Digdir's own BP1 nynorsk passes it too, which keeps the list
// honest.
func TestNynorskTerms(t *testing.T) {
	// stems are bokmål forms that may not occur anywhere in a word; words
	// are bokmål words that may not occur on their own. The nynorsk in
	// the comment is Digdir's (nynorsk templates, BP1 nynorsk).
	stems := []string{
		"prosjekteier",        // prosjekteigar
		"prosjektleder",       // prosjektleiar
		"gevinstansvarlig",    // gevinstansvarleg
		"prosjektbegrunnelse", // prosjektgrunngjeving
		"virksomhet",          // verksemd
		"utredning",           // utgreiing
		"interessenter",       // interessentar
		"usikkerhet",          // usikkerheit
		"føringer",            // føringar
		"beslutning",          // vedtak, avgjerd
		"ledelse",             // leiing (verksemdsleiinga)
		"henhold",             // i samsvar med
	}
	words := []string{"hvordan", "hvem", "hvilke", "hva", "ikke", "fortsatt", "mer", "noe", "ble", "vært", "være",
		"utarbeidet", "gjennomførbart", "et", "en", "de", "hvis"}
	for _, p := range phase.Points() {
		for _, it := range MustBP(p).Items() {
			nn := strings.ToLower(it.Question.Nynorsk)
			for _, w := range strings.FieldsFunc(nn, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
				for _, s := range stems {
					if strings.Contains(w, s) {
						t.Errorf("%s item %s: bokmål %q in %q", p.Label(), it.ID, s, it.Question.Nynorsk)
					}
				}
				if slices.Contains(words, w) {
					t.Errorf("%s item %s: bokmål word %q in %q", p.Label(), it.ID, w, it.Question.Nynorsk)
				}
			}
		}
	}
}

// TestDigdirTypoKept guards the source's own spelling in BP3 item 2, and
// that the translations a user reads carry the meaning ("changes") with no
// editorial note about the typo: that note belongs in the code.
func TestDigdirTypoKept(t *testing.T) {
	it, _ := MustBP(phase.BP3).Item("2")
	if !strings.Contains(it.Question.Text, "de ønskede endingene og gevinstene") {
		t.Errorf("BP3 item 2 must keep Digdir's \"endingene\": %q", it.Question.Text)
	}
	if want := "Are the project's output goals, with their products/deliverables, suited to create the desired changes and benefits on which the assessments in the concept phase were based?"; it.Question.English != want {
		t.Errorf("BP3 item 2 English:\n got %q\nwant %q", it.Question.English, want)
	}
	if !strings.Contains(it.Question.Nynorsk, "dei ønskte endringane og gevinstane") {
		t.Errorf("BP3 item 2 nynorsk must translate what is meant: %q", it.Question.Nynorsk)
	}
}

// TestNoEditorialNotes: no text a user reads, in any language, talks about
// the source (typos, omissions); such notes are Go comments.
func TestNoEditorialNotes(t *testing.T) {
	all := []*Checklist{KS()}
	for _, p := range phase.Points() {
		all = append(all, MustBP(p))
	}
	for _, c := range all {
		for _, it := range c.Items() {
			for _, w := range append([]Wording{it.Question, it.Guidance, it.Lead}, it.Sub...) {
				for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English} {
					s := strings.ToLower(w.In(l))
					for _, note := range []string{"typo", "the source", "[sic]", "sic]", "(note", "digdir's", "difi's"} {
						if strings.Contains(s, note) {
							t.Errorf("%s item %s (%s): editorial note %q in %q", c.ID, it.ID, l, note, w.In(l))
						}
					}
				}
			}
		}
	}
}

// TestNoDanglingLeadIn: no guidance paragraph, in any language, ends in a
// colon that introduces nothing. Seed 004 lost the list after KS
// checkpoint 1's "KS kan kontaktast på føljande måtar:"; the guidance
// ends before that sentence instead. (A lead-in ending in a colon is
// fine: the sub-questions follow it.)
func TestNoDanglingLeadIn(t *testing.T) {
	all := []*Checklist{KS()}
	for _, p := range phase.Points() {
		all = append(all, MustBP(p))
	}
	for _, c := range all {
		for _, it := range c.Items() {
			for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English} {
				for _, para := range strings.Split(it.Guidance.In(l), "\n\n") {
					if strings.HasSuffix(strings.TrimSpace(para), ":") {
						t.Errorf("%s item %s (%s): guidance paragraph ends in a colon with nothing after it: %q", c.ID, it.ID, l, para)
					}
				}
			}
			if it.Lead.Text != "" && len(it.Sub) == 0 {
				t.Errorf("%s item %s: a lead-in with no sub-questions", c.ID, it.ID)
			}
		}
	}
	ks1, _ := KS().Item("1")
	first, _, _ := strings.Cut(ks1.Guidance.Text, "\n\n")
	if want := "skal de innleiingsvis i arbeidet ta kontakt med KS."; !strings.HasSuffix(first, want) {
		t.Errorf("KS 1's first guidance paragraph should end %q: %q", want, first)
	}
}
