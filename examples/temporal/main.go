// Command temporal runs Prosjektveiviseren's decision points as durable
// Temporal workflows (package projectflow): one workflow per project, which
// waits for its decision body for as long as it takes, records each
// decision with the veiviser library, archives it through an activity and
// reminds when a decision point has waited too long.
//
// It needs a Temporal service. For a developer's machine, the Temporal
// CLI's development server (https://docs.temporal.io/cli) is enough:
//
//	temporal server start-dev
//
// Then, each in its own terminal, from examples/temporal:
//
//	go run . worker -journal ./journal
//	go run . start -id DH-2020 -name "Digitale Helgeland" -agency "Vefsn kommune"
//	go run . status -id DH-2020
//	go run . decide -id DH-2020 -point BP1 -outcome sent_back -date 25.02.2020 -body Styringsgruppen -by "Leder for styringsgruppen"
//	go run . amend -id DH-2020 -project project.json
//
// The worker journals each decision as a JSON file under -journal and
// prints reminders; a real host puts its archive and mail behind the
// projectflow.Archive and projectflow.Notifier interfaces. See README.md.
package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"time"

	"go.temporal.io/sdk/client"
	"go.temporal.io/sdk/log"
	"go.temporal.io/sdk/temporal"
	"go.temporal.io/sdk/worker"
	"go.temporal.io/sdk/workflow"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/examples/temporal/projectflow"
	"github.com/digitale-helgeland/veiviser/phase"
)

const usage = `usage:
  temporal worker [-journal DIR]
  temporal start  -id ID (-project FILE.json | -name NAME -agency AGENCY) [-state] [-rollout DATE] [-remind-after 720h]
  temporal decide -id ID -point BP1 -outcome approved|sent_back|stopped [-date DATE] -body BODY -by NAME [-case NO] [-comment TEXT]
  temporal amend  -id ID -project FILE.json
  temporal status -id ID [-json]
every command also takes -address HOST:PORT (default localhost:7233) and -namespace NAME (default "default")`

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "temporal:", err)
		var refused *refusedError
		if errors.As(err, &refused) {
			os.Exit(1)
		}
		os.Exit(2)
	}
}

// conn are the flags every command takes.
type conn struct{ address, namespace string }

func (c *conn) flags(fs *flag.FlagSet) {
	fs.StringVar(&c.address, "address", client.DefaultHostPort, "the Temporal service's frontend")
	fs.StringVar(&c.namespace, "namespace", client.DefaultNamespace, "the Temporal namespace")
}

func (c conn) dial() (client.Client, error) {
	return client.Dial(client.Options{HostPort: c.address, Namespace: c.namespace, Logger: logger(slog.LevelWarn)})
}

func logger(l slog.Level) log.Logger {
	return log.NewStructuredLogger(slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: l})))
}

// workflowID is the workflow of project id: one per project.
func workflowID(id string) string { return "veiviser-project-" + id }

