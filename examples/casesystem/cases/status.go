package cases

import (
	"context"
	"fmt"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
)

// Status is what a case officer sees of a project: where it is, what may
// happen next and what it lacks, its documents, and the version a change
// must name. Labels are in bokmål; findings carry all three languages.
type Status struct {
	ID      string `json:"id"`
	Name    string `json:"name"`
	Agency  string `json:"agency"`
	Version int64  `json:"version"`
	// Head is the hash of the last entry of the audit log, Entries its
	// length.
	Head    string `json:"head"`
	Entries int    `json:"entries"`
	// Phase, Position and State say where the project is: its phase
	// (wire code), the phase and sub-phase as a label, and whether it is
	// active, stopped or completed.
	Phase    phase.Phase  `json:"phase,omitempty"`
	Position string       `json:"position"`
	State    phase.Status `json:"status"`
	// Last is the latest decision, nil before the first.
	Last *phase.Decision `json:"lastDecision,omitempty"`
	// Next is the decision point ahead and what an approval still lacks;
	// nil when the project has ended.
	Next *Next `json:"next,omitempty"`
	// Errors and Warnings count the findings of Project.Validate.
	Errors   int `json:"errors"`
	Warnings int `json:"warnings"`
	// Documents are the management products as received.
	Documents []DocumentInfo `json:"documents"`
}

// Next is the decision ahead of a project.
type Next struct {
	Point    phase.DecisionPoint `json:"point"`
	Title    string              `json:"title"`
	Ready    bool                `json:"ready"`
	Missing  phase.Findings      `json:"missing"`
	Warnings phase.Findings      `json:"warnings"`
}

// status describes l; it reads the documents' rows with q.
func (s *Store) status(ctx context.Context, q querier, l loaded) (Status, error) {
	st := summary(l)
	docs, err := s.documents(ctx, q, l.p.ID)
	if err != nil {
		return Status{}, err
	}
	st.Documents = docs
	return st, nil
}

// summary describes l without its documents.
func summary(l loaded) Status {
	p := l.p
	st := Status{
		ID: p.ID, Name: p.Name, Agency: p.Agency, Version: l.version, Head: l.head, Entries: l.entries,
		Phase: p.Phase(), Position: p.Position().Label(phase.Bokmal), State: p.Status(),
		Documents: []DocumentInfo{},
	}
	if h := p.History(); len(h) > 0 {
		st.Last = &h[len(h)-1]
	}
	if n, ok := p.Next(); ok {
		st.Next = &Next{
			Point: n.Step.Point, Title: n.Step.Title(phase.Bokmal), Ready: n.Ready,
			Missing: nonNil(n.Missing), Warnings: nonNil(n.Warnings),
		}
	}
	r := p.Validate()
	st.Errors, st.Warnings = r.Errors, r.Warnings
	return st
}

func nonNil(fs phase.Findings) phase.Findings {
	if fs == nil {
		return phase.Findings{}
	}
	return fs
}

// Status returns the status of project id.
func (s *Store) Status(ctx context.Context, id string) (Status, error) {
	l, err := s.load(ctx, s.db, id)
	if err != nil {
		return Status{}, err
	}
	return s.status(ctx, s.db, l)
}

// Entry is the portfolio's line of a project: its status or, for a project that cannot be read, what is wrong.
type Entry struct {
	Status
	// Problem is why the project could not be read (an *IntegrityError's
	// text); the other fields but ID, Name and Version are then empty.
	Problem string `json:"problem,omitempty"`
}

// List returns every project, in ID order, each verified as Status
// verifies it, and the portfolio of those that could be read. A project
// that cannot be read is listed with its Problem rather than failing the
// list.
func (s *Store) List(ctx context.Context) ([]Entry, veiviser.Portfolio, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, name, version FROM projects ORDER BY id`)
	if err != nil {
		return nil, nil, err
	}
	var es []Entry
	for rows.Next() {
		var e Entry
		if err := rows.Scan(&e.ID, &e.Name, &e.Version); err != nil {
			rows.Close()
			return nil, nil, err
		}
		es = append(es, e)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, nil, err
	}
	var pf veiviser.Portfolio
	for i, e := range es {
		l, err := s.load(ctx, s.db, e.ID)
		if err != nil {
			es[i].Problem = err.Error()
			es[i].Documents = []DocumentInfo{}
			continue
		}
		if es[i].Status, err = s.status(ctx, s.db, l); err != nil {
			return nil, nil, err
		}
		pf = append(pf, l.p)
	}
	if es == nil {
		es = []Entry{}
	}
	return es, pf, nil
}

// String returns a one-line status, for logs.
func (st Status) String() string {
	next := "avsluttet"
	if st.Next != nil {
		next = fmt.Sprintf("neste %s, klar: %t, mangler %d", st.Next.Point, st.Next.Ready, len(st.Next.Missing))
	}
	return fmt.Sprintf("%s %s: %s (v%d, %d innslag i revisjonsloggen; %s)", st.ID, st.Name, st.Position, st.Version, st.Entries, next)
}
