package veiviser

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"

	"github.com/digitale-helgeland/veiviser/benefit"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/internal/errs"
	"github.com/digitale-helgeland/veiviser/internal/strict"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// MarshalJSON writes the project with its schema version, its lifecycle
// (model and decision history), its documents (each as EncodeDocument
// writes it) and its audit log. A string that is not valid UTF-8, which
// encoding/json would store with U+FFFD in its place, is refused with a
// *phase.PathError at its path wrapping phase.ErrInvalidUTF8.
//
// It writes the fields of projectJSON in their order, in parts (see
// parts), so that the bytes of each document and of the checklists are
// copied into the output once instead of being scanned again by every
// json.Marshal they pass through (issue 14); TestStorageGolden keeps the
// bytes as they were. json.Marshal(p) scans what MarshalJSON returns once
// more, as it does the output of every MarshalJSON method: Encode does
// not.
func (p *Project) MarshalJSON() ([]byte, error) {
	parts, err := p.parts()
	if err != nil {
		return nil, err
	}
	size := 0
	for _, b := range parts {
		size += len(b)
	}
	out := make([]byte, 0, size)
	for _, b := range parts {
		out = append(out, b...)
	}
	return out, nil
}

// Encode writes p to w as json.Marshal(p) writes it, in one pass: the
// parts MarshalJSON joins are written one after the other, and nothing is
// scanned or copied again, where json.Marshal checks and copies again
// what Project.MarshalJSON returns, which for a large project costs about
// as much as writing it (issue 14: BenchmarkStorage). Decode reads it
// back. A nil project is an error; so is anything MarshalJSON refuses,
// reported before anything is written.
func Encode(w io.Writer, p *Project) error {
	if p == nil {
		return &phase.PathError{Op: "encode", Err: errors.New("nil project")}
	}
	parts, err := p.parts()
	if err != nil {
		return err
	}
	for _, b := range parts {
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return nil
}

// parts returns the stored form of p in parts whose concatenation is
// MarshalJSON's output: projectHead without its closing brace, the
// documents (each as product.Encode writes it), the checklists (as
// checklist.Set.MarshalJSON writes them) and projectTail's other fields.
// The documents and the checklists, which json.Marshal would scan and copy
// again as the output of a MarshalJSON method or a json.RawMessage, are
// the bulk of a project; the parts around them are small and written by
// json.Marshal, which checks them.
func (p *Project) parts() ([][]byte, error) {
	head := projectHead{
		SchemaVersion: SchemaVersion,
		ID:            p.ID, Name: p.Name, Agency: p.Agency, Description: p.Description,
		StateAffectingMunicipalities: p.StateAffectingMunicipalities, Rules: p.Rules, RollOut: p.RollOut,
		Investment: p.Investment, Timeline: p.Timeline,
		Lifecycle: p.life(),
	}
	tail := projectTail{Stakeholders: p.Stakeholders} // Checklists apart, below
	var err error
	if tail.Audit, err = p.auditLog(); err != nil {
		return nil, err
	}
	parts := make([][]byte, 1, 2*len(p.Documents)+6) // parts[0], the head, is written last
	for i, d := range p.Documents {
		if product.IsNil(d) {
			return nil, fmt.Errorf("veiviser: documents[%d] is nil", i)
		}
		b, err := product.Encode(d)
		if err != nil {
			return nil, errs.Wrap("encode", "documents["+strconv.Itoa(i)+"]", err)
		}
		sep := ","
		if i == 0 {
			sep = `,"documents":[`
		}
		parts = append(parts, []byte(sep), b)
	}
	if len(p.Documents) > 0 {
		parts = append(parts, []byte("]"))
	}
	if p.Checklists != nil {
		b, err := p.Checklists.MarshalJSON()
		if err != nil {
			return nil, errs.Wrap("encode", "checklists", err)
		}
		if err := strict.Replaced("encode", b); err != nil {
			return nil, errs.Wrap("encode", "checklists", err)
		}
		parts = append(parts, []byte(`,"checklists":`), b)
	}
	// Each document was checked by product.Encode, the checklists above;
	// the parts around them are checked here, so that a string that is not
	// UTF-8 is refused rather than stored changed.
	h, err := json.Marshal(head)
	if err != nil {
		return nil, strict.EncodeError("encode", "", head, err)
	}
	if err := strict.Replaced("encode", h); err != nil {
		return nil, err
	}
	t, err := json.Marshal(tail)
	if err != nil {
		return nil, strict.EncodeError("encode", "", tail, err)
	}
	if err := strict.Replaced("encode", t); err != nil {
		return nil, err
	}
	// h is {…} and t is {…}, each with at least one field: the parts are
	// h without its }, the documents and checklists, then , and t without
	// its {.
	parts[0] = h[:len(h)-1]
	t[0] = ','
	return append(parts, t), nil
}

// projectHead and projectTail are the fields of projectJSON before and
// after its documents, which MarshalJSON writes between them.
type projectHead struct {
	SchemaVersion                schemaVersion    `json:"schemaVersion"`
	ID                           string           `json:"id"`
	Name                         string           `json:"name"`
	Agency                       string           `json:"agency"`
	StateAffectingMunicipalities bool             `json:"stateAffectingMunicipalities,omitempty"`
	Rules                        Rules            `json:"rules,omitzero"`
	RollOut                      phase.Date       `json:"rollOut,omitzero"`
	Description                  string           `json:"description,omitempty"`
	Investment                   *benefit.Money   `json:"investment,omitempty"`
	Timeline                     phase.Timeline   `json:"timeline,omitempty"`
	Lifecycle                    *phase.Lifecycle `json:"lifecycle"`
}

type projectTail struct {
	Checklists   *checklist.Set       `json:"checklists,omitempty"`
	Stakeholders stakeholder.Register `json:"stakeholders"`
	Audit        AuditLog             `json:"audit"`
}
