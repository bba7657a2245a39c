package stakeholder

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

func decodeFailure(t *testing.T, err error) decodeResult {
	t.Helper()
	var de *phase.PathError
	if !errors.As(err, &de) {
		t.Fatalf("error = %v (%T), want a *phase.PathError", err, err)
	}
	return decodeResult{Path: de.Path, Unknown: errors.Is(err, phase.ErrUnknownField)}
}

// TestUnknownFieldsRefused checks that a misspelt key is an error at every
// level of a register, a body and a membership, with the path of the key,
// and that nothing is changed.
func TestUnknownFieldsRefused(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"register", `{"name":"x","stakeholdres":[{"id":"S1","group":"g"}]}`, "stakeholdres"},
		{"organisation", `{"organisations":[{"id":"a","name":"A","kommune":"1820"}]}`, "organisations[0].kommune"},
		{"stakeholder", `{"stakeholders":[{"id":"S1","group":"g","intrest":"high"}]}`, "stakeholders[0].intrest"},
		{"measure", `{"stakeholders":[{"id":"S1","group":"g","measures":[{"description":"d","owner":"project_manager","dead":"x"}]}]}`, "stakeholders[0].measures[0].dead"},
		{"role", `{"roles":[{"role":"project_owner","persn":"x"}]}`, "roles[0].persn"},
		{"body", `{"bodies":[{"id":"sg","name":"S","nmae":"x"}]}`, "bodies[0].nmae"},
		{"member of a body", `{"bodies":[{"id":"sg","name":"S"},{"id":"pg","name":"P","members":[{"id":"a","vote":true}]}]}`, "bodies[1].members[0].vote"},
		{"rule of a body", `{"bodies":[{"id":"sg","name":"S","rule":{"quorum":1,"majorty":true}}]}`, "bodies[0].rule.majorty"},
		{"membership", `{"memberships":[{"organisation":"a"},{"organisation":"b","invitd":"2020-02-17"}]}`, "memberships[1].invitd"},
		{"membership event", `{"memberships":[{"organisation":"a","history":[{"action":"sign","date":"2020-02-25","by":"x"}]}]}`, "memberships[0].history[0].by"},
		{"communication", `{"communications":[{"stakeholder":"S1","channel":"mail"}]}`, "communications[0].channel"},
		{"involvement", `{"involvement":[{"agency":"a","counterpart":"b","level":"information_sharing","lvl":"2"}]}`, "involvement[0].lvl"},
		{"value error wins", `{"aaa":1,"stakeholders":[{"id":"S1","influence":"huge"}]}`, "stakeholders[0].influence"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := fixture(t)
			err := json.Unmarshal([]byte(tt.in), &r)
			want := decodeResult{Path: tt.want, Unknown: tt.name != "value error wins"}
			if diff := cmp.Diff(want, decodeFailure(t, err)); diff != "" {
				t.Errorf("Unmarshal(%s): %v (-want +got):\n%s", tt.in, err, diff)
			}
			if diff := cmp.Diff(fixture(t), r); diff != "" {
				t.Errorf("failed decoding changed the register (-want +got):\n%s", diff)
			}
		})
	}
}

func TestUnknownFieldsRefusedAlone(t *testing.T) {
	tests := []struct {
		name, in, want string
		into           func() any
	}{
		{"body", `{"id":"sg","name":"S","nmae":"x"}`, "nmae", func() any { return new(Body) }},
		{"member", `{"id":"sg","members":[{"id":"a","rigth":"voting"}]}`, "members[0].rigth", func() any { return new(Body) }},
		{"membership", `{"organisation":"a","sate":"invited"}`, "sate", func() any { return new(Membership) }},
		{"membership event", `{"organisation":"a","history":[{"action":"sign","date":"2020-02-25","nite":""}]}`, "history[0].nite", func() any { return new(Membership) }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := json.Unmarshal([]byte(tt.in), tt.into())
			if diff := cmp.Diff(decodeResult{Path: tt.want, Unknown: true}, decodeFailure(t, err)); diff != "" {
				t.Errorf("Unmarshal(%s): %v (-want +got):\n%s", tt.in, err, diff)
			}
		})
	}
}

// TestDecodeErrorPathDeterministic decodes documents whose keys differ
// only in case, each with an error, many times: the reported path and error
// must be the same every time.
func TestDecodeErrorPathDeterministic(t *testing.T) {
	tests := []struct {
		name, in, wantPath, wantErr string
	}{
		{"register keys", `{"stakeholders":[{"id":"S1","influence":"huge"}],"Stakeholders":[{"id":"S2","interest":"vast"}]}`,
			"Stakeholders", `veiviser: decode Stakeholders: unknown field "Stakeholders" (the field is "stakeholders")`},
		{"stakeholder keys", `{"stakeholders":[{"id":"S1","INFLUENCE":"huge","influence":"vast"}]}`,
			"stakeholders[0].INFLUENCE", `veiviser: decode stakeholders[0].INFLUENCE: unknown field "INFLUENCE" (the field is "influence")`},
		{"body keys", `{"bodies":[{"id":"sg","members":[{"id":"a","right":"veto"}],"Members":[{"id":"b","right":"king"}]}]}`,
			"bodies[0].Members", `veiviser: decode bodies[0].Members: unknown field "Members" (the field is "members")`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for range 50 {
				var r Register
				err := json.Unmarshal([]byte(tt.in), &r)
				var de *phase.PathError
				if !errors.As(err, &de) {
					t.Fatalf("error = %v, want a *phase.PathError", err)
				}
				got := [2]string{de.Path, err.Error()}
				if diff := cmp.Diff([2]string{tt.wantPath, tt.wantErr}, got); diff != "" {
					t.Fatalf("path and error (-want +got):\n%s", diff)
				}
			}
		})
	}
}

// TestZeroMembership checks that a membership without organisation is
// reported by Validate and refused by MarshalJSON, so that a register that
// cannot be read back cannot be written.
func TestZeroMembership(t *testing.T) {
	r := fixture(t)
	r.Memberships = append(r.Memberships[:1], Membership{}, r.Memberships[1])

	var got []string
	for _, f := range r.Validate() {
		got = append(got, f.Path+" "+string(f.Code)+" "+f.Severity.String())
	}
	want := []string{"memberships[1].organisation membership.organisation error"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Validate (-want +got):\n%s", diff)
	}

	for name, v := range map[string]any{"membership": Membership{}, "register": &r} {
		b, err := json.Marshal(v)
		if !errors.Is(err, ErrInvalidMembership) {
			t.Errorf("Marshal(%s) = %s, %v; want an error wrapping ErrInvalidMembership", name, b, err)
		}
	}
	var me *MembershipError
	_, err := json.Marshal(Membership{})
	if !errors.As(err, &me) {
		t.Fatalf("Marshal error %v is not a *MembershipError", err)
	}
	const wantText = `veiviser: membership of "": invalid membership change: organisation: The membership has no organisation [membership.organisation]`
	if diff := cmp.Diff(wantText, me.Error()); diff != "" {
		t.Errorf("Error() (-want +got):\n%s", diff)
	}

	// Every register that Validate accepts can be written and read back.
	r.Memberships = append(r.Memberships[:1], r.Memberships[2:]...)
	if fs := r.Validate(); fs.HasErrors() {
		t.Fatalf("Validate: %v", fs)
	}
	var back Register
	if err := json.Unmarshal(mustMarshal(t, &r), &back); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(r, back); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
}
