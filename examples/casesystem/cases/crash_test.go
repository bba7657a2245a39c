package cases

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The environment by which TestCrash tells the test binary, run again as
// a child process, to crash at a step of a decision.
const (
	crashDB   = "CASES_CRASH_DB"
	crashStep = "CASES_CRASH_STEP"
	crashCode = 3 // the child's exit status when it crashed as told
)

func TestMain(m *testing.M) {
	if path := os.Getenv(crashDB); path != "" {
		os.Exit(crashChild(path, os.Getenv(crashStep)))
	}
	os.Exit(m.Run())
}

// crashChild opens the store at path and decides on project P-1, ending
// the process at once, without rolling back or closing anything, when the
// transaction reaches the step named step: as a power cut or a kill -9
// would. It returns 0 when the decision was stored, 1 on an error.
func crashChild(path, step string) int {
	ctx := context.Background()
	s, err := Open(ctx, path, Options{})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	s.hook = func(st Step) error {
		if st.String() == step {
			os.Exit(crashCode)
		}
		return nil
	}
	if _, err := s.Decide(ctx, Decision{Project: "P-1", Version: 2, Decision: sentBack("01.03.2020", "2020/9"), Officer: "x"}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	return 0
}

// TestCrash kills a process in the middle of a decision, at each step of
// its transaction: the database it leaves holds the project as it was
// before, whole and verified, and the decision can then be taken.
func TestCrash(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("starts a process per step")
	}
	ctx := context.Background()
	s, _ := open(t, Options{})
	create(t, s, "P-1")
	if _, err := s.Decide(ctx, Decision{Project: "P-1", Version: 1, Decision: sentBack("25.02.2020", "2020/1"), Officer: "x"}); err != nil {
		t.Fatal(err)
	}
	fixture := filepath.Join(t.TempDir(), "fixture.db")
	if _, err := s.DB().Exec(`VACUUM INTO $1`, fixture); err != nil {
		t.Fatal(err)
	}
	before := dump(t, s.DB())
	steps := []Step{StepBegun, StepLoaded, StepChanged, StepStateWritten, StepEntriesWritten, StepHeadWritten, StepCommit}
	for _, step := range steps {
		t.Run(step.String(), func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(t.TempDir(), "cases.db")
			b, err := os.ReadFile(fixture)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, b, 0o600); err != nil {
				t.Fatal(err)
			}
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), crashDB+"="+path, crashStep+"="+step.String())
			out, err := cmd.CombinedOutput()
			var ee *exec.ExitError
			if !errors.As(err, &ee) || ee.ExitCode() != crashCode {
				t.Fatalf("child: %v, want exit status %d\n%s", err, crashCode, out)
			}
			s, err := Open(ctx, path, Options{})
			if err != nil {
				t.Fatal(err)
			}
			defer s.Close()
			if diff := cmp.Diff(before, dump(t, s.DB())); diff != "" {
				t.Errorf("a crash at %s left a change (-before +after):\n%s", step, diff)
			}
			verified(t, s)
			st, err := s.Decide(ctx, Decision{Project: "P-1", Version: 2, Decision: sentBack("01.03.2020", "2020/9"), Officer: "x"})
			if err != nil {
				t.Fatal(err)
			}
			if st.Version != 3 || st.Entries != 3 {
				t.Errorf("after the crash, the decision gives version %d with %d entries, want 3 and 3", st.Version, st.Entries)
			}
		})
	}
	// The child without a crash stores the decision: the test above is
	// not passing because the child never decides.
	path := filepath.Join(t.TempDir(), "cases.db")
	b, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), crashDB+"="+path, crashStep+"=never")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child without a crash: %v\n%s", err, out)
	}
	s2, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s2.Close()
	if st, err := s2.Status(ctx, "P-1"); err != nil || st.Version != 3 {
		t.Errorf("child without a crash: version %d, %v; want 3", st.Version, err)
	}
}
