package finding

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/digitale-helgeland/veiviser/phase"
)

func TestCount(t *testing.T) {
	one := phase.Text{NB: "advarsel", NN: "åtvaring", EN: "warning"}
	many := phase.Text{NB: "advarsler", NN: "åtvaringar", EN: "warnings"}
	for n, want := range map[int]phase.Text{
		0: {NB: "0 advarsler", NN: "0 åtvaringar", EN: "0 warnings"},
		1: {NB: "1 advarsel", NN: "1 åtvaring", EN: "1 warning"},
		2: {NB: "2 advarsler", NN: "2 åtvaringar", EN: "2 warnings"},
	} {
		if diff := cmp.Diff(want, Count(n, one, many)); diff != "" {
			t.Errorf("Count(%d) (-want +got):\n%s", n, diff)
		}
	}
}
