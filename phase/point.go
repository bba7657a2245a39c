package phase

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/enum"
)

// DecisionPoint is a beslutningspunkt: BP1 to BP6, or an execution sub-phase
// point BP3.1, BP3.2, … in a model whose execution is split into sub-phases.
// The zero value is not a decision point.
//
// BP3 opens the first execution sub-phase (Digdir: "Her beslutter
// prosjekteier oppstart av første gjennomføringsfase"); BP3.k opens
// sub-phase k+1.
type DecisionPoint uint16

// The decision points of the standard model.
const (
	BP1 DecisionPoint = 1 << 8 // start a concept phase
	BP2 DecisionPoint = 2 << 8 // start the planning phase
	BP3 DecisionPoint = 3 << 8 // move to execution
	BP4 DecisionPoint = 4 << 8 // move to closure
	BP5 DecisionPoint = 5 << 8 // close the project
	BP6 DecisionPoint = 6 << 8 // further measures for benefit realisation
)

// maxSubPoint bounds k in BP3.k.
const maxSubPoint = 99

// ExecutionPoint returns BP3.k, the decision point that opens execution
// sub-phase k+1. It returns the zero DecisionPoint when k is not in 1..99.
func ExecutionPoint(k int) DecisionPoint {
	if k < 1 || k > maxSubPoint {
		return 0
	}
	return BP3 | DecisionPoint(k)
}

// Points returns BP1 to BP6 in order.
func Points() []DecisionPoint { return []DecisionPoint{BP1, BP2, BP3, BP4, BP5, BP6} }

// Major returns the number of the main decision point: 3 for BP3 and BP3.2.
func (p DecisionPoint) Major() int { return int(p >> 8) }

// Minor returns k for BP3.k, and 0 for a main decision point.
func (p DecisionPoint) Minor() int { return int(p & 0xff) }

// IsValid reports whether p is BP1 to BP6 or BP3.1 to BP3.99.
func (p DecisionPoint) IsValid() bool {
	switch {
	case p.Major() < 1 || p.Major() > 6:
		return false
	case p.Minor() == 0:
		return true
	default:
		return p.Major() == 3 && p.Minor() <= maxSubPoint
	}
}

// IsSub reports whether p is an execution sub-phase point BP3.k.
func (p DecisionPoint) IsSub() bool { return p.IsValid() && p.Minor() > 0 }

// String returns the wire code: "bp1" … "bp6", "bp3.1", ….
func (p DecisionPoint) String() string {
	if !p.IsValid() {
		return fmt.Sprintf("DecisionPoint(%d)", uint16(p))
	}
	return strings.ToLower(p.Label())
}

// Label returns the name used in documents: "BP1", "BP3.2".
func (p DecisionPoint) Label() string {
	if !p.IsValid() {
		return p.String()
	}
	if p.Minor() > 0 {
		return "BP" + strconv.Itoa(p.Major()) + "." + strconv.Itoa(p.Minor())
	}
	return "BP" + strconv.Itoa(p.Major())
}

// MarshalText encodes p as its wire code.
func (p DecisionPoint) MarshalText() ([]byte, error) {
	if !p.IsValid() {
		return nil, &enum.ValueError{Type: "decision point", Value: p.String()}
	}
	return []byte(p.String()), nil
}

// UnmarshalText decodes "bp3", "BP3", "BP 3", "bp3.1" and the like.
func (p *DecisionPoint) UnmarshalText(b []byte) error {
	v, err := ParsePoint(string(b))
	if err != nil {
		return err
	}
	*p = v
	return nil
}

// ParsePoint reads a decision point as written in documents: "BP1", "bp3.2",
// "BP 4", "Beslutningspunkt 2". Anything else is a *ValueError.
func ParsePoint(s string) (DecisionPoint, error) {
	t := strings.ToLower(strings.TrimSpace(s))
	switch {
	case strings.HasPrefix(t, "beslutningspunkt"):
		t = t[len("beslutningspunkt"):]
	case strings.HasPrefix(t, "bp"):
		t = t[2:]
	default:
		return 0, &enum.ValueError{Type: "decision point", Value: s}
	}
	t = strings.TrimSpace(t)
	major, minor, hasMinor := strings.Cut(t, ".")
	m, err := strconv.Atoi(major)
	if err != nil || m < 1 || m > 6 || len(major) != 1 || major[0] < '1' || major[0] > '6' {
		return 0, &enum.ValueError{Type: "decision point", Value: s}
	}
	p := DecisionPoint(m) << 8
	if hasMinor {
		k, err := strconv.Atoi(minor)
		if err != nil || m != 3 || k < 1 || k > maxSubPoint || len(minor) > 2 || minor[0] < '1' || minor[0] > '9' || minor[len(minor)-1] < '0' || minor[len(minor)-1] > '9' {
			return 0, &enum.ValueError{Type: "decision point", Value: s}
		}
		p |= DecisionPoint(k)
	}
	return p, nil
}

