package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// helgelandMunicipality is one of the 18 municipalities on the distribution
// list of the mandate (seed 000), with its municipality number as of 2020
// (Statistics Norway's numbering, county 18 Nordland).
type helgelandMunicipality struct {
	id, name, number string
}

var helgelandMunicipalities = []helgelandMunicipality{
	{"alstahaug", "Alstahaug", "1820"}, {"bindal", "Bindal", "1811"}, {"bronnoy", "Brønnøy", "1813"},
	{"donna", "Dønna", "1827"}, {"grane", "Grane", "1825"}, {"hattfjelldal", "Hattfjelldal", "1826"},
	{"hemnes", "Hemnes", "1832"}, {"heroy", "Herøy", "1818"}, {"leirfjord", "Leirfjord", "1822"},
	{"luroy", "Lurøy", "1834"}, {"nesna", "Nesna", "1828"}, {"rana", "Rana", "1833"},
	{"rodoy", "Rødøy", "1836"}, {"somna", "Sømna", "1812"}, {"traena", "Træna", "1835"},
	{"vefsn", "Vefsn", "1824"}, {"vega", "Vega", "1815"}, {"vevelstad", "Vevelstad", "1816"},
}

// helgelandStakeholders builds the stakeholder register of Digitale
// Helgeland as the seeds describe it after the steering group meeting of
// 25 February 2020.
func helgelandStakeholders() (stakeholder.Register, error) {
	r := stakeholder.Register{Name: "Digitale Helgeland"}
	for _, m := range helgelandMunicipalities {
		r.Organisations = append(r.Organisations, stakeholder.Organisation{
			ID: m.id, Name: m.name + " kommune", Kind: stakeholder.Municipality, MunicipalityNumber: m.number})
	}
	// The three observers of the steering group (seed 000, "Styringsgruppe").
	r.Organisations = append(r.Organisations,
		stakeholder.Organisation{ID: "fylkesmannen", Name: "Fylkesmannen i Nordland", Kind: stakeholder.StateAgency},
		stakeholder.Organisation{ID: "fylkeskommunen", Name: "Nordland fylkeskommune", Kind: stakeholder.County},
		stakeholder.Organisation{ID: "ks", Name: "KS", Kind: stakeholder.KS},
	)

	// Membership after 25 February 2020 (seed 002, "Underskrift av
	// samarbeidsavtale"). The chief executives of Sør-Helgeland (Brønnøy,
	// Sømna, Bindal, Vega, Vevelstad: the meeting on Monday 24 February)
	// signed there; the chief executives at the meeting on 25 February
	// signed too. The distribution list of the mandate ties six of those
	// present to Alstahaug, Grane, Hattfjelldal, Herøy, Rana and Vefsn. That
	// makes eleven; the minutes say twelve, but the one further person
	// present is not on the distribution list, so the twelfth municipality
	// cannot be named from the sources and stays "invited" here. Lurøy
	// declined; the date of its answer is not given, so the minutes' date is
	// used. The invitation date is not known either.
	signed := map[string]string{
		"bronnoy": "2020-02-24", "somna": "2020-02-24", "bindal": "2020-02-24", "vega": "2020-02-24", "vevelstad": "2020-02-24",
		"alstahaug": "2020-02-25", "grane": "2020-02-25", "hattfjelldal": "2020-02-25", "heroy": "2020-02-25",
		"rana": "2020-02-25", "vefsn": "2020-02-25",
	}
	for _, m := range helgelandMunicipalities {
		ms, err := stakeholder.NewMembership(m.id, phase.Date{})
		if err != nil {
			return r, err
		}
		switch d, ok := signed[m.id]; {
		case ok && d == "2020-02-24":
			err = ms.Sign(phase.MustDate(d), "Signert på møtet med rådmennene på Sør-Helgeland")
		case ok:
			err = ms.Sign(phase.MustDate(d), "Signert på styringsgruppemøtet")
		case m.id == "luroy":
			err = ms.Decline(phase.MustDate("2020-02-25"), "Takket nei til videre samarbeid; svardato ikke oppgitt, registrert i referatet")
		}
		if err != nil {
			return r, err
		}
		r.Memberships = append(r.Memberships, ms)
	}

	// The steering group: the chief executives (rådmenn) of the
	// municipalities that joined vote; the county governor, the county
	// authority and KS have "møte-, tale- og forslagsrett". The seeds do not
	// say who chairs it; this example makes the chief executive of Vefsn,
	// host of the meeting on 25 February, the chair.
	sg := stakeholder.Body{ID: "styringsgruppe", Kind: stakeholder.SteeringGroup,
		Name: "Styringsgruppen for Digitale Helgeland", Chair: "vefsn"}
	for _, id := range r.MembersIn(stakeholder.Signed) {
		sg.Members = append(sg.Members, stakeholder.Member{ID: id, Organisation: id, Position: "rådmann", Right: stakeholder.Voting})
	}
	for _, id := range []string{"fylkesmannen", "fylkeskommunen", "ks"} {
		sg.Members = append(sg.Members, stakeholder.Member{ID: id, Organisation: id, Position: "representant", Right: stakeholder.Observer})
	}
	r.Bodies = append(r.Bodies, sg)

	// The project manager is the secretariat (seed 000, "Sekretariat"). The
	// name is in the register, and left out of everything printed.
	r.Roles = stakeholder.Roles{
		{Role: stakeholder.ProjectManager, Position: "prosjektleder", Person: "Hilde T Lauvset Rafaelsen"},
		{Role: stakeholder.Secretariat, Position: "prosjektleder", Person: "Hilde T Lauvset Rafaelsen"},
	}

	// The stakeholders of the concept phase (seed 000, "Interessenter i
	// konseptfasen"). The mandate does not grade interest and influence;
	// the grades are this example's assessment.
	pm := stakeholder.ProjectManager
	r.Stakeholders = []stakeholder.Stakeholder{
		{ID: "S1", Group: "IT-ledere", LineRole: "IT-leder", Category: stakeholder.Supplier,
			Expectations: "Har mest oversikt over fagprogram og systemer som brukes ute på områdene",
			Interest:     stakeholder.High, Influence: stakeholder.Medium,
			InformationNeeds: "Hva som skal kartlegges, og hvordan resultatet brukes",
			Measures: []stakeholder.Measure{{Description: "Involvere alle IT-ledere i kartleggingen av systemer og tjenester",
				Owner: pm, Status: stakeholder.Planned}}},
		{ID: "S2", Group: "Fagansvarlige", LineRole: "fagansvarlig", Category: stakeholder.User,
			Expectations: "Brukere med god overordnet kjennskap til systemer og tjenester på sitt fagområde",
			Interest:     stakeholder.High, Influence: stakeholder.Medium,
			InformationNeeds: "Hvilke fagprogram som kan bli felles",
			Measures: []stakeholder.Measure{{Description: "Kartlegge fagprogram, systemer og tjenester, og hvor fornøyd man er med dem",
				Owner: pm, Status: stakeholder.Planned}}},
		{ID: "S3", Group: "Innbyggere", Category: stakeholder.User,
			Expectations: "Forventninger til digitale tjenester fra kommunene",
			Interest:     stakeholder.Medium, Influence: stakeholder.Low,
			Measures: []stakeholder.Measure{{Description: "Brukerundersøkelse blant innbyggere",
				Owner: pm, Status: stakeholder.Planned}}},
		{ID: "S4", Group: "Ansatte", Category: stakeholder.User,
			Expectations: "Forventninger og utfordringer, og hvilke tjenester som gir mest gevinst digitalisert",
			Interest:     stakeholder.Medium, Influence: stakeholder.Low,
			Measures: []stakeholder.Measure{{Description: "Brukerundersøkelse blant ansatte",
				Owner: pm, Status: stakeholder.Planned}}},
	}
	r.Communications = []stakeholder.Communication{
		{Stakeholder: "S1", Goal: "Kartlegge alle systemer og tjenester", Message: "Vi trenger oversikten fra hver kommune",
			Form: stakeholder.Workshop, When: "Konseptfasen", Responsible: pm},
		{Stakeholder: "S2", Goal: "Kartlegge fagprogram og finne felles løsninger", Message: "Hva fungerer bra og dårlig i dag?",
			Form: stakeholder.Workshop, When: "Konseptfasen", Responsible: pm},
		{Stakeholder: "S3", Goal: "Innsikt i behov", Message: "Hva er du fornøyd med, og hvilke tjenester savner du?",
			Form: stakeholder.Survey, When: "Konseptfasen", Responsible: pm},
		{Stakeholder: "S4", Goal: "Finne flaskehalser i saksbehandlingen", Message: "Hvilke tjenester gir mest gevinst digitalisert?",
			Form: stakeholder.Survey, When: "Konseptfasen", Responsible: pm},
	}
	return r, nil
}

