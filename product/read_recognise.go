package product

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"github.com/digitale-helgeland/veiviser/internal/ooxml"
	outl "github.com/digitale-helgeland/veiviser/internal/outline"
	"github.com/digitale-helgeland/veiviser/phase"
)

// candidate is a heading a document of one template version may have: a
// section of Digdir's template, or a titled field of the document type
// that can stand under a heading of its own (fieldTitle).
type candidate struct {
	key          string
	title        phase.Text
	number       string // the template's number, "" for a field
	level        int
	instructions bool
	required     bool // the key's field is not optional (json omitempty/omitzero)
	field        bool // a titled field, or another version's section: never missing
	other        bool // a section of another version of the template (see candidatesOf)
	guidance     sectionGuidance
}

// candidatesOf returns the headings of version v of template t: its
// sections in order, then the titled fields that can be headings. A
// field's level is one below the section whose key is the longest prefix
// of the field's key, else 1.
func candidatesOf(t Template, v templateVersion) []candidate {
	typ := reflect.TypeOf(templateTable[t].new())
	var cs []candidate
	for _, s := range v.sections {
		c := candidate{key: s.key, title: s.title, number: s.number, level: s.level, instructions: s.instructions, guidance: s.guidance}
		if kt, ok := typeAt(typ, s.key); ok && s.key != "" {
			c.required = !kt.optional
		}
		cs = append(cs, c)
	}
	// The sections of the template's other versions whose field this
	// version has no section for: an author who started from one version
	// and took a heading from another («Virksomhetsarkitektur» of 4.0 in a
	// mandate made from 3.0) is read into the field that heading is for,
	// and a document Write filled from one version keeps the fields only
	// another version has a section for under that section's heading.
	has := map[string]bool{}
	for _, c := range cs {
		has[c.key] = true
	}
	for _, s := range otherSections(t, v.version) {
		if !has[s.key] {
			cs = append(cs, candidate{key: s.key, title: s.title, level: s.level, field: true, other: true, guidance: s.guidance})
		}
	}
	for _, f := range headingFields(t) {
		level, best := 1, 0
		for _, s := range v.sections {
			if s.key != "" && strings.HasPrefix(f.key, s.key+".") && len(s.key) > best {
				level, best = s.level+1, len(s.key)
			}
		}
		cs = append(cs, candidate{key: f.key, title: f.title, level: level, field: true})
	}
	return cs
}

// readInfo is what Read derives from the section tables for one version
// of a template: made once, when the package is initialised, and only read
// after (outline's Matcher is safe for concurrent use).
type readInfo struct {
	cands   []candidate
	keys    [][]string            // each candidate's titles, as headingKey makes them
	byKey   map[string]int        // the first candidate of each title in keys
	matcher *outl.Matcher         // over all candidates, keyed by their index
	byLevel map[int]*outl.Matcher // over the candidates of one level
	copied  map[string]bool       // the guidance's sentences (see guidanceSet)
	prompts map[string]bool       // the template's prompts, folded (see templatePrompts)
	body    map[string]bool       // all the template's paragraphs of body text, folded
	firsts  map[string]bool       // the first words of the guidance's paragraphs (see firstWord)
}

// readInfos gives the readInfo of every version of a template, in the
// order of versionsOf. Each template's is made on its first use rather than
// when the package is initialised, so that a program that imports the
// package and reads nothing pays nothing for it (making all of them takes
// some ten milliseconds); sync.OnceValue makes that safe for concurrent
// use, and the result never changes after.
var readInfos = func() map[Template]func() []*readInfo {
	m := map[Template]func() []*readInfo{}
	for _, t := range Templates() {
		m[t] = sync.OnceValue(func() []*readInfo {
			var ris []*readInfo
			for _, v := range versionsOf(t) {
				ris = append(ris, newReadInfo(t, v))
			}
			return ris
		})
	}
	return m
}()

