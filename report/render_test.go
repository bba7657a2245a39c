package report

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/digitale-helgeland/veiviser"
	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/phase"
)

// TestProjectGolden renders the fixture projects in each language and
// compares the pages with testdata/*.html.
func TestProjectGolden(t *testing.T) {
	for _, tc := range []struct {
		name    string
		project func(testing.TB) *veiviser.Project
		langs   []phase.Language
	}{
		{"helgeland", helgeland, []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English}},
		{"statlig", statlig, []phase.Language{phase.Bokmal, phase.English}},
		{"stopped", stopped, []phase.Language{phase.Bokmal}},
	} {
		for _, l := range tc.langs {
			t.Run(tc.name+"."+l.String(), func(t *testing.T) {
				var b bytes.Buffer
				if err := RenderProject(&b, tc.project(t), Options{Language: l, Today: today}); err != nil {
					t.Fatal(err)
				}
				golden.Check(t, filepath.Join("testdata", tc.name+"."+l.String()+".html"), b.Bytes())
			})
		}
	}
}

// TestPortfolioGolden renders the fixture portfolio, every project
// included, and compares the pages with testdata/portfolio.*.html.
func TestPortfolioGolden(t *testing.T) {
	for _, l := range []phase.Language{phase.Bokmal, phase.English} {
		t.Run(l.String(), func(t *testing.T) {
			var b bytes.Buffer
			o := Options{Language: l, Today: today, Overview: veiviser.OverviewOptions{IncludeUnaffected: true, Threshold: -1}}
			if err := RenderPortfolio(&b, portfolio(t), o); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "portfolio."+l.String()+".html"), b.Bytes())
		})
	}
}

// TestFixtureFiles keeps the fixture projects as stored projects in
// testdata/projects, for the command's scripts and the browser test, and
// checks that a stored project renders as the project it was made from.
func TestFixtureFiles(t *testing.T) {
	for _, p := range portfolio(t) {
		t.Run(p.ID, func(t *testing.T) {
			b, err := json.MarshalIndent(p, "", "\t")
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "projects", p.ID+".json"), append(b, '\n'))
			back, err := veiviser.Decode(bytes.NewReader(b), veiviser.DecodeOptions{})
			if err != nil {
				t.Fatal(err)
			}
			var want, got bytes.Buffer
			o := Options{Today: today}
			if err := RenderProject(&want, p, o); err != nil {
				t.Fatal(err)
			}
			if err := RenderProject(&got, back, o); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(want.Bytes(), got.Bytes()) {
				t.Error("the stored project renders differently from the project it was made from")
			}
		})
	}
}