// printStakeholders prints the collaboration's members, its steering group
// with a tied vote, and the stakeholder register with the interest/influence
// grid, with Norwegian labels.
func printStakeholders(w io.Writer, _ *veiviser.Project) error {
	const nb = phase.Bokmal
	r, err := helgelandStakeholders()
	if err != nil {
		return err
	}
	if fs := r.Validate(); fs.HasErrors() {
		return fmt.Errorf("register: %v", fs.Errors())
	}
	orgName := func(id string) string {
		o, _ := r.Organisation(id)
		return o.Name
	}

	fmt.Fprintln(w, "Interessenter og styring")
	fmt.Fprintln(w, "========================")
	fmt.Fprintln(w, "Medlemskap i samarbeidet etter styringsgruppemøtet 25.02.2020:")
	for _, ms := range r.Memberships {
		o, _ := r.Organisation(ms.Organisation())
		status := ms.State().Label(nb)
		switch ms.State() {
		case stakeholder.Invited:
			status += " – ikke svart"
		case stakeholder.Declined:
			status += " (registrert " + ms.Since().Norwegian() + ")"
		default:
			status += " " + ms.Since().Norwegian()
		}
		fmt.Fprintf(w, "  %-20s %s  %s\n", o.Name, o.MunicipalityNumber, status)
	}
	fmt.Fprintf(w, "  Signert: %d, takket nei: %d, ikke svart: %d\n",
		len(r.MembersIn(stakeholder.Signed)), len(r.MembersIn(stakeholder.Declined)), len(r.MembersIn(stakeholder.Invited)))
	fmt.Fprintln(w, "  Merk: Referatet oppgir 12 signerte kommuner. Elleve kan leses ut av kildene; den tolvte")
	fmt.Fprintln(w, "  kan ikke identifiseres og står her som ikke svart.")

	sg, _ := r.Body("styringsgruppe")
	fmt.Fprintf(w, "\n%s:\n", sg.Name)
	var voting, observers []string
	for _, m := range sg.Voting() {
		voting = append(voting, strings.TrimSuffix(orgName(m.Organisation), " kommune"))
	}
	for _, m := range sg.Observers() {
		observers = append(observers, orgName(m.Organisation))
	}
	fmt.Fprintf(w, "  %s (rådmennene, %d): %s\n", stakeholder.Voting.Label(nb), len(voting), strings.Join(voting, ", "))
	fmt.Fprintf(w, "  %s: %s\n", stakeholder.Observer.Label(nb), strings.Join(observers, ", "))
	// The rule as the mandate gives it, and nothing more: it says nothing
	// of a majority.
	fmt.Fprintln(w, "  Beslutningsregel (mandatet): «Det søkes konsensus i styringsgruppen om beslutninger. Ved stemmelikhet")
	fmt.Fprintln(w, "  beslutter styringsgruppens leder.»")
	chair, _ := sg.Member(sg.Chair)
	fmt.Fprintf(w, "  Leder: %s i %s\n", chair.Position, strings.TrimSuffix(orgName(chair.Organisation), " kommune"))
	fmt.Fprintln(w, "  Antatt: lederen; kildene navngir ikke lederen av styringsgruppen (møtet 25.02.2020 var i Vefsn rådhus).")

	// A vote the sources do not record, and a tie, the one case beside
	// consensus the mandate's rule settles: with every voting member
	// present, five vote for, five against and one abstains; the chair's
	// vote decides the tie. Only the totals are printed.
	ballot := stakeholder.Ballot{}
	for i, m := range sg.Voting() {
		c := stakeholder.Against
		switch {
		case m.ID == sg.Chair || i < 4:
			c = stakeholder.For
		case i == len(voting)-1:
			c = stakeholder.Abstain
		}
		ballot.Votes = append(ballot.Votes, stakeholder.Vote{Member: m.ID, Choice: c})
	}
	res, err := sg.Tally(ballot)
	if err != nil {
		return err
	}
	if res.Method != stakeholder.ChairDecision {
		return fmt.Errorf("the example's vote is not a tie: %v", res.Method)
	}
	fmt.Fprintf(w, "  Antatt: en avstemning kildene ikke har, med stemmelikhet: %d for, %d mot, %d avstår – %s (%s)\n",
		res.For, res.Against, res.Abstain, res.Resolution.Label(nb), strings.ToLower(res.Method.Label(nb)))

	_, err = sg.Tally(stakeholder.Ballot{Votes: append(ballot.Votes, stakeholder.Vote{Member: "ks", Choice: stakeholder.Against})})
	var be *stakeholder.BallotError
	if !errors.As(err, &be) {
		return fmt.Errorf("a vote from KS was not refused: %v", err)
	}
	for _, rv := range be.Refused {
		why := "er ikke medlem"
		if errors.Is(rv.Err, stakeholder.ErrObserverVote) {
			why = "har bare " + strings.ToLower(stakeholder.Observer.Label(nb))
		}
		fmt.Fprintf(w, "  Stemme fra %s avvist: %s. Ingen stemmer ble talt.\n", orgName(rv.Member), why)
	}

	fmt.Fprintln(w, "\nInteressentregister (interessentene i mandatet):")
	fmt.Fprintln(w, "  Antatt: kategori, interesse og innflytelse; mandatet beskriver interessentene, men graderer dem ikke.")
	fmt.Fprintf(w, "  %-3s %-14s %-11s %-10s %-12s %s\n", "ID", "Interessent", "Kategori", "Interesse", "Innflytelse", "Strategi")
	for _, s := range r.Stakeholders {
		q := s.Quadrant()
		fmt.Fprintf(w, "  %-3s %-14s %-11s %-10s %-12s %s\n", s.ID, s.Group, s.Category.Label(nb),
			s.Interest.Label(nb), s.Influence.Label(nb), q.Label(nb))
	}
	g := r.Classify()
	for _, q := range stakeholder.Quadrants() {
		if ids := g.In(q); len(ids) > 0 {
			fmt.Fprintf(w, "  %s: %s (%s)\n", q.Label(nb), strings.Join(ids, ", "), q.Strategy(nb))
		}
	}
	fmt.Fprintln(w, "  Alle interessenter med middels eller stor interesse eller innflytelse har planlagt kommunikasjon.")
	fmt.Fprintln(w, "  Antatt: kommunikasjonsplanens mål og budskap; mandatet nevner tiltakene (kartlegging, workshop, brukerundersøkelser).")

	// What a published copy shows of the roles, and what BP2 still needs.
	pub := r.Redacted()
	fmt.Fprintln(w, "\nRoller (publisert kopi, uten personnavn):")
	for _, a := range pub.Roles {
		held := "ikke besatt"
		if a.Designated() {
			held = "besatt"
		}
		fmt.Fprintf(w, "  %s: %s, %s\n", a.Role.Label(nb), a.Position, held)
	}
	for _, f := range pub.Roles.Check(phase.BP2).Errors() {
		fmt.Fprintf(w, "  Før %s: %s\n", phase.BP2.Label(), f.Message.NB)
	}
	return nil
}
