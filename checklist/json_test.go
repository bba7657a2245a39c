package checklist

import (
	"bytes"
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/phase"
)

// busy returns a set with something in every state and a waiver.
func busy(t testing.TB) *Set {
	t.Helper()
	s := NewSet()
	bp1 := s.At(phase.BP1)
	for i, a := range []string{"ja", "ja", "ja", "prosjekt", "ja", "ja", "nei"} {
		must(t, bp1.Record(bp1.Items()[i].ID, a, note(day1, "")))
	}
	must(t, bp1.Record("7", "Ja", note(day2, "Styringsgruppen vil ha ressursbehovet beskrevet")))
	must(t, bp1.Record("7", "nei", note(day3, "")))
	must(t, bp1.Archive(note(day3, "Godkjent i styringsgruppen")))
	ks := s.KS()
	must(t, ks.Record("1", "ja", note(day1, "Møte med KS 10.02.2020")))
	must(t, ks.NotRelevant("2", note(day1, "Verknadene er skildra i sak 2b")))
	must(t, ks.Defer("3", note(day2, "Kostnader greiast ut i konseptfasen")))
	must(t, s.At(phase.BP6).Answer("2", Answer{Text: "Gevinstene er delvis oppnådd"}, note(day3, "")))
	must(t, s.At(phase.BP5).Waive(note(day3, "Prosjektet avsluttes samlet med BP4 i denne modellen")))
	s.At(phase.BP4).Level = Advisory
	s.At(phase.BP2).MinComment = 20
	return s
}

func TestJSONRoundTrip(t *testing.T) {
	s := busy(t)
	b, err := json.Marshal(s)
	must(t, err)
	var got Set
	must(t, json.Unmarshal(b, &got))
	if diff := cmp.Diff(s, &got, cmpChecklist, cmp.AllowUnexported(Set{})); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	again, err := json.Marshal(&got)
	must(t, err)
	if !bytes.Equal(b, again) {
		t.Error("encoding the decoded set gives different bytes")
	}
	// One checklist and one item on their own.
	c := s.At(phase.BP1)
	cb, err := json.Marshal(c)
	must(t, err)
	var c2 Checklist
	must(t, json.Unmarshal(cb, &c2))
	if diff := cmp.Diff(c, &c2, cmpChecklist); diff != "" {
		t.Errorf("checklist round trip (-want +got):\n%s", diff)
	}
	it := c.Items()[6]
	ib, err := json.Marshal(it)
	must(t, err)
	var it2 Item
	must(t, json.Unmarshal(ib, &it2))
	if diff := cmp.Diff(it, it2, cmpChecklist); diff != "" {
		t.Errorf("item round trip (-want +got):\n%s", diff)
	}
}

// TestGoldenJSON pins the stored form of the Helgeland BP1 checklist.
// Run go test -update to rewrite testdata/bp1_helgeland.golden.json.
func TestGoldenJSON(t *testing.T) {
	b, err := json.MarshalIndent(busy(t).At(phase.BP1), "", "  ")
	must(t, err)
	b = append(b, '\n')
	golden.Check(t, filepath.Join("testdata", "bp1_helgeland.golden.json"), b)
}

func TestDecodeErrors(t *testing.T) {
	valid, err := json.Marshal(busy(t).At(phase.BP1))
	must(t, err)
	edit := func(old, new string) string {
		s := string(valid)
		if !strings.Contains(s, old) {
			t.Fatalf("fixture lacks %q", old)
		}
		return strings.Replace(s, old, new, 1)
	}
	tests := []struct {
		name string
		in   string
		path string
		err  error
	}{
		{"unknown level", edit(`"level":"mandatory"`, `"level":"obligatory"`), "level", phase.ErrUnknownValue},
		{"missing level", edit(`"level":"mandatory",`, ``), "level", phase.ErrMissingField},
		{"unknown point", edit(`"point":"bp1"`, `"point":"bp9"`), "point", phase.ErrUnknownValue},
		{"unknown kind", edit(`"kind":"choice"`, `"kind":"multiple"`), "items[3].kind", phase.ErrUnknownValue},
		{"unknown favourable", edit(`"favourable":"no"`, `"favourable":"nei"`), "items[6].favourable", phase.ErrUnknownValue},
		{"unknown language", edit(`"lang":"nb"`, `"lang":"sv"`), "items[0].lang", phase.ErrUnknownValue},
		{"unknown state", edit(`"state":"answered"`, `"state":"done"`), "items[0].history[0].state", phase.ErrUnknownValue},
		{"unknown yes/no", edit(`"bool":"yes"`, `"bool":"kanskje"`), "items[0].history[0].answer.bool", phase.ErrUnknownValue},
		{"bad date", edit(`"on":"2020-02-17"`, `"on":"<dato>"`), "items[0].history[0].on", phase.ErrInvalidDate},
		{"duplicated item", edit(`"id":"2"`, `"id":"1"`), "items[1].id", phase.ErrDuplicateID},
		{"answer to an open item", edit(`"state":"answered","answer":{"bool":"yes"}`, `"state":"open","answer":{"bool":"yes"}`),
			"items[0].history[0].state", ErrInvalidChecklist},
		{"option not offered", edit(`"option":"prosjekt"`, `"option":"program"`), "items[3].history[0].answer", ErrInvalidChecklist},
		{"unknown field", edit(`"title"`, `"titel"`), "titel", ErrInvalidChecklist},
		{"wrong type", edit(`"level":"mandatory"`, `"level":"mandatory","minComment":"ti"`), "minComment", ErrInvalidChecklist},
		{"wrong type in an item", edit(`"lang":"nb"`, `"lang":"nb","sub":"?"`), "items[0].sub", ErrInvalidChecklist},
		{"not an object", `[1,2]`, "", ErrInvalidChecklist},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var c Checklist
			err := json.Unmarshal([]byte(tt.in), &c)
			var pe *phase.PathError
			if !errors.As(err, &pe) || !errors.Is(err, tt.err) || pe.Path != tt.path {
				t.Fatalf("error = %v, want a *phase.PathError at %q wrapping %v", err, tt.path, tt.err)
			}
			if c.ID != "" || c.items != nil {
				t.Error("a failed decode changed the target")
			}
		})
	}
}

