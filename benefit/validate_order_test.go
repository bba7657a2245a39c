package benefit

import (
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/digitale-helgeland/veiviser/internal/golden"
	"github.com/digitale-helgeland/veiviser/phase"
)

// TestValidateFindingOrder keeps the findings of a plan with invalid
// measurement dates among other field errors, in the order Validate
// returns them: measurements are checked outside the validator (issue
// 14), and their findings must stay where its dive put them, after their
// indicator's other fields and before the next indicator's. The golden
// file was written by the validator's dive, before the change.
func TestValidateFindingOrder(t *testing.T) {
	p := goodPlan()
	b := &p.Benefits[0]
	in := b.Indicators[0]
	in.Measurements = []Measurement{{Date: d("2021-03-01")}, {}, {Date: phase.Date{Year: 2021, Month: 2, Day: 30}}}
	second := in
	second.Name = ""
	second.Points = []PlannedPoint{{Kind: PointBaseline}}
	second.Measurements = []Measurement{{}, {Date: d("2021-04-01")}}
	third := in
	third.Measurements = nil
	third.Baseline.Date = phase.Date{Year: 2021, Month: 13, Day: 1}
	b.Indicators = []Indicator{in, second, third}
	b.History = append(b.History, Change{Event: EventStart})
	p.Benefits[1].Indicators = append(p.Benefits[1].Indicators, Indicator{Measurements: []Measurement{{}}})
	p.Benefits[1].Description = ""
	p.Revisions = []Revision{{}}
	type row struct {
		Code phase.Code
		Path string
		EN   string
	}
	var got []row
	for _, f := range p.Validate(Options{}) {
		got = append(got, row{f.Code, f.Path, f.Message.EN})
	}
	b2, err := json.MarshalIndent(got, "", "\t")
	if err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "validate-order.json"), append(b2, '\n'))
}
