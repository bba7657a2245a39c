package main

import (
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/examples/casesystem/cases"
	"github.com/digitale-helgeland/veiviser/phase"
)

// startTest starts the case system as the command does, on the database
// at db, seeding from this repository, and returns what it printed.
func startTest(t *testing.T, db string) (*cases.Store, http.Handler, string) {
	t.Helper()
	var out strings.Builder
	s, h, err := start(context.Background(), config{db: db, repo: "../..", seed: true}, &out, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, h, out.String()
}

func TestSeed(t *testing.T) {
	db := filepath.Join(t.TempDir(), "casesystem.db")
	s, h, out := startTest(t, db)
	want := `lagt inn: DH-2020
lagt inn: DA-2020
  DA-2020 Digitale Asker 2020: Idéfase (v2, 1 innslag i revisjonsloggen; neste bp1, klar: false, mangler 10)
  DH-2020 Digitale Helgeland: Idéfase (v4, 2 innslag i revisjonsloggen; neste bp1, klar: false, mangler 1)
`
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("first start (-want +got):\n%s", diff)
	}

	// Over HTTP: Helgeland's approval is refused for the blank phase plan
	// of its Word mandate.
	srv := httptest.NewServer(h)
	defer srv.Close()
	res, err := srv.Client().Get(srv.URL + "/api/projects/DH-2020")
	if err != nil {
		t.Fatal(err)
	}
	var st cases.Status
	err = json.NewDecoder(res.Body).Decode(&st)
	res.Body.Close()
	if err != nil {
		t.Fatal(err)
	}
	if st.Last == nil || st.Last.Outcome != phase.SentBack || len(st.Documents) != 1 || st.Documents[0].FileName != "mandat-digitale-helgeland.docx" {
		t.Errorf("Helgeland: %+v", st)
	}
	body := `{"version": 4, "officer": "Kari", "decision": {"point": "bp1", "outcome": "approved", "date": "2020-05-28", "body": "Styringsgruppen for Digitale Helgeland", "decidedBy": "Leder for styringsgruppen", "caseNumber": "2020/123"}}`
	res, err = srv.Client().Post(srv.URL+"/api/projects/DH-2020/decisions", "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusUnprocessableEntity || !strings.Contains(string(b), "documents[0].conceptPhase.results.phasePlan") {
		t.Errorf("approving Helgeland's BP1: %d\n%s", res.StatusCode, b)
	}
	s.Close()

	// The second start seeds nothing and finds everything whole.
	_, _, out = startTest(t, db)
	if strings.Contains(out, "lagt inn") || strings.Contains(out, "INTEGRITETSFEIL") {
		t.Errorf("second start:\n%s", out)
	}

	// A row changed behind the store's back is reported on start.
	s, err = cases.Open(context.Background(), db, cases.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`DROP TRIGGER decisions_no_update; UPDATE decisions SET entry = replace(entry, '2020-02-25', '2020-02-26') WHERE project_id = 'DH-2020' AND seq = 1`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, _, out = startTest(t, db)
	if !strings.Contains(out, "INTEGRITETSFEIL: cases: project DH-2020: integrity: decision rows: veiviser: audit log broken") || strings.Contains(out, "DA-2020: integrity") {
		t.Errorf("start after tampering:\n%s", out)
	}
}

func TestParse(t *testing.T) {
	c, err := parse(nil, io.Discard)
	if err != nil || c.addr != "127.0.0.1:8080" || c.db != "casesystem.db" || c.repo != "../.." || !c.seed {
		t.Errorf("defaults: %+v, %v", c, err)
	}
	c, err = parse([]string{"-addr", "127.0.0.1:0", "-seed=false"}, io.Discard)
	if err != nil || c.addr != "127.0.0.1:0" || c.seed {
		t.Errorf("flags: %+v, %v", c, err)
	}
	if _, err := parse([]string{"extra"}, io.Discard); err == nil {
		t.Error("an argument is accepted")
	}
}

func TestSeedWrongRepo(t *testing.T) {
	_, _, err := start(context.Background(), config{db: filepath.Join(t.TempDir(), "x.db"), repo: t.TempDir(), seed: true}, io.Discard, slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err == nil || !strings.Contains(err.Error(), "-repo") {
		t.Errorf("seeding from a directory without the examples: %v", err)
	}
}
