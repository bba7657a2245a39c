// Command casesystem is a small case system built on veiviser: projects,
// their decisions and their management products in SQLite, behind an
// HTTP JSON API. On start it verifies every project's audit log against
// the head it keeps apart and reports what does not match, seeds the
// Digitale Helgeland and Digitale Asker projects from the repository's
// files (once), and serves on localhost.
//
// It is a Go module of its own, so that its dependencies (SQLite) never
// reach the library's users. Run it from the repository's root with:
//
//	cd examples/casesystem && go run .
//
// Flags:
//
//	-addr ADDR   where to listen (default 127.0.0.1:8080)
//	-db PATH     the SQLite database (default casesystem.db, created if need be)
//	-repo DIR    the repository's root, whose examples seed the case system (default ../..)
//	-seed=false  do not seed
//
// The environment variable VEIVISER_AUDIT_KEY, when set, keys the audit
// logs of new projects with its value and is needed to read them (see
// veiviser.ProjectConfig.Key); keep a database with the key it was made
// with. See README.md for the API.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/digitale-helgeland/veiviser/examples/casesystem/api"
	"github.com/digitale-helgeland/veiviser/examples/casesystem/cases"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "casesystem:", err)
		os.Exit(1)
	}
}

// config is what the flags say.
type config struct {
	addr, db, repo string
	seed           bool
	key            []byte
}

func parse(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("casesystem", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&c.addr, "addr", "127.0.0.1:8080", "where to listen")
	fs.StringVar(&c.db, "db", "casesystem.db", "the SQLite database, created if need be")
	fs.StringVar(&c.repo, "repo", "../..", "the repository's root, whose examples seed the case system")
	fs.BoolVar(&c.seed, "seed", true, "seed Digitale Helgeland and Digitale Asker from the repository's files, unless they are there")
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if fs.NArg() > 0 {
		return c, fmt.Errorf("unexpected argument %q", fs.Arg(0))
	}
	if k := os.Getenv("VEIVISER_AUDIT_KEY"); k != "" {
		c.key = []byte(k)
	}
	return c, nil
}

// start opens the store, verifies every project and reports what fails,
// seeds, and returns the store and the API's handler.
func start(ctx context.Context, c config, stdout io.Writer, log *slog.Logger) (*cases.Store, http.Handler, error) {
	s, err := cases.Open(ctx, c.db, cases.Options{Key: c.key})
	if err != nil {
		return nil, nil, err
	}
	problems, err := s.Verify(ctx)
	if err != nil {
		s.Close()
		return nil, nil, err
	}
	for _, p := range problems {
		// Reported, not fatal: the others go on; this one is refused
		// every change until it is put right.
		fmt.Fprintf(stdout, "INTEGRITETSFEIL: %v\n", p)
	}
	if c.seed {
		ids, err := seed(ctx, s, c.repo)
		if err != nil {
			s.Close()
			return nil, nil, fmt.Errorf("%w (is -repo %q the repository's root? run from examples/casesystem, or pass -repo)", err, c.repo)
		}
		for _, id := range ids {
			fmt.Fprintf(stdout, "lagt inn: %s\n", id)
		}
	}
	es, _, err := s.List(ctx)
	if err != nil {
		s.Close()
		return nil, nil, err
	}
	for _, e := range es {
		if e.Problem != "" {
			fmt.Fprintf(stdout, "  %s %s: %s\n", e.ID, e.Name, e.Problem)
			continue
		}
		fmt.Fprintf(stdout, "  %s\n", e.Status)
	}
	return s, api.New(s, log), nil
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	c, err := parse(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return nil
	}
	if err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	s, h, err := start(ctx, c, stdout, log)
	if err != nil {
		return err
	}
	defer s.Close()
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(stdout, "lytter på http://%s/api/projects (Ctrl-C avslutter)\n", ln.Addr())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return srv.Shutdown(shutdown)
}