func newReadInfo(t Template, v templateVersion) *readInfo {
	ri := &readInfo{cands: candidatesOf(t, v), byLevel: map[int]*outl.Matcher{}, copied: guidanceSet(v), firsts: map[string]bool{}, byKey: map[string]int{}}
	ri.prompts, ri.body = templatePrompts(t, v.version)
	for _, s := range v.sections {
		for _, g := range append(slices.Clip(s.guidance.nb), s.guidance.nn...) {
			for _, x := range sentences(g) {
				ri.firsts[firstWord(x)] = true
			}
		}
	}
	for _, g := range guidanceTexts {
		for _, x := range sentences(g) {
			ri.firsts[firstWord(x)] = true
		}
	}
	all := []outl.Candidate{}
	levels := map[int][]outl.Candidate{}
	for i, c := range ri.cands {
		var keys []string
		for _, title := range c.titles() {
			keys = append(keys, headingKey(title))
		}
		ri.keys = append(ri.keys, keys)
		for _, k := range keys {
			if _, ok := ri.byKey[k]; !ok && k != "" {
				ri.byKey[k] = i
			}
		}
		mc := outl.Candidate{Key: strconv.Itoa(i), Titles: c.titles()}
		all = append(all, mc)
		levels[c.level] = append(levels[c.level], mc)
	}
	ri.matcher = outl.NewMatcher(all)
	for l, cs := range levels {
		ri.byLevel[l] = outl.NewMatcher(cs)
	}
	return ri
}

// templatePrompts returns the prompts and captions of the embedded Word
// templates of version v of template t, in bokmål and nynorsk, folded:
// the paragraphs of body text, outside the guidance, that end in a colon
// and so label an answer to be written after them («Overordnet
// virksomhetsmål:», «Sentrale føresetnader for vurderingane:»), and the
// captions of its tables («Tabell F: Oversikt over tiltak og
// risikoprofil»). A paragraph that is one of them is the template's, not
// the author's answer. Template text that
// reads as an answer («Dette er beskrevet i prosjektbegrunnelsen, kapittel
// 2 og 3. Se vedlegg.») is not a prompt: an author may keep it as the
// answer Digdir offers.
//
// It returns also the set of every paragraph of body text outside the
// guidance, folded: text of the template's own, which where a section
// holds a list of records is no record the author wrote.
func templatePrompts(t Template, v string) (prompts, body map[string]bool) {
	set, body := map[string]bool{}, map[string]bool{}
	for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk} {
		b, ok := DigdirTemplate(t, l, v)
		if !ok {
			continue
		}
		d, err := ooxml.ReadBytes(b, ooxml.Options{})
		if err != nil {
			continue // TestEmbeddedTemplates reads every one
		}
		for _, blk := range outl.FromDocx(d).Blocks {
			if blk.Kind != outl.Paragraph || blk.Guidance {
				continue
			}
			f := fold(blk.Text)
			if len(f) < 6 {
				continue
			}
			body[f] = true
			if strings.HasSuffix(blk.Text, ":") || isCaption(blk.Text) {
				set[f] = true
			}
		}
	}
	return set, body
}

// isCaption reports whether s captions one of a template's tables:
// «Tabell F: Oversikt over tiltak og risikoprofil».
func isCaption(s string) bool {
	rest, ok := strings.CutPrefix(s, "Tabell ")
	if !ok {
		return false
	}
	id, _, ok := strings.Cut(rest, ":")
	return ok && id != "" && len(id) <= 3 && !strings.ContainsAny(id, " \t")
}

// infoOf returns the readInfo of version v of template t.
func infoOf(t Template, v templateVersion) *readInfo {
	vs := versionsOf(t)
	for i, x := range vs {
		if x.version == v.version {
			return readInfos[t]()[i]
		}
	}
	return newReadInfo(t, v)
}

// titles returns the candidate's titles in bokmål and nynorsk, without
// repeats or blanks.
func (c candidate) titles() []string {
	if c.title.NN == "" || c.title.NN == c.title.NB {
		return []string{c.title.NB}
	}
	return []string{c.title.NB, c.title.NN}
}

// templateNames are the names a document's title gives each template: the
// template's name in bokmål and nynorsk, and for Difi's project mandate
// its own title.
var templateNames = func() map[Template][]string {
	m := map[Template][]string{}
	for _, t := range Templates() {
		for _, s := range []string{t.Text().NB, t.Text().NN} {
			if !contains(m[t], s) {
				m[t] = append(m[t], s)
			}
		}
	}
	m[TemplateProjectMandate] = append(m[TemplateProjectMandate], "Prosjektmandat")
	return m
}()

