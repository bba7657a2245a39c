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
// It writes the fields of projectJSON in their order, in two parts around
// the documents, so that the bytes of each document are copied into the
// output once instead of being scanned again as a json.RawMessage by every
// json.Marshal they pass through (issue 14); TestStorageGolden keeps the
// bytes as they were.
func (p *Project) MarshalJSON() ([]byte, error) {
	head := projectHead{
		SchemaVersion: SchemaVersion,
		ID:            p.ID, Name: p.Name, Agency: p.Agency, Description: p.Description,
		StateAffectingMunicipalities: p.StateAffectingMunicipalities, Rules: p.Rules, RollOut: p.RollOut,
		Investment: p.Investment, Timeline: p.Timeline,
		Lifecycle: p.life(),
	}
	tail := projectTail{Checklists: p.Checklists, Stakeholders: p.Stakeholders}
	var err error
	if tail.Audit, err = p.auditLog(); err != nil {
		return nil, err
	}
	docs := make([][]byte, len(p.Documents))
	size := 0
	for i, d := range p.Documents {
		if product.IsNil(d) {
			return nil, fmt.Errorf("veiviser: documents[%d] is nil", i)
		}
		if docs[i], err = product.Encode(d); err != nil {
			return nil, errs.Wrap("encode", "documents["+strconv.Itoa(i)+"]", err)
		}
		size += len(docs[i]) + 1
	}
	// Each document was checked by product.Encode; the parts around them
	// are checked here, so that a string that is not UTF-8 is refused
	// rather than stored changed.
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
	// h is {…} and t is {…}, each with at least one field: join them as
	// {h…,"documents":[…],t…}.
	b := make([]byte, 0, len(h)+size+len(t)+len(`,"documents":[]`))
	b = append(b, h[:len(h)-1]...)
	if len(docs) > 0 {
		b = append(b, `,"documents":[`...)
		for i, d := range docs {
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, d...)
		}
		b = append(b, ']')
	}
	b = append(b, ',')
	return append(b, t[1:]...), nil
}

// Encode writes p to w as json.Marshal(p) writes it, in one pass:
// json.Marshal checks and copies again what Project.MarshalJSON returns,
// which for a large project costs about as much as writing it, Encode
// does not. Decode reads it back. A nil project is an error.
func Encode(w io.Writer, p *Project) error {
	if p == nil {
		return &phase.PathError{Op: "encode", Err: errors.New("nil project")}
	}
	b, err := p.MarshalJSON()
	if err != nil {
		return err
	}
	_, err = w.Write(b)
	return err
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
