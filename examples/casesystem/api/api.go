// Package api is the HTTP JSON API of the case system: the operations of
// package cases over net/http, routed with the method and path patterns
// of Go 1.22's ServeMux.
//
//	GET  /api/projects                         the portfolio: every project's status (?format=csv: the overview as CSV)
//	POST /api/projects                         register a project (cases.NewProject)
//	GET  /api/projects/{id}                    a project's status
//	GET  /api/projects/{id}/state              the project as the library stores it (veiviser.Project as JSON)
//	GET  /api/projects/{id}/decisions          the rows of its audit log
//	POST /api/projects/{id}/decisions          record a decision (cases.Decision)
//	POST /api/projects/{id}/documents          import a management product: the file is the body (?name=&officer=&status=&version=)
//	GET  /api/projects/{id}/documents/{index}  a document as received
//	POST /api/check                            check a file without storing it
//	GET  /api/verify                           verify every project's audit log against its head
//
// Errors are JSON, {"error": {"code": …, "message": …}}, with the HTTP
// status that fits: 400 invalid, 404 not_found, 409 conflict (a decision
// on a version that is no longer current: read again, decide again) and
// exists, 413 too_large, 422 refused (the library refused the decision;
// "unmet" lists every requirement not met), 500 integrity and internal.
//
// There is no authentication: the case officer names themself. A real
// host takes the officer from its login (OpenID Connect, say) instead.
package api

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strconv"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/examples/casesystem/cases"
	"github.com/digitale-helgeland/veiviser/examples/casesystem/intake"
	"github.com/digitale-helgeland/veiviser/phase"
)

// maxJSON is the largest JSON request body read: 1 MiB.
const maxJSON = 1 << 20

// New returns the API's handler on store s. Errors that are the server's
// (integrity, internal) are logged to log; nil means slog.Default().
func New(s *cases.Store, log *slog.Logger) http.Handler {
	if log == nil {
		log = slog.Default()
	}
	a := &api{s: s, log: log}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /api/projects", a.list)
	mux.HandleFunc("POST /api/projects", a.create)
	mux.HandleFunc("GET /api/projects/{id}", a.status)
	mux.HandleFunc("GET /api/projects/{id}/state", a.state)
	mux.HandleFunc("GET /api/projects/{id}/decisions", a.decisions)
	mux.HandleFunc("POST /api/projects/{id}/decisions", a.decide)
	mux.HandleFunc("POST /api/projects/{id}/documents", a.importDocument)
	mux.HandleFunc("GET /api/projects/{id}/documents/{index}", a.original)
	mux.HandleFunc("POST /api/check", a.check)
	mux.HandleFunc("GET /api/verify", a.verify)
	return mux
}

type api struct {
	s   *cases.Store
	log *slog.Logger
}

func (a *api) list(w http.ResponseWriter, r *http.Request) {
	es, pf, err := a.s.List(r.Context())
	if err != nil {
		a.fail(w, r, err)
		return
	}
	switch r.URL.Query().Get("format") {
	case "", "json":
		writeJSON(w, http.StatusOK, es)
	case "csv":
		// Every project, municipal or state, whatever its investment
		// (known or not); ?view=difi keeps Difi's selection (state
		// projects that affect the municipal sector, over 10 MNOK).
		o := veiviser.OverviewOptions{IncludeUnaffected: true, Threshold: -1}
		if r.URL.Query().Get("view") == "difi" {
			o = veiviser.OverviewOptions{}
		}
		o.Redact = r.URL.Query().Get("redact") == "true"
		b, err := pf.Overview(o).CSV(veiviser.CSVOptions{Comma: ';'})
		if err != nil {
			a.fail(w, r, err)
			return
		}
		w.Header().Set("Content-Type", "text/csv; charset=utf-8")
		w.Write(b)
	default:
		a.fail(w, r, fmt.Errorf("%w: format %q: json or csv", cases.ErrInvalid, r.URL.Query().Get("format")))
	}
}