func contains(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// fold returns s in lower case with every run of characters that are not
// letters or digits made one space, trimmed: the form texts are compared
// in when case, punctuation and white space make no difference.
func fold(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
			continue
		}
		space = true
	}
	return b.String()
}

// headingKey returns a heading folded, without manual numbering ("3.1",
// "3.1.", "Kap. 3"): the form in which a heading equals a title exactly.
func headingKey(s string) string {
	f := fold(s)
	if rest, ok := strings.CutPrefix(f, "kap "); ok {
		f = rest
	}
	for {
		i := 0
		for i < len(f) && f[i] >= '0' && f[i] <= '9' {
			i++
		}
		if i == 0 || i == len(f) || f[i] != ' ' {
			return f
		}
		f = f[i+1:]
	}
}

// recognition is what Read found out about a document's template.
type recognition struct {
	template Template
	version  templateVersion
	lang     phase.Language
	fs       []ReadFinding
}

// recognise tells the template, version and language of doc, or takes
// them from o.
func recognise(doc *outl.Document, o ReadOptions) (recognition, error) {
	var rc recognition
	rc.template = o.Template
	if o.Template != 0 && !o.Template.IsValid() {
		return rc, fmt.Errorf("%w: %v", ErrTemplateUnknown, o.Template)
	}
	if rc.template == 0 {
		rc.template = templateFromTitle(doc)
	}
	if rc.template == 0 {
		rc.template, _ = templateFromMargins(doc)
	}
	headings := headingKeys(doc)
	if rc.template == 0 {
		best, bestScore := Template(0), 0
		for _, t := range Templates() {
			for _, v := range versionsOf(t) {
				if s := headingScore(headings, infoOf(t, v)); s > bestScore {
					best, bestScore = t, s
				}
			}
		}
		if best == 0 {
			return rc, ErrTemplateUnknown
		}
		rc.template = best
		rc.fs = append(rc.fs, newReadFinding(best, codeTemplateFromHeadings, "", phase.SeverityInfo, msgTemplateFromHeadings(best, doc.Title), Location{}))
	}

	versions := versionsOf(rc.template)
	footer := marginVersion(doc, rc.template)
	switch {
	case o.Version != "":
		v, ok := versionOf(rc.template, o.Version)
		if !ok && len(versions) > 0 {
			return rc, fmt.Errorf("%w: %s %q", ErrVersionUnknown, rc.template, o.Version)
		}
		rc.version = v
	case len(versions) == 1:
		rc.version = versions[0]
	case footer != "":
		rc.version, _ = versionOf(rc.template, footer)
	default:
		best := -1
		for _, v := range versions {
			if s := headingScore(headings, infoOf(rc.template, v)); s > best {
				rc.version, best = v, s
			}
		}
		if best == 0 {
			rc.fs = append(rc.fs, newReadFinding(rc.template, codeVersionUnknown, "header.templateVersion", phase.SeverityInfo, msgVersionUnknown(rc.version.version), Location{}))
		}
	}

	if o.Language != nil {
		rc.lang = *o.Language
	} else {
		var unknown bool
		rc.lang, unknown = languageOf(doc, headings, infoOf(rc.template, rc.version).cands)
		if unknown {
			rc.fs = append(rc.fs, newReadFinding(rc.template, codeLanguageUnknown, "", phase.SeverityInfo, msgLanguageUnknown, Location{}))
		}
	}
	return rc, nil
}

// versionsOf returns the versions of template t in this repository, or one
// version without sections for a template of which it holds none, so that
// the titled fields still give the headings.
func versionsOf(t Template) []templateVersion {
	if vs := templateTable[t].versions; len(vs) > 0 {
		return vs
	}
	return []templateVersion{{}}
}

// templateFromTitle recognises the template by the document's title, or,
// when the title (a Word document's core property, often the project's
// name) names none, by the first blocks of its cover page.
func templateFromTitle(doc *outl.Document) Template {
	if t := templateNamed(doc.Title); t != 0 {
		return t
	}
	for i, b := range doc.Blocks {
		if i >= 8 || b.Kind == outl.Heading && i > 0 {
			break
		}
		text := b.Text
		if b.Kind == outl.Table && len(b.Rows) == 1 && len(b.Rows[0]) >= 1 {
			text = b.Rows[0][0]
		}
		if t := templateNamed(text); t != 0 {
			return t
		}
	}
	return 0
}

