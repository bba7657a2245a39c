package stakeholder

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/phase"
)

func TestRegisterJSONGolden(t *testing.T) {
	r := fixture(t)
	b, err := json.MarshalIndent(&r, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "register.golden.json"), append(b, '\n'))

	var back Register
	if err := json.Unmarshal(b, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	// The golden file decodes to the fixture too: the wire format is stable.
	data, err := os.ReadFile(filepath.Join("testdata", "register.golden.json"))
	if err != nil {
		t.Fatal(err)
	}
	var fromFile Register
	if err := json.Unmarshal(data, &fromFile); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, fromFile); diff != "" {
		t.Errorf("golden file decodes differently (-want +got):\n%s", diff)
	}
}

func TestBodyJSONRoundTrip(t *testing.T) {
	b := board(3)
	b.Rule.Quorum = 2
	b.Members[0].Person = "Kari Nordmann"
	b.Members[1].Redacted = true
	data, err := json.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	var back Body
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(b, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	res, err := b.Tally(Ballot{Votes: votes(For, Against), ChairRuling: For})
	if err != nil {
		t.Fatal(err)
	}
	data, err = json.Marshal(res)
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"resolution":"adopted","method":"chair","for":1,"against":1,"abstain":0,"voting":3}`
	if string(data) != want {
		t.Errorf("Result JSON = %s, want %s", data, want)
	}
}

func TestRegisterJSONErrors(t *testing.T) {
	tests := []struct {
		name     string
		in       string
		wantPath string
		wantErr  error
	}{
		{"unknown level", `{"stakeholders":[{"id":"S1","group":"g"},{"id":"S2","group":"g","influence":"huge"}]}`,
			"stakeholders[1].influence", phase.ErrUnknownValue},
		{"unknown status", `{"stakeholders":[{"id":"S1","group":"g","measures":[{"description":"d","status":"started"}]}]}`,
			"stakeholders[0].measures[0].status", phase.ErrUnknownValue},
		{"empty enum", `{"organisations":[{"id":"a","name":"A","kind":""}]}`, "organisations[0].kind", phase.ErrUnknownValue},
		{"bad org number", `{"organisations":[{"id":"a","name":"A","orgNumber":"974760674"}]}`, "organisations[0].orgNumber", ErrInvalidOrgNumber},
		{"bad date", `{"communications":[{"stakeholder":"S1","date":"30.02.2020"}]}`, "communications[0].date", phase.ErrInvalidDate},
		{"unknown right in body", `{"bodies":[{"id":"sg","members":[{"id":"a","right":"voting"},{"id":"b","right":"veto"}]}]}`,
			"bodies[0].members[1].right", phase.ErrUnknownValue},
		{"unknown rule field type", `{"bodies":[{"id":"sg","rule":{"quorum":"many"}}]}`, "bodies[0].rule.quorum", nil},
		{"unknown role", `{"roles":[{"role":"project_owner"},{"role":"king"}]}`, "roles[1].role", phase.ErrUnknownValue},
		{"unknown level on ladder", `{"involvement":[{"agency":"a","counterpart":"b","level":"5"}]}`, "involvement[0].level", phase.ErrUnknownValue},
		{"membership history", `{"memberships":[{"organisation":"a"},{"organisation":"b","history":[{"action":"withdraw","date":"2020-02-25"}]}]}`,
			"memberships[1].history[0]", phase.ErrNotAllowed},
		{"membership action", `{"memberships":[{"organisation":"b","history":[{"action":"join","date":"2020-02-25"}]}]}`,
			"memberships[0].history[0].action", phase.ErrUnknownValue},
		// Paths spell keys as the document does, as the root package's
		// Decode and benefit's decoders do.
		// A key in another case than the field's is refused.
		{"key case folded", `{"stakeholders":[{"ID":"S1","Influence":"huge"}]}`, "stakeholders[0].ID", phase.ErrUnknownField},
		{"duplicate organisation", `{"organisations":[{"id":"a","name":"A"},{"id":"b","name":"B"},{"id":"a","name":"A"}]}`, "organisations[2].id", phase.ErrDuplicateID},
		{"duplicate stakeholder", `{"stakeholders":[{"id":"S1","group":"g"},{"id":"S1","group":"g"}]}`, "stakeholders[1].id", phase.ErrDuplicateID},
		{"duplicate body", `{"bodies":[{"id":"sg","name":"S"},{"id":"sg","name":"S"}]}`, "bodies[1].id", phase.ErrDuplicateID},
		{"duplicate member", `{"bodies":[{"id":"sg","name":"S"},{"id":"pg","name":"P","members":[{"id":"a"},{"id":"a"}]}]}`, "bodies[1].members[1].id", phase.ErrDuplicateID},
		{"duplicate membership", `{"memberships":[{"organisation":"a"},{"organisation":"a"}]}`, "memberships[1].organisation", phase.ErrDuplicateID},
		{"not an object", `[]`, "", nil},
		{"malformed", `{"stakeholders":[`, "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := fixture(t)
			err := json.Unmarshal([]byte(tt.in), &r)
			if tt.name == "malformed" {
				var se *json.SyntaxError
				if !errors.As(err, &se) {
					t.Errorf("error = %v, want *json.SyntaxError", err)
				}
			} else {
				var de *phase.PathError
				if !errors.As(err, &de) {
					t.Fatalf("error = %v, want *phase.PathError", err)
				}
				if de.Path != tt.wantPath {
					t.Errorf("path = %q, want %q (%v)", de.Path, tt.wantPath, err)
				}
				if tt.wantErr != nil && !errors.Is(err, tt.wantErr) {
					t.Errorf("error = %v, want %v", err, tt.wantErr)
				}
			}
			if diff := cmp.Diff(fixture(t), r); diff != "" {
				t.Errorf("failed decoding changed the register (-want +got):\n%s", diff)
			}
		})
	}
}

func TestDecodeErrorText(t *testing.T) {
	var r Register
	err := json.Unmarshal([]byte(`{"stakeholders":[{"id":"S1","influence":"huge"}]}`), &r)
	if got, want := err.Error(), `veiviser: decode stakeholders[0].influence: unknown level "huge"`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
	err = json.Unmarshal([]byte(`{"bodies":[{"id":"x","name":"X"},{"id":"x","name":"X"}]}`), &r)
	if got, want := err.Error(), `veiviser: decode bodies[1].id: duplicate ID "x" (first at bodies[0])`; got != want {
		t.Errorf("Error() = %q, want %q", got, want)
	}
}

func TestMarshalRefusesUnknownValues(t *testing.T) {
	r := fixture(t)
	r.Stakeholders[0].Influence = 9
	if _, err := json.Marshal(&r); !errors.Is(err, phase.ErrUnknownValue) {
		t.Errorf("Marshal error = %v, want ErrUnknownValue", err)
	}
}

// FuzzRegisterJSON checks that decoding never panics, and that whatever
// decodes re-encodes and decodes to the same register.
func FuzzRegisterJSON(f *testing.F) {
	seed, err := os.ReadFile(filepath.Join("testdata", "register.golden.json"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(seed)
	for _, s := range []string{`{}`, `null`, `{"stakeholders":[{"id":"S1","influence":"huge"}]}`,
		`{"memberships":[{"organisation":"a","history":[{"action":"sign","date":"2020-02-25"}]}]}`,
		`{"bodies":[{"id":"sg","members":[{"id":"a"},{"id":"a"}]}]}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var r Register
		if err := json.Unmarshal(data, &r); err != nil {
			return
		}
		b, err := json.Marshal(&r)
		if err != nil {
			t.Fatalf("decoded register does not encode: %v", err)
		}
		var back Register
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatalf("re-encoded register does not decode: %v\n%s", err, b)
		}
		// Empty lists are omitted and decode as nil.
		if diff := cmp.Diff(r, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
		if !bytes.Equal(b, mustMarshal(t, &back)) {
			t.Fatal("encoding is not stable")
		}
	})
}

// FuzzBodyJSON is FuzzRegisterJSON for a body on its own.
func FuzzBodyJSON(f *testing.F) {
	f.Add([]byte(`{"id":"sg","kind":"steering_group","name":"S","chair":"a","members":[{"id":"a","right":"voting"}],"rule":{"quorum":1}}`))
	f.Add([]byte(`{"members":[{"id":"a"},{"id":"a"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		var b Body
		if err := json.Unmarshal(data, &b); err != nil {
			return
		}
		var back Body
		if err := json.Unmarshal(mustMarshal(t, b), &back); err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(b, back, cmpopts.EquateEmpty()); diff != "" {
			t.Fatalf("round trip (-want +got):\n%s", diff)
		}
	})
}

func mustMarshal(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}
