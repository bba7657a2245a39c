package cases

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/examples/casesystem/intake"
	"github.com/digitale-helgeland/veiviser/phase"
	"github.com/digitale-helgeland/veiviser/product"
)

// helgelandDocx is the Word mandate of Digitale Helgeland kept by
// examples/helgeland (seed 000, Digdir / Prosjektveiviseren, NLOD; see
// examples/helgeland/testdata/README.md), read from there so that there
// is one copy in the repository.
const helgelandDocx = "../../helgeland/testdata/mandat-digitale-helgeland.docx"

// clock is a fixed time, moved on by each reading, so rows' stamps are
// reproducible.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(time.Second)
	return c.t
}

// open returns a new store in a temporary directory, and the database's
// path.
func open(t testing.TB, o Options) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "cases.db")
	c := &clock{t: time.Date(2026, 11, 29, 12, 0, 0, 0, time.UTC)}
	o.Now = c.now
	s, err := Open(context.Background(), path, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// create registers a small project with no documents.
func create(t testing.TB, s *Store, id string) Status {
	t.Helper()
	st, err := s.Create(context.Background(), NewProject{ID: id, Name: "Prosjekt " + id, Agency: "Vefsn kommune", Officer: "saksbehandler"})
	if err != nil {
		t.Fatal(err)
	}
	return st
}

// sentBack is a decision that needs no gates: BP1 sent back for rework.
// It is made from JSON, as the API gets it, so that the case number is
// read by its type's own decoding, whatever type it has (see caseNumber).
func sentBack(date, caseNo string) phase.Decision {
	var d phase.Decision
	m := map[string]string{
		"point": "bp1", "outcome": "sent_back", "date": phase.MustDate(date).String(),
		"body": "Styringsgruppen", "decidedBy": "Leder for styringsgruppen",
	}
	if caseNo != "" {
		m["caseNumber"] = caseNo
	}
	b, _ := json.Marshal(m)
	if err := json.Unmarshal(b, &d); err != nil {
		panic(err)
	}
	return d
}

// dump returns every row of every table, in order, as text: two dumps
// are equal when the database holds the same.
func dump(t *testing.T, db *sql.DB) string {
	t.Helper()
	var b strings.Builder
	for _, q := range []string{
		`SELECT id, name, state, version, updated_at FROM projects ORDER BY id`,
		`SELECT project_id, seq, kind, entry, hash, prev, case_number, recorded_by, recorded_at FROM decisions ORDER BY project_id, seq`,
		`SELECT project_id, idx, template, version, file_name, media_type, hex(original), content, content_hash, imported_by, imported_at FROM documents ORDER BY project_id, idx`,
		`SELECT project_id, head, entries, updated_at FROM audit_heads ORDER BY project_id`,
	} {
		rows, err := db.Query(q)
		if err != nil {
			t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				t.Fatal(err)
			}
			fmt.Fprintln(&b, vals...)
		}
		rows.Close()
		b.WriteString("--\n")
	}
	return b.String()
}

// verified fails t unless every project of s verifies.
func verified(t *testing.T, s *Store) {
	t.Helper()
	problems, err := s.Verify(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Errorf("Verify: %v", p)
	}
}

func TestCreateDecideStatus(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := open(t, Options{})
	st := create(t, s, "P-1")
	if st.Version != 1 || st.Entries != 1 || st.Last != nil || st.Next == nil || st.Next.Point != phase.BP1 {
		t.Fatalf("new project: %+v", st)
	}
	if _, err := s.Create(ctx, NewProject{ID: "P-1", Name: "x", Agency: "y", Officer: "z"}); !errors.Is(err, ErrExists) {
		t.Errorf("Create again: %v, want ErrExists", err)
	}
	d := sentBack("25.02.2020", "2020/1234")
	st, err := s.Decide(ctx, Decision{Project: "P-1", Version: 1, Decision: d, Officer: "Kari Saksbehandler"})
	if err != nil {
		t.Fatal(err)
	}
	if st.Version != 2 || st.Entries != 2 || st.Last == nil || !st.Last.Equal(d) {
		t.Errorf("after Decide: version %d, entries %d, last %v", st.Version, st.Entries, st.Last)
	}
	recs, err := s.Decisions(ctx, "P-1")
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ Seq, Kind, CaseNumber, By string }
	var got []row
	for _, r := range recs {
		got = append(got, row{fmt.Sprint(r.Seq), r.Kind, r.CaseNumber, r.RecordedBy})
	}
	want := []row{{"0", "model", "", "saksbehandler"}, {"1", "decision", "2020/1234", "Kari Saksbehandler"}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("decision rows (-want +got):\n%s", diff)
	}
	if recs[1].Hash != st.Head || recs[1].Prev != recs[0].Hash {
		t.Errorf("rows do not chain to the head %s: %+v", st.Head, recs)
	}
	again, err := s.Status(ctx, "P-1")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(st, again); diff != "" {
		t.Errorf("Status differs from what Decide returned (-decide +status):\n%s", diff)
	}
	verified(t, s)
}