func run(args []string, w io.Writer) error {
	if len(args) == 0 {
		return errors.New(usage)
	}
	cmd, args := args[0], args[1:]
	fs := flag.NewFlagSet(cmd, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	var c conn
	c.flags(fs)
	switch cmd {
	case "worker":
		dir := fs.String("journal", "journal", "directory the decisions are journalled in")
		if err := fs.Parse(args); err != nil {
			return err
		}
		return runWorker(c, *dir)
	case "start":
		var o startOptions
		fs.StringVar(&o.id, "id", "", "the project's ID")
		fs.StringVar(&o.file, "project", "", "a stored project (JSON) to start from")
		fs.StringVar(&o.name, "name", "", "the name of a new project")
		fs.StringVar(&o.agency, "agency", "", "the agency of a new project")
		fs.BoolVar(&o.state, "state", false, "a state project that affects the municipal sector (Difi's KS checkpoints apply)")
		fs.StringVar(&o.rollOut, "rollout", "", "the planned roll-out in the municipal sector (dd.mm.yyyy)")
		fs.DurationVar(&o.settings.RemindAfter, "remind-after", 0, "how long a decision point waits before a reminder (default 720h)")
		if err := fs.Parse(args); err != nil {
			return err
		}
		in, err := o.input()
		if err != nil {
			return err
		}
		return start(c, in, w)
	case "decide":
		id := fs.String("id", "", "the project's ID")
		var d decisionFlags
		d.flags(fs)
		if err := fs.Parse(args); err != nil {
			return err
		}
		dec, err := d.decision()
		if err != nil {
			return err
		}
		return decide(c, *id, dec, w)
	case "amend":
		id := fs.String("id", "", "the project's ID")
		file := fs.String("project", "", "the project as the case system now has it (JSON)")
		if err := fs.Parse(args); err != nil {
			return err
		}
		p, err := readProject(*file)
		if err != nil {
			return err
		}
		return amend(c, *id, p, w)
	case "status":
		id := fs.String("id", "", "the project's ID")
		asJSON := fs.Bool("json", false, "write the status as JSON")
		if err := fs.Parse(args); err != nil {
			return err
		}
		return status(c, *id, *asJSON, w)
	}
	return fmt.Errorf("unknown command %q\n%s", cmd, usage)
}

func runWorker(c conn, dir string) error {
	cl, err := c.dial()
	if err != nil {
		return err
	}
	defer cl.Close()
	wk := worker.New(cl, projectflow.TaskQueue, worker.Options{})
	wk.RegisterWorkflowWithOptions(projectflow.Workflow, workflow.RegisterOptions{Name: projectflow.WorkflowName})
	wk.RegisterActivity(&projectflow.Activities{Archive: dirArchive{dir: dir}, Notifier: printNotifier{w: os.Stdout}})
	return wk.Run(worker.InterruptCh())
}

// startOptions are the flags of start.
type startOptions struct {
	id, file, name, agency, rollOut string
	state                           bool
	settings                        projectflow.Settings
}

func (o startOptions) input() (projectflow.Input, error) {
	var p *veiviser.Project
	var err error
	if o.file != "" {
		if p, err = readProject(o.file); err != nil {
			return projectflow.Input{}, err
		}
		if o.id != "" && o.id != p.ID {
			return projectflow.Input{}, fmt.Errorf("-id %s, but %s holds project %s", o.id, o.file, p.ID)
		}
	} else if p, err = veiviser.NewProject(veiviser.ProjectConfig{ID: o.id, Name: o.name, Agency: o.agency, StateAffectingMunicipalities: o.state}); err != nil {
		return projectflow.Input{}, err
	}
	if o.rollOut != "" {
		if p.RollOut, err = phase.ParseDate(o.rollOut); err != nil {
			return projectflow.Input{}, fmt.Errorf("-rollout: %w", err)
		}
	}
	if p.ID == "" {
		return projectflow.Input{}, errors.New("-id or -project is required")
	}
	return projectflow.Input{Project: p, Settings: o.settings}, nil
}

func start(c conn, in projectflow.Input, w io.Writer) error {
	cl, err := c.dial()
	if err != nil {
		return err
	}
	defer cl.Close()
	run, err := cl.ExecuteWorkflow(context.Background(), client.StartWorkflowOptions{
		ID: workflowID(in.Project.ID), TaskQueue: projectflow.TaskQueue,
	}, projectflow.WorkflowName, in)
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "started %s (run %s)\n", run.GetID(), run.GetRunID())
	return nil
}

// decisionFlags are the flags of decide.
type decisionFlags struct {
	point, outcome, date, body, by, caseNo, comment string
}

func (d *decisionFlags) flags(fs *flag.FlagSet) {
	fs.StringVar(&d.point, "point", "", "the decision point: BP1 … BP6, BP3.1 …")
	fs.StringVar(&d.outcome, "outcome", "", "approved, sent_back or stopped")
	fs.StringVar(&d.date, "date", "", "the date of the decision (dd.mm.yyyy); empty: today in Norway, by the workflow's clock")
	fs.StringVar(&d.body, "body", "", "the deciding body, e.g. Styringsgruppen")
	fs.StringVar(&d.by, "by", "", "who signs, e.g. the chair")
	fs.StringVar(&d.caseNo, "case", "", "the case number (saksnummer)")
	fs.StringVar(&d.comment, "comment", "", "a comment")
}

