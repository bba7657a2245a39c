package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/checklist"
	"github.com/digitale-helgeland/veiviser/examples/casesystem/cases"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
	"github.com/digitale-helgeland/veiviser/stakeholder"
)

// seedOfficer is who the seeding records as case officer.
const seedOfficer = "innlesing (casesystem -seed)"

// The files the seeding reads, relative to the repository's root.
const (
	helgelandFile = "examples/helgeland/testdata/mandat-digitale-helgeland.docx"
	askerFile     = "examples/asker/mandat.json"
)

// seed registers the projects of examples/helgeland and examples/asker
// from the repository's files, unless a project of the same ID is there
// already. It returns the IDs it registered.
func seed(ctx context.Context, s *cases.Store, repo string) ([]string, error) {
	var done []string
	for _, p := range []struct {
		id   string
		seed func(context.Context, *cases.Store, string) error
	}{
		{helgelandID, seedHelgeland},
		{askerID, seedAsker},
	} {
		_, err := s.Status(ctx, p.id)
		switch {
		case err == nil:
			continue
		case !errors.Is(err, cases.ErrNotFound):
			// A project that is there but fails verification is
			// reported on start, not seeded again.
			continue
		}
		if err := p.seed(ctx, s, repo); err != nil {
			return done, fmt.Errorf("seed %s: %w", p.id, err)
		}
		done = append(done, p.id)
	}
	return done, nil
}

const helgelandID = "DH-2020"

// seedHelgeland registers Digitale Helgeland as examples/helgeland tells
// it, up to what the sources record: the mandate for the concept phase
// (seed 000) imported from its Word file, submitted, as the minutes of 25
// February 2020 show; its BP1 checklist as the mandate's own review
// answers it; and the steering group's decision of that day (seed 002,
// item 2b) to send the mandate back for rework. The approval that followed
// is not in the sources: a case officer records it, and the case system
// refuses it while the mandate's phase plan (5.3.3) is blank.
func seedHelgeland(ctx context.Context, s *cases.Store, repo string) error {
	name := filepath.Base(helgelandFile)
	docx, err := os.ReadFile(filepath.Join(repo, helgelandFile))
	if err != nil {
		return err
	}
	if _, err := s.Create(ctx, cases.NewProject{
		ID: helgelandID, Name: "Digitale Helgeland", Agency: "Digitale Helgeland (interkommunalt samarbeid)",
		Description: "Samarbeid om digitalisering mellom kommunene på Helgeland, finansiert med skjønnsmidler fra Fylkesmannen i Nordland.",
		Officer:     seedOfficer,
	}); err != nil {
		return err
	}
	if _, _, err := s.Import(ctx, cases.Upload{Project: helgelandID, Name: name, Data: docx, Status: product.StatusSubmitted, Officer: seedOfficer}); err != nil {
		return err
	}
	if _, err := s.Edit(ctx, helgelandID, 0, seedOfficer, func(p *veiviser.Project) error {
		m, ok := p.Document(phase.Mandate).(*product.Mandate)
		if !ok {
			return fmt.Errorf("%s is not read as «Mandat for konseptfasen»", name)
		}
		// The mandate's change log ends with version 2 of 17.02.2020:
		// the review is dated then, by who prepared it.
		bp1, fs := m.Checklist.Checklist(checklist.Note{By: m.Header.PreparedBy, On: phase.MustDate("17.02.2020")})
		if fs.HasErrors() {
			return fmt.Errorf("BP1 review: %v", fs.Errors())
		}
		if err := p.Checklists.Put(bp1); err != nil {
			return err
		}
		p.Stakeholders.Roles = stakeholder.Roles{{Role: stakeholder.ProjectManager, Position: "prosjektleder", Person: "Hilde T Lauvset Rafaelsen"}}
		return nil
	}); err != nil {
		return err
	}
	st, err := s.Status(ctx, helgelandID)
	if err != nil {
		return err
	}
	// Styringsgruppemøte, Vefsn rådhus, 25. februar 2020 (seed 002), sak 2b.
	_, err = s.Decide(ctx, cases.Decision{Project: helgelandID, Version: st.Version, Officer: seedOfficer, Decision: phase.Decision{
		Point: phase.BP1, Outcome: phase.SentBack, Date: phase.MustDate("25.02.2020"),
		Body: "Styringsgruppen for Digitale Helgeland", DecidedBy: "Leder for styringsgruppen",
		Comment: "Prosjektleder vil oppdatere mandatet med nye faggrupper og beskrivelse av ressursbehov. Når endringen er gjort vil mandatet sendes ut for endelig godkjenning.",
	}})
	return err
}

const askerID = "DA-2020"

// seedAsker registers Digitale Asker 2020 with its project mandate (seed
// 001, Difi's template 2.5) as examples/asker stores it. The mandate's
// decision box says it was approved, but not when: the case system records
// no decision it cannot date.
func seedAsker(ctx context.Context, s *cases.Store, repo string) error {
	data, err := os.ReadFile(filepath.Join(repo, askerFile))
	if err != nil {
		return err
	}
	if _, err := s.Create(ctx, cases.NewProject{
		ID: askerID, Name: "Digitale Asker 2020", Agency: "Hurum, Røyken og Asker kommuner", Officer: seedOfficer,
	}); err != nil {
		return err
	}
	_, _, err = s.Import(ctx, cases.Upload{Project: askerID, Name: filepath.Base(askerFile), Data: data, Officer: seedOfficer})
	return err
}
