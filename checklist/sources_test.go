package checklist

import (
	"bufio"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

// Byte-for-byte excerpts of the source documents the built-in texts were
// taken from; testdata/sources/README.md says where each comes from.
const (
	sourceBP  = "domain-decision-point-checklists.md"   // domain.md, "Decision-point checklists"
	sourceBP1 = "seed-000-helgeland-bp1-sjekkliste.txt" // seed 000, "Gjennomgang av BP1 sjekkliste"
	sourceKS  = "seed-004-difi-ks-sjekkpunkt.txt"       // seed 004, "8 sjekkpunkt for betre involvering"
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

// TestTranslations checks that every official text has an English
// translation beside it, paragraph for paragraph.
func TestTranslations(t *testing.T) {
	all := []*Checklist{KS()}
	for _, p := range phase.Points() {
		all = append(all, MustBP(p))
	}
	for _, c := range all {
		for _, it := range c.Items() {
			ws := append([]Wording{it.Question, it.Guidance, it.Lead}, it.Sub...)
			for _, w := range ws {
				if w.Text == "" {
					continue
				}
				if w.English == "" {
					t.Errorf("%s item %s: no English for %q", c.ID, it.ID, w.Text)
				}
				if a, b := strings.Count(w.Text, "\n\n"), strings.Count(w.English, "\n\n"); a != b {
					t.Errorf("%s item %s: %d paragraphs, English has %d", c.ID, it.ID, a+1, b+1)
				}
			}
		}
	}
}

// TestDigdirTypoKept guards the source's own spelling in BP3 item 2.
func TestDigdirTypoKept(t *testing.T) {
	it, _ := MustBP(phase.BP3).Item("2")
	if !strings.Contains(it.Question.Text, "de ønskede endingene og gevinstene") {
		t.Errorf("BP3 item 2 must keep Digdir's \"endingene\": %q", it.Question.Text)
	}
}
