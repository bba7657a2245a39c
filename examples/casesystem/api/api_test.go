package api

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/examples/casesystem/cases"
)

// server returns a test server of the API on a new store.
func server(t *testing.T) (*httptest.Server, *cases.Store) {
	t.Helper()
	s, err := cases.Open(context.Background(), filepath.Join(t.TempDir(), "cases.db"), cases.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	srv := httptest.NewServer(New(s, slog.New(slog.NewTextHandler(io.Discard, nil))))
	t.Cleanup(srv.Close)
	return srv, s
}

// call sends a request and returns the status code and the body.
func call(t *testing.T, srv *httptest.Server, method, path, contentType, body string) (int, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	res, err := srv.Client().Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res.StatusCode, b
}

// errorCode returns the code of an error answer, or "".
func errorCode(t *testing.T, b []byte) string {
	t.Helper()
	var e struct {
		Error apiError `json:"error"`
	}
	if err := json.Unmarshal(b, &e); err != nil {
		t.Fatalf("%v: %s", err, b)
	}
	return e.Error.Code
}

const project = `{"id": "P-1", "name": "Digitalt tilsyn", "agency": "Vefsn kommune", "officer": "Kari"}`

func decision(version int, outcome, date string) string {
	return fmt.Sprintf(`{"version": %d, "officer": "Kari", "decision": {"point": "bp1", "outcome": %q, "date": %q, "body": "Styringsgruppen", "decidedBy": "Leder", "caseNumber": "2020/1234"}}`, version, outcome, date)
}

func TestRequests(t *testing.T) {
	srv, _ := server(t)
	asker, err := os.ReadFile("../../asker/mandat.json")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, method, path, body string
		want                     int
		code                     string // the error's code, for an error
	}{
		{"create", "POST", "/api/projects", project, http.StatusCreated, ""},
		{"create again", "POST", "/api/projects", project, http.StatusConflict, "exists"},
		{"create without a name", "POST", "/api/projects", `{"id": "P-2", "agency": "a", "officer": "b"}`, http.StatusBadRequest, "invalid"},
		{"unknown field", "POST", "/api/projects", `{"id": "P-2", "nmae": "x"}`, http.StatusBadRequest, "invalid"},
		{"trailing data", "POST", "/api/projects", project + `{}`, http.StatusBadRequest, "invalid"},
		{"status", "GET", "/api/projects/P-1", "", http.StatusOK, ""},
		{"unknown project", "GET", "/api/projects/P-9", "", http.StatusNotFound, "not_found"},
		{"decide", "POST", "/api/projects/P-1/decisions", decision(1, "sent_back", "2020-02-25"), http.StatusCreated, ""},
		{"decide on an old version", "POST", "/api/projects/P-1/decisions", decision(1, "sent_back", "2020-03-01"), http.StatusConflict, "conflict"},
		{"decide without a version", "POST", "/api/projects/P-1/decisions", decision(0, "sent_back", "2020-03-01"), http.StatusBadRequest, "invalid"},
		{"approve without a mandate", "POST", "/api/projects/P-1/decisions", decision(2, "approved", "2020-03-01"), http.StatusUnprocessableEntity, "refused"},
		{"dated before the last", "POST", "/api/projects/P-1/decisions", decision(2, "sent_back", "2020-01-01"), http.StatusUnprocessableEntity, "refused"},
		{"unknown outcome", "POST", "/api/projects/P-1/decisions", decision(2, "maybe", "2020-03-01"), http.StatusBadRequest, "invalid"},
		{"decisions", "GET", "/api/projects/P-1/decisions", "", http.StatusOK, ""},
		{"check", "POST", "/api/check", string(asker), http.StatusOK, ""},
		{"check a PDF", "POST", "/api/check", "%PDF-1.7\n", http.StatusBadRequest, "invalid"},
		{"check nothing", "POST", "/api/check", "", http.StatusBadRequest, "invalid"},
		{"import", "POST", "/api/projects/P-1/documents?name=mandat.json&officer=Kari", string(asker), http.StatusCreated, ""},
		{"import on an old version", "POST", "/api/projects/P-1/documents?name=mandat.json&officer=Kari&version=1", string(asker), http.StatusConflict, "conflict"},
		{"import with a bad status", "POST", "/api/projects/P-1/documents?name=mandat.json&officer=Kari&status=done", string(asker), http.StatusBadRequest, "invalid"},
		{"import without a name", "POST", "/api/projects/P-1/documents?officer=Kari", string(asker), http.StatusBadRequest, "invalid"},
		{"original", "GET", "/api/projects/P-1/documents/0", "", http.StatusOK, ""},
		{"no such document", "GET", "/api/projects/P-1/documents/1", "", http.StatusNotFound, "not_found"},
		{"state", "GET", "/api/projects/P-1/state", "", http.StatusOK, ""},
		{"list", "GET", "/api/projects", "", http.StatusOK, ""},
		{"list as CSV", "GET", "/api/projects?format=csv", "", http.StatusOK, ""},
		{"list as XML", "GET", "/api/projects?format=xml", "", http.StatusBadRequest, "invalid"},
		{"verify", "GET", "/api/verify", "", http.StatusOK, ""},
		{"wrong method", "DELETE", "/api/projects/P-1", "", http.StatusMethodNotAllowed, ""},
	}
	for _, tt := range tests {
		got, body := call(t, srv, tt.method, tt.path, "", tt.body)
		if got != tt.want {
			t.Errorf("%s: %s %s: %d, want %d\n%s", tt.name, tt.method, tt.path, got, tt.want, body)
			continue
		}
		if tt.code != "" {
			if code := errorCode(t, body); code != tt.code {
				t.Errorf("%s: error code %q, want %q\n%s", tt.name, code, tt.code, body)
			}
		}
	}

	// What the answers hold.
	_, body := call(t, srv, "GET", "/api/projects/P-1", "", "")
	var st cases.Status
	if err := json.Unmarshal(body, &st); err != nil {
		t.Fatal(err)
	}
	if st.Version != 3 || st.Entries != 2 || len(st.Documents) != 1 || st.Documents[0].Size != len(asker) {
		t.Errorf("status: version %d, %d entries, documents %+v", st.Version, st.Entries, st.Documents)
	}
	_, body = call(t, srv, "GET", "/api/projects/P-1/documents/0", "", "")
	if !bytes.Equal(body, asker) {
		t.Errorf("the document as received is not the file sent")
	}
	_, body = call(t, srv, "GET", "/api/projects/P-1/decisions", "", "")
	var recs []cases.Recorded
	if err := json.Unmarshal(body, &recs); err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[1].CaseNumber != "2020/1234" || recs[1].RecordedBy != "Kari" {
		t.Errorf("decision rows: %+v", recs)
	}
	_, body = call(t, srv, "POST", "/api/projects/P-1/decisions", "", decision(1, "sent_back", "2020-03-01"))
	var conflict struct {
		Error apiError `json:"error"`
	}
	if err := json.Unmarshal(body, &conflict); err != nil {
		t.Fatal(err)
	}
	if conflict.Error.Expected != 1 || conflict.Error.Current != 3 {
		t.Errorf("conflict: %+v", conflict.Error)
	}
	_, body = call(t, srv, "POST", "/api/projects/P-1/decisions", "", decision(3, "approved", "2020-03-01"))
	var refused struct {
		Error apiError `json:"error"`
	}
	if err := json.Unmarshal(body, &refused); err != nil {
		t.Fatal(err)
	}
	if refused.Error.Point != "bp1" || refused.Error.Reason != "refused" || len(refused.Error.Unmet) == 0 {
		t.Errorf("refusal: %+v", refused.Error)
	}
	_, body = call(t, srv, "GET", "/api/verify", "", "")
	if diff := cmp.Diff(`{"ok":true,"problems":[]}`, compact(t, body)); diff != "" {
		t.Errorf("verify (-want +got):\n%s", diff)
	}
}

