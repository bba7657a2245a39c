package veiviser

import (
	"encoding/json"

	"github.com/digitale-helgeland/veiviser/phase"
)

// Verify checks the project's audit log: its chain (AuditLog.VerifyKey
// with the project's key, if it has one, and head, the head the host kept,
// or ""), that its first entry commits it to
// a model, that its decisions are exactly the lifecycle's history, and
// that the lifecycle's model is the one its last model entry commits to.
// The first problem is an *AuditError wrapping ErrAuditBroken: AuditMismatch
// for a decision unlike the history at its place, AuditAppended for one the
// history does not have, AuditTruncated for a log that ends before the
// history does, AuditModel for a model that is not the one committed to
// (lifecycle.model edited in a stored project), AuditRemoved at entry 0
// for a log without its first model entry. Then each document an approval
// sealed must be as sealed, or have a new version in its change log: the
// first that is not is a *SealError (ErrSealBroken) naming the document and
// the decision that approved it.
//
// A project built as a literal, with no decision yet, has no log to check.
func (p *Project) Verify(head string) error {
	if err := p.verifyLog(head); err != nil {
		return err
	}
	if broken := p.brokenSeals(); len(broken) > 0 {
		return broken[0]
	}
	return nil
}

// verifyLog is Verify without the seals of the approved documents.
func (p *Project) verifyLog(head string) error {
	if err := p.audit.VerifyKey(p.key, head); err != nil {
		return err
	}
	return p.audit.matches(p.life())
}

// matches checks that a records the lifecycle l: its model and its history.
func (a AuditLog) matches(l *phase.Lifecycle) error {
	hist := l.History()
	if len(a) == 0 {
		if len(hist) > 0 {
			return &AuditError{Index: 0, Problem: AuditTruncated}
		}
		return nil
	}
	if !a[0].IsModel() {
		return &AuditError{Index: 0, Problem: AuditRemoved}
	}
	model, j := 0, 0
	for i, e := range a {
		switch {
		case e.IsModel():
			model = i
			continue
		case j >= len(hist):
			return &AuditError{Index: i, Problem: AuditAppended}
		case !e.Decision.Equal(hist[j]):
			return &AuditError{Index: i, Problem: AuditMismatch}
		}
		j++
	}
	if j < len(hist) {
		return &AuditError{Index: len(a), Problem: AuditTruncated}
	}
	if !sameTailoring(a[model].Model.Tailoring, l.Model().Tailoring()) {
		return &AuditError{Index: model, Problem: AuditModel}
	}
	if m := a[0].Migrated; m != nil && !m.holds(a.Decisions()) {
		return &AuditError{Index: 0, Problem: AuditAltered}
	}
	return nil
}

// holds reports whether the first m.Entries of decisions, chained with the
// hash of schema versions 1 and 2, give the head m records.
func (m *Migration) holds(decisions []phase.Decision) bool {
	if m.Entries < 0 || m.Entries > len(decisions) {
		return false
	}
	var old AuditLog
	for _, d := range decisions[:m.Entries] {
		e := AuditEntry{Seq: len(old), Decision: d, Prev: old.Head()}
		h, err := legacyHash(e)
		if err != nil {
			return false
		}
		e.Hash = h
		old = append(old, e)
	}
	return old.Head() == m.Head
}

// sameTailoring reports whether s and t describe the same model: their
// stored forms are equal.
func sameTailoring(s, t phase.Tailoring) bool {
	a, err1 := json.Marshal(s)
	b, err2 := json.Marshal(t)
	return err1 == nil && err2 == nil && string(a) == string(b)
}
