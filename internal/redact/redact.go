// Package redact finds known personal names in free text and replaces
// them, for the copies of registers and overviews that are published.
//
// A name is found as a whole, in the forms a reader still recognises as
// that name (see Replacer). A part of a name alone ("Kari", "Nordmann") is
// not a name: replacing every "Strøm" or "Berg" would scrub other people
// and common words, and still miss initials.
//
// Matching takes time linear in the length of the text, whatever the
// names: the text is read once as words, and the words that belong to
// some name drive an Aho–Corasick automaton over the names' words. There
// are no regular expressions and no backtracking.
package redact

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Replacer finds and replaces a set of personal names. A name is found
// whole, and in these forms:
//
//   - in any case ("KARI NORDMANN", "kari nordmann");
//   - composed or decomposed, and in compatibility forms such as
//     full-width letters (compared after Unicode NFKC);
//   - with any white space between its parts: several spaces, a tab, a
//     no-break space (U+00A0, U+202F) or a line break;
//   - with invisible format characters (soft hyphen, zero-width space)
//     anywhere in it;
//   - in the genitive: "Kari Nordmanns", "Kari Nordmann's" (with ', ’
//     or ʼ);
//   - surname first, with or without a comma: "Nordmann, Kari",
//     "Nordmann Kari"; for a name of three parts also "Bjørnæs Øvrebø,
//     Jørn" and "Øvrebø, Jørn Bjørnæs" (for names of up to eight parts).
//
// Words are runs of letters, digits, marks and format characters, the
// last left out when words are compared; a name is found only where
// its first and last word begin and end, so "Kari Nordmannsen" and
// "Karianne Nordmann" are not "Kari Nordmann". A hyphen or an apostrophe
// inside a name must be there in the text too ("Hanne-Mari"); a hyphen
// after it ends it, so "Kari Nordmann-Hansen" loses "Kari Nordmann", which
// errs on the side of privacy.
//
// A Replacer is immutable and safe for concurrent use.
type Replacer struct {
	repl    string
	words   map[string]int32 // canonical word → id
	seps    map[string]int32 // canonical separator → id; 0 is "none", before a first word
	next    map[edge]int32   // the trie of names: (node, separator, word) → node
	fail    []int32          // fail[node]: the node of the longest proper suffix of node's path
	longest []int32          // longest[node]: words in the longest name that ends at node, or 0
}

// edge is a step in the trie: from node, over separator sep, to word.
// From the root, sep is always 0: a name may follow anything.
type edge struct{ node, sep, word int32 }

// maxSwapped is the most parts a name may have to be looked for surname
// first as well. Each split of a name is another pattern; real names have
// few parts, and a long "name" should not multiply the work.
const maxSwapped = 8

// New returns a Replacer of names by repl. Blank names, and names without
// a letter or digit, are ignored.
func New(names []string, repl string) *Replacer {
	r := &Replacer{
		repl:  repl,
		words: map[string]int32{},
		seps:  map[string]int32{},
		next:  map[edge]int32{},
	}
	b := builder{r: r, depth: []int32{0}, final: []bool{false}, kids: [][]int32{nil}}
	var f folder
	for _, n := range names {
		ws, ss := f.name(n)
		if len(ws) == 0 {
			continue
		}
		b.addForms(ws, ss)
		if len(ws) > maxSwapped {
			continue
		}
		// Surname first: split between any two parts that are not joined
		// by a hyphen or an apostrophe, and put the second half first,
		// after a comma or a space.
		for k := 1; k < len(ws); k++ {
			if s := ss[k-1]; s == "-" || s == "'" {
				continue
			}
			rw := slices.Concat(ws[k:], ws[:k])
			for _, join := range []string{",", " "} {
				b.addForms(rw, slices.Concat(ss[k:], []string{join}, ss[:k-1]))
			}
		}
	}
	b.link()
	return r
}

// builder builds a Replacer's automaton.
type builder struct {
	r     *Replacer
	depth []int32   // words from the root
	final []bool    // a name ends at the node
	kids  [][]int32 // the node's children, in order of creation
	edges []edge    // edges[child-1] leads to child
}

// addForms adds the name of canonical words ws, separated by ss, as it is
// and in the genitive ("s" or "'s" on its last word).
func (b *builder) addForms(ws, ss []string) {
	b.add(ws, ss)
	last := ws[len(ws)-1]
	for _, end := range []string{"s", "'s"} {
		g := slices.Clone(ws)
		g[len(g)-1] = last + end
		b.add(g, ss)
	}
}

