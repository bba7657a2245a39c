package stakeholder

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// OrgKind says what kind of organisation takes part. The zero value is
// unset.
type OrgKind uint8

// The kinds of organisation in municipal collaborations.
const (
	Municipality OrgKind = iota + 1 // kommune
	County                          // fylkeskommune
	StateAgency                     // statlig virksomhet, such as Fylkesmannen (statsforvalteren) or Digdir
	KS                              // KS, the municipal sector's organisation
	OtherOrg                        // any other organisation, such as a supplier
)

var orgKinds = enum.Table[OrgKind]{
	Type:  "organisation kind",
	Codes: []string{"municipality", "county", "state_agency", "ks", "other"},
	Labels: []enum.Label{
		Municipality: {NB: "Kommune", NN: "Kommune", EN: "Municipality"},
		County:       {NB: "Fylkeskommune", NN: "Fylkeskommune", EN: "County authority"},
		StateAgency:  {NB: "Statlig virksomhet", NN: "Statleg verksemd", EN: "State agency"},
		KS:           {NB: "KS", NN: "KS", EN: "KS (Norwegian Association of Local and Regional Authorities)"},
		OtherOrg:     {NB: "Annen organisasjon", NN: "Anna organisasjon", EN: "Other organisation"},
	},
}

// String returns the wire code, such as "state_agency".
func (k OrgKind) String() string { return orgKinds.String(k) }

// IsValid reports whether k is a known kind.
func (k OrgKind) IsValid() bool { return orgKinds.Valid(k) }

// Text returns the name of k in bokmål, nynorsk and English; for an invalid
// k, its String form.
func (k OrgKind) Text() phase.Text { return phase.Text(orgKinds.Label(k)) }

// Label returns the kind in language l, such as "Fylkeskommune".
func (k OrgKind) Label(l phase.Language) string { return k.Text().In(l) }

// MarshalText encodes k as its wire code.
func (k OrgKind) MarshalText() ([]byte, error) { return orgKinds.Marshal(k) }

// UnmarshalText decodes a wire code.
func (k *OrgKind) UnmarshalText(b []byte) error { return orgKinds.Unmarshal(b, k) }

// Organisation is a party to a project or collaboration: a municipality,
// a county authority, a state agency, KS or another organisation. Other
// records refer to it by ID.
//
// None of its fields is personal data; do not use a person's name as ID.
type Organisation struct {
	// ID identifies the organisation within a register, e.g. "alstahaug".
	ID string `json:"id" validate:"filled" privacy:"id"`
	// Name is the organisation's name, e.g. "Nordland fylkeskommune".
	Name string `json:"name" validate:"filled"`
	// Kind says what kind of organisation it is.
	Kind OrgKind `json:"kind,omitempty" validate:"valid"`
	// Number is the organisation number, when known.
	Number OrgNumber `json:"orgNumber,omitempty" validate:"omitempty,orgnr" privacy:"id"`
	// MunicipalityNumber is the four-digit kommunenummer of a
	// municipality, when known, e.g. "1820" for Alstahaug.
	MunicipalityNumber string `json:"municipalityNumber,omitempty" validate:"omitempty,kommunenr" privacy:"id"`
}