func TestDecodeSetErrors(t *testing.T) {
	valid, err := json.Marshal(busy(t))
	must(t, err)
	tests := []struct {
		name, old, new, path string
		err                  error
	}{
		{"unknown key", `{"bp1":{`, `{"bp7":{},"bp1":{`, "bp7", ErrInvalidChecklist},
		{"municipal flag of schema version 1", `{"bp1":{`, `{"municipal":true,"bp1":{`, "municipal", ErrInvalidChecklist},
		{"wrong point", `"bp2":{"id":"bp2","title":{"nb":"Sjekkliste for BP2","nn":"Sjekkliste for BP2","en":"BP2 checklist"},"point":"bp2"`,
			`"bp2":{"id":"bp2","title":{"nb":"Sjekkliste for BP2","nn":"Sjekkliste for BP2","en":"BP2 checklist"},"point":"bp3"`, "bp2.point", ErrInvalidChecklist},
		{"KS with a point", `"ks":{"id":"ks","title":{"nb":"Sjekkliste for involvering av kommunesektoren","nn":"Sjekkliste for involvering av kommunesektoren","en":"Checklist for involving the municipal sector"},`,
			`"ks":{"id":"ks","title":{"nb":"Sjekkliste for involvering av kommunesektoren","nn":"Sjekkliste for involvering av kommunesektoren","en":"Checklist for involving the municipal sector"},"point":"bp2",`, "ks.point", ErrInvalidChecklist},
		{"bad nested state", `"state":"deferred"`, `"state":"paused"`, "ks.items[2].history[0].state", phase.ErrUnknownValue},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := string(valid)
			if !strings.Contains(in, tt.old) {
				t.Fatalf("fixture lacks %q", tt.old)
			}
			in = strings.Replace(in, tt.old, tt.new, 1)
			var s Set
			err := json.Unmarshal([]byte(in), &s)
			var pe *phase.PathError
			if !errors.As(err, &pe) || !errors.Is(err, tt.err) || pe.Path != tt.path {
				t.Fatalf("error = %v, want a *phase.PathError at %q wrapping %v", err, tt.path, tt.err)
			}
		})
	}
}

// FuzzUnmarshal checks that decoding never panics, that every error names
// a *phase.PathError, and that whatever decodes encodes and decodes to the same.
func FuzzUnmarshal(f *testing.F) {
	s := busy(f)
	for _, c := range []*Checklist{s.At(phase.BP1), s.KS(), s.At(phase.BP5), s.At(phase.BP6)} {
		b, err := json.Marshal(c)
		must(f, err)
		f.Add(b)
	}
	f.Add([]byte(`{}`))
	f.Add([]byte(`null`))
	f.Add([]byte(`{"id":"x","title":{"nb":"X"},"level":"advisory","items":[{"id":"1","lang":"nn","question":{"text":"?"},"kind":"text","history":[{"state":"answered","answer":{"text":"a"},"by":"b","on":"2020-01-01"},{"state":"archived","answer":{"text":"a"},"by":"b","on":"2020-01-02"}]}]}`))
	f.Fuzz(func(t *testing.T, b []byte) {
		var c Checklist
		if err := json.Unmarshal(b, &c); err != nil {
			var pe *phase.PathError
			var se *json.SyntaxError // reported by encoding/json before UnmarshalJSON runs
			if !errors.As(err, &pe) && !errors.As(err, &se) {
				t.Fatalf("error %v (%T) is not a *phase.PathError", err, err)
			}
			return
		}
		out, err := json.Marshal(&c)
		if err != nil {
			t.Fatalf("decoded checklist does not encode: %v", err)
		}
		var d Checklist
		if err := json.Unmarshal(out, &d); err != nil {
			t.Fatalf("re-decoding %s: %v", out, err)
		}
		if diff := cmp.Diff(&c, &d, cmpChecklist); diff != "" {
			t.Fatalf("round trip (-first +second):\n%s", diff)
		}
		_ = c.Evaluate() // must not panic on anything that decodes
	})
}
