package outline

// Candidate is a section a heading may open: a key the caller chooses (a
// JSON path, a section ID) and the section's official titles, in bokmål,
// nynorsk and as older template versions word them.
type Candidate struct {
	Key    string
	Titles []string
}

// Match is the candidate a heading was matched to.
type Match struct {
	// Key is the candidate's Key.
	Key string
	// Confidence is how sure the match is, from MatchThreshold to 1:
	// 1 for an exact match, below 1 for a match by shared words.
	Confidence float64
	// Exact reports that the heading equals one of the candidate's titles
	// once normalised (see MatchHeading).
	Exact bool
}

// MatchThreshold is the least weighted share of words a heading and a
// title must have in common for MatchHeading to match them by words: 0.6,
// as a Dice coefficient (twice the weight of the shared words over the
// weight of the words of both). It lets the rewordings of seed 000 through
// ("Hvilke endringer prosjektet skal skape" for "Hvilke endringer skal
// prosjektet skape?", 0.99; "Direkte involvering av andre virksomheter som
// er aktuelle" for "Er direkte involvering av andre virksomheter
// aktuelt?", 0.75), and the headings of the mandate's version 3.0 to their
// sections in version 4.0, and turns away the seed's own subheadings
// ("Styringsgruppe", "Kostnad") and headings that share only words many
// sections have ("Prosjekt i konseptfasen"). Where a heading's own section
// is missing, it may still find a neighbour: a part its whole
// ("Avhengigheter", "Prosjektets avhengigheter og forutsetninger") or a
// near twin ("3.1 Nyttevirkninger i egen virksomhet", "3.2 Anvendelse av
// nyttevirkninger i egen virksomhet"); the tests list every such case
// among Digdir's templates.
const MatchThreshold = 0.6

// fuzzyCap is the highest confidence of a match that is not exact, so that
// an exact match always wins over a rewording with the same words.
const fuzzyCap = 0.99

// MatchHeading finds the candidate whose titles the heading matches best.
//
// Heading and titles are normalised first: case, punctuation, "?" and ":",
// dashes, white space and manual numbering ("3.1", "3.1.", "Kap. 3") make
// no difference. A heading equal to a title after that is an exact match,
// with confidence 1.
//
// Otherwise they are compared by their content words: words without
// stopwords ("og", "av", "er", "hvilke", "kva" …) and single letters,
// lightly stemmed so that singular and plural, indefinite and definite
// forms meet ("sjekklister" and "sjekkliste"). Each word is weighted by how
// rare it is among the candidates: a word in the titles of n candidates
// counts 1/n, so that words many sections share ("prosjekt",
// "konseptfasen") say little about which section a heading opens, and a
// word in no title counts 1. The confidence is the weighted
// Dice coefficient of the two sets of words, at most 0.99; a match needs
// at least MatchThreshold. The result therefore depends on the candidates
// given: give all the sections of one template.
//
// The best match wins: the highest confidence, and between equals the
// earlier candidate (and within a candidate, its earlier title). A heading
// that matches no candidate, or has no words, gives false. Only the first
// MaxHeadingBytes bytes of the heading and of each title are read, so the
// cost is linear in the number of titles.
func MatchHeading(heading string, cands []Candidate) (Match, bool) {
	return NewMatcher(cands).Match(heading)
}

// Matcher matches headings against a fixed list of candidates, as
// MatchHeading does, with the candidates' titles normalised and their words
// weighted once: for matching every heading of a document against the
// sections of its template. It does not change once made and is safe for
// concurrent use.
type Matcher struct {
	keys   []string
	titles []matcherTitle
	df     map[string]int // in how many candidates each word occurs
}

// matcherTitle is one title of a candidate, normalised.
type matcherTitle struct {
	cand  int      // index of the candidate
	exact string   // exactKey of the title
	words []string // contentWords of the title
}

// NewMatcher returns a Matcher for cands, which it does not keep.
func NewMatcher(cands []Candidate) *Matcher {
	m := &Matcher{keys: make([]string, len(cands)), df: map[string]int{}}
	for i, c := range cands {
		m.keys[i] = c.Key
		seen := map[string]bool{}
		for _, t := range c.Titles {
			mt := matcherTitle{cand: i, exact: exactKey(t), words: contentWords(t)}
			if mt.exact == "" {
				continue
			}
			m.titles = append(m.titles, mt)
			for _, w := range mt.words {
				if !seen[w] {
					seen[w] = true
					m.df[w]++
				}
			}
		}
	}
	return m
}

// Match finds the candidate whose titles the heading matches best; see
// MatchHeading.
func (m *Matcher) Match(heading string) (Match, bool) {
	key := exactKey(heading)
	if key == "" {
		return Match{}, false
	}
	for _, t := range m.titles {
		if t.exact == key {
			return Match{Key: m.keys[t.cand], Confidence: 1, Exact: true}, true
		}
	}
	words := contentWords(heading)
	best, bestCand := 0.0, -1
	for _, t := range m.titles {
		if conf := min(dice(words, t.words, m.weight), fuzzyCap); conf >= MatchThreshold && conf > best {
			best, bestCand = conf, t.cand
		}
	}
	if bestCand < 0 {
		return Match{}, false
	}
	return Match{Key: m.keys[bestCand], Confidence: best}, true
}

// weight returns the weight of a word: 1/n for a word in the titles of n
// candidates, 1 for a word in none.
func (m *Matcher) weight(w string) float64 {
	if n := m.df[w]; n > 1 {
		return 1 / float64(n)
	}
	return 1
}

// dice returns the weighted Dice coefficient of two sets of distinct
// words: twice the weight of the words in both over the weight of a and
// of b, 0 when both weigh nothing.
func dice(a, b []string, weight func(string) float64) float64 {
	var shared, total float64
	for _, x := range a {
		wx := weight(x)
		total += wx
		for _, y := range b {
			if x == y {
				shared += wx
				break
			}
		}
	}
	for _, y := range b {
		total += weight(y)
	}
	if total == 0 {
		return 0
	}
	return 2 * shared / total
}