func compact(t *testing.T, b []byte) string {
	t.Helper()
	var out bytes.Buffer
	if err := json.Compact(&out, b); err != nil {
		t.Fatal(err)
	}
	return out.String()
}

// TestConcurrentOfficers has two case officers decide on the same version
// of a project at once, over HTTP: one gets 201, the other 409, and the
// project holds the winner's decision once.
func TestConcurrentOfficers(t *testing.T) {
	srv, s := server(t)
	if code, body := call(t, srv, "POST", "/api/projects", "", project); code != http.StatusCreated {
		t.Fatalf("create: %d %s", code, body)
	}
	for round := 1; round <= 5; round++ {
		var (
			wg    sync.WaitGroup
			codes [2]int
		)
		for i := range codes {
			wg.Go(func() {
				body := strings.Replace(decision(round, "sent_back", fmt.Sprintf("2020-03-%02d", round)), "2020/1234", fmt.Sprintf("2020/%d", 100*round+i), 1)
				codes[i], _ = call(t, srv, "POST", "/api/projects/P-1/decisions", "", body)
			})
		}
		wg.Wait()
		if codes != [2]int{http.StatusCreated, http.StatusConflict} && codes != [2]int{http.StatusConflict, http.StatusCreated} {
			t.Errorf("round %d: %v, want one 201 and one 409", round, codes)
		}
	}
	recs, err := s.Decisions(context.Background(), "P-1")
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 6 {
		t.Errorf("%d rows, want 6: the model and one decision a round", len(recs))
	}
}
