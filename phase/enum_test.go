package phase

import (
	"encoding"
	"errors"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/enum"
	"github.com/digitale-helgeland/veiviser/internal/enum/enumtest"
	"github.com/google/go-cmp/cmp"
)

// textEnum is what every enumeration in the package implements.
type textEnum interface {
	encoding.TextMarshaler
	String() string
	IsValid() bool
}

func TestEnumsRoundTrip(t *testing.T) {
	type roundTrip struct {
		value  textEnum
		decode func([]byte) (textEnum, error)
	}
	var cases []roundTrip
	for _, p := range Phases() {
		cases = append(cases, roundTrip{p, func(b []byte) (textEnum, error) { var v Phase; err := v.UnmarshalText(b); return v, err }})
	}
	for _, o := range []Outcome{Approved, Stopped, SentBack} {
		cases = append(cases, roundTrip{o, func(b []byte) (textEnum, error) { var v Outcome; err := v.UnmarshalText(b); return v, err }})
	}
	for _, s := range []Status{Active, Halted, Completed} {
		cases = append(cases, roundTrip{s, func(b []byte) (textEnum, error) { var v Status; err := v.UnmarshalText(b); return v, err }})
	}
	for _, s := range []Severity{SeverityError, SeverityWarning} {
		cases = append(cases, roundTrip{s, func(b []byte) (textEnum, error) { var v Severity; err := v.UnmarshalText(b); return v, err }})
	}
	for _, a := range []Authority{Management, ProjectOwner} {
		cases = append(cases, roundTrip{a, func(b []byte) (textEnum, error) { var v Authority; err := v.UnmarshalText(b); return v, err }})
	}
	for _, p := range Products() {
		cases = append(cases, roundTrip{p, func(b []byte) (textEnum, error) { var v Product; err := v.UnmarshalText(b); return v, err }})
	}
	for _, p := range append(Points(), ExecutionPoint(1), ExecutionPoint(12)) {
		cases = append(cases, roundTrip{p, func(b []byte) (textEnum, error) { var v DecisionPoint; err := v.UnmarshalText(b); return v, err }})
	}
	for _, l := range []Language{Bokmal, Nynorsk, English} {
		cases = append(cases, roundTrip{l, func(b []byte) (textEnum, error) { var v Language; err := v.UnmarshalText(b); return v, err }})
	}
	for _, c := range cases {
		if !c.value.IsValid() {
			t.Errorf("%v: IsValid() = false", c.value)
		}
		b, err := c.value.MarshalText()
		if err != nil {
			t.Errorf("%v: MarshalText: %v", c.value, err)
			continue
		}
		if string(b) != c.value.String() {
			t.Errorf("%v: MarshalText = %q, String = %q", c.value, b, c.value.String())
		}
		got, err := c.decode(b)
		if err != nil || got != c.value {
			t.Errorf("%v: UnmarshalText(%q) = %v, %v", c.value, b, got, err)
		}
		if _, err := c.decode([]byte("no-such-value")); !errors.Is(err, ErrUnknownValue) {
			t.Errorf("%T: UnmarshalText(unknown) = %v, want ErrUnknownValue", c.value, err)
		}
	}
}

func TestZeroValuesAreUnset(t *testing.T) {
	for _, v := range []textEnum{Phase(0), Outcome(0), Status(0), Severity(0), Authority(0), Product(0), DecisionPoint(0), Phase(99), Product(200)} {
		if v.IsValid() {
			t.Errorf("%T(%v).IsValid() = true", v, v)
		}
		if _, err := v.MarshalText(); !errors.Is(err, ErrUnknownValue) {
			t.Errorf("%T(%v).MarshalText() error = %v, want ErrUnknownValue", v, v, err)
		}
	}
	var vErr *enum.ValueError
	_, err := Phase(0).MarshalText()
	if !errors.As(err, &vErr) || vErr.Type != "phase" {
		t.Errorf("Phase(0).MarshalText() = %v, want *enum.ValueError for phase", err)
	}
}

