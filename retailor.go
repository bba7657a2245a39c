package veiviser

import (
	"errors"
	"fmt"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/errs"
	"github.com/digitale-helgeland/veiviser/phase"
)

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
