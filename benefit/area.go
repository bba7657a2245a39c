package benefit

import (
	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Area is where a benefit arises, as the gevinstrealiseringsplan template
// groups them. The zero value is unset.
type Area uint8

// The areas where benefits arise, in the template's order.
const (
	OwnOrganisation Area = iota + 1 // egen virksomhet
	OtherState                      // andre statlige virksomheter
	Municipal                       // kommunal sektor
	Business                        // privat næringsliv
	Citizens                        // innbyggere
)

var areas = enum.Table[Area]{
	Type: "area",
	Codes: []string{
		"own_organisation", "other_state", "municipal", "business", "citizens",
	},
	Labels: []enum.Label{
		OwnOrganisation: {NB: "Egen virksomhet", NN: "Eiga verksemd", EN: "Own organisation"},
		OtherState:      {NB: "Andre statlige virksomheter", NN: "Andre statlege verksemder", EN: "Other state agencies"},
		Municipal:       {NB: "Kommunal sektor", NN: "Kommunal sektor", EN: "Municipal sector"},
		Business:        {NB: "Privat næringsliv", NN: "Privat næringsliv", EN: "Private business"},
		Citizens:        {NB: "Innbyggere", NN: "Innbyggjarar", EN: "Citizens"},
	},
}

// Areas returns every area in order.
func Areas() []Area { return areas.All() }

// String returns the wire code, such as "municipal".
func (a Area) String() string { return areas.String(a) }

// IsValid reports whether a is one of the areas.
func (a Area) IsValid() bool { return areas.Valid(a) }

// Text returns the name of a in bokmål, nynorsk and English; for an invalid
// a, its String form.
func (a Area) Text() phase.Text { return phase.Text(areas.Label(a)) }

// Label returns the area's name in language l, such as "Kommunal sektor".
func (a Area) Label(l phase.Language) string { return a.Text().In(l) }

// MarshalText encodes a as its wire code.
func (a Area) MarshalText() ([]byte, error) { return areas.Marshal(a) }

// UnmarshalText decodes a wire code.
func (a *Area) UnmarshalText(b []byte) error { return areas.Unmarshal(b, a) }
