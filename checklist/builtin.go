package checklist

import (
	"fmt"
	"strconv"

	"github.com/digitale-helgeland/veiviser/phase"
)

// BP returns a fresh copy of Digdir's checklist for decision point p
// (BP1 to BP6): ID "bp1" … "bp6", mandatory, items "1", "2", … in bokmål
// as Digdir publishes them, with nynorsk and English beside them. BP1's
// nynorsk is Digdir's own (its nynorsk mandate template); BP2–BP6's
// nynorsk and all English are this library's translations, marked in
// Wording.Translated. Every call returns a new checklist; changing it
// changes nothing else. A point without a built-in checklist, such as
// BP3.1, gives an error wrapping ErrNoBuiltin.
//
// Each checklist is mandatory (an unmet item blocks its decision point):
// Digdir has the checklist decide readiness, "Bruk sjekklisten for
// beslutningspunkt 1 (BP1) til å verifisere at innholdet i mandatet gir
// tilstrekkelig grunnlag for en godkjenning", and at BP5 "Beslutningen om
// at prosjektet kan avsluttes, fattes på bakgrunn av sluttrapporten fra
// prosjektleder og nedenstående kontrollpunkter". Checklist.Level is the
// setting: an organisation that uses them as advice sets Advisory.
//
// Digdir does not say which answer is favourable; the questions' own
// words do, and where they do not, no answer is judged:
//   - yes/no with "ja" favourable, for the questions that ask whether
//     something is in place;
//   - BP1 item 7 ("Er det behov for mer informasjon før det kan fattes en
//     beslutning?"): "nei" is favourable, for "ja" says the decision
//     cannot yet be made; seed 000 answered "nei" and BP1 was approved;
//   - BP1 item 4 is a choice between "prosjekt" (favourable: BP1 decides
//     whether to "starte en konseptfase" for a project) and
//     "linjeoppgave"; seed 000 answered "prosjekt";
//   - BP4 item 3 ("Er det noe utestående arbeid som prosjektet skal ha
//     ansvar for å avslutte?"): "nei" is favourable. This is the
//     library's reading, not Digdir's words, and a doubtful one:
//     outstanding work is finished in the closure phase that BP4 opens
//     ("Her beslutter prosjekteier om avslutningsaktivitetene kan
//     starte"), and BP5 item 1 asks whether it "er tilfredsstillende
//     lukket", so a "ja" at BP4 may be a list for closure rather than a
//     reason to refuse. An organisation that reads it so puts its own
//     BP4 checklist (Set.Put);
//   - BP6 item 2 ("Er forventede gevinster oppnådd eller er det behov for
//     ytterligere tiltak? I så fall er det utarbeidet en tiltaksplan?")
//     asks "A or B, and if B, C?", which "ja" or "nei" cannot answer: it
//     is free text.
func BP(p phase.DecisionPoint) (*Checklist, error) {
	if !p.IsValid() || p.IsSub() {
		return nil, fmt.Errorf("%w for decision point %s", ErrNoBuiltin, p)
	}
	list := bpTexts[p.Major()]
	defs := list.items
	c := &Checklist{
		ID: p.String(),
		Title: phase.Text{
			NB: "Sjekkliste for " + p.Label(),
			NN: "Sjekkliste for " + p.Label(),
			EN: p.Label() + " checklist",
		},
		Point: p,
		Level: Mandatory,
		items: make([]Item, len(defs)),
	}
	for i, d := range defs {
		it := Item{
			ID:       strconv.Itoa(i + 1),
			Lang:     phase.Bokmal,
			Question: Wording{Text: d.nb, Nynorsk: d.nn, English: d.en, Translated: list.translated},
			Kind:     YesNo,
		}
		switch {
		case d.kind == Choice:
			it.Kind = Choice
			it.Options = append([]Option(nil), d.opts...)
		case d.kind == Text:
			it.Kind = Text
		case d.fav != 0:
			it.Favourable = d.fav
		default:
			it.Favourable = Yes
		}
		c.items[i] = it
	}
	return c, nil
}

// MustBP is like BP but panics; for the six main decision points, which
// always have a checklist.
func MustBP(p phase.DecisionPoint) *Checklist {
	c, err := BP(p)
	if err != nil {
		panic(err)
	}
	return c
}

// KS returns a fresh copy of Difi's "Sjekkliste for involvering av
// kommunesektoren" (seed 004): ID "ks", mandatory, eight checkpoints "1" …
// "8" in nynorsk, as Difi wrote them, with every sub-question, guidance and
// this library's English translations (marked in Wording.Translated).
// Each checkpoint's heading is an imperative ("Kontakt …", "Identifiser
// …", "Sørg for …"), so each is a yes/no item whose favourable answer,
// "ja", says it was carried out.
//
// When a checkpoint blocks follows what its text says, unless the
// organisation chooses otherwise (Options.KSBlocking):
//   - 1 blocks from BP2: the digitaliseringsrundskriv, as the list cites
//     it, says agencies "i ein tidleg fase skal drøfte tiltaket med …
//     KS", the list that "KS må involverast i konseptfasen";
//   - 5 blocks from BP3: "I planleggingsfasen av prosjektet bør de lage
//     ein gevinstrealiseringsplan" that covers the municipal sector;
//   - 6 blocks at every decision from 1 January of the year before the
//     roll-out (Options.RollOut): "Frå kommunal side er det ønskeleg at
//     oppdatering av innføringskostnader vert gjennomført i budsjettåret
//     før innføringa skal skje"; without a roll-out date it is advisory;
//   - 2, 3, 4, 7 and 8 say "bør" and name no phase: they warn, from the
//     phase their From gives, and never block.
//
// The checklist belongs to no single decision point. Set.Gate and
// Set.Evaluate apply this timing; Checklist.EvaluateAt on the KS checklist
// alone knows only each item's From and Due phases and treats every
// checkpoint as due at its Due.
func KS() *Checklist {
	c := &Checklist{ID: "ks", Title: ksTitle, Level: Mandatory, items: make([]Item, len(ksTexts))}
	for i, d := range ksTexts {
		sub := make([]Wording, len(d.sub))
		for k, w := range d.sub {
			sub[k] = ksTranslated(w)
		}
		c.items[i] = Item{
			ID:         strconv.Itoa(i + 1),
			Lang:       phase.Nynorsk,
			Question:   ksTranslated(d.question),
			Guidance:   ksTranslated(d.guidance),
			Lead:       ksTranslated(d.lead),
			Sub:        sub,
			Kind:       YesNo,
			Favourable: Yes,
			From:       d.from,
			Due:        d.due,
		}
	}
	return c
}

// ksTranslated marks w's English, this library's translation of Difi's
// nynorsk, as a translation.
func ksTranslated(w Wording) Wording {
	if w.English != "" {
		w.Translated = LanguagesOf(phase.English)
	}
	return w
}
