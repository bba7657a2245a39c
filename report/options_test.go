package report

import (
	"bytes"
	"errors"
	"testing"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/phase"
)

// TestOptions checks that a page is refused, with nothing written, for
// options it cannot be made with, and for no project.
func TestOptions(t *testing.T) {
	p := stopped(t)
	for _, tc := range []struct {
		name    string
		project *veiviser.Project
		o       Options
		want    error
		option  string
	}{
		{"no date", p, Options{}, ErrNoDate, "Today"},
		{"invalid date", p, Options{Today: phase.Date{Year: 2022, Month: 2, Day: 30}}, ErrNoDate, "Today"},
		{"unknown language", p, Options{Language: 7, Today: today}, ErrLanguage, "Language"},
		{"no project", nil, Options{Today: today}, ErrNoProject, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			err := RenderProject(&b, tc.project, tc.o)
			if !errors.Is(err, tc.want) {
				t.Fatalf("RenderProject: %v, want %v", err, tc.want)
			}
			if b.Len() != 0 {
				t.Errorf("RenderProject wrote %d bytes", b.Len())
			}
			var oe *OptionError
			if got := errors.As(err, &oe); got != (tc.option != "") || (got && oe.Option != tc.option) {
				t.Errorf("RenderProject: %#v, want an *OptionError for %q", err, tc.option)
			}
			if tc.project == nil {
				return
			}
			if err := RenderPortfolio(&b, veiviser.Portfolio{tc.project}, tc.o); !errors.Is(err, tc.want) {
				t.Errorf("RenderPortfolio: %v, want %v", err, tc.want)
			}
			if b.Len() != 0 {
				t.Errorf("RenderPortfolio wrote %d bytes", b.Len())
			}
		})
	}
}

// failingWriter fails every write.
type failingWriter struct{}

var errWrite = errors.New("disk full")

func (failingWriter) Write([]byte) (int, error) { return 0, errWrite }

// TestWriteError checks that an error from the writer is returned.
func TestWriteError(t *testing.T) {
	if err := RenderProject(failingWriter{}, stopped(t), Options{Today: today}); !errors.Is(err, errWrite) {
		t.Errorf("RenderProject: %v, want %v", err, errWrite)
	}
	if err := RenderPortfolio(failingWriter{}, nil, Options{Today: today}); !errors.Is(err, errWrite) {
		t.Errorf("RenderPortfolio: %v, want %v", err, errWrite)
	}
}

// TestEmptyPortfolio renders a portfolio with nothing in it, nil entries
// and all.
func TestEmptyPortfolio(t *testing.T) {
	var b bytes.Buffer
	if err := RenderPortfolio(&b, veiviser.Portfolio{nil}, Options{Language: phase.English, Today: today}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b.Bytes(), []byte(wordNoProjects.EN)) {
		t.Errorf("an empty portfolio's page does not say %q", wordNoProjects.EN)
	}
}
