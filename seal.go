package veiviser

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/internal/canon"
	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// Seal is what an approval records, in its audit entry, of a management
// product it approved: which document (its index in Project.Documents and
// its template), its version (the last version of its change log) and a
// hash of its content as approved, decision box filled in. A later change
// to the document without a new version in its change log breaks the
// seal, and Project.Validate and Project.Verify report it (see SealError).
type Seal struct {
	Document int              `json:"document"`
	Template product.Template `json:"template"`
	Version  string           `json:"version,omitempty"`
	// Hash is the hex SHA-256 of the document's canonical form
	// (DocumentHash).
	Hash string `json:"hash"`
}

// DocumentHash returns the hash a Seal records of d: the hex SHA-256 of
// the stored form of d (product.Encode) without its "schemaVersion"
// member, in the canonical form of RFC 8785 (see testdata/audit/README.md).
// The schema version is left out so that a library that writes documents
// in a later version does not break the seals of documents that did not
// change. It fails for a document that does not encode, or that holds a
// number the canonical form refuses (a sum of money of more than 15
// significant digits).
func DocumentHash(d product.Document) (string, error) {
	return newSealHasher().hash(d)
}

// sealHasher computes DocumentHash, keeping what its encoder learnt of the
// documents' types from one document to the next. It is not safe for
// concurrent use.
type sealHasher struct {
	h   hash.Hash
	enc *canon.Encoder
}

// newSealHasher returns a sealHasher whose encoder writes a benefit
// plan's measurements, most of a large project, with
// benefit.Measurement.AppendCanonical rather than reading back what their
// MarshalJSON returns (issue 14).
func newSealHasher() *sealHasher {
	h := sha256.New()
	enc := canon.NewEncoder(h)
	canon.Use(enc, (*benefit.Measurement).AppendCanonical)
	return &sealHasher{h: h, enc: enc}
}

// hash returns DocumentHash(d): the short way (sum) when it can, else the
// long way (storedHash), which gives the same hash or the error.
func (s *sealHasher) hash(d product.Document) (string, error) {
	if sum, ok := s.sum(d); ok {
		return hex.EncodeToString(sum), nil
	}
	return storedHash(d)
}

// sum computes DocumentHash the short way: the canonical form of
// the stored form without its schema version, {"document":…,"template":…}
// (the members in canonical order), written by canon.Encoder straight
// from the document into SHA-256, without encoding the document and
// reading it back (issue 14). It reports false, for storedHash to give the
// hash or the error, for anything the short way does not write as Encode
// would (canon.ErrUnsupported), for a document Encode refuses, and on any
// error. TestDocumentHashShortWay and FuzzDocumentHash hold the two ways
// to the same hash.
func (s *sealHasher) sum(d product.Document) ([]byte, bool) {
	if product.IsNil(d) {
		return nil, false
	}
	t := d.Template()
	if !t.IsValid() || reflect.TypeOf(d) != reflect.TypeOf(t.New()) { // what Encode refuses
		return nil, false
	}
	h, enc := s.h, s.enc
	h.Reset()
	h.Write([]byte(`{"document":`))
	if enc.Encode(d) != nil {
		return nil, false
	}
	h.Write([]byte(`,"template":`))
	if enc.Encode(t) != nil {
		return nil, false
	}
	h.Write([]byte(`}`))
	return h.Sum(nil), true
}

// storedHash computes DocumentHash the long way, from the stored form
// (product.Encode) in canonical form.
func storedHash(d product.Document) (string, error) {
	b, err := product.Encode(d)
	if err != nil {
		return "", err
	}
	// Encode writes the schema version first ({"schemaVersion":3,…}; see
	// product.TestEncodeStoredForm): leave it out by starting the object
	// after it, rather than decoding the stored form into a map and
	// writing it again (issue 14). The canonical form orders the members.
	prefix := `{"schemaVersion":` + strconv.Itoa(product.SchemaVersion) + `,`
	if !strings.HasPrefix(string(b), prefix) {
		return "", fmt.Errorf("veiviser: stored document does not start with its schema version: %.40q", b)
	}
	b = b[len(prefix)-1:]
	b[0] = '{'
	c, err := canon.Transform(b)
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(c)
	return hex.EncodeToString(sum[:]), nil
}