func (a *api) create(w http.ResponseWriter, r *http.Request) {
	var n cases.NewProject
	if err := readJSON(w, r, &n); err != nil {
		a.fail(w, r, err)
		return
	}
	st, err := a.s.Create(r.Context(), n)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	w.Header().Set("Location", "/api/projects/"+st.ID)
	writeStatus(w, http.StatusCreated, st)
}

func (a *api) status(w http.ResponseWriter, r *http.Request) {
	st, err := a.s.Status(r.Context(), r.PathValue("id"))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeStatus(w, http.StatusOK, st)
}

func (a *api) state(w http.ResponseWriter, r *http.Request) {
	b, err := a.s.State(r.Context(), r.PathValue("id"))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Write(b)
}

func (a *api) decisions(w http.ResponseWriter, r *http.Request) {
	recs, err := a.s.Decisions(r.Context(), r.PathValue("id"))
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, recs)
}

func (a *api) decide(w http.ResponseWriter, r *http.Request) {
	var d cases.Decision
	if err := readJSON(w, r, &d); err != nil {
		a.fail(w, r, err)
		return
	}
	d.Project = r.PathValue("id")
	st, err := a.s.Decide(r.Context(), d)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	writeStatus(w, http.StatusCreated, st)
}

// imported is the answer to an import: the check of the file and the
// project's status after it.
type imported struct {
	Check   *intake.Checked `json:"check"`
	Project cases.Status    `json:"project"`
}

func (a *api) importDocument(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	u := cases.Upload{Project: r.PathValue("id"), Name: q.Get("name"), Officer: q.Get("officer")}
	if v := q.Get("version"); v != "" {
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n < 1 {
			a.fail(w, r, fmt.Errorf("%w: version %q", cases.ErrInvalid, v))
			return
		}
		u.Version = n
	}
	if v := q.Get("status"); v != "" {
		if err := u.Status.UnmarshalText([]byte(v)); err != nil {
			a.fail(w, r, fmt.Errorf("%w: status: %w", cases.ErrInvalid, err))
			return
		}
	}
	data, err := readBody(w, r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	u.Data = data
	c, st, err := a.s.Import(r.Context(), u)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	w.Header().Set("ETag", etag(st.Version))
	writeJSON(w, http.StatusCreated, imported{Check: c, Project: st})
}

func (a *api) original(w http.ResponseWriter, r *http.Request) {
	idx, err := strconv.Atoi(r.PathValue("index"))
	if err != nil || idx < 0 {
		a.fail(w, r, fmt.Errorf("%w: document %q", cases.ErrNotFound, r.PathValue("index")))
		return
	}
	name, media, data, err := a.s.Original(r.Context(), r.PathValue("id"), idx)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	w.Header().Set("Content-Type", media)
	w.Header().Set("Content-Disposition", fmt.Sprintf("attachment; filename=%q", name))
	w.Write(data)
}

func (a *api) check(w http.ResponseWriter, r *http.Request) {
	data, err := readBody(w, r)
	if err != nil {
		a.fail(w, r, err)
		return
	}
	c, err := intake.Check(data)
	if err != nil {
		a.fail(w, r, fmt.Errorf("%w: %w", cases.ErrInvalid, err))
		return
	}
	writeJSON(w, http.StatusOK, c)
}

// verification is the answer of /api/verify.
type verification struct {
	OK       bool      `json:"ok"`
	Problems []problem `json:"problems"`
}

type problem struct {
	Project string `json:"project"`
	Error   string `json:"error"`
}

func (a *api) verify(w http.ResponseWriter, r *http.Request) {
	errs, err := a.s.Verify(r.Context())
	if err != nil {
		a.fail(w, r, err)
		return
	}
	v := verification{OK: len(errs) == 0, Problems: []problem{}}
	for _, e := range errs {
		p := problem{Error: e.Error()}
		var ie *cases.IntegrityError
		if errors.As(e, &ie) {
			p.Project = ie.Project
		}
		v.Problems = append(v.Problems, p)
	}
	writeJSON(w, http.StatusOK, v)
}

// apiError is the body of an error answer.
type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	// For a conflict: the version the change was made on and the
	// project's version now.
	Expected int64 `json:"expected,omitempty"`
	Current  int64 `json:"current,omitempty"`
	// For a refusal: why (refused, wrong_point, out_of_order, terminal,
	// invalid_decision), at which point, and every unmet requirement.
	Reason string         `json:"reason,omitempty"`
	Point  string         `json:"point,omitempty"`
	Unmet  phase.Findings `json:"unmet,omitempty"`
}

