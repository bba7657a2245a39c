package phase

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/digitale-helgeland/veiviser/internal/enum"
)

// AmbiguousError reports a text that does not name exactly one phase. Either
// the text names several phases (Parse only; Word is empty and Phases lists
// them in the order the text names them), or it contains a word that can
// mean more than one phase and nothing else in the text settles which
// (Parse and ParseAll; Word is that word, Phases its candidates). It wraps
// ErrAmbiguous.
type AmbiguousError struct {
	Text   string  // the text given to Parse or ParseAll
	Word   string  // the word that may mean more than one phase, or ""
	Phases []Phase // the candidate phases
}

// Error returns developer-facing text that names the candidates.
func (e *AmbiguousError) Error() string {
	var b strings.Builder
	b.WriteString(ErrAmbiguous.Error())
	b.WriteString(` "`)
	b.WriteString(e.Text)
	b.WriteString(`": `)
	if e.Word != "" {
		b.WriteString(`"`)
		b.WriteString(e.Word)
		b.WriteString(`" may mean `)
	} else {
		b.WriteString("names ")
	}
	for i, p := range e.Phases {
		switch {
		case i == 0:
		case i == len(e.Phases)-1 && e.Word != "":
			b.WriteString(" or ")
		default:
			b.WriteString(", ")
		}
		b.WriteString(p.String())
	}
	return b.String()
}

// Unwrap returns ErrAmbiguous.
func (e *AmbiguousError) Unwrap() error { return ErrAmbiguous }

// Parse returns the one phase a text names, as people write phase names in
// reports and tables: "Konseptfase", "konseptfasen", "Under planlegging",
// "Gjennomføre", "Concept phase", the wire code "execution", and the
// free-text phase column of Difi's 2016 project survey ("Konseptutredning",
// "Konsept- og testfase").
//
// Parse never guesses. A text that names no phase gives a *ValueError (it
// wraps ErrUnknownValue); a text that names more than one, such as
// "Gjennomføring for del 1, konseptfase for del 2 og 3", gives an
// *AmbiguousError (it wraps ErrAmbiguous) that lists them. Use ParseAll for
// such texts.
//
// Matching ignores case, punctuation, extra white space, soft hyphens and
// diacritics, and reads decomposed letters (a base letter followed by a
// combining mark, as in NFD text) like composed ones; "o" and "oe" are
// accepted for "ø". Compounds are read by their parts: "Gjennomføringsfasen",
// "planleggings- og gjennomføringsfase", "Konsept- og testfase"; a compound
// ending in utredning, planlegging, gjennomføring, implementering,
// innføring, utvikling, avslutning or realisering names that word's phase
// ("Konseptutredning", "Gevinstrealisering", "videreutvikling").
//
// The words Parse knows, in any case, also as the first part of a phase
// compound ending in -fase, -fasen, -faser, -fasene or nynorsk -fasa,
// -fasar, -fasane:
//
//	written                                     phase
//	idé, ide, idéfase, idea                     Idea
//	konsept, concept, utredning,                Concept
//	  utgreiing (nn), konseptutredning,
//	  KVU, konseptvalg
//	planlegge, planleggje (nn), planlegging,    Planning
//	  "under planlegging", planning,
//	  kravspesifisering, kravspesifikasjon
//	gjennomføre, gjennomføring, execution,      Execution
//	  implementering, implementation,
//	  innføring (roll-out), innføre,
//	  utvikling, utvikle, development,
//	  hovedprosjekt
//	avslutte, avslutning, avslutting (nn),      Closure
//	  closure, closing, closeout
//	realisere, realisering, realisation,        Realisation
//	  realization, gevinstrealisering,
//	  gevinstfase
//	test, testing, testfase                     Execution, unless the same clause
//	                                              names the concept phase: then it
//	                                              is testing of concepts and adds
//	                                              nothing ("Konsept- og testfase"
//	                                              is Concept)
//	forprosjekt                                 ambiguous: Concept or Planning
//	pilot, pilotering, pilotprosjekt            ambiguous: Concept or Execution
//	drift, forvaltning, avsluttet, avslutta,    none: an error
//	  ferdig, "ikke startet", "passert KS2",
//	  "gjennomfører forberedelsesprosjekt"
//
// A clause ends at , ; . : ! ? or a line break. Forprosjekt is the planning
// phase in the state project model but a feasibility study (the concept
// phase) in many agencies; a pilot tests a concept or is a first delivery
// in execution. Such a word is settled only when the text also names one of
// its candidates ("Gjennomføring, pilot i to kommuner" is Execution);
// otherwise it is an *AmbiguousError. Drift and forvaltning are the line
// organisation's work after a project; "avsluttet" says a project is over,
// not where in the model it stands; a present-tense verb ("gjennomfører")
// describes an activity, not a phase.
//
// Other words are ignored, so a text may carry comments ("Gjennomføring for
// del 1"). A phase compound whose first part is not a phase name, such as
// "Driftsfase" or "Designfase", is an error naming that word: the text names
// a phase Parse cannot map, so no partial answer is given. The generic
// compounds startfase, oppstartsfase, sluttfase, delfase, hovedfase (and
// "fase" on its own, as in "fase 2") name no phase and are ignored.
//
// Parse is safe for concurrent use. It allocates only for an error or a word
// longer than 64 bytes.
func Parse(s string) (Phase, error) {
	r, err := scanPhaseNames(s)
	if err != nil {
		return 0, err
	}
	if r.n > 1 {
		return 0, &AmbiguousError{Text: s, Phases: append([]Phase(nil), r.list[:r.n]...)}
	}
	return r.list[0], nil
}

