package outline

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// MaxHeadingBytes bounds the part of a heading that is compared: 300
// bytes, five times the longest heading of Digdir's templates ("Er det
// aktuelt å gjere anskaffing(ar) for å gjennomføre prosjektet?", 66 bytes).
// Longer lines are not taken for headings in text and Markdown, and
// MatchHeading reads only their first MaxHeadingBytes bytes, so that
// comparing costs the same whatever the input.
const MaxHeadingBytes = 300

// maxNumberDigits bounds a group of manual heading numbering ("3.1", "12"):
// three digits, so that a year ("2020 og framover") is not taken for one.
const maxNumberDigits = 3

// chapterWords are the words that may stand before manual numbering
// ("Kap. 3", "Kapittel 3", "Chapter 3") and are dropped with it.
var chapterWords = []string{"kap", "kapittel", "kapitel", "chapter"}

// keyBuilder normalises headings into a buffer it reuses, so that
// comparing a line costs no allocation. The zero value is ready to use; it
// is not safe for concurrent use.
type keyBuilder struct {
	buf   []byte
	spans []int // start and end of each word in the input
}

// key returns the first MaxHeadingBytes of s as lower-case words of
// letters, marks and digits, joined by single spaces; everything else
// (punctuation, "?", ":", dashes, slashes, white space) separates words.
// Manual numbering at the start ("3.1", "3.1.", "Kap. 3") is dropped, and
// level is the number of its groups ("3.1" gives 2, at most 9), 0 when
// there is none. With stemmed, every word is stemmed (see stem). The key
// is valid until the next call.
func (k *keyBuilder) key(s string, stemmed bool) (key []byte, level int) {
	s = cut(s, MaxHeadingBytes)
	k.spans = k.spans[:0]
	start := -1
	for i, r := range s {
		var word bool
		if r < utf8.RuneSelf {
			word = 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
		} else {
			word = unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
		}
		if word && start < 0 {
			start = i
		}
		if !word && start >= 0 {
			k.spans = append(k.spans, start, i)
			start = -1
		}
	}
	if start >= 0 {
		k.spans = append(k.spans, start, len(s))
	}
	count := len(k.spans) / 2
	word := func(i int) string { return s[k.spans[2*i]:k.spans[2*i+1]] }
	n := 0
	if count > 1 && isChapterWord(word(0)) && isNumber(word(1)) {
		n = 1
	}
	for n < count && isNumber(word(n)) {
		n++
		level++
	}
	if level == 0 { // a chapter word without a number is a word
		n = 0
	}
	k.buf = k.buf[:0]
	for i := n; i < count; i++ {
		if len(k.buf) > 0 {
			k.buf = append(k.buf, ' ')
		}
		start := len(k.buf)
		for _, r := range word(i) {
			if r < utf8.RuneSelf {
				if 'A' <= r && r <= 'Z' {
					r += 'a' - 'A'
				}
				k.buf = append(k.buf, byte(r))
				continue
			}
			k.buf = utf8.AppendRune(k.buf, unicode.ToLower(r))
		}
		if stemmed {
			k.buf = k.buf[:start+stemLen(k.buf[start:])]
		}
	}
	return k.buf, min(level, 9)
}

// isChapterWord reports whether w is one of chapterWords, in any case.
func isChapterWord(w string) bool {
	for _, c := range chapterWords {
		if strings.EqualFold(w, c) {
			return true
		}
	}
	return false
}

// headingWords returns the words of the key of s (see keyBuilder.key) and
// the level of its manual numbering.
func headingWords(s string) (words []string, level int) {
	var k keyBuilder
	key, level := k.key(s, false)
	return strings.Fields(string(key)), level
}

