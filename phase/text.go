package phase

import "github.com/digitale-helgeland/veiviser/internal/enum"

// Language selects the language of a label or message. The zero value is
// Bokmal, the written standard most Norwegian public bodies use.
type Language uint8

// The languages every label and message in this library is given in.
const (
	Bokmal  Language = iota // bokmål, wire code "nb"
	Nynorsk                 // nynorsk, wire code "nn"
	English                 // English, wire code "en"
)

// languages holds the languages after Bokmal, the zero value, which has no
// place in an enum.Table: see String, Text and IsValid.
var languages = enum.Table[Language]{
	Type:  "language",
	Codes: []string{"nn", "en"},
	Labels: []enum.Label{
		Nynorsk: {NB: "nynorsk", NN: "nynorsk", EN: "Norwegian Nynorsk"},
		English: {NB: "engelsk", NN: "engelsk", EN: "English"},
	},
}

// String returns the language's wire code: "nb", "nn" or "en".
func (l Language) String() string {
	if l == Bokmal {
		return "nb"
	}
	return languages.String(l)
}

// Text returns the name of l in bokmål, nynorsk and English; for an invalid
// l, its String form.
func (l Language) Text() Text {
	if l == Bokmal {
		return Text{NB: "bokmål", NN: "bokmål", EN: "Norwegian Bokmål"}
	}
	return Text(languages.Label(l))
}

// Label returns the language's name in language in: "bokmål", "nynorsk",
// "engelsk" in bokmål, and so on.
func (l Language) Label(in Language) string { return l.Text().In(in) }

// IsValid reports whether l is Bokmal, Nynorsk or English.
func (l Language) IsValid() bool { return l == Bokmal || languages.Valid(l) }

// MarshalText encodes l as its wire code.
func (l Language) MarshalText() ([]byte, error) {
	if !l.IsValid() {
		return nil, &enum.ValueError{Type: "language", Value: l.String()}
	}
	return []byte(l.String()), nil
}

// UnmarshalText decodes a wire code ("nb", "nn", "en"; also "no" for bokmål).
func (l *Language) UnmarshalText(b []byte) error {
	switch s := string(b); s {
	case "nb", "no":
		*l = Bokmal
		return nil
	default:
		v, ok := languages.Parse(s)
		if !ok {
			return &enum.ValueError{Type: "language", Value: s}
		}
		*l = v
		return nil
	}
}

// Text is a short text in bokmål, nynorsk and English. Labels and messages
// throughout the library are carried as Text so a caller can pick the
// language at display time.
type Text struct {
	NB string `json:"nb"`
	NN string `json:"nn"`
	EN string `json:"en"`
}

// In returns the text in language l. An invalid language gives bokmål.
func (t Text) In(l Language) string {
	switch l {
	case Nynorsk:
		return t.NN
	case English:
		return t.EN
	default:
		return t.NB
	}
}

// IsZero reports whether all three texts are empty.
func (t Text) IsZero() bool { return t == Text{} }
