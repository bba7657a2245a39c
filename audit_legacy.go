package veiviser

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"

	"github.com/digitale-helgeland/veiviser/phase"
)

// legacyHash is the hash of the audit entries of schema versions 1 and 2:
// hex SHA-256 of the encoding/json form of {"seq", "decision", "prev"} in
// that order, with encoding/json's escaping of <, > and & and its order of
// the decision's members. It is kept only to verify stored logs of those
// versions before Decode writes them again (see rechain).
func legacyHash(e AuditEntry) (string, error) {
	b, err := json.Marshal(struct {
		Seq      int            `json:"seq"`
		Decision phase.Decision `json:"decision"`
		Prev     string         `json:"prev"`
	}{e.Seq, e.Decision, e.Prev})
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

// verifyLegacy checks a log stored by schema version 1 or 2, whose entries
// are all decisions, with the hash of its time: its chain, head (the head
// the host kept of it, or "") and that its decisions are exactly the
// lifecycle's history. Those versions did not commit to the model.
func (a AuditLog) verifyLegacy(l *phase.Lifecycle, head string) error {
	if err := a.verifyChain(legacyHash); err != nil {
		return err
	}
	if err := a.checkHead(head); err != nil {
		return err
	}
	hist := l.History()
	for i, e := range a {
		switch {
		case i >= len(hist):
			return &AuditError{Index: i, Problem: AuditAppended}
		case !e.Decision.Equal(hist[i]):
			return &AuditError{Index: i, Problem: AuditMismatch}
		}
	}
	if len(hist) > len(a) {
		return &AuditError{Index: len(a), Problem: AuditTruncated}
	}
	return nil
}

// rechain writes old, a log of schema version `version` that verifyLegacy
// accepted, in the current form: a first entry that commits to model m and
// records the old log (Migration), then old's decisions, in order, keyed
// with key unless it is empty. Nothing
// is lost: the old hashes follow from the decisions, and the old head is
// kept in the first entry.
func rechain(old AuditLog, m *phase.Model, version int, key []byte) (AuditLog, error) {
	g, err := AuditLog(nil).next(AuditEntry{
		Model:    &ModelRecord{Tailoring: m.Tailoring()},
		Migrated: &Migration{SchemaVersion: version, Entries: len(old), Head: old.Head()},
	}, key)
	if err != nil {
		return nil, err
	}
	a := make(AuditLog, 1, len(old)+1)
	a[0] = g
	for _, e := range old {
		n, err := a.next(AuditEntry{Decision: e.Decision.Clone()}, key)
		if err != nil {
			return nil, err
		}
		a = append(a, n)
	}
	return a, nil
}
