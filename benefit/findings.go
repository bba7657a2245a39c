package benefit

import (
	"strconv"
	"strings"

	"github.com/digitale-helgeland/veiviser/internal/fieldpath"
	"github.com/digitale-helgeland/veiviser/internal/finding"
	"github.com/digitale-helgeland/veiviser/phase"
)

// add appends a finding to fs. Findings are made with finding.New; add
// remains only for the one call in municipal.go, which is being edited
// elsewhere, and goes when that call becomes finding.New.
func add(fs *phase.Findings, code phase.Code, path string, sev phase.Severity, nb, nn, en string) {
	*fs = append(*fs, finding.New(code, path, sev, phase.Text{NB: nb, NN: nn, EN: en}))
}

// filled reports whether s holds text that is not blank and has no
// template placeholder, as the "filled" validation tag does.
func filled(s string) bool {
	return strings.TrimSpace(s) != "" && len(phase.Placeholders(s)) == 0
}

// where locates a finding: a benefit of a plan (b ≥ 0; -1 when a lone
// benefit is checked) and one of its indicators (in ≥ 0; -1 for none). Paths
// are built only when a finding is made, so checking a valid plan builds no
// strings.
type where struct{ b, in int }

// path returns the JSON path of tail ("baseline", "target.date") at w.
func (w where) path(tail string) string {
	var s string
	if w.b >= 0 {
		s = "benefits[" + strconv.Itoa(w.b) + "]"
	}
	if w.in >= 0 {
		s = fieldpath.Join(s, "indicators["+strconv.Itoa(w.in)+"]")
	}
	return fieldpath.Join(s, tail)
}

// item returns "name[i]".
func item(name string, i int) string { return name + "[" + strconv.Itoa(i) + "]" }

// quoteNB returns s in Norwegian quotation marks: «s».
func quoteNB(s string) string { return "«" + s + "»" }

// quoteEN returns s in English quotation marks: “s”.
func quoteEN(s string) string { return "“" + s + "”" }
