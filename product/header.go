package product

import (
	"github.com/digitale-helgeland/veiviser/phase"
)

// Header is what every management product carries besides its content:
// the project it belongs to, who prepared it, its status, its change log
// (endringslogg), its distribution log (distribusjonslogg) and the decision
// box filled in when it is processed (behandlet).
type Header struct {
	// Project is the project's name, e.g. "Digitale Helgeland".
	Project string `json:"project" validate:"filled"`
	// Organisation is the organisation that owns the document, if named.
	Organisation string `json:"organisation,omitempty"`
	// PreparedBy is "Utarbeidet av": who wrote the document.
	PreparedBy string `json:"preparedBy,omitempty"`
	// Status is where the document stands in its own approval.
	Status DocumentStatus `json:"status,omitempty" validate:"valid"`
	// Changes is the change log, oldest first. The last entry's version is
	// the document's version.
	Changes []ChangeEntry `json:"changes,omitempty" validate:"dive"`
	// Distribution is the distribution log, oldest first.
	Distribution []Distribution `json:"distribution,omitempty" validate:"dive"`
	// Decision is the decision box of the template's first page.
	Decision DecisionBox `json:"decision"`
	// TemplateVersion is the version of Digdir's template the document
	// follows, as its footer prints it ("3.0", "4.0", "5.0"); empty when
	// not known. It chooses the template's sections (see Template).
	TemplateVersion string `json:"templateVersion,omitempty"`
	// Extra holds the sections the author added that the template does
	// not have, and the sections of an older shape of the document type
	// that the current one no longer has: kept, never dropped.
	Extra []ExtraSection `json:"extra,omitempty" validate:"dive"`
}

// ExtraSection is a section a template does not have: its heading as the
// author wrote it, its level (1 for a chapter; 0 when not known) and its
// content.
type ExtraSection struct {
	Heading string  `json:"heading" validate:"filled"`
	Level   int     `json:"level,omitempty" validate:"gte=0,lte=9"`
	Section Section `json:"section"`
}

// ChangeEntry is one row of a change log (endringslogg).
type ChangeEntry struct {
	Version    string     `json:"version" validate:"filled"` // versjon
	Date       phase.Date `json:"date" validate:"valid"`     // dato
	Change     string     `json:"change,omitempty"`          // endring: what was changed
	Producer   string     `json:"producer,omitempty"`        // produsent: who made the change
	ApprovedBy string     `json:"approvedBy,omitempty"`      // godkjent: who approved the change
}

// Distribution is one row of a distribution log (distribusjonslogg): which
// version went to whom, and when. Recipients holds the names as written.
type Distribution struct {
	Version    string     `json:"version" validate:"filled"` // versjon distribuert
	Date       phase.Date `json:"date" validate:"valid"`     // dato
	Recipients []string   `json:"recipients" validate:"min=1,dive,filled"`
}

// DecisionBox is the box on the first page of the templates, "Denne fylles
// ut ved behandling": filled in when the document is processed at its
// decision point. Every text is kept as written.
type DecisionBox struct {
	ProjectNumber string    `json:"projectNumber,omitempty"` // prosjektnummer
	CaseNumber    string    `json:"caseNumber,omitempty"`    // saksnummer
	ProcessedDate DateField `json:"processedDate,omitzero"`  // behandlet dato
	ProcessedBy   string    `json:"processedBy,omitempty"`   // behandlet av (ansvarlig linjeleder / prosjekteier)
	// Decision is "Beslutning" as written, e.g. "Konseptfasen for Digitale
	// Asker 2020 startes opp".
	Decision string `json:"decision,omitempty"`
	// Outcome is the decision as a typed outcome, when one has been made.
	Outcome phase.Outcome `json:"outcome,omitempty" validate:"omitempty,valid"`
	// Staffing is "Bemanning av neste fase".
	Staffing Staffing `json:"staffing,omitzero"`
	// NextPhaseDone is "Neste fase ferdig": when the next phase is to end.
	NextPhaseDone DateField `json:"nextPhaseDone,omitzero"`
	// Signature is "Signatur ved godkjenning": who signed.
	Signature string `json:"signature,omitempty"`
}

// Staffing is "Bemanning av neste fase": who leads the next phase (leder av
// utredningsarbeidet, or prosjektleder) and who else takes part (andre).
type Staffing struct {
	Lead   string `json:"lead,omitempty"`
	Others string `json:"others,omitempty"`
}

// Version returns the version of the last change-log entry, or "".
func (h Header) Version() string {
	if len(h.Changes) == 0 {
		return ""
	}
	return h.Changes[len(h.Changes)-1].Version
}

// Clone returns a deep copy of h.
func (h Header) Clone() Header {
	h.Extra = cloneSlice(h.Extra)
	for i := range h.Extra {
		h.Extra[i].Section.Parts = cloneSlice(h.Extra[i].Section.Parts)
	}
	h.Changes = cloneSlice(h.Changes)
	h.Distribution = cloneSlice(h.Distribution)
	for i := range h.Distribution {
		h.Distribution[i].Recipients = cloneSlice(h.Distribution[i].Recipients)
	}
	return h
}
