package stakeholder_test

import (
	"errors"
	"fmt"

	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// A steering group as in seed 000: chief executives vote, the county
// governor, the county authority and KS observe. A tie is decided by the
// chair; a vote from an observer is refused.
func ExampleBody_Tally() {
	sg := stakeholder.Body{
		ID: "styringsgruppe", Kind: stakeholder.SteeringGroup, Name: "Styringsgruppen", Chair: "vefsn",
		Members: []stakeholder.Member{
			{ID: "vefsn", Position: "rådmann", Right: stakeholder.Voting},
			{ID: "rana", Position: "rådmann", Right: stakeholder.Voting},
			{ID: "alstahaug", Position: "rådmann", Right: stakeholder.Voting},
			{ID: "bronnoy", Position: "rådmann", Right: stakeholder.Voting},
			{ID: "ks", Right: stakeholder.Observer},
		},
	}
	res, err := sg.Tally(stakeholder.Ballot{Votes: []stakeholder.Vote{
		{Member: "vefsn", Choice: stakeholder.For},
		{Member: "rana", Choice: stakeholder.Against},
		{Member: "alstahaug", Choice: stakeholder.For},
		{Member: "bronnoy", Choice: stakeholder.Against},
	}})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("%d–%d: %s (%s)\n", res.For, res.Against, res.Resolution.Label(phase.Bokmal), res.Method.Label(phase.Bokmal))

	_, err = sg.Tally(stakeholder.Ballot{Votes: []stakeholder.Vote{{Member: "ks", Choice: stakeholder.For}}})
	fmt.Println(errors.Is(err, stakeholder.ErrObserverVote), stakeholder.Observer.Label(phase.Bokmal))
	// Output:
	// 2–2: Vedtatt (Lederen avgjorde ved stemmelikhet)
	// true Møte-, tale- og forslagsrett
}

// Membership of a collaboration is a state machine; a refused change
// leaves the membership as it was.
func ExampleMembership() {
	m, _ := stakeholder.NewMembership("luroy", phase.Date{})
	_ = m.Decline(phase.MustDate("2020-02-25"), "")
	err := m.Sign(phase.MustDate("2020-03-01"), "")
	fmt.Println(m.State().Label(phase.Bokmal), errors.Is(err, phase.ErrNotAllowed))
	// Output: Takket nei true
}

func ExampleParseOrgNumber() {
	n, err := stakeholder.ParseOrgNumber("NO 974 760 673 MVA")
	fmt.Println(n, n.Format(), err)
	_, err = stakeholder.ParseOrgNumber("974 760 674")
	fmt.Println(err)
	// Output:
	// 974760673 974 760 673 <nil>
	// veiviser: invalid organisation number "974 760 674": check digit does not match
}

func ExampleRegister_Classify() {
	r := stakeholder.Register{Stakeholders: []stakeholder.Stakeholder{
		{ID: "S1", Group: "IT-ledere", Interest: stakeholder.High, Influence: stakeholder.Medium},
		{ID: "S2", Group: "Innbyggere", Interest: stakeholder.Medium, Influence: stakeholder.Low},
		{ID: "S3", Group: "Ansatte", Interest: stakeholder.Medium, Influence: stakeholder.Low},
	}}
	g := r.Classify()
	for _, q := range stakeholder.Quadrants() {
		fmt.Printf("%s: %v\n", q.Label(phase.Bokmal), g.In(q))
	}
	// Output:
	// Følg opp tett: [S1]
	// Hold tilfreds: []
	// Hold informert: [S2 S3]
	// Overvåk: []
}

// Roles.Check is what the root package uses as a gate for BP2.
func ExampleRoles_Check() {
	roles := stakeholder.Roles{
		{Role: stakeholder.ProjectOwner, Position: "rådmann", Person: "Kari Nordmann"},
		{Role: stakeholder.ProjectManager, Position: "prosjektleder", Person: "Ola Nordmann"},
	}
	for _, f := range roles.Check(phase.BP2) {
		fmt.Println(f.Code, "–", f.Message.NB)
	}
	// Output:
	// role.benefit_responsible_missing – Gevinstansvarlig må være utpekt før BP2 (sjekkliste BP2 punkt 4)
}

// A register for publishing keeps roles and organisations and drops names.
func ExampleRegister_Redacted() {
	r := stakeholder.Register{
		Roles: stakeholder.Roles{{Role: stakeholder.ProjectManager, Position: "prosjektleder", Person: "Ola Nordmann"}},
		Stakeholders: []stakeholder.Stakeholder{{ID: "S1", Group: "IT-ledere",
			InformationNeeds: "Kontakt Ola Nordmann"}},
	}
	pub := r.Redacted()
	a := pub.Roles[0]
	fmt.Printf("%s, %s, %q, redacted=%v\n", a.Role.Label(phase.Bokmal), a.Position, a.Person, a.Redacted)
	fmt.Println(pub.Stakeholders[0].InformationNeeds)
	// Output:
	// Prosjektleder, prosjektleder, "", redacted=true
	// Kontakt (navn fjernet)
}