// fail writes err as an error answer.
func (a *api) fail(w http.ResponseWriter, r *http.Request, err error) {
	e := apiError{Message: err.Error()}
	var (
		status int
		ce     *cases.ConflictError
		de     *phase.DecisionError
		mbe    *http.MaxBytesError
	)
	switch {
	case errors.As(err, &ce):
		status, e.Code, e.Expected, e.Current = http.StatusConflict, "conflict", ce.Expected, ce.Current
	case errors.As(err, &de):
		status, e.Code, e.Reason, e.Unmet = http.StatusUnprocessableEntity, "refused", reason(de.Err), de.Unmet
		if de.Point.IsValid() {
			e.Point = de.Point.String()
		}
	case errors.Is(err, cases.ErrNotFound):
		status, e.Code = http.StatusNotFound, "not_found"
	case errors.Is(err, cases.ErrExists):
		status, e.Code = http.StatusConflict, "exists"
	case errors.As(err, &mbe), errors.Is(err, phase.ErrTooLarge):
		status, e.Code = http.StatusRequestEntityTooLarge, "too_large"
	case errors.Is(err, cases.ErrInvalid):
		status, e.Code = http.StatusBadRequest, "invalid"
	case errors.Is(err, cases.ErrIntegrity):
		status, e.Code = http.StatusInternalServerError, "integrity"
		a.log.Error("integrity", "method", r.Method, "path", r.URL.Path, "err", err)
	default:
		status, e.Code, e.Message = http.StatusInternalServerError, "internal", "internal error"
		a.log.Error("internal", "method", r.Method, "path", r.URL.Path, "err", err)
	}
	writeJSON(w, status, struct {
		Error apiError `json:"error"`
	}{e})
}

// reason is the wire code of the sentinel a refusal wraps.
func reason(err error) string {
	for _, r := range []struct {
		err  error
		code string
	}{
		{phase.ErrRefused, "refused"},
		{phase.ErrWrongPoint, "wrong_point"},
		{phase.ErrOutOfOrder, "out_of_order"},
		{phase.ErrTerminal, "terminal"},
		{phase.ErrInvalidDecision, "invalid_decision"},
	} {
		if errors.Is(err, r.err) {
			return r.code
		}
	}
	return "refused"
}

// readJSON reads the request body strictly into v: unknown fields,
// trailing data and bodies over maxJSON are refused.
func readJSON(w http.ResponseWriter, r *http.Request, v any) error {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxJSON))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return err
		}
		return fmt.Errorf("%w: request body: %w", cases.ErrInvalid, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return fmt.Errorf("%w: request body: data after the JSON value", cases.ErrInvalid)
	}
	return nil
}

// readBody reads a file sent as the request body.
func readBody(w http.ResponseWriter, r *http.Request) ([]byte, error) {
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, intake.MaxUpload))
	if err != nil {
		return nil, err
	}
	if len(b) == 0 {
		return nil, fmt.Errorf("%w: no file in the request body", cases.ErrInvalid)
	}
	return b, nil
}

// writeStatus writes a project's status with its version as ETag.
func writeStatus(w http.ResponseWriter, code int, st cases.Status) {
	w.Header().Set("ETag", etag(st.Version))
	writeJSON(w, code, st)
}

func etag(v int64) string { return strconv.Quote(strconv.FormatInt(v, 10)) }

func writeJSON(w http.ResponseWriter, code int, v any) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		http.Error(w, `{"error": {"code": "internal", "message": "encoding the answer failed"}}`, http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	w.Write(b.Bytes())
}