// ParseAll returns every phase a text names, in the order it first names
// them, each once: "Implementeringsfase - kortsiktig løsning. Utredning og
// kravspesifiseringsfase - langsiktig løsning." gives Execution, Concept,
// Planning. It reads words as Parse does. A text that names no phase, or
// that names a phase compound Parse cannot map, gives a *ValueError (it
// wraps ErrUnknownValue); an ambiguous word that nothing else in the text
// settles gives an *AmbiguousError.
func ParseAll(s string) ([]Phase, error) {
	r, err := scanPhaseNames(s)
	if err != nil {
		return nil, err
	}
	return append([]Phase(nil), r.list[:r.n]...), nil
}

// phaseSet is a set of phases, bit p for Phase p.
type phaseSet uint8

func (ps phaseSet) has(p Phase) bool { return ps&(1<<p) != 0 }

// nameSense is what a word means: a phase (1 to 6, the Phase values) or one
// of the senses after them.
type nameSense uint8

const (
	senseNone        nameSense = 0
	senseTest        nameSense = 7  // Execution, unless its clause names the concept phase
	senseForprosjekt nameSense = 8  // Concept or Planning
	sensePilot       nameSense = 9  // Concept or Execution
	senseGeneric     nameSense = 10 // a generic first part of a phase compound ("startfase")
	senseCount                 = 11
)

// nameCandidates gives the candidate phases of the ambiguous senses.
var nameCandidates = [senseCount]phaseSet{
	senseForprosjekt: 1<<Concept | 1<<Planning,
	sensePilot:       1<<Concept | 1<<Execution,
}

// How a word in nameWords may be used.
const (
	wordAlone uint8 = 1 << iota // on its own: "Planlegging"
	wordMod                     // as the first part of a compound: "planleggingsfase", "planleggings-"
	wordHead                    // as the last part of a compound: "detaljplanlegging"
)

type nameWord struct {
	sense nameSense
	use   uint8
}

const (
	wAM  = wordAlone | wordMod
	wAMH = wordAlone | wordMod | wordHead
	wAH  = wordAlone | wordHead
)