func TestLabels(t *testing.T) {
	type row struct{ NB, NN, EN string }
	got := map[string]row{}
	for _, p := range Phases() {
		got[p.String()] = row{p.Label(Bokmal), p.Label(Nynorsk), p.Label(English)}
	}
	got["none"] = row{Phase(0).Label(Bokmal), Phase(0).Label(Nynorsk), Phase(0).Label(English)}
	want := map[string]row{
		"idea":        {"Idéfase", "Idéfasen", "Idea phase"},
		"concept":     {"Konseptfase", "Konseptfasen", "Concept phase"},
		"planning":    {"Planleggingsfase", "Planleggingsfasen", "Planning phase"},
		"execution":   {"Gjennomføringsfase", "Gjennomføringsfasen", "Execution phase"},
		"closure":     {"Avslutningsfase", "Avslutningsfasen", "Closure phase"},
		"realisation": {"Realiseringsfase", "Realiseringsfasen", "Realisation phase"},
		"none":        {"Ikke startet", "Ikkje starta", "Not started"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("phase labels (-want +got):\n%s", diff)
	}
	for _, p := range Phases() {
		if p.Owner(Bokmal) == "" || p.Owner(English) == "" {
			t.Errorf("%v has no owner", p)
		}
	}
	for _, v := range []interface{ Label(Language) string }{Approved, Stopped, SentBack, Active, Halted, Completed, Management, ProjectOwner, SeverityError, SeverityWarning} {
		for _, l := range []Language{Bokmal, Nynorsk, English} {
			if v.Label(l) == "" {
				t.Errorf("%v has no label in %v", v, l)
			}
		}
	}
	for _, p := range Products() {
		if p.Label(Nynorsk) == "" || p.Label(English) == "" {
			t.Errorf("product %v lacks a label", p)
		}
	}
}

func TestEnumTables(t *testing.T) {
	enumtest.Tables(t, map[string]enumtest.Checker{
		"authorities": authorities,
		"languages":   languages,
		"outcomes":    outcomes,
		"phases":      phases,
		"products":    products,
		"severities":  severities,
		"statuses":    statuses,
	})
}

// TestText checks that Label is Text in one language, and that an invalid
// value is named by its String form.
func TestText(t *testing.T) {
	type texter interface {
		Text() Text
		Label(Language) string
		String() string
		IsValid() bool
	}
	var vs []texter
	for i := range 12 {
		vs = append(vs, Phase(i), Status(i), Outcome(i), Authority(i), Product(i), Severity(i), Language(i))
	}
	for _, v := range vs {
		txt := v.Text()
		for _, l := range []Language{Bokmal, Nynorsk, English} {
			if got := v.Label(l); got != txt.In(l) {
				t.Errorf("%T(%v).Label(%v) = %q, Text().In = %q", v, v, l, got, txt.In(l))
			}
		}
		if p, ok := v.(Phase); ok && p == 0 {
			continue // "Ikke startet"
		}
		s := v.String()
		if want := (Text{NB: s, NN: s, EN: s}); v.IsValid() == (txt == want) {
			t.Errorf("%T(%v).Text() = %v; valid %v", v, v, txt, v.IsValid())
		}
	}
	pos := []struct {
		p    Position
		want Text
	}{
		{Position{}, Text{NB: "Ikke startet", NN: "Ikkje starta", EN: "Not started"}},
		{Position{Phase: Concept}, Text{NB: "Konseptfase", NN: "Konseptfasen", EN: "Concept phase"}},
		{Position{Phase: Execution, Sub: 2}, Text{NB: "Gjennomføringsfase 2", NN: "Gjennomføringsfasen 2", EN: "Execution phase 2"}},
	}
	for _, tt := range pos {
		if diff := cmp.Diff(tt.want, tt.p.Text()); diff != "" {
			t.Errorf("%+v.Text() (-want +got):\n%s", tt.p, diff)
		}
	}
}

func TestLanguage(t *testing.T) {
	var l Language
	if err := l.UnmarshalText([]byte("no")); err != nil || l != Bokmal {
		t.Errorf(`UnmarshalText("no") = %v, %v`, l, err)
	}
	if got := (Text{NB: "a", NN: "b", EN: "c"}).In(Language(9)); got != "a" {
		t.Errorf("In(invalid) = %q, want bokmål", got)
	}
	if Language(9).IsValid() {
		t.Error("Language(9) is valid")
	}
}
