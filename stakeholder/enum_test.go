package stakeholder

import (
	"errors"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/internal/enum/enumtest"
	"github.com/digitale-helgeland/veiviser/phase"
)

type enumLike interface {
	~uint8
	String() string
	IsValid() bool
	Text() phase.Text
	Label(phase.Language) string
	MarshalText() ([]byte, error)
}

// checkEnum checks an enumeration with n values: labels in every language,
// the same from Label as from Text, text round trip, and that zero, n+1 and
// unknown codes are refused, n+1 labelled by its String form.
func checkEnum[T enumLike, P interface {
	*T
	UnmarshalText([]byte) error
}](t *testing.T, name string, n int) {
	t.Helper()
	seen := map[string]bool{}
	for i := 1; i <= n; i++ {
		v := T(i)
		if !v.IsValid() {
			t.Errorf("%s(%d) is not valid", name, i)
		}
		for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English} {
			if lab := v.Label(l); lab == "" || lab == v.String() || lab != v.Text().In(l) {
				t.Errorf("%s(%d).Label(%v) = %q, Text() = %v", name, i, l, lab, v.Text())
			}
		}
		b, err := v.MarshalText()
		if err != nil {
			t.Fatalf("%s(%d).MarshalText: %v", name, i, err)
		}
		if seen[string(b)] {
			t.Errorf("%s: code %q used twice", name, b)
		}
		seen[string(b)] = true
		var back T
		if err := P(&back).UnmarshalText(b); err != nil || back != v {
			t.Errorf("%s: UnmarshalText(%q) = %v, %v; want %v", name, b, back, err, v)
		}
	}
	if s := T(n + 1).String(); T(n+1).Text() != (phase.Text{NB: s, NN: s, EN: s}) {
		t.Errorf("%s(%d).Text() = %v, want its String form", name, n+1, T(n+1).Text())
	}
	for _, bad := range []T{0, T(n + 1)} {
		if bad.IsValid() {
			t.Errorf("%s(%d) is valid", name, bad)
		}
		if _, err := bad.MarshalText(); !errors.Is(err, phase.ErrUnknownValue) {
			t.Errorf("%s(%d).MarshalText error = %v, want ErrUnknownValue", name, bad, err)
		}
	}
	var v T = 1
	err := P(&v).UnmarshalText([]byte("no-such-code"))
	var ve *enum.ValueError
	if !errors.As(err, &ve) || v != 1 {
		t.Errorf("%s: UnmarshalText(unknown) = %v, left %v; want *enum.ValueError and no change", name, err, v)
	}
}

func TestEnums(t *testing.T) {
	checkEnum[Category](t, "Category", 5)
	checkEnum[Level](t, "Level", 4)
	checkEnum[Attitude](t, "Attitude", 3)
	checkEnum[MeasureStatus](t, "MeasureStatus", 4)
	checkEnum[Quadrant](t, "Quadrant", 4)
	checkEnum[OrgKind](t, "OrgKind", 5)
	checkEnum[Role](t, "Role", 11)
	checkEnum[BodyKind](t, "BodyKind", 5)
	checkEnum[Right](t, "Right", 2)
	checkEnum[Choice](t, "Choice", 3)
	checkEnum[Resolution](t, "Resolution", 2)
	checkEnum[Method](t, "Method", 3)
	checkEnum[State](t, "State", 4)
	checkEnum[Action](t, "Action", 3)
	checkEnum[Form](t, "Form", 8)
	checkEnum[CoordinationLevel](t, "CoordinationLevel", 4)
}

func TestEnumTables(t *testing.T) {
	enumtest.Tables(t, map[string]enumtest.Checker{
		"actions":            actions,
		"attitudes":          attitudes,
		"bodyKinds":          bodyKinds,
		"categories":         categories,
		"choices":            choices,
		"coordinationLevels": coordinationLevels,
		"forms":              forms,
		"levels":             levels,
		"measureStatuses":    measureStatuses,
		"methods":            methods,
		"orgKinds":           orgKinds,
		"quadrants":          quadrants,
		"resolutions":        resolutions,
		"rights":             rights,
		"roles":              roles,
		"states":             states,
	})
}

func TestLabels(t *testing.T) {
	tests := []struct{ got, want string }{
		{Observer.Label(phase.Bokmal), "Møte-, tale- og forslagsrett"},
		{Voting.Label(phase.Nynorsk), "Røysterett"},
		{PremiseSetter.Label(phase.Bokmal), "Premissgiver"},
		{Medium.Label(phase.Bokmal), "Middels"},
		{Declined.Label(phase.Bokmal), "Takket nei"},
		{ChairDecision.Label(phase.English), "Tie decided by the chair"},
		{Quadrant(0).Label(phase.Bokmal), "Ikke klassifisert"},
		{Level(9).Label(phase.Bokmal), "level(9)"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestCoordinationLevels(t *testing.T) {
	for i, c := range CoordinationLevels() {
		if c.Step() != i+1 {
			t.Errorf("%v.Step() = %d, want %d", c, c.Step(), i+1)
		}
		got, err := CoordinationLevelOf(i + 1)
		if err != nil || got != c {
			t.Errorf("CoordinationLevelOf(%d) = %v, %v", i+1, got, err)
		}
		if c.Description(phase.Nynorsk) != c.Description(phase.Bokmal) || c.Description(phase.English) == c.Description(phase.Bokmal) {
			t.Errorf("%v: nynorsk must repeat the bokmål source, English must differ", c)
		}
	}
	// The source text, word for word (seed 003, faktaboks Samordningsstigen).
	const step4 = "De berørte enhetene samarbeider om å utvikle felles strategi/plan/tiltak på tvers av sektorene, blant annet for å oppnå synergieffekter."
	if got := JointStrategy.Description(phase.Bokmal); got != step4 {
		t.Errorf("step 4 = %q", got)
	}
	for _, n := range []int{0, 5, -1} {
		if _, err := CoordinationLevelOf(n); !errors.Is(err, phase.ErrUnknownValue) {
			t.Errorf("CoordinationLevelOf(%d) error = %v", n, err)
		}
	}
	if CoordinationLevel(0).Step() != 0 || CoordinationLevel(0).Description(phase.Bokmal) != "" {
		t.Error("zero level has a step or description")
	}
}
