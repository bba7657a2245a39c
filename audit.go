package veiviser

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"slices"

	"github.com/digitale-helgeland/veiviser/internal/canon"
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// AuditEntry is one entry of a project's audit log: a decision, or the
// lifecycle model in force from it on. Each entry carries the hash of the
// entry before it, so that changing, removing or reordering any entry
// breaks the chain from that point on.
//
// The hash is computed over the entry's JSON form without its "hash"
// member, in the canonical form of RFC 8785 (see testdata/audit/README.md):
// hex SHA-256 of those bytes. A program in any language can compute it
// again from the stored JSON.
type AuditEntry struct {
	// Seq is the entry's place in the log, from 0.
	Seq int `json:"seq"`
	// Model, in a model entry, is the lifecycle model in force from this
	// entry on. The first entry of a project's log is one: it commits the
	// log to the model the project started with.
	Model *ModelRecord `json:"model,omitempty"`
	// Migrated, in the first entry of a log written again from an earlier
	// schema version, records that log (see Migration).
	Migrated *Migration `json:"migrated,omitempty"`
	// Decision, in a decision entry, is the decision taken.
	Decision phase.Decision `json:"decision,omitzero"`
	// Seals, in the entry of an approval, record the management products
	// it approved, as approved (see Seal).
	Seals []Seal `json:"seals,omitempty"`
	// MAC is "hmac-sha256" when the host keys the log: Hash is then the
	// HMAC-SHA256 of the same bytes under the host's secret key, so that
	// no one without it can compute the chain again. "" for a log without
	// a key.
	MAC string `json:"mac,omitempty"`
	// Prev is the hash of the previous entry; "" for the first.
	Prev string `json:"prev"`
	// Hash is the hash of this entry (see AuditEntry).
	Hash string `json:"hash,omitempty"`
}

// IsModel reports whether e records a lifecycle model rather than a
// decision.
func (e AuditEntry) IsModel() bool { return e.Model != nil }

// ModelRecord is what a model entry of an audit log records: the tailoring
// of the lifecycle model in force from the entry on and, for a change of
// model, why, when and by whom it was made.
type ModelRecord struct {
	Tailoring     phase.Tailoring `json:"tailoring"`
	Justification string          `json:"justification,omitempty"`
	Date          phase.Date      `json:"date,omitzero"`
	By            string          `json:"by,omitempty"`
}

// Migration records, in the first entry of a log that Decode wrote again
// in the current form, the log it was read from: the schema version it was
// stored in, how many entries it had and the hash of its last entry (its
// head). The decisions of those entries are the log's first decisions, so
// the old chain can be computed again from them and checked against Head
// (see testdata/audit/README.md).
type Migration struct {
	SchemaVersion int    `json:"schemaVersion"`
	Entries       int    `json:"entries"`
	Head          string `json:"head"`
}

// AuditLog is a hash-chained log of a project's decisions and of the
// lifecycle models they were taken in. The zero value is an empty log.
// Append adds to it; Verify checks it. An AuditLog is not safe for
// concurrent use.
//
// A hash chain shows that a log is consistent with itself. To notice a log
// that was cut at the end, or rewritten whole, keep Head somewhere else (in
// the case system's journal, say) and pass it to Verify.
type AuditLog []AuditEntry

// hashInput returns the bytes e's hash is computed over: its JSON form
// without the hash, canonical (RFC 8785).
func (e AuditEntry) hashInput() ([]byte, error) {
	e.Hash = ""
	return canon.Marshal(e)
}

// macHMAC is the value of AuditEntry.MAC in a keyed log.
const macHMAC = "hmac-sha256"

// entryHash computes the hash of e, an entry of a log without a key.
func entryHash(e AuditEntry) (string, error) { return keyedHash(e, nil) }

// keyedHash computes the hash of e: with key, the HMAC-SHA256 under key;
// without, the SHA-256.
func keyedHash(e AuditEntry, key []byte) (string, error) {
	b, err := e.hashInput()
	if err != nil {
		return "", err
	}
	if len(key) == 0 {
		sum := sha256.Sum256(b)
		return hex.EncodeToString(sum[:]), nil
	}
	m := hmac.New(sha256.New, key)
	m.Write(b)
	return hex.EncodeToString(m.Sum(nil)), nil
}

// Append adds decision d to the log and returns the new entry. It fails only
// when d cannot be encoded (an invalid enum value or date); the log is then
// unchanged. A Project's log starts with a model entry, which
// Project.Decide and NewProject write; a log used on its own need not.
func (a *AuditLog) Append(d phase.Decision) (AuditEntry, error) {
	e, err := a.next(AuditEntry{Decision: d.Clone()}, nil)
	if err != nil {
		return AuditEntry{}, err
	}
	*a = append(*a, e)
	return e, nil
}

