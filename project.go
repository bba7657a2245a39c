package veiviser

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/digitale-helgeland/veiviser/product"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/internal/deepcopy"
	"github.com/digitale-helgeland/veiviser/internal/errs"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// Project is one project as a case system or portfolio tool holds it: its
// lifecycle through the phases, its management products, its checklists,
// its stakeholders and governance bodies, and the audit log of its
// decisions. It answers, at any moment, where the project is (Phase), what
// may happen next and what is missing (Next), and what is wrong (Validate).
//
// The lifecycle and the audit log move only through Decide, so they never
// disagree. Everything else is plain data the caller edits directly.
//
// A Project is not safe for concurrent use; copy it with Clone.
type Project struct {
	// ID identifies the project in the host system, e.g. a project number.
	ID string `json:"id" validate:"filled"`
	// Name is the project's name, e.g. "Digitale Helgeland".
	Name string `json:"name" validate:"filled"`
	// Agency is the organisation that owns the project (virksomhet).
	Agency string `json:"agency" validate:"filled"`
	// Description says in a sentence or two what the project is.
	Description string `json:"description,omitempty"`
	// Investment is the estimated investment, nil when it is not known.
	// Difi proposes that state projects over 10 MNOK that affect
	// municipalities be reported (see OverviewOptions).
	Investment *benefit.Money `json:"investment,omitempty" validate:"omitempty,gte=0"`
	// Timeline is the planned timeline, one period per phase.
	Timeline phase.Timeline `json:"timeline,omitempty" validate:"dive"`
	// Documents are the management products, oldest first. Where several
	// have the same kind (a phase plan per phase), the last one counts.
	Documents []product.Document `json:"documents,omitempty" validate:"dive"`
	// StateAffectingMunicipalities records that the project is a state
	// agency's project that affects the municipal sector (kommunesektoren).
	// Difi's eight checkpoints for involving the municipal sector (KS)
	// apply to such projects only (seed 004, "Sjekkliste for involvering av
	// kommunesektoren": "statlege digitaliseringsprosjekt som påverkar
	// kommunesektoren"). A municipality's or a municipal collaboration's
	// own project is not one, however many municipalities take part.
	StateAffectingMunicipalities bool `json:"stateAffectingMunicipalities,omitempty"`
	// Rules are the organisation's choices where the sources leave one;
	// the zero value is the documented default.
	Rules Rules `json:"rules,omitzero"`
	// RollOut is the planned date the solution is taken into use in the
	// municipal sector (innføring), if known: KS checkpoint 6 is due in the
	// budget year before it (see checklist.Options.RollOut).
	RollOut phase.Date `json:"rollOut,omitzero"`
	// Checklists holds the checklists BP1–BP6 and the KS checkpoints.
	Checklists *checklist.Set `json:"checklists,omitempty"`
	// Stakeholders holds organisations, the stakeholder analysis, project
	// roles, governance bodies, memberships and the communication plan.
	Stakeholders stakeholder.Register `json:"stakeholders"`

	lifecycle *phase.Lifecycle
	audit     AuditLog
	key       []byte // the host's secret that keys the audit log; nil for none
}

// ProjectConfig describes a new project to NewProject. The zero value of
// each field but the names means its default.
type ProjectConfig struct {
	// ID, Name and Agency become the Project's fields of the same names.
	ID, Name, Agency string
	// Model is the project's lifecycle model; nil means phase.Standard().
	Model *phase.Model
	// StateAffectingMunicipalities becomes the Project's field of the
	// same name: Difi's KS checkpoints apply.
	StateAffectingMunicipalities bool
	// Key, when not empty, is the host's secret key for the audit log:
	// each entry's hash is then an HMAC-SHA256 under it (see
	// AuditEntry.MAC), so that no one without the key can compute the
	// chain again after changing it. The project keeps it, unexported, to
	// key the entries of later decisions; Decode needs it again
	// (DecodeOptions.Key). It is never stored.
	Key []byte
	// History holds the decisions of a project already under way, taken
	// before it came into this library, oldest first. They are replayed on
	// Model and written to the audit log; gates are not checked for them,
	// as they record what was decided with the documents of the time.
	History []phase.Decision
}

