package benefit

import (
	"encoding/json"
	"errors"
	"testing"

	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/google/go-cmp/cmp"
)

// decodeResult is what a failed decode reports, for comparing with cmp.
type decodeResult struct {
	Path    string
	Unknown bool // the error matches phase.ErrUnknownField
}

// TestUnknownFieldsRefused checks that a misspelt key is an error at every
// level of a plan and a comparison, with the path of the key as the
// document spells it, and that nothing is changed.
func TestUnknownFieldsRefused(t *testing.T) {
	tests := []struct {
		name, in, want string
		into           func() any
	}{
		{"plan", `{"responsible":"x","benefts":[]}`, "benefts", plan},
		{"benefit", `{"benefits":[{"id":"G1","ower":"x"}]}`, "benefits[0].ower", plan},
		{"indicator", `{"benefits":[{"id":"G1","indicators":[{"name":"n","unti":"nok"}]}]}`, "benefits[0].indicators[0].unti", plan},
		{"reading", `{"benefits":[{"id":"G1","indicators":[{"name":"n","baseline":{"value":1,"dato":"2020-01-01"}}]}]}`, "benefits[0].indicators[0].baseline.dato", plan},
		{"planned point", `{"benefits":[{"indicators":[{"points":[{"kind":"baseline","when":"x"}]}]}]}`, "benefits[0].indicators[0].points[0].when", plan},
		{"measurement", `{"benefits":[{"indicators":[{"measurements":[{"date":"2021-01-01","value":1,"note":"x"}]}]}]}`, "benefits[0].indicators[0].measurements[0].note", plan},
		{"change", `{"benefits":[{"id":"G1","history":[{"event":"plan","date":"2021-01-10","who":"x"}]}]}`, "benefits[0].history[0].who", plan},
		{"measure", `{"measures":[{"id":"T1","riks":"low"}]}`, "measures[0].riks", plan},
		{"revision", `{"revisions":[{"date":"2021-01-01","author":"x"}]}`, "revisions[0].author", plan},
		{"municipal share", `{"municipal":{"splits":[]}}`, "municipal.splits", plan},
		{"size share", `{"municipal":{"split":[{"class":"small","costs":1}]}}`, "municipal.split[0].costs", plan},
		{"implementation", `{"municipal":{"implementation":{"estimate":1,"year":2022}}}`, "municipal.implementation.year", plan},
		// A key in another case than the field's is refused, not matched
		// as encoding/json would.
		{"key case folded", `{"Benefits":[{"ID":"G1","Ower":"x"}]}`, "Benefits", plan},
		{"comparison", `{"firstYear":2021,"rente":4}`, "rente", comparison},
		{"alternative", `{"alternatives":[{"id":"K0","null":true,"kostnader":[1]}]}`, "alternatives[0].kostnader", comparison},
		{"alternative, key case folded", `{"alternatives":[{"ID":"K0","Nul":true}]}`, "alternatives[0].ID", comparison},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := tt.into()
			err := json.Unmarshal([]byte(tt.in), v)
			var de *phase.PathError
			if !errors.As(err, &de) {
				t.Fatalf("Unmarshal(%s) = %v (%T), want a *phase.PathError", tt.in, err, err)
			}
			got := decodeResult{Path: de.Path, Unknown: errors.Is(err, phase.ErrUnknownField)}
			if diff := cmp.Diff(decodeResult{Path: tt.want, Unknown: true}, got); diff != "" {
				t.Errorf("Unmarshal(%s): %v (-want +got):\n%s", tt.in, err, diff)
			}
			if diff := cmp.Diff(tt.into(), v); diff != "" {
				t.Errorf("a failed decode changed the value (-want +got):\n%s", diff)
			}
		})
	}
}

func plan() any       { return &Plan{Project: "unchanged"} }
func comparison() any { return &Comparison{FirstYear: 1999} }

// TestDecodeErrorPaths checks paths into lists of numbers and the choice
// between a value error and an unknown key.
func TestDecodeErrorPaths(t *testing.T) {
	tests := []struct {
		name, in, want string
		into           func() any
		err            error
	}{
		{"money in a profile", `{"benefits":[{"id":"G1","profile":[1,2,1.001]}]}`, "benefits[0].profile[2]", plan, ErrInvalidAmount},
		{"money as text in a profile", `{"benefits":[{"id":"G1","profile":[1,2,"8 MNOK"]}]}`, "benefits[0].profile[2]", plan, phase.ErrNotStored},
		{"cost of an alternative", `{"alternatives":[{"id":"A","costs":[1,0.001]}]}`, "alternatives[0].costs[1]", comparison, ErrInvalidAmount},
		{"value error before unknown key", `{"aaa":1,"benefits":[{"area":"kommune"}]}`, "benefits[0].area", plan, nil},
		{"keys differing in case", `{"benefits":[{"area":"x"}],"Benefits":[{"area":"y"}]}`, "Benefits", plan, phase.ErrUnknownField},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for range 20 {
				err := json.Unmarshal([]byte(tt.in), tt.into())
				var de *phase.PathError
				if !errors.As(err, &de) {
					t.Fatalf("Unmarshal(%s) = %v (%T), want a *phase.PathError", tt.in, err, err)
				}
				if diff := cmp.Diff(tt.want, de.Path); diff != "" {
					t.Fatalf("path of %v (-want +got):\n%s", err, diff)
				}
				if tt.err != nil && !errors.Is(err, tt.err) {
					t.Errorf("error %v does not wrap %v", err, tt.err)
				}
			}
		})
	}
}
