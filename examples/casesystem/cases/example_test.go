package cases_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/digitale-helgeland/veiviser/examples/casesystem/cases"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Two case officers record a decision on the same version of a project:
// the first lands, the second is a conflict and changes nothing; an
// approval the project is not ready for is refused with what it lacks.
func Example() {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "cases")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	s, err := cases.Open(ctx, filepath.Join(dir, "cases.db"), cases.Options{})
	if err != nil {
		panic(err)
	}
	defer s.Close()

	st, err := s.Create(ctx, cases.NewProject{ID: "DH-2020", Name: "Digitale Helgeland", Agency: "Vefsn kommune", Officer: "Kari"})
	if err != nil {
		panic(err)
	}
	fmt.Println(st)

	sentBack := phase.Decision{Point: phase.BP1, Outcome: phase.SentBack, Date: phase.MustDate("25.02.2020"),
		Body: "Styringsgruppen", DecidedBy: "Leder for styringsgruppen"}
	st, err = s.Decide(ctx, cases.Decision{Project: "DH-2020", Version: st.Version, Decision: sentBack, Officer: "Kari"})
	if err != nil {
		panic(err)
	}
	fmt.Println(st)

	// Ola saw version 1 too.
	_, err = s.Decide(ctx, cases.Decision{Project: "DH-2020", Version: 1, Decision: sentBack, Officer: "Ola"})
	var ce *cases.ConflictError
	if errors.As(err, &ce) {
		fmt.Printf("konflikt: versjon %d, ikke %d\n", ce.Current, ce.Expected)
	}

	approve := phase.Decision{Point: phase.BP1, Outcome: phase.Approved, Date: phase.MustDate("28.05.2020"),
		Body: "Styringsgruppen", DecidedBy: "Leder for styringsgruppen"}
	_, err = s.Decide(ctx, cases.Decision{Project: "DH-2020", Version: st.Version, Decision: approve, Officer: "Ola"})
	var de *phase.DecisionError
	if errors.As(err, &de) {
		fmt.Printf("avslått: %s, %d krav ikke oppfylt\n", de.Unmet[0].Code, len(de.Unmet))
	}
	// Output:
	// DH-2020 Digitale Helgeland: Idéfase (v1, 1 innslag i revisjonsloggen; neste bp1, klar: false, mangler 8)
	// DH-2020 Digitale Helgeland: Idéfase (v2, 2 innslag i revisjonsloggen; neste bp1, klar: false, mangler 8)
	// konflikt: versjon 2, ikke 1
	// avslått: project.product_missing, 8 krav ikke oppfylt
}