// NewProject returns a project as c describes it, with fresh copies of the
// built-in checklists: at the start of its model, or where its History has
// taken it. A history that cannot be replayed gives a *phase.HistoryError
// with the index where it breaks. Decisions from now on go through Decide.
func NewProject(c ProjectConfig) (*Project, error) {
	l, err := phase.Rebuild(c.Model, c.History)
	if err != nil {
		return nil, err
	}
	p := &Project{
		ID: c.ID, Name: c.Name, Agency: c.Agency,
		StateAffectingMunicipalities: c.StateAffectingMunicipalities,
		Checklists:                   checklist.NewSet(),
		lifecycle:                    l,
		key:                          bytes.Clone(c.Key),
	}
	if p.audit, err = genesis(l.Model(), p.key); err != nil {
		return nil, err
	}
	for _, d := range c.History {
		e, err := p.audit.next(AuditEntry{Decision: d.Clone()}, p.key)
		if err != nil { // unreachable: Rebuild validated d
			return nil, err
		}
		p.audit = append(p.audit, e)
	}
	return p, nil
}

// genesis returns a new audit log whose first entry commits it to model m,
// keyed with key unless it is empty.
func genesis(m *phase.Model, key []byte) (AuditLog, error) {
	e, err := AuditLog(nil).next(AuditEntry{Model: &ModelRecord{Tailoring: m.Tailoring()}}, key)
	if err != nil { // unreachable: a valid model encodes
		return nil, err
	}
	return AuditLog{e}, nil
}

// auditLog returns the project's audit log as it is stored: a project
// built as a literal, with no decision yet, has none, and gets one that
// commits to its model. p is not changed.
func (p *Project) auditLog() (AuditLog, error) {
	if len(p.audit) > 0 {
		return p.audit, nil
	}
	return genesis(p.life().Model(), p.key)
}

// SetAuditKey keys the project's audit log with key, the host's secret,
// from now on (see ProjectConfig.Key); an empty key removes the key. The
// log is first verified as it stands, under the key it has; then every
// entry is hashed again under the new key, so the log's head changes: the
// host keeps the new one (Audit().Head()). On error nothing changes.
func (p *Project) SetAuditKey(key []byte) error {
	if err := p.Verify(""); err != nil {
		return err
	}
	log, err := p.auditLog()
	if err != nil {
		return err
	}
	a, err := log.rekey(key)
	if err != nil {
		return err
	}
	if len(p.audit) == 0 { // a project built as a literal keeps an empty log
		a = nil
	}
	p.audit, p.key = a, bytes.Clone(key)
	return nil
}

// life returns the lifecycle to read. A Project built as a literal has
// none until its first decision; it reads as a new lifecycle of the
// standard model, and nothing is stored, so reading never writes.
func (p *Project) life() *phase.Lifecycle {
	if p.lifecycle == nil {
		return phase.New(nil)
	}
	return p.lifecycle
}

// Lifecycle returns a copy of the project's lifecycle. Changing the copy
// does not change the project; decide through Project.Decide.
func (p *Project) Lifecycle() *phase.Lifecycle { return p.life().Clone() }

// Position returns where the project stands.
func (p *Project) Position() phase.Position { return p.life().Position() }

// Phase returns the project's current phase.
func (p *Project) Phase() phase.Phase { return p.life().Phase() }

// Status returns whether the project is active, stopped or completed.
func (p *Project) Status() phase.Status { return p.life().Status() }

// History returns every decision taken, in order.
func (p *Project) History() []phase.Decision { return p.life().History() }

// Audit returns a copy of the hash-chained audit log: the model the project
// started with, then each decision. A project built as a literal has an
// empty log until its first decision.
func (p *Project) Audit() AuditLog { return p.audit.Clone() }

// Document returns the latest document of kind k, or nil.
func (p *Project) Document(k phase.Product) product.Document {
	if i := p.documentIndex(k); i >= 0 {
		return p.Documents[i]
	}
	return nil
}

// BenefitPlan returns the plan of the latest benefit realisation plan
// document, or nil.
func (p *Project) BenefitPlan() *benefit.Plan {
	if d, ok := p.Document(phase.BenefitPlan).(*product.BenefitPlan); ok {
		return &d.Plan
	}
	return nil
}

// Gates returns everything that must hold before an approval: the
// management products of every covered decision point, the checklists
// (with the KS checkpoints when the project affects the municipal sector),
// and the project roles. Each reads the project when the decision is
// checked.
func (p *Project) Gates() []phase.Gate { return p.gates(nil) }

// gates returns Gates; validated holds the findings of documents already
// validated under the project's rules, by index, for the product gate to
// reuse instead of validating them again.
func (p *Project) gates(validated map[int]phase.Findings) []phase.Gate {
	set := p.Checklists
	if set == nil {
		set = &checklist.Set{} // its gate reports every checklist as missing
	}
	roles := p.Stakeholders.Roles.Gate()
	return []phase.Gate{
		phase.GateFunc(func(c phase.GateContext) phase.Findings { return p.productGate(c, validated) }),
		set.Gate(p.checklistOptions()),
		phase.GateFunc(func(c phase.GateContext) phase.Findings { return roles.Check(c).WithPrefix("stakeholders.roles") }),
	}
}

