package veiviser_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
)

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
