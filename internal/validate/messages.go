package validate

import (
	"reflect"
	"strings"

	"github.com/digitale-helgeland/veiviser/phase"
)

// messages holds a message in each language for every validation tag the
// module uses. "{p}" stands for the tag's parameter. Tags whose meaning
// depends on the kind of field (min on text counts characters, on lists
// elements) have a separate entry with the suffix "/text".
var messages = map[string]phase.Text{
	"required":         {NB: "Feltet må fylles ut", NN: "Feltet må fyllast ut", EN: "The field is required"},
	"required_if":      {NB: "Feltet må fylles ut her", NN: "Feltet må fyllast ut her", EN: "The field is required here"},
	"required_with":    {NB: "Feltet må fylles ut når {p} er fylt ut", NN: "Feltet må fyllast ut når {p} er fylt ut", EN: "The field is required when {p} is set"},
	"required_without": {NB: "Feltet må fylles ut når {p} mangler", NN: "Feltet må fyllast ut når {p} manglar", EN: "The field is required when {p} is missing"},
	"excluded_if":      {NB: "Feltet skal stå tomt her", NN: "Feltet skal stå tomt her", EN: "The field must be empty here"},
	"filled":           {NB: "Teksten mangler eller inneholder en mal-plassholder", NN: "Teksten manglar eller inneheld ein mal-plasshaldar", EN: "The text is blank or holds a template placeholder"},
	"valid":            {NB: "Ukjent eller manglende verdi", NN: "Ukjend eller manglande verdi", EN: "Unknown or missing value"},
	"orgnr":            {NB: "Ugyldig organisasjonsnummer (ni siffer med kontrollsiffer)", NN: "Ugyldig organisasjonsnummer (ni siffer med kontrollsiffer)", EN: "Invalid organisation number (nine digits with a check digit)"},
	"dates":            {NB: "En eller flere datoer er ukjente eller mangler", NN: "Ein eller fleire datoar er ukjende eller manglar", EN: "One or more dates are unknown or missing"},
	"kommunenr":        {NB: "Kommunenummer må ha fire siffer", NN: "Kommunenummer må ha fire siffer", EN: "A municipality number has four digits"},
	"min":              {NB: "Må ha minst {p} elementer", NN: "Må ha minst {p} element", EN: "Must have at least {p} elements"},
	"min/text":         {NB: "Må ha minst {p} tegn", NN: "Må ha minst {p} teikn", EN: "Must have at least {p} characters"},
	"max":              {NB: "Kan ha høyst {p} elementer", NN: "Kan ha høgst {p} element", EN: "May have at most {p} elements"},
	"max/text":         {NB: "Kan ha høyst {p} tegn", NN: "Kan ha høgst {p} teikn", EN: "May have at most {p} characters"},
	"len":              {NB: "Må ha nøyaktig {p} elementer", NN: "Må ha nøyaktig {p} element", EN: "Must have exactly {p} elements"},
	"len/text":         {NB: "Må ha nøyaktig {p} tegn", NN: "Må ha nøyaktig {p} teikn", EN: "Must have exactly {p} characters"},
	"gte":              {NB: "Må være minst {p}", NN: "Må vere minst {p}", EN: "Must be at least {p}"},
	"gt":               {NB: "Må være større enn {p}", NN: "Må vere større enn {p}", EN: "Must be greater than {p}"},
	"lte":              {NB: "Kan være høyst {p}", NN: "Kan vere høgst {p}", EN: "May be at most {p}"},
	"lt":               {NB: "Må være mindre enn {p}", NN: "Må vere mindre enn {p}", EN: "Must be less than {p}"},
	"oneof":            {NB: "Må være en av: {p}", NN: "Må vere ein av: {p}", EN: "Must be one of: {p}"},
	"unique":           {NB: "Verdiene må være unike", NN: "Verdiane må vere unike", EN: "The values must be unique"},
	"email":            {NB: "Ugyldig e-postadresse", NN: "Ugyldig e-postadresse", EN: "Invalid e-mail address"},
	"numeric":          {NB: "Må være et tall", NN: "Må vere eit tal", EN: "Must be a number"},
}

// Message returns the message for a failed tag with parameter param on a
// field of kind k. A tag without an entry gives a generic message naming the
// tag; TestEveryTagHasMessages keeps that from happening for tags in use.
func Message(tag, param string, k reflect.Kind) phase.Text {
	t, ok := messages[tag+"/text"]
	if !ok || k != reflect.String {
		t, ok = messages[tag]
	}
	if !ok {
		return phase.Text{
			NB: "Regelen «" + tag + "» er brutt",
			NN: "Regelen «" + tag + "» er broten",
			EN: "Rule " + tag + " failed",
		}
	}
	// One placeholder: ReplaceAll, not a Replacer built for every finding.
	return phase.Text{
		NB: strings.ReplaceAll(t.NB, "{p}", param),
		NN: strings.ReplaceAll(t.NN, "{p}", param),
		EN: strings.ReplaceAll(t.EN, "{p}", param),
	}
}

// HasMessage reports whether tag has a message in all three languages.
func HasMessage(tag string) bool {
	t, ok := messages[tag]
	return ok && t.NB != "" && t.NN != "" && t.EN != ""
}