// approvedDocuments returns the indexes in p.Documents of the management
// products an approval of step requires, as the product gate finds them
// (productGate): for every decision point the step covers, the latest
// document of each kind its Products names (the benefit plan for its
// measurements), the phase plan for the position the step opens, and at
// BP4 the closure recommendation if there is one. A product the gate let
// pass without a document has none to seal.
func (p *Project) approvedDocuments(step phase.Step) []int {
	var out []int
	add := func(i int) {
		if i >= 0 && !slices.Contains(out, i) {
			out = append(out, i)
		}
	}
	for _, pt := range step.Covers {
		for _, k := range pt.Products() {
			switch k {
			case phase.PhasePlan:
				add(p.phasePlanIndex(step.To))
			case phase.BenefitMeasurements:
				add(p.documentIndex(phase.BenefitPlan))
			default:
				add(p.documentIndex(k))
			}
		}
		if pt == phase.BP4 {
			add(p.documentIndex(phase.ClosureRecommendation))
		}
	}
	slices.Sort(out)
	return out
}

// sealApproved returns, for an approval d of step, the indexes of the
// documents it approves and their seals, each computed over a copy of the
// document with its decision box filled in from d (fillDecisionBox), as
// Decide then fills in the document itself. p is not changed.
func (p *Project) sealApproved(step phase.Step, d phase.Decision) ([]int, []Seal, error) {
	idx := p.approvedDocuments(step)
	if len(idx) == 0 {
		return nil, nil, nil
	}
	seals := make([]Seal, 0, len(idx))
	for _, i := range idx {
		doc := cloneDocument(p.Documents[i])
		if !p.fillApproved(doc, d) { // unreachable for the package's document types
			return nil, nil, fmt.Errorf("veiviser: documents[%d]: %T has no decision box", i, doc)
		}
		h, err := DocumentHash(doc)
		if err != nil {
			return nil, nil, fmt.Errorf("veiviser: sealing documents[%d]: %w", i, err)
		}
		seals = append(seals, Seal{Document: i, Template: doc.Template(), Version: doc.Head().Version(), Hash: h})
	}
	return idx, seals, nil
}

// fillApproved fills in what approval d decides in doc: its decision box
// (fillDecisionBox) and, in a mandate, its BP1 checklist section, which is
// the project's BP1 checklist as it stood on the day of the decision
// (product.ReviewOf): the project's checklist is the one source, so that
// the approved mandate shows what the gate evaluated and the two never
// disagree. A section that already agrees (ChecklistReview.Agrees) is left
// as its author worded it. The answers are written in bokmål, the language of Digdir's
// template. A project without a BP1 checklist leaves the section as it is.
func (p *Project) fillApproved(doc product.Document, d phase.Decision) bool {
	if !fillDecisionBox(doc, d) {
		return false
	}
	if m, ok := doc.(*product.Mandate); ok && p.bp1() != nil && !m.Checklist.Agrees(p.bp1(), d.Date) {
		m.Checklist = product.ReviewOf(p.bp1(), d.Date, phase.Bokmal)
	}
	return true
}

// fillDecisionBox fills in the decision box of doc (product.DecisionBox,
// "Denne fylles ut ved behandling") from approval d, so that the two never
// disagree and no one enters the decision twice: processed date, processed
// by (the deciding body), signature (who decided), outcome, case number
// when d has one, and the decision's text when the box has none (or only a
// placeholder). The document's status becomes approved. It reports false
// for a document with no header to fill, which the package's documents
// all have (TestEveryTemplateHasADecisionBox).
func fillDecisionBox(doc product.Document, d phase.Decision) bool {
	v := reflect.ValueOf(doc)
	if v.Kind() != reflect.Pointer || v.IsNil() || v.Elem().Kind() != reflect.Struct {
		return false
	}
	f := v.Elem().FieldByName("Header")
	if !f.IsValid() || f.Type() != reflect.TypeFor[product.Header]() || !f.CanSet() {
		return false
	}
	h := f.Addr().Interface().(*product.Header)
	h.Status = product.StatusApproved
	b := &h.Decision
	b.ProcessedDate = product.DateOn(d.Date)
	b.ProcessedBy = d.Body
	b.Signature = d.DecidedBy
	b.Outcome = d.Outcome
	if !d.CaseNumber.IsZero() {
		b.CaseNumber = d.CaseNumber.String()
	}
	if strings.TrimSpace(b.Decision) == "" || phase.IsPlaceholder(b.Decision) {
		b.Decision = d.Outcome.Label(phase.Bokmal) + " ved " + d.Point.Label()
	}
	return true
}

// ErrSealBroken is wrapped by every *SealError: a document an approval
// sealed has changed since without a new version.
var ErrSealBroken = errors.New("veiviser: approved document changed")