func TestErrors(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := open(t, Options{})
	create(t, s, "P-1")
	approve := phase.Decision{Point: phase.BP1, Outcome: phase.Approved, Date: phase.MustDate("01.03.2020"), Body: "Styringsgruppen", DecidedBy: "Leder"}
	tests := []struct {
		name string
		r    Decision
		want error
	}{
		{"unknown project", Decision{Project: "nope", Version: 1, Decision: sentBack("01.03.2020", ""), Officer: "x"}, ErrNotFound},
		{"no officer", Decision{Project: "P-1", Version: 1, Decision: sentBack("01.03.2020", "")}, ErrInvalid},
		{"no version", Decision{Project: "P-1", Decision: sentBack("01.03.2020", ""), Officer: "x"}, ErrInvalid},
		{"stale version", Decision{Project: "P-1", Version: 7, Decision: sentBack("01.03.2020", ""), Officer: "x"}, ErrConflict},
		{"refused: no mandate", Decision{Project: "P-1", Version: 1, Decision: approve, Officer: "x"}, phase.ErrRefused},
		{"invalid decision", Decision{Project: "P-1", Version: 1, Decision: phase.Decision{Point: phase.BP1}, Officer: "x"}, phase.ErrInvalidDecision},
	}
	before := dump(t, s.DB())
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Decide(ctx, tt.r)
			if !errors.Is(err, tt.want) {
				t.Errorf("Decide: %v, want %v", err, tt.want)
			}
			if diff := cmp.Diff(before, dump(t, s.DB())); diff != "" {
				t.Errorf("a failed decision changed the database (-before +after):\n%s", diff)
			}
		})
	}
	var ce *ConflictError
	if _, err := s.Decide(ctx, tests[3].r); !errors.As(err, &ce) || ce.Current != 1 || ce.Expected != 7 {
		t.Errorf("conflict: %#v", err)
	}
	var de *phase.DecisionError
	if _, err := s.Decide(ctx, tests[4].r); !errors.As(err, &de) || len(de.Unmet) == 0 {
		t.Errorf("refusal lists nothing unmet: %v", err)
	}
}

// TestConcurrentDecide has several case officers decide on the same
// version of a project at once: exactly one wins, each of the others
// gets a conflict naming the version that won, and the log holds the one
// decision once.
func TestConcurrentDecide(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := open(t, Options{})
	create(t, s, "P-1")
	const officers = 6
	for round := range 3 {
		version := int64(round + 1)
		var (
			wg        sync.WaitGroup
			start     = make(chan struct{})
			errs      = make([]error, officers)
			decisions = make([]phase.Decision, officers)
		)
		for i := range officers {
			decisions[i] = sentBack(fmt.Sprintf("%02d.03.2020", round+1), fmt.Sprintf("2020/%d", 100*(round+1)+i))
			wg.Go(func() {
				<-start
				_, errs[i] = s.Decide(ctx, Decision{Project: "P-1", Version: version, Decision: decisions[i], Officer: fmt.Sprintf("officer %d", i)})
			})
		}
		close(start)
		wg.Wait()
		won := -1
		for i, err := range errs {
			var ce *ConflictError
			switch {
			case err == nil:
				if won >= 0 {
					t.Fatalf("round %d: officers %d and %d both won", round, won, i)
				}
				won = i
			case errors.As(err, &ce):
				if ce.Expected != version || ce.Current != version+1 {
					t.Errorf("round %d: officer %d: conflict %+v, want %d → %d", round, i, ce, version, version+1)
				}
			default:
				t.Errorf("round %d: officer %d: %v", round, i, err)
			}
		}
		if won < 0 {
			t.Fatalf("round %d: no one won: %v", round, errs)
		}
		st, err := s.Status(ctx, "P-1")
		if err != nil {
			t.Fatal(err)
		}
		if st.Version != version+1 || st.Entries != round+2 || !st.Last.Equal(decisions[won]) {
			t.Errorf("round %d: version %d, entries %d, last %v; want %d, %d, officer %d's", round, st.Version, st.Entries, st.Last, version+1, round+2, won)
		}
	}
	recs, err := s.Decisions(ctx, "P-1")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 4 {
		t.Errorf("%d rows, want 4 (the model and one decision a round)", len(recs))
	}
	verified(t, s)
}