// next returns e completed as the next entry of a: its seq, its link and
// its hash, keyed with key unless it is empty; a is not changed.
func (a AuditLog) next(e AuditEntry, key []byte) (AuditEntry, error) {
	e.Seq, e.Prev, e.MAC = len(a), a.Head(), ""
	if len(key) > 0 {
		e.MAC = macHMAC
	}
	h, err := keyedHash(e, key)
	if err != nil {
		return AuditEntry{}, fmt.Errorf("veiviser: audit entry: %w", err)
	}
	e.Hash = h
	return e, nil
}

// Head returns the hash of the last entry, or "" for an empty log.
func (a AuditLog) Head() string {
	if len(a) == 0 {
		return ""
	}
	return a[len(a)-1].Hash
}

// Clone returns a deep copy of a: changing the copy, its decisions'
// conditions included, never changes a.
func (a AuditLog) Clone() AuditLog {
	if a == nil {
		return nil
	}
	out := make(AuditLog, len(a))
	for i, e := range a {
		out[i] = e.clone()
	}
	return out
}

func (e AuditEntry) clone() AuditEntry {
	e.Decision = e.Decision.Clone()
	e.Seals = slices.Clone(e.Seals)
	if e.Model != nil {
		m := *e.Model
		m.Tailoring.Skips = slices.Clone(m.Tailoring.Skips)
		e.Model = &m
	}
	if e.Migrated != nil {
		m := *e.Migrated
		e.Migrated = &m
	}
	return e
}

// Decisions returns the decisions in the log, in order, model entries left
// out; each a copy.
func (a AuditLog) Decisions() []phase.Decision {
	out := make([]phase.Decision, 0, len(a))
	for _, e := range a {
		if !e.IsModel() {
			out = append(out, e.Decision.Clone())
		}
	}
	return out
}

// Verify checks the chain and reports the first broken entry as an
// *AuditError naming the problem (see AuditProblem):
//   - an entry whose content no longer matches its hash is altered; so is
//     an entry that the next one no longer links to, though it matches its
//     own hash: it was changed and its hash computed again;
//   - an entry that repeats an earlier one is duplicated;
//   - a gap in the sequence is an entry removed, and an entry whose place
//     is later in the log is reordered.
//
// A chain shows only that a log is consistent with itself. When head is
// not "", it is the head the host kept elsewhere (Head, when it last wrote
// the log): entries after it were appended, and a log that does not reach
// it was truncated. Without a key (see the package's audit keying), a log
// whose last entries were rewritten, their hashes computed again, reads as
// truncated: the head names no entry in it.
//
// A keyed log (see AuditEntry.MAC) cannot be checked without its key:
// Verify returns ErrAuditKeyed for it; use VerifyKey.
func (a AuditLog) Verify(head string) error { return a.VerifyKey(nil, head) }

// VerifyKey checks a log keyed with the host's secret key as Verify checks
// a log without one: every entry's hash must be its HMAC-SHA256 under key,
// so an entry someone changed and hashed again without the key, or an
// entry without a MAC, is altered. An empty key verifies a log without a
// key, as Verify does.
func (a AuditLog) VerifyKey(key []byte, head string) error {
	keyed := len(key) > 0
	for i, e := range a {
		switch {
		case e.MAC != "" && !keyed:
			return fmt.Errorf("%w (entry %d)", ErrAuditKeyed, i)
		case keyed && e.MAC != macHMAC:
			return &AuditError{Index: i, Problem: AuditAltered}
		}
	}
	if err := a.verifyChain(func(e AuditEntry) (string, error) { return keyedHash(e, key) }); err != nil {
		return err
	}
	return a.checkHead(head)
}

// ErrAuditKeyed reports an audit log keyed with a host's secret, checked
// without the key: pass it (AuditLog.VerifyKey, DecodeOptions.Key).
var ErrAuditKeyed = errors.New("veiviser: audit log is keyed; its key is needed to verify it")

