package phase

import "github.com/digitale-helgeland/veiviser/internal/enum"

// Phase is one of the six phases of Prosjektveiviseren. The zero value is
// "no phase": it is not valid as a phase, and stands for the position before
// BP1 in a model without an idea phase.
type Phase uint8

// The phases, in the order a project passes through them.
const (
	Idea        Phase = iota + 1 // Idé: the line organisation assesses and prioritises ideas
	Concept                      // Konsept: clarify the need, compare concepts and the null alternative
	Planning                     // Planlegge: establish the project, governing document, benefit plan
	Execution                    // Gjennomføre: create and deliver results, possibly in sub-phases
	Closure                      // Avslutte: hand over to the line, close contracts, final report
	Realisation                  // Realisere: the line organisation realises and measures benefits
)

var phases = enum.Table[Phase]{
	Type: "phase",
	Codes: []string{
		"idea", "concept", "planning", "execution", "closure", "realisation",
	},
	Labels: []enum.Label{
		Idea:        {NB: "Idéfase", NN: "Idéfasen", EN: "Idea phase"},
		Concept:     {NB: "Konseptfase", NN: "Konseptfasen", EN: "Concept phase"},
		Planning:    {NB: "Planleggingsfase", NN: "Planleggingsfasen", EN: "Planning phase"},
		Execution:   {NB: "Gjennomføringsfase", NN: "Gjennomføringsfasen", EN: "Execution phase"},
		Closure:     {NB: "Avslutningsfase", NN: "Avslutningsfasen", EN: "Closure phase"},
		Realisation: {NB: "Realiseringsfase", NN: "Realiseringsfasen", EN: "Realisation phase"},
	},
}

var phaseOwners = [...]Text{
	Idea:        {NB: "linjeorganisasjonen", NN: "linjeorganisasjonen", EN: "the line organisation"},
	Concept:     {NB: "leder av utredningsarbeidet", NN: "leiar av utgreiingsarbeidet", EN: "the leader of the concept study"},
	Planning:    {NB: "prosjektet", NN: "prosjektet", EN: "the project"},
	Execution:   {NB: "prosjektleder på vegne av prosjektstyret", NN: "prosjektleiar på vegner av prosjektstyret", EN: "the project manager, for the project board"},
	Closure:     {NB: "prosjektleder", NN: "prosjektleiar", EN: "the project manager"},
	Realisation: {NB: "linjeorganisasjonen", NN: "linjeorganisasjonen", EN: "the line organisation"},
}

// Phases returns the six phases in order.
func Phases() []Phase { return phases.All() }

// String returns the phase's wire code, such as "concept"; "none" for the
// zero Phase.
func (p Phase) String() string {
	if p == 0 {
		return "none"
	}
	return phases.String(p)
}

// IsValid reports whether p is one of the six phases.
func (p Phase) IsValid() bool { return phases.Valid(p) }

// Text returns the name of p in bokmål, nynorsk and English; for the zero
// Phase, "Ikke startet" / "Ikkje starta" / "Not started"; for an invalid p,
// its String form.
func (p Phase) Text() Text {
	if p == 0 {
		return Text{NB: "Ikke startet", NN: "Ikkje starta", EN: "Not started"}
	}
	return Text(phases.Label(p))
}

// Label returns the phase's name in language l, such as "Konseptfase".
// The zero Phase is labelled "Ikke startet" / "Ikkje starta" / "Not started".
func (p Phase) Label(l Language) string { return p.Text().In(l) }

// Owner returns who owns the phase by default, in language l.
func (p Phase) Owner(l Language) string {
	if !p.IsValid() {
		return ""
	}
	return phaseOwners[p].In(l)
}

// MarshalText encodes p as its wire code. The zero Phase and unknown values
// are an error; mark optional phase fields omitempty.
func (p Phase) MarshalText() ([]byte, error) { return phases.Marshal(p) }

// UnmarshalText decodes a wire code such as "concept". It accepts only wire
// codes; use Parse for names as people write them.
func (p *Phase) UnmarshalText(b []byte) error { return phases.Unmarshal(b, p) }
