package product

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// guidanceTexts are the instructions of Difi's and Digdir's templates, word
// for word as they stand in the seed documents: the bracketed instructions
// of "Mandat for konseptfasen" (seed 000) and the "Veiledning" pages of
// both mandate templates (seeds 000 and 001). An answer that still holds
// one of their sentences has the template's guidance copied unchanged.
var guidanceTexts = []string{
	// Mandat for konseptfasen (seed 000), bracketed instructions.
	"Ved endringer i dokumentet som krever ny godkjenning, skal endringsloggen oppdateres. Her skal det angis hvilke endringer som er gjort, hvem som har gjort endringen, og hvem som har godkjent at endringen blir foretatt. Mandatet skal oppdateres med eventuelle endringer i henhold til behandlingen ved BP1, men skal normalt ikke endres etter dette.",
	"For å sikre at alle relevante interessenter har mottatt siste versjon av dokumentet, må distribusjonsloggen oppdateres i tråd med versjonshåndteringen.",
	"Faseplanen for planleggingsfasen er et ledelsesprodukt som utarbeides i konseptfasen som en første versjon, og er knyttet opp mot prosjektforslaget. En faseplan er en mer detaljert plan for styring og oppfølging i en fase.",
	"Før dette mandatet legges frem for godkjenning ved virksomhetsledelsenes/porteføljestyrets BP1-behandling bør sjekklisten for BP1 gjennomgås av forslagsstiller for å verifisere at innholdet i mandatet gir tilstrekkelig grunnlag for en positiv BP1-beslutning. Kommenter eventuelle punkter der det er uklarheter eller spesielle forhold som må avklares i forbindelse med behandlingen ved BP1.",
	"I forbindelse med BP1-behandlingen kan disse kommentarene naturligvis oppdateres, i likhet med resten av dokumentet.",
	// Veiledning – Mandat for konseptfasen (seed 000).
	"Dette mandatet er et dokument som etableres av organisasjonen som eier og iverksetter en utredning av et mulig prosjekt. Det utarbeides på bakgrunn av et behov eller en idé til et prosjekt.",
	"Den overordnede hensikten med dette mandatet er å gi en tydelig beskrivelse av behovet eller idéen som skal utredes, og de rammebetingelsene som gjelder for konseptfasen.",
	"Ansvar for utarbeidelse av mandatet for konseptfasen ligger hos den linjelederen som er ansvarlig for forslaget.",
	"Mandatet for konseptfasen utarbeides før beslutningspunkt 1 (BP1) i forkant av konseptfasen. Dokumentet oppdateres ikke etter BP1 da det i løpet av konseptfasen erstattes av prosjektforslaget, og senere av styringsdokumentet.",
	"Mandatet for konseptfasen mottas av det godkjennende organet i virksomheten, ofte virksomhetsledelsen.",
	"Dokumentet signeres ved BP1 som en endelig bekreftelse på at innholdet er godkjent og er forankret i ledelsen.",
	"Malen hjelper deg til å passe på at du har fått med alt som dokumentet bør si noe om, og til å få en god struktur i dokumentet som gjør det lettlest og oversiktlig. Alle prosjekter er forskjellige, så det er ikke sikkert at alle punktene i malen er like relevante for ditt prosjekt. Uansett vil malen ha en verdi som «sjekkliste» for hva som kanskje bør omtales i dokumentet. Hvis et punkt overhodet ikke er relevant for ditt prosjekt, skriver du bare «Ikke relevant». Hvis det er noe du ønsker å dokumentere som ikke fanges opp av malen kan du gjerne legge inn et nytt punkt.",
	// Veiledning prosjektmandat, Difis mal versjon 2.5 (seed 001).
	"Et prosjektmandat er et dokument som etableres av organisasjonen som eier og iverksetter et mulig prosjekt. Det utarbeides på bakgrunn av en idé eller et behov",
	"Den overordnede hensikten med prosjektmandatet er å gi en tydelig beskrivelse og definisjon av ideen som skal utredes og de rammebetingelser som gjelder for konseptfasen.",
	"Ansvaret for utarbeidelse av prosjektmandatet ligger hos den som er ansvarlig for ideen i linjen",
	"Prosjektmandatet mottas av det godkjennende organ i virksomheten, ofte nærmeste linjeleder. Dokumentet signeres som en endelig bekreftelse på at innholdet er godkjent og er forankret i ledelsen.",
	"Prosjektmandatet utarbeides i forkant av beslutningspunkt 1 og av konseptfasen. Dokumentet oppdateres ikke etter beslutningspunkt 1 da det i senere faser erstattes av prosjektforslaget, og senere i styringsdokumentasjonen.",
}

