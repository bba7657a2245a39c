package benefit

import (
	"fmt"
	"strconv"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/phase"
)

// SizeClass is a municipality size class by population. Difi's report
// "Bedre involvering av kommunal sektor i statlige digitaliseringsprosjekter"
// (2016, seed 003) found: "Kostnadsvurderingene er som regel ikke relatert
// til kommunestørrelse", and "KS etterspør kostnadsvurderinger relatert til
// kommunestørrelse"; Difi's checklist "Sjekkliste for involvering av
// kommunesektoren" (seed 004), checkpoint 4, names "kommunestorleik" among
// the properties to assess effects by. Neither source gives population
// limits: which populations fall in which class is a setting, SizeBands,
// whose default is Statistics Norway's three groups (see
// SSBKommunestorrelse):
//
//	Small   under 5 000 inhabitants
//	Medium  5 000 to 19 999 inhabitants
//	Large   20 000 inhabitants or more
//
// The wire codes "small", "medium" and "large" name the classes, not the
// limits, so stored data keeps its meaning under other bands. The zero
// value is unset.
type SizeClass uint8

// The size classes, smallest first.
const (
	Small  SizeClass = iota + 1 // under 5 000 inhabitants by default
	Medium                      // 5 000 to 19 999 inhabitants by default
	Large                       // 20 000 inhabitants or more by default
)

// The population limits of the default size bands, SSBKommunestorrelse:
// Medium starts at MediumFrom, Large at LargeFrom.
const (
	MediumFrom = 5000
	LargeFrom  = 20000
)

var sizeClasses = enum.Table[SizeClass]{Type: "size class", Codes: []string{"small", "medium", "large"}}

// sizeNames are the classes' names without limits.
var sizeNames = [...]phase.Text{
	Small:  {NB: "Små kommuner", NN: "Små kommunar", EN: "Small municipalities"},
	Medium: {NB: "Mellomstore kommuner", NN: "Mellomstore kommunar", EN: "Medium-sized municipalities"},
	Large:  {NB: "Store kommuner", NN: "Store kommunar", EN: "Large municipalities"},
}

// SizeClasses returns every size class, smallest first.
func SizeClasses() []SizeClass { return sizeClasses.All() }

// ClassOf returns the size class of a municipality of population
// inhabitants under the default bands, SSBKommunestorrelse; the zero
// SizeClass for a population below 1. Use SizeBands.ClassOf for other
// bands.
func ClassOf(population int) SizeClass { return SizeBands(ssbBands[:]).ClassOf(population) }

// String returns the wire code: "small", "medium" or "large".
func (c SizeClass) String() string { return sizeClasses.String(c) }

// IsValid reports whether c is Small, Medium or Large.
func (c SizeClass) IsValid() bool { return sizeClasses.Valid(c) }

// Label returns the class's name with its limits under the default bands,
// SSBKommunestorrelse, in language l: "Små kommuner (under 5 000
// innbyggere)". Use SizeBands.Label for other bands.
func (c SizeClass) Label(l phase.Language) string { return SizeBands(ssbBands[:]).Label(c, l) }

// MarshalText encodes c as its wire code.
func (c SizeClass) MarshalText() ([]byte, error) { return sizeClasses.Marshal(c) }

// UnmarshalText decodes a wire code.
func (c *SizeClass) UnmarshalText(b []byte) error { return sizeClasses.Unmarshal(b, c) }

// SizeBand is one band of a SizeBands: municipalities of From inhabitants
// or more, and fewer than the next band's From, are of Class.
type SizeBand struct {
	From  int       `json:"from"`
	Class SizeClass `json:"class"`
}

// SizeBands says which populations fall in which size class: bands in
// order of From, the classes in order too (a larger municipality never
// falls in a smaller class), each class at most once. A population below
// the first band's From has no class. Bands need not use every class.
//
// The empty SizeBands means SSBKommunestorrelse. SizeBands is plain data,
// safe to share while no one changes it.
type SizeBands []SizeBand

// ssbBands is SSBKommunestorrelse, which ClassOf and Label read without
// copying; nothing writes it.
var ssbBands = [...]SizeBand{{1, Small}, {MediumFrom, Medium}, {LargeFrom, Large}}