// checklistOptions says which of the project's checklists apply.
func (p *Project) checklistOptions() checklist.Options {
	return checklist.Options{KS: p.StateAffectingMunicipalities, RollOut: p.RollOut, KSBlocking: p.Rules.KSBlocking}
}

// Superseded reports whether a later document replaces Documents[i]: one
// of the same template and, for phase plans, for the same phase and
// sub-phase. Validate checks only the documents no later one supersedes;
// a host that shows a project's documents can mark the others so. It is
// false for an index out of range.
func (p *Project) Superseded(i int) bool {
	if i < 0 || i >= len(p.Documents) {
		return false
	}
	d := p.Documents[i]
	if product.IsNil(d) {
		return false
	}
	for _, later := range p.Documents[i+1:] {
		if product.IsNil(later) || later.Template() != d.Template() {
			continue
		}
		a, aok := d.(*product.PhasePlan)
		b, bok := later.(*product.PhasePlan)
		if !aok || !bok || a.Position() == b.Position() {
			return true
		}
	}
	return false
}

// Check reports what stands in the way of decision d, without deciding.
func (p *Project) Check(d phase.Decision) phase.Findings {
	return p.life().Check(d, p.Gates()...)
}

// Decide records decision d: the lifecycle moves and the decision is added
// to the audit log. An approval must meet every gate (see Gates). A refused
// decision changes nothing and returns the lifecycle's *phase.DecisionError,
// which lists every unmet requirement.
//
// An approval fills in the decision box of each management product it
// approves (the documents the product gate required; see fillDecisionBox)
// and marks it approved, in place, and its audit entry seals them as
// filled in (Seal): a later change to one of them without a new version
// in its change log is reported by Validate and Verify. An approved
// document that cannot be sealed (DocumentHash) refuses the approval with
// that error.
func (p *Project) Decide(d phase.Decision) error {
	// The entries are made first, so that a decision the log cannot hold
	// is refused before anything changes, and added last, in place: a
	// history costs linear time to build, not a copy of the log per call.
	l := p.life()
	log, err := p.auditLog()
	if err != nil {
		return err
	}
	added := log[len(p.audit):] // the first entry, for a project built as a literal
	var approved []int
	var seals []Seal
	if st, ok := l.Next(); ok && d.Outcome == phase.Approved && d.Point == st.Point {
		if approved, seals, err = p.sealApproved(st, d); err != nil {
			if fs := l.Check(d, p.Gates()...); fs.HasErrors() {
				return l.Decide(d, p.Gates()...) // refused anyway: say why
			}
			return err
		}
	}
	e, err := log.next(AuditEntry{Decision: d.Clone(), Seals: seals}, p.key)
	if err != nil {
		// Only an unencodable decision gets here; let the lifecycle say why.
		return l.Decide(d, p.Gates()...)
	}
	if err := l.Decide(d, p.Gates()...); err != nil {
		return err
	}
	p.lifecycle, p.audit = l, append(append(p.audit, added...), e)
	for _, i := range approved {
		p.fillApproved(p.Documents[i], d) // as sealApproved filled in its copy
	}
	return nil
}

// NextStep is what may happen next in a project: the step an approval
// would take and what it still lacks. Sending the case back and stopping
// the project are always possible while it is active.
type NextStep struct {
	// Step is the step an approval would take.
	Step phase.Step
	// Ready reports whether an approval would be accepted now.
	Ready bool
	// Missing lists what blocks an approval (error findings).
	Missing phase.Findings
	// Warnings lists what an approval would go ahead despite.
	Warnings phase.Findings
}

// Next tells what the project may do now, and false when it has ended.
// It judges an approval without a date, for which every requirement with
// a deadline is due; NextAt judges as of a date.
func (p *Project) Next() (NextStep, bool) { return p.next(phase.Date{}, nil) }

// NextAt is Next as of date, the day a host shows it (the library reads no
// clock): what an approval dated date would lack. A requirement due later
// is not missing yet — Difi's KS checkpoint 6 before the budget year ahead
// of roll-out — and answers dated after date do not count.
func (p *Project) NextAt(date phase.Date) (NextStep, bool) { return p.next(date, nil) }

// next is NextAt, reusing the findings of documents already validated.
func (p *Project) next(date phase.Date, validated map[int]phase.Findings) (NextStep, bool) {
	st, fs, ok := p.life().ReadinessAt(date, p.gates(validated)...)
	if !ok {
		return NextStep{}, false
	}
	n := NextStep{Step: st, Missing: fs.Errors(), Warnings: fs.Warnings()}
	n.Ready = len(n.Missing) == 0
	return n, true
}