// nameWords holds the words Parse knows, folded as foldRune folds them
// (lower case, ø→o, é→e, å→a, æ→ae). It is read-only.
var nameWords = map[string]nameWord{
	// Idea
	"ide":  {nameSense(Idea), wAM},
	"idea": {nameSense(Idea), wAM},
	// Concept
	"konsept":     {nameSense(Concept), wAM},
	"concept":     {nameSense(Concept), wAM},
	"kvu":         {nameSense(Concept), wAM},
	"konseptvalg": {nameSense(Concept), wAM},
	"utredning":   {nameSense(Concept), wAMH},
	"utredningen": {nameSense(Concept), wAH},
	"utredninga":  {nameSense(Concept), wAH},
	"utgreiing":   {nameSense(Concept), wAMH},
	"utgreiinga":  {nameSense(Concept), wAH},
	// Planning
	"planlegge":           {nameSense(Planning), wordAlone},
	"planleggje":          {nameSense(Planning), wordAlone},
	"planlegging":         {nameSense(Planning), wAMH},
	"planleggingen":       {nameSense(Planning), wAH},
	"planlegginga":        {nameSense(Planning), wAH},
	"planning":            {nameSense(Planning), wAM},
	"kravspesifisering":   {nameSense(Planning), wAM},
	"kravspesifiseringen": {nameSense(Planning), wordAlone},
	"kravspesifikasjon":   {nameSense(Planning), wAM},
	// Execution
	"gjennomfore":      {nameSense(Execution), wordAlone},
	"gjennomfoere":     {nameSense(Execution), wordAlone},
	"gjennomforing":    {nameSense(Execution), wAMH},
	"gjennomfoering":   {nameSense(Execution), wAMH},
	"gjennomforingen":  {nameSense(Execution), wAH},
	"gjennomforinga":   {nameSense(Execution), wAH},
	"execution":        {nameSense(Execution), wAM},
	"implementere":     {nameSense(Execution), wordAlone},
	"implementering":   {nameSense(Execution), wAMH},
	"implementeringen": {nameSense(Execution), wAH},
	"implementeringa":  {nameSense(Execution), wAH},
	"implementation":   {nameSense(Execution), wAM},
	"innfore":          {nameSense(Execution), wordAlone},
	"innforing":        {nameSense(Execution), wAMH},
	"innfoering":       {nameSense(Execution), wAMH},
	"innforingen":      {nameSense(Execution), wAH},
	"innforinga":       {nameSense(Execution), wAH},
	"utvikle":          {nameSense(Execution), wordAlone},
	"utvikling":        {nameSense(Execution), wAMH},
	"utviklingen":      {nameSense(Execution), wAH},
	"utviklinga":       {nameSense(Execution), wAH},
	"development":      {nameSense(Execution), wAM},
	"hovedprosjekt":    {nameSense(Execution), wAM},
	"hovedprosjektet":  {nameSense(Execution), wordAlone},
	// Closure
	"avslutte":     {nameSense(Closure), wordAlone},
	"avslutning":   {nameSense(Closure), wAMH},
	"avslutningen": {nameSense(Closure), wAH},
	"avslutninga":  {nameSense(Closure), wAH},
	"avslutting":   {nameSense(Closure), wAMH},
	"avsluttinga":  {nameSense(Closure), wAH},
	"closure":      {nameSense(Closure), wAM},
	"closing":      {nameSense(Closure), wAM},
	"closeout":     {nameSense(Closure), wAM},
	// Realisation
	"realisere":     {nameSense(Realisation), wordAlone},
	"realisering":   {nameSense(Realisation), wAMH},
	"realiseringa":  {nameSense(Realisation), wAH},
	"realiseringen": {nameSense(Realisation), wAH},
	"realisation":   {nameSense(Realisation), wAM},
	"realization":   {nameSense(Realisation), wAM},
	"gevinst":       {nameSense(Realisation), wordMod},
	// Settled by the rest of the text
	"test":            {senseTest, wAM},
	"testen":          {senseTest, wordAlone},
	"testing":         {senseTest, wAM},
	"testingen":       {senseTest, wordAlone},
	"forprosjekt":     {senseForprosjekt, wAM},
	"forprosjektet":   {senseForprosjekt, wordAlone},
	"pilot":           {sensePilot, wAM},
	"piloten":         {sensePilot, wordAlone},
	"pilotering":      {sensePilot, wAM},
	"pilotprosjekt":   {sensePilot, wAM},
	"pilotprosjektet": {sensePilot, wordAlone},
	// Generic first parts of a phase compound
	"start":    {senseGeneric, wordMod},
	"oppstart": {senseGeneric, wordMod},
	"slutt":    {senseGeneric, wordMod},
	"del":      {senseGeneric, wordMod},
	"hoved":    {senseGeneric, wordMod},
	"tidlig":   {senseGeneric, wordMod},
	"forste":   {senseGeneric, wordMod},
	"siste":    {senseGeneric, wordMod},
	"neste":    {senseGeneric, wordMod},
}