// rekey returns a copy of a with every hash computed again, keyed with key
// (none when empty): the same entries, a new chain.
func (a AuditLog) rekey(key []byte) (AuditLog, error) {
	out := make(AuditLog, 0, len(a))
	for _, e := range a {
		n, err := out.next(e.clone(), key)
		if err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, nil
}

// verifyChain checks each entry's hash (computed by hash), its place and
// its link.
func (a AuditLog) verifyChain(hash func(AuditEntry) (string, error)) error {
	prev := ""
	seen := make(map[string]bool, len(a))
	for i, e := range a {
		h, err := hash(e)
		switch {
		case err != nil || h != e.Hash:
			return &AuditError{Index: i, Problem: AuditAltered}
		case seen[e.Hash]:
			return &AuditError{Index: i, Problem: AuditDuplicated}
		case e.Seq != i:
			return &AuditError{Index: i, Problem: a.misplaced(i)}
		case e.Prev != prev && i > 0:
			// In sequence, and matching its own hash, but not linked to the
			// entry before: that one was changed and its hash recomputed.
			return &AuditError{Index: i - 1, Problem: AuditAltered}
		case e.Prev != prev:
			return &AuditError{Index: i, Problem: AuditAltered}
		}
		seen[e.Hash] = true
		prev = e.Hash
	}
	return nil
}

// checkHead checks the log against the head a host kept: "" checks nothing.
func (a AuditLog) checkHead(head string) error {
	if head == "" || head == a.Head() {
		return nil
	}
	for i, e := range a {
		if e.Hash == head {
			return &AuditError{Index: i + 1, Problem: AuditAppended}
		}
	}
	return &AuditError{Index: len(a), Problem: AuditTruncated}
}

// misplaced tells a reordered entry from a gap: the log is reordered when
// the entry that belongs at index i stands later in it.
func (a AuditLog) misplaced(i int) AuditProblem {
	for _, e := range a[i+1:] {
		if e.Seq == i {
			return AuditReordered
		}
	}
	if a[i].Seq < i {
		return AuditReordered
	}
	return AuditRemoved
}

// AuditProblem says what is wrong with an audit log. The zero value is unset.
type AuditProblem uint8

// The problems Verify and Project.Verify report.
const (
	AuditAltered    AuditProblem = iota + 1 // an entry's content no longer matches its hash, or the next entry's link to it
	AuditRemoved                            // an entry is missing here, in the middle of the log
	AuditReordered                          // an entry stands at the wrong place
	AuditAppended                           // an entry stands after the head the host kept, or records a decision the lifecycle does not have
	AuditDuplicated                         // an entry repeats an earlier one
	AuditTruncated                          // the log ends here, before the head the host kept or the lifecycle's last decision
	AuditMismatch                           // the entry records another decision than the lifecycle's history at its place
	AuditModel                              // the lifecycle's model is not the one the entry, the log's last model entry, commits to
)

var auditProblems = enum.Table[AuditProblem]{
	Type:  "audit problem",
	Codes: []string{"altered", "removed", "reordered", "appended", "duplicated", "truncated", "mismatch", "model"},
	Labels: []enum.Label{
		AuditAltered:    {NB: "endret", NN: "endra", EN: "altered"},
		AuditRemoved:    {NB: "fjernet", NN: "fjerna", EN: "removed"},
		AuditReordered:  {NB: "flyttet", NN: "flytta", EN: "reordered"},
		AuditAppended:   {NB: "lagt til", NN: "lagd til", EN: "appended"},
		AuditDuplicated: {NB: "duplisert", NN: "duplisert", EN: "duplicated"},
		AuditTruncated:  {NB: "kuttet bort", NN: "kutta bort", EN: "truncated"},
		AuditMismatch:   {NB: "ulik beslutningshistorikken", NN: "ulik avgjerdshistorikken", EN: "unlike the decision history"},
		AuditModel:      {NB: "ulik livsløpsmodellen", NN: "ulik livsløpsmodellen", EN: "unlike the lifecycle's model"},
	},
}

// String returns the wire code.
func (p AuditProblem) String() string { return auditProblems.String(p) }

// IsValid reports whether p is a known problem.
func (p AuditProblem) IsValid() bool { return auditProblems.Valid(p) }

// Text returns the name of p in bokmål, nynorsk and English; for an invalid
// p, its String form.
func (p AuditProblem) Text() phase.Text { return phase.Text(auditProblems.Label(p)) }

// Label returns the problem in language l.
func (p AuditProblem) Label(l phase.Language) string { return p.Text().In(l) }

// MarshalText encodes p as its wire code.
func (p AuditProblem) MarshalText() ([]byte, error) { return auditProblems.Marshal(p) }

// UnmarshalText decodes a wire code.
func (p *AuditProblem) UnmarshalText(b []byte) error { return auditProblems.Unmarshal(b, p) }

// ErrAuditBroken is wrapped by every *AuditError: the audit log has been
// changed after it was written, or no longer matches the project.
var ErrAuditBroken = errors.New("veiviser: audit log broken")

// AuditError reports the first broken entry of an audit log: Index is the
// entry (for AuditTruncated, the first entry missing: the log's length).
// It wraps ErrAuditBroken.
type AuditError struct {
	Index   int
	Problem AuditProblem
}

// Error returns developer-facing text: "veiviser: audit log broken: entry
// 1 altered".
func (e *AuditError) Error() string {
	switch e.Problem {
	case AuditTruncated:
		return fmt.Sprintf("%v: truncated: the log ends before entry %d", ErrAuditBroken, e.Index)
	case AuditMismatch:
		return fmt.Sprintf("%v: entry %d differs from the lifecycle's history", ErrAuditBroken, e.Index)
	case AuditModel:
		return fmt.Sprintf("%v: the lifecycle's model (lifecycle.model) is not the one entry %d commits to", ErrAuditBroken, e.Index)
	}
	return fmt.Sprintf("%v: entry %d %s", ErrAuditBroken, e.Index, e.Problem.Label(phase.English))
}

// Unwrap returns ErrAuditBroken.
func (e *AuditError) Unwrap() error { return ErrAuditBroken }

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
