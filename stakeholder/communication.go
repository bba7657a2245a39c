package stakeholder

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Form is the form of a planned communication. The zero value is unset.
type Form uint8

// The forms of communication.
const (
	Meeting    Form = iota + 1 // møte
	Email                      // e-post
	Newsletter                 // nyhetsbrev
	Website                    // nettside
	Workshop                   // arbeidsmøte, workshop
	Survey                     // spørreundersøkelse, brukerundersøkelse
	Report                     // rapport
	OtherForm                  // annet
)

var forms = enum.Table[Form]{
	Type:  "form",
	Codes: []string{"meeting", "email", "newsletter", "website", "workshop", "survey", "report", "other"},
	Labels: []enum.Label{
		Meeting:    {NB: "Møte", NN: "Møte", EN: "Meeting"},
		Email:      {NB: "E-post", NN: "E-post", EN: "E-mail"},
		Newsletter: {NB: "Nyhetsbrev", NN: "Nyheitsbrev", EN: "Newsletter"},
		Website:    {NB: "Nettside", NN: "Nettside", EN: "Website"},
		Workshop:   {NB: "Arbeidsmøte", NN: "Arbeidsmøte", EN: "Workshop"},
		Survey:     {NB: "Spørreundersøkelse", NN: "Spørjeundersøking", EN: "Survey"},
		Report:     {NB: "Rapport", NN: "Rapport", EN: "Report"},
		OtherForm:  {NB: "Annet", NN: "Anna", EN: "Other"},
	},
}

// String returns the wire code, such as "survey".
func (f Form) String() string { return forms.String(f) }

// IsValid reports whether f is a known form.
func (f Form) IsValid() bool { return forms.Valid(f) }

// Text returns the name of f in bokmål, nynorsk and English; for an invalid
// f, its String form.
func (f Form) Text() phase.Text { return phase.Text(forms.Label(f)) }

// Label returns the form in language l.
func (f Form) Label(l phase.Language) string { return f.Text().In(l) }

// MarshalText encodes f as its wire code.
func (f Form) MarshalText() ([]byte, error) { return forms.Marshal(f) }

// UnmarshalText decodes a wire code.
func (f *Form) UnmarshalText(b []byte) error { return forms.Unmarshal(b, f) }

// Communication is one line of the communication plan
// (kommunikasjonsstrategi in the Styringsdokument template): interessent,
// mål, budskap, form, når, ansvarlig. The one responsible is a project
// role, never a name.
type Communication struct {
	// Stakeholder is the ID of the stakeholder addressed.
	Stakeholder string `json:"stakeholder" validate:"filled" privacy:"id"`
	// Goal is what the communication should achieve (mål).
	Goal string `json:"goal" validate:"filled"`
	// Message is the message (budskap).
	Message string `json:"message" validate:"filled"`
	// Form is the form (form).
	Form Form `json:"form,omitempty" validate:"valid"`
	// When says when or how often (når), e.g. "kvartalsvis", "før BP2".
	When string `json:"when" validate:"filled"`
	// Date is the planned date, when there is one.
	Date phase.Date `json:"date,omitzero" validate:"omitempty,valid"`
	// Responsible is the role responsible (ansvarlig).
	Responsible Role `json:"responsible,omitempty" validate:"valid"`
}