// nameHeads lists the words of nameWords that may end a compound.
var nameHeads = []string{
	"utredning", "utredningen", "utredninga", "utgreiing", "utgreiinga",
	"planlegging", "planleggingen", "planlegginga",
	"gjennomforing", "gjennomfoering", "gjennomforingen", "gjennomforinga",
	"implementering", "implementeringen", "implementeringa",
	"innforing", "innfoering", "innforingen", "innforinga",
	"utvikling", "utviklingen", "utviklinga",
	"avslutning", "avslutningen", "avslutninga", "avslutting", "avsluttinga",
	"realisering", "realiseringen", "realiseringa",
}

// faseEndings are the endings of a Norwegian phase compound, longest first.
var faseEndings = [...]string{"fasene", "fasane", "fasen", "fasar", "faser", "fasa", "fase"}

// phaseNames is what a scan found: the phases named, in order.
type phaseNames struct {
	list [6]Phase
	n    int
}

// senseHits records the phases and ambiguous senses a text uses, in the
// order of first use, with the word that first used each ambiguous sense.
// A test word waits in order until the end of its clause decides it.
type senseHits struct {
	seen  [senseCount]bool
	order [senseCount]nameSense
	words [senseCount]string
	n     int

	clauseConcept bool // the current clause names the concept phase
	testAt        int  // index in order of the current clause's test word, or -1
}

func (h *senseHits) add(s nameSense, word string) {
	switch s {
	case senseNone, senseGeneric:
		return
	case nameSense(Concept):
		h.clauseConcept = true
	case senseTest:
		if h.testAt < 0 {
			h.testAt = h.n
			h.order[h.n] = senseTest
			h.n++
		}
		return
	}
	if h.seen[s] {
		return
	}
	h.seen[s] = true
	h.order[h.n] = s
	h.words[s] = word
	h.n++
}

// endClause decides the current clause's test word: part of the concept
// phase when the clause names it ("Konsept- og testfase"), otherwise the
// execution phase.
func (h *senseHits) endClause() {
	if i := h.testAt; i >= 0 {
		if h.clauseConcept || h.seen[Execution] {
			copy(h.order[i:], h.order[i+1:h.n])
			h.n--
		} else {
			h.order[i] = nameSense(Execution)
			h.seen[Execution] = true
		}
	}
	h.clauseConcept, h.testAt = false, -1
}

// isClauseEnd reports whether c ends a clause for the test rule.
func isClauseEnd(c byte) bool {
	switch c {
	case ',', ';', '.', ':', '!', '?', '\n', '\r':
		return true
	}
	return false
}

// scanPhaseNames reads the words of s and resolves them to phases.
func scanPhaseNames(s string) (phaseNames, error) {
	var (
		h     = senseHits{testAt: -1}
		buf   [64]byte
		word  = buf[:0]
		start = -1 // byte offset of the current word in s, or -1
		end   int  // byte offset just after its last letter
	)
	flush := func() error {
		if start < 0 {
			return nil
		}
		sense, unknown := lookupPhaseWord(word)
		if unknown {
			return &enum.ValueError{Type: "phase", Value: s[start:end]}
		}
		h.add(sense, s[start:end])
		start, word = -1, word[:0]
		return nil
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case 'a' <= c && c <= 'z':
				word = append(word, c)
			case 'A' <= c && c <= 'Z':
				word = append(word, c+'a'-'A')
			default:
				if err := flush(); err != nil {
					return phaseNames{}, err
				}
				if isClauseEnd(c) {
					h.endClause()
				}
				i++
				continue
			}
			if start < 0 {
				start = i
			}
			i++
			end = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			if err := flush(); err != nil {
				return phaseNames{}, err
			}
		case isWordJoiner(r):
			// Combining marks, soft hyphens and zero-width characters
			// neither end a word nor add to it.
		case unicode.IsLetter(r):
			if start < 0 {
				start = i
			}
			word = foldRune(word, unicode.ToLower(r))
			end = i + size
		default:
			if err := flush(); err != nil {
				return phaseNames{}, err
			}
		}
		i += size
	}
	if err := flush(); err != nil {
		return phaseNames{}, err
	}
	h.endClause()
	return h.resolve(s)
}

