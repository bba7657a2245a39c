package veiviser_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// A new project tells what BP1 still lacks; once the mandate is missing,
// an approval is refused with every unmet requirement, and the project does
// not move. Sending the case back is always possible.
func ExampleProject_Next() {
	p, err := veiviser.NewProject(veiviser.ProjectConfig{ID: "DH-2020", Name: "Digitale Helgeland", Agency: "Vefsn kommune"})
	if err != nil {
		fmt.Println(err)
		return
	}
	p.Stakeholders.Roles = stakeholder.Roles{{Role: stakeholder.ProjectOwner, Position: "rådmann"}}

	next, _ := p.Next()
	fmt.Println("Venter på", next.Step.Point.Label(), "– klar:", next.Ready)
	for _, f := range next.Missing[:2] {
		fmt.Println(" -", f.Message.In(phase.Bokmal))
	}

	err = p.Decide(phase.Decision{
		Point: phase.BP1, Outcome: phase.Approved, Date: phase.MustDate("25.02.2020"),
		Body: "Styringsgruppen", DecidedBy: "Leder for styringsgruppen",
	})
	var de *phase.DecisionError
	if errors.Is(err, phase.ErrRefused) && errors.As(err, &de) {
		fmt.Println("Avvist med", len(de.Unmet), "mangler; fase:", p.Phase().Label(phase.Bokmal))
	}

	err = p.Decide(phase.Decision{
		Point: phase.BP1, Outcome: phase.SentBack, Date: phase.MustDate("25.02.2020"),
		Body: "Styringsgruppen", DecidedBy: "Leder for styringsgruppen",
	})
	fmt.Println("Sendt tilbake:", err == nil, "– beslutninger i loggen:", len(p.Audit().Decisions()))
	// Output:
	// Venter på BP1 – klar: false
	//  - Mandat for konseptfasen mangler (kreves ved BP1)
	//  - Sjekkliste for BP1, punkt 1: ikke besvart
	// Avvist med 8 mangler; fase: Idéfase
	// Sendt tilbake: true – beslutninger i loggen: 1
}

// A stored project carries its schema version; a file from a newer version
// of the library is refused rather than read wrongly, with the path.
func ExampleDecode() {
	p, err := veiviser.NewProject(veiviser.ProjectConfig{ID: "P1", Name: "Prosjekt", Agency: "Etat"})
	if err != nil {
		fmt.Println(err)
		return
	}
	b, _ := json.Marshal(p)

	q, err := veiviser.Decode(bytes.NewReader(b), veiviser.DecodeOptions{})
	fmt.Println(q.Name, q.Phase(), err)

	future := bytes.Replace(b, []byte(`"schemaVersion":3`), []byte(`"schemaVersion":4`), 1)
	_, err = veiviser.Decode(bytes.NewReader(future), veiviser.DecodeOptions{})
	var de *phase.PathError
	fmt.Println(errors.Is(err, phase.ErrSchemaVersion), errors.As(err, &de) && de.Path == "schemaVersion")
	// Output:
	// Prosjekt idea <nil>
	// true true
}

// The validation report groups what is wrong by area, errors first, and
// reads in Norwegian.
func ExampleProject_Validate() {
	p, err := veiviser.NewProject(veiviser.ProjectConfig{ID: "", Name: "Prosjekt", Agency: "Etat"})
	if err != nil {
		fmt.Println(err)
		return
	}
	p.Timeline = phase.Timeline{
		{Phase: phase.Concept, Start: phase.MustDate("01.01.2021"), End: phase.MustDate("30.06.2021")},
		{Phase: phase.Planning, Start: phase.MustDate("01.06.2021"), End: phase.MustDate("31.12.2021")},
	}
	r := p.Validate()
	for _, g := range r.Groups[:2] {
		fmt.Println(g.Topic.Label(phase.Bokmal)+":", g.Findings[0].Message.In(phase.Bokmal))
	}
	fmt.Println(r.Errors, "feil")
	// Output:
	// Prosjektet: Teksten mangler eller inneholder en mal-plassholder
	// Tidsplan: Planleggingsfase starter 01.06.2021, før Konseptfase slutter 30.06.2021
	// 2 feil
}

// A host keeps the head of the audit log in its archive and keys the log
// with a secret. A stored project whose decision was changed is refused,
// naming the entry: without the key no one can compute its hash again.
func ExampleProject_Verify() {
	key := []byte("the host's secret")
	p, err := veiviser.NewProject(veiviser.ProjectConfig{ID: "P1", Name: "Prosjekt", Agency: "Etat", Key: key})
	if err != nil {
		fmt.Println(err)
		return
	}
	err = p.Decide(phase.Decision{
		Point: phase.BP1, Outcome: phase.SentBack, Date: phase.MustDate("25.02.2020"),
		Body: "Styringsgruppen", DecidedBy: "Leder for styringsgruppen",
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	head := p.Audit().Head() // kept in the host's archive
	stored, _ := json.Marshal(p)

	q, err := veiviser.Decode(bytes.NewReader(stored), veiviser.DecodeOptions{Head: head, Key: key})
	fmt.Println("intact:", err, len(q.History()))

	// Someone edits the decision in the file.
	edited := bytes.Replace(stored, []byte("Leder for styringsgruppen"), []byte("Noen andre"), -1)
	_, err = veiviser.Decode(bytes.NewReader(edited), veiviser.DecodeOptions{Head: head, Key: key})
	var ae *veiviser.AuditError
	fmt.Println(errors.As(err, &ae), err)

	// Without the key, the log cannot be checked at all.
	_, err = veiviser.Decode(bytes.NewReader(stored), veiviser.DecodeOptions{})
	fmt.Println(errors.Is(err, veiviser.ErrAuditKeyed))
	// Output:
	// intact: <nil> 1
	// true veiviser: decode audit: audit log broken: entry 1 altered
	// true
}