// Clone returns a deep copy of p.
func (p *Project) Clone() *Project {
	c := *p
	c.Timeline = slices.Clone(p.Timeline)
	c.Documents = make([]product.Document, len(p.Documents))
	for i, d := range p.Documents {
		c.Documents[i] = cloneDocument(d)
	}
	if p.Checklists != nil {
		c.Checklists = p.Checklists.Clone()
	}
	c.Stakeholders = p.Stakeholders.Clone()
	c.lifecycle = p.life().Clone()
	c.audit = p.audit.Clone()
	return &c
}

// cloneDocument returns a deep copy of d. Documents are plain data of
// exported fields (TestDocumentsArePlainData), which deepcopy copies whole.
func cloneDocument(d product.Document) product.Document {
	if product.IsNil(d) {
		return d
	}
	return deepcopy.Copy(d)
}

// ErrRetailor is wrapped by the errors of Project.Retailor: the change of
// tailoring was refused, and nothing changed.
var ErrRetailor = errors.New("veiviser: tailoring not changed")

// Retailor changes the tailoring of the project's lifecycle model to t (a
// phase skipped, execution split into sub-phases) while the project runs,
// and records the change in the audit log as a model entry with its
// justification, its date and who made it (see ModelRecord), so that the
// model that decides the project's position is always the one the log
// commits to. The caller supplies the date: the library never reads the
// clock.
//
// The decisions taken so far are replayed on the new model, and the change
// must not move the project: its phase and status stay what they are.
// Skipping a phase already passed, skipping the phase the project is in,
// or merging sub-phases already opened is refused. A refusal is a
// *phase.PathError (op "retailor", path "justification", "by", "date" or
// "tailoring…") wrapping ErrRetailor, and changes nothing.
//
// Digdir leaves the choice of phases to the organisation but asks that the
// purpose of each phase be kept ("Vær bevisst på å ivareta hensikten og
// innholdet i hver av fasene", on small projects); a change of course is a
// decision of its own, so it is justified and logged, as the first choice
// of model is (NewProject).
func (p *Project) Retailor(t phase.Tailoring, justification string, date phase.Date, by string) error {
	refuse := func(path, why string) error {
		return &phase.PathError{Op: "retailor", Path: path, Err: fmt.Errorf("%w: %s", ErrRetailor, why)}
	}
	l := p.life()
	hist := l.History()
	switch {
	case strings.TrimSpace(justification) == "" || len(phase.Placeholders(justification)) > 0:
		return refuse("justification", "a change of tailoring needs a justification")
	case strings.TrimSpace(by) == "" || len(phase.Placeholders(by)) > 0:
		return refuse("by", "a change of tailoring must say who made it")
	case !date.IsValid():
		return refuse("date", "a change of tailoring needs a valid date")
	case len(hist) > 0 && date.Before(hist[len(hist)-1].Date):
		return refuse("date", "the date "+date.Norwegian()+" is before the last decision ("+hist[len(hist)-1].Date.Norwegian()+")")
	case l.Status() != phase.Active:
		return refuse("", "the project is "+strings.ToLower(l.Status().Label(phase.English)))
	case sameTailoring(t, l.Model().Tailoring()):
		return refuse("tailoring", "the project already has this tailoring")
	}
	m, err := phase.NewModel(t)
	if err != nil {
		return retailorError(err)
	}
	nl, err := phase.Rebuild(m, hist)
	if err != nil {
		return retailorError(err)
	}
	if nl.Phase() != l.Phase() || nl.Status() != l.Status() {
		return refuse("tailoring", "the project would move from "+strings.ToLower(l.Position().Label(phase.English))+" to "+strings.ToLower(nl.Position().Label(phase.English))+" without a decision")
	}
	log, err := p.auditLog()
	if err != nil {
		return err
	}
	added := log[len(p.audit):] // the first entry, for a project built as a literal
	e, err := log.next(AuditEntry{Model: &ModelRecord{Tailoring: m.Tailoring(), Justification: justification, Date: date, By: by}}, p.key)
	if err != nil { // unreachable: a valid model and date encode
		return err
	}
	p.lifecycle, p.audit = nl, append(append(p.audit, added...), e)
	return nil
}

// retailorError is err, from building or replaying the new model, as
// Retailor's error: at path "tailoring" (joined to err's own path), wrapping
// ErrRetailor and err's cause.
func retailorError(err error) error {
	if pe, ok := err.(*phase.PathError); ok {
		return errs.Wrap("retailor", "tailoring", &phase.PathError{Op: pe.Op, Path: pe.Path, Err: errs.Kind(ErrRetailor, pe.Err)})
	}
	return &phase.PathError{Op: "retailor", Path: "tailoring", Err: errs.Kind(ErrRetailor, err)}
}