// templateFromMargins returns the template a page header or footer
// names, as Digdir's templates do in their footers («Mal for Mandat for
// konseptfasen, versjon 4.0 – https://www.prosjektveiviseren.no»), and
// that line.
func templateFromMargins(doc *outl.Document) (Template, string) {
	for _, m := range doc.Margins {
		if t := templateNamed(m); t != 0 {
			return t, m
		}
	}
	return 0, ""
}

// versionInMargin matches the version a template's footer gives.
var versionInMargin = regexp.MustCompile(`(?i)\bversjon\s+(\d{1,2}\.\d{1,2})\b`)

// marginVersion returns the version of template t that a page header or
// footer naming t gives («Mal for Mandat for konseptfasen, versjon 3.0»),
// when this repository has that version of t, else "". A document keeps
// its template's footer however its headings are edited, so the footer
// is the better witness of the version; the headings are the fallback.
func marginVersion(doc *outl.Document, t Template) string {
	for _, m := range doc.Margins {
		if len(m) > 300 || templateNamed(m) != t {
			continue
		}
		if sm := versionInMargin.FindStringSubmatch(m); sm != nil {
			if _, ok := versionOf(t, sm[1]); ok {
				return sm[1]
			}
		}
	}
	return ""
}

// templateNamed returns the template whose name s is, or holds as words
// ("Mandat for konseptfasen – Digitale Helgeland"): the longest name it
// holds.
func templateNamed(s string) Template {
	f := " " + fold(s) + " "
	if len(f) > 200 {
		return 0
	}
	best, bestLen := Template(0), 0
	for _, t := range Templates() {
		for _, name := range templateNames[t] {
			n := fold(name)
			if strings.Contains(f, " "+n+" ") && len(n) > bestLen {
				best, bestLen = t, len(n)
			}
		}
	}
	return best
}

// headingKeys returns the document's headings as headingKey makes them.
func headingKeys(doc *outl.Document) []string {
	var hs []string
	for _, b := range doc.Blocks {
		if b.Kind == outl.Heading {
			hs = append(hs, headingKey(b.Text))
		}
	}
	return hs
}

// headingScore counts the candidates whose title one of the headings is
// exactly, other versions' sections left out.
func headingScore(headings []string, ri *readInfo) int {
	set := map[string]bool{}
	for _, h := range headings {
		set[h] = true
	}
	n := 0
	for i, keys := range ri.keys {
		if ri.cands[i].other {
			continue
		}
		for _, k := range keys {
			if set[k] {
				n++
				break
			}
		}
	}
	return n
}

// languageOf tells bokmål from nynorsk by the headings that are one
// language's title of a section and not the other's, and by the words of
// the decision box, which differ ("Behandlet"/"Behandla",
// "Beslutning"/"Vedtak", "Utarbeidet"/"Utarbeidd", "Denne fylles ut"/"Fyll
// ut"). A tie, no evidence included, is bokmål, reported as unknown when
// there was no evidence.
func languageOf(doc *outl.Document, headings []string, cs []candidate) (phase.Language, bool) {
	nb, nn := 0, 0
	set := map[string]bool{}
	for _, h := range headings {
		set[h] = true
	}
	for _, c := range cs {
		b, n := headingKey(c.title.NB), headingKey(c.title.NN)
		if c.title.NN == "" || b == n {
			continue
		}
		if set[b] {
			nb++
		}
		if set[n] {
			nn++
		}
	}
	for _, b := range doc.Blocks {
		if b.Kind == outl.Heading {
			break
		}
		text := b.Text
		if b.Kind == outl.Table && len(b.Rows) > 0 {
			var cells []string
			for _, row := range b.Rows {
				cells = append(cells, row...)
			}
			text = strings.Join(cells, " ")
		}
		f := " " + fold(text) + " "
		for _, w := range []string{" behandlet ", " beslutning ", " utarbeidet ", " denne fylles ut ", " navn "} {
			if strings.Contains(f, w) {
				nb++
			}
		}
		for _, w := range []string{" behandla ", " vedtak ", " utarbeidd ", " fyll ut ", " namn "} {
			if strings.Contains(f, w) {
				nn++
			}
		}
	}
	if nn > nb {
		return phase.Nynorsk, false
	}
	return phase.Bokmal, nb == 0 && nn == 0
}
