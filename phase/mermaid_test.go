package phase

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/golden"
)

func TestMermaidGolden(t *testing.T) {
	tailored, err := NewModel(Tailoring{
		Name: "Kommune X", WithoutIdea: true, ExecutionSubPhases: 2,
		Skips: []Skip{{Closure, "Overlevering skjer i siste delfase; «avslutning» #1: ingen egen fase"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		file  string
		model *Model
		lang  Language
	}{
		{"mermaid/standard.nb.mmd", Standard(), Bokmal},
		{"mermaid/standard.nn.mmd", Standard(), Nynorsk},
		{"mermaid/standard.en.mmd", Standard(), English},
		{"mermaid/tailored.nb.mmd", tailored, Bokmal},
	}
	for _, tt := range tests {
		got := tt.model.Mermaid(tt.lang)
		golden.Check(t, filepath.Join("testdata", tt.file), []byte(got))
		if got != tt.model.Mermaid(tt.lang) {
			t.Errorf("%s: output is not deterministic", tt.file)
		}
	}
	nb := Standard().Mermaid(Bokmal)
	for _, want := range []string{"Idéfase", "Gjennomføringsfase", "økt gevinstrealisering"} {
		if !strings.Contains(nb, want) {
			t.Errorf("bokmål diagram lacks %q", want)
		}
	}
	tl := tailored.Mermaid(Bokmal)
	if strings.Contains(tl, "#1:") || !strings.Contains(tl, "#35;1#58;") {
		t.Errorf("tailored diagram does not escape Mermaid syntax in the justification:\n%s", tl)
	}
}