// SSBKommunestorrelse returns Statistics Norway's three groups of
// municipalities by population, from SSB's word explanation
// "Kommunestørrelse" (https://statbank.ssb.no/ajax/ordforklaring?key=384037&sprak=no,
// describing 2017): "Kommunene er her gruppert i tre grupper: Under 5 000
// innbyggere, 5 000-19 999 innbyggere, og 20 000 eller flere innbyggere."
// They are Small, Medium and Large, the default of ClassOf and
// SizeClass.Label. The first band starts at 1 inhabitant, so that a
// population of 0 has no class.
//
// This grouping belongs to the statistic that explanation describes, and
// was the population dimension of SSB's KOSTRA grouping before 2020; it is
// no general SSB standard. SSB's KOSTRA grouping in force ("per 2020",
// Kringlebotten and Langørgen, "Gruppering av kommuner etter folkemengde og
// økonomiske rammebetingelser 2020", SSB Rapporter 2020/48, 9 December
// 2020) uses other population bands (0–599, 600–1 999, 2 000–9 999,
// 10 000–19 999, 20 000–29 999, … ) with no limit at 5 000, and mixes in
// economic criteria; callers who follow it give their own SizeBands.
//
// Each call returns a new slice, so a caller may change it.
func SSBKommunestorrelse() SizeBands { return append(SizeBands(nil), ssbBands[:]...) }

// Effective returns b, or SSBKommunestorrelse when b is empty.
func (b SizeBands) Effective() SizeBands {
	if len(b) == 0 {
		return SSBKommunestorrelse()
	}
	return b
}

// Validate reports, wrapping ErrInvalidNumber, the first band that is
// wrong: a From below 1 or not above the band before it, an invalid class,
// or a class not larger than the band before it. The empty SizeBands is
// valid (see Effective).
func (b SizeBands) Validate() error {
	for i, s := range b {
		switch {
		case s.From < 1:
			return fmt.Errorf("%w: size bands [%d].from: %d is below 1 inhabitant", ErrInvalidNumber, i, s.From)
		case i > 0 && s.From <= b[i-1].From:
			return fmt.Errorf("%w: size bands [%d].from: %d is not above %d", ErrInvalidNumber, i, s.From, b[i-1].From)
		case !s.Class.IsValid():
			return fmt.Errorf("%w: size bands [%d].class: %s is not a size class", ErrInvalidNumber, i, s.Class)
		case i > 0 && s.Class <= b[i-1].Class:
			return fmt.Errorf("%w: size bands [%d].class: %s does not come after %s", ErrInvalidNumber, i, s.Class, b[i-1].Class)
		}
	}
	return nil
}

// ClassOf returns the class of the last band whose From is at most
// population; the zero SizeClass when there is none. The empty SizeBands
// means SSBKommunestorrelse. ClassOf does not validate b.
func (b SizeBands) ClassOf(population int) SizeClass {
	if len(b) == 0 {
		b = ssbBands[:]
	}
	var c SizeClass
	for _, s := range b {
		if s.From > population {
			break
		}
		c = s.Class
	}
	return c
}

// Label returns class c's name with its limits under b in language l:
// "Små kommuner (under 5 000 innbyggere)", "Mellomstore kommunar
// (5 000–19 999 innbyggjarar)", "Large municipalities (20,000 inhabitants
// or more)". A class that no band gives is named without limits; an
// invalid class gives its String.
func (b SizeBands) Label(c SizeClass, l phase.Language) string {
	if !c.IsValid() {
		return c.String()
	}
	if len(b) == 0 {
		b = ssbBands[:]
	}
	name := sizeNames[c].In(l)
	for i, s := range b {
		if s.Class != c {
			continue
		}
		from := groupDigits(s.From, l)
		switch {
		case i == len(b)-1 && s.From <= 1:
			return name // every municipality
		case i == len(b)-1:
			return name + phase.Text{
				NB: " (" + from + " innbyggere eller flere)",
				NN: " (" + from + " innbyggjarar eller fleire)",
				EN: " (" + from + " inhabitants or more)",
			}.In(l)
		case s.From <= 1:
			under := groupDigits(b[i+1].From, l)
			return name + phase.Text{
				NB: " (under " + under + " innbyggere)",
				NN: " (under " + under + " innbyggjarar)",
				EN: " (under " + under + " inhabitants)",
			}.In(l)
		}
		to := groupDigits(b[i+1].From-1, l)
		return name + phase.Text{
			NB: " (" + from + "–" + to + " innbyggere)",
			NN: " (" + from + "–" + to + " innbyggjarar)",
			EN: " (" + from + "–" + to + " inhabitants)",
		}.In(l)
	}
	return name
}

// groupDigits writes n ≥ 0 with digit groups as language l writes them:
// "20 000" in Norwegian (Språkrådet, "Tall": "Store tall ordner vi i
// grupper på tre og tre siffer"), "20,000" in English.
func groupDigits(n int, l phase.Language) string {
	if n < 0 {
		return strconv.Itoa(n)
	}
	sep := " "
	if l == phase.English {
		sep = ","
	}
	return string(appendGrouped(nil, uint64(n), sep))
}
