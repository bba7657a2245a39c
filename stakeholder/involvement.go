package stakeholder

import (
	"strconv"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// CoordinationLevel is a step on samordningsstigen, the coordination ladder
// of Difi report 2014:7 «Mot alle odds», used in seed 003 for the
// involvement of the municipal sector in state digitalisation projects.
// Step 1 is the lowest. The zero value is unset.
type CoordinationLevel uint8

// The four steps of samordningsstigen.
const (
	InformationSharing  CoordinationLevel = iota + 1 // 1: gjensidig informasjons-, erfarings- og kunnskapsdeling
	SharedUnderstanding                              // 2: felles problem- og løsningsforståelse
	AdjustedPlans                                    // 3: endrer egne planer for ikke å svekke de andres måloppnåelse
	JointStrategy                                    // 4: felles strategi/plan/tiltak på tvers av sektorene
)

var coordinationLevels = enum.Table[CoordinationLevel]{
	Type: "coordination level",
	Codes: []string{
		"information_sharing", "shared_understanding", "adjusted_plans", "joint_strategy"},
	Labels: []enum.Label{
		InformationSharing:  {NB: "Informasjonsdeling", NN: "Informasjonsdeling", EN: "Information sharing"},
		SharedUnderstanding: {NB: "Felles forståelse", NN: "Felles forståing", EN: "Shared understanding"},
		AdjustedPlans:       {NB: "Tilpasning av egne planer", NN: "Tilpassing av eigne planar", EN: "Adjusting own plans"},
		JointStrategy:       {NB: "Felles strategi, plan og tiltak", NN: "Felles strategi, plan og tiltak", EN: "Joint strategy, plan and measures"},
	},
}

// coordinationTexts holds the steps as seed 003 states them. The source is
// in bokmål only; NN repeats it verbatim rather than translate an official
// text. EN is our translation.
var coordinationTexts = [...]phase.Text{
	InformationSharing: {
		NB: "Et lavt ambisjonsnivå vil være å begrense seg til gjensidig informasjons-, erfarings- og kunnskapsdeling. Da er det opp til hver av enhetene å vurdere om og eventuelt hvordan de bør tilpasse seg den informasjonen de får.",
		EN: "A low level of ambition is to limit oneself to mutual sharing of information, experience and knowledge. It is then up to each unit to judge whether and how to adapt to the information it receives."},
	SharedUnderstanding: {
		NB: "På grunnlag av informasjonsdeling og dialog kan de aktuelle enhetene samle seg om å utvikle felles problem- og løsningsforståelse. Dette øker sannsynligheten for at de vil tilpasse seg hverandre uten pålegg ovenfra.",
		EN: "On the basis of information sharing and dialogue, the units concerned can come together to develop a shared understanding of problems and solutions. This makes it more likely that they adapt to each other without orders from above."},
	AdjustedPlans: {
		NB: "På grunnlag av dialog/forhandlinger endrer de berørte enhetene sine planer eller sin nåværende policy for ikke å svekke de andre enhetenes måloppnåelse.",
		EN: "On the basis of dialogue/negotiation, the units concerned change their plans or current policy so as not to weaken the other units' goal attainment."},
	JointStrategy: {
		NB: "De berørte enhetene samarbeider om å utvikle felles strategi/plan/tiltak på tvers av sektorene, blant annet for å oppnå synergieffekter.",
		EN: "The units concerned work together to develop a joint strategy/plan/measures across sectors, among other things to achieve synergies."},
}

// CoordinationLevels returns the four steps, lowest first.
func CoordinationLevels() []CoordinationLevel { return coordinationLevels.All() }

// CoordinationLevelOf returns step n (1 to 4) of samordningsstigen, or a
// *enum.ValueError for any other n.
func CoordinationLevelOf(n int) (CoordinationLevel, error) {
	if n < 1 || n > len(coordinationLevels.Codes) {
		return 0, &enum.ValueError{Type: "coordination level", Value: strconv.Itoa(n)}
	}
	return CoordinationLevel(n), nil
}

// Step returns the step number, 1 to 4, or 0 for an invalid level.
func (c CoordinationLevel) Step() int {
	if !c.IsValid() {
		return 0
	}
	return int(c)
}

// String returns the wire code, such as "shared_understanding".
func (c CoordinationLevel) String() string { return coordinationLevels.String(c) }

// IsValid reports whether c is one of the four steps.
func (c CoordinationLevel) IsValid() bool { return coordinationLevels.Valid(c) }

// Text returns the name of c in bokmål, nynorsk and English; for an invalid
// c, its String form.
func (c CoordinationLevel) Text() phase.Text { return phase.Text(coordinationLevels.Label(c)) }

// Label returns the step's short name in language l, such as
// "Felles forståelse".
func (c CoordinationLevel) Label(l phase.Language) string { return c.Text().In(l) }

// Description returns the step as seed 003 states it, verbatim in
// Norwegian (bokmål for both nb and nn: the source has no nynorsk) and
// translated for English; "" for an invalid level.
func (c CoordinationLevel) Description(l phase.Language) string {
	if !c.IsValid() {
		return ""
	}
	t := coordinationTexts[c]
	if l == phase.Nynorsk {
		return t.NB
	}
	return t.In(l)
}

// MarshalText encodes c as its wire code.
func (c CoordinationLevel) MarshalText() ([]byte, error) { return coordinationLevels.Marshal(c) }

// UnmarshalText decodes a wire code.
func (c *CoordinationLevel) UnmarshalText(b []byte) error { return coordinationLevels.Unmarshal(b, c) }

// Involvement records the level on samordningsstigen between a state
// agency and the municipal sector (KS or a municipality) in a project, on a
// date, with a justification. Successive records show the climb seed 003
// recommends ("Over tid er ambisjonen å klatre høyere på stigen").
type Involvement struct {
	// Agency is the ID of the state agency's Organisation.
	Agency string `json:"agency" validate:"filled" privacy:"id"`
	// Counterpart is the ID of KS or a municipality.
	Counterpart string `json:"counterpart" validate:"filled" privacy:"id"`
	// Level is the step on samordningsstigen.
	Level CoordinationLevel `json:"level,omitempty" validate:"valid"`
	// Date is the date of the assessment.
	Date phase.Date `json:"date" validate:"valid"`
	// Justification says why the level was set (begrunnelse).
	Justification string `json:"justification" validate:"filled"`
}

// InvolvementLevel returns the level of the latest record between agency and
// counterpart dated on or before asOf, and false when there is none.
// Among records of the same date the last in the list counts.
func (r *Register) InvolvementLevel(agency, counterpart string, asOf phase.Date) (CoordinationLevel, bool) {
	var best *Involvement
	for i := range r.Involvement {
		v := &r.Involvement[i]
		if v.Agency != agency || v.Counterpart != counterpart || v.Date.After(asOf) {
			continue
		}
		if best == nil || !v.Date.Before(best.Date) {
			best = v
		}
	}
	if best == nil {
		return 0, false
	}
	return best.Level, true
}