// TestStepFailure fails each change at each of its steps: the change
// reports the step, the database is as it was, and the same change then
// succeeds.
func TestStepFailure(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	// Asker's mandate as JSON: reading it is quick; TestImportWordMandate
	// imports the Word mandate.
	asker, err := os.ReadFile("../../asker/mandat.json")
	if err != nil {
		t.Fatal(err)
	}
	changes := []struct {
		name  string
		steps []Step
		do    func(s *Store) error
	}{
		{"create", []Step{StepBegun, StepLoaded, StepChanged, StepStateWritten, StepEntriesWritten, StepHeadWritten, StepCommit}, func(s *Store) error {
			_, err := s.Create(ctx, NewProject{ID: "P-2", Name: "Nytt", Agency: "Alstahaug kommune", Officer: "x"})
			return err
		}},
		{"decide", []Step{StepBegun, StepLoaded, StepChanged, StepStateWritten, StepEntriesWritten, StepHeadWritten, StepCommit}, func(s *Store) error {
			_, err := s.Decide(ctx, Decision{Project: "P-1", Version: 2, Decision: sentBack("01.03.2020", "2020/9"), Officer: "x"})
			return err
		}},
		{"import", []Step{StepBegun, StepLoaded, StepChanged, StepStateWritten, StepDocumentWritten, StepCommit}, func(s *Store) error {
			_, _, err := s.Import(ctx, Upload{Project: "P-1", Version: 2, Name: "mandat.json", Data: asker, Officer: "x"})
			return err
		}},
		{"edit", []Step{StepBegun, StepLoaded, StepChanged, StepStateWritten, StepCommit}, func(s *Store) error {
			_, err := s.Edit(ctx, "P-1", 2, "x", func(p *veiviser.Project) error { p.Description = "endret"; return nil })
			return err
		}},
	}
	boom := errors.New("power cut")
	for _, c := range changes {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s, _ := open(t, Options{})
			create(t, s, "P-1")
			if _, err := s.Decide(ctx, Decision{Project: "P-1", Version: 1, Decision: sentBack("25.02.2020", "2020/1"), Officer: "x"}); err != nil {
				t.Fatal(err)
			}
			before := dump(t, s.DB())
			for _, step := range c.steps {
				var passed []Step
				s.hook = func(st Step) error {
					passed = append(passed, st)
					if st == step {
						return boom
					}
					return nil
				}
				err := c.do(s)
				var se *StepError
				if !errors.As(err, &se) || se.Step != step || !errors.Is(err, boom) {
					t.Errorf("failing at %s: %v", step, err)
				}
				if passed[len(passed)-1] != step {
					t.Errorf("failing at %s: steps %v", step, passed)
				}
				if diff := cmp.Diff(before, dump(t, s.DB())); diff != "" {
					t.Errorf("failing at %s changed the database (-before +after):\n%s", step, diff)
				}
			}
			var passed []Step
			s.hook = func(st Step) error { passed = append(passed, st); return nil }
			if err := c.do(s); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(c.steps, passed); diff != "" {
				t.Errorf("steps of a change (-want +got):\n%s", diff)
			}
			verified(t, s)
		})
	}
}

func TestTriggersRefuseChange(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := open(t, Options{})
	create(t, s, "P-1")
	if _, err := s.Decide(ctx, Decision{Project: "P-1", Version: 1, Decision: sentBack("25.02.2020", "2020/1"), Officer: "x"}); err != nil {
		t.Fatal(err)
	}
	before := dump(t, s.DB())
	for _, q := range []string{
		`UPDATE decisions SET case_number = '2020/666' WHERE seq = 1`,
		`UPDATE decisions SET recorded_by = 'someone else'`,
		`DELETE FROM decisions WHERE seq = 1`,
		`DELETE FROM decisions`,
	} {
		_, err := s.DB().Exec(q)
		if err == nil || !strings.Contains(err.Error(), "append-only") {
			t.Errorf("%s: %v, want the trigger's refusal", q, err)
		}
	}
	if diff := cmp.Diff(before, dump(t, s.DB())); diff != "" {
		t.Errorf("the decisions changed (-before +after):\n%s", diff)
	}
}