// resolve turns the senses found into phases. An ambiguous word must be
// settled by a phase the text names, or the text is ambiguous.
func (h *senseHits) resolve(s string) (phaseNames, error) {
	var named phaseSet
	for _, sense := range h.order[:h.n] {
		if sense <= nameSense(Realisation) {
			named |= 1 << sense
		}
	}
	var r phaseNames
	for _, sense := range h.order[:h.n] {
		if sense <= nameSense(Realisation) {
			r.list[r.n] = Phase(sense)
			r.n++
			continue
		}
		if alts := nameCandidates[sense]; alts&named == 0 {
			e := &AmbiguousError{Text: s, Word: h.words[sense]}
			for p := Idea; p <= Realisation; p++ {
				if alts.has(p) {
					e.Phases = append(e.Phases, p)
				}
			}
			return phaseNames{}, e
		}
	}
	if r.n == 0 {
		return phaseNames{}, &enum.ValueError{Type: "phase", Value: strings.TrimSpace(s)}
	}
	return r, nil
}

// lookupPhaseWord returns the sense of a folded word, or unknown when the
// word is a phase compound ("designfase") whose first part is not known.
func lookupPhaseWord(w []byte) (sense nameSense, unknown bool) {
	if e, ok := nameWords[string(w)]; ok && e.use&wordAlone != 0 {
		return e.sense, false
	}
	for _, ending := range faseEndings {
		n := len(w) - len(ending)
		if n < 0 || string(w[n:]) != ending {
			continue
		}
		m := w[:n]
		if len(m) == 0 {
			return senseNone, false // "fase" on its own
		}
		if sense, ok := lookupCompoundPart(m); ok {
			return sense, false
		}
		return senseNone, true
	}
	// A suspended compound: "gjennomførings-" in "Gjennomførings- og
	// avslutningsfase".
	if n := len(w) - 1; n > 0 && w[n] == 's' {
		if e, ok := nameWords[string(w[:n])]; ok && e.use&wordMod != 0 {
			return e.sense, false
		}
	}
	if sense, ok := lookupHead(w); ok {
		return sense, false
	}
	return senseNone, false
}

// lookupCompoundPart returns the sense of the first part of a compound,
// with or without the linking s: "planleggings", "konsept", "gevinst".
func lookupCompoundPart(m []byte) (nameSense, bool) {
	if e, ok := nameWords[string(m)]; ok && e.use&wordMod != 0 {
		return e.sense, true
	}
	if n := len(m) - 1; n > 0 && m[n] == 's' {
		if e, ok := nameWords[string(m[:n])]; ok && e.use&wordMod != 0 {
			return e.sense, true
		}
		if sense, ok := lookupHead(m[:n]); ok {
			return sense, true
		}
	}
	return lookupHead(m)
}

// lookupHead returns the sense of a compound that ends in one of nameHeads
// after at least two letters: "konseptutredning", "gevinstrealisering".
func lookupHead(w []byte) (nameSense, bool) {
	if len(w) < 2+len("utvikling") || w[len(w)-1] != 'g' && w[len(w)-1] != 'n' && w[len(w)-1] != 'a' {
		return senseNone, false
	}
	for _, head := range nameHeads {
		n := len(w) - len(head)
		if n >= 2 && string(w[n:]) == head {
			return nameWords[head].sense, true
		}
	}
	return senseNone, false
}

// isWordJoiner reports whether r is a combining mark or an invisible
// character that may sit inside a word: soft hyphen, zero-width space and
// joiners, word joiner, byte order mark.
func isWordJoiner(r rune) bool {
	switch r {
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		return true
	}
	return unicode.Is(unicode.Mn, r)
}

// foldRune appends the lower-case letter r to w without its diacritics, so
// that "ø", "ö" and "o" read alike; "æ" becomes "ae".
func foldRune(w []byte, r rune) []byte {
	switch {
	case r >= 'à' && r <= 'å':
		return append(w, 'a')
	case r == 'æ':
		return append(w, 'a', 'e')
	case r == 'ç':
		return append(w, 'c')
	case r >= 'è' && r <= 'ë':
		return append(w, 'e')
	case r >= 'ì' && r <= 'ï':
		return append(w, 'i')
	case r == 'ñ':
		return append(w, 'n')
	case r >= 'ò' && r <= 'ö', r == 'ø':
		return append(w, 'o')
	case r >= 'ù' && r <= 'ü':
		return append(w, 'u')
	case r == 'ý' || r == 'ÿ':
		return append(w, 'y')
	}
	return utf8.AppendRune(w, r)
}
