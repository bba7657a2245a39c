package stakeholder

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

func TestRegisterValidate(t *testing.T) {
	const (
		E = phase.SeverityError
		W = phase.SeverityWarning
	)
	tests := []struct {
		name string
		edit func(*Register)
		want []codeRow
	}{
		{"fields", func(r *Register) {
			r.Stakeholders[1].Interest = 0
			r.Stakeholders[1].Category = 0
			r.Stakeholders[0].Measures[0].Owner = 0
			r.Stakeholders[0].Expectations = "<forventning>"
			r.Organisations[0].MunicipalityNumber = "18200"
			r.Communications[0].When = ""
			r.Involvement[0].Date = phase.Date{}
		}, []codeRow{
			{"field.kommunenr", "organisations[0].municipalityNumber", E},
			{"field.filled", "stakeholders[0].expectations", E},
			{"field.valid", "stakeholders[0].measures[0].owner", E},
			{"field.valid", "stakeholders[1].category", E},
			{"field.valid", "stakeholders[1].interest", E},
			{"field.filled", "communications[0].when", E},
			{"field.valid", "involvement[0].date", E},
		}},
		{"duplicate ids", func(r *Register) {
			r.Organisations = append(r.Organisations, Organisation{ID: "ks", Name: "KS igjen", Kind: KS})
			r.Stakeholders[3].ID = "S1"
			r.Bodies[1].ID = "sg"
			r.Memberships = append(r.Memberships, r.Memberships[0])
		}, []codeRow{
			{"register.duplicate_id", "organisations[5].id", E},
			{"register.duplicate_id", "stakeholders[3].id", E},
			{"register.duplicate_id", "bodies[1].id", E},
			{"register.duplicate_id", "memberships[3].organisation", E},
			{"register.unknown_ref", "roles[3].body", E},
		}},
		{"dangling references", func(r *Register) {
			r.Stakeholders[2].Organisation = "vefsn"
			r.Roles[0].Organisation = "vefsn"
			r.Roles[3].Body = "fg-helse"
			r.Bodies[0].Members[1].Organisation = "fylkesmannen"
			r.Bodies[0].Chair = "nobody"
			m, _ := NewMembership("træna", phase.Date{})
			r.Memberships = append(r.Memberships, m)
			r.Communications[0].Stakeholder = "S9"
			r.Involvement[0].Agency = "difi"
		}, []codeRow{
			{"register.unknown_ref", "stakeholders[2].organisation", E},
			{"register.unknown_ref", "roles[0].organisation", E},
			{"register.unknown_ref", "roles[3].body", E},
			{"body.chair_unknown", "bodies[0].chair", E},
			{"register.unknown_ref", "bodies[0].members[1].organisation", E},
			{"register.unknown_ref", "memberships[3].organisation", E},
			{"register.unknown_ref", "communications[0].stakeholder", E},
			{"communication.missing", "stakeholders[0]", E},
			{"register.unknown_ref", "involvement[0].agency", E},
		}},
		{"communication gaps", func(r *Register) {
			r.Communications = r.Communications[2:]
			r.Stakeholders[3].Interest = Medium // S4 now needs communication too
		}, []codeRow{
			{"communication.missing", "stakeholders[0]", E},
			{"communication.missing", "stakeholders[1]", E},
			{"communication.missing", "stakeholders[3]", E},
		}},
		{"low interest and influence need no communication", func(r *Register) {
			r.Communications = r.Communications[:2]
			r.Stakeholders[2].Influence = Low
		}, nil},
		{"involvement kinds", func(r *Register) {
			r.Involvement[0].Agency = "ks"
			r.Involvement[1].Counterpart = "brreg"
		}, []codeRow{
			{"involvement.agency_kind", "involvement[0].agency", E},
			{"involvement.counterpart_kind", "involvement[1].counterpart", E},
		}},
		{"roles and bodies", func(r *Register) {
			r.Roles = append(r.Roles, Assignment{Role: ProjectOwner, Person: "Per Hansen"})
			r.Bodies[0].Rule.Quorum = 2
			r.Organisations[3].MunicipalityNumber = "0000"
		}, []codeRow{
			{"organisation.municipality_number", "organisations[3].municipalityNumber", W},
			{"role.owner_multiple", "roles[4].role", E},
			{"body.quorum_unreachable", "bodies[0].rule.quorum", E},
		}},
		{"names in free text", func(r *Register) {
			r.Stakeholders[0].InformationNeeds = "Ring Ola Nordmann ved behov"
			r.Communications[2].Message = "Status fra Kari Nordmann."
			r.Bodies[0].Members[1].Position = "Kari Nordmanns rådgiver"    // a genitive is the name too
			r.Bodies[1].Members[0].Position = "Kari Nordmannsens rådgiver" // another name: not found
		}, []codeRow{
			{"privacy.name_in_text", "stakeholders[0].informationNeeds", W},
			{"privacy.name_in_text", "bodies[0].members[1].position", W},
			{"privacy.name_in_text", "communications[2].message", W},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := fixture(t)
			tt.edit(&r)
			if diff := cmp.Diff(tt.want, codeRows(r.Validate())); diff != "" {
				t.Errorf("Validate (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFindingMessages(t *testing.T) {
	r := fixture(t)
	r.Stakeholders[0].ID = "S2"
	r.Communications = nil
	r.Roles = append(r.Roles, r.Roles[0])
	for _, f := range r.Validate() {
		if f.Message.NB == "" || f.Message.NN == "" || f.Message.EN == "" || !f.Severity.IsValid() {
			t.Errorf("finding %v lacks a message or severity", f)
		}
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		interest, influence Level
		want                Quadrant
	}{
		{High, High, ManageClosely},
		{Medium, Medium, ManageClosely},
		{Low, High, KeepSatisfied},
		{None, Medium, KeepSatisfied},
		{High, Low, KeepInformed},
		{Medium, None, KeepInformed},
		{Low, Low, Monitor},
		{None, None, Monitor},
		{0, High, 0},
		{High, 0, 0},
		{9, High, 0},
	}
	for _, tt := range tests {
		if got := Classify(tt.interest, tt.influence); got != tt.want {
			t.Errorf("Classify(%v, %v) = %v, want %v", tt.interest, tt.influence, got, tt.want)
		}
	}
	for _, q := range Quadrants() {
		if q.Strategy(phase.Bokmal) == "" || q.Strategy(phase.English) == "" {
			t.Errorf("%v has no strategy", q)
		}
	}
	if Quadrant(0).Strategy(phase.Bokmal) != "" {
		t.Error("zero quadrant has a strategy")
	}
}

func TestRegisterClassify(t *testing.T) {
	r := fixture(t)
	r.Stakeholders = append(r.Stakeholders, Stakeholder{ID: "S5", Group: "Ukjent"}, Stakeholder{ID: "S6", Group: "Ansatte", Interest: High, Influence: Low})
	g := r.Classify()
	got := map[Quadrant][]string{}
	for _, q := range append([]Quadrant{0}, Quadrants()...) {
		if ids := g.In(q); len(ids) > 0 {
			got[q] = ids
		}
	}
	want := map[Quadrant][]string{
		0:             {"S5"},
		ManageClosely: {"S1"},
		KeepSatisfied: {"S3"},
		KeepInformed:  {"S2", "S6"},
		Monitor:       {"S4"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("Classify (-want +got):\n%s", diff)
	}
	if g.Len() != 6 || g.In(Quadrant(9)) != nil {
		t.Errorf("Len() = %d, In(9) = %v", g.Len(), g.In(9))
	}
	if len((&Register{}).Classify().In(Monitor)) != 0 {
		t.Error("empty register has stakeholders")
	}
}

func TestRegisterLookups(t *testing.T) {
	r := fixture(t)
	if o, ok := r.Organisation("ks"); !ok || o.Kind != KS {
		t.Errorf("Organisation(ks) = %v, %v", o, ok)
	}
	if _, ok := r.Organisation("x"); ok {
		t.Error("Organisation(x) found")
	}
	s, ok := r.Stakeholder("S1")
	if !ok {
		t.Fatal("Stakeholder(S1) not found")
	}
	s.Measures[0].Description = "changed"
	if r.Stakeholders[0].Measures[0].Description == "changed" {
		t.Error("Stakeholder returns shared measures")
	}
	if _, ok := r.Stakeholder("x"); ok {
		t.Error("Stakeholder(x) found")
	}
	b, ok := r.Body("sg")
	if !ok || b != &r.Bodies[0] {
		t.Error("Body(sg) does not point into the register")
	}
	if _, ok := r.Body("x"); ok {
		t.Error("Body(x) found")
	}
	m, ok := r.Membership("nesna")
	if !ok {
		t.Fatal("Membership(nesna) not found")
	}
	if err := m.Sign(phase.MustDate("2020-03-01"), ""); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff([]string{"alstahaug", "nesna"}, r.MembersIn(Signed)); diff != "" {
		t.Errorf("MembersIn(Signed) (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"luroy"}, r.MembersIn(Declined)); diff != "" {
		t.Errorf("MembersIn(Declined) (-want +got):\n%s", diff)
	}
	if _, ok := r.Membership("x"); ok {
		t.Error("Membership(x) found")
	}
	if got := len(r.CommunicationsFor("S1")); got != 1 {
		t.Errorf("CommunicationsFor(S1) = %d", got)
	}
}

func TestRegisterClone(t *testing.T) {
	r := fixture(t)
	c := r.Clone()
	c.Stakeholders[0].Measures[0].Status = Done
	c.Bodies[0].Members[0].Person = "x"
	c.Organisations[0].Name = "x"
	c.Roles[0].Person = "x"
	c.Communications[0].Goal = "x"
	c.Involvement[0].Justification = "x"
	c.Memberships[0].history[0].Note = "x"
	if diff := cmp.Diff(fixture(t), r); diff != "" {
		t.Errorf("changing a clone changed the original (-want +got):\n%s", diff)
	}
}

func TestInvolvementLevel(t *testing.T) {
	r := fixture(t)
	tests := []struct {
		asOf   string
		want   CoordinationLevel
		wantOK bool
	}{
		{"2020-02-01", 0, false},
		{"2020-03-01", InformationSharing, true},
		{"2020-08-31", InformationSharing, true},
		{"2021-01-01", SharedUnderstanding, true},
	}
	for _, tt := range tests {
		got, ok := r.InvolvementLevel("brreg", "ks", phase.MustDate(tt.asOf))
		if got != tt.want || ok != tt.wantOK {
			t.Errorf("InvolvementLevel(%s) = %v, %v; want %v, %v", tt.asOf, got, ok, tt.want, tt.wantOK)
		}
	}
	r.Involvement = append(r.Involvement, Involvement{Agency: "brreg", Counterpart: "ks", Level: AdjustedPlans, Date: phase.MustDate("2020-09-01")})
	if got, _ := r.InvolvementLevel("brreg", "ks", phase.MustDate("2021-01-01")); got != AdjustedPlans {
		t.Errorf("same-day records: got %v, want the last", got)
	}
	if _, ok := r.InvolvementLevel("brreg", "alstahaug", phase.MustDate("2021-01-01")); ok {
		t.Error("found a level for another counterpart")
	}
}