// add adds the name of canonical words ws, separated by ss, to the trie.
func (b *builder) add(ws, ss []string) {
	node := int32(0)
	for k, w := range ws {
		sep := int32(0)
		if k > 0 {
			sep = intern(b.r.seps, ss[k-1], 1)
		}
		e := edge{node, sep, intern(b.r.words, w, 0)}
		c, ok := b.r.next[e]
		if !ok {
			c = int32(len(b.final))
			b.r.next[e] = c
			b.final = append(b.final, false)
			b.depth = append(b.depth, b.depth[node]+1)
			b.kids = append(b.kids, nil)
			b.kids[node] = append(b.kids[node], c)
			b.edges = append(b.edges, e)
		}
		node = c
	}
	b.final[node] = true
}

// link computes the failure links and the longest name ending at each
// node, breadth first (Aho and Corasick, 1975).
func (b *builder) link() {
	r := b.r
	r.fail = make([]int32, len(b.final))
	r.longest = make([]int32, len(b.final))
	queue := slices.Clone(b.kids[0])
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		e := b.edges[c-1]
		if e.node != 0 {
			r.fail[c] = r.step(r.fail[e.node], e.sep, e.word, nil)
		}
		if b.final[c] {
			r.longest[c] = b.depth[c]
		} else {
			r.longest[c] = r.longest[r.fail[c]]
		}
		queue = append(queue, b.kids[c]...)
	}
}

// step returns the node the automaton moves to from node on word w after
// separator sep, following failure links; it counts the links followed in
// *steps if steps is not nil.
func (r *Replacer) step(node, sep, w int32, steps *int) int32 {
	for node != 0 {
		if c, ok := r.next[edge{node, sep, w}]; ok {
			return c
		}
		node = r.fail[node]
		if steps != nil {
			*steps++
		}
	}
	if c, ok := r.next[edge{0, 0, w}]; ok {
		return c
	}
	return 0
}

// intern returns the id of s in m, adding it as len(m)+base if new.
func intern(m map[string]int32, s string, base int32) int32 {
	id, ok := m[s]
	if !ok {
		id = int32(len(m)) + base
		m[s] = id
	}
	return id
}

// Replace returns s with every occurrence of a name replaced. Occurrences
// that overlap are replaced together, by one replacement.
func (r *Replacer) Replace(s string) string {
	spans, _ := r.find(s, false)
	if len(spans) == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	at := 0
	for _, sp := range spans {
		b.WriteString(s[at:sp.start])
		b.WriteString(r.repl)
		at = sp.end
	}
	b.WriteString(s[at:])
	return b.String()
}

// Contains reports whether s holds one of the names in a form Replace
// would replace.
func (r *Replacer) Contains(s string) bool {
	spans, _ := r.find(s, true)
	return len(spans) > 0
}

// span is the byte range of a name found in a text.
type span struct{ start, end int }

// find returns the spans of names in s, sorted and merged where they
// overlap; with first, it stops at the first. It also returns the number
// of automaton steps taken, for the test that keeps them linear.
//
// The text is read once, word by word. Only words of some name move the
// automaton; any other word, or a separator no name has, sends it back to
// the root.
func (r *Replacer) find(s string, first bool) (out []span, steps int) {
	if len(r.words) == 0 {
		return nil, 0
	}
	var (
		f       folder
		starts  []int // start of each word of some name read so far
		node    int32
		adj     bool // the last word read is a word of some name
		prevEnd int  // end of the last word read
	)
	eachWord(s, func(start, end int) bool {
		w := f.word(s[start:end])
		if len(w) == 0 {
			return true // format characters only: part of the gap
		}
		// A "'s" right after a name belongs to it.
		if adj && string(w) == "s" && len(out) > 0 && out[len(out)-1].end == prevEnd && string(f.sep(s[prevEnd:start])) == "'" {
			out[len(out)-1].end = end
		}
		id, ok := r.words[string(w)]
		if !ok {
			adj, prevEnd = false, end
			return true
		}
		sep := int32(-1)
		if adj {
			if v, ok := r.seps[string(f.sep(s[prevEnd:start]))]; ok {
				sep = v
			}
		}
		if sep < 0 {
			node = 0
		}
		steps++
		node = r.step(node, sep, id, &steps)
		starts = append(starts, start)
		adj, prevEnd = true, end
		n := int(r.longest[node])
		if n == 0 {
			return true
		}
		sp := span{starts[len(starts)-n], end}
		// sp ends after every span so far; it swallows those it overlaps.
		for len(out) > 0 && out[len(out)-1].end > sp.start {
			sp.start = min(sp.start, out[len(out)-1].start)
			out = out[:len(out)-1]
		}
		out = append(out, sp)
		return !first
	})
	return out, steps
}

