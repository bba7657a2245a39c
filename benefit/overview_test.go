package benefit

import (
	"testing"

	"github.com/digitale-helgeland/veiviser/phase"
)

func TestOverview(t *testing.T) {
	for _, l := range []phase.Language{phase.Bokmal, phase.Nynorsk, phase.English} {
		golden(t, "overview."+l.String()+".golden", []byte(goodPlan().Overview(l)))
	}
	empty := &Plan{}
	golden(t, "overview-empty.nb.golden", []byte(empty.Overview(phase.Bokmal)))
}
