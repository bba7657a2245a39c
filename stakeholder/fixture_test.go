package stakeholder

import (
	"testing"

	"github.com/digitale-helgeland/veiviser/phase"
)

// fixture returns a small register that uses every feature of the package
// and is valid. Person names are the Norwegian dummy names "Kari Nordmann"
// and "Ola Nordmann".
func fixture(t testing.TB) Register {
	t.Helper()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	alstahaug, err := NewMembership("alstahaug", phase.Date{})
	must(err)
	must(alstahaug.Sign(phase.MustDate("2020-02-25"), "Signert i styringsgruppemøtet"))
	luroy, err := NewMembership("luroy", phase.MustDate("2020-02-17"))
	must(err)
	must(luroy.Decline(phase.MustDate("2020-02-25"), ""))
	nesna, err := NewMembership("nesna", phase.Date{})
	must(err)
	return Register{
		Name: "Digitale Helgeland",
		Organisations: []Organisation{
			{ID: "alstahaug", Name: "Alstahaug kommune", Kind: Municipality, MunicipalityNumber: "1820"},
			{ID: "luroy", Name: "Lurøy kommune", Kind: Municipality, MunicipalityNumber: "1834"},
			{ID: "nesna", Name: "Nesna kommune", Kind: Municipality, MunicipalityNumber: "1828"},
			{ID: "ks", Name: "KS", Kind: KS},
			{ID: "brreg", Name: "Brønnøysundregistrene", Kind: StateAgency, Number: MustOrgNumber("974 760 673")},
		},
		Stakeholders: []Stakeholder{
			{ID: "S1", Group: "IT-ledere", Category: User, Interest: High, Influence: Medium,
				Expectations: "Oversikt over systemer", Attitude: Positive, InformationNeeds: "Fremdrift",
				Measures: []Measure{{Description: "Kartlegge systemer", Owner: ProjectManager, Deadline: phase.MustDate("2020-06-30"), Status: Planned}}},
			{ID: "S2", Group: "Innbyggere", Category: User, Interest: Medium, Influence: Low},
			{ID: "S3", Group: "Rådmann", Organisation: "alstahaug", Name: "Kari Nordmann", LineRole: "rådmann",
				Category: Management, Interest: Low, Influence: High},
			{ID: "S4", Group: "Leverandører", Category: Supplier, Interest: Low, Influence: None},
		},
		Roles: Roles{
			{Role: ProjectOwner, Position: "rådmann", Organisation: "alstahaug", Person: "Kari Nordmann"},
			{Role: ProjectManager, Position: "prosjektleder", Person: "Ola Nordmann"},
			{Role: BenefitResponsible, Position: "kommunalsjef", Organisation: "alstahaug", Person: "Kari Nordmann"},
			{Role: WorkingGroupMember, Position: "IT-leder", Organisation: "alstahaug", Body: "fg-ikt", Person: "Ola Nordmann"},
		},
		Bodies: []Body{
			{ID: "sg", Kind: SteeringGroup, Name: "Styringsgruppen", Chair: "alstahaug", Rule: Rule{Quorum: 1}, Members: []Member{
				{ID: "alstahaug", Organisation: "alstahaug", Position: "rådmann", Person: "Kari Nordmann", Right: Voting},
				{ID: "ks", Organisation: "ks", Position: "rådgiver", Right: Observer},
			}},
			{ID: "fg-ikt", Kind: WorkingGroup, Name: "IKT-systemer", Members: []Member{
				{ID: "m1", Organisation: "alstahaug", Position: "IT-leder", Person: "Ola Nordmann", Right: Voting},
			}},
		},
		Memberships: []Membership{alstahaug, luroy, nesna},
		Communications: []Communication{
			{Stakeholder: "S1", Goal: "Kartlegge systemer", Message: "Vi trenger oversikten", Form: Workshop, When: "Mars 2020", Responsible: ProjectManager},
			{Stakeholder: "S2", Goal: "Innsikt", Message: "Hva savner du?", Form: Survey, When: "Våren 2020", Date: phase.MustDate("2020-04-15"), Responsible: Secretariat},
			{Stakeholder: "S3", Goal: "Forankring", Message: "Status og beslutninger", Form: Meeting, When: "Kvartalsvis", Responsible: ProjectManager},
		},
		Involvement: []Involvement{
			{Agency: "brreg", Counterpart: "ks", Level: InformationSharing, Date: phase.MustDate("2020-03-01"), Justification: "Gjensidig orientering"},
			{Agency: "brreg", Counterpart: "ks", Level: SharedUnderstanding, Date: phase.MustDate("2020-09-01"), Justification: "Felles workshop"},
		},
	}
}

func TestFixtureIsValid(t *testing.T) {
	r := fixture(t)
	if fs := r.Validate(); len(fs) != 0 {
		t.Fatalf("fixture is not valid:\n%v", fs)
	}
}
