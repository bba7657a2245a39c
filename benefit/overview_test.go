package benefit

import (
	"path/filepath"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/phase"
)

func TestOverview(t *testing.T) {
	for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English} {
		golden.Check(t, filepath.Join("testdata", "overview."+l.String()+".golden"), []byte(goodPlan().Overview(l)))
	}
	empty := &Plan{}
	golden.Check(t, filepath.Join("testdata", "overview-empty.nb.golden"), []byte(empty.Overview(phase.Bokmal)))
}
