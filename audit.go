package veiviser

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// AuditEntry is one decision in a project's audit log. Each entry carries
// the hash of the entry before it, so that changing, removing or reordering
// any entry breaks the chain from that point on.
type AuditEntry struct {
	Seq      int            `json:"seq"`
	Decision phase.Decision `json:"decision"`
	Prev     string         `json:"prev"` // hex SHA-256 of the previous entry; "" for the first
	Hash     string         `json:"hash"` // hex SHA-256 over seq, decision and prev
}

// AuditLog is a hash-chained log of decisions. The zero value is an empty
// log. Append is the only way to add to it; Verify checks it. An AuditLog is
// not safe for concurrent use.
//
// A hash chain shows that a log is consistent with itself. To notice a log
// that was cut at the end, or rewritten whole, keep Head somewhere else (in
// the case system's journal, say) and pass it to Verify.
type AuditLog []AuditEntry

// entryHash computes the hash of an entry from its seq, decision and prev.
func entryHash(seq int, d phase.Decision, prev string) (string, error) {
	b, err := json.Marshal(struct {
		Seq      int            `json:"seq"`
		Decision phase.Decision `json:"decision"`
		Prev     string         `json:"prev"`
	}{seq, d, prev})
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), nil
}

// Append adds decision d to the log and returns the new entry. It fails only
// when d cannot be encoded (an invalid enum value or date); the log is then
// unchanged.
func (a *AuditLog) Append(d phase.Decision) (AuditEntry, error) {
	e, err := a.next(d)
	if err != nil {
		return AuditEntry{}, err
	}
	*a = append(*a, e)
	return e, nil
}

// next returns the entry that Append would add for d, without adding it.
func (a AuditLog) next(d phase.Decision) (AuditEntry, error) {
	prev := a.Head()
	h, err := entryHash(len(a), d, prev)
	if err != nil {
		return AuditEntry{}, fmt.Errorf("veiviser: audit entry: %w", err)
	}
	return AuditEntry{Seq: len(a), Decision: d.Clone(), Prev: prev, Hash: h}, nil
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
		e.Decision = e.Decision.Clone()
		out[i] = e
	}
	return out
}

// Decisions returns the decisions in the log, in order; each a copy.
func (a AuditLog) Decisions() []phase.Decision {
	out := make([]phase.Decision, len(a))
	for i, e := range a {
		out[i] = e.Decision.Clone()
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
func (a AuditLog) Verify(head string) error {
	if err := a.verifyChain(); err != nil {
		return err
	}
	return a.checkHead(head)
}

// verifyChain checks each entry's hash, its place and its link.
func (a AuditLog) verifyChain() error {
	prev := ""
	seen := make(map[string]bool, len(a))
	for i, e := range a {
		h, err := entryHash(e.Seq, e.Decision, e.Prev)
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
)

var auditProblems = enum.Table[AuditProblem]{
	Type:  "audit problem",
	Codes: []string{"altered", "removed", "reordered", "appended", "duplicated", "truncated", "mismatch"},
	Labels: []enum.Label{
		AuditAltered:    {NB: "endret", NN: "endra", EN: "altered"},
		AuditRemoved:    {NB: "fjernet", NN: "fjerna", EN: "removed"},
		AuditReordered:  {NB: "flyttet", NN: "flytta", EN: "reordered"},
		AuditAppended:   {NB: "lagt til", NN: "lagd til", EN: "appended"},
		AuditDuplicated: {NB: "duplisert", NN: "duplisert", EN: "duplicated"},
		AuditTruncated:  {NB: "kuttet bort", NN: "kutta bort", EN: "truncated"},
		AuditMismatch:   {NB: "ulik beslutningshistorikken", NN: "ulik avgjerdshistorikken", EN: "unlike the decision history"},
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
	return fmt.Sprintf("%v: entry %d %s", ErrAuditBroken, e.Index, e.Problem.Label(phase.English))
}

// Unwrap returns ErrAuditBroken.
func (e *AuditError) Unwrap() error { return ErrAuditBroken }