func (d decisionFlags) decision() (phase.Decision, error) {
	p, err := phase.ParsePoint(d.point)
	if err != nil {
		return phase.Decision{}, fmt.Errorf("-point: %w", err)
	}
	var o phase.Outcome
	if err := o.UnmarshalText([]byte(d.outcome)); err != nil {
		return phase.Decision{}, fmt.Errorf("-outcome: %w", err)
	}
	dec := phase.Decision{Point: p, Outcome: o, Body: d.body, DecidedBy: d.by, Comment: d.comment}
	if d.caseNo != "" {
		// People write case numbers many ways ("2021 / 01234"); the
		// decision holds Noark's canonical one.
		if dec.CaseNumber, err = phase.ParseCaseNumber(d.caseNo); err != nil {
			return phase.Decision{}, fmt.Errorf("-case: %w", err)
		}
	}
	if d.date != "" {
		if dec.Date, err = phase.ParseDate(d.date); err != nil {
			return phase.Decision{}, fmt.Errorf("-date: %w", err)
		}
	}
	return dec, nil
}

// refusedError is a decision or amendment the workflow refused.
type refusedError struct {
	err   error
	unmet phase.Findings
}

func (e *refusedError) Error() string {
	var b strings.Builder
	b.WriteString(e.err.Error())
	for _, f := range e.unmet {
		fmt.Fprintf(&b, "\n  %s: %s [%s]", f.Path, f.Message.In(phase.Bokmal), f.Code)
	}
	return b.String()
}

func (e *refusedError) Unwrap() error { return e.err }

// refusal turns an update's rejection into a *refusedError with the unmet
// requirements it carries.
func refusal(err error) error {
	var ae *temporal.ApplicationError
	if !errors.As(err, &ae) || (ae.Type() != projectflow.RefusedError && ae.Type() != projectflow.AmendError && ae.Type() != projectflow.BusyError) {
		return err
	}
	r := &refusedError{err: err}
	if ae.HasDetails() {
		_ = ae.Details(&r.unmet) // refusals without findings have none to show
	}
	return r
}

func decide(c conn, id string, d phase.Decision, w io.Writer) error {
	var r projectflow.Recorded
	if err := update(c, id, projectflow.UpdateDecide, d, &r); err != nil {
		return err
	}
	fmt.Fprintf(w, "recorded %s %s %s; now %s (%s); journal %s; audit head %s\n",
		r.Decision.Point.Label(), r.Decision.Outcome.Label(phase.Bokmal), r.Decision.Date.Norwegian(),
		r.Position.Label(phase.Bokmal), r.Status.Label(phase.Bokmal), r.Journal, r.AuditHead)
	return nil
}

func amend(c conn, id string, p *veiviser.Project, w io.Writer) error {
	var s projectflow.Status
	if err := update(c, id, projectflow.UpdateAmend, p, &s); err != nil {
		return err
	}
	writeStatus(w, s)
	return nil
}

// update sends the update name with arg to the project's workflow, waits
// until it has completed and reads its result into out; a refusal comes
// back as refusal makes it.
func update(c conn, id, name string, arg, out any) error {
	cl, err := c.dial()
	if err != nil {
		return err
	}
	defer cl.Close()
	ctx := context.Background()
	h, err := cl.UpdateWorkflow(ctx, client.UpdateWorkflowOptions{
		WorkflowID: workflowID(id), UpdateName: name, Args: []any{arg},
		WaitForStage: client.WorkflowUpdateStageCompleted,
	})
	if err != nil {
		return refusal(err)
	}
	if err := h.Get(ctx, out); err != nil {
		return refusal(err)
	}
	return nil
}

func status(c conn, id string, asJSON bool, w io.Writer) error {
	cl, err := c.dial()
	if err != nil {
		return err
	}
	defer cl.Close()
	v, err := cl.QueryWorkflow(context.Background(), workflowID(id), "", projectflow.QueryStatus)
	if err != nil {
		return err
	}
	var s projectflow.Status
	if err := v.Get(&s); err != nil {
		return err
	}
	if asJSON {
		e := json.NewEncoder(w)
		e.SetIndent("", "  ")
		return e.Encode(s)
	}
	writeStatus(w, s)
	return nil
}