// eachWord calls fn with the byte range of every word of s, a maximal run
// of letters, numbers, marks and format characters, until fn returns
// false.
func eachWord(s string, fn func(start, end int) bool) {
	start := -1
	for i := 0; i < len(s); {
		c := s[i]
		var in bool
		size := 1
		if c < utf8.RuneSelf {
			in = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
		} else {
			var r rune
			r, size = utf8.DecodeRuneInString(s[i:])
			in = isWordRune(r)
		}
		switch {
		case in && start < 0:
			start = i
		case !in && start >= 0:
			if !fn(start, i) {
				return
			}
			start = -1
		}
		i += size
	}
	if start >= 0 {
		fn(start, len(s))
	}
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r) || unicode.Is(unicode.Cf, r)
}

// folder brings words and separators to the canonical form in which they
// are compared. Its buffers are reused: a result is valid until the next
// call of the same method.
type folder struct {
	w, tmp, nfkc, s []byte
}

// word returns w without format characters, in NFKC, in lower case, with
// the modifier letter apostrophe (U+02BC) as "'".
func (f *folder) word(w string) []byte {
	f.w = f.w[:0]
	ascii, latin1 := true, true // Latin-1 letters are kept by NFKC
	for _, r := range w {
		if r >= utf8.RuneSelf {
			ascii = false
			if r < 0xC0 || r > 0xFF {
				latin1 = false
				break
			}
		}
	}
	switch {
	case ascii:
		for i := 0; i < len(w); i++ {
			c := w[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			f.w = append(f.w, c)
		}
	case latin1:
		for _, r := range w {
			f.w = utf8.AppendRune(f.w, unicode.ToLower(r))
		}
	default:
		f.tmp = f.tmp[:0]
		for _, r := range w {
			switch {
			case unicode.Is(unicode.Cf, r):
			case r == '\u02BC':
				f.tmp = append(f.tmp, '\'')
			default:
				f.tmp = utf8.AppendRune(f.tmp, r)
			}
		}
		f.nfkc = norm.NFKC.Append(f.nfkc[:0], f.tmp...)
		for b := f.nfkc; len(b) > 0; {
			r, size := utf8.DecodeRune(b)
			f.w = utf8.AppendRune(f.w, unicode.ToLower(r))
			b = b[size:]
		}
	}
	return f.w
}

// sep returns the canonical form of the text between two words: its
// punctuation, with every apostrophe as "'" and every dash as "-", and
// white space and format characters left out; " " if it has nothing else.
func (f *folder) sep(gap string) []byte {
	f.s = f.s[:0]
	for _, r := range gap {
		switch {
		case unicode.IsSpace(r), unicode.Is(unicode.Cf, r):
		case strings.ContainsRune("'\u2019\u2018\u02BC\u00B4`\u2032", r):
			f.s = append(f.s, '\'')
		case r == '-' || '\u2010' <= r && r <= '\u2015' || r == '\u2212' || r == '\uFE58' || r == '\uFE63' || r == '\uFF0D':
			f.s = append(f.s, '-')
		case r == '\uFF0C':
			f.s = append(f.s, ',')
		default:
			f.s = utf8.AppendRune(f.s, r)
		}
	}
	if len(f.s) == 0 {
		f.s = append(f.s, ' ')
	}
	return f.s
}

// name returns the canonical words of a name and the separators between
// them.
func (f *folder) name(n string) (words, seps []string) {
	prevEnd := -1
	eachWord(n, func(start, end int) bool {
		w := f.word(n[start:end])
		if len(w) == 0 {
			return true
		}
		if prevEnd >= 0 {
			seps = append(seps, string(f.sep(n[prevEnd:start])))
		}
		words = append(words, string(w))
		prevEnd = end
		return true
	})
	return words, seps
}