// minGuidanceWords is the length, in words, from which a guidance sentence
// is distinctive enough that finding it in an answer means it was copied.
// guidanceWindow is the number of consecutive words of a longer sentence
// that, found in an answer, count as a copy of part of it.
const (
	minGuidanceWords = 7
	guidanceWindow   = 10
)

// guidance holds what HasGuidance looks for, built once from guidanceTexts
// and only read after: for each run length, the hashes of the runs of
// words to look for. A guidance sentence of fewer than guidanceWindow words
// is looked for whole; of a longer one, every run of guidanceWindow
// consecutive words.
var guidance = buildGuidance(guidanceTexts)

type guidanceIndex map[int]map[uint64]bool

func buildGuidance(texts []string) guidanceIndex {
	g := guidanceIndex{}
	for _, t := range texts {
		for _, s := range splitSentences(t) {
			words := wordHashes(nil, s)
			n := len(words)
			if n < minGuidanceWords {
				continue
			}
			l := min(n, guidanceWindow)
			if g[l] == nil {
				g[l] = map[uint64]bool{}
			}
			for i := 0; i+l <= n; i++ {
				g[l][runHash(words[i:i+l])] = true
			}
		}
	}
	return g
}

// contains reports whether s holds one of the indexed runs of words.
func (g guidanceIndex) contains(s string) bool {
	var buf [256]uint64
	words := wordHashes(buf[:0], s)
	for l, set := range g {
		if len(words) < l {
			continue
		}
		pow := uint64(1) // hashBase^(l-1)
		for range l - 1 {
			pow *= hashBase
		}
		h := runHash(words[:l])
		for i := 0; ; i++ {
			if set[h] {
				return true
			}
			if i+l >= len(words) {
				break
			}
			h = (h-words[i]*pow)*hashBase + words[i+l]
		}
	}
	return false
}

// hashBase is the base of the polynomial hash of a run of word hashes.
const hashBase = 0x9E3779B97F4A7C15

// runHash returns the polynomial hash of a run of word hashes.
func runHash(words []uint64) uint64 {
	var h uint64
	for _, w := range words {
		h = h*hashBase + w
	}
	return h
}

// wordHashes appends to dst the FNV-1a hash of each word of s: each run of
// letters and digits, lower-cased. Words are compared by these hashes, so
// case, punctuation and line breaks do not matter.
func wordHashes(dst []uint64, s string) []uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h, in := uint64(offset), false
	for _, r := range s {
		if r < utf8.RuneSelf {
			switch {
			case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			case 'A' <= r && r <= 'Z':
				r += 'a' - 'A'
			default:
				r = -1
			}
		} else if unicode.IsLetter(r) || unicode.IsDigit(r) {
			r = unicode.ToLower(r)
		} else {
			r = -1
		}
		if r >= 0 {
			h = (h ^ uint64(r)) * prime
			in = true
			continue
		}
		if in {
			dst = append(dst, h)
			h, in = offset, false
		}
	}
	if in {
		dst = append(dst, h)
	}
	return dst
}

// splitSentences splits t after every full stop, question mark or
// exclamation mark that is followed by white space.
func splitSentences(t string) []string {
	var out []string
	start := 0
	for i := 0; i < len(t); i++ {
		if strings.IndexByte(".?!", t[i]) < 0 || i+1 >= len(t) || t[i+1] != ' ' && t[i+1] != '\n' {
			continue
		}
		out = append(out, t[start:i+1])
		start = i + 1
	}
	return append(out, t[start:])
}

// HasGuidance reports whether s still holds template guidance: a sentence
// of the templates' instructions (collected from Digdir's and Difi's
// mandate templates), or ten consecutive words of one, found regardless of
// case, punctuation and line breaks; or a bracketed instruction too long
// to be a placeholder ("[Faseplanen for planleggingsfasen er …]").
func HasGuidance(s string) bool {
	if len(longBrackets(s)) > 0 {
		return true
	}
	return guidance.contains(s)
}

// maxPlaceholder is the longest bracketed text phase.Placeholders treats as
// a placeholder; longer bracketed text is guidance.
const maxPlaceholder = 200

// longBrackets returns the bracketed texts in s that are too long or span
// too many lines to be a placeholder: template instructions in the
// "[…]" convention of the templates.
func longBrackets(s string) []string {
	var out []string
	for i := 0; i < len(s); i++ {
		if s[i] != '[' {
			continue
		}
		j := strings.IndexAny(s[i+1:], "[]")
		if j < 0 || s[i+1+j] != ']' {
			continue
		}
		inner := s[i+1 : i+1+j]
		if (len(inner) > maxPlaceholder || strings.Contains(inner, "\n")) && utf8.ValidString(inner) && !strings.Contains(inner, "://") {
			out = append(out, s[i:i+j+2])
			i += j + 1
		}
	}
	return out
}