// writeStatus writes s for a project manager, in bokmål.
func writeStatus(w io.Writer, s projectflow.Status) {
	const nb = phase.Bokmal
	fmt.Fprintf(w, "%s (%s): %s, %s\n", s.Name, s.ID, s.Position.Label(nb), strings.ToLower(s.Status.Label(nb)))
	if s.Last != nil {
		fmt.Fprintf(w, "Siste beslutning: %s %s %s\n", s.Last.Point.Label(), strings.ToLower(s.Last.Outcome.Label(nb)), s.Last.Date.Norwegian())
	}
	if s.Next == nil {
		return
	}
	ready := "ikke klar"
	if s.Ready {
		ready = "klar"
	}
	fmt.Fprintf(w, "Neste: %s – %s (%s)\n", s.Next.Point.Label(), s.Next.Title(nb), ready)
	for _, f := range s.Missing {
		fmt.Fprintf(w, "  mangler: %s\n", f.Message.In(nb))
	}
	fmt.Fprintf(w, "Venter siden %s; %d påminnelser; neste påminnelse %s\n",
		s.WaitingSince.Format(time.DateTime), s.Reminders, s.NextReminder.Format(time.DateTime))
	if !s.KSCheckpoint6Due.IsZero() {
		fmt.Fprintf(w, "KS-sjekkpunkt 6 forfaller %s\n", s.KSCheckpoint6Due.Format(time.DateOnly))
	}
	if s.Refused != nil {
		fmt.Fprintf(w, "Sist avvist: %s %s %s\n", s.Refused.Decision.Point.Label(), strings.ToLower(s.Refused.Decision.Outcome.Label(nb)), s.Refused.Decision.Date.Norwegian())
	}
}

// readProject reads a stored project as the library stores it.
func readProject(name string) (*veiviser.Project, error) {
	if name == "" {
		return nil, errors.New("-project is required")
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	p, err := veiviser.Decode(f, veiviser.DecodeOptions{})
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}

// dirArchive journals each decision as a JSON file under dir, named by
// project and audit hash, so a retried activity writes it once.
type dirArchive struct{ dir string }

func (a dirArchive) Journal(_ context.Context, e projectflow.Entry) (string, error) {
	if e.ProjectID == "" || strings.ContainsAny(e.ProjectID, `/\`) || e.ProjectID == "." || e.ProjectID == ".." || e.Audit.Hash == "" {
		return "", temporal.NewNonRetryableApplicationError("journal: project ID or audit hash not usable as a file name", "journal.name", nil)
	}
	dir := filepath.Join(a.dir, e.ProjectID)
	name := fmt.Sprintf("%04d-%s.json", e.Audit.Seq, e.Audit.Hash)
	path := filepath.Join(dir, name)
	ref := e.ProjectID + "/" + name
	if _, err := os.Stat(path); err == nil {
		return ref, nil // journalled by an earlier attempt
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	b, err := json.MarshalIndent(e, "", "  ")
	if err != nil {
		return "", err
	}
	tmp, err := os.CreateTemp(dir, ".journal-*")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	if _, err := tmp.Write(append(b, '\n')); err != nil {
		tmp.Close()
		return "", err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return "", err
	}
	if err := tmp.Close(); err != nil {
		return "", err
	}
	return ref, os.Rename(tmp.Name(), path)
}

// printNotifier writes notices to w; a real host sends mail or puts a task
// in the case system.
type printNotifier struct{ w io.Writer }

func (n printNotifier) Notify(_ context.Context, x projectflow.Notice) error {
	switch x.Kind {
	case projectflow.Reminder:
		_, err := fmt.Fprintf(n.w, "PÅMINNELSE %d: %s (%s) har ventet på %s siden %s; mangler %d krav\n",
			x.Count, x.Project, x.ProjectID, x.Point.Label(), x.WaitingSince.Format(time.DateOnly), len(x.Missing))
		return err
	case projectflow.KSCheckpoint6Due:
		_, err := fmt.Fprintf(n.w, "KS-SJEKKPUNKT 6: %s (%s) innføres %s; oppdater estimatet for innføringskostnader i kommunesektoren i budsjettåret før (punkt 6: %s)\n",
			x.Project, x.ProjectID, x.RollOut.Norwegian(), x.Checkpoint)
		return err
	}
	return fmt.Errorf("unknown notice %q", x.Kind)
}