// isNumber reports whether w is a group of manual numbering: one to
// maxNumberDigits ASCII digits.
func isNumber(w string) bool {
	if w == "" || len(w) > maxNumberDigits {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// cut returns the first n bytes of s, shortened to a rune boundary.
func cut(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// exactKey returns s normalised for exact comparison (see
// keyBuilder.key): case, punctuation, "?", ":", dashes, white space and
// manual numbering make no difference.
func exactKey(s string) string {
	var k keyBuilder
	key, _ := k.key(s, false)
	return string(key)
}

// looseKey returns s normalised as exactKey, with every word stemmed (see
// stem): "Gjennomgang av BP1 sjekklister" and "Gjennomgang av BP1
// sjekkliste" have one loose key. It is how text and Markdown lines are
// compared with the titles of a table of contents and TextOptions.Headings,
// through a keyBuilder.
func looseKey(s string) (key string, level int) {
	var k keyBuilder
	b, level := k.key(s, true)
	return string(b), level
}

// suffixes are the inflectional endings stem strips, longest first: the
// definite and plural endings of Norwegian nouns and adjectives in bokmål
// and nynorsk (prosjekt-et, prosjekt-er, prosjekt-ene, gevinst-ar,
// gevinst-ane, behov-a, sjekklist-e) and the genitive -s after them
// (prosjekt-et-s).
var suffixes = []string{"enes", "anes", "ets", "ens", "ene", "ane", "er", "ar", "en", "et", "a", "e"}

// minStem is the shortest stem, in runes, that stem leaves: "mål", "bp1".
const minStem = 3

// stem strips one inflectional ending from a lower-case word (see
// suffixes), leaving at least minStem runes. It is a light stemmer: it
// makes singular and plural, indefinite and definite forms of most nouns
// meet ("virksomheter", "virksomhet"; "sjekklister", "sjekkliste"), not
// bokmål and nynorsk ("virksomheter", "verksemder"), which the candidates'
// titles in both languages cover. The noun ending -het keeps its t
// ("virksomhet", "usikkerhet").
func stem(w string) string { return w[:stemLen(w)] }

// stemLen returns the length of the stem of w; see stem.
func stemLen[T string | []byte](w T) int {
	if len(w) == 0 {
		return 0
	}
	for _, s := range suffixesByLast[w[len(w)-1]] {
		if len(w) < len(s) || string(w[len(w)-len(s):]) != s {
			continue
		}
		runes := 0
		for i := 0; i < len(w)-len(s); i++ {
			if utf8.RuneStart(w[i]) {
				runes++
			}
		}
		if runes < minStem {
			continue
		}
		if (s == "et" || s == "ets") && w[len(w)-len(s)-1] == 'h' {
			return len(w) // the noun ending -het (virksomhet, usikkerhet) is no inflection
		}
		return len(w) - len(s)
	}
	return len(w)
}

// suffixesByLast holds the suffixes by their last byte, longest first.
var suffixesByLast = func() (m [256][]string) {
	for _, s := range suffixes {
		m[s[len(s)-1]] = append(m[s[len(s)-1]], s)
	}
	return m
}()

// stopwords are words that say nothing about what a section is about and
// that MatchHeading leaves out when it counts shared words: articles,
// prepositions, conjunctions, pronouns, question words, auxiliary verbs
// and hedges ("andre", "eventuelt") of bokmål, nynorsk and English.
var stopwords = wordSet(`
		og i for av med et en ei eit ein er som til på å det den de dei dem
		fra frå om at ved eller men seg sin sitt sine mot etter under over
		hva kva hvilke hvilken hvilket kva korleis hvordan hvorfor kvifor
		hvem kven når hvis dersom skal vil kan må bør har blir bli være
		vere ikke ikkje andre annen annet annan anna eventuell eventuelt eventuelle
		the and of to in on a an or is are what which how who`)

// wordSet returns the words of s, separated by white space, as a set.
func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// contentWords returns the distinct stems of the words of s that are not
// stopwords or single letters, in order of first appearance.
func contentWords(s string) []string {
	w, _ := headingWords(s)
	out := w[:0]
	for _, x := range w {
		if stopwords[x] || utf8.RuneCountInString(x) < 2 {
			continue
		}
		x = stem(x)
		dup := false
		for _, y := range out {
			if y == x {
				dup = true
				break
			}
		}
		if !dup {
			out = append(out, x)
		}
	}
	return out
}