// TestVerifyTampered changes the database behind the store's back, as
// someone with the database file could: each change is reported by Verify
// for the project it touched, and the project takes no more decisions.
func TestVerifyTampered(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	dropTriggers := `DROP TRIGGER decisions_no_update; DROP TRIGGER decisions_no_delete; `
	tests := []struct {
		name  string
		key   []byte
		sql   string
		audit bool // the library's audit verification finds it (ErrAuditBroken)
	}{
		{"case number changed in a row", nil, dropTriggers + `UPDATE decisions SET entry = replace(entry, '2020/2', '2020/666'), case_number = '2020/666' WHERE project_id = 'P-1' AND seq = 2`, true},
		{"case number column alone", nil, dropTriggers + `UPDATE decisions SET case_number = '2020/666' WHERE project_id = 'P-1' AND seq = 2`, false},
		{"last decision row deleted", nil, dropTriggers + `DELETE FROM decisions WHERE project_id = 'P-1' AND seq = 2`, true},
		{"last decision row and head rolled back", nil, dropTriggers + `DELETE FROM decisions WHERE project_id = 'P-1' AND seq = 2;
			UPDATE audit_heads SET head = (SELECT hash FROM decisions WHERE project_id = 'P-1' AND seq = 1), entries = 2 WHERE project_id = 'P-1'`, true},
		{"decision in the state rewritten", nil, `UPDATE projects SET state = replace(state, '"2020/2"', '"2020/666"') WHERE id = 'P-1'`, true},
		{"head replaced", nil, `UPDATE audit_heads SET head = (SELECT hash FROM decisions WHERE project_id = 'P-1' AND seq = 1) WHERE project_id = 'P-1'`, true},
		{"keyed: row rewritten", []byte("hemmelig nøkkel"), dropTriggers + `UPDATE decisions SET entry = replace(entry, '2020/2', '2020/666'), case_number = '2020/666' WHERE project_id = 'P-1' AND seq = 2`, true},
		{"state not JSON", nil, `UPDATE projects SET state = '{' WHERE id = 'P-1'`, false},
	}
	// Two projects with two decisions each, keyed and not, copied for
	// each case.
	fixtures := map[bool]string{}
	for _, keyed := range []bool{false, true} {
		var key []byte
		if keyed {
			key = []byte("hemmelig nøkkel")
		}
		s, _ := open(t, Options{Key: key})
		for _, id := range []string{"P-0", "P-1"} {
			create(t, s, id)
			for i, date := range []string{"25.02.2020", "10.03.2020"} {
				if _, err := s.Decide(ctx, Decision{Project: id, Version: int64(i + 1), Decision: sentBack(date, fmt.Sprintf("2020/%d", i+1)), Officer: "x"}); err != nil {
					t.Fatal(err)
				}
			}
		}
		verified(t, s)
		fixtures[keyed] = filepath.Join(t.TempDir(), "fixture.db")
		if _, err := s.DB().Exec(`VACUUM INTO $1`, fixtures[keyed]); err != nil {
			t.Fatal(err)
		}
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(t.TempDir(), "cases.db")
			b, err := os.ReadFile(fixtures[tt.key != nil])
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, b, 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := Open(ctx, path, Options{Key: tt.key})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if _, err := s.DB().Exec(tt.sql); err != nil {
				t.Fatal(err)
			}
			problems, err := s.Verify(ctx)
			if err != nil {
				t.Fatal(err)
			}
			if len(problems) != 1 {
				t.Fatalf("Verify: %v, want one problem, with P-1", problems)
			}
			var ie *IntegrityError
			if !errors.As(problems[0], &ie) || ie.Project != "P-1" {
				t.Errorf("Verify: %v, want an *IntegrityError for P-1", problems[0])
			}
			if got := errors.Is(problems[0], veiviser.ErrAuditBroken); got != tt.audit {
				t.Errorf("errors.Is(%v, ErrAuditBroken) = %t, want %t", problems[0], got, tt.audit)
			}
			if _, err := s.Decide(ctx, Decision{Project: "P-1", Version: 3, Decision: sentBack("20.03.2020", ""), Officer: "x"}); !errors.Is(err, ErrIntegrity) {
				t.Errorf("Decide on the tampered project: %v, want ErrIntegrity", err)
			}
			if _, err := s.Decide(ctx, Decision{Project: "P-0", Version: 3, Decision: sentBack("20.03.2020", ""), Officer: "x"}); err != nil {
				t.Errorf("Decide on the other project: %v", err)
			}
		})
	}
}