// SealError reports a document that an approval sealed and that has
// changed since, or is gone, without a new version in its change log:
// Document is its index in Project.Documents, Entry the audit entry of the
// approval, Decision the approval. It wraps ErrSealBroken.
type SealError struct {
	Document int
	Template product.Template
	Version  string
	Entry    int
	Decision phase.Decision
	// Missing reports that no document of the template stands at Document
	// any more.
	Missing bool
}

// Error returns developer-facing text naming the document and the
// decision that approved it.
func (e *SealError) Error() string {
	what := "changed without a new version"
	if e.Missing {
		what = "is gone"
	}
	return fmt.Sprintf("%v: documents[%d] (%s, version %q), approved at %s on %s (audit entry %d), %s",
		ErrSealBroken, e.Document, e.Template, e.Version, e.Decision.Point.Label(), e.Decision.Date.Norwegian(), e.Entry, what)
}

// Unwrap returns ErrSealBroken.
func (e *SealError) Unwrap() error { return ErrSealBroken }

// brokenSeals checks the documents of the project against the latest seal
// of each in the audit log: a document approved at several decision
// points (the business case at BP2 and BP3) answers to the last approval.
// A document whose version differs from the sealed one has been revised
// with a change-log entry, as a revision must be; one of the same version
// must hash as sealed.
func (p *Project) brokenSeals() []*SealError {
	type sealed struct {
		Seal
		entry int
		d     phase.Decision
	}
	latest := map[int]sealed{}
	var order []int
	for i, e := range p.audit {
		for _, s := range e.Seals {
			if _, ok := latest[s.Document]; !ok {
				order = append(order, s.Document)
			}
			latest[s.Document] = sealed{s, i, e.Decision}
		}
	}
	slices.Sort(order)
	var out []*SealError
	var hasher *sealHasher
	for _, i := range order {
		s := latest[i]
		se := &SealError{Document: i, Template: s.Template, Version: s.Version, Entry: s.entry, Decision: s.d.Clone()}
		if i < 0 || i >= len(p.Documents) || product.IsNil(p.Documents[i]) || p.Documents[i].Template() != s.Template {
			se.Missing = true
			out = append(out, se)
			continue
		}
		doc := p.Documents[i]
		if doc.Head().Version() != s.Version {
			continue // a new version, recorded in the change log
		}
		if hasher == nil {
			hasher = newSealHasher()
		}
		if h, err := hasher.hash(doc); err != nil || h != s.Hash {
			out = append(out, se)
		}
	}
	return out
}

// sealFinding is the finding of Validate for a broken seal.
func sealFinding(e *SealError) phase.Finding {
	path := "documents[" + strconv.Itoa(e.Document) + "]"
	when := e.Decision.Point.Label() + " " + e.Decision.Date.Norwegian()
	version := e.Version
	if version == "" {
		version = "–"
	}
	if e.Missing {
		return finding.New("audit.approved_document_missing", path, phase.SeverityError, phase.Text{
			NB: "Dokumentet (" + e.Template.String() + ", versjon " + version + ") som ble godkjent ved " + when + " (oppføring " + strconv.Itoa(e.Entry) + " i beslutningsloggen), finnes ikke lenger her",
			NN: "Dokumentet (" + e.Template.String() + ", versjon " + version + ") som vart godkjend ved " + when + " (oppføring " + strconv.Itoa(e.Entry) + " i avgjerdsloggen), finst ikkje lenger her",
			EN: "The document (" + e.Template.String() + ", version " + version + ") approved at " + when + " (decision log entry " + strconv.Itoa(e.Entry) + ") is no longer here",
		})
	}
	return finding.New("audit.approved_document_changed", path, phase.SeverityError, phase.Text{
		NB: "Dokumentet (" + e.Template.String() + ", versjon " + version + ") er endret etter at det ble godkjent ved " + when + " (oppføring " + strconv.Itoa(e.Entry) + " i beslutningsloggen), uten ny versjon i endringsloggen",
		NN: "Dokumentet (" + e.Template.String() + ", versjon " + version + ") er endra etter at det vart godkjend ved " + when + " (oppføring " + strconv.Itoa(e.Entry) + " i avgjerdsloggen), utan ny versjon i endringsloggen",
		EN: "The document (" + e.Template.String() + ", version " + version + ") was changed after its approval at " + when + " (decision log entry " + strconv.Itoa(e.Entry) + ") without a new version in its change log",
	})
}