// Leaves returns the phase a decision at p leaves.
func (p DecisionPoint) Leaves() Phase {
	switch {
	case !p.IsValid():
		return 0
	case p.IsSub():
		return Execution
	}
	return [...]Phase{1: Idea, 2: Concept, 3: Planning, 4: Execution, 5: Closure, 6: Realisation}[p.Major()]
}

// Opens returns the phase an approval at p opens. BP6 opens no phase: the
// project is completed, and Opens returns the zero Phase.
func (p DecisionPoint) Opens() Phase {
	if !p.IsValid() {
		return 0
	}
	return [...]Phase{1: Concept, 2: Planning, 3: Execution, 4: Closure, 5: Realisation, 6: 0}[p.Major()]
}

// Title returns the official title of the decision point in language l.
// The bokmål titles are Digdir's: "Beslutte oppstart av en konseptfase", ….
func (p DecisionPoint) Title(l Language) string {
	if !p.IsValid() {
		return p.String()
	}
	if p.Minor() > 0 {
		n := strconv.Itoa(p.Minor() + 1)
		return Text{
			NB: "Beslutte oppstart av gjennomføringsfase " + n,
			NN: "Avgjere oppstart av gjennomføringsfase " + n,
			EN: "Decide to start execution sub-phase " + n,
		}.In(l)
	}
	return pointTitles[p.Major()].In(l)
}

var pointTitles = [...]Text{
	1: {NB: "Beslutte oppstart av en konseptfase", NN: "Avgjere oppstart av ein konseptfase", EN: "Decide to start a concept phase"},
	2: {NB: "Beslutte oppstart av planleggingsfasen", NN: "Avgjere oppstart av planleggingsfasen", EN: "Decide to start the planning phase"},
	3: {NB: "Beslutte overgang til gjennomføringsfasene", NN: "Avgjere overgang til gjennomføringsfasane", EN: "Decide to move to the execution phases"},
	4: {NB: "Beslutte overgang til avslutningsfasen", NN: "Avgjere overgang til avslutningsfasen", EN: "Decide to move to the closure phase"},
	5: {NB: "Beslutte avslutning av prosjektet", NN: "Avgjere avslutning av prosjektet", EN: "Decide to close the project"},
	6: {NB: "Beslutte videre tiltak for økt gevinstrealisering", NN: "Avgjere vidare tiltak for auka gevinstrealisering", EN: "Decide further measures for increased benefit realisation"},
}

// Responsible returns who decides at p by default.
func (p DecisionPoint) Responsible() Authority {
	switch p.Major() {
	case 1, 2, 6:
		return Management
	case 3, 4, 5:
		return ProjectOwner
	}
	return 0
}

// Products returns the management products that must exist before a
// decision at p, after Digdir's "Styringsdokumentasjon"
// (prosjektveiviseren.digdir.no/dokumentasjon/styringsdokumentasjon/93):
//   - BP1: the mandate for the concept phase ("Dokumentet signeres ved BP1");
//   - BP2: the project proposal and the business case (prosjektbegrunnelse,
//     "foreløpig"), made in the concept phase;
//   - BP3: the governing document and the benefit realisation plan, made
//     in planning, and the business case "videreutviklet";
//   - BP5: the final report; BP6: the concept evaluation report, and
//     measurements of the benefits;
//   - at the end of every phase, BP2, BP3, BP3.k and BP4, a phase plan for
//     the next phase: "Mot slutten av hver fase utarbeides en faseplan for
//     neste fase".
//
// The closure recommendation (avslutningsanbefaling) before BP4 is not in
// Digdir's list of management products; whether a project needs it is the
// organisation's setting (see veiviser.Rules), so it is not returned here.
// The slice is new on every call.
func (p DecisionPoint) Products() []Product {
	if p.IsSub() {
		return []Product{PhasePlan}
	}
	switch p {
	case BP1:
		return []Product{Mandate}
	case BP2:
		return []Product{ProjectProposal, PhasePlan, BusinessCase}
	case BP3:
		return []Product{GoverningDocument, BenefitPlan, BusinessCase, PhasePlan}
	case BP4:
		return []Product{PhasePlan}
	case BP5:
		return []Product{FinalReport}
	case BP6:
		return []Product{ConceptEvaluation, BenefitMeasurements}
	}
	return nil
}