func TestImportWordMandate(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	docx, err := os.ReadFile(helgelandDocx)
	if err != nil {
		t.Fatal(err)
	}
	s, _ := open(t, Options{})
	create(t, s, "DH-2020")
	c, st, err := s.Import(ctx, Upload{Project: "DH-2020", Name: "mandat-digitale-helgeland.docx", Data: docx, Status: product.StatusSubmitted, Officer: "x"})
	if err != nil {
		t.Fatal(err)
	}
	if c.Template != product.TemplateMandate || c.TemplateVersion != "4.0" || c.Format != "docx" || c.Language != "nb" || c.MediaType != intake.MediaDocx {
		t.Errorf("check: %+v", c)
	}
	blank := false
	for _, f := range c.Findings {
		if f.Code == "mandate.section_blank" && f.Path == "conceptPhase.results.phasePlan" {
			blank = !f.Location.IsZero()
		}
	}
	if !blank {
		t.Errorf("no located finding of the blank phase plan (5.3.3) in %v", c.Findings)
	}
	if st.Version != 2 || len(st.Documents) != 1 {
		t.Fatalf("status after import: %+v", st)
	}
	p, _, err := s.Project(ctx, "DH-2020")
	if err != nil {
		t.Fatal(err)
	}
	if got := p.Document(phase.Mandate).Head().Status; got != product.StatusSubmitted {
		t.Errorf("status of the stored mandate: %v", got)
	}
	hash, err := veiviser.DocumentHash(p.Documents[0])
	if err != nil {
		t.Fatal(err)
	}
	d := st.Documents[0]
	if d.ContentHash != hash || d.Size != len(docx) || d.Template != product.TemplateMandate || d.FileName != "mandat-digitale-helgeland.docx" {
		t.Errorf("document row: %+v (hash of the stored mandate %s)", d, hash)
	}
	name, media, data, err := s.Original(ctx, "DH-2020", 0)
	if err != nil || name != d.FileName || media != intake.MediaDocx || string(data) != string(docx) {
		t.Errorf("Original: %q %q %d bytes, %v", name, media, len(data), err)
	}
	// The mandate's phase plan is blank: BP1 is refused, naming it.
	_, err = s.Decide(ctx, Decision{Project: "DH-2020", Version: 2, Officer: "x", Decision: phase.Decision{
		Point: phase.BP1, Outcome: phase.Approved, Date: phase.MustDate("28.05.2020"), Body: "Styringsgruppen", DecidedBy: "Leder"}})
	var de *phase.DecisionError
	if !errors.As(err, &de) {
		t.Fatalf("approval: %v, want a refusal", err)
	}
	found := false
	for _, f := range de.Unmet {
		found = found || f.Path == "documents[0].conceptPhase.results.phasePlan"
	}
	if !found {
		t.Errorf("the refusal does not name the blank phase plan: %v", de.Unmet)
	}
	if _, _, err := s.Import(ctx, Upload{Project: "DH-2020", Name: "x.pdf", Data: []byte("%PDF-1.7\n"), Officer: "x"}); !errors.Is(err, ErrInvalid) || !errors.Is(err, product.ErrPDF) {
		t.Errorf("a PDF: %v, want ErrInvalid and product.ErrPDF", err)
	}
	verified(t, s)
}

// TestWriteStateConflict takes the path a database that lets two
// transactions read the same version takes (PostgreSQL at READ
// COMMITTED): the conditional UPDATE finds the version moved on and
// reports the version now.
func TestWriteStateConflict(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	s, _ := open(t, Options{})
	create(t, s, "P-1")
	if _, err := s.Decide(ctx, Decision{Project: "P-1", Version: 1, Decision: sentBack("25.02.2020", ""), Officer: "x"}); err != nil {
		t.Fatal(err)
	}
	p, _, err := s.Project(ctx, "P-1")
	if err != nil {
		t.Fatal(err)
	}
	tx, err := s.DB().BeginTx(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	err = s.writeState(ctx, tx, p, 1, s.stamp())
	var ce *ConflictError
	if !errors.As(err, &ce) || ce.Expected != 1 || ce.Current != 2 {
		t.Errorf("writeState on version 1 of a project at 2: %v", err)
	}
}
